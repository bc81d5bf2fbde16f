#!/bin/bash
# remote-clients: a fleet's worth of connections takes neither the daemon's
# descriptors nor its log. The daemon runs with a descriptor limit of 600,
# so vigil_tcp_max_clients (512) is lowered to 600 - 128 = 472 and said in
# syslog. 2,000 connections, each from its own address in 127.0.0.0/8,
# arrive while the load generator floods the kernel: 472 are served and
# held, 1,528 are closed at once (DAEMON_ACCEPT op=max-clients); every
# local record is logged; the receiver thread's CPU stays bounded, and
# near zero while the 472 idle clients are held; the state report answers
# and the log rotates (both open files) with the clients held; connection
# records past the rate limit are counted, and the log accounts for every
# connection: the DAEMON_ACCEPT records one by one plus the suppressed=
# counts of the op=rate-limit records make 2,000 (and 472 for
# DAEMON_CLOSE). Then the descriptor limit is lowered under the daemon's
# feet: accept fails with EMFILE, and the receiver backs off instead of
# spinning (syslog says so, the state report counts the pauses); once the
# limit is back, the queued connections are served.
. "$(dirname "$0")/../lib/lib.sh"
. "$VT_TOP/tests/lib/reliability.sh"
. "$VT_TOP/tests/lib/filepolicy.sh"
. "$VT_TOP/tests/lib/plugins.sh"
vt_require_kernel
fp_setup remote-clients
RM_PORT=$(rm_port)
N=2000
CAP=472

# remote_ticks: CPU (clock ticks, user + system) of the receiver thread
remote_ticks() {
	local t s
	for t in /proc/"$VT_DAEMON_PID"/task/*; do
		[ "$(cat "$t/comm" 2>/dev/null)" = auditd-remote ] || continue
		read -r s < "$t/stat"
		s=${s##*) }
		set -- $s
		echo $((${12} + ${13}))
	done
}
# accounted TYPE PATTERN: records of TYPE for connections matching
# PATTERN, plus the suppressed= counts of TYPE's op=rate-limit records
accounted() {
	awk -v t="type=$1 " -v p="$2" 'index($0, t) == 1 {
			if ($0 ~ / op=rate-limit suppressed=/) {
				s = $0; sub(/.*suppressed=/, "", s); sub(/ .*/, "", s); n += s
			} else if ($0 ~ p) n++
		} END { print n + 0 }' "$VT_LOG"
}
FLEET=' addr=::ffff:127\.10\.'
accept_total() { [ "$(accounted DAEMON_ACCEPT "$FLEET")" = "$1" ]; }
close_total() { [ "$(accounted DAEMON_CLOSE "$FLEET")" = "$1" ]; }
active_is() { [ "$(fp_state 'active connections')" = "$1" ]; }

vt_conf "tcp_listen_port = $RM_PORT" "tcp_listen_queue = 1024" "max_log_file = 1000"
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
( ulimit -n 600 && fp_start ) || { vt_bad "daemon start"; exit 1; }
VT_DAEMON_PID=$(cat "$VT_PIDFILE")
rl_rule
vt_check "syslog: the cap is lowered to fit the descriptor limit" \
	fp_syslog_wait "vigil_tcp_max_clients 512 lowered to $CAP: the descriptor limit is 600"
vt_eq "state report: the client cap" $CAP "$(fp_state 'vigil network client cap')"

# --- 2,000 connections while the kernel floods the daemon ---------------
t0=$(remote_ticks)
"$VT_LOADGEN" -d 4 > "$VT_DIR/loadgen.out" &
gen=$!
python3 "$VT_TOP/tests/lib/conn-flood.py" "$RM_PORT" $N "$VT_DIR/stop" > "$VT_DIR/fleet.out" &
fleet=$!
wait $gen
calls=$(sed -n 's/^calls=\([0-9]*\) .*/\1/p' "$VT_DIR/loadgen.out")
vt_wait_for "$VT_DIR/fleet.out" '^open=' 900 >/dev/null
vt_eq "$CAP of $N connections served and held, the rest closed at once" \
	"open=$CAP closed=$((N - CAP))" "$(head -1 "$VT_DIR/fleet.out")"
rl_wait_count "$calls" "$VT_LOG" 300
vt_eq "every audited local call of the flood is in the log ($calls)" "$calls" "$(rl_count "$VT_LOG")"
t1=$(remote_ticks)
vt_check_plain "receiver CPU for $N connections: $((t1 - t0)) ticks (limit 200)" test $((t1 - t0)) -le 200
sleep 2
t2=$(remote_ticks)
vt_check_plain "receiver CPU with $CAP idle clients held: $((t2 - t1)) ticks in 2 s (limit 10)" \
	test $((t2 - t1)) -le 10
