#!/bin/bash
# run.sh [-t SECONDS] [-b BUILDDIR] NAME... - the fuzz targets, one after the other.
#
# For each NAME (build/fuzz/fuzz_NAME, source tests/fuzz/fuzz_NAME.c):
#  1. replay: every seed of tests/fuzz/corpus/NAME and every past crash of
#     tests/fuzz/regress/NAME runs once (a fixed crash that comes back fails
#     here, in every run);
#  2. fuzz for SECONDS (0: replay only), from a working copy of the corpus
#     in BUILDDIR/fuzz/work/NAME, with tests/fuzz/NAME.dict when there is one.
# Prints one line of numbers per target. A crash is kept in
# BUILDDIR/fuzz/crashes/NAME/; once fixed, copy it to tests/fuzz/regress/NAME/
# so that it is replayed from then on.
set -u
cd "$(dirname "$0")/../.." || exit 1
secs=60
build=build
while getopts t:b: o; do
	case $o in
	t) secs=$OPTARG ;;
	b) build=$OPTARG ;;
	*) echo "usage: $0 [-t SECONDS] [-b BUILDDIR] NAME..." >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
fail=0
for name in "$@"; do
	bin=$build/fuzz/fuzz_$name
	work=$build/fuzz/work/$name
	crashes=$build/fuzz/crashes/$name
	seeds=tests/fuzz/corpus/$name
	regress=tests/fuzz/regress/$name
	log=$build/fuzz/$name.log
	mkdir -p "$work" "$crashes" "$seeds"
	# 1. replay
	inputs=$(find "$seeds" -type f | wc -l)
	past=0
	replay=("$seeds")
	if [ -d "$regress" ]; then
		past=$(find "$regress" -type f | wc -l)
		replay+=("$regress")
	fi
	start=$(date +%s.%N)
	if ! "$bin" -runs=0 "${replay[@]}" > "$log" 2>&1; then
		tail -30 "$log"
		echo "fuzz $name: FAIL replaying $inputs seeds and $past past crashes (log: $log)"
		fail=1
		continue
	fi
	replay_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
	if [ "$secs" = 0 ]; then
		printf 'fuzz %s: replayed %d seeds and %d past crashes in %.1f s, 0 failures\n' \
			"$name" "$inputs" "$past" "$replay_s"
		continue
	fi
	# 2. fuzz
	dict=
	[ -f "tests/fuzz/$name.dict" ] && dict=-dict=tests/fuzz/$name.dict
	before=$(find "$crashes" -type f | wc -l)
	"$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="$crashes/" $dict "$work" "$seeds" > "$log" 2>&1
	rc=$?
	runs=$(awk '/^stat::number_of_executed_units/ {print $NF}' "$log")
	rate=$(awk '/^stat::average_exec_per_sec/ {print $NF}' "$log")
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
	corp=$(find "$work" -type f | wc -l)
	new=$(( $(find "$crashes" -type f | wc -l) - before ))
	if [ $rc != 0 ] || [ $new != 0 ]; then
		grep -A25 -m1 'ERROR\|SUMMARY\|deadly' "$log"
		echo "fuzz $name: FAIL after ${runs:-?} runs: $new new crash(es) in $crashes (log: $log)"
		fail=1
		continue
	fi
	printf 'fuzz %s: %d seeds + %d past crashes replayed; %s runs in %s s (%s/s), coverage %s edges, working corpus %d, 0 crashes\n' \
		"$name" "$inputs" "$past" "${runs:-0}" "$secs" "${rate:-0}" "${cov:-?}" "$corp"
done
exit $fail
