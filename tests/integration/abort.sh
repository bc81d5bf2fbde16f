#!/bin/bash
# abort: when the kernel refuses the registration (another audit daemon is
# registered), vigil writes DAEMON_ABORT op=set-pid, leaves the other daemon
# alone, and the waiting parent exits 1.
. "$(dirname "$0")/../lib/lib.sh"
vt_require_kernel
[ -x /usr/sbin/auditd ] || vt_skip "Debian's /usr/sbin/auditd is not installed"
vt_setup abort
vt_conf
mkdir -p "$VT_DIR/oracle/log" && chmod 700 "$VT_DIR/oracle/log"
sed "s|^log_file = .*|log_file = $VT_DIR/oracle/log/audit.log|" "$VT_DIR/etc/auditd.conf" > "$VT_DIR/oracle/auditd.conf"
/usr/sbin/auditd -n -c "$VT_DIR/oracle" &
VT_ORACLE_PID=$!
for i in $(seq 50); do [ "$(vt_kernel_pid)" = "$VT_ORACLE_PID" ] && break; sleep 0.1; done

"$VT_AUDITD" -c "$VT_DIR/etc" --pid-file "$VT_PIDFILE" --state-file "$VT_STATE"
vt_eq "parent exits 1 when registration is refused" 1 $?
vt_check "DAEMON_ABORT op=set-pid res=failed is logged" \
	grep -q '^type=DAEMON_ABORT msg=audit([0-9.:]*): op=set-pid auid=[0-9]* pid=[0-9]* uid=0 ses=[0-9]* res=failed$' "$VT_LOG"
vt_eq "the other daemon is still the registered one" "$VT_ORACLE_PID" "$(vt_kernel_pid)"
vt_check "no pid file left behind" test ! -e "$VT_PIDFILE"
vt_finish
