#!/bin/bash
# rules-list-flood: `auditctl -l` of 2,000 rules, 100 times, while a getppid
# flood keeps the kernel, the registered daemon and both CPUs busy. Every
# listing must be whole: the 2,001 lines Debian's auditctl prints, exit 0,
# nothing on stderr.
#
# Why: the kernel sends a listing from a kernel thread, one datagram a
# rule, and waits only 100 ms for room in the reader's socket before it
# drops a datagram (and flags ENOBUFS, or nothing at all on a socket with
# NETLINK_NO_ENOBUFS). 2,000 rules are about 4.6 MB of socket memory, more
# than a 1 MiB receive buffer holds, so a reader that the flood keeps off a
# CPU for 100 ms lost part of the listing (see src/lib/netlink.c, the dump):
# before the fix, 4 to 20 of the 100 listings failed with ENOBUFS here.
# The flood is one load generator per CPU and the listings run at nice 19.
. "$(dirname "$0")/../lib/lib.sh"
vt_require_kernel
vt_setup rules-list-flood

VAC=$VT_BUILD/auditctl
DEB=$(command -v auditctl)
[ -x "$VAC" ] || { vt_bad "$VAC is missing (make all)"; vt_finish; exit 1; }
N=${RULES_LIST_FLOOD_RULES:-2000}
ROUNDS=${RULES_LIST_FLOOD_ROUNDS:-100}
KEY=vigil_list_flood
NICE=${RULES_LIST_FLOOD_NICE:-19}

# the flood ends with the test, whatever way it ends
GEN=
stop_flood() {
	[ -n "$GEN" ] || return 0
	kill $GEN 2>/dev/null
	wait $GEN 2>/dev/null
	GEN=
}
trap 'exit 130' INT TERM
trap 'stop_flood; vt_restore; [ -n "$VT_KEEP" ] || rm -rf "$VT_DIR"' EXIT

vt_conf
$DEB -D >/dev/null
$DEB -b 8192 >/dev/null
vt_start || exit 1

# user-filter rules: the kernel evaluates them only for user messages, so
# 2,000 of them do not slow the flood's syscalls (exit rules would be
# walked on every syscall of the machine); each its own key, which
# auditctl takes on a user rule only after an exe path (whose directory
# must exist)
mkdir -p "$VT_DIR/bin"
for ((i = 0; i < N; i++)); do
	echo "-a always,user -F uid=$((40000 + i)) -F exe=$VT_DIR/bin/lf$i -k lf$i"
done > "$VT_DIR/many.rules"
chmod 644 "$VT_DIR/many.rules"
chmod 755 "$VT_DIR"
$DEB -R "$VT_DIR/many.rules" > /dev/null 2> "$VT_DIR/load.err"
$DEB -a always,exit -F arch=b64 -S getppid -F exe="$VT_LOADGEN" -k $KEY >/dev/null
$DEB -l > "$VT_DIR/deb.list"
vt_eq "Debian's auditctl -l lists every rule" $((N + 1)) "$(wc -l < "$VT_DIR/deb.list")"
"$VAC" -l > "$VT_DIR/quiet.list" 2>&1
vt_check "vigil's auditctl -l without load lists as Debian's" cmp -s "$VT_DIR/deb.list" "$VT_DIR/quiet.list"

# one load generator per CPU, the listing at nice 19: the flood keeps the
# reader off the CPU for 100 ms at times, as a loaded machine does
for ((i = 0; i < $(nproc); i++)); do
	"$VT_LOADGEN" -d 600 > /dev/null &
	GEN="$GEN $!"
done
sleep 0.5
good=0 short=0 failed=0 first=
t0=$(date +%s%N)
for ((r = 1; r <= ROUNDS; r++)); do
	nice -n "$NICE" "$VAC" -l > "$VT_DIR/vig.list" 2> "$VT_DIR/vig.err"
	rc=$?
	if [ $rc = 0 ] && [ ! -s "$VT_DIR/vig.err" ] && cmp -s "$VT_DIR/deb.list" "$VT_DIR/vig.list"; then
		good=$((good + 1))
		continue
	fi
	[ $rc = 0 ] && short=$((short + 1)) || failed=$((failed + 1))
	[ -n "$first" ] || first="round $r: exit $rc, $(wc -l < "$VT_DIR/vig.list") lines, stderr '$(head -c 200 "$VT_DIR/vig.err")'"
done
ms=$((($(date +%s%N) - t0) / 1000000))
kill -0 $GEN 2>/dev/null
vt_check "the flood ran through every listing" test $? = 0
stop_flood
vt_log "$ROUNDS listings of $((N + 1)) rules under the flood in $ms ms ($((ms / ROUNDS)) ms each)"
[ -z "$first" ] || vt_log "first bad listing: $first"
vt_eq "listings identical to Debian's (of $ROUNDS; $short short with exit 0, $failed failed)" \
	$ROUNDS $good
vt_check "the daemon is still registered" test "$(vt_kernel_pid)" = "$VT_DAEMON_PID"
vt_finish
