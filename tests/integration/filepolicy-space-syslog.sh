#!/bin/bash
# filepolicy-space-syslog: space_left = 50% with SYSLOG and
# admin_space_left = 25% with SUSPEND on a 16 MiB tmpfs. What a sysadmin
# sees while the disk fills: one syslog alert per shortage (the latch),
# the alert again after the space came back and went again (syslog
# unlatches), then logging suspended with the log closed and the records
# counted, and SIGUSR2 bringing logging back with DAEMON_RESUME.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
vt_require_kernel
fp_setup filepolicy-space-syslog
KEY=vigil_space
LOW='Audit daemon is low on disk space for logging$'

fp_mount_tmpfs "$VT_DIR/log" 16m
vt_conf "space_left = 50%" "space_left_action = SYSLOG" \
	"admin_space_left = 25%" "admin_space_left_action = SUSPEND" \
	"disk_full_action = SUSPEND" "max_log_file = 100"
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
fp_start || exit 1
fp_rule $KEY
fp_poke
vt_eq "state report: writing to logs" yes "$(fp_state 'writing to logs')"
vt_check "state report: space_left 50% of 16 MiB is 8 MB" grep -q '^space_left setting 8 MB$' "$VT_STATE"
vt_check "state report: admin_space_left 25% is 4 MB" grep -q '^admin_space_left setting 4 MB$' "$VT_STATE"
vt_eq "no alert with 16 MiB free" 0 "$(fp_syslog_count "$LOW")"

# below space_left: one alert, latched
fp_fill fill1 9M
fp_poke
vt_eq "below space_left: syslog alert" 1 "$(fp_syslog_count "$LOW")"
vt_check "the alert is at LOG_ALERT priority" grep -q "^<25>.*$LOW" "$FP_SYSLOG"
vt_eq "state report: file system space action performed" yes \
	"$(fp_state 'file system space action performed')"
fp_poke
fp_poke
vt_eq "latched: no second alert for the same shortage" 1 "$(fp_syslog_count "$LOW")"

# the space comes back: a syslog latch clears by itself
rm -f "$VT_DIR/log/fill1"
fp_poke
vt_eq "space back: latch cleared" no "$(fp_state 'file system space action performed')"
fp_fill fill1 9M
fp_poke
vt_eq "the next shortage alerts again" 2 "$(fp_syslog_count "$LOW")"

# below admin_space_left: logging suspends, the log is closed
fp_fill fill2 4M
fp_poke
vt_check "syslog: suspending logging due to low disk space" \
	fp_syslog_wait 'Audit daemon is suspending logging due to low disk space.'
vt_eq "state report: logging suspended" yes "$(fp_state 'logging suspended')"
vt_eq "state report: admin space action performed" yes "$(fp_state 'admin space action performed')"
vt_check "state report: no free-space lines while the log is closed" \
	bash -c "! grep -q '^Logging partition free space' '$VT_STATE'"
vt_check "the log file is closed while suspended" fp_log_closed
before=$(fp_count $KEY "$VT_LOG")
fp_events 500
sleep 0.3	# a fixed time, not a wait: the check is that nothing is written
vt_eq "records while suspended are not written" "$before" "$(fp_count $KEY "$VT_LOG")"
discarded=$(fp_state 'vigil records discarded while suspended')
vt_check "state report counts them ($discarded >= 1000: SYSCALL and PROCTITLE of 500 calls)" \
	test "${discarded:-0}" -ge 1000

# the administrator frees space and resumes
rm -f "$VT_DIR/log/fill1" "$VT_DIR/log/fill2"
kill -USR2 "$VT_DAEMON_PID"
vt_check "SIGUSR2 writes DAEMON_RESUME" vt_wait_for "$VT_LOG" "op=resume-logging .*pid=$$ res=success"
vt_check "syslog: attempting to resume" fp_syslog_wait 'Audit daemon is attempting to resume logging.'
vt_check "syslog: resumed logging" fp_syslog_wait 'Audit daemon resumed logging.'
vt_eq "state report: logging suspended" no "$(fp_state 'logging suspended')"
vt_eq "state report: space action cleared" no "$(fp_state 'file system space action performed')"
vt_eq "state report: admin action cleared" no "$(fp_state 'admin space action performed')"
vt_check "the log is open again" fp_log_open
fp_events 100
fp_wait_count $KEY $((before + 100)) "$VT_LOG"
vt_eq "records after the resume are written" $((before + 100)) "$(fp_count $KEY "$VT_LOG")"
vt_stop
vt_finish
