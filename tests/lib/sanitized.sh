#!/bin/bash
# sanitized.sh KIND "CC LINE" [SCENARIO... | none] - make check-asan / check-tsan.
#
# Builds a full instrumented copy in build/KIND (library, daemon, tools, unit
# tests) with the given compiler line, runs every unit suite, then the
# integration scenarios (all, the ones named, or none) against that daemon
# (VIGIL_BUILD). The daemon's stderr is /dev/null once it forks, so every
# sanitizer writes its reports to build/KIND/reports/; any report fails the
# run, and the reports are printed at the end.
set -u
cd "$(dirname "$0")/../.." || exit 1
kind=$1
cc=$2
shift 2
dir=build/$kind
reports=$PWD/$dir/reports
units=$(ls tests/unit/test_*.c | sed "s|tests/unit/\(.*\)\.c|$dir/tests/\1|")

echo "== check-$kind: building $dir with: $cc"
jobs=-j$(nproc)
make -s $jobs all || exit 1		# the load generator the scenarios use
make -s $jobs B="$dir" CC="$cc" all $units || exit 1
rm -rf "$reports"
mkdir -p "$reports"
# halt at the first error: a report is a failure, not a warning
export ASAN_OPTIONS="log_path=$reports/asan:abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="log_path=$reports/ubsan:print_stacktrace=1:halt_on_error=1"
export TSAN_OPTIONS="log_path=$reports/tsan:halt_on_error=1:second_deadlock_stack=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lib/lsan.supp:print_suppressions=0"

start=$(date +%s)
unit_pass=0 unit_fail=0
for t in $units; do
	# CK_FORK=no: one process per suite, so TSan sees the threads it made
	if CK_FORK=no CK_DEFAULT_TIMEOUT=300 "$t" > "$reports/../$(basename "$t").out" 2>&1; then
		unit_pass=$((unit_pass + 1))
		tail -1 "$reports/../$(basename "$t").out" | sed "s|^|  $(basename "$t"): |"
	else
		unit_fail=$((unit_fail + 1))
		tail -20 "$reports/../$(basename "$t").out"
		echo "  FAIL $(basename "$t") under $kind"
	fi
done
unit_s=$(($(date +%s) - start))

start=$(date +%s)
if [ "$*" = none ]; then
	integ="not run" integ_fail=0
elif [ $# -gt 0 ]; then
	integ_pass=0 integ_fail=0 integ_skip=0
	for s in "$@"; do
		VIGIL_BUILD=$PWD/$dir bash "tests/integration/$s.sh"
		case $? in
		0) integ_pass=$((integ_pass + 1)) ;;
		77) integ_skip=$((integ_skip + 1)) ;;
		*) integ_fail=$((integ_fail + 1)) ;;
		esac
	done
	integ="$integ_pass passed, $integ_fail failed, $integ_skip skipped"
else
	VIGIL_BUILD=$PWD/$dir ./tests/integration/run-all.sh | tee "$dir/integration.out"
	integ=$(tail -1 "$dir/integration.out" | sed 's/^integration: //')
	grep -q ' 0 failed' <<< "$integ" && integ_fail=0 || integ_fail=1
fi
integ_s=$(($(date +%s) - start))

nrep=$(find "$reports" -type f | wc -l)
for r in $(find "$reports" -type f | head -5); do
	echo "---- $r"
	head -40 "$r"
done
echo "check-$kind: unit suites $unit_pass passed, $unit_fail failed (${unit_s} s); integration $integ (${integ_s} s); $nrep sanitizer reports"
[ $unit_fail = 0 ] && [ "$integ_fail" = 0 ] && [ "$nrep" = 0 ]
