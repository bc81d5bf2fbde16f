#!/bin/bash
# lowrate.sh - vigil beside Debian's auditd at the rates servers really see.
#
#   bench/lowrate.sh [-d SECONDS] [-r REPEATS] [-R 'RATE ...'] [-f FLUSH] [-v AUDITD]
#
# For every rate (default 20 100 400 1000 exec/s) and repeat, Debian's
# auditd and vigil run in turn (the order alternates between repeats so
# drift cancels) on the same auditd.conf (RAW, FLUSH default
# INCREMENTAL_ASYNC with freq 50) and the same rule, an execve rule on a
# copy of true(1) that bench/execgen spawns RATE times a second. Each run
# reads, from /proc, the daemon's CPU time (every thread's schedstat, in ns,
# not the 10 ms ticks of /proc/PID/stat) and each thread's context switches
# (a switch is a wakeup: the thread slept and was woken, or was preempted),
# and bench/latwatch measures, outside the daemon, the time from each
# record's kernel timestamp to its arrival in the log file.
# -v: the vigil daemon to measure (default build/auditd), to compare builds.
# Needs root and the kernel audit subsystem; refuses to run while another
# audit daemon is registered; restores the kernel on every exit path.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
[ -n "${VIGIL_KERNEL_LOCKED:-}" ] || exec "$top/tests/lib/kernel-lock" bash "$0" "$@"
secs=10 reps=2 rates="20 100 400 1000" flush=INCREMENTAL_ASYNC vigil=$top/build/auditd
while getopts d:r:R:f:v: o; do
	case $o in
	d) secs=$OPTARG ;;
	r) reps=$OPTARG ;;
	R) rates=$OPTARG ;;
	f) flush=$OPTARG ;;
	v) vigil=$OPTARG ;;
	*) echo "usage: bench/lowrate.sh [-d SECONDS] [-r REPEATS] [-R 'RATE ...'] [-f FLUSH] [-v AUDITD]" >&2; exit 2 ;;
	esac
done
[ "$(id -u)" = 0 ] || { echo "lowrate: needs root" >&2; exit 1; }
[ -x "$vigil" ] || { echo "lowrate: $vigil missing: make bench" >&2; exit 1; }
for b in execgen latwatch; do
	[ -x "$top/build/$b" ] || { echo "lowrate: build/$b missing: make bench" >&2; exit 1; }
done
[ -x /usr/sbin/auditd ] || { echo "lowrate: Debian's /usr/sbin/auditd is not installed" >&2; exit 1; }
status() { auditctl -s 2>/dev/null | awk -v k="$1" '$1 == k {print $2}'; }
pid=$(status pid)
[ -n "$pid" ] || { echo "lowrate: kernel audit not available" >&2; exit 1; }
[ "$pid" = 0 ] || { echo "lowrate: another audit daemon (pid $pid) is registered; stop it first" >&2; exit 1; }

dir=$(mktemp -d /tmp/vigil-lowrate.XXXXXX)
old_b=$(status backlog_limit) old_e=$(status enabled)
dpid=
cleanup() {
	[ -n "$dpid" ] && kill -TERM "$dpid" 2>/dev/null && wait "$dpid" 2>/dev/null
	auditctl -D >/dev/null 2>&1
	auditctl -b "$old_b" >/dev/null 2>&1
	auditctl -e "${old_e:-0}" >/dev/null 2>&1
	rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$dir/log"
chmod 700 "$dir/log"
# a copy of true(1): the rule's exe= matches it and nothing else on the machine
cp /bin/true "$dir/true"
freq=0
case $flush in INCREMENTAL|INCREMENTAL_ASYNC) freq=50 ;; esac
cat > "$dir/auditd.conf" <<C
log_file = $dir/log/audit.log
log_format = RAW
flush = $flush
freq = $freq
num_logs = 5
max_log_file = 1000
max_log_file_action = ROTATE
space_left = 75
admin_space_left = 50
C
results=$dir/results threads=$dir/threads

# threads PID: one line per thread: tid comm cpu_ns switches
snap() {
	local t
	for t in /proc/"$1"/task/*; do
		echo "${t##*/} $(tr ' ' _ < "$t/comm") $(cut -d' ' -f1 "$t/schedstat") $(awk '/ctxt_switches/ {s += $2} END {print s}' "$t/status")"
	done 2>/dev/null
}

