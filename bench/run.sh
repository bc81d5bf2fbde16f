#!/bin/bash
# run.sh - vigil beside Debian's auditd on the same kernel load.
#
#   bench/run.sh [-d SECONDS] [-r REPEATS] [-c CASES] [-s]
#
# For every case (FLUSH:FORMAT, default: NONE, INCREMENTAL_ASYNC, DATA, SYNC
# x RAW, ENRICHED) and every repeat, it runs in turn the null consumer (the
# machine's ceiling: registers, drains, discards), Debian's auditd
# (`/usr/sbin/auditd -n -c DIR`) and vigil with the same auditd.conf, under a
# getppid flood from bench/loadgen, with the same rules: -D, -b 8192,
# -a always,exit -F arch=b64 -S getppid -F key=bench (limited to the load
# generator). Candidates alternate (A B A B) so drift cancels. It prints one
# table of medians and the ratios vigil/auditd and vigil/ceiling.
# -s: smoke mode for `make check` (1 s runs, 1 repeat, 2 cases).
# Needs root and the kernel audit subsystem; refuses to run while another
# audit daemon is registered; restores the kernel on every exit path.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
[ -n "${VIGIL_KERNEL_LOCKED:-}" ] || exec "$top/tests/lib/kernel-lock" bash "$0" "$@"
secs=5 reps=3 smoke=
cases="NONE:RAW INCREMENTAL_ASYNC:RAW DATA:RAW SYNC:RAW NONE:ENRICHED INCREMENTAL_ASYNC:ENRICHED DATA:ENRICHED SYNC:ENRICHED"
while getopts d:r:c:s o; do
	case $o in
	d) secs=$OPTARG ;;
	r) reps=$OPTARG ;;
	c) cases=$OPTARG ;;
	s) smoke=1 secs=1 reps=1 cases="INCREMENTAL_ASYNC:RAW DATA:ENRICHED" ;;
	*) echo "usage: bench/run.sh [-d SECONDS] [-r REPEATS] [-c 'FLUSH:FORMAT ...'] [-s]" >&2; exit 2 ;;
	esac
done
[ "$(id -u)" = 0 ] || { echo "bench: needs root" >&2; exit 1; }
for b in auditd loadgen nullconsumer; do
	[ -x "$top/build/$b" ] || { echo "bench: build/$b missing: make bench" >&2; exit 1; }
done
[ -x /usr/sbin/auditd ] || { echo "bench: Debian's /usr/sbin/auditd is not installed" >&2; exit 1; }
status() { auditctl -s 2>/dev/null | awk -v k="$1" '$1 == k {print $2}'; }
pid=$(status pid)
[ -n "$pid" ] || { echo "bench: kernel audit not available" >&2; exit 1; }
[ "$pid" = 0 ] || { echo "bench: another audit daemon (pid $pid) is registered; stop it first" >&2; exit 1; }

dir=$(mktemp -d /tmp/vigil-bench.XXXXXX)
old_b=$(status backlog_limit) old_w=$(status backlog_wait_time) old_e=$(status enabled)
dpid=
cleanup() {
	[ -n "$dpid" ] && kill -TERM "$dpid" 2>/dev/null && wait "$dpid" 2>/dev/null
	auditctl -D >/dev/null 2>&1
	auditctl -b "$old_b" >/dev/null 2>&1
	auditctl --backlog_wait_time "$old_w" >/dev/null 2>&1
	auditctl -e "${old_e:-0}" >/dev/null 2>&1
	rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$dir/log"
chmod 700 "$dir/log"
ticks=$(getconf CLK_TCK)
results=$dir/results

write_conf() {	# FLUSH FORMAT
	local freq=0
	case $1 in INCREMENTAL|INCREMENTAL_ASYNC) freq=50 ;; esac
	cat > "$dir/auditd.conf" <<C
log_file = $dir/log/audit.log
log_format = $2
flush = $1
freq = $freq
num_logs = 5
max_log_file = 100000
max_log_file_action = ROTATE
space_left = 75
admin_space_left = 50
C
}

