#!/bin/bash
# remote-libwrap: use_libwrap = yes (the default) asks tcp_wrappers about
# each client, as auditd does (hosts_access(3), daemon name "auditd"): a
# client that /etc/hosts.deny names is refused, with auditd's syslog line
# "TCP connection from ADDR:PORT rejected" and DAEMON_ACCEPT op=wrap ...
# res=no, and nothing it sends reaches the log; a client the files do not
# name is served meanwhile; hosts.allow wins over hosts.deny; a reload
# (SIGHUP) with use_libwrap = no stops asking, and with yes asks again.
# The machine's /etc/hosts.allow and /etc/hosts.deny are never written:
# the daemon runs in the scenario's mount namespace (filepolicy.sh fp_ns),
# where the test's own two files are bound over them.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
. "$(dirname "$0")/../lib/plugins.sh"
vt_require_kernel
[ -e /etc/hosts.allow ] && [ -e /etc/hosts.deny ] || vt_skip "no /etc/hosts.allow and /etc/hosts.deny to bind the test's files over"
fp_setup remote-libwrap
RM_PORT=$(rm_port)
MAPPED=::ffff:127.0.0.1
ALLOW=$VT_DIR/hosts.allow
DENY=$VT_DIR/hosts.deny
: > "$ALLOW"
echo "auditd: 127.0.0.1" > "$DENY"
chmod 644 "$ALLOW" "$DENY"

# fp_start, with the test's hosts files in the daemon's namespace
start_wrapped() {
	FP_SENDMAIL= fp_ns sh -c 'mount --bind "$1" /etc/hosts.allow && mount --bind "$2" /etc/hosts.deny || exit 95
		shift 2; exec "$@"' wrap-ns "$ALLOW" "$DENY" \
		"$VT_AUDITD" -c "$VT_DIR/etc" --pid-file "$VT_PIDFILE" --state-file "$VT_STATE" || return $?
	VT_DAEMON_PID=$(cat "$VT_PIDFILE")
}
# reload KEY = VALUE: set the one line and SIGHUP, until it is recorded
reload() {
	local n
	n=$(grep -ac '^type=DAEMON_CONFIG ' "$VT_LOG")
	sed -i "/^${1%% *} /d" "$VT_DIR/etc/auditd.conf"
	echo "$1" >> "$VT_DIR/etc/auditd.conf"
	kill -HUP "$VT_DAEMON_PID"
	vt_wait_lines "$VT_LOG" '^type=DAEMON_CONFIG .*state=changed' $((n + 1)) >/dev/null
}
refusals() { grep -ac "^type=DAEMON_ACCEPT msg=audit([0-9.:]*): op=wrap addr=$MAPPED port=[0-9]* res=no$" "$VT_LOG"; }

vt_conf "local_events = no" "tcp_listen_port = $RM_PORT" "tcp_max_per_addr = 4"
start_wrapped || { vt_bad "daemon start"; exit 1; }
vt_check "the daemon listens" fp_syslog_wait "Listening on TCP port $RM_PORT, protocol tcp"
vt_eq "no line says use_libwrap is ignored" 0 "$(fp_syslog_count 'use_libwrap')"

# hosts.deny names 127.0.0.1 for auditd
vt_eq "127.0.0.1, in hosts.deny: refused" EOF \
	"$(rm_client 127.0.0.1 'msg:type=USER msg=audit(1700000000.001:1): text=denied')"
vt_check "... syslog: TCP connection from $MAPPED:PORT rejected" \
	fp_syslog_wait "TCP connection from $MAPPED:[0-9]* rejected"
vt_check "... DAEMON_ACCEPT op=wrap addr=$MAPPED port=N res=no" vt_wait_for "$VT_LOG" ' op=wrap '
vt_eq "... once" 1 "$(refusals)"
vt_eq "... no DAEMON_ACCEPT res=success, no DAEMON_CLOSE for it" 0 \
	"$(grep -ac "^type=DAEMON_ACCEPT .*addr=$MAPPED port=[0-9]* res=success$\|^type=DAEMON_CLOSE " "$VT_LOG")"
vt_eq "::1, not in hosts.deny: served" "ACK 2" \
	"$(rm_client ::1 'msg:type=USER msg=audit(1700000000.002:1): text=six')"
vt_check "... its record is in the log" grep -qx 'type=USER msg=audit(1700000000.002:1): text=six' "$VT_LOG"
vt_check "... DAEMON_ACCEPT res=success" \
	grep -q "^type=DAEMON_ACCEPT msg=audit([0-9.:]*): addr=::1 port=[0-9]* res=success$" "$VT_LOG"
rm_client ::1 'msg:type=USER msg=audit(1700000000.003:1): text=before' sleep:1.5 \
	'msg:type=USER msg=audit(1700000000.003:2): text=after' > "$VT_DIR/six" &
SIX=$!
vt_wait_for "$VT_LOG" 'text=before$' >/dev/null
vt_eq "127.0.0.1 again, while a ::1 client is connected: refused" EOF \
	"$(rm_client 127.0.0.1 'msg:type=USER msg=audit(1700000000.003:3): text=denied')"
wait $SIX
vt_eq "... the ::1 client served before and after" "ACK 2|ACK 3" "$(paste -sd'|' "$VT_DIR/six")"
vt_eq "... a second op=wrap record" 2 "$(refusals)"
vt_eq "state report: two connections refused" 2 "$(fp_state 'vigil network connections refused')"

# hosts.allow is read first: a match there wins (hosts_access(5))
echo "auditd: ALL" > "$DENY"
echo "auditd: [::1]" > "$ALLOW"
vt_eq "hosts.deny 'auditd: ALL', hosts.allow 'auditd: [::1]': ::1 served" "ACK 2" \
	"$(rm_client ::1 'msg:type=USER msg=audit(1700000000.004:1): text=allowed')"
vt_eq "... 127.0.0.1 refused" EOF \
	"$(rm_client 127.0.0.1 'msg:type=USER msg=audit(1700000000.005:1): text=denied')"
vt_eq "... a third op=wrap record" 3 "$(refusals)"
: > "$ALLOW"
echo "auditd: 127.0.0.1" > "$DENY"

# a reload applies use_libwrap
reload "use_libwrap = no"
vt_eq "use_libwrap = no (SIGHUP): 127.0.0.1 served" "ACK 2" \
	"$(rm_client 127.0.0.1 'msg:type=USER msg=audit(1700000000.006:1): text=unwrapped')"
vt_check "... its record is in the log" grep -qx 'type=USER msg=audit(1700000000.006:1): text=unwrapped' "$VT_LOG"
vt_check "... DAEMON_ACCEPT res=success" \
	grep -q "^type=DAEMON_ACCEPT msg=audit([0-9.:]*): addr=$MAPPED port=[0-9]* res=success$" "$VT_LOG"
reload "use_libwrap = yes"
vt_eq "use_libwrap = yes again (SIGHUP): 127.0.0.1 refused" EOF \
	"$(rm_client 127.0.0.1 'msg:type=USER msg=audit(1700000000.007:1): text=denied')"
vt_eq "... a fourth op=wrap record" 4 "$(refusals)"
vt_eq "no record of a refused client reached the log" 0 "$(grep -ac 'text=denied' "$VT_LOG")"
vt_eq "four syslog lines for the four refusals" 4 "$(fp_syslog_count "TCP connection from $MAPPED:[0-9]* rejected")"
vt_finish
