#!/bin/bash
# fault-sighup: SIGHUP every 10 ms while the kernel floods the daemon.
# Every reload re-reads the config, rebuilds the writer's settings and
# writes DAEMON_CONFIG; none of it may crash the daemon, cost a record, or
# keep memory or descriptors.
. "$(dirname "$0")/../lib/lib.sh"
. "$VT_TOP/tests/lib/reliability.sh"
vt_require_kernel
vt_setup fault-sighup
SECS=${FAULT_SIGHUP_SECS:-3}	# per round

# max_log_file 1000: all of the flood stays in audit.log
vt_conf "vigil_ring_size = 4" "max_log_file = 1000"
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
lost0=$(rl_kernel lost)
vt_start || exit 1
rl_rule

# hup N: N SIGHUPs 10 ms apart; prints how many were sent
hup() {
	local i sent=0
	for i in $(seq "$1"); do
		kill -HUP "$VT_DAEMON_PID" 2>/dev/null && sent=$((sent + 1))
		sleep 0.01
	done
	echo $sent
}

# flood SECONDS: the load generator at full speed, with SIGHUPs until it
# ends; adds the signals sent to $hups and the calls made to $calls
hups=0
calls=0
flood() {
	"$VT_LOADGEN" -d "$1" > "$VT_DIR/loadgen.out" &
	local gen=$!
	while kill -0 $gen 2>/dev/null; do
		hups=$((hups + $(hup 10)))
	done
	wait $gen
	calls=$((calls + $(sed -n 's/^calls=\([0-9]*\) .*/\1/p' "$VT_DIR/loadgen.out")))
}

# round one brings the allocator, the ring and the output buffer to their
# working size; round two must then leave memory where it was
flood "$SECS"
rl_wait_count "$calls" "$VT_LOG" 300
rss0=$(rl_proc "$VT_DAEMON_PID" VmRSS)
fds0=$(rl_fds "$VT_DAEMON_PID")
thr0=$(rl_proc "$VT_DAEMON_PID" Threads)
hups0=$hups
flood "$SECS"
hups=$((hups + $(hup 100)))	# and some on an idle daemon
rl_wait_count $calls "$VT_LOG" 300
vt_check "the daemon survived $hups SIGHUPs" kill -0 "$VT_DAEMON_PID"
vt_eq "every audited call of the flood is in the log" $calls "$(rl_count "$VT_LOG")"
configs=$(grep -ac '^type=DAEMON_CONFIG .*op=reconfigure state=changed' "$VT_LOG")
vt_check "reloads were done and recorded ($configs DAEMON_CONFIG for $hups signals; signals sent faster than a reload are merged)" \
	test "$configs" -ge $((hups / 20))
vt_eq "no line in the log is torn or merged" 0 "$(rl_bad_lines < "$VT_LOG")"
rss1=$(rl_proc "$VT_DAEMON_PID" VmRSS)
fds1=$(rl_fds "$VT_DAEMON_PID")
thr1=$(rl_proc "$VT_DAEMON_PID" Threads)
# (a flood touches the writer's 1 MiB output buffer as far as its largest
# batch: a later round may touch more of it). Under a sanitizer freed memory
# is held in quarantine: RSS says nothing there, leaks are its exit check's.
vt_check_plain "memory flat under load: RSS ${rss0} kB -> ${rss1} kB over the second round's $((hups - hups0)) SIGHUPs (limit +1024 kB)" \
	test $((rss1 - rss0)) -le 1024
# on an idle daemon nothing but the reloads runs: a leak of 128 bytes a
# reload would show
hups1=$hups
hups=$((hups + $(hup 500)))
# the daemon reads its signals one by one, lowest number first: once the
# report asked for with SIGCONT is there, no SIGHUP is left to handle
vt_check "the SIGHUPs are all handled (a state report after them)" test -n "$(rl_state 'kernel lost')"
rss2=$(rl_proc "$VT_DAEMON_PID" VmRSS)
vt_check_plain "memory flat when idle: RSS ${rss1} kB -> ${rss2} kB over $((hups - hups1)) more SIGHUPs (limit +64 kB)" \
	test $((rss2 - rss1)) -le 64
vt_eq "descriptors flat ($fds0 before)" "$fds0" "$fds1"
vt_eq "threads flat ($thr0 before)" "$thr0" "$thr1"
vt_eq "the kernel lost nothing" 0 $(($(rl_kernel lost) - lost0))
vt_eq "state report: no record lost to write errors" 0 "$(rl_state 'vigil records lost to write errors')"
vt_stop
vt_finish
