#!/bin/bash
# remote-restart: the receiver is stopped and started again while Debian's
# audisp-remote (fed a steady stream by the test) is sending. At the stop
# the client gets ENDING after every record it sent was written and
# acknowledged; it reconnects once the receiver is back; in the end every
# record is in the receiver's log, in order, and none twice (a clean stop
# leaves nothing in flight, so the protocol's one possible duplicate does
# not happen).
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/plugins.sh"
vt_require_kernel
[ -x /sbin/audisp-remote ] || vt_skip "/sbin/audisp-remote (Debian audispd-plugins) not installed"
vt_setup remote-restart
N=4000
RATE=1000
RM_PORT=$(rm_port)

vt_conf "local_events = no" "tcp_listen_port = $RM_PORT" "max_log_file_action = IGNORE"
rm_remote_conf "$VT_DIR/audisp-remote.conf" "network_failure_action = syslog" \
	"max_tries_per_record = 100" "max_time_per_record = 100" "network_retry_time = 1" \
	"remote_ending_action = reconnect"
vt_start || exit 1
python3 "$VT_TOP/tests/lib/feed.py" $N $RATE 60 | \
	rm_with_remote_conf "$VT_DIR/audisp-remote.conf" /sbin/audisp-remote &
FEED=$!
trap 'vt_restore; pkill -P $$ -f feed.py; kill $FEED 2>/dev/null; [ -n "$VT_KEEP" ] || rm -rf "$VT_DIR"' EXIT
vt_check "audisp-remote connected" vt_wait_for "$VT_LOG" 'seq=100 '
vt_stop
stopped=$(grep -ac 'seq=' "$VT_LOG")
vt_log "receiver stopped after $stopped records"
vt_check "the stop came in mid-stream" test "$stopped" -lt $N
vt_check "DAEMON_CLOSE before DAEMON_END at the stop" \
	sh -c "tail -2 '$VT_LOG' | head -1 | grep -q '^type=DAEMON_CLOSE' && tail -1 '$VT_LOG' | grep -q '^type=DAEMON_END'"
sleep 1	# a pace, not a wait: the receiver stays away a while
vt_start || exit 1
vt_check "audisp-remote reconnected to the new receiver" \
	vt_wait_for "$VT_LOG" "^type=DAEMON_ACCEPT .*res=success" 50
vt_check "every record arrived" pl_wait_lines "$VT_LOG" 'seq=' $N 300
grep -ao 'seq=[0-9]*' "$VT_LOG" | cut -d= -f2 > "$VT_DIR/seqs"
vt_eq "none twice" $N "$(sort -un "$VT_DIR/seqs" | wc -l)"
vt_eq "exactly the sent ones" "$(seq $N | md5sum)" "$(sort -n "$VT_DIR/seqs" | md5sum)"
vt_check "in order" sort -nc "$VT_DIR/seqs"
vt_eq "no EOE crossed" 0 "$(pl_lines "$VT_LOG" '^type=EOE')"
vt_eq "two sessions in the log" 2 "$(pl_lines "$VT_LOG" '^type=DAEMON_START')"
kill $FEED 2>/dev/null
vt_finish
