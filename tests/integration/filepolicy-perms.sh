#!/bin/bash
# filepolicy-perms: where the daemon agrees to write. A log directory not
# owned by root, or writable by its group or others, is refused at startup
# (exit 1) with a syslog line that says which; a log path that is a
# symbolic link is refused; a safe directory and an existing log get
# auditd's modes (0700 / 0600) and root ownership.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
vt_require_kernel
fp_setup filepolicy-perms
nobody=$(id -u nobody 2>/dev/null || echo 65534)

fp_mount_tmpfs "$VT_DIR/log" 4m
vt_conf "space_left = 2" "admin_space_left = 1"
auditctl -D >/dev/null

chown "$nobody" "$VT_DIR/log"
fp_start
vt_eq "a directory owned by another user: exit 1" 1 $?
vt_check "syslog says who owns it" \
	fp_syslog_wait "Unsafe audit log directory $VT_DIR/log: it is owned by uid $nobody, not by root; refusing to log there"
vt_eq "no daemon left registered" 0 "$(vt_kernel_pid)"
vt_check "no log created there" test ! -e "$VT_LOG"
VT_DAEMON_PID=

chown root "$VT_DIR/log"
chmod 777 "$VT_DIR/log"
fp_start
vt_eq "a world-writable directory: exit 1" 1 $?
vt_check "syslog says it is writable by others" \
	fp_syslog_wait "Unsafe audit log directory $VT_DIR/log: it is writable by others (mode 0777); refusing to log there"
chmod 770 "$VT_DIR/log"
fp_start
vt_eq "a group-writable directory: exit 1" 1 $?
vt_check "syslog says it is writable by its group" \
	fp_syslog_wait "it is writable by its group (mode 0770)"
vt_eq "the directory was left as it was" 770 "$(stat -c %a "$VT_DIR/log")"
VT_DAEMON_PID=

chmod 755 "$VT_DIR/log"
ln -s /etc/passwd "$VT_LOG"
fp_start
vt_eq "a log that is a symbolic link: exit 1" 1 $?
vt_check "syslog: the link is not followed" \
	fp_syslog_wait "Couldn't open log file $VT_LOG (Too many levels of symbolic links)"
vt_check "the link's target is untouched" test "$(stat -c %a /etc/passwd)" = 644
rm -f "$VT_LOG"
VT_DAEMON_PID=

# safe: root's, 0755 -> 0700; an existing log 0644 -> 0600
echo "type=DAEMON_START msg=audit(1.000:1): op=start res=success" > "$VT_LOG"
chmod 644 "$VT_LOG"
fp_start || exit 1
vt_eq "the directory gets 0700" 700 "$(stat -c %a "$VT_DIR/log")"
vt_eq "the log gets 0600" "600 root:root" "$(stat -c '%a %U:%G' "$VT_LOG")"
vt_eq "the existing log is appended to" 2 "$(grep -c '^type=DAEMON_START' "$VT_LOG")"
vt_stop
vt_finish
