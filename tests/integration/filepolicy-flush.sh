#!/bin/bash
# filepolicy-flush: every flush mode logs every record, and syncs as it
# says (none: never; incremental and incremental_async: every freq
# records; data and sync: every batch); write_logs = no and the deprecated
# log_format = NOLOG write no file at all and count the records as
# discarded; SIGUSR1 then rotates nothing.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
vt_require_kernel
fp_setup filepolicy-flush
KEY=vigil_flush
N=300

fp_mount_tmpfs "$VT_DIR/log" 16m
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
for mode in NONE INCREMENTAL INCREMENTAL_ASYNC DATA SYNC; do
	rm -f "$VT_DIR"/log/*
	freq=0
	case $mode in INCREMENTAL*) freq=10 ;; esac
	vt_conf "flush = $mode" "freq = $freq" "space_left = 2" "admin_space_left = 1"
	fp_start || exit 1
	fp_rule $KEY
	fp_events $N
	fp_wait_count $KEY $N "$VT_LOG"
	vt_eq "[$mode] every record logged" $N "$(fp_count $KEY "$VT_LOG")"
	syncs=$(fp_state 'vigil log syncs')
	if [ $mode = NONE ]; then
		vt_eq "[$mode] no sync" 0 "$syncs"
	else
		vt_check "[$mode] the log was synced ($syncs times)" test "${syncs:-0}" -gt 0
	fi
	vt_stop
	auditctl -D >/dev/null
done

# discarded N: the state report counts N records discarded
discarded() {
	[ "$(fp_state 'vigil records discarded (write_logs = no)')" -ge "$1" ] 2>/dev/null
}

for how in "write_logs = no" "log_format = NOLOG"; do
	rm -f "$VT_DIR"/log/*
	: > "$FP_SYSLOG"
	vt_conf "$how" "space_left = 2" "admin_space_left = 1"
	fp_start || exit 1
	fp_rule $KEY
	fp_events $N
	vt_wait_until 50 discarded $((2 * N))
	kill -USR1 "$VT_DAEMON_PID"
	sleep 0.3	# a fixed time, not a wait: the check is that no file appears
	vt_eq "[$how] no log file, no rotation" "" "$(ls "$VT_DIR/log")"
	vt_eq "[$how] state report: writing to logs" no "$(fp_state 'writing to logs')"
	d=$(fp_state 'vigil records discarded (write_logs = no)')
	vt_check "[$how] records counted as discarded ($d)" test "${d:-0}" -ge $((2 * N))
	vt_stop
	auditctl -D >/dev/null
done
vt_check "NOLOG is deprecated (syslog)" \
	grep -q 'The NOLOG option to log_format is deprecated. Please use the write_logs option.' "$FP_SYSLOG"
vt_finish
