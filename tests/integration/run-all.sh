#!/bin/bash
# Run every integration scenario, one at a time (they share the kernel's
# audit state), and print one closing line for CI.
[ -n "${VIGIL_KERNEL_LOCKED:-}" ] || exec "$(dirname "$0")/../lib/kernel-lock" bash "$0" "$@"
cd "$(dirname "$0")" || exit 1
pass=0 fail=0 skip=0 failed=
for t in ./[a-z]*.sh; do
	[ "$t" = ./run-all.sh ] && continue
	timeout 600 bash "$t"
	case $? in
	0) pass=$((pass + 1)) ;;
	77) skip=$((skip + 1)) ;;
	*) fail=$((fail + 1)); failed="$failed ${t#./}"; echo "FAILED: $t" ;;
	esac
done
# the failures named again on the last line: CI logs are often read from the end
echo "integration: $pass passed, $fail failed${failed:+ (${failed# })}, $skip skipped"
[ $fail = 0 ]
