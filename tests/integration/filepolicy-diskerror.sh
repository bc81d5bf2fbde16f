#!/bin/bash
# filepolicy-diskerror: the log sits on failfs, a FUSE filesystem whose
# writes fail with EIO on demand, and each disk_error_action is tried in
# turn: syslog (at most 5 reports in a row), suspend (then SIGUSR2), exec
# (a helper that repairs and resumes), single and halt (/sbin/init 1 and 0,
# once per run of errors; a stub in the test's namespace), ignore. In every
# case the records that could not be written are counted in the state
# report, the log keeps only whole lines, and writing works again after.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
vt_require_kernel
fp_setup filepolicy-diskerror
fp_need_init
KEY=vigil_eio
ERR='write: Audit daemon detected an error writing an event to disk (Input/output error)'

fp_failfs_mount "$VT_DIR/log"

# the exec helper: says it ran, mends the disk, resumes the daemon
cat > "$VT_DIR/repair.sh" <<EOF
#!/bin/sh
echo "repair args=\$# env=\$(/usr/bin/env | /usr/bin/grep -vc '^PWD=')" >> $VT_DIR/repair.calls
/bin/rm -f $VT_DIR/fail
/bin/kill -USR2 \$PPID
EOF
chmod 750 "$VT_DIR/repair.sh"

whole_lines() {
	[ -z "$(tail -c1 "$VT_LOG" | tr -d '\n')" ] && [ "$(grep -avc '^type=' "$VT_LOG")" = 0 ]
}

# run ACTION: start with disk_error_action = ACTION, log 100 calls, then
# 10 small batches while writes fail
run() {
	auditctl -D >/dev/null
	rm -f "$VT_DIR"/back/* "$FP_INIT_CALLS"
	: > "$FP_SYSLOG"
	vt_conf "space_left = 2" "admin_space_left = 1" "max_log_file = 100" \
		"flush = INCREMENTAL_ASYNC" "disk_error_action = $1"
	fp_start || exit 1
	fp_rule $KEY
	fp_events 100
	fp_wait_count $KEY 100 "$VT_LOG"
	vt_eq "[$1] records written before the failure" 100 "$(fp_count $KEY "$VT_LOG")"
	fp_fail EIO
	for i in $(seq 10); do
		fp_events 5
		sleep 0.05	# a pace: 10 batches, 10 write attempts
	done
	# a fixed time, not a wait: some checks after are that something did
	# not happen (no sixth report, nothing in syslog with IGNORE)
	sleep 0.3
}

# after ACTION: the disk works again; records must reach the log
recovered() {
	local n
	n=$(fp_count $KEY "$VT_LOG")
	fp_events 50
	fp_wait_count $KEY $((n + 50)) "$VT_LOG"
	vt_eq "[$1] records written again after the repair" $((n + 50)) "$(fp_count $KEY "$VT_LOG")"
	vt_check "[$1] the log holds whole lines only" whole_lines
	vt_stop
}

run SYSLOG
vt_wait_lines "$FP_SYSLOG" "$ERR" 5 50
vt_eq "[syslog] the error is reported 5 times, then no more" 5 "$(fp_syslog_count "$ERR")"
vt_check "[syslog] at LOG_ALERT" grep -q "^<25>.*$ERR" "$FP_SYSLOG"
vt_eq "[syslog] state report: disk error detected" yes "$(fp_state 'disk error detected')"
lost=$(fp_state 'vigil records lost to write errors')
vt_check "[syslog] state report: records lost are counted ($lost)" test "${lost:-0}" -ge 100
vt_eq "[syslog] logging is not suspended" no "$(fp_state 'logging suspended')"
fp_heal
fp_poke
vt_eq "[syslog] a good write clears the error state" no "$(fp_state 'disk error detected')"
recovered syslog

run SUSPEND
vt_check "[suspend] the error is reported" fp_syslog_wait "$ERR"
vt_check "[suspend] syslog: suspending logging due to previously mentioned write error" \
	fp_syslog_wait 'Audit daemon is suspending logging due to previously mentioned write error$'
vt_eq "[suspend] state report: logging suspended" yes "$(fp_state 'logging suspended')"
vt_check "[suspend] the log is closed" fp_log_closed
fp_heal
kill -USR2 "$VT_DAEMON_PID"
vt_check "[suspend] DAEMON_RESUME after SIGUSR2" vt_wait_for "$VT_LOG" '^type=DAEMON_RESUME'
vt_eq "[suspend] state report: disk error cleared" no "$(fp_state 'disk error detected')"
recovered suspend

run "EXEC $VT_DIR/repair.sh"
vt_check "[exec] the helper ran" vt_wait_for "$VT_DIR/repair.calls" repair
vt_eq "[exec] once, no arguments, empty environment" "repair args=0 env=0" "$(cat "$VT_DIR/repair.calls")"
vt_check "[exec] the helper's SIGUSR2 brought DAEMON_RESUME" vt_wait_for "$VT_LOG" '^type=DAEMON_RESUME'
vt_eq "[exec] state report: logging suspended" no "$(fp_state 'logging suspended')"
recovered exec

run SINGLE
vt_check "[single] syslog: single user mode due to previously mentioned write error" \
	fp_syslog_wait 'The audit daemon is now changing the system to single user mode due to previously mentioned write error$'
vt_eq "[single] /sbin/init 1, once for the run of errors" "init 1" "$(cat "$FP_INIT_CALLS" 2>/dev/null)"
fp_heal
recovered single

run HALT
vt_check "[halt] syslog: halting due to previously mentioned write error" \
	fp_syslog_wait 'The audit daemon is now halting the system due to previously mentioned write error.$'
vt_eq "[halt] /sbin/init 0, once for the run of errors" "init 0" "$(cat "$FP_INIT_CALLS" 2>/dev/null)"
fp_heal
recovered halt

run IGNORE
vt_eq "[ignore] nothing in syslog" 0 "$(fp_syslog_count 'Audit daemon detected an error')"
lost=$(fp_state 'vigil records lost to write errors')
vt_check "[ignore] state report still counts the lost records ($lost)" test "${lost:-0}" -ge 100
vt_eq "[ignore] state report: disk error detected" yes "$(fp_state 'disk error detected')"
fp_heal
recovered ignore
vt_finish
