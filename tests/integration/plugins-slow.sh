#!/bin/bash
# plugins-slow: a plugin that reads one record a second (a stuck SIEM
# forwarder) must not slow the log. Under the same flood, the daemon
# logs as many calls per second with it as without it, every call is in
# the log both times, the slow plugin's queue overflows (syslog, at most
# five times, then the limit message; the state report says so) and a
# second, fast plugin beside it still gets every record of a steady
# load: one slow plugin does not stall the others.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
. "$(dirname "$0")/../lib/plugins.sh"
vt_require_kernel
fp_setup plugins-slow
pl_setup
KEY=vigil_plslow
SECS=1

pl_program slow.sh <<'P'
#!/bin/sh
while read -r line; do sleep 1; done
P
pl_program fast.sh <<P
#!/bin/sh
exec /bin/cat > $VT_DIR/fast.out
P

# flood: calls/s of the load generator and the calls in the log
flood() {
	local before after out
	before=$(fp_count $KEY "$VT_LOG"*)
	out=$("$VT_LOADGEN" -d $SECS)
	FLOOD_RATE=$(echo "$out" | sed 's/.*calls_per_sec=\([0-9]*\).*/\1/')
	FLOOD_CALLS=$(echo "$out" | sed 's/^calls=\([0-9]*\).*/\1/')
	fp_wait_count $KEY $((before + FLOOD_CALLS)) "$VT_LOG"*
	after=$(fp_count $KEY "$VT_LOG"*)
	FLOOD_LOGGED=$((after - before))
}

run() {
	rm -f "$VT_LOG"*
	vt_conf "plugin_dir = $PL_DIR" "flush = NONE" "q_depth = 2000" "vigil_ring_size = 16" \
		"max_log_file_action = IGNORE"
	auditctl -D >/dev/null
	auditctl -b 8192 >/dev/null
	fp_start || exit 1
	fp_rule $KEY
	flood
}

# without plugins
run
rate0=$FLOOD_RATE
vt_eq "no plugin: every flooded call is in the log" "$FLOOD_CALLS" "$FLOOD_LOGGED"
vt_log "no plugin: $rate0 calls/s ($((rate0 * 3)) records/s)"
vt_stop

# with the slow plugin
pl_plugin slow "active = yes" "path = $PL_BIN/slow.sh"
run
rate1=$FLOOD_RATE
vt_eq "slow plugin: every flooded call is in the log" "$FLOOD_CALLS" "$FLOOD_LOGGED"
vt_log "slow plugin: $rate1 calls/s ($((rate1 * 3)) records/s)"
# a sanitizer's CPU cost on the writer's extra work per record (the
# plugin's copy) makes the rates no measure of the design there
vt_check_plain "slow plugin: at least 80% of the rate without it ($rate1 vs $rate0)" \
	test $((rate1 * 100)) -ge $((rate0 * 80))
vt_wait_lines "$FP_SYSLOG" 'queue to plugins is full - dropping event' 5 50
fp_syslog_wait 'auditd queue full reporting limit reached - ending dropped event notifications'
vt_eq "the overflow is reported five times" 5 "$(fp_syslog_count 'queue to plugins is full - dropping event')"
vt_eq "then the limit is said once" 1 \
	"$(fp_syslog_count 'auditd queue full reporting limit reached - ending dropped event notifications')"
vt_eq "state report: overflow detected" yes "$(pl_state 'plugin queue overflow detected')"
depth=$(pl_state 'current plugin queue depth')
vt_check "state report: the slow plugin's queue is full ($depth of 2000)" test "$depth" -ge 1990
vt_eq "state report: the most ever queued is q_depth" 2000 "$(pl_state 'max plugin queue depth used')"
vt_eq "state report: one active plugin" 1 "$(pl_state 'Number of active plugins')"
vt_stop

# a fast plugin beside the slow one gets every record of a steady load
pl_plugin fast "active = yes" "path = $PL_BIN/fast.sh"
rm -f "$VT_LOG"*
vt_conf "plugin_dir = $PL_DIR" "flush = NONE" "q_depth = 2000"
: > "$FP_SYSLOG"
auditctl -D >/dev/null
fp_start || exit 1
fp_rule $KEY
"$VT_LOADGEN" -d $SECS -r 2000 > "$VT_DIR/steady.out"
calls=$(sed 's/^calls=\([0-9]*\).*/\1/' "$VT_DIR/steady.out")
vt_check "the slow plugin overflowed meanwhile" fp_syslog_wait 'queue to plugins is full'
vt_check "the fast plugin got all $calls calls" \
	pl_wait_lines "$VT_DIR/fast.out" "^type=SYSCALL .*key=\"$KEY\"" "$calls"
vt_eq "and nothing twice" "$calls" "$(grep -a "^type=SYSCALL .*key=\"$KEY\"" "$VT_DIR/fast.out" | sort -u | wc -l)"
vt_stop
vt_finish
