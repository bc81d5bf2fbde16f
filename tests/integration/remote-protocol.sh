#!/bin/bash
# remote-protocol: the receiver as a client of auditd's remote protocol
# sees it (tests/lib/remote-client.py speaks the frames): an ACK with the
# frame's sequence number for each record, once it is in the log; ACK to
# a heartbeat; pipelined frames answered in order; IPv4 and IPv6; a frame
# that is not one (bad magic, length above 8970, a reply type) closes
# that client alone, with DAEMON_CLOSE and a syslog line; tcp_max_per_addr
# and tcp_client_ports refuse with DAEMON_ACCEPT res=no; idle clients are
# closed after tcp_client_max_idle; replies a slow reader left in the
# receiver's buffer reach it, in order, once it reads; distribute_network
# sends network records to the plugins; at shutdown every client gets ENDING.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
. "$(dirname "$0")/../lib/plugins.sh"
vt_require_kernel
fp_setup remote-protocol
pl_setup
RM_PORT=$(rm_port)
MAPPED=::ffff:127.0.0.1
ACCEPTED='^type=DAEMON_ACCEPT .*res=success'
# with local_events = no the daemon cannot ask the kernel who sent SIGHUP:
# its DAEMON_CONFIG says state=no-change res=failed, as auditd's, even
# when the new file is applied
RELOADED='^type=DAEMON_CONFIG .*op=reconfigure'

vt_conf "local_events = no" "tcp_listen_port = $RM_PORT" "tcp_max_per_addr = 2" \
	"plugin_dir = $PL_DIR" "distribute_network = yes"
pl_plugin af "active = yes" "path = builtin_af_unix" "type = builtin" "args = $VT_DIR/af.sock"
fp_start || exit 1
vt_check "the daemon listens" fp_syslog_wait "Listening on TCP port $RM_PORT, protocol tcp"
vt_eq "use_libwrap = yes (the default) is acted on, not said to be ignored (remote-libwrap.sh)" 0 \
	"$(fp_syslog_count 'use_libwrap: vigil has no tcp_wrappers')"
python3 "$VT_TOP/tests/lib/afunix-client.py" "$VT_DIR/af.sock" "$VT_DIR/af.out" 30 > "$VT_DIR/af.ready" &
AF=$!
vt_wait_for "$VT_DIR/af.ready" connected

