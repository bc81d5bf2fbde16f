#!/bin/bash
# rules-load-time: 1,000 distinct rules loaded with `auditctl -R` by Debian's
# auditctl and by vigil's (whose -R is rules_load_file's engine: rule
# additions go to the kernel in trains and their acks are collected after),
# from an empty kernel each time; then each removes them with -D. Prints
# the times; asserts that both leave the same 1,000 rules and that vigil's
# load is not slower (20% + 5 ms allowed for the noise of a single run).
# Deleting is the kernel's slow part (it waits for an RCU grace period in
# each deletion: about 12 ms a rule here, however the requests are sent),
# so each case runs once.
. "$(dirname "$0")/../lib/lib.sh"
vt_require_kernel
vt_setup rules-load-time

VAC=$VT_TOP/build/auditctl
DEB=$(command -v auditctl)
[ -x "$VAC" ] || { vt_bad "build/auditctl is missing (make all)"; vt_finish; exit 1; }
N=1000

mkdir -p "$VT_DIR/w"
for ((i = 0; i < N; i++)); do
	echo "-w $VT_DIR/w/file$i -p wa -k w$((i % 7))"
done > "$VT_DIR/watches.rules"
for ((i = 0; i < N; i++)); do
	echo "-a always,exit -F arch=b64 -S openat,openat2 -F uid=$((30000 + i)) -F success=0 -k s$((i % 5))"
done > "$VT_DIR/syscalls.rules"
chmod 644 "$VT_DIR"/*.rules
chmod 755 "$VT_DIR"

now_us() { echo $(($(date +%s%N) / 1000)); }
ms() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }

# timed PROG ARGS...: run, leave the microseconds in $T, the status in $RC
timed() {
	local t0
	t0=$(now_us)
	"$@" > "$VT_DIR/out" 2> "$VT_DIR/err"
	RC=$?
	T=$(($(now_us) - t0))
}

$DEB -D >/dev/null
for set in watches syscalls; do
	f=$VT_DIR/$set.rules
	timed $DEB -R "$f"
	d_load=$T
	vt_eq "Debian's auditctl -R ($set) exits 0" 0 "$RC"
	$DEB -l > "$VT_DIR/deb.list"
	timed $DEB -D
	d_del=$T

	timed "$VAC" -R "$f"
	v_load=$T
	vt_eq "vigil's auditctl -R ($set) exits 0" 0 "$RC"
	vt_eq "vigil's auditctl -R ($set) says nothing" "" "$(cat "$VT_DIR/err")"
	$DEB -l > "$VT_DIR/vig.list"
	vt_eq "$set: rules in the kernel" $N "$(grep -c . "$VT_DIR/vig.list")"
	vt_check "$set: the same rules as Debian's load" cmp -s "$VT_DIR/deb.list" "$VT_DIR/vig.list"
	timed "$VAC" -D
	v_del=$T
	vt_eq "vigil's -D left" "No rules" "$($DEB -l)"

	vt_log "$set: load $N rules: Debian $(ms $d_load) ms, vigil $(ms $v_load) ms;" \
		"-D: Debian $(ms $d_del) ms, vigil $(ms $v_del) ms"
	vt_check "$set: vigil's load is not slower ($(ms $v_load) <= $(ms $d_load) ms + 20% + 5 ms)" \
		test $v_load -le $((d_load * 12 / 10 + 5000))
done
vt_finish
