#!/bin/bash
# fault-kill9: kill -9 during a flood, then start again, as a crash and a
# reboot would. The log keeps every byte that was written; a partial last
# line (a write cut short) is ended, so the next record starts a line of
# its own; startup does not fail; ausearch reads the whole file.
. "$(dirname "$0")/../lib/lib.sh"
. "$VT_TOP/tests/lib/reliability.sh"
vt_require_kernel
vt_setup fault-kill9
ROUNDS=${FAULT_KILL9_ROUNDS:-4}

vt_conf "max_log_file = 1000"
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null

# DAEMON_START records that begin a line (a torn line swallows the next)
daemon_starts() {
	grep -ac '^type=DAEMON_START ' "$VT_LOG"
}

# 1. a log left with a partial last line, as a write cut short by a crash
#    leaves it (made by hand, so that it is there every time)
{
	echo 'type=DAEMON_START msg=audit(1700000000.100:1): op=start ver=3.0.9 format=raw kernel=6.1 auid=0 pid=1 uid=0 ses=1 res=success'
	echo 'type=SYSCALL msg=audit(1700000000.123:2): arch=c000003e syscall=110 success=yes exit=1 a0=0 a1=0 a2=0 a3=0 items=0 ppid=1 pid=2 auid=0 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=(none) ses=1 comm="x" exe="/x" key=(null)'
	printf 'type=SYSCALL msg=audit(1700000000.123:3): arch=c000003e syscall=110 succ'
} > "$VT_LOG"
chmod 600 "$VT_LOG"
cp "$VT_LOG" "$VT_DIR/before"
vt_start || { vt_finish; exit 1; }
rl_rule
"$VT_LOADGEN" -n 100 >/dev/null
rl_wait_count 100 "$VT_LOG"
vt_stop
size=$(stat -c %s "$VT_DIR/before")
vt_check "the $size bytes written before the crash are kept" cmp -s -n "$size" "$VT_DIR/before" "$VT_LOG"
vt_eq "the partial last line is ended: the next DAEMON_START starts a line" 2 "$(daemon_starts)"
vt_eq "the 100 calls after the restart are logged" 100 "$(rl_count "$VT_LOG")"
LC_ALL=C ausearch -if "$VT_LOG" -k "$RL_KEY" --raw > "$VT_DIR/found" 2>/dev/null
vt_eq "ausearch reads them back" 100 "$(rl_count "$VT_DIR/found")"

# 2. the real thing: kill -9 in the middle of floods, start again
rm -f "$VT_LOG"
torn=0 kept=0 started=0
for round in $(seq "$ROUNDS"); do
	vt_start || break
	started=$((started + 1))
	"$VT_LOADGEN" -d 1 > /dev/null &
	gen=$!
	sleep "0.$((round + 2))"	# a pace: the kill comes mid-flood
	kill -KILL "$VT_DAEMON_PID"
	vt_wait_gone "$VT_DAEMON_PID"
	VT_DAEMON_PID=
	wait $gen
	cp "$VT_LOG" "$VT_DIR/snap"
	[ "$(tail -c 1 "$VT_DIR/snap" | od -An -c | tr -d ' ')" = '\n' ] || torn=$((torn + 1))
	# the next start must find the log as the kill left it
	vt_start || break
	started=$((started + 1))
	size=$(stat -c %s "$VT_DIR/snap")
	cmp -s -n "$size" "$VT_DIR/snap" "$VT_LOG" && kept=$((kept + 1))
	vt_stop
done
vt_eq "every start after a kill -9 succeeded" $((2 * ROUNDS)) $started
vt_eq "every byte written before each kill is still in the log" "$ROUNDS" "$kept"
vt_log "kill -9 left a partial last line in $torn of $ROUNDS rounds"
vt_eq "each DAEMON_START starts a line" $((2 * ROUNDS)) "$(daemon_starts)"
calls=$(rl_count "$VT_LOG")
vt_check "the floods were logged ($calls calls)" test "$calls" -gt 10000
bad=$(rl_bad_lines < "$VT_LOG")
vt_check "no line is torn but those the kills cut ($bad malformed, $torn cut)" test "$bad" -le "$torn"
vt_finish
