#!/bin/bash
# remote-audisp: Debian's audisp-remote, unchanged, as the plugin of one
# vigil (the sender, on the kernel) shipping to a second vigil (the
# receiver: local_events = no, tcp_listen_port) on loopback, as a fleet
# does. Every record the sender logs arrives at the receiver once, in
# order, byte for byte (RAW; then ENRICHED with node=, the 0x1D separator
# kept); EOE never crosses; when audisp-remote dies, the sender restarts
# it, it reconnects and the records queued meanwhile still arrive; the
# receiver's state report counts the connection; when the sender stops,
# the receiver writes DAEMON_CLOSE.
# (A reload is not used to switch formats: audisp-remote 3.0.9 drops its
# connection on the SIGHUP that auditd, and vigil, send to plugins, and
# does not reconnect; Debian's auditd shows the same.)
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/plugins.sh"
vt_require_kernel
[ -x /sbin/audisp-remote ] || vt_skip "/sbin/audisp-remote (Debian audispd-plugins) not installed"
vt_setup remote-audisp
pl_setup
KEY=vigil_rmaud
N=500
RM_PORT=$(rm_port)

# the receiver: its own directory, pid and state files, no kernel
R=$VT_DIR/recv
rm_receiver "$R" "$RM_PORT"
"$VT_AUDITD" -c "$R/etc" --pid-file "$R/pid" --state-file "$R/state" || { vt_bad "receiver start"; exit 1; }
RPID=$(cat "$R/pid")
RLOG=$R/log/audit.log
trap 'vt_restore; kill -TERM $RPID 2>/dev/null && vt_wait_gone $RPID; [ -n "$VT_KEEP" ] || rm -rf "$VT_DIR"' EXIT

# the sender: audisp-remote as its plugin, its conf bound in a namespace
rm_remote_conf "$VT_DIR/audisp-remote.conf" "network_failure_action = syslog"
pl_plugin au-remote "active = yes" "direction = out" "path = /sbin/audisp-remote" \
	"type = always" "format = string"
vt_conf "plugin_dir = $PL_DIR" "max_log_file_action = IGNORE"
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
rm_with_remote_conf "$VT_DIR/audisp-remote.conf" "$VT_AUDITD" -c "$VT_DIR/etc" \
	--pid-file "$VT_PIDFILE" --state-file "$VT_STATE" || { vt_bad "sender start"; exit 1; }
VT_DAEMON_PID=$(cat "$VT_PIDFILE")
vt_check "audisp-remote connected: DAEMON_ACCEPT at the receiver" \
	vt_wait_for "$RLOG" "^type=DAEMON_ACCEPT msg=audit([0-9.:]*): addr=::ffff:127.0.0.1 port=[0-9]* res=success$"

pl_rule $KEY
"$VT_LOADGEN" -n $N >/dev/null
vt_check "the receiver has the $N calls" pl_wait_lines "$RLOG" "^type=SYSCALL .*key=\"$KEY\"" $N 200
# what the sender logged from its DAEMON_START on, less nothing: the
# receiver's lines between its DAEMON_ACCEPT and now
calls() { grep -a "key=\"$KEY\"\|^type=PROCTITLE" "$1" | grep -av '^type=CONFIG_CHANGE'; }
same_calls() { [ "$(calls "$VT_LOG" | md5sum)" = "$(calls "$RLOG" | md5sum)" ]; }
vt_wait_until 50 same_calls
calls "$VT_LOG" > "$VT_DIR/sent"
calls "$RLOG" > "$VT_DIR/got"
vt_eq "every SYSCALL and PROCTITLE line arrived once, in order, byte for byte" \
	"$(md5sum < "$VT_DIR/sent")" "$(md5sum < "$VT_DIR/got")"
vt_check "the sender's DAEMON_START crossed too" grep -q "^type=DAEMON_START .*pid=$VT_DAEMON_PID " "$RLOG"
vt_eq "no EOE crosses the network" 0 "$(pl_lines "$RLOG" '^type=EOE')"

# audisp-remote dies: restarted, reconnected, nothing queued is lost
old=$(pgrep -P "$VT_DAEMON_PID" -x audisp-remote)
kill -KILL "$old"
"$VT_LOADGEN" -n 50 >/dev/null
vt_check "audisp-remote killed: the receiver still gets every call" \
	pl_wait_lines "$RLOG" "^type=SYSCALL .*key=\"$KEY\"" $((N + 50)) 200
vt_eq "... once each" $((N + 50)) "$(grep -a "^type=SYSCALL .*key=\"$KEY\"" "$RLOG" | sort -u | wc -l)"
new=$(pgrep -P "$VT_DAEMON_PID" -x audisp-remote)
vt_check "... through a new audisp-remote ($old -> $new)" test -n "$new" -a "$new" != "$old"
vt_eq "... on a new connection" 2 "$(pl_lines "$RLOG" '^type=DAEMON_ACCEPT .*res=success')"

# ENRICHED with node= at the sender: the lines keep both
vt_stop
sed -i 's/^log_format = .*/log_format = ENRICHED/' "$VT_DIR/etc/auditd.conf"
echo "name_format = user" >> "$VT_DIR/etc/auditd.conf"
echo "name = sender-1" >> "$VT_DIR/etc/auditd.conf"
rm_with_remote_conf "$VT_DIR/audisp-remote.conf" "$VT_AUDITD" -c "$VT_DIR/etc" \
	--pid-file "$VT_PIDFILE" --state-file "$VT_STATE" || { vt_bad "sender restart"; exit 1; }
VT_DAEMON_PID=$(cat "$VT_PIDFILE")
# (the kernel keeps the rule across the restart)
"$VT_LOADGEN" -n 20 >/dev/null
vt_check "enriched records with node= arrive" \
	pl_wait_lines "$RLOG" "^node=sender-1 type=SYSCALL .*key=\"$KEY\".*SYSCALL=getppid" 20
grep -a "^node=sender-1 type=SYSCALL .*key=\"$KEY\"" "$VT_LOG" > "$VT_DIR/sent"
grep -a "^node=sender-1 type=SYSCALL .*key=\"$KEY\"" "$RLOG" > "$VT_DIR/got"
vt_check "... byte for byte, separator included" cmp -s "$VT_DIR/sent" "$VT_DIR/got"

kill -CONT "$RPID"
vt_wait_for "$R/state" '^total connections' >/dev/null
vt_eq "receiver state report: listening" yes "$(awk -F' = ' '/^listening for network/ {print $2}' "$R/state")"
vt_eq "receiver state report: one active connection" 1 "$(awk -F' = ' '/^active connections/ {print $2}' "$R/state")"
received=$(awk -F' = ' '/^vigil network records received/ {print $2}' "$R/state")
vt_check "receiver state report counts the records ($received)" test "$received" -ge $((N * 2))

vt_stop
vt_check "the sender stopped: DAEMON_CLOSE at the receiver" \
	pl_wait_lines "$RLOG" '^type=DAEMON_CLOSE ' 3
vt_check "the sender's DAEMON_END arrived before it" \
	sh -c "grep -a '^node=sender-1 type=DAEMON_END\|^type=DAEMON_CLOSE' '$RLOG' | tail -2 | head -1 | grep -q DAEMON_END"
vt_finish
