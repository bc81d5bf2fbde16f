#!/bin/bash
# remote-init: a receiver that cannot start stops the daemon, as auditd:
# the port already taken, or a transport vigil does not speak (krb5):
# DAEMON_ABORT op=network-init in the log, a syslog line, exit 1 from the
# waiting parent, the kernel left without a registered daemon.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
. "$(dirname "$0")/../lib/plugins.sh"
vt_require_kernel
fp_setup remote-init
RM_PORT=$(rm_port)

python3 -c '
import socket, sys, time
s = socket.socket(socket.AF_INET6)
s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
s.bind(("::", int(sys.argv[1]))); s.listen(1)
print("bound", flush=True); time.sleep(30)' "$RM_PORT" > "$VT_DIR/holder" &
H=$!
vt_wait_for "$VT_DIR/holder" bound >/dev/null
vt_conf "tcp_listen_port = $RM_PORT"
fp_start
vt_eq "port taken: the parent exits 1" 1 $?
vt_check "DAEMON_ABORT op=network-init res=failed" \
	grep -q '^type=DAEMON_ABORT msg=audit([0-9.:]*): op=network-init auid=[0-9]* pid=[0-9]* uid=0 ses=[0-9]* res=failed$' "$VT_LOG"
vt_check "syslog names the port and the reason" fp_syslog_wait "Cannot bind listener socket to port $RM_PORT (Address already in use)"
vt_eq "no daemon left registered" 0 "$(vt_kernel_pid)"
vt_check "no pid file left behind" test ! -e "$VT_PIDFILE"
kill $H 2>/dev/null
wait $H 2>/dev/null

rm -f "$VT_LOG"
vt_conf "tcp_listen_port = $RM_PORT" "transport = KRB5"
fp_start
vt_eq "transport = KRB5: the parent exits 1" 1 $?
vt_check "... with DAEMON_ABORT op=network-init" grep -q 'op=network-init .*res=failed$' "$VT_LOG"
vt_check "... and a syslog line saying tcp only" fp_syslog_wait "transport krb5 is not supported"
vt_eq "no daemon left registered" 0 "$(vt_kernel_pid)"
vt_finish
