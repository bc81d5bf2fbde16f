#!/bin/bash
# filepolicy-rotate: max_log_file = 1 MiB with ROTATE and num_logs = 3 on a
# tmpfs of its own. Under a flood the log rotates twice by size: every
# audited call is then in exactly one of audit.log, .1, .2 (no record lost
# or doubled across the rotations), archives are 0400, size rotations write
# no DAEMON_ROTATE. SIGUSR1 then rotates once more: DAEMON_ROTATE heads the
# new file and the oldest archive goes, as num_logs says. Archives beyond
# num_logs found at startup are removed with auditd's syslog line.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
vt_require_kernel
fp_setup filepolicy-rotate
KEY=vigil_rot

fp_mount_tmpfs "$VT_DIR/log" 16m
vt_conf "num_logs = 3" "max_log_file = 1" "max_log_file_action = ROTATE" \
	"space_left = 2" "admin_space_left = 1"
# left over from a larger num_logs: .3 and .4 exceed num_logs = 3
for i in 1 3 4; do echo "old archive $i" > "$VT_LOG.$i"; chmod 644 "$VT_LOG.$i"; done
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
fp_start || exit 1
vt_check "startup removed audit.log.3 (exceeds num_logs)" test ! -e "$VT_LOG.3"
vt_check "startup removed audit.log.4" test ! -e "$VT_LOG.4"
vt_check "syslog: Log audit.log.3 removed as it exceeds num_logs parameter" \
	fp_syslog_wait "auditd\[$VT_DAEMON_PID\]: Log $VT_LOG.3 removed as it exceeds num_logs parameter"
vt_eq "an archive found at startup is made read-only" 400 "$(stat -c %a "$VT_LOG.1")"
rm -f "$VT_LOG.1"

auditctl -a always,exit -F arch=b64 -S getppid -F exe="$VT_LOADGEN" -k $KEY >/dev/null
# a flood in bursts of 500 calls (well under 1 MiB of log each), until the
# second size rotation: line sizes depend on the build path, the count of
# calls does not matter, only that each is found once
N=0
while [ ! -e "$VT_LOG.2" ] && [ $N -lt 40000 ]; do
	fp_events 500
	N=$((N + 500))
	for i in $(seq 20); do
		[ "$(fp_count $KEY "$VT_LOG" "$VT_LOG".*)" -ge $N ] && break
		sleep 0.05
	done
done
auditctl -D >/dev/null
vt_log "$N audited calls"
vt_eq "two size rotations: audit.log .1 .2" "audit.log audit.log.1 audit.log.2" \
	"$(cd "$VT_DIR/log" && ls | tr '\n' ' ' | sed 's/ $//')"
vt_eq "syslog: 'Audit daemon rotating log files' once per size rotation" 2 \
	"$(fp_syslog_count 'Audit daemon rotating log files$')"
serials=$(grep -ah "^type=SYSCALL .*key=\"$KEY\"" "$VT_LOG" "$VT_LOG.1" "$VT_LOG.2" |
	sed 's/^[^(]*([0-9.]*:\([0-9]*\)).*/\1/')
vt_eq "every audited call is in the logs" $N "$(echo "$serials" | sort -u | wc -l)"
vt_eq "no audited call is in two places" $N "$(echo "$serials" | wc -l)"
vt_eq "every PROCTITLE of the workload too, once" $N \
	"$(grep -ah '^type=PROCTITLE ' "$VT_LOG" "$VT_LOG.1" "$VT_LOG.2" |
	   sed 's/^[^(]*([0-9.]*:\([0-9]*\)).*/\1/' | sort -u | grep -cxFf <(echo "$serials"))"
for f in "$VT_LOG.1" "$VT_LOG.2"; do
	sz=$(stat -c %s "$f")
	vt_check "$(basename "$f") holds just over max_log_file ($sz bytes)" \
		test "$sz" -ge 1048576 -a "$sz" -lt $((1048576 + 9000))
	vt_eq "$(basename "$f") mode" 400 "$(stat -c %a "$f")"
	vt_eq "$(basename "$f") ends with a whole line" "" "$(tail -c1 "$f" | tr -d '\n')"
done
vt_eq "active log mode" 600 "$(stat -c %a "$VT_LOG")"
vt_eq "size rotations write no DAEMON_ROTATE" 0 "$(cat "$VT_LOG"* | grep -c '^type=DAEMON_ROTATE')"

# SIGUSR1: a third rotation; its record heads the new file, .2 is dropped
old1=$(md5sum < "$VT_LOG.1")
oldactive=$(md5sum < "$VT_LOG")
kill -USR1 "$VT_DAEMON_PID"
vt_check "SIGUSR1 wrote DAEMON_ROTATE" vt_wait_for "$VT_LOG" '^type=DAEMON_ROTATE'
vt_eq "DAEMON_ROTATE is the first line of the new log" DAEMON_ROTATE \
	"$(head -1 "$VT_LOG" | sed 's/^type=\([A-Z_]*\) .*/\1/')"
vt_check "DAEMON_ROTATE names the sender" grep -q "op=rotate-logs .*pid=$$ res=success" "$VT_LOG"
vt_eq "still three files after the third rotation" "audit.log audit.log.1 audit.log.2" \
	"$(cd "$VT_DIR/log" && ls | tr '\n' ' ' | sed 's/ $//')"
vt_eq "the old .1 became .2" "$old1" "$(md5sum < "$VT_LOG.2")"
vt_eq "the old active log became .1" "$oldactive" "$(md5sum < "$VT_LOG.1")"
vt_eq "state report: logs detected last rotate/shift" 3 "$(fp_state 'logs detected last rotate/shift')"
vt_eq "state report: rotations" 3 "$(fp_state 'vigil log rotations')"
vt_eq "state report: nothing lost" 0 "$(fp_state 'vigil records lost to write errors')"
vt_stop
vt_check "DAEMON_END closes the active log" grep -q '^type=DAEMON_END' "$VT_LOG"
vt_finish
