#!/bin/bash
# remote-diskfull: the receiver's disk fills while clients send. Below
# space_left each record is still written and answered DISKLOW; with the
# disk full the write fails and the client gets DISKFULL "disk full" (not
# an ACK: it keeps the record); Debian's audisp-remote says "remote
# server's disk is full"; once space is back, ACKs again. With
# disk_full_action = SUSPEND: DISKFULL, then DISKERROR "remote logging
# suspended" until SIGUSR2. The log on a 4 MiB tmpfs; syslog read by
# the test (tests/lib/filepolicy.sh).
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
. "$(dirname "$0")/../lib/plugins.sh"
vt_require_kernel
[ -x /sbin/audisp-remote ] || vt_skip "/sbin/audisp-remote (Debian audispd-plugins) not installed"
fp_setup remote-diskfull
RM_PORT=$(rm_port)
MSG='msgs:10:type=USER msg=audit(1700000000.001:{i}): text=some-padding-to-fill-the-disk-{i}'

fp_mount_tmpfs "$VT_DIR/log" 4m
vt_conf "local_events = no" "tcp_listen_port = $RM_PORT" "max_log_file_action = IGNORE" \
	"space_left = 2" "space_left_action = SYSLOG" "admin_space_left = 1" \
	"admin_space_left_action = SYSLOG" "disk_full_action = SYSLOG"
fp_start || exit 1
vt_eq "plenty of space: ACK" "SUMMARY ACK=10" "$(rm_client 127.0.0.1 "$MSG")"

# fill all but 1.5 MiB (below space_left = 2)
fp_fill fill1 $(( $(df -k --output=avail "$VT_DIR/log" | tail -1) - 1536 ))K
vt_eq "below space_left: written, DISKLOW" "SUMMARY DISKLOW=10" \
	"$(rm_client 127.0.0.1 'msg:type=USER msg=audit(1700000000.001:0): text=primer' sleep:0.3 "$MSG" | tail -1)"
vt_check "the space_left action ran (syslog)" fp_syslog_wait 'Audit daemon is low on disk space for logging'

# fill the rest: the writes fail once the log's last page is used up
fp_fill fill2 $(df -k --output=avail "$VT_DIR/log" | tail -1)K
for i in $(seq 100); do
	out=$(rm_client 127.0.0.1 "msg:type=USER msg=audit(1700000000.002:$i): text=full-$i")
	case $out in DISKLOW*) continue ;; esac
	break
done
vt_eq "disk full: DISKFULL with auditd's text" "DISKFULL 2 disk full" "$out"
vt_check "syslog: no space left" fp_syslog_wait 'Audit daemon has no space left on logging partition'
vt_eq "that record was not written (the client keeps it)" 0 "$(grep -ac "text=full-$i\$" "$VT_LOG")"
vt_eq "no line was cut" 0 "$(grep -avc '^type=' "$VT_LOG")"

# Debian's audisp-remote against the full disk
rm_remote_conf "$VT_DIR/audisp-remote.conf" "disk_full_action = syslog"
echo "type=USER msg=audit(1700000000.003:1): text=from-audisp-remote" | \
	fp_ns bash -c 'mount --bind "$1" /etc/audit/audisp-remote.conf && exec /sbin/audisp-remote' \
	rm "$VT_DIR/audisp-remote.conf" &
AR=$!
vt_check "audisp-remote: \"remote server's disk is full\"" \
	fp_syslog_wait "audisp-remote.*remote server's disk is full"
kill $AR 2>/dev/null

# space back: ACK again
rm -f "$VT_DIR/log/fill1" "$VT_DIR/log/fill2"
# the space is looked at again after a write, at most every 100 ms (a
# pace, not a wait: the second write comes once that time is over)
rm_client 127.0.0.1 'msg:type=USER msg=audit(1700000000.004:0): text=primer' > /dev/null
sleep 0.3
rm_client 127.0.0.1 'msg:type=USER msg=audit(1700000000.004:0): text=primer' > /dev/null
vt_eq "space back: ACK" "ACK 2" "$(rm_client 127.0.0.1 'msg:type=USER msg=audit(1700000000.004:1): text=back')"
vt_check "... and written" grep -q 'text=back$' "$VT_LOG"

# disk_full_action = SUSPEND: DISKFULL once, then suspended until SIGUSR2
sed -i 's/^disk_full_action = .*/disk_full_action = SUSPEND/' "$VT_DIR/etc/auditd.conf"
kill -HUP "$VT_DAEMON_PID"
# (with local_events = no its DAEMON_CONFIG says state=no-change
# res=failed, as auditd's: the daemon cannot ask the kernel who sent it)
vt_wait_for "$VT_LOG" '^type=DAEMON_CONFIG .*op=reconfigure' >/dev/null
fp_fill fill3 $(df -k --output=avail "$VT_DIR/log" | tail -1)K
for i in $(seq 100); do
	out=$(rm_client 127.0.0.1 "msg:type=USER msg=audit(1700000000.005:$i): a=$i" \
		"msg:type=USER msg=audit(1700000000.005:$i): b=$i" | paste -sd'|')
	case $out in ACK*\|ACK* | DISKLOW*\|DISKLOW*) continue ;; esac
	break
done
# the failed write, or the space check after a write (fewer than 5 blocks
# free is disk full, as in auditd), runs the action; from then on the
# records are refused as suspended
vt_check "SUSPEND: DISKFULL, then DISKERROR \"remote logging suspended\" ($out)" \
	grep -Eq '^(ACK 2|DISKLOW 2|DISKFULL 2 disk full|DISKERROR 2 remote logging suspended)\|DISKERROR 3 remote logging suspended$' <<< "$out"
vt_check "syslog: logging suspended" fp_syslog_wait 'Audit daemon is suspending logging due to no space left on logging partition.'
rm -f "$VT_DIR/log/fill3"
kill -USR2 "$VT_DAEMON_PID"
vt_wait_for "$VT_LOG" 'op=resume-logging' >/dev/null
vt_eq "after SIGUSR2: ACK" "ACK 2" "$(rm_client 127.0.0.1 'msg:type=USER msg=audit(1700000000.006:1): text=resumed')"
vt_check "... and written" grep -q 'text=resumed$' "$VT_LOG"
errors=$(pl_state 'vigil network error replies')
vt_check "state report counts the error replies ($errors)" test "$errors" -ge 14
vt_stop
vt_finish
