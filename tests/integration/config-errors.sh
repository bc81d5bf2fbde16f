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

# compare NAME MESSAGE: $C is prepared; vigil must print MESSAGE (auditd
# 3.0.9's text for the error, as auditd.conf(5) and auditd itself word it;
# @C stands for the config file) as a line of its own, exit 6, and print
# what auditd prints
compare() {
	local name=$1 msg=${2//@C/$C} want=6
	timeout -s KILL 5 unshare -U -r /usr/sbin/auditd -f -c "$VT_DIR/etc" \
		>/dev/null 2>"$VT_DIR/oracle.err"
	local orc=$?
	timeout -s KILL 5 "$VT_AUDITD" -f -c "$VT_DIR/etc" $VT_EXTRA \
		>/dev/null 2>"$VT_DIR/vigil.err"
	local vrc=$?
	# only the configuration phase is compared: what follows it differs
	# by design (auditd in its namespace fails on priority, vigil is not run
	# past the config when it refuses it)
	if ! grep -qxF -- "$msg" "$VT_DIR/vigil.err"; then
		vt_bad "$name: vigil did not say: $msg"
		head -3 "$VT_DIR/vigil.err" | sed 's/^/      /'
	elif [ $vrc = 6 ] && [ $orc = 6 ] && cmp -s "$VT_DIR/oracle.err" "$VT_DIR/vigil.err"; then
		vt_ok "$name: exit 6, same messages ($msg)"
	else
		vt_bad "$name: vigil exit $vrc, auditd exit $orc (want $want)"
		diff "$VT_DIR/oracle.err" "$VT_DIR/vigil.err" | head -6 | sed 's/^/      /'
	fi
}

bad() {	# NAME MESSAGE LINE...: the base config plus lines
	local name=$1 msg=$2
	shift 2
	{ base; printf '%s\n' "$@"; } > "$C"
	chmod 640 "$C"
	compare "$name" "$msg"
}

bad "unknown keyword" 'Unknown keyword "no_such_option" in line 4 of @C' "no_such_option = 1"
bad "missing equal sign" "Missing equal sign for line 4 in @C" "flush =none"
bad "key=value without spaces" "Wrong number of arguments for line 4 in @C" "flush=none"
bad "value not in the list" "Option sometimes not found - line 4" "flush = sometimes"
bad "not a number" "Value 12a should only be numbers - line 4" "freq = 12a"
bad "number too large" "num_logs must be 999 or less" "num_logs = 1000"
bad "option on a keyword without one" \
	'Keyword "flush" has invalid option "extra" in line 4 of @C' "flush = none extra"
bad "email for disk_full_action" "Illegal option email for disk_full_action - line 4" \
	"disk_full_action = email"
bad "percent over 99" "Percentages should be less than 100 - line 4" "space_left = 100%"
bad "unknown group" "Group ID is non-numeric and unknown (no-such-group-vigil) - line 4" \
	"log_group = no-such-group-vigil"
bad "exec helper not absolute" "Absolute path needed for relative/path - line 4" \
	"space_left_action = exec relative/path"
bad "incremental flush with freq 0" "Error - incremental flushing chosen, but 0 selected for freq" \
	"flush = incremental" "freq = 0"
bad "reversed client port range" "Error - converted range (900-100) is reversed - line 4" \
	"tcp_client_ports = 900-100"
{ printf 'log_file = %s\nspace_left = 50\nadmin_space_left = 75\n' "$VT_LOG"; } > "$C"
compare "space_left not above admin_space_left" \
	"Error - space_left(50) must be larger than admin_space_left(75)"

base > "$C"; chmod 646 "$C"
compare "world-writable config" "Error - @C is world writable"
chmod 640 "$C"; chown 65534 "$C"
compare "config not owned by root" "Error - @C isn't owned by root"
chown 0 "$C"
mv "$C" "$VT_DIR/real.conf"; ln -s "$VT_DIR/real.conf" "$C"
compare "config is a symlink (no -l)" "Error opening config file (Too many levels of symbolic links)"
vt_finish
