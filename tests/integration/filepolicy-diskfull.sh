#!/bin/bash
# filepolicy-diskfull: the log's filesystem (a 4 MiB tmpfs) fills up under a
# flood. With disk_full_action = SUSPEND: auditd's two syslog lines, the log
# closed and ending on a whole line, the state report saying so; after the
# administrator frees space, SIGUSR2 reopens the log with DAEMON_RESUME and
# records flow again. With SYSLOG: the records that did not fit are counted
# as lost, the log stays open, and once space is back the daemon says so.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
vt_require_kernel
fp_setup filepolicy-diskfull
KEY=vigil_full

whole_lines() {
	[ -z "$(tail -c1 "$VT_LOG" | tr -d '\n')" ] && [ "$(grep -avc '^type=' "$VT_LOG")" = 0 ]
}

# lost_some: the state report counts records lost to the full disk
lost_some() {
	[ "$(fp_state 'vigil records lost to write errors')" -gt 0 ] 2>/dev/null
}

fill_up() {
	local avail
	avail=$(df -B1 --output=avail "$VT_DIR/log" | tail -1)
	fallocate -l $((avail - 256 * 1024)) "$VT_DIR/log/fill"
}

fp_mount_tmpfs "$VT_DIR/log" 4m
vt_conf "space_left = 2" "admin_space_left = 1" "max_log_file = 100" \
	"disk_full_action = SUSPEND"
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
fp_start || exit 1
fp_rule $KEY
fp_poke
fill_up
fp_events 3000
# a fixed time, not a wait: "said once" below is that no second report came
sleep 0.5
vt_check "syslog: no space left on logging partition" \
	fp_syslog_wait 'Audit daemon has no space left on logging partition$'
vt_check "syslog: suspending logging due to no space left" \
	fp_syslog_wait 'Audit daemon is suspending logging due to no space left on logging partition.$'
vt_eq "syslog: said once" 1 "$(fp_syslog_count 'no space left on logging partition$')"
vt_eq "state report: space left on partition" no "$(fp_state 'space left on partition')"
vt_eq "state report: logging suspended" yes "$(fp_state 'logging suspended')"
vt_check "the log is closed" fp_log_closed
vt_check "the log ends with a whole line, every line a record" whole_lines
before=$(fp_count $KEY "$VT_LOG")
vt_check "part of the flood was logged ($before of 3000)" test "$before" -gt 0 -a "$before" -lt 3000
err=$(ausearch -if "$VT_LOG" -k $KEY --raw 2>&1 >/dev/null)
vt_eq "ausearch reads the full log without complaint" "" "$err"

# the administrator rotates the full log away, makes room and resumes
kill -USR1 "$VT_DAEMON_PID"
for i in $(seq 30); do [ -e "$VT_LOG.1" ] && break; sleep 0.1; done
vt_check "SIGUSR1 while suspended rotates the closed log" test -e "$VT_LOG.1" -a ! -e "$VT_LOG"
vt_eq "the rotated log keeps what was logged" "$before" "$(fp_count $KEY "$VT_LOG.1")"
rm -f "$VT_DIR/log/fill"
kill -USR2 "$VT_DAEMON_PID"
vt_check "DAEMON_RESUME after SIGUSR2" vt_wait_for "$VT_LOG" "op=resume-logging .*pid=$$ res=success"
vt_eq "it heads a new log" DAEMON_RESUME "$(head -1 "$VT_LOG" | sed 's/^type=\([A-Z_]*\) .*/\1/')"
vt_eq "state report: space left on partition" yes "$(fp_state 'space left on partition')"
vt_eq "state report: logging suspended" no "$(fp_state 'logging suspended')"
fp_events 200
fp_wait_count $KEY 200 "$VT_LOG"
vt_eq "records flow again" 200 "$(fp_count $KEY "$VT_LOG")"
vt_stop

# --- disk_full_action = SYSLOG ------------------------------------------------
rm -f "$VT_DIR"/log/*
auditctl -D >/dev/null
: > "$FP_SYSLOG"
vt_conf "space_left = 2" "admin_space_left = 1" "max_log_file = 100" \
	"disk_full_action = SYSLOG"
fp_start || exit 1
fp_rule $KEY
fp_poke
fill_up
fp_events 3000
vt_check "syslog: no space left on logging partition" \
	fp_syslog_wait 'Audit daemon has no space left on logging partition$'
vt_wait_until 50 lost_some
vt_eq "state report: space left on partition" no "$(fp_state 'space left on partition')"
vt_eq "state report: logging is not suspended" no "$(fp_state 'logging suspended')"
lost=$(fp_state 'vigil records lost to write errors')
vt_check "state report: records that did not fit are counted as lost ($lost)" test "${lost:-0}" -gt 0
vt_check "the log ends with a whole line, every line a record" whole_lines
rm -f "$VT_DIR/log/fill"
fp_poke
fp_poke
vt_check "syslog: space is back (vigil)" \
	fp_syslog_wait 'Audit daemon has space left on the logging partition again'
vt_eq "state report: space left on partition" yes "$(fp_state 'space left on partition')"
n=$(fp_count $KEY "$VT_LOG")
fp_events 100
fp_wait_count $KEY $((n + 100)) "$VT_LOG"
vt_eq "records flow again without SIGUSR2" $((n + 100)) "$(fp_count $KEY "$VT_LOG")"
vt_stop
vt_finish
