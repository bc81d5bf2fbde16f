#!/bin/bash
# valgrind: a short daemon run under memcheck: startup, records, SIGHUP,
# SIGUSR1, SIGUSR2, SIGCONT, then SIGTERM. No invalid access, no use of
# uninitialised memory, and nothing leaked at the clean exit: every block
# is freed or still reachable from a library's own static state.
. "$(dirname "$0")/../lib/lib.sh"
. "$VT_TOP/tests/lib/reliability.sh"
vt_require_kernel
vt_setup valgrind
command -v valgrind >/dev/null || vt_skip "valgrind not installed"
[ -z "${VIGIL_BUILD:-}" ] || vt_skip "valgrind runs the plain build, not a sanitizer's ($VIGIL_BUILD)"
VG=$VT_DIR/valgrind.log

vt_conf "log_format = ENRICHED"
auditctl -D >/dev/null
valgrind --tool=memcheck --leak-check=full --show-leak-kinds=all \
	--errors-for-leak-kinds=definite,indirect,possible --track-fds=yes \
	--error-exitcode=99 --log-file="$VG" \
	"$VT_AUDITD" -n -c "$VT_DIR/etc" --pid-file "$VT_PIDFILE" --state-file "$VT_STATE" &
VT_DAEMON_PID=$!
for i in $(seq 200); do
	[ "$(vt_kernel_pid)" = "$VT_DAEMON_PID" ] && break
	sleep 0.1
done
vt_eq "the daemon registered under valgrind" "$VT_DAEMON_PID" "$(vt_kernel_pid)"
rl_rule
"$VT_LOADGEN" -n 2000 >/dev/null
rl_wait_count 2000 "$VT_LOG" 200 || vt_bad "records did not arrive"
kill -HUP "$VT_DAEMON_PID"
vt_wait_for "$VT_LOG" 'op=reconfigure' 100 || vt_bad "no DAEMON_CONFIG"
kill -USR1 "$VT_DAEMON_PID"
vt_wait_for "$VT_LOG" 'DAEMON_ROTATE' 100 || vt_bad "no DAEMON_ROTATE"
kill -USR2 "$VT_DAEMON_PID"
vt_wait_for "$VT_LOG" 'op=resume-logging' 100 || vt_bad "no DAEMON_RESUME"
kill -CONT "$VT_DAEMON_PID"
vt_wait_for "$VT_STATE" 'kernel backlog limit' 100 || vt_bad "no state report"
"$VT_LOADGEN" -n 1000 >/dev/null
rl_wait_count 1000 "$VT_LOG" 200 || vt_bad "records after the rotation did not arrive"
kill -TERM "$VT_DAEMON_PID"
wait "$VT_DAEMON_PID"
rc=$?
VT_DAEMON_PID=
vt_eq "clean exit under valgrind (99 would mean memcheck errors)" 0 $rc
vt_check "DAEMON_END written" grep -q '^type=DAEMON_END ' "$VT_LOG"
summary() { sed -n "s/^==[0-9]*== *$1 *\([0-9,]*\) bytes in \([0-9,]*\) blocks.*/\1 bytes in \2 blocks/p" "$VG" | tail -1; }
errors=$(sed -n 's/^==[0-9]*== ERROR SUMMARY: \([0-9]*\) errors.*/\1/p' "$VG" | tail -1)
vt_eq "memcheck: no errors (invalid reads/writes, uninitialised values)" 0 "${errors:-?}"
for kind in "definitely lost:" "indirectly lost:" "possibly lost:"; do
	got=$(summary "$kind")
	vt_eq "memcheck: $kind" "0 bytes in 0 blocks" "${got:-0 bytes in 0 blocks}"
done
heap=$(sed -n 's/^==[0-9]*== *total heap usage: \(.*\)/\1/p' "$VG" | tail -1)
vt_log "heap: $heap; still reachable at exit: $(summary "still reachable:" | grep . || echo 0 bytes)"
fds=$(sed -n 's/^==[0-9]*== FILE DESCRIPTORS: \([0-9]*\) open.*/\1/p' "$VG" | tail -1)
inherited=$(grep -c 'inherited from parent' "$VG")
vt_log "descriptors open at exit: ${fds:-?}, of which $inherited inherited and 3 std; the rest the daemon's own, closed by the exit (signalfd, reply pipe)"
[ "$rc" = 0 ] && [ "${errors:-1}" = 0 ] || grep -A12 'Invalid\|uninitialised\|definitely lost in' "$VG" | head -60
vt_finish
