#!/bin/bash
# fault-stall: the log's filesystem stops taking writes (fsfreeze on a
# loop-mounted ext4: every write blocks until it thaws). The writer stalls
# and the ring fills; the listener goes on reading the kernel into the
# spill (auditd.conf(5) vigil_spill_size), so the kernel, which waits only
# 100 ms for room in the daemon's socket, drops nothing. Once the
# filesystem thaws, the spill drains into the log in order.
#  1. a 1.2 s stall at 2,000 calls/s: every call logged, the spill used;
#  2. a 10 s stall at 20,000 calls/s: every call logged, in order, the
#     spill's high water mark in the state report;
#  2b. a 30 s stall at 20,000 calls/s with a 512 MiB spill: every call
#     logged, in order;
#  3. a stall that outlasts a small spill (8 MiB): the listener waits, the
#     kernel drops, and vigil says so (syslog, the state report's failed
#     deliveries); the daemon keeps running and logs again after the thaw.
. "$(dirname "$0")/../lib/lib.sh"
. "$VT_TOP/tests/lib/filepolicy.sh"
. "$VT_TOP/tests/lib/reliability.sh"
vt_require_kernel
fp_setup fault-stall
command -v fsfreeze >/dev/null || vt_skip "fsfreeze (util-linux) not installed"
command -v mkfs.ext4 >/dev/null || vt_skip "mkfs.ext4 (e2fsprogs) not installed"
MNT=$VT_DIR/mnt
WAIT0=$(rl_kernel backlog_wait_time)
# thaw before anything else: a daemon blocked on a frozen filesystem
# cannot even be stopped
trap 'fsfreeze -u "$MNT" 2>/dev/null; vt_restore; fp_cleanup; umount "$MNT" 2>/dev/null;
	auditctl --backlog_wait_time "$WAIT0" >/dev/null 2>&1;
	[ -n "$VT_KEEP" ] || rm -rf "$VT_DIR"' EXIT

truncate -s 1G "$VT_DIR/fs.img"
mkfs.ext4 -q -F "$VT_DIR/fs.img" || vt_skip "mkfs.ext4 failed"
mkdir -p "$MNT"
mount -o loop "$VT_DIR/fs.img" "$MNT" || vt_skip "cannot loop-mount a filesystem here"
mkdir -m 700 "$MNT/audit"
VT_LOG=$MNT/audit/audit.log
vt_conf "vigil_ring_size = 1" "max_log_file = 400" "space_left = 20" "admin_space_left = 10"
auditctl -D >/dev/null
# a producer blocked on the backlog waits at most 5 s (1250 jiffies at
# HZ=250; the default can be 4 minutes)
auditctl -b 8192 --backlog_wait_time 1250 >/dev/null
fp_start || { vt_bad "daemon start"; vt_finish; exit 1; }
rl_rule
lost0=$(rl_kernel lost)

# stall AFTER SECONDS LOADGEN-ARGS...: a flood, and AFTER seconds into it
# the filesystem frozen for SECONDS; sets calls (made) and the state
# report's figures read while frozen
stall() {
	local after=$1 secs=$2 gen
	shift 2
	"$VT_LOADGEN" "$@" > "$VT_DIR/loadgen.out" &
	gen=$!
	sleep "$after"
	fsfreeze -f "$MNT"
	sleep "$secs"
	high=$(rl_state 'vigil ring high water mark' | cut -d' ' -f1)
	ring=$(awk -F' = ' '/^vigil ring size/ {print $2+0}' "$VT_STATE")
	spilled=$(awk -F' = ' '/^vigil records spilled/ {print $2}' "$VT_STATE")
	spill_high=$(awk -F' = ' '/^vigil spill high water mark/ {print $2+0}' "$VT_STATE")
	spill_full=$(awk -F' = ' '/^vigil spill full/ {print $2}' "$VT_STATE")
	fsfreeze -u "$MNT"
	wait $gen
	calls=$(sed -n 's/^calls=\([0-9]*\) .*/\1/p' "$VT_DIR/loadgen.out")
}

# the serials of the test's SYSCALL records never go down in the log
in_order() {
	LC_ALL=C grep -a "^type=SYSCALL .*key=\"$RL_KEY\"" "$VT_LOG" |
		sed 's/^[^:]*:\([0-9]*\)).*/\1/' |
		awk 'NR > 1 && $1 < p { bad++ } { p = $1 } END { print bad + 0 }'
}

# 1. a short stall
stall 1 1.2 -d 3 -r 2000
vt_check "the state report answers while the writer is stalled" test -n "$ring"
vt_check "the ring filled: high water ${high:-?} of ${ring:-?} bytes" \
	test "${high:-0}" -ge $((${ring:-1} * 9 / 10))
vt_check "the listener went on reading into the spill (${spilled:-0} records)" \
	test "${spilled:-0}" -gt 0
rl_wait_count "$calls" "$VT_LOG" 100
vt_eq "a 1.2 s stall at 2,000 calls/s: every call is in the log" "$calls" "$(rl_count "$VT_LOG")"
first=$calls