out=$(rm_client 127.0.0.1 'msg:type=USER msg=audit(1700000000.001:1): text=one' hb \
	'msgs:50:type=USER msg=audit(1700000000.002:{i}): n={i}' \
	'pipe:5:type=USER msg=audit(1700000000.003:{i}): p={i}' 'msg:with newline
inside')
vt_eq "replies: ACK with the sequence number, heartbeat ACK, 50 and 5 pipelined ACKs in order" \
	"ACK 2|ACK 3|SUMMARY ACK=50|SUMMARY ACK=5|ACK 59" "$(echo "$out" | paste -sd'|')"
vt_check "the record is in the log as sent" grep -qx 'type=USER msg=audit(1700000000.001:1): text=one' "$VT_LOG"
vt_eq "the 50 records, in order" "$(seq 50 | xargs)" \
	"$(grep -a 'audit(1700000000.002:' "$VT_LOG" | sed 's/.*n=//' | xargs)"
vt_check "a newline inside a record does not start a line" grep -qx 'with newline inside' "$VT_LOG"
vt_check "DAEMON_ACCEPT: auditd's fields (IPv4 as a mapped address)" \
	grep -q "^type=DAEMON_ACCEPT msg=audit([0-9.:]*): addr=$MAPPED port=[0-9]* res=success$" "$VT_LOG"
vt_check "DAEMON_CLOSE when the client leaves" \
	grep -q "^type=DAEMON_CLOSE msg=audit([0-9.:]*): addr=$MAPPED port=[0-9]* res=success$" "$VT_LOG"
vt_check "distribute_network: the plugin got the network record" \
	vt_wait_for "$VT_DIR/af.out" '^type=USER msg=audit(1700000000.001:1): text=one$'
vt_eq "IPv6" "ACK 2" "$(rm_client ::1 'msg:type=USER msg=audit(1700000000.004:1): text=six')"
vt_check "DAEMON_ACCEPT from ::1" grep -q 'type=DAEMON_ACCEPT .*addr=::1 port=' "$VT_LOG"

# malformed frames close that client alone; the others go on
n=$(pl_lines "$VT_LOG" "$ACCEPTED")
rm_client 127.0.0.1 'sleep:2' 'msg:type=USER msg=audit(1700000000.005:1): text=survivor' > "$VT_DIR/survivor" &
S=$!
vt_check "a client in between is connected" vt_wait_lines "$VT_LOG" "$ACCEPTED" $((n + 1)) 20
vt_eq "bad magic: closed" EOF "$(rm_client 127.0.0.1 raw:474554202f20485454502f312e310d0a)"
vt_check "... with a syslog line" fp_syslog_wait "bad magic) - closing the connection"
vt_eq "length above 8970: closed" EOF \
	"$(rm_client 127.0.0.1 raw:fe0000ff000000000000$(printf '%04x' 9000 | sed 's/\(..\)\(..\)/\2\1/')02000000)"
vt_check "... with a syslog line" fp_syslog_wait "payload longer than 8970 bytes - closing the connection"
vt_eq "a reply type from a client: closed" EOF "$(rm_client 127.0.0.1 raw:fe0000ff000000000040000002000000)"
wait $S
vt_eq "the client in between was not disturbed" ACK "$(cut -d' ' -f1 "$VT_DIR/survivor")"
vt_eq "state report: three clients closed for a bad frame" 3 \
	"$(pl_state 'vigil network clients closed for a bad frame')"

# tcp_max_per_addr = 2: the third connection from one address is refused
n=$(pl_lines "$VT_LOG" "$ACCEPTED")
rm_client 127.0.0.1 sleep:2 > /dev/null &
C1=$!
rm_client 127.0.0.1 sleep:2 > /dev/null &
C2=$!
vt_wait_lines "$VT_LOG" "$ACCEPTED" $((n + 2)) 20
vt_eq "state report: two active connections" 2 "$(pl_state 'active connections')"
vt_eq "a third from the same address: refused" EOF "$(rm_client 127.0.0.1 wait)"
vt_check "DAEMON_ACCEPT op=dup res=no" \
	grep -q "^type=DAEMON_ACCEPT msg=audit([0-9.:]*): op=dup addr=$MAPPED port=[0-9]* res=no$" "$VT_LOG"
vt_check "syslog: Too many connections" fp_syslog_wait "Too many connections from $MAPPED:[0-9]* - rejected"
wait $C1 $C2

# a client that stops reading: replies left in the receiver's own buffer
# go out as soon as the socket drains (EPOLLOUT), before the reply to a
# later record (the writer must not send around them)
out=$(python3 "$VT_TOP/tests/lib/slow-reader.py" "$RM_PORT")
vt_check "replies queued in the receiver reach a client that reads late, in order ($out)" \
	eval '[[ "$out" =~ ^queued=[1-9][0-9]*\ replies=([0-9]+)\ of\ ([0-9]+)\ order=ok$ ]] &&
		[ "${BASH_REMATCH[1]}" = "${BASH_REMATCH[2]}" ]'
vt_check "... and the record after them is in the log" \
	grep -qx 'type=USER msg=audit(1700000000.001:1): text=after-backlog' "$VT_LOG"

# a reload: tcp_client_ports and tcp_client_max_idle apply
echo "tcp_client_ports = 1-1023" >> "$VT_DIR/etc/auditd.conf"
kill -HUP "$VT_DAEMON_PID"
vt_wait_for "$VT_LOG" "$RELOADED" >/dev/null
vt_eq "tcp_client_ports = 1-1023: an unprivileged source port is refused" EOF "$(rm_client 127.0.0.1 wait)"
vt_check "DAEMON_ACCEPT op=port res=no" grep -q 'type=DAEMON_ACCEPT .*op=port addr=.* res=no$' "$VT_LOG"
sed -i '/^tcp_client_ports/d' "$VT_DIR/etc/auditd.conf"
echo "tcp_client_max_idle = 1" >> "$VT_DIR/etc/auditd.conf"
kill -HUP "$VT_DAEMON_PID"
vt_check "the second reload is done" vt_wait_lines "$VT_LOG" "$RELOADED" 2 50
start=$(date +%s)
vt_eq "tcp_client_max_idle = 1: a silent client is closed" EOF "$(rm_client 127.0.0.1 wait)"
vt_check "... within two ticks" test $(($(date +%s) - start)) -le 3
vt_check "... with a syslog line" fp_syslog_wait "idle too long - closing connection"
vt_eq "a client that keeps talking stays" "ACK 2|ACK 3|ACK 4" \
	"$(rm_client 127.0.0.1 hb sleep:0.7 hb sleep:0.7 hb | paste -sd'|')"

# shutdown: ENDING to every client
n=$(pl_lines "$VT_LOG" "$ACCEPTED")
rm_client 127.0.0.1 wait > "$VT_DIR/ending" &
W=$!
vt_check "the last client is connected" vt_wait_lines "$VT_LOG" "$ACCEPTED" $((n + 1)) 20
vt_stop
wait $W
vt_eq "at shutdown the client gets ENDING (sequence 0)" "ENDING 0" "$(cat "$VT_DIR/ending")"
vt_check "DAEMON_CLOSE before DAEMON_END" \
	sh -c "tail -2 '$VT_LOG' | head -1 | grep -q '^type=DAEMON_CLOSE' && tail -1 '$VT_LOG' | grep -q '^type=DAEMON_END'"
kill $AF 2>/dev/null
vt_finish
