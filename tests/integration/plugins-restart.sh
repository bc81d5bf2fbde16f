#!/bin/bash
# plugins-restart: how plugins are run and what happens when one dies.
# A plugin starts with its stdin a socket, nothing else open above
# stderr, an empty environment, default signal handling, its args, and
# neither the daemon's OOM protection nor its priority boost; a
# plugin that dies is restarted up to max_restarts times with auditd's
# syslog lines, then left alone while the others go on; a reload gives
# it a new chance; at shutdown the plugins get end of file and go.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
. "$(dirname "$0")/../lib/plugins.sh"
vt_require_kernel
fp_setup plugins-restart
pl_setup
KEY=vigil_plrst

pl_program probe.sh <<P
#!/bin/sh
{
	echo "args: \$*"
	echo "env: \$(/usr/bin/env | /bin/grep -v '^PWD=' | /usr/bin/tr '\n' ' ')"
	/bin/grep -E '^Sig(Blk|Ign)' /proc/self/status
	echo "fds: \$(/bin/ls /proc/self/fd | /usr/bin/sort -n | /usr/bin/tr '\n' ' ')"
	echo "stdin: \$(/usr/bin/readlink /proc/self/fd/0)"
	echo "oom_score_adj: \$(/bin/cat /proc/self/oom_score_adj)"
	echo "nice: \$(/usr/bin/awk '{print \$19}' /proc/self/stat)"
} > $VT_DIR/probe.out 2>&1
exec /bin/cat > $VT_DIR/probe.lines
P
pl_program crash.sh <<P
#!/bin/sh
echo "run \$\$" >> $VT_DIR/crash.runs
read -r line
exit 3
P
pl_program victim.sh <<P
#!/bin/sh
echo "run \$\$" >> $VT_DIR/victim.runs
while read -r line; do
	[ -e $VT_DIR/victim.die ] && exit 3
done
P
pl_plugin probe "active = yes" "direction = out" "path = $PL_BIN/probe.sh" "args = one two"
pl_plugin crash "active = yes" "path = $PL_BIN/crash.sh"
pl_plugin victim "active = yes" "path = $PL_BIN/victim.sh"
vt_conf "plugin_dir = $PL_DIR" "max_restarts = 3"
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
fp_start || exit 1
vt_check "the probe plugin started" vt_wait_for "$VT_DIR/probe.out" '^stdin:'
vt_check "args from args =" grep -qx 'args: one two' "$VT_DIR/probe.out"
vt_check "an empty environment (sh adds PWD itself)" grep -qx 'env: ' "$VT_DIR/probe.out"
vt_check "no signal blocked" grep -q '^SigBlk:[[:space:]]*0000000000000000$' "$VT_DIR/probe.out"
# glibc keeps its two internal real-time signals (32, 33) to itself
ign=$(awk '/^SigIgn/ {print $2}' "$VT_DIR/probe.out")
vt_eq "no standard signal (1-31) ignored" 0 $((16#${ign:-1} & 0x7fffffff))
vt_check "stdin is a socket" grep -q '^stdin: socket:' "$VT_DIR/probe.out"
# (the daemon's own -1000 needs CAP_SYS_RESOURCE, which a container may
# not give: then both are 0 and only the nice value tells; test_spawn
# covers the OOM reset either way)
vt_eq "the daemon runs boosted (priority_boost 4: nice -4)" -4 \
	"$(awk '{print $19}' /proc/$VT_DAEMON_PID/stat)"
vt_check "the plugin does not keep the daemon's OOM protection (oom_score_adj 0)" \
	grep -qx 'oom_score_adj: 0' "$VT_DIR/probe.out"
vt_check "nor its boost (nice 0)" grep -qx 'nice: 0' "$VT_DIR/probe.out"
# the shell's own descriptors for the redirection: 0, 1, 2 and ls's 3
vt_check "nothing of the daemon's open above stderr" grep -qx 'fds: 0 1 2 3 ' "$VT_DIR/probe.out"

# made writable by anyone once running: when it dies it is not run again
vt_check "the victim plugin started" pl_wait_lines "$VT_DIR/victim.runs" '^run' 1
chmod 0777 "$PL_BIN/victim.sh"
touch "$VT_DIR/victim.die"
pl_rule $KEY
for i in $(seq 40); do
	fp_syslog_count "plugin $PL_BIN/crash.sh has exceeded max_restarts" | grep -q 1 && break
	"$VT_LOADGEN" -n 1 >/dev/null
	sleep 0.25
done
vt_eq "it died four times" 4 "$(fp_syslog_count "plugin $PL_BIN/crash.sh terminated unexpectedly")"
vt_eq "it was restarted max_restarts (3) times" 3 "$(fp_syslog_count "plugin $PL_BIN/crash.sh was restarted")"
vt_eq "then the daemon gave up on it" 1 "$(fp_syslog_count "plugin $PL_BIN/crash.sh has exceeded max_restarts")"
vt_eq "so it ran four times" 4 "$(wc -l < "$VT_DIR/crash.runs")"
vt_check "the victim plugin died" fp_syslog_wait "plugin $PL_BIN/victim.sh terminated unexpectedly"
vt_check "... its program, now 0777, is refused" fp_syslog_wait "$PL_BIN/victim.sh permissions should be 0750"
vt_check "... and not restarted" fp_syslog_wait "plugin $PL_BIN/victim.sh was not restarted"
vt_eq "... so it ran once" 1 "$(wc -l < "$VT_DIR/victim.runs")"
vt_eq "state report: 3 restarts" 3 "$(pl_state 'vigil plugin restarts')"
vt_eq "state report: one plugin left active" 1 "$(pl_state 'Number of active plugins')"
"$VT_LOADGEN" -n 50 >/dev/null
vt_check "the other plugin still gets every record" \
	pl_wait_lines "$VT_DIR/probe.lines" "^type=SYSCALL .*key=\"$KEY\"" 50
vt_eq "and the daemon logs them" "$(pl_lines "$VT_DIR/probe.lines" "^type=SYSCALL .*key=\"$KEY\"")" \
	"$(pl_lines "$VT_LOG" "^type=SYSCALL .*key=\"$KEY\"")"

# a reload gives the plugin that gave up a new start
kill -HUP "$VT_DAEMON_PID"
vt_check "a reload starts it again" fp_syslog_wait "plugin $PL_BIN/crash.sh started again by the reload"
vt_check "it ran a fifth time" pl_wait_lines "$VT_DIR/crash.runs" '^run' 5

# the reload's SIGHUP ends cat (its default action), and the daemon starts
# the probe again: sh first, then cat
for i in $(seq 40); do
	probe=$(pgrep -P "$VT_DAEMON_PID" -x cat) && break
	sleep 0.05
done
vt_check "the probe plugin runs (as cat) under the daemon" test -n "$probe"
vt_stop
vt_check "at shutdown the plugin is gone" vt_gone "${probe:-0}"
vt_finish
