#!/bin/bash
# hostile-files: files and paths another local user could have planted or
# changed. The daemon runs as root: a config or rules file others can write
# would let them decide what root runs and what is audited; a symlink at the
# log, state or pid path would let them aim root's writes at any file.
# Each case must be refused, and the target must stay untouched.
. "$(dirname "$0")/../lib/lib.sh"
. "$VT_TOP/tests/lib/filepolicy.sh"
. "$VT_TOP/tests/lib/reliability.sh"
vt_require_kernel
fp_setup hostile-files
ETC=$VT_DIR/etc
VICTIM=$VT_DIR/victim
KEY=vt_hostile
echo "precious" > "$VICTIM"
chmod 644 "$VICTIM"
victim_intact() { [ "$(cat "$VICTIM")" = precious ] && [ "$(stat -c %a "$VICTIM")" = 644 ]; }
auditctl -D >/dev/null

# start_refused DESCRIPTION: the daemon must not start (and must not touch
# the victim); stops it if it did start
start_refused() {
	fp_start 2>/dev/null
	local rc=$?
	vt_check "$1: refused (exit $rc)" test $rc != 0
	[ $rc = 0 ] && vt_stop
	vt_check "$1: the target file is untouched" victim_intact
}

# state_written: a complete state report, as a regular file
state_written() {
	[ -f "$VT_STATE" ] && [ ! -L "$VT_STATE" ] && grep -q '^listening for network' "$VT_STATE"
}

# --- auditd.conf -----------------------------------------------------------
vt_conf
chmod 646 "$ETC/auditd.conf"
fp_start 2>/dev/null
vt_eq "auditd.conf writable by others: refused, exit 6" 6 $?
chmod 640 "$ETC/auditd.conf"
chown 65534 "$ETC/auditd.conf"
fp_start 2>/dev/null
vt_eq "auditd.conf owned by another user: refused, exit 6" 6 $?
chown 0 "$ETC/auditd.conf"
mv "$ETC/auditd.conf" "$VT_DIR/real.conf"
ln -s "$VT_DIR/real.conf" "$ETC/auditd.conf"
fp_start 2>/dev/null
vt_eq "auditd.conf is a symlink (no -l): refused, exit 6" 6 $?
rm "$ETC/auditd.conf"
mv "$VT_DIR/real.conf" "$ETC/auditd.conf"

# --- the log path ----------------------------------------------------------
ln -s "$VICTIM" "$VT_LOG"
start_refused "log_file is a symlink to another file"
rm "$VT_LOG"
mv "$VT_DIR/log" "$VT_DIR/logdir"
ln -s "$VT_DIR/logdir" "$VT_DIR/log"
start_refused "the log directory is a symlink"
rm "$VT_DIR/log"
mv "$VT_DIR/logdir" "$VT_DIR/log"
chmod 1777 "$VT_DIR/log"
start_refused "the log directory is writable by others (sticky, like /tmp)"
chmod 700 "$VT_DIR/log"
chown 65534 "$VT_DIR/log"
start_refused "the log directory belongs to another user"
chown 0 "$VT_DIR/log"
# (a hard link needs write access to the directory: root's alone, as checked)

# --- pid and state files ---------------------------------------------------
ln -s "$VICTIM" "$VT_PIDFILE"
ln -s "$VICTIM" "$VT_STATE"
fp_start || { vt_bad "start with symlinks at the pid and state paths"; vt_finish; exit 1; }
vt_check "a symlink at the pid path: the victim is untouched" victim_intact
vt_check "the pid file is a regular file now" test -f "$VT_PIDFILE" -a ! -L "$VT_PIDFILE"
ln -sf "$VICTIM" "$VT_STATE"
kill -CONT "$VT_DAEMON_PID"
vt_wait_until 50 state_written
vt_check "a symlink at the state path, then SIGCONT: the victim is untouched" victim_intact
vt_check "the state report is a regular file of mode 0640" \
	test -f "$VT_STATE" -a ! -L "$VT_STATE" -a "$(stat -c %a "$VT_STATE")" = 640
rm -f "$VT_STATE"
mkfifo "$VT_STATE"
kill -CONT "$VT_DAEMON_PID"
vt_wait_until 50 state_written
# (a fixed time, not a wait: the check is that the daemon does not die)
vt_check "a FIFO at the state path does not hang the daemon" \
	bash -c "kill -HUP $VT_DAEMON_PID && sleep 0.5 && kill -0 $VT_DAEMON_PID"
vt_stop
vt_check "stopped cleanly after the FIFO (the pid file is removed)" test ! -e "$VT_PIDFILE"

# --- rules ---------------------------------------------------------------
mkdir -p "$ETC/rules.d"
printf -- '-a always,exit -F arch=b64 -S getppid -F key=%s\n' $KEY > "$ETC/rules.d/50-planted.rules"
chmod 666 "$ETC/rules.d/50-planted.rules"
fp_start 2>/dev/null
vt_check "a rules.d file writable by others is not loaded" \
	bash -c "! auditctl -l | grep -q $KEY"
vt_stop
auditctl -D >/dev/null
chmod 664 "$ETC/rules.d/50-planted.rules"
fp_start 2>/dev/null
vt_check "a rules.d file writable by its group is not loaded" \
	bash -c "! auditctl -l | grep -q $KEY"
vt_stop
auditctl -D >/dev/null
chmod 644 "$ETC/rules.d/50-planted.rules"
chmod 777 "$ETC/rules.d"
fp_start 2>/dev/null
vt_check "a rules.d directory writable by others is not loaded" \
	bash -c "! auditctl -l | grep -q $KEY"
vt_stop
auditctl -D >/dev/null
chmod 775 "$ETC/rules.d"
fp_start 2>/dev/null
vt_check "a rules.d directory writable by its group is not loaded" \
	bash -c "! auditctl -l | grep -q $KEY"
vt_stop
auditctl -D >/dev/null
rm -rf "$ETC/rules.d" "$ETC"/audit.rules*
printf -- '-a always,exit -F arch=b64 -S getppid -F key=%s\n' $KEY > "$ETC/audit.rules"
chmod 666 "$ETC/audit.rules"
fp_start 2>/dev/null
vt_check "audit.rules writable by others is not loaded" bash -c "! auditctl -l | grep -q $KEY"
vt_stop
auditctl -D >/dev/null
vt_finish