# run_one CASE CANDIDATE: one timed flood; appends a row to $results
run_one() {
	local case=$1 cand=$2 out
	rm -f "$dir/log/"*
	auditctl -D >/dev/null
	auditctl -b 8192 >/dev/null
	local lost0; lost0=$(status lost)
	case $cand in
	ceiling) "$top/build/nullconsumer" > "$dir/null.out" & ;;
	auditd) /usr/sbin/auditd -n -c "$dir" & ;;
	vigil) "$top/build/auditd" -n -c "$dir" --pid-file "$dir/vigil.pid" --state-file "$dir/vigil.state" & ;;
	esac
	dpid=$!
	for i in $(seq 100); do [ "$(status pid)" = "$dpid" ] && break; sleep 0.05; done
	if [ "$(status pid)" != "$dpid" ]; then
		echo "bench: $cand did not register" >&2
		kill -TERM $dpid 2>/dev/null; wait $dpid 2>/dev/null; dpid=
		return 1
	fi
	auditctl -a always,exit -F arch=b64 -S getppid -F exe="$top/build/loadgen" -F key=bench >/dev/null
	local s0; s0=$(awk '{print $14 + $15}' /proc/$dpid/stat)
	out=$("$top/build/loadgen" -d "$secs")
	# let the daemon finish what the kernel still holds, then read its CPU
	for i in $(seq 50); do [ "$(status backlog)" = 0 ] && break; sleep 0.1; done
	sleep 0.5
	local s1; s1=$(awk '{print $14 + $15}' /proc/$dpid/stat)
	local hwm; hwm=$(awk '$1 == "VmHWM:" {print $2}' /proc/$dpid/status)
	# vigil's spill (auditd.conf(5) vigil_spill_size) takes memory while
	# the ring is full, by design: its high water mark, from the state
	# report, is allowed on top of the ring's bound below
	local spill_kb=0
	if [ "$cand" = vigil ]; then
		rm -f "$dir/vigil.state"
		kill -CONT $dpid
		for i in $(seq 50); do grep -q '^kernel backlog limit' "$dir/vigil.state" 2>/dev/null && break; sleep 0.05; done
		local spill_b; spill_b=$(awk -F' = ' '/^vigil spill high water mark/ {print $2 + 0}' "$dir/vigil.state" 2>/dev/null)
		spill_kb=$(( ${spill_b:-0} / 1024 ))
	fi
	auditctl -D >/dev/null
	kill -TERM $dpid
	wait $dpid 2>/dev/null
	dpid=
	local lost1; lost1=$(status lost)
	local lines=0 bytes=0 logged=0
	if [ "$cand" != ceiling ]; then
		lines=$(cat "$dir/log/"audit.log* | wc -l)
		bytes=$(cat "$dir/log/"audit.log* | wc -c)
		logged=$(cat "$dir/log/"audit.log* | grep -c '^type=SYSCALL.*key="bench"')
	fi
	# row: case cand calls secs cpu_ticks lost lines bytes logged max_us p99_us hwm_kb spill_kb
	echo "$case $cand $(echo "$out" | sed 's/.*calls=\([0-9]*\) seconds=\([0-9.]*\).*max_us=\([0-9]*\) p99_us=\([0-9]*\).*/\1 \2/') \
$((s1 - s0)) $((lost1 - lost0)) $lines $bytes $logged \
$(echo "$out" | sed 's/.*max_us=\([0-9]*\) p99_us=\([0-9]*\).*/\1 \2/') ${hwm:-0} ${spill_kb:-0}" >> "$results"
}

ring_kb=$(( $(awk '$1 == "vigil_ring_size" {print $3}' "$top/conf/auditd.conf" 2>/dev/null || true) + 0 ))
[ "$ring_kb" -gt 0 ] || ring_kb=8
ring_kb=$((ring_kb * 1024))

echo "bench: $(nproc) cpus, kernel $(uname -r), ${secs}s per run, $reps repeats, $(date -u +%Y-%m-%dT%H:%MZ)"
for r in $(seq "$reps"); do
	write_conf NONE RAW
	run_one ceiling ceiling || exit 1
	for c in $cases; do
		write_conf "${c%%:*}" "${c##*:}"
		# alternate which daemon goes first from one repeat to the next
		if [ $((r % 2)) = 1 ]; then order="auditd vigil"; else order="vigil auditd"; fi
		for cand in $order; do
			run_one "$c" "$cand" || exit 1
		done
	done
done

awk -v ticks="$ticks" -v ring_kb="$ring_kb" -v smoke="$smoke" '
function median(list,   n, a, i, j, t) {
	n = split(list, a, " ")
	for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
{
	k = $1 SUBSEP $2
	if (!(k in seen)) { seen[k] = 1; order[++n] = k }
	cps[k] = cps[k] " " $3 / $4
	rps[k] = rps[k] " " 3 * $3 / $4
	cpu[k] = cpu[k] " " ($5 / ticks) / (3 * $3 / 1e6)
	lost[k] += $6
	lps[k] = lps[k] " " $7 / $4
	bps[k] = bps[k] " " $8 / $4
	miss[k] += ($2 == "ceiling") ? 0 : $3 - $9
	mx[k] = mx[k] " " $10
	p99[k] = p99[k] " " $11
	if ($12 > hwm[k]) hwm[k] = $12
	if ($12 - $13 > hwm_net[k]) hwm_net[k] = $12 - $13
}
END {
	printf "%-26s %-7s %9s %9s %9s %10s %8s %6s %8s %8s %7s %9s\n", "case", "daemon", "calls/s", "records/s", \
		"lines/s", "MB/s", "cpu_s/M", "lost", "missing", "max_ms", "p99_us", "rss_MB"
	fail = 0
	for (i = 1; i <= n; i++) {
		k = order[i]; split(k, p, SUBSEP)
		c = median(cps[k]); m[k] = c; cp[k] = median(cpu[k])
		printf "%-26s %-7s %9.0f %9.0f %9.0f %10.2f %8.2f %6d %8d %8.1f %7.0f %9.1f\n", p[1], p[2], c, median(rps[k]), \
			median(lps[k]), median(bps[k]) / 1e6, cp[k], lost[k], miss[k], median(mx[k]) / 1000, median(p99[k]), hwm[k] / 1024
		if (p[2] == "vigil" && (miss[k] || lost[k])) fail = 1
		if (p[2] == "vigil" && hwm_net[k] > ring_kb + 8192) { fail = 1; print "  ^ RSS above ring size + spill high water + 8 MiB" }
	}
	ceil = m["ceiling" SUBSEP "ceiling"]
	printf "\nratios (medians)                    vigil/auditd calls/s   vigil/ceiling   vigil cpu / auditd cpu\n"
	for (i = 1; i <= n; i++) {
		k = order[i]; split(k, p, SUBSEP)
		if (p[2] != "vigil") continue
		a = p[1] SUBSEP "auditd"
		printf "%-36s %14.2f %15.2f %16.2f\n", p[1], m[k] / m[a], m[k] / ceil, cp[k] / cp[a]
	}
	if (smoke) print (fail ? "bench smoke: FAILED" : "bench smoke: ok")
	exit fail
}' "$results"