# 2. ten seconds at 20,000 calls a second
stall 2 10 -d 14 -r 20000
rl_wait_count $((first + calls)) "$VT_LOG" 300
logged=$(($(rl_count "$VT_LOG") - first))
vt_log "a 10 s stall at 20,000 calls/s: $logged of $calls calls logged, spill high water ${spill_high:-?} bytes, kernel lost +$(($(rl_kernel lost) - lost0))"
vt_eq "a 10 s stall at 20,000 calls/s: every call is in the log" "$calls" "$logged"
vt_eq "... in order" 0 "$(in_order)"
vt_check "... the spill's high water mark is in the state report (${spill_high:-0} bytes)" \
	test "${spill_high:-0}" -gt $((1024 * 1024))
vt_eq "... the spill was never full" 0 "${spill_full:-x}"
vt_eq "the kernel lost nothing" 0 $(($(rl_kernel lost) - lost0))
vt_eq "no delivery failure reported" 0 "$(fp_syslog_count 'could not deliver audit records')"
vt_eq "state report: nothing lost to write errors" 0 "$(rl_state 'vigil records lost to write errors')"
vt_eq "no line in the log is torn" 0 "$(rl_bad_lines < "$VT_LOG")"
vt_stop

# 2b. thirty seconds at 20,000 calls a second: some 300 MB of records,
# more than the default spill holds (auditd.conf(5): 256 MiB, some 25 s
# of this flood), so this daemon is given 512 MiB; the filesystem is
# emptied first (it holds 1 GiB)
rm -f "$MNT/audit/"audit.log*
vt_conf "vigil_ring_size = 1" "vigil_spill_size = 512" "max_log_file = 1000" "space_left = 20" \
	"admin_space_left = 10"
fp_start || { vt_bad "daemon start (spill 512 MiB)"; vt_finish; exit 1; }
before=$(rl_count "$VT_LOG")
lost0=$(rl_kernel lost)
stall 2 30 -d 34 -r 20000
rl_wait_count $((before + calls)) "$VT_LOG" 600
logged=$(($(rl_count "$VT_LOG") - before))
vt_log "a 30 s stall at 20,000 calls/s: $logged of $calls calls logged, spill high water ${spill_high:-?} bytes, kernel lost +$(($(rl_kernel lost) - lost0))"
vt_eq "a 30 s stall at 20,000 calls/s: every call is in the log" "$calls" "$logged"
vt_eq "... in order" 0 "$(in_order)"
vt_check "... the spill's high water mark is in the state report (${spill_high:-0} bytes)" \
	test "${spill_high:-0}" -gt $((100 * 1024 * 1024))
vt_eq "... the spill was never full" 0 "${spill_full:-x}"
vt_eq "... the kernel lost nothing" 0 $(($(rl_kernel lost) - lost0))
vt_eq "... no DAEMON_ERR lost-records record: nothing was lost" 0 \
	"$(grep -c '^type=DAEMON_ERR .*op=lost-records' "$VT_LOG")"
vt_stop

# 3. a stall longer than a small spill holds
vt_conf "vigil_ring_size = 1" "vigil_spill_size = 8" "max_log_file = 400" "space_left = 20" \
	"admin_space_left = 10"
fp_start || { vt_bad "daemon start (spill 8 MiB)"; vt_finish; exit 1; }
# (the test's rule is still loaded: the kernel keeps it across daemons)
before=$(rl_count "$VT_LOG")
stall 1 4 -d 6 -r 20000
vt_check "the spill filled (${spill_full:-0} waits) and the listener waited" \
	test "${spill_full:-0}" -gt 0
vt_check "vigil says in syslog that the kernel could not deliver records" \
	fp_syslog_wait 'could not deliver audit records' 100
vt_check "the state report counts the failed deliveries" \
	test "$(rl_state 'vigil kernel deliveries failed (records lost)')" -gt 0
"$VT_LOADGEN" -n 1000 >/dev/null
rl_wait_count $((before + 1)) "$VT_LOG" 100
vt_check "after the thaw the daemon runs and logs again" \
	test "$(rl_count "$VT_LOG")" -gt "$before"
# the loss is in the log itself, once it takes writes again
for i in $(seq 100); do
	grep -q '^type=DAEMON_ERR .*op=lost-records' "$VT_LOG" && break
	sleep 0.1
done
lostrec=$(grep -a '^type=DAEMON_ERR .*op=lost-records' "$VT_LOG" | head -1)
vt_log "loss record: ${lostrec:-none}"
failed=$(rl_state 'vigil kernel deliveries failed (records lost)')
vt_check "the log holds a DAEMON_ERR op=lost-records record" test -n "$lostrec"
# (the first record comes with the first loss seen, kernel's or socket's;
# the rest of the count follows in the next, a minute later)
vt_check "... counting what was lost (lost > 0)" \
	test "$(echo "$lostrec" | sed -n 's/.* lost=\([0-9]*\) .*/\1/p')" -gt 0
vt_check "... behind the records the writer held when the stall began" \
	test "$(sed '/^type=DAEMON_ERR .*op=lost-records/q' "$VT_LOG" | grep -c "key=\"$RL_KEY\"")" -gt 0
vt_check "the state report's section: kernel lost since start is a number" \
	test -n "$(rl_state 'vigil kernel lost since start')"
vt_eq "no line in the log is torn" 0 "$(rl_bad_lines < "$VT_LOG")"
vt_stop
vt_finish
