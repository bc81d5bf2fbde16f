#!/bin/bash
# remote-port60: tcp_listen_port = 60, the port of auditd.conf(5)'s
# examples and of most fleet guides. A port below 1024 needs
# CAP_NET_BIND_SERVICE, which the daemon does not keep: it binds before
# dropping its capabilities (main.c start()). A receiver (local_events =
# no) listens on 60 and keeps exactly the capabilities basic.sh and
# hostile-user.sh check; Debian's audisp-remote, the plugin of a second
# vigil on the kernel, ships records to it on port 60 and they arrive byte
# for byte; a reload (SIGHUP) leaves the listener as it is (3.0.9 does
# not re-bind: tcp_listen_port needs a restart).
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/plugins.sh"
vt_require_kernel
[ -x /sbin/audisp-remote ] || vt_skip "/sbin/audisp-remote (Debian audispd-plugins) not installed"
vt_setup remote-port60
pl_setup
KEY=vigil_rm60
N=200
RM_PORT=60
# CAP_CHOWN (0), CAP_SYS_NICE (23), CAP_AUDIT_CONTROL (30), as basic.sh
WANT_CAPS=0000000040800001
ss -Hltn "sport = :$RM_PORT" | grep -q . && vt_skip "port $RM_PORT is taken on this machine"

# the receiver: its own directory, pid and state files, no kernel
R=$VT_DIR/recv
rm_receiver "$R" "$RM_PORT"
RLOG=$R/log/audit.log
RPID=
trap 'vt_restore; [ -n "$RPID" ] && kill -TERM $RPID 2>/dev/null && vt_wait_gone $RPID; [ -n "$VT_KEEP" ] || rm -rf "$VT_DIR"' EXIT
"$VT_AUDITD" -c "$R/etc" --pid-file "$R/pid" --state-file "$R/state"
rc=$?
vt_eq "the receiver starts with tcp_listen_port = $RM_PORT (parent's exit status)" 0 $rc
if [ $rc != 0 ]; then
	grep -a DAEMON_ABORT "$RLOG" 2>/dev/null | sed 's/^/  log: /'
	vt_finish
	exit 1
fi
RPID=$(cat "$R/pid")
vt_check "no DAEMON_ABORT in its log" sh -c "! grep -qa '^type=DAEMON_ABORT' '$RLOG'"
vt_check "it listens on port $RM_PORT" \
	sh -c "ss -Hltnp 'sport = :$RM_PORT' | grep -q 'pid=$RPID,'"

# every thread: the same capabilities as basic.sh and hostile-user.sh
# (CAP_NET_BIND_SERVICE not kept: nothing binds again)
caps_right() {
	local t threads=0 right=0 spare=0
	for t in /proc/"$RPID"/task/*; do
		threads=$((threads + 1))
		[ "$(awk '$1 == "CapEff:" {print $2}' "$t/status")" = $WANT_CAPS ] &&
			[ "$(awk '$1 == "CapPrm:" {print $2}' "$t/status")" = $WANT_CAPS ] &&
			[ "$(awk '$1 == "CapInh:" {print $2}' "$t/status")" = 0000000000000000 ] &&
			[ "$(awk '$1 == "CapAmb:" {print $2}' "$t/status")" = 0000000000000000 ] &&
			right=$((right + 1))
	done
	echo "$right of $threads threads"
	# a sanitizer's runtime starts a thread of its own before main()
	# drops anything (hostile-user.sh): that one is not the daemon's
	[ -n "${VIGIL_BUILD:-}" ] && spare=1
	[ "$right" -ge $((threads - spare)) ] && [ "$threads" -ge 3 ]
}
out=$(caps_right)
vt_check "every thread of the receiver holds CapEff = CapPrm = $WANT_CAPS, nothing inheritable or ambient ($out)" \
	test $? = 0
vt_eq "the main thread's CapEff" $WANT_CAPS "$(awk '$1 == "CapEff:" {print $2}' /proc/"$RPID"/status)"

# the sender: audisp-remote as its plugin, port 60, its conf bound in a namespace
rm_remote_conf "$VT_DIR/audisp-remote.conf" "network_failure_action = syslog"
pl_plugin au-remote "active = yes" "direction = out" "path = /sbin/audisp-remote" \
	"type = always" "format = string"
vt_conf "plugin_dir = $PL_DIR" "max_log_file_action = IGNORE"
vt_eq "audisp-remote.conf says port $RM_PORT" "port = $RM_PORT" "$(grep '^port *=' "$VT_DIR/audisp-remote.conf")"
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
rm_with_remote_conf "$VT_DIR/audisp-remote.conf" "$VT_AUDITD" -c "$VT_DIR/etc" \
	--pid-file "$VT_PIDFILE" --state-file "$VT_STATE" || { vt_bad "sender start"; exit 1; }
VT_DAEMON_PID=$(cat "$VT_PIDFILE")
vt_check "audisp-remote connected to port $RM_PORT: DAEMON_ACCEPT at the receiver" \
	vt_wait_for "$RLOG" "^type=DAEMON_ACCEPT msg=audit([0-9.:]*): addr=::ffff:127.0.0.1 port=[0-9]* res=success$"

pl_rule $KEY
"$VT_LOADGEN" -n $N >/dev/null
vt_check "the receiver has the $N calls" pl_wait_lines "$RLOG" "^type=SYSCALL .*key=\"$KEY\"" $N 200
sleep 0.5
grep -a "key=\"$KEY\"\|^type=PROCTITLE" "$VT_LOG" | grep -av '^type=CONFIG_CHANGE' > "$VT_DIR/sent"
grep -a "key=\"$KEY\"\|^type=PROCTITLE" "$RLOG" | grep -av '^type=CONFIG_CHANGE' > "$VT_DIR/got"
vt_eq "every SYSCALL and PROCTITLE line arrived once, in order, byte for byte" \
	"$(md5sum < "$VT_DIR/sent")" "$(md5sum < "$VT_DIR/got")"

# a reload re-binds nothing: the listener and the capabilities stay
kill -HUP "$RPID"
vt_check "the receiver's reload is logged" vt_wait_for "$RLOG" '^type=DAEMON_CONFIG .*op=reconfigure '
"$VT_LOADGEN" -n 20 >/dev/null
vt_check "after SIGHUP, records still arrive on the same connection" \
	pl_wait_lines "$RLOG" "^type=SYSCALL .*key=\"$KEY\"" $((N + 20)) 200
vt_eq "... one connection" 1 "$(pl_lines "$RLOG" '^type=DAEMON_ACCEPT .*res=success')"
out=$(caps_right)
vt_check "after SIGHUP, the same capabilities in every thread ($out)" test $? = 0
vt_check "still listening on port $RM_PORT" \
	sh -c "ss -Hltnp 'sport = :$RM_PORT' | grep -q 'pid=$RPID,'"

vt_stop
vt_check "the sender stopped: DAEMON_CLOSE at the receiver" \
	pl_wait_lines "$RLOG" '^type=DAEMON_CLOSE ' 1
vt_finish
