#!/bin/bash
# compare.sh - quick side-by-side: Debian's auditd and vigil under the same
# getppid flood, same rules, same auditd.conf. As root; restores the kernel.
#   bench/compare.sh [-d SECONDS] [-r REPEATS] [-f FLUSH] [-l LOG_FORMAT]
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
secs=5 reps=2 flush=INCREMENTAL_ASYNC fmt=RAW
while getopts d:r:f:l: o; do
	case $o in
	d) secs=$OPTARG ;; r) reps=$OPTARG ;; f) flush=$OPTARG ;; l) fmt=$OPTARG ;;
	*) exit 2 ;;
	esac
done
pid=$(auditctl -s | awk '$1 == "pid" {print $2}')
[ "$pid" = 0 ] || { echo "another audit daemon (pid $pid) is registered" >&2; exit 1; }
dir=$(mktemp -d /tmp/vigil-bench.XXXXXX)
old_b=$(auditctl -s | awk '$1 == "backlog_limit" {print $2}')
old_w=$(auditctl -s | awk '$1 == "backlog_wait_time" {print $2}')
cleanup() {
	[ -n "${dpid:-}" ] && kill -TERM "$dpid" 2>/dev/null && sleep 1
	auditctl -D >/dev/null; auditctl -e 0 >/dev/null
	auditctl -b "$old_b" >/dev/null; auditctl --backlog_wait_time "$old_w" >/dev/null
	rm -rf "$dir"
}
trap cleanup EXIT
mkdir -p "$dir/log"; chmod 700 "$dir/log"
cat > "$dir/auditd.conf" <<C
log_file = $dir/log/audit.log
log_format = $fmt
flush = $flush
freq = 50
num_logs = 5
max_log_file = 100000
max_log_file_action = ROTATE
space_left = 75
admin_space_left = 50
C
[ "$flush" = INCREMENTAL_ASYNC ] || [ "$flush" = INCREMENTAL ] || sed -i 's/^freq = .*/freq = 0/' "$dir/auditd.conf"
ticks=$(getconf CLK_TCK)
cpu() { awk -v t="$ticks" '{print ($14 + $15) / t}' "/proc/$1/stat"; }

run_one() {	# NAME CMD...
	local name=$1; shift
	rm -f "$dir/log/"*
	auditctl -D >/dev/null; auditctl -b 8192 >/dev/null
	local lost0; lost0=$(auditctl -s | awk '$1 == "lost" {print $2}')
	"$@" &
	dpid=$!
	for i in $(seq 50); do [ "$(auditctl -s | awk '$1 == "pid" {print $2}')" = "$dpid" ] && break; sleep 0.1; done
	auditctl -a always,exit -F arch=b64 -S getppid -F exe="$top/build/loadgen" -F key=bench >/dev/null
	local c0; c0=$(cpu $dpid)
	local out; out=$("$top/build/loadgen" -d "$secs")
	sleep 1
	local c1; c1=$(cpu $dpid)
	auditctl -D >/dev/null
	kill -TERM $dpid; wait $dpid 2>/dev/null; dpid=
	local lost1; lost1=$(auditctl -s | awk '$1 == "lost" {print $2}')
	local calls; calls=$(echo "$out" | sed 's/.*calls=\([0-9]*\).*/\1/')
	local cps; cps=$(echo "$out" | sed 's/.*calls_per_sec=\([0-9]*\).*/\1/')
	local maxus; maxus=$(echo "$out" | sed 's/.*max_us=\([0-9]*\).*/\1/')
	local logged; logged=$(cat "$dir/log/"audit.log* | grep -c '^type=SYSCALL.*key="bench"')
	# 3 kernel records per audited call: SYSCALL, PROCTITLE, EOE
	awk -v n="$name" -v cps="$cps" -v calls="$calls" -v c0="$c0" -v c1="$c1" -v lost=$((lost1 - lost0)) \
		-v logged="$logged" -v maxus="$maxus" 'BEGIN {
		printf "%-8s %10d %12d %10.2f %8d %8d %8d\n", n, cps, calls, (c1 - c0) / (calls * 3 / 1e6),
			lost, calls - logged, maxus }'
}

printf "flush=%s format=%s, %ss per run, %s repeats\n" "$flush" "$fmt" "$secs" "$reps"
printf "%-8s %10s %12s %10s %8s %8s %8s\n" daemon calls/s calls cpu_s/Mrec lost missing max_us
for r in $(seq "$reps"); do
	run_one auditd /usr/sbin/auditd -n -c "$dir"
	run_one vigil "$top/build/auditd" -n -c "$dir" --pid-file "$dir/vigil.pid" --state-file "$dir/vigil.state"
done