vt_eq "state report answers with the clients held: active connections" $CAP \
	"$(fp_state 'active connections')"
vt_eq "... refused at the cap" $((N - CAP)) "$(fp_state 'vigil network connections refused at the cap')"
held=$(fp_state 'vigil network connection records suppressed')
vt_check_plain "... connection records suppressed by the rate limit: $held" test "${held:-0}" -gt 1000
lines=$(fp_state 'vigil network connection syslog lines suppressed')
vt_check_plain "... syslog lines suppressed: $lines" test "${lines:-0}" -gt 1000
vt_check "the log accounts for every connection: DAEMON_ACCEPT one by one or counted = $N" \
	vt_wait_until 50 accept_total $N
vt_check "... in op=rate-limit records" grep -q '^type=DAEMON_ACCEPT .* op=rate-limit suppressed=[0-9]* res=no$' "$VT_LOG"
vt_check "... and one syslog line a second says what was not recorded" \
	fp_syslog_wait 'more than 20 connection events a second; not recorded: [0-9]* DAEMON_ACCEPT'
n=$(fp_syslog_count 'Too many network clients')
vt_check_plain "syslog lines about refusals bounded by the rate limit: $n" test "$n" -le 400
kill -USR1 "$VT_DAEMON_PID"
vt_check "the log rotates with the clients held (it opens a new file)" \
	vt_wait_for "$VT_LOG" '^type=DAEMON_ROTATE ' 100

touch "$VT_DIR/stop"
wait $fleet
vt_check "the clients leave: no active connection" vt_wait_until 100 active_is 0
vt_check "... DAEMON_CLOSE one by one or counted = $CAP" vt_wait_until 50 close_total $CAP

# --- the descriptor limit lowered under the daemon: EMFILE -------------
# (tcp_wrappers off: hosts_access opens two files for each client, so with
# no descriptor left it would refuse each one, and accept never fail)
n=$(grep -ac '^type=DAEMON_CONFIG ' "$VT_LOG")
sed -i '/^use_libwrap /d' "$VT_DIR/etc/auditd.conf"
echo "use_libwrap = no" >> "$VT_DIR/etc/auditd.conf"
kill -HUP "$VT_DAEMON_PID"
vt_wait_lines "$VT_LOG" '^type=DAEMON_CONFIG .*state=changed' $((n + 1)) >/dev/null
fds=$(ls "/proc/$VT_DAEMON_PID/fd" | wc -l)
prlimit --pid "$VT_DAEMON_PID" --nofile=$((fds + 10)):600
rm -f "$VT_DIR/stop"
t0=$(remote_ticks)
python3 "$VT_TOP/tests/lib/conn-flood.py" "$RM_PORT" 50 "$VT_DIR/stop" 3000 > "$VT_DIR/fleet2.out" &
fleet=$!
vt_wait_for "$VT_DIR/fleet2.out" '^open=' 300 >/dev/null
sleep 2
t1=$(remote_ticks)
vt_eq "50 connections with 10 descriptors free: all wait (served or queued)" "open=50 closed=0" \
	"$(head -1 "$VT_DIR/fleet2.out")"
vt_check_plain "receiver CPU while accept fails: $((t1 - t0)) ticks in 4 s (limit 40; a spin is 400)" \
	test $((t1 - t0)) -le 40
vt_check "syslog: accept paused" \
	fp_syslog_wait 'Unable to accept TCP connection (Too many open files); not accepting for [0-9]* ms'
prlimit --pid "$VT_DAEMON_PID" --nofile=600:600
vt_check "the limit back: the queued connections are served" vt_wait_until 100 active_is 50
pauses=$(fp_state 'vigil network accept pauses (no descriptors)')
vt_check_plain "state report: accept pauses $pauses" test "${pauses:-0}" -ge 1
touch "$VT_DIR/stop"
wait $fleet
"$VT_LOADGEN" -n 100 > /dev/null
all_logged() { [ "$(rl_count "$VT_LOG".* "$VT_LOG")" -ge $((calls + 100)) ]; }
vt_check "local records are still logged" vt_wait_until 100 all_logged
vt_check "the daemon is alive" vt_alive "$VT_DAEMON_PID"
vt_finish
