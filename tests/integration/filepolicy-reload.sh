#!/bin/bash
# filepolicy-reload: SIGHUP applies changed file settings as auditd 3.0.9
# does (auditd(8), SIGHUP): a new max_log_file_action is checked against the log at
# once; a smaller num_logs removes the archives beyond it; new space
# thresholds are looked at at once; a new log_file / log_group reopens the
# log there with the group's modes; write_logs = no closes it and records
# are counted as discarded, write_logs = yes opens it again.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
vt_require_kernel
fp_setup filepolicy-reload
KEY=vigil_hup

# reload NAME = VALUE...: rewrite those keys and send SIGHUP; wait for the
# DAEMON_CONFIG record in LOG (default the current log)
reload() {
	local log=$1 kv k
	shift
	for kv in "$@"; do
		k=${kv%% =*}
		sed -i "/^$k = /d" "$VT_DIR/etc/auditd.conf"
		echo "$kv" >> "$VT_DIR/etc/auditd.conf"
	done
	local before
	before=$(cat "$log" 2>/dev/null | grep -c 'op=reconfigure state=changed')
	kill -HUP "$VT_DAEMON_PID"
	for i in $(seq 50); do
		[ "$(cat "$log" 2>/dev/null | grep -c 'op=reconfigure state=changed')" -gt "$before" ] && return 0
		sleep 0.1
	done
	return 1
}

fp_mount_tmpfs "$VT_DIR/log" 32m
vt_conf "num_logs = 5" "max_log_file = 1" "max_log_file_action = IGNORE" \
	"space_left = 2" "space_left_action = SYSLOG" "admin_space_left = 1"
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
fp_start || exit 1
fp_rule $KEY
fp_events 5000
fp_wait_count $KEY 5000 "$VT_LOG"
vt_check "max_log_file_action ignore: over 1 MiB, no rotation" \
	test "$(stat -c %s "$VT_LOG")" -gt 1048576 -a ! -e "$VT_LOG.1"

vt_check "reload with max_log_file_action = ROTATE" reload "$VT_LOG" "max_log_file_action = ROTATE"
vt_check "the size is checked at once: rotated" test -e "$VT_LOG.1"
vt_eq "the calls are in the rotated log" 5000 "$(fp_count $KEY "$VT_LOG.1")"
vt_check "DAEMON_CONFIG went to the new log" grep -q 'op=reconfigure state=changed' "$VT_LOG"

for i in 2 3 4 5 6; do echo "archive $i" > "$VT_LOG.$i"; done
vt_check "reload with num_logs = 3" reload "$VT_LOG" "num_logs = 3"
vt_eq "archives beyond num_logs removed" "audit.log audit.log.1 audit.log.2" \
	"$(cd "$VT_DIR/log" && ls | tr '\n' ' ' | sed 's/ $//')"
vt_check "syslog: audit.log.6 removed as it exceeds num_logs parameter" \
	fp_syslog_wait "Log $VT_LOG.6 removed as it exceeds num_logs parameter"

vt_eq "no space alert yet" 0 "$(fp_syslog_count 'low on disk space')"
vt_check "reload with space_left = 31" reload "$VT_LOG" "space_left = 31"
vt_check "the new threshold is looked at at once" fp_syslog_wait 'Audit daemon is low on disk space for logging$'
vt_eq "state report: space_left setting" yes "$(fp_state 'file system space action performed')"
vt_check "state report shows the new threshold" grep -q '^space_left setting 31 MB$' "$VT_STATE"

# another log file, with a group
mkdir -m 700 "$VT_DIR/log/other"
NEW=$VT_DIR/log/other/audit.log
vt_check "reload with a new log_file and log_group = adm" \
	reload "$NEW" "log_file = $NEW" "log_group = adm" "space_left = 2"
oldsize=$(stat -c %s "$VT_LOG")
fp_events 100
fp_wait_count $KEY 100 "$NEW"
vt_eq "records go to the new log" 100 "$(fp_count $KEY "$NEW")"
vt_eq "the old log no longer grows" "$oldsize" "$(stat -c %s "$VT_LOG")"
vt_eq "new log mode and group" "640 root:adm" "$(stat -c '%a %U:%G' "$NEW")"
vt_eq "its directory" "750 root:adm" "$(stat -c '%a %U:%G' "$(dirname "$NEW")")"

# write_logs = no, then yes again
# no DAEMON_CONFIG to wait for: it is not written either
sed -i '/^write_logs = /d' "$VT_DIR/etc/auditd.conf"
echo "write_logs = no" >> "$VT_DIR/etc/auditd.conf"
size=$(stat -c %s "$NEW")
kill -HUP "$VT_DAEMON_PID"
vt_wait_until 50 bash -c "! ls -l /proc/$VT_DAEMON_PID/fd | grep -q '$NEW'"
fp_events 100
sleep 0.3	# a fixed time, not a wait: the check is that nothing is written
vt_eq "nothing written with write_logs = no, DAEMON_CONFIG included" "$size" "$(stat -c %s "$NEW")"
vt_check "the log is closed" bash -c "! ls -l /proc/$VT_DAEMON_PID/fd | grep -q '$NEW'"
vt_eq "state report: writing to logs" no "$(fp_state 'writing to logs')"
d=$(fp_state 'vigil records discarded (write_logs = no)')
vt_check "state report counts the discarded records ($d)" test "${d:-0}" -ge 200
vt_check "reload with write_logs = yes" reload "$NEW" "write_logs = yes"
fp_events 100
fp_wait_count $KEY 200 "$NEW"
vt_eq "records written again" 200 "$(fp_count $KEY "$NEW")"
vt_stop
vt_finish
