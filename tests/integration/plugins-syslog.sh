#!/bin/bash
# plugins-syslog: Debian's audisp-syslog as a plugin, as an administrator
# sets it up in plugins.d. Every audited call reaches the system logger
# (a socket this test reads stands in for /dev/log), line for line what
# the log has, EOE records included, with the facility and priority of
# the plugin's args; after a reload to ENRICHED the lines carry the
# enrichment; at shutdown the plugin is stopped.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
. "$(dirname "$0")/../lib/plugins.sh"
vt_require_kernel
[ -x /sbin/audisp-syslog ] || vt_skip "/sbin/audisp-syslog (Debian auditd package) not installed"
fp_setup plugins-syslog
pl_setup
KEY=vigil_plsys
N=300

vt_conf "plugin_dir = $PL_DIR"
pl_plugin syslog "active = yes" "direction = out" "path = /sbin/audisp-syslog" \
	"type = always" "args = LOG_INFO LOG_LOCAL5" "format = string"
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
fp_start || exit 1
vt_check "the daemon says the dispatcher started with one plugin" \
	fp_syslog_wait 'audit dispatcher initialized with q_depth=2000 and 1 active plugins'
vt_check "audisp-syslog started with local5.info" \
	fp_syslog_wait 'syslog plugin initialized with facility 168 and priority 6'
pid=$(pgrep -P "$VT_DAEMON_PID" -x audisp-syslog)
vt_check "audisp-syslog runs as the daemon's child" test -n "$pid"
vt_eq "its environment is empty" "" "$(tr '\0' '\n' < /proc/$pid/environ)"
vt_eq "its stdin is a socket" socket "$(readlink /proc/$pid/fd/0 | cut -d: -f1)"

pl_rule $KEY
fp_events $N
# local5.info = 21 * 8 + 6
vt_check "$N SYSCALL records reached syslog at local5.info" \
	pl_wait_lines "$FP_SYSLOG" "^<174>.*audispd: type=SYSCALL .*key=\"$KEY\"" $N
grep -a "^type=SYSCALL .*key=\"$KEY\"" "$VT_LOG" > "$VT_DIR/log.lines"
grep -a "^<174>.*audispd: type=SYSCALL .*key=\"$KEY\"" "$FP_SYSLOG" |
	sed 's/^.*audispd: //' > "$VT_DIR/syslog.lines"
vt_check "syslog has the log's SYSCALL lines, byte for byte, in order" \
	cmp -s "$VT_DIR/log.lines" "$VT_DIR/syslog.lines"
serials=$(sed 's/.*msg=audit([0-9.]*:\([0-9]*\)).*/\1/' "$VT_DIR/log.lines")
eoe=0
for s in $serials; do
	grep -aq "audispd: type=EOE msg=audit([0-9.]*:$s): $" "$FP_SYSLOG" && eoe=$((eoe + 1))
done
vt_eq "each event's EOE record reached the plugin (the log has none)" $N $eoe
vt_eq "the log itself has no EOE" 0 "$(pl_lines "$VT_LOG" '^type=EOE')"

# a reload to ENRICHED: the plugin is kept (HUP) and gets enriched lines
sed -i 's/^log_format = .*/log_format = ENRICHED/' "$VT_DIR/etc/auditd.conf"
kill -HUP "$VT_DAEMON_PID"
vt_wait_for "$VT_LOG" 'op=reconfigure state=changed' >/dev/null
fp_events 10
vt_check "after the reload: enriched lines (separator made a space by the plugin)" \
	pl_wait_lines "$FP_SYSLOG" "audispd: type=SYSCALL .*key=\"$KEY\" ARCH=x86_64 SYSCALL=getppid" 10

vt_stop
vt_check "the plugin is gone with the daemon" vt_gone "$pid"
vt_eq "no plugin restarted" 0 "$(fp_syslog_count 'terminated unexpectedly')"
vt_finish
