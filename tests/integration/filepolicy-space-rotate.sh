#!/bin/bash
# filepolicy-space-rotate: space_left_action = ROTATE (num_logs 3) and
# admin_space_left_action = HALT. Rotate does not latch: each check below
# space_left rotates again, dropping the oldest archive, and the state
# report never says the action was performed. HALT runs "/sbin/init 0"
# once (a stub in the test's namespace) and logging goes on, as in 3.0.9.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
vt_require_kernel
fp_setup filepolicy-space-rotate
fp_need_init
KEY=vigil_srot

fp_mount_tmpfs "$VT_DIR/log" 16m
vt_conf "num_logs = 3" "max_log_file = 100" \
	"space_left = 8" "space_left_action = ROTATE" \
	"admin_space_left = 4" "admin_space_left_action = HALT" \
	"disk_full_action = SUSPEND"
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
fp_start || exit 1
fp_rule $KEY
fp_poke

fp_fill fill1 9M
fp_poke
vt_check "below space_left: rotated" test -e "$VT_LOG.1"
vt_check "syslog: rotating log files" fp_syslog_wait 'Audit daemon rotating log files$'
fp_poke
fp_poke
n=$(fp_syslog_count 'Audit daemon rotating log files$')
vt_check "each check below space_left rotates again ($n rotations)" test "$n" -ge 3
vt_eq "num_logs still bounds the archives" "audit.log audit.log.1 audit.log.2 fill1" \
	"$(cd "$VT_DIR/log" && ls | tr '\n' ' ' | sed 's/ $//')"
vt_eq "state report: rotate is never latched" no "$(fp_state 'file system space action performed')"
vt_eq "state report: rotations counted" "$n" "$(fp_state 'vigil log rotations')"
vt_eq "size rotations by space write no DAEMON_ROTATE" 0 \
	"$(cat "$VT_LOG"* | grep -c '^type=DAEMON_ROTATE')"

fp_fill fill2 4M
fp_poke
vt_check "syslog: halting the system" fp_syslog_wait 'The audit daemon is now halting the system$'
vt_eq "/sbin/init was run with 0" "init 0" "$(cat "$FP_INIT_CALLS" 2>/dev/null)"
fp_poke
vt_eq "latched: /sbin/init ran once" 1 "$(wc -l < "$FP_INIT_CALLS")"
vt_eq "state report: admin space action performed" yes "$(fp_state 'admin space action performed')"
vt_eq "logging goes on after halt (3.0.9 does not exit)" no "$(fp_state 'logging suspended')"
vt_check "the daemon is still running" kill -0 "$VT_DAEMON_PID"
vt_stop
vt_finish
