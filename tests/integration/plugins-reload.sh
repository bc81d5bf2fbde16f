#!/bin/bash
# plugins-reload: what SIGHUP does to the plugins, as auditd: a plugin
# whose file is unchanged gets SIGHUP (and keeps its process), a removed
# one and a deactivated one are stopped ("Terminating ... because its now
# inactive"), a new one starts, one whose program was replaced is
# restarted ("Restarting ... since binary changed"); a file with an error
# is skipped with auditd's messages; SIGTERM to the daemon stops them all.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
. "$(dirname "$0")/../lib/plugins.sh"
vt_require_kernel
fp_setup plugins-reload
pl_setup
LIFE=$VT_DIR/life.log
: > "$LIFE"

for p in keep gone upgrade added off; do
	# bash: its read says when a trapped signal interrupted it (> 128)
	pl_program $p.sh <<P
#!/bin/bash
echo "start $p \$\$" >> $LIFE
trap 'echo "hup $p \$\$" >> $LIFE' HUP
trap 'echo "term $p \$\$" >> $LIFE; exit 0' TERM
while :; do
	read -r line
	rc=\$?
	[ \$rc -gt 128 ] && continue
	[ \$rc = 0 ] || break
done
echo "eof $p \$\$" >> $LIFE
P
done
for p in keep gone upgrade off; do
	pl_plugin $p "active = yes" "path = $PL_BIN/$p.sh"
done
pl_plugin bad "active = yes" "path = $PL_BIN/keep.sh" "format = xml"
pl_program noexec.sh < /dev/null
chmod 700 "$PL_BIN/noexec.sh"
pl_plugin perms "active = yes" "path = $PL_BIN/noexec.sh"
pl_program anyone.sh < /dev/null
chmod 0777 "$PL_BIN/anyone.sh"
pl_plugin wide "active = yes" "path = $PL_BIN/anyone.sh"
vt_conf "plugin_dir = $PL_DIR"
auditctl -D >/dev/null
fp_start || exit 1
vt_check "four plugins start" pl_wait_lines "$LIFE" '^start' 4
vt_check "a bad value skips the file, with auditd's messages" \
	fp_syslog_wait 'Option xml not found - line 3'
vt_check "... 'Skipping bad.conf plugin due to errors'" fp_syslog_wait 'Skipping bad.conf plugin due to errors'
vt_check "a program without 0750 is refused" fp_syslog_wait "$PL_BIN/noexec.sh permissions should be 0750"
vt_check "a program of mode 0777 is refused" fp_syslog_wait "$PL_BIN/anyone.sh permissions should be 0750"
vt_check "auditd's startup line" fp_syslog_wait 'audit dispatcher initialized with q_depth=2000 and 4 active plugins'
pid_of() { awk -v p="$1" '$1 == "start" && $2 == p {x = $3} END {print x}' "$LIFE"; }
keep=$(pid_of keep) gone=$(pid_of gone) upgrade=$(pid_of upgrade) off=$(pid_of off)

rm "$PL_DIR/gone.conf"
sed -i 's/^active = yes/active = no/' "$PL_DIR/off.conf"
pl_plugin added "active = yes" "path = $PL_BIN/added.sh"
cp "$PL_BIN/upgrade.sh" "$PL_BIN/upgrade.new"
mv "$PL_BIN/upgrade.new" "$PL_BIN/upgrade.sh"
kill -HUP "$VT_DAEMON_PID"
vt_check "the unchanged plugin gets SIGHUP" vt_wait_for "$LIFE" "^hup keep $keep$"
vt_check "the removed plugin is stopped" vt_wait_for "$LIFE" "^\(eof\|term\) gone $gone$"
vt_check "... 'Terminating <path> because its now inactive'" \
	fp_syslog_wait "Terminating $PL_BIN/gone.sh because its now inactive"
vt_check "the deactivated plugin is stopped" vt_wait_for "$LIFE" "^\(eof\|term\) off $off$"
vt_check "the new plugin starts" vt_wait_for "$LIFE" '^start added '
vt_check "the replaced program is restarted" fp_syslog_wait "Restarting $PL_BIN/upgrade.sh since binary changed"
vt_check "... a new process" vt_wait_for "$LIFE" "^start upgrade [0-9]*$"
vt_eq "... and the old one is gone" 1 "$(grep -c "^\(eof\|term\) upgrade $upgrade$" "$LIFE")"
vt_eq "the kept plugin kept its process" 1 "$(grep -c '^start keep ' "$LIFE")"
vt_eq "no plugin was counted as crashed" 0 "$(fp_syslog_count 'terminated unexpectedly')"
vt_eq "state report: three plugins" 3 "$(pl_state 'Number of active plugins')"

pids=$(awk '$1 == "start" {print $3}' "$LIFE")
last="$(pid_of keep) $(pid_of added) $(pid_of upgrade)"
vt_stop
gone_all=1
for p in $pids; do vt_alive "$p" && gone_all=0; done
vt_eq "SIGTERM to the daemon: every plugin process is gone" 1 $gone_all
ended=0
for p in $last; do grep -q "^\(eof\|term\) [a-z]* $p$" "$LIFE" && ended=$((ended + 1)); done
vt_eq "the three running ones got end of file or SIGTERM" 3 $ended
vt_finish
