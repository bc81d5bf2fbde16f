#!/bin/bash
# filepolicy-keeplogs: max_log_file_action = KEEP_LOGS over 5 rotations
# (num_logs does not limit it), with log_group = adm: every archive is kept
# and numbered newest first, every audited call is in exactly one file,
# archives are 0440 root:adm, the active log 0640, the directory 0750; the
# state report counts the logs as auditd does.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
vt_require_kernel
fp_setup filepolicy-keeplogs
KEY=vigil_keep
getent group adm >/dev/null || vt_skip "no group adm on this machine"

fp_mount_tmpfs "$VT_DIR/log" 32m
vt_conf "num_logs = 2" "max_log_file = 1" "max_log_file_action = KEEP_LOGS" \
	"log_group = adm" "space_left = 2" "admin_space_left = 1"
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
fp_start || exit 1
auditctl -a always,exit -F arch=b64 -S getppid -F exe="$VT_LOADGEN" -k $KEY >/dev/null

# bursts of 500 calls (well under 1 MiB each) until the fifth rotation
total=0
while [ ! -e "$VT_LOG.5" ] && [ $total -lt 60000 ]; do
	fp_events 500
	total=$((total + 500))
	for i in $(seq 20); do
		[ "$(fp_count $KEY "$VT_LOG" "$VT_LOG".*)" -ge $total ] && break
		sleep 0.05
	done
done
auditctl -D >/dev/null
# the rule's removal is recorded after every call: once it is in the
# active log, so is everything before it
vt_check "the rule's removal is logged" vt_wait_for "$VT_LOG" 'op=remove_rule'
vt_wait_lines "$FP_SYSLOG" 'Audit daemon rotating log files with keep option' 5 50

vt_eq "five rotations kept five archives" "audit.log audit.log.1 audit.log.2 audit.log.3 audit.log.4 audit.log.5" \
	"$(cd "$VT_DIR/log" && ls | tr '\n' ' ' | sed 's/ $//')"
vt_eq "syslog: 'rotating log files with keep option' per rotation" 5 \
	"$(fp_syslog_count 'Audit daemon rotating log files with keep option')"
serials=$(cat "$VT_LOG".5 "$VT_LOG".4 "$VT_LOG".3 "$VT_LOG".2 "$VT_LOG".1 "$VT_LOG" |
	grep -a "^type=SYSCALL .*key=\"$KEY\"" | sed 's/^[^(]*([0-9.]*:\([0-9]*\)).*/\1/')
vt_eq "every audited call is in the logs" $total "$(echo "$serials" | sort -u | wc -l)"
vt_eq "no audited call is in two places" $total "$(echo "$serials" | wc -l)"
in_order() { [ "$(echo "$serials" | sort -n)" = "$serials" ]; }
vt_check "read from .5 to the active log, the calls are in order" in_order
vt_eq "DAEMON_START is in the oldest archive" 1 "$(grep -c '^type=DAEMON_START' "$VT_LOG.5")"
for i in 1 2 3 4 5; do
	vt_eq "audit.log.$i mode and owner" "440 root:adm" "$(stat -c '%a %U:%G' "$VT_LOG.$i")"
done
vt_eq "active log mode and owner" "640 root:adm" "$(stat -c '%a %U:%G' "$VT_LOG")"
vt_eq "log directory mode and owner" "750 root:adm" "$(stat -c '%a %U:%G' "$VT_DIR/log")"
vt_eq "state report: logs detected last rotate/shift" 6 "$(fp_state 'logs detected last rotate/shift')"

# SIGUSR1 with keep_logs shifts too
kill -USR1 "$VT_DAEMON_PID"
vt_check "SIGUSR1 shifts: audit.log.6 appears" vt_wait_for "$VT_LOG" '^type=DAEMON_ROTATE'
vt_check "audit.log.6 exists" test -e "$VT_LOG.6"
vt_stop
vt_finish
