#!/bin/bash
# filepolicy-deleted: the active log is deleted, then renamed, under a
# running load. auditd would go on appending to the unlinked or renamed
# file unnoticed; vigil notices at its next check (every 64 KiB or 100 ms),
# says so in syslog with how many records were written since the previous
# check (those after the change went to the old file), and logs to the
# path again. Every audited call ends up in
# exactly one of the old file (read here through a descriptor kept open)
# and the new one.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
vt_require_kernel
fp_setup filepolicy-deleted
KEY=vigil_del

serials() {
	grep -ah "^type=SYSCALL .*key=\"$KEY\"" "$@" | sed 's/^[^(]*([0-9.]*:\([0-9]*\)).*/\1/'
}

fp_mount_tmpfs "$VT_DIR/log" 64m
vt_conf "space_left = 2" "admin_space_left = 1" "max_log_file = 100"
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
fp_start || exit 1
fp_rule $KEY

# --- deleted ---
"$VT_LOADGEN" -d 2 -r 4000 > "$VT_DIR/load.out" &
load=$!
sleep 0.7	# a pace, not a wait: the deletion comes in the middle of the load
exec 3< "$VT_LOG"
rm -f "$VT_LOG"
wait $load
calls=$(sed -n 's/^calls=\([0-9]*\).*/\1/p' "$VT_DIR/load.out")
# every call logged, in the old file (through fd 3) or the new one
fp_wait_count $KEY "$calls" "$VT_LOG" /proc/$$/fd/3
vt_check "syslog: the deletion is noticed" \
	fp_syslog_wait "auditd\[$VT_DAEMON_PID\]: The audit log $VT_LOG was deleted or replaced while in use; reopening it"
vt_check "syslog: it says how many records went to the old file" \
	grep -q "reopening it (of the [0-9]* records written in the [0-9]* ms before this check, those after the change went to the old file)" "$FP_SYSLOG"
vt_check "the log exists again" test -f "$VT_LOG"
vt_eq "the new log's mode" 600 "$(stat -c %a "$VT_LOG")"
vt_check "the daemon writes to the new log" fp_log_open
cat /proc/self/fd/3 > "$VT_DIR/deleted.copy" 2>/dev/null || cat <&3 > "$VT_DIR/deleted.copy"
exec 3<&-
new=$(serials "$VT_LOG" | wc -l)
old=$(serials "$VT_DIR/deleted.copy" | wc -l)
vt_check "records reached the new log after the deletion ($new)" test "$new" -gt 0
vt_eq "every call is in the old or the new file ($old + $new)" "$calls" \
	"$(serials "$VT_LOG" "$VT_DIR/deleted.copy" | sort -u | wc -l)"
vt_eq "and in one of them only" "$calls" "$(serials "$VT_LOG" "$VT_DIR/deleted.copy" | wc -l)"
vt_eq "state report: reopened once" 1 "$(fp_state 'vigil log reopened after deletion')"

# --- renamed ---
"$VT_LOADGEN" -d 1.5 -r 4000 > "$VT_DIR/load.out" &
load=$!
sleep 0.5	# a pace, not a wait: the rename comes in the middle of the load
mv "$VT_LOG" "$VT_DIR/log/moved.log"
wait $load
calls2=$(sed -n 's/^calls=\([0-9]*\).*/\1/p' "$VT_DIR/load.out")
fp_wait_count $KEY $((calls + calls2)) "$VT_LOG" "$VT_DIR/log/moved.log" "$VT_DIR/deleted.copy"
vt_wait_lines "$FP_SYSLOG" 'was deleted or replaced while in use; reopening it' 2 50
vt_eq "syslog: the rename is noticed too" 2 \
	"$(fp_syslog_count 'was deleted or replaced while in use; reopening it')"
vt_check "a new log at the path" test -s "$VT_LOG"
vt_eq "every call of both runs is in exactly one file" $((calls + calls2)) \
	"$(serials "$VT_LOG" "$VT_DIR/log/moved.log" "$VT_DIR/deleted.copy" | wc -l)"
vt_eq "no call twice" $((calls + calls2)) \
	"$(serials "$VT_LOG" "$VT_DIR/log/moved.log" "$VT_DIR/deleted.copy" | sort -u | wc -l)"
vt_eq "state report: reopened twice" 2 "$(fp_state 'vigil log reopened after deletion')"
vt_stop
vt_finish
