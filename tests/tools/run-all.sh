#!/bin/bash
# run-all.sh [-b BUILD] - make check-tools: the tools' differential suites
# (ausearch, aureport, the two toolboxes) and audisp-af_unix's own
# (afunix-plugin) at the same time. Each runs one
# process after another, so side by side they use every core and the wall
# time is the longest one's. Their outputs are printed whole, in order.
# Exit 1 when one failed; a suite that skips (77: Debian's tool missing)
# counts as passed, with its SKIP line printed.
set -u
cd "$(dirname "$0")/../.."
BUILD=build
while getopts b: o; do
	case $o in
	b) BUILD=$OPTARG ;;
	*) exit 2 ;;
	esac
done
suites=(ausearch-diff aureport-diff toolbox-diff toolbox2-diff afunix-plugin)
out=$(mktemp -d /tmp/check-tools.XXXXXX)
trap 'rm -rf "$out"' EXIT
start=$(date +%s)
for s in "${suites[@]}"; do
	( "./tests/tools/$s.sh" -b "$BUILD" >"$out/$s" 2>&1; echo $? >"$out/$s.rc" ) &
done
wait
rc=0
for s in "${suites[@]}"; do
	cat "$out/$s"
	r=$(cat "$out/$s.rc" 2>/dev/null || echo 1)
	[ "$r" = 0 ] || [ "$r" = 77 ] || { echo "check-tools: $s failed (exit $r)"; rc=1; }
done
echo "check-tools: ${#suites[@]} suites in $(($(date +%s) - start)) s"
exit $rc
