#!/bin/bash
# Run every integration scenario, one at a time (they share the kernel's
# audit state), and print one closing line for CI.
cd "$(dirname "$0")" || exit 1
[ -n "${VIGIL_KERNEL_LOCKED:-}" ] || exec ../lib/kernel-lock bash "$0" "$@"
pass=0 fail=0 skip=0
for t in ./[a-z]*.sh; do
	[ "$t" = ./run-all.sh ] && continue
	timeout 600 bash "$t"
	case $? in
	0) pass=$((pass + 1)) ;;
	77) skip=$((skip + 1)) ;;
	*) fail=$((fail + 1)); echo "FAILED: $t" ;;
	esac
done
echo "integration: $pass passed, $fail failed, $skip skipped"
[ $fail = 0 ]
