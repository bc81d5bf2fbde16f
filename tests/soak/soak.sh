#!/bin/bash
# soak.sh [-d SECONDS] [-i INTERVAL] [-o RESULT] - make soak DURATION=...
#
# Measures this machine's ceiling (the null consumer under a getppid flood,
# as bench/run.sh does), then floods vigil at half of it for SECONDS, one
# INTERVAL (60 s) at a time. After each interval it rotates the log
# (SIGUSR1), counts the interval's calls in the rotated file and deletes
# it, and checks that none is missing and that the daemon's RSS, open
# descriptors and threads stay where the first interval left them. The log
# lives on a loop-mounted ext4 that is frozen (fsfreeze) for STALL seconds
# (2) in the middle of every interval, so the spill (auditd.conf(5),
# vigil_spill_size) fills and drains once an interval: it must be used
# every time and give its memory back. One line of numbers per interval; a
# summary on the last line (also in RESULT).
. "$(dirname "$0")/../lib/lib.sh"
. "$VT_TOP/tests/lib/reliability.sh"
DURATION=120
INTERVAL=60
RESULT=$VT_TOP/build/soak.result
while getopts d:i:o: o; do
	case $o in
	d) DURATION=$OPTARG ;;
	i) INTERVAL=$OPTARG ;;
	o) RESULT=$OPTARG ;;
	*) echo "usage: $0 [-d SECONDS] [-i INTERVAL] [-o RESULT]" >&2; exit 2 ;;
	esac
done
RSS_SLACK_KB=1024	# allowed growth after the first interval
STALL=2
vt_require_kernel
vt_setup soak
command -v fsfreeze >/dev/null || vt_skip "fsfreeze (util-linux) not installed"
command -v mkfs.ext4 >/dev/null || vt_skip "mkfs.ext4 (e2fsprogs) not installed"
MNT=$VT_DIR/mnt
# thaw before anything else: a daemon blocked on a frozen filesystem
# cannot even be stopped
trap 'fsfreeze -u "$MNT" 2>/dev/null; vt_restore; umount "$MNT" 2>/dev/null;
	[ -n "$VT_KEEP" ] || rm -rf "$VT_DIR"' EXIT
# sparse: room for an interval's log (about 2 GB at 60,000 calls/s)
truncate -s 8G "$VT_DIR/fs.img"
mkfs.ext4 -q -F "$VT_DIR/fs.img" || vt_skip "mkfs.ext4 failed"
mkdir -p "$MNT"
mount -o loop "$VT_DIR/fs.img" "$MNT" || vt_skip "cannot loop-mount a filesystem here"
mkdir -m 700 "$MNT/audit"
VT_LOG=$MNT/audit/audit.log
rounds=$(((DURATION + INTERVAL - 1) / INTERVAL))

# --- the ceiling -------------------------------------------------------------
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
"$VT_TOP/build/nullconsumer" > "$VT_DIR/null.out" &
VT_DAEMON_PID=$!
for i in $(seq 100); do [ "$(vt_kernel_pid)" = "$VT_DAEMON_PID" ] && break; sleep 0.05; done
rl_rule
ceiling=$("$VT_LOADGEN" -d 3 | sed -n 's/.*calls_per_sec=\([0-9]*\).*/\1/p')
auditctl -D >/dev/null
vt_stop
rate=$((ceiling / 2))
echo "soak: ceiling ${ceiling} calls/s (null consumer, 3 s); flooding vigil at $rate calls/s for $rounds x ${INTERVAL} s"

# --- the soak ----------------------------------------------------------------
vt_conf "num_logs = 2" "max_log_file = 100000" "max_log_file_action = IGNORE"
vt_start || exit 1
rl_rule
lost0=$(rl_kernel lost)
# settle: until the kernel holds nothing for us and the log stops growing
# (counting a growing file of a minute's records again and again would
# take longer than the minute)
settle() {
	local i size=-1 now
	for i in $(seq 300); do
		now=$(stat -c %s "$VT_LOG")
		[ "$now" = "$size" ] && [ "$(rl_kernel backlog)" = 0 ] && return 0
		size=$now
		sleep 0.2
	done
}
total=0 missing=0 bad=0 unspilled=0 spilled0=0
rss_ref= fds_ref= thr_ref= rss_max=0
start=$(date +%s)
for r in $(seq "$rounds"); do
	(sleep $((INTERVAL / 2)); fsfreeze -f "$MNT"; sleep "$STALL"; fsfreeze -u "$MNT") &
	freezer=$!
	calls=$("$VT_LOADGEN" -d "$INTERVAL" -r "$rate" | sed -n 's/^calls=\([0-9]*\) .*/\1/p')
	wait $freezer
	settle
	spilled=$(rl_state 'vigil records spilled (ring full)')
	[ "${spilled:-0}" -gt "$spilled0" ] || unspilled=$((unspilled + 1))
	kill -0 "$VT_DAEMON_PID" 2>/dev/null || { vt_bad "the daemon is gone in round $r"; break; }
	kill -USR1 "$VT_DAEMON_PID"
	vt_wait_for "$VT_LOG" DAEMON_ROTATE 100 || vt_bad "round $r: no rotation"
	got=$(rl_count "$VT_LOG.1")
	rm -f "$VT_LOG.1"
	rss=$(rl_proc "$VT_DAEMON_PID" VmRSS)
	fds=$(rl_fds "$VT_DAEMON_PID")
	thr=$(rl_proc "$VT_DAEMON_PID" Threads)
	lost=$(($(rl_kernel lost) - lost0))
	total=$((total + calls))
	missing=$((missing + calls - got))
	[ -z "$rss_ref" ] && { rss_ref=$rss; fds_ref=$fds; thr_ref=$thr; }
	[ "$rss" -gt "$rss_max" ] && rss_max=$rss
	flat=yes
	if [ $((rss - rss_ref)) -gt $RSS_SLACK_KB ] || [ "$fds" != "$fds_ref" ] || [ "$thr" != "$thr_ref" ]; then
		flat=no
		bad=$((bad + 1))
	fi
	printf 'soak %d/%d: %d calls (%d/s), %d missing, kernel lost +%d, %d records through the spill, RSS %d kB, %d fds, %d threads, flat %s\n' \
		"$r" "$rounds" "$calls" $((calls / INTERVAL)) $((calls - got)) "$lost" $((${spilled:-0} - spilled0)) \
		"$rss" "$fds" "$thr" $flat
	spilled0=${spilled:-0}
done
elapsed=$(($(date +%s) - start))
lost=$(($(rl_kernel lost) - lost0))
vt_stop
summary="soak $(date -u +%Y-%m-%d): $((elapsed / 60)) min $((elapsed % 60)) s at $rate calls/s (half of the ${ceiling}/s ceiling), the log frozen ${STALL} s an interval: $total calls, $missing missing, kernel lost $lost, $spilled0 records through the spill, RSS ${rss_ref}-${rss_max} kB, fds $fds_ref, threads $thr_ref, $bad of $rounds intervals not flat"
vt_eq "no call missing over $total" 0 "$missing"
vt_eq "the kernel lost nothing" 0 "$lost"
vt_eq "the spill used in every interval" 0 "$unspilled"
vt_eq "RSS, descriptors and threads flat in every interval (RSS within +$RSS_SLACK_KB kB of the first)" 0 "$bad"
mkdir -p "$(dirname "$RESULT")"
echo "$summary" | tee "$RESULT"
vt_finish
