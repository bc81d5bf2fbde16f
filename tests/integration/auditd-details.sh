#!/bin/bash
# auditd-details: what a sysadmin notices when vigil and Debian's auditd
# 3.0.9 run the same way on the same kernel, one after the other:
# - started with audit disabled (the state at boot without audit=1), the
#   log holds no CONFIG_CHANGE for the registration (auditd sets its pid
#   while audit is off, then enables);
# - the pid file is 0644 (status scripts read it as non-root);
# - the state report (SIGCONT) has auditd's keys and values, plugin queue
#   size 0 without plugins;
# - every record that names the sender of a signal names the right one:
#   a shell without a login uid, a short-lived process with one (gone
#   before the daemon could look at /proc), Debian's and vigil's
#   `auditctl --signal`, and two senders whose signals wait together (the
#   kernel's AUDIT_SIGNAL_INFO then describes only the last).
. "$(dirname "$0")/../lib/lib.sh"
vt_require_kernel
[ -x /usr/sbin/auditd ] || vt_skip "Debian's /usr/sbin/auditd is not installed"
vt_setup auditd-details
O=$VT_DIR/oracle
mkdir -p "$O/log" "$VT_DIR/plugins.d" && chmod 700 "$O/log"
vt_conf "plugin_dir = $VT_DIR/plugins.d"
sed "s|^log_file = .*|log_file = $O/log/audit.log|" "$VT_DIR/etc/auditd.conf" > "$O/auditd.conf"
chmod 640 "$O/auditd.conf"
OPID=/var/run/auditd.pid OSTATE=/var/run/auditd.state
[ -e "$OPID" ] && vt_skip "$OPID exists: is another auditd running?"
trap 'vt_restore; rm -f "$OPID" "$OSTATE"; [ -n "$VT_KEEP" ] || rm -rf "$VT_DIR"' EXIT

# the state report without what differs by nature (time, sizes, free
# space) and without vigil's own keys
state_keys() {
	grep -v -e '^current time' -e '^current log size' -e 'free space' \
		-e '^vigil ' -e '^kernel ' "$1"
}

# --- Debian's auditd ------------------------------------------------------
auditctl -e 0 >/dev/null
/usr/sbin/auditd -c "$O" || vt_bad "Debian's auditd starts"
VT_ORACLE_PID=$(cat "$OPID" 2>/dev/null)
vt_check "Debian's auditd registered" [ "$(vt_kernel_pid)" = "$VT_ORACLE_PID" ]
omode=$(stat -c %a "$OPID")
rm -f "$OSTATE"
kill -CONT "$VT_ORACLE_PID"
for i in $(seq 100); do [ -s "$OSTATE" ] && break; sleep 0.02; done
sleep 0.1	# written in one go, but by another process: let it finish
cp "$OSTATE" "$VT_DIR/oracle.state" 2>/dev/null
kill -TERM "$VT_ORACLE_PID"
vt_wait_gone "$VT_ORACLE_PID"
VT_ORACLE_PID=
vt_eq "Debian's auditd: no registration record when started disabled" 0 \
	"$(grep -c 'op=set audit_pid=' "$O/log/audit.log")"

# --- vigil ----------------------------------------------------------------
auditctl -e 0 >/dev/null
vt_start || { vt_finish; exit 1; }
P=$VT_DAEMON_PID
vt_eq "no CONFIG_CHANGE for the registration when started disabled (as auditd)" 0 \
	"$(grep -c 'op=set audit_pid=' "$VT_LOG")"
vt_eq "the kernel is enabled after the start" 1 "$(auditctl -s | awk '$1 == "enabled" {print $2}')"
vt_eq "pid file mode (Debian's: $omode)" "$omode" "$(stat -c %a "$VT_PIDFILE")"
kill -CONT "$P"
vt_wait_for "$VT_STATE" "listening for network connections"
diff <(state_keys "$VT_DIR/oracle.state") <(state_keys "$VT_STATE") > "$VT_DIR/state.diff"
vt_check "state report: every shared key as Debian's auditd writes it" [ ! -s "$VT_DIR/state.diff" ]
sed 's/^/        /' "$VT_DIR/state.diff"
vt_eq "state report: plugin queue size without plugins" "plugin queue size = 0" \
	"$(grep '^plugin queue size' "$VT_STATE")"

