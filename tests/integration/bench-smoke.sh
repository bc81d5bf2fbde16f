#!/bin/bash
# bench-smoke: the benchmark harness runs end to end (1 s per case) and
# vigil loses nothing, so `make bench` cannot rot between full runs.
. "$(dirname "$0")/../lib/lib.sh"
vt_require_kernel
[ -x /usr/sbin/auditd ] || vt_skip "Debian's /usr/sbin/auditd is not installed"
echo "== bench-smoke"
out=$("$VT_TOP/bench/run.sh" -s 2>&1)
rc=$?
echo "$out" | sed 's/^/  /'
VT_NAME=bench-smoke
vt_eq "bench smoke exit status" 0 $rc
vt_check "table has the ceiling, auditd and vigil rows" \
	test "$(echo "$out" | grep -cE '^(ceiling|INCREMENTAL_ASYNC:RAW|DATA:ENRICHED) ')" -ge 5
vt_check "vigil rows report zero lost and zero missing" \
	bash -c "echo \"\$1\" | awk '\$2 == \"vigil\" && (\$8 != 0 || \$9 != 0) {bad=1} END {exit bad}'" _ "$out"
vt_finish
