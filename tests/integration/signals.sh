#!/bin/bash
# signals: what an operator does to a running auditd and checks afterwards.
. "$(dirname "$0")/../lib/lib.sh"
vt_require_kernel
vt_setup signals
KEY=vigil_sig

vt_conf "num_logs = 3" "vigil_ring_size = 16"
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
vt_start || exit 1
me=$$
auditctl -a always,exit -F arch=b64 -S getppid -F exe="$VT_LOADGEN" -k $KEY >/dev/null
"$VT_LOADGEN" -n 300 >/dev/null
# the calls' records may still be on their way from the kernel (a slow,
# instrumented build): the rotation keeps what the daemon has, so wait
# until it has them all
vt_wait_lines "$VT_LOG" "^type=SYSCALL.*key=\"$KEY\"" 300 50

# SIGUSR1: rotation; DAEMON_ROTATE is the first line of the new file and
# names the sender (this shell)
kill -USR1 "$VT_DAEMON_PID"
vt_check "SIGUSR1 rotated the log to audit.log.1" vt_wait_for "$VT_LOG" DAEMON_ROTATE
vt_eq "DAEMON_ROTATE is the first line of the new log" DAEMON_ROTATE \
	"$(head -1 "$VT_LOG" | sed 's/^type=\([A-Z_]*\) .*/\1/')"
vt_check "DAEMON_ROTATE names the sender pid $me" grep -q "op=rotate-logs auid=[0-9]* uid=0 ses=[0-9]* pid=$me res=success" "$VT_LOG"
vt_eq "rotated file is read-only" 400 "$(stat -c %a "$VT_LOG.1")"
vt_eq "the workload is in the rotated file" 300 "$(grep -c "^type=SYSCALL.*key=\"$KEY\"" "$VT_LOG.1")"

# SIGHUP with a good file: DAEMON_CONFIG success, and the new format applies
sed -i 's/^log_format = .*/log_format = ENRICHED/' "$VT_DIR/etc/auditd.conf"
kill -HUP "$VT_DAEMON_PID"
vt_check "SIGHUP wrote DAEMON_CONFIG state=changed" vt_wait_for "$VT_LOG" "op=reconfigure state=changed auid=[0-9]* pid=$me subj=? res=success"
"$VT_LOADGEN" -n 10 >/dev/null
vt_check "the reload switched the log to ENRICHED" vt_wait_for "$VT_LOG" "key=\"$KEY\".*SYSCALL=getppid"

# SIGHUP with a file auditd would refuse: old config kept, failure recorded
cp "$VT_DIR/etc/auditd.conf" "$VT_DIR/good.conf"
echo "no_such_keyword = 1" >> "$VT_DIR/etc/auditd.conf"
kill -HUP "$VT_DAEMON_PID"
vt_check "a refused reload writes DAEMON_CONFIG state=no-change res=failed" \
	vt_wait_for "$VT_LOG" "op=reconfigure state=no-change .*pid=$me .*res=failed"
vt_check "the daemon is still running after a refused reload" kill -0 "$VT_DAEMON_PID"
"$VT_LOADGEN" -n 10 >/dev/null
vt_wait_lines "$VT_LOG" "^type=SYSCALL.*key=\"$KEY\".*SYSCALL=getppid" 20 50
vt_eq "still logging ENRICHED after a refused reload" 20 \
	"$(grep -c "^type=SYSCALL.*key=\"$KEY\".*SYSCALL=getppid" "$VT_LOG")"
cp "$VT_DIR/good.conf" "$VT_DIR/etc/auditd.conf"

# SIGUSR2: DAEMON_RESUME
kill -USR2 "$VT_DAEMON_PID"
vt_check "SIGUSR2 wrote DAEMON_RESUME" vt_wait_for "$VT_LOG" "op=resume-logging .*pid=$me res=success"

# SIGCONT: the state report
kill -CONT "$VT_DAEMON_PID"
for i in $(seq 30); do [ -s "$VT_STATE" ] && break; sleep 0.1; done
vt_check "SIGCONT wrote the state report" grep -q '^writing to logs = yes' "$VT_STATE"
vt_eq "state file mode" 640 "$(stat -c %a "$VT_STATE")"
received=$(awk -F' = ' '/^vigil records received/ {print $2}' "$VT_STATE")
vt_check "state report counts received records ($received)" test "${received:-0}" -ge 320
vt_eq "state report: no record lost to write errors" 0 \
	"$(awk -F' = ' '/^vigil records lost to write errors/ {print $2}' "$VT_STATE")"
vt_check "state report shows the kernel lost counter" grep -q '^kernel lost = ' "$VT_STATE"
vt_eq "vigil_ring_size = 16 sizes the ring" "16777216 bytes" \
	"$(awk -F' = ' '/^vigil ring size/ {print $2}' "$VT_STATE")"
free=$(df -Pm "$(dirname "$VT_LOG")" | awk 'NR == 2 {print $4}')
vt_eq "state report: space left on partition (free ${free} MB, space_left 75)" \
	"$([ "$free" -gt 75 ] && echo yes || echo no)" \
	"$(awk -F' = ' '/^space left on partition/ {print $2}' "$VT_STATE")"

vt_stop
vt_check "DAEMON_END names the sender pid $me" grep -q "op=terminate auid=[0-9]* uid=0 ses=[0-9]* pid=$me res=success" "$VT_LOG"
vt_check "state file removed at exit" test ! -e "$VT_STATE"

# -f: records on stdout, nothing in the log file
rm -f "$VT_LOG"*
"$VT_AUDITD" -f -c "$VT_DIR/etc" --pid-file "$VT_PIDFILE" --state-file "$VT_STATE" \
	> "$VT_DIR/stdout" 2> "$VT_DIR/stderr" &
VT_DAEMON_PID=$!
for i in $(seq 50); do [ "$(vt_kernel_pid)" = "$VT_DAEMON_PID" ] && break; sleep 0.1; done
"$VT_LOADGEN" -n 50 >/dev/null
vt_stop
vt_eq "-f writes records to stdout" 50 "$(grep -c "^type=SYSCALL.*key=\"$KEY\"" "$VT_DIR/stdout")"
vt_check "-f writes no log file" test ! -e "$VT_LOG"
vt_check "-f prints diagnostics on stderr" grep -q 'Init complete' "$VT_DIR/stderr"

# report_interval (4.x): the state report without SIGCONT, again and again;
# a reload to 0 stops it
vt_conf "num_logs = 3" "report_interval = 1"
vt_start || exit 1
vt_check "report_interval = 1: a state report within 2 s, no SIGCONT" \
	vt_wait_for "$VT_STATE" '^writing to logs = yes' 20
rm -f "$VT_STATE"
vt_check "... and again a second later" vt_wait_for "$VT_STATE" '^writing to logs = yes' 20
vt_conf "num_logs = 3" "report_interval = 0"
kill -HUP "$VT_DAEMON_PID"
vt_wait_for "$VT_LOG" 'op=reconfigure state=changed' >/dev/null
sleep 0.2	# a report begun before the reload lands before it is removed
rm -f "$VT_STATE"
sleep 2.2	# a fixed time, not a wait: the check is that no report comes
vt_check "after a reload to report_interval = 0: no report in 2.2 s" test ! -e "$VT_STATE"
vt_stop

# -s disable: the enabled flag is set to 0
auditctl -e 1 >/dev/null
vt_start -s disable || exit 1
vt_eq "-s disable clears the kernel's enabled flag" 0 "$(auditctl -s | awk '$1 == "enabled" {print $2}')"
vt_stop
vt_finish