run_one() {	# RATE CANDIDATE
	local rate=$1 cand=$2 out lat
	rm -f "$dir/log/"*
	auditctl -D >/dev/null
	auditctl -b 8192 >/dev/null
	case $cand in
	auditd) /usr/sbin/auditd -n -c "$dir" & ;;
	vigil) "$vigil" -n -c "$dir" --pid-file "$dir/vigil.pid" --state-file "$dir/vigil.state" & ;;
	esac
	dpid=$!
	for i in $(seq 100); do [ "$(status pid)" = "$dpid" ] && break; sleep 0.05; done
	if [ "$(status pid)" != "$dpid" ]; then
		echo "lowrate: $cand did not register" >&2
		kill -TERM $dpid 2>/dev/null; wait $dpid 2>/dev/null; dpid=
		return 1
	fi
	auditctl -a always,exit -F arch=b64 -S execve -F exe="$dir/true" -F key=lowrate >/dev/null
	sleep 1
	snap $dpid > "$dir/s0"
	"$top/build/latwatch" -d "$((secs + 2))" -k lowrate "$dir/log/audit.log" > "$dir/lat" &
	local lpid=$!
	out=$("$top/build/execgen" -r "$rate" -d "$secs" "$dir/true")
	sleep 1
	snap $dpid > "$dir/s1"
	wait $lpid
	lat=$(cat "$dir/lat")
	auditctl -D >/dev/null
	kill -TERM $dpid
	wait $dpid 2>/dev/null
	dpid=
	local execs logged
	execs=$(echo "$out" | sed 's/.*execs=\([0-9]*\).*/\1/')
	logged=$(cat "$dir/log/"audit.log* | grep -c '^type=SYSCALL.*key="lowrate"')
	# the measured window is the load plus one second to let it drain
	awk -v rate="$rate" -v cand="$cand" -v w="$((secs + 1))" -v th="$threads" '
		NR == FNR { c0[$1] = $3; s0[$1] = $4; next }
		{ cpu += $3 - c0[$1]; sw += $4 - s0[$1]; byname[$2] += $4 - s0[$1]; cpuname[$2] += $3 - c0[$1] }
		END { for (t in byname) printf "%s %s %s %.1f %.3f\n", rate, cand, t, byname[t] / w, cpuname[t] / 1e6 / w >> th
		      printf "%s %s %.3f %.1f", rate, cand, cpu / 1e6 / w, sw / w }
	' "$dir/s0" "$dir/s1" >> "$results"
	echo " $execs $logged $(echo "$lat" | sed 's/[a-z0-9_]*=//g')" >> "$results"
}

echo "lowrate: $(nproc) cpus, kernel $(uname -r), ${secs}s per run, $reps repeats, flush $flush, RAW, $(date -u +%Y-%m-%dT%H:%MZ)"
for r in $(seq "$reps"); do
	for rate in $rates; do
		if [ $((r % 2)) = 1 ]; then order="auditd vigil"; else order="vigil auditd"; fi
		for cand in $order; do
			run_one "$rate" "$cand" || exit 1
		done
	done
done

# rows: rate cand cpu_ms_per_s switches_per_s execs logged latlines p50 p90 p99 max
awk -v thfile="$threads" '
function median(list,   n, a, i, j, t) {
	n = split(list, a, " ")
	for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
{
	k = $1 SUBSEP $2
	if (!(k in seen)) { seen[k] = 1; order[++n] = k }
	cpu[k] = cpu[k] " " $3; sw[k] = sw[k] " " $4
	p50[k] = p50[k] " " $8; p99[k] = p99[k] " " $10
	if ($11 > mx[k]) mx[k] = $11
	miss[k] += $5 - $6
}
END {
	printf "%-6s %-7s %12s %11s %10s %7s %7s %7s %8s\n", "exec/s", "daemon", "cpu_ms/s", "cpu_%", "wakeups/s", "p50_ms", "p99_ms", "max_ms", "missing"
	fail = 0
	for (i = 1; i <= n; i++) {
		k = order[i]; split(k, p, SUBSEP)
		c[k] = median(cpu[k])
		printf "%-6s %-7s %12.2f %10.2f%% %10.0f %7.0f %7.0f %7.1f %8d\n", p[1], p[2], c[k], c[k] / 10, median(sw[k]), \
			median(p50[k]), median(p99[k]), mx[k], miss[k]
		if (p[2] == "vigil" && miss[k]) fail = 1
	}
	printf "\nvigil cpu / auditd cpu (medians): "
	for (i = 1; i <= n; i++) {
		k = order[i]; split(k, p, SUBSEP)
		if (p[2] == "vigil") printf " %s/s %.2fx ", p[1], c[k] / c[p[1] SUBSEP "auditd"]
	}
	print ""
	while ((getline line < thfile) > 0) {
		split(line, f, " ")
		tk = f[1] SUBSEP f[2] SUBSEP f[3]
		if (!(tk in tseen)) { tseen[tk] = 1; torder[++tn] = tk }
		tsum[tk] += f[4]; tcpu[tk] += f[5]; tcnt[tk]++
	}
	printf "\nper thread (mean over repeats)    %10s %10s\n", "wakeups/s", "cpu_ms/s"
	for (i = 1; i <= tn; i++) {
		split(torder[i], f, SUBSEP)
		printf "  %5s/s %-7s %-16s %10.1f %10.2f\n", f[1], f[2], f[3], tsum[torder[i]] / tcnt[torder[i]], tcpu[torder[i]] / tcnt[torder[i]]
	}
	exit fail
}' "$results"