# the records of signal N (1-based) of TYPE
nth() { grep -h "type=$1 " "$VT_LOG"* | sed -n "$2p" | sed 's/.*): //'; }
resumes=0
usr2() {	# wait for the next DAEMON_RESUME
	resumes=$((resumes + 1))
	vt_wait_lines "$VT_LOG" "type=DAEMON_RESUME" "$resumes" 50
}

# 1. this shell: no login uid, so the kernel's auid is the uid (0)
kill -USR2 "$P"
usr2
vt_eq "kill from a shell without a login uid" \
	"op=resume-logging auid=0 uid=0 ses=4294967295 pid=$$ res=success" "$(nth DAEMON_RESUME 1)"

# 2. a process with a login uid that exits at once (and is reaped by this
# shell) after its kill: read at arrival, not when /proc is gone
# The session can only be read while the sender exists (the kernel's
# signal info has no session): a daemon slow to wake (a sanitizer's, or a
# loaded machine: CI saw it once in 3 rounds) may find it reaped and say
# ses unknown; the login uid (the kernel's word) and the uid (the
# signal's) must stay right, and on the plain build most rounds must read
# the session.
read_ses=0
for i in 1 2 3 4 5; do
	bash -c 'echo 1000 > /proc/self/loginuid; echo $$ $(cat /proc/self/sessionid) > "$1"; kill -USR2 "$2"' \
		_ "$VT_DIR/who" "$P"
	usr2
	read -r spid ses < "$VT_DIR/who"
	got=$(nth DAEMON_RESUME $resumes)
	if [ "${got/ses=4294967295 /ses=$ses }" != "$got" ]; then
		vt_log "(round $i: the sender was gone, ses not read)"
		got=${got/ses=4294967295 /ses=$ses }
	else
		read_ses=$((read_ses + 1))
	fi
	vt_eq "short-lived sender with login uid 1000 (round $i)" \
		"op=resume-logging auid=1000 uid=0 ses=$ses pid=$spid res=success" "$got"
done
if [ -n "${VIGIL_BUILD:-}" ]; then
	vt_log "(instrumented build: $read_ses of 5 rounds read the session)"
else
	vt_check_plain "the session read at the signal's arrival in $read_ses of 5 rounds (at least 3)" \
		test "$read_ses" -ge 3
fi

# 3. auditctl --signal, Debian's and vigil's: its process is gone at once
for i in 1 2 3; do
	for ctl in /sbin/auditctl "$VT_BUILD/auditctl"; do
		"$ctl" --signal USR2 >/dev/null
		usr2
		vt_check "$ctl --signal (round $i): auid=0 uid=0" \
			grep -qE '^op=resume-logging auid=0 uid=0 ses=4294967295 pid=[0-9]+ res=success$' \
			<<< "$(nth DAEMON_RESUME $resumes)"
	done
done

# 4. two senders while the daemon cannot read (stopped): both signals wait,
# and the kernel's signal info then names only the last. Each sender stays
# alive, so its login uid is there to read; each record names its own.
kill -STOP "$P"
bash -c 'echo 1001 > /proc/self/loginuid; kill -USR2 "$2"; echo $$ $(cat /proc/self/sessionid) > "$1"; exec sleep 30' \
	_ "$VT_DIR/a" "$P" &
A=$!
vt_wait_for "$VT_DIR/a" .
bash -c 'echo 1002 > /proc/self/loginuid; kill -HUP "$2"; echo $$ > "$1"; exec sleep 30' \
	_ "$VT_DIR/b" "$P" &
B=$!
vt_wait_for "$VT_DIR/b" .
kill -CONT "$P"
usr2
vt_wait_for "$VT_LOG" "type=DAEMON_CONFIG"
read -r apid ases < "$VT_DIR/a"
vt_eq "first of two waiting signals (USR2, login uid 1001)" \
	"op=resume-logging auid=1001 uid=0 ses=$ases pid=$apid res=success" "$(nth DAEMON_RESUME $resumes)"
vt_eq "second of two waiting signals (HUP, login uid 1002)" \
	"op=reconfigure state=changed auid=1002 pid=$(cat "$VT_DIR/b") subj=? res=success" \
	"$(nth DAEMON_CONFIG 1)"
kill "$A" "$B" 2>/dev/null
wait "$A" "$B" 2>/dev/null

vt_stop
vt_finish
