#!/bin/bash
# filepolicy-exec: admin_space_left_action = EXEC helper. When the disk runs
# low the daemon closes the log, suspends logging and runs the helper as
# root with no arguments, an empty environment, default signals, no
# descriptor but 0-2, nice 0 and oom_score_adj 0. The helper archives the log, frees space and sends
# SIGUSR2: the daemon starts a new log with DAEMON_RESUME. A helper whose
# mode was loosened after the configuration was read is refused at run time.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
vt_require_kernel
fp_setup filepolicy-exec
KEY=vigil_exec

fp_mount_tmpfs "$VT_DIR/log" 16m
H=$VT_DIR/helper.sh
cat > "$H" <<EOF
#!/bin/sh
out=$VT_DIR/helper.out
echo "args=\$#" > \$out
echo "env=\$(/usr/bin/env | /usr/bin/grep -v '^PWD=' | /usr/bin/tr '\n' ' ')" >> \$out
echo "uid=\$(/usr/bin/id -u)" >> \$out
echo "fds=\$(/usr/bin/ls /proc/\$\$/fd | /usr/bin/sort -n | /usr/bin/tr '\n' ' ')" >> \$out
/usr/bin/grep -E '^Sig(Blk|Ign):' /proc/\$\$/status | /usr/bin/tr '\t' ' ' >> \$out
echo "oom_score_adj=\$(/usr/bin/cat /proc/\$\$/oom_score_adj)" >> \$out
echo "nice=\$(/usr/bin/cut -d' ' -f19 /proc/\$\$/stat)" >> \$out
if /usr/bin/ls -l /proc/\$PPID/fd | /usr/bin/grep -q '$VT_LOG\$'; then
	echo "log=open" >> \$out
else
	echo "log=closed" >> \$out
fi
/bin/mv $VT_LOG $VT_LOG.saved
/bin/rm -f $VT_DIR/log/fill
/bin/kill -USR2 \$PPID
EOF
chmod 750 "$H"
vt_conf "space_left = 8" "space_left_action = IGNORE" \
	"admin_space_left = 4" "admin_space_left_action = EXEC $H" \
	"disk_full_action = SUSPEND" "max_log_file = 100"
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
fp_start || exit 1
fp_rule $KEY
fp_events 100
fp_fill fill 13M
fp_poke
vt_check "the helper ran" vt_wait_for "$VT_DIR/helper.out" '^log='
vt_check "syslog: which helper, and why" \
	fp_syslog_wait "suspended logging and runs $H (admin_space_left_action); logging resumes on SIGUSR2"
vt_eq "no arguments" "args=0" "$(grep '^args=' "$VT_DIR/helper.out")"
vt_eq "an empty environment" "env=" "$(grep '^env=' "$VT_DIR/helper.out" | sed 's/ *$//')"
vt_eq "run as root" "uid=0" "$(grep '^uid=' "$VT_DIR/helper.out")"
# 3 is the one ls opens to list them, 10 the script sh is reading
vt_eq "no descriptor of the daemon's beyond 0-2" "fds=0 1 2 3 10" "$(grep '^fds=' "$VT_DIR/helper.out" | sed 's/ *$//')"
vt_eq "no signal blocked" "SigBlk: 0000000000000000" "$(grep '^SigBlk' "$VT_DIR/helper.out")"
# the daemon ignores nearly every signal; the helper must not inherit that
# (glibc's posix_spawn keeps its two internal signals, 32 and 33, ignored)
ign=$(grep '^SigIgn' "$VT_DIR/helper.out" | awk '{print $2}')
vt_eq "no standard signal ignored (SigIgn $ign)" 0 "$(( 0x$ign & 0x7fffffff ))"
vt_eq "no real-time signal above 33 ignored" 0 "$(( (0x$ign >> 33) ))"
vt_eq "not the daemon's OOM protection" "oom_score_adj=0" "$(grep '^oom_score_adj=' "$VT_DIR/helper.out")"
vt_eq "nor its priority_boost" "nice=0" "$(grep '^nice=' "$VT_DIR/helper.out")"
vt_eq "the daemon had closed the log before the helper ran" "log=closed" "$(grep '^log=' "$VT_DIR/helper.out")"
vt_check "the helper's SIGUSR2: a new log headed by DAEMON_RESUME" vt_wait_for "$VT_LOG" '^type=DAEMON_RESUME'
vt_eq "DAEMON_RESUME is the new log's first line" DAEMON_RESUME \
	"$(head -1 "$VT_LOG" | sed 's/^type=\([A-Z_]*\) .*/\1/')"
n=$(fp_count $KEY "$VT_LOG.saved")
vt_check "the archived log keeps the calls before ($n)" test "$n" -ge 100
vt_eq "state report: logging suspended" no "$(fp_state 'logging suspended')"
fp_events 50
fp_wait_count $KEY 50 "$VT_LOG"
vt_eq "records flow into the new log" 50 "$(fp_count $KEY "$VT_LOG")"

# loosened after the configuration was read: refused when it is due
chmod 777 "$H"
rm -f "$VT_DIR/helper.out"
fp_fill fill 13M
fp_poke
vt_check "syslog: the helper is refused" \
	fp_syslog_wait "Audit daemon refuses to run $H: its permissions should be 0750, 0755 or 0555"
vt_check "and it did not run" test ! -e "$VT_DIR/helper.out"
vt_eq "logging stays suspended for the administrator" yes "$(fp_state 'logging suspended')"
rm -f "$VT_DIR/log/fill"
kill -USR2 "$VT_DAEMON_PID"
vt_check "SIGUSR2 resumes" fp_syslog_wait 'Audit daemon resumed logging.'
vt_stop
vt_finish
