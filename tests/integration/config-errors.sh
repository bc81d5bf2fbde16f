#!/bin/bash
# config-errors: every kind of auditd.conf that auditd refuses is refused by
# vigil with the same messages and exit status 6. Debian's auditd is the
# oracle; it runs inside a user namespace, where it cannot reach the kernel's
# audit control, so a config it accepts fails later (exit 1) harmlessly.
. "$(dirname "$0")/../lib/lib.sh"
[ "$(id -u)" = 0 ] || vt_skip "needs root (files must be root-owned)"
[ -x /usr/sbin/auditd ] || vt_skip "Debian's /usr/sbin/auditd is not installed"
unshare -U -r true 2>/dev/null || vt_skip "user namespaces unavailable for the oracle"
vt_setup config-errors
C=$VT_DIR/etc/auditd.conf
base() {
	printf 'log_file = %s\nspace_left = 75\nadmin_space_left = 50\n' "$VT_LOG"
}

# case NAME: $C is prepared; compare vigil and auditd
compare() {
	local name=$1 want=${2:-6}
	timeout -s KILL 5 unshare -U -r /usr/sbin/auditd -f -c "$VT_DIR/etc" \
		>/dev/null 2>"$VT_DIR/oracle.err"
	local orc=$?
	timeout -s KILL 5 "$VT_AUDITD" -f -c "$VT_DIR/etc" $VT_EXTRA \
		>/dev/null 2>"$VT_DIR/vigil.err"
	local vrc=$?
	# only the configuration phase is compared: what follows it differs
	# by design (auditd in its namespace fails on priority, vigil is not run
	# past the config when it refuses it)
	if [ $vrc = 6 ] && [ $orc = 6 ] && cmp -s "$VT_DIR/oracle.err" "$VT_DIR/vigil.err"; then
		vt_ok "$name: exit 6, same messages ($(grep -v -e '_parser called' -e 'opened for parsing' -e 'is exiting' "$VT_DIR/vigil.err" | head -1))"
	else
		vt_bad "$name: vigil exit $vrc, auditd exit $orc (want $want)"
		diff "$VT_DIR/oracle.err" "$VT_DIR/vigil.err" | head -6 | sed 's/^/      /'
	fi
}

bad() {	# NAME LINE...: the base config plus lines
	local name=$1
	shift
	{ base; printf '%s\n' "$@"; } > "$C"
	chmod 640 "$C"
	compare "$name"
}

bad "unknown keyword" "no_such_option = 1"
bad "missing equal sign" "flush =none"
bad "key=value without spaces" "flush=none"
bad "value not in the list" "flush = sometimes"
bad "not a number" "freq = 12a"
bad "number too large" "num_logs = 1000"
bad "option on a keyword without one" "flush = none extra"
bad "email for disk_full_action" "disk_full_action = email"
bad "percent over 99" "space_left = 100%"
bad "unknown group" "log_group = no-such-group-vigil"
bad "exec helper not absolute" "space_left_action = exec relative/path"
bad "incremental flush with freq 0" "flush = incremental" "freq = 0"
bad "reversed client port range" "tcp_client_ports = 900-100"
{ printf 'log_file = %s\nspace_left = 50\nadmin_space_left = 75\n' "$VT_LOG"; } > "$C"
compare "space_left not above admin_space_left"

base > "$C"; chmod 646 "$C"
compare "world-writable config"
chmod 640 "$C"; chown 65534 "$C"
compare "config not owned by root"
chown 0 "$C"
mv "$C" "$VT_DIR/real.conf"; ln -s "$VT_DIR/real.conf" "$C"
compare "config is a symlink (no -l)"
vt_finish
