#!/bin/bash
# hostile-user: what an unprivileged local user (nobody) can do to a running
# daemon: nothing. No signal reaches it, no socket of it takes their
# messages, no file of it is theirs to read or write, and the daemon itself
# holds only the capabilities main.c says it needs (CAP_AUDIT_CONTROL,
# CAP_CHOWN, CAP_SYS_NICE), in every thread.
. "$(dirname "$0")/../lib/lib.sh"
. "$VT_TOP/tests/lib/reliability.sh"
vt_require_kernel
vt_setup hostile-user
HOSTILE="/usr/bin/python3 $VT_TOP/tests/lib/hostile.py"
NOBODY="setpriv --reuid=65534 --regid=65534 --clear-groups"
# CAP_CHOWN (0), CAP_SYS_NICE (23), CAP_AUDIT_CONTROL (30)
WANT_CAPS=0000000040800001

vt_conf
auditctl -D >/dev/null
vt_start || exit 1
pid=$VT_DAEMON_PID
"$VT_LOADGEN" -n 1 >/dev/null
vt_check "the daemon logged its start" vt_wait_for "$VT_LOG" '^type=DAEMON_START'
daemon_lines() { grep -ac '^type=DAEMON_' "$VT_LOG"; }
lines0=$(daemon_lines)

# --- capabilities ------------------------------------------------------------
threads=0 right=0
for t in /proc/$pid/task/*; do
	threads=$((threads + 1))
	eff=$(awk '$1 == "CapEff:" {print $2}' "$t/status")
	prm=$(awk '$1 == "CapPrm:" {print $2}' "$t/status")
	inh=$(awk '$1 == "CapInh:" {print $2}' "$t/status")
	amb=$(awk '$1 == "CapAmb:" {print $2}' "$t/status")
	[ "$eff" = $WANT_CAPS ] && [ "$prm" = $WANT_CAPS ] && [ "$inh" = 0000000000000000 ] &&
		[ "${amb:-0000000000000000}" = 0000000000000000 ] && right=$((right + 1))
done
# a sanitizer's runtime starts a thread of its own before main() drops
# anything: that one is not the daemon's
spare=0
[ -n "${VIGIL_BUILD:-}" ] && spare=1 && vt_log "(instrumented build: one thread may be the sanitizer's)"
vt_check "every thread holds CapEff = CapPrm = $(capsh --decode=$WANT_CAPS | cut -d= -f2), nothing inheritable or ambient ($right of $threads threads)" \
	test $right -ge $((threads - spare))
main_eff=$(awk '$1 == "CapEff:" {print $2}' /proc/$pid/status)
vt_eq "the main thread's CapEff" $WANT_CAPS "$main_eff"

# --- signals -----------------------------------------------------------------
refused=0
SIGS="TERM HUP USR1 USR2 CONT INT QUIT ALRM PIPE KILL STOP"
for s in $SIGS; do
	$NOBODY kill -s $s $pid 2>/dev/null || refused=$((refused + 1))
done
vt_eq "nobody's signals are refused by the kernel ($SIGS)" 11 $refused
vt_check "the daemon runs on" kill -0 $pid
vt_eq "and wrote no daemon record for them" "$lines0" "$(daemon_lines)"

# --- sockets -----------------------------------------------------------------
inodes=$(ls -l /proc/$pid/fd | sed -n 's/.*socket:\[\([0-9]*\)\]$/\1/p')
nsock=$(echo "$inodes" | grep -c .)
netlink=0 other=0
for i in $inodes; do
	if awk -v i=$i '$NF == i {f=1} END {exit !f}' /proc/net/netlink; then
		netlink=$((netlink + 1))
	fi
	# a unix socket is reachable only when bound to a name (the column
	# after the inode); syslog's client socket is not
	awk -v i=$i '$7 == i && NF >= 8 {f=1} END {exit !f}' /proc/net/unix && other=$((other + 1))
	for f in tcp tcp6 udp udp6 raw raw6 packet; do
		[ -r /proc/net/$f ] && grep -qw "$i" /proc/net/$f && other=$((other + 1))
	done
done
vt_check "its $nsock sockets: $netlink audit netlink sockets" test $netlink -ge 2
vt_eq "it has no unix, inet or packet socket another user could reach" 0 $other
portids=$(for i in $inodes; do awk -v i=$i '$NF == i {print $3}' /proc/net/netlink; done)
for p in $portids; do
	vt_eq "nobody's forged record to its netlink socket $p is refused" EPERM \
		"$($NOBODY $HOSTILE nlsend "$p")"
	# root (CAP_NET_ADMIN) can send it, but the daemon takes records only
	# from the kernel
	$HOSTILE nlsend "$p" >/dev/null
done
n=$($NOBODY $HOSTILE usermsg 1100 2>/dev/null)
vt_eq "nobody cannot send user messages to the kernel (no CAP_AUDIT_WRITE)" 0 "${n:-0}"
sleep 0.5	# a fixed time, not a wait: the check is that nothing came
vt_eq "no forged record reached the log" 0 "$(grep -ac 'forged by hand\|vigil-byte=' "$VT_LOG")"

# --- files -------------------------------------------------------------------
kill -CONT $pid
vt_wait_for "$VT_STATE" 'kernel backlog limit' || true
for f in "$VT_LOG" "$VT_STATE" "$VT_PIDFILE"; do
	vt_check "nobody cannot write $(basename "$f") ($(stat -c '%a %U:%G' "$f"))" \
		bash -c "! $NOBODY sh -c 'echo x >> \"$f\"' 2>/dev/null"
done
vt_check "nobody cannot read the log" bash -c "! $NOBODY cat '$VT_LOG' >/dev/null 2>&1"
vt_check "nobody cannot read the state report" bash -c "! $NOBODY cat '$VT_STATE' >/dev/null 2>&1"
vt_check "nobody cannot create a file in the log directory ($(stat -c '%a %U' "$(dirname "$VT_LOG")"))" \
	bash -c "! $NOBODY touch '$(dirname "$VT_LOG")/planted' 2>/dev/null"
vt_check "nobody cannot look into the daemon (/proc/$pid/environ, fd/)" \
	bash -c "! $NOBODY cat /proc/$pid/environ >/dev/null 2>&1 && ! $NOBODY ls /proc/$pid/fd >/dev/null 2>&1"
vt_check "the daemon runs on" kill -0 $pid
vt_stop
vt_finish
