#!/bin/bash
# filepolicy-space-email: space_left_action = EMAIL and
# admin_space_left_action = SINGLE. The mail goes through
# /usr/lib/sendmail -t -f<action_mail_acct> with auditd's headers and text;
# single runs "/sbin/init 1" once (latched) and logging goes on. In the
# test's mount namespace both programs are stubs that record what they get:
# the daemon's decision and the command it runs are the real ones.
# A second run without a mailer: admin_space_left_action = EMAIL says in
# syslog that the mail could not be sent, and space_left_action = IGNORE
# latches silently.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
vt_require_kernel
fp_setup filepolicy-space-email
fp_need_init
KEY=vigil_mail

fp_mount_tmpfs "$VT_DIR/log" 16m
vt_conf "space_left = 8" "space_left_action = EMAIL" "action_mail_acct = root" \
	"admin_space_left = 4" "admin_space_left_action = SINGLE" \
	"disk_full_action = SUSPEND" "max_log_file = 100"
fp_sendmail_stub
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
fp_start || exit 1
fp_rule $KEY
fp_poke

fp_fill fill1 9M
fp_poke
mails=$(ls "$VT_DIR"/mail.* 2>/dev/null | wc -l)
vt_eq "below space_left: one mail" 1 "$mails"
mail=$(cat "$VT_DIR"/mail.* 2>/dev/null)
vt_eq "sendmail arguments" "argv: -t -froot" "$(echo "$mail" | head -1)"
vt_eq "mail headers" "To: root|From: root|Subject: Audit Disk Space Alert|" \
	"$(echo "$mail" | sed -n 2,5p | paste -sd'|')"
vt_check "mail text is auditd's" grep -q "^The audit daemon is low on disk space for logging! Please take action$" "$VT_DIR"/mail.*
vt_check "syslog: low on disk space" fp_syslog_wait 'Audit daemon is low on disk space for logging$'
fp_poke
vt_eq "latched: still one mail" 1 "$(ls "$VT_DIR"/mail.* | wc -l)"
vt_eq "state report: file system space action performed" yes \
	"$(fp_state 'file system space action performed')"

fp_fill fill2 4M
fp_poke
vt_check "syslog: changing the system to single user mode" \
	fp_syslog_wait 'The audit daemon is now changing the system to single user mode$'
vt_eq "/sbin/init was run with 1" "init 1" "$(cat "$FP_INIT_CALLS" 2>/dev/null)"
fp_poke
vt_eq "latched: /sbin/init ran once" 1 "$(wc -l < "$FP_INIT_CALLS")"
vt_eq "state report: admin space action performed" yes "$(fp_state 'admin space action performed')"
vt_eq "logging goes on after single" no "$(fp_state 'logging suspended')"
n=$(fp_count $KEY "$VT_LOG")
fp_events 50
fp_wait_count $KEY $((n + 50)) "$VT_LOG"
vt_eq "records still written" $((n + 50)) "$(fp_count $KEY "$VT_LOG")"
# SIGUSR2 clears the latches: the same shortage acts again
kill -USR2 "$VT_DAEMON_PID"
vt_check "DAEMON_RESUME" vt_wait_for "$VT_LOG" '^type=DAEMON_RESUME'
fp_poke
vt_eq "after SIGUSR2 the shortage mails again" 2 "$(ls "$VT_DIR"/mail.* | wc -l)"
vt_eq "after SIGUSR2 /sbin/init runs again" 2 "$(wc -l < "$FP_INIT_CALLS")"
vt_stop

# --- no mailer installed -------------------------------------------------
rm -f "$VT_DIR"/log/* "$VT_DIR"/mail.* "$FP_INIT_CALLS"
auditctl -D >/dev/null
FP_SENDMAIL=
vt_conf "space_left = 8" "space_left_action = IGNORE" "action_mail_acct = root" \
	"admin_space_left = 4" "admin_space_left_action = EMAIL" \
	"disk_full_action = SUSPEND" "max_log_file = 100"
fp_start || exit 1
fp_rule $KEY
fp_fill fill1 13M
fp_poke
vt_check "syslog: the mailer is missing (auditd's line)" \
	fp_syslog_wait "auditd\[$VT_DAEMON_PID\]: Error - /usr/lib/sendmail isn't executable"
vt_check "syslog: which alert was not sent" \
	fp_syslog_wait "could not mail \"Audit Admin Space Alert\" to root: no mailer at /usr/lib/sendmail"
vt_check "syslog: very low on disk space" \
	fp_syslog_wait "auditd\[$VT_DAEMON_PID\]: Audit daemon is very low on disk space for logging"
vt_eq "IGNORE says nothing" 0 "$(grep -c "auditd\[$VT_DAEMON_PID\]: Audit daemon is low on disk space" "$FP_SYSLOG")"
vt_eq "IGNORE still latches (auditd's state report)" yes "$(fp_state 'file system space action performed')"
vt_eq "no mail could be sent" 0 "$(ls "$VT_DIR"/mail.* 2>/dev/null | wc -l)"
vt_stop
vt_finish
