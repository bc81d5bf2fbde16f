#!/bin/bash
# filepolicy-mlf-exec: max_log_file_action = EXEC helper (audit 4.1). Under a
# getppid flood the log reaches max_log_file = 1 MiB: the daemon closes it,
# suspends logging and runs the helper, which moves the log away and exits;
# logging then resumes by itself (no SIGUSR2, no DAEMON_RESUME) in a new
# audit.log, again and again while the flood lasts. Nothing is lost but what
# the state report counts as discarded while suspended. A SIGHUP that
# changes the action applies.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
vt_require_kernel
fp_setup filepolicy-mlf-exec
KEY=vigil_mlfexec

fp_mount_tmpfs "$VT_DIR/log" 48m
SAVED=$VT_DIR/log/saved
mkdir -m 700 "$SAVED"
H=$VT_DIR/helper.sh
# the first run waits for $VT_DIR/go, so the test can look at the daemon
# while the helper runs; the later ones move the log at once
cat > "$H" <<EOF
#!/bin/sh
echo run >> $VT_DIR/helper.runs
n=\$(/usr/bin/wc -l < $VT_DIR/helper.runs)
if /usr/bin/ls -l /proc/\$PPID/fd | /usr/bin/grep -q '$VT_LOG\$'; then
	echo "log=open" >> $VT_DIR/helper.out
else
	echo "log=closed" >> $VT_DIR/helper.out
fi
if [ "\$n" = 1 ]; then
	while [ ! -e $VT_DIR/go ]; do /bin/sleep 0.05; done
fi
/bin/mv $VT_LOG $SAVED/audit.log.\$n
exit 0
EOF
chmod 750 "$H"
vt_conf "max_log_file = 1" "max_log_file_action = EXEC $H" \
	"space_left = 2" "admin_space_left = 1"
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
fp_start || exit 1
fp_rule $KEY
# about 2 MiB of log a second for 6 s; loadgen says how many calls it made
"$VT_LOADGEN" -d 6 -r 4000 > "$VT_DIR/flood.out" &
FLOOD=$!

vt_check "the helper ran" vt_wait_for "$VT_DIR/helper.out" '^log='
vt_eq "the daemon had closed the log before the helper ran" "log=closed" \
	"$(head -1 "$VT_DIR/helper.out")"
vt_check "syslog: which helper, and that its exit resumes" fp_syslog_wait \
	"auditd\[$VT_DAEMON_PID\]: Audit daemon suspended logging and runs $H (max_log_file_action); logging resumes when it exits"
vt_eq "state report while the helper runs: logging suspended" yes "$(fp_state 'logging suspended')"
vt_check "the log file is closed while the helper runs" fp_log_closed
sleep 0.2
d1=$(fp_state 'vigil records discarded while suspended')
vt_check "records arriving meanwhile are counted as discarded while suspended ($d1)" \
	test "${d1:-0}" -gt 0
vt_eq "no resume before the helper exits" 0 "$(fp_syslog_count 'Audit daemon is attempting to resume logging.')"

touch "$VT_DIR/go"
vt_check "syslog: the helper's exit resumes logging" fp_syslog_wait 'Audit daemon resumed logging.'
vt_check "a new audit.log with records" fp_wait_count $KEY 1 "$VT_LOG"
wait $FLOOD
CALLS=$(sed -n 's/^calls=\([0-9]*\) .*/\1/p' "$VT_DIR/flood.out")
# the flood is over: let the last helper finish and the writer catch up
vt_wait_until 100 bash -c "[ \"\$(grep -c . '$VT_DIR/helper.runs')\" = \"\$(grep -c 'resumed logging' '$FP_SYSLOG')\" ]"
vt_eq "state report after the flood: logging suspended" no "$(fp_state 'logging suspended')"
runs=$(grep -c . "$VT_DIR/helper.runs")
vt_check "the helper ran at each MiB of the flood ($runs runs)" test "$runs" -ge 3
vt_eq "each time with the log closed" "$runs" "$(grep -c '^log=closed' "$VT_DIR/helper.out")"
vt_eq "syslog: one 'suspended logging and runs' per run" "$runs" \
	"$(fp_syslog_count "suspended logging and runs $H (max_log_file_action); logging resumes when it exits")"
vt_eq "syslog: one 'attempting to resume' per run" "$runs" \
	"$(fp_syslog_count 'Audit daemon is attempting to resume logging.')"
vt_eq "syslog: one 'resumed logging' per run" "$runs" "$(fp_syslog_count 'Audit daemon resumed logging.')"
vt_eq "no SIGUSR2 involved: no DAEMON_RESUME record" 0 \
	"$(cat "$SAVED"/* "$VT_LOG" | grep -c '^type=DAEMON_RESUME')"
vt_eq "every saved log is the one the helper moved" "$runs" "$(ls "$SAVED" | wc -l)"
for f in "$SAVED"/*; do
	sz=$(stat -c %s "$f")
	vt_check "$(basename "$f") holds just over max_log_file ($sz bytes)" \
		test "$sz" -ge 1048576 -a "$sz" -lt $((1048576 + 9000))
done

# accounting: every line handed to the log is in a saved log or the new
# one; every audited call is written once or among the discarded
vt_wait_until 50 bash -c "[ \"\$(cat '$SAVED'/* '$VT_LOG' | wc -l)\" -gt 0 ]"
written=$(fp_state 'vigil records written')
lines=$(cat "$SAVED"/* "$VT_LOG" | wc -l)
vt_eq "the logs hold every record written ($written)" "$written" "$lines"
vt_eq "nothing lost to write errors" 0 "$(fp_state 'vigil records lost to write errors')"
discarded=$(fp_state 'vigil records discarded while suspended')
serials=$(grep -ah "^type=SYSCALL .*key=\"$KEY\"" "$SAVED"/* "$VT_LOG" |
	sed 's/^[^(]*([0-9.]*:\([0-9]*\)).*/\1/')
logged=$(echo "$serials" | sort -u | wc -l)
vt_eq "no audited call is written twice" "$logged" "$(echo "$serials" | wc -l)"
missing=$((CALLS - logged))
vt_log "$CALLS calls: $logged logged, $missing while suspended; $discarded records discarded"
# a discarded call is its SYSCALL and PROCTITLE at least (its EOE is not
# a line of the log either way; other processes' records may be among
# the discarded too, so this is no upper bound)
vt_check "the calls not logged are counted as discarded ($missing calls, $discarded records)" \
	test $((missing * 2)) -le "$discarded"

# SIGHUP: max_log_file_action = ROTATE now; the next MiB rotates, the
# helper does not run again
sed -i "s|^max_log_file_action = EXEC .*|max_log_file_action = ROTATE|" "$VT_DIR/etc/auditd.conf"
kill -HUP "$VT_DAEMON_PID"
vt_check "reload: DAEMON_CONFIG" vt_wait_for "$VT_LOG" '^type=DAEMON_CONFIG .*res=success'
"$VT_LOADGEN" -n 4000 >/dev/null
vt_check "the reloaded action rotates" vt_wait_until 50 test -e "$VT_LOG.1"
vt_eq "and the helper did not run again" "$runs" "$(grep -c . "$VT_DIR/helper.runs")"
auditctl -D >/dev/null
vt_stop
vt_finish
