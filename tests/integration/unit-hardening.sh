#!/bin/bash
# unit-hardening: vigil's daemon run by systemd under the hardening of
# systemd/auditd.service (a copy named vigil-hardening-test.service under
# /run/systemd/system, pointing at the build's auditd and a test
# configuration under a temp dir; removed on every exit), and every file
# policy action and plugin working under it (auditd.conf(5), RUNNING UNDER
# SYSTEMD):
#  - run 1: start (Type=notify), registration, the bounding set of the
#    daemon and of an exec helper, rules.d merged and loaded from inside
#    the namespace (an exe= rule and a watch on a /tmp file still see the
#    host's files), records, USR1 rotation, CONT state report, reload
#    (systemctl reload = SIGHUP), the network listener on port 60
#    (CAP_NET_BIND_SERVICE), the af_unix plugin and vigil's audisp-syslog
#    (journald through /dev/log), space_left_action = EXEC,
#    admin_space_left_action = SINGLE;
#  - run 2: space_left_action = EMAIL (a stub at /usr/lib/sendmail where
#    the host has one to stand in for; else the "isn't executable" path),
#    admin_space_left_action = HALT, disk_full_action = SUSPEND, then
#    space_left_action = SYSLOG after a reload;
#  - run 3: SUSE's additions (PrivateDevices=yes; ProtectSystem=full is the
#    unit's own): start, records, syslog, rotation.
# /sbin/init and /usr/lib/sendmail are stubs bound over the real ones in
# the unit's namespace only (BindReadOnlyPaths=): single and halt are never
# carried out. Skips (77) without systemd as PID 1.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
. "$(dirname "$0")/../lib/plugins.sh"
vt_require_kernel
[ -d /run/systemd/system ] || vt_skip "systemd is not PID 1"
command -v systemctl >/dev/null && command -v journalctl >/dev/null || vt_skip "systemctl/journalctl missing"
command -v ss >/dev/null || vt_skip "ss (iproute2) not installed"
[ -e /sbin/init ] || vt_skip "no /sbin/init to stand a stub in for"
vt_setup unit-hardening
UNIT=vigil-hardening-test.service
UNIT_FILE=/run/systemd/system/$UNIT
UNIT_DROPIN=/run/systemd/system/$UNIT.d

uh_cleanup() {
	systemctl stop "$UNIT" >/dev/null 2>&1
	rm -rf "$UNIT_FILE" "$UNIT_DROPIN"
	systemctl daemon-reload >/dev/null 2>&1
	systemctl reset-failed "$UNIT" >/dev/null 2>&1
	return 0
}
trap 'uh_cleanup; vt_restore; fp_cleanup; [ -n "$VT_KEEP" ] || rm -rf "$VT_DIR"' EXIT
FP_SYSLOG=/dev/null
KEY=vigil_uh
WKEY=vigil_uh_watch
PORT=60
INIT_CALLS=$VT_DIR/init.calls
pl_setup

# --- the stubs and the helper (root's, 0755, as auditd requires) --------
printf '#!/bin/sh\necho "init $*" >> %s\n' "$INIT_CALLS" > "$VT_DIR/init-stub"
printf '#!/bin/sh\nf=%s/mail.$$\necho "argv: $*" > "$f"\n/bin/cat >> "$f"\n' "$VT_DIR" \
	> "$VT_DIR/sendmail-stub"
cat > "$VT_DIR/helper.sh" <<EOF
#!/bin/sh
/usr/bin/grep -E '^(CapBnd|NoNewPrivs|Seccomp):' /proc/\$\$/status > $VT_DIR/helper.out
echo "uid=\$(/usr/bin/id -u)" >> $VT_DIR/helper.out
EOF
chmod 755 "$VT_DIR/init-stub" "$VT_DIR/sendmail-stub" "$VT_DIR/helper.sh"
SENDMAIL_STUB=
[ -e /usr/lib/sendmail ] && SENDMAIL_STUB=1

# uh_unit [extra [Service] lines]: the repository's unit, renamed, pointing
# at the build and the test's configuration, with the stubs bound in
uh_unit() {
	sed -e "s|^ExecStart=/sbin/auditd -n\$|ExecStart=$VT_AUDITD -n -c $VT_DIR/etc --pid-file $VT_PIDFILE --state-file $VT_STATE|" \
		-e '/^\[Install\]/,$d' "$VT_TOP/systemd/auditd.service" > "$UNIT_FILE"
	grep -q "^ExecStart=$VT_AUDITD " "$UNIT_FILE" || { vt_bad "unit: ExecStart not replaced"; return 1; }
	mkdir -p "$UNIT_DROPIN"
	{
		echo "[Service]"
		echo "Restart=no"
		echo "BindReadOnlyPaths=$VT_DIR/init-stub:/sbin/init"
		[ -z "$SENDMAIL_STUB" ] || echo "BindReadOnlyPaths=$VT_DIR/sendmail-stub:/usr/lib/sendmail"
		for l in "$@"; do echo "$l"; done
	} > "$UNIT_DROPIN/test.conf"
	systemctl daemon-reload
}

# uh_start: start the unit (returns once READY=1); the daemon's pid
uh_start() {
	T0=$(date +%s)
	if ! systemctl start "$UNIT"; then
		vt_bad "systemctl start $UNIT"
		journalctl -q -o cat -u "$UNIT" --since "@$T0" | tail -20 | sed 's/^/       /'
		return 1
	fi
	VT_DAEMON_PID=$(systemctl show -p MainPID --value "$UNIT")
	vt_check "unit active, daemon pid $VT_DAEMON_PID" test "$(systemctl is-active "$UNIT")" = active
}

uh_stop() {
	systemctl stop "$UNIT"
	[ -z "$VT_DAEMON_PID" ] || vt_wait_gone "$VT_DAEMON_PID"
	VT_DAEMON_PID=
}

# uh_journal PATTERN [tries]: the unit's journal (its syslog lines and its
# plugins') since the start has PATTERN, within tries tenths of a second
uh_journal_has() { journalctl -q -o cat -u "$UNIT" --since "@$T0" 2>/dev/null | grep -qa -- "$1"; }
uh_journal() { vt_wait_until "${2:-50}" uh_journal_has "$1"; }

# the unit's bounding set, as the hex mask /proc shows
uh_capmask() {
	python3 - "$1" <<'EOF'
import sys
bits = {"CAP_CHOWN": 0, "CAP_SETGID": 6, "CAP_SETUID": 7, "CAP_NET_BIND_SERVICE": 10,
        "CAP_NET_ADMIN": 12, "CAP_SYS_NICE": 23, "CAP_SYS_RESOURCE": 24,
        "CAP_AUDIT_CONTROL": 30, "CAP_AUDIT_READ": 37}
m = 0
for c in sys.argv[1].split():
    m |= 1 << bits[c]
print("%016x" % m)
EOF
}
WANT_BND=$(uh_capmask "$(sed -n 's/^CapabilityBoundingSet=//p' "$VT_TOP/systemd/auditd.service")")
status_of() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"; }

# --- run 1 ---------------------------------------------------------------
fp_mount_tmpfs "$VT_DIR/log" 16m
mkdir -p "$VT_DIR/etc/rules.d"
: > "$VT_DIR/watched"
printf '%s\n' "-D" "-a always,exit -F arch=b64 -S getppid -F exe=$VT_LOADGEN -k $KEY" \
	"-w $VT_DIR/watched -p wa -k $WKEY" > "$VT_DIR/etc/rules.d/10-test.rules"
chmod 640 "$VT_DIR/etc/rules.d/10-test.rules"
vt_conf "space_left = 8" "space_left_action = EXEC $VT_DIR/helper.sh" \
	"admin_space_left = 4" "admin_space_left_action = SINGLE" \
	"disk_full_action = SUSPEND" "tcp_listen_port = $PORT" "plugin_dir = $PL_DIR" \
	"vigil_load_rules = yes"
pl_plugin afunix "active = yes" "direction = out" "path = builtin_af_unix" "type = builtin" \
	"args = 0600 $VT_DIR/af.sock" "format = string"
pl_plugin syslog "active = yes" "direction = out" "path = $VT_BUILD/audisp-syslog" \
	"type = always" "args = LOG_INFO" "format = string"
auditctl -D >/dev/null
uh_unit || exit 1
uh_start || exit 1
vt_eq "the kernel's audit pid is the unit's main pid" "$VT_DAEMON_PID" "$(vt_kernel_pid)"
vt_eq "pid file" "$VT_DAEMON_PID" "$(cat "$VT_PIDFILE" 2>/dev/null)"
vt_eq "the daemon's bounding set is the unit's" "$WANT_BND" "$(status_of "$VT_DAEMON_PID" CapBnd)"
vt_eq "seccomp filter on" 2 "$(status_of "$VT_DAEMON_PID" Seccomp)"
vt_eq "no_new_privs off (setgid mailers)" 0 "$(status_of "$VT_DAEMON_PID" NoNewPrivs)"
vt_check "rules.d merged into audit.rules" grep -q -- "-k $KEY" "$VT_DIR/etc/audit.rules"
vt_check "rules loaded from inside the unit" sh -c "auditctl -l | grep -q 'key=$KEY'"
vt_check "network listener on port $PORT (below 1024)" sh -c "ss -ltnH 'sport = :$PORT' | grep -q LISTEN"
vt_check "af_unix socket made" test -S "$VT_DIR/af.sock"
python3 "$VT_TOP/tests/lib/afunix-client.py" "$VT_DIR/af.sock" "$VT_DIR/af.out" 10 > "$VT_DIR/af.ready" &
AF_PID=$!
vt_wait_for "$VT_DIR/af.ready" connected 50
fp_events 20
fp_wait_count $KEY 20 "$VT_LOG"
vt_eq "records from the exe= rule logged" 20 "$(fp_count $KEY "$VT_LOG")"
echo x >> "$VT_DIR/watched"
vt_check "the watch on a /tmp file sees the host's file (no PrivateTmp)" \
	vt_wait_for "$VT_LOG" "key=\"$WKEY\""
vt_check "af_unix client got the records" vt_wait_for "$VT_DIR/af.out" "key=\"$KEY\""
kill "$AF_PID" 2>/dev/null
vt_check "audisp-syslog reached journald through /dev/log" uh_journal "key=\"$KEY\""
vt_check "the daemon's own syslog lines reach journald" uh_journal "Init complete"
kill -USR1 "$VT_DAEMON_PID"
vt_check "USR1: rotated" vt_wait_until 50 test -e "$VT_LOG.1"
vt_check "USR1: DAEMON_ROTATE" vt_wait_for "$VT_LOG.1" '^type=DAEMON_ROTATE'
vt_eq "CONT: state report written" no "$(fp_state 'logging suspended')"
systemctl reload "$UNIT"
vt_check "reload: DAEMON_CONFIG" vt_wait_for "$VT_LOG" '^type=DAEMON_CONFIG .*op=reconfigure state=changed'
vt_check "still active after the reload" test "$(systemctl is-active "$UNIT")" = active

fp_fill fill1 9M
fp_poke
vt_check "space_left EXEC: the helper ran" vt_wait_until 50 test -s "$VT_DIR/helper.out"
vt_check "helper ran as root" grep -qx 'uid=0' "$VT_DIR/helper.out"
vt_eq "helper bounded by the unit's set" "$WANT_BND" \
	"$(awk '$1 == "CapBnd:" { print $2 }' "$VT_DIR/helper.out")"
fp_fill fill2 4M
fp_poke
vt_check "admin_space_left SINGLE: the stub init got 1" vt_wait_until 50 grep -qx 'init 1' "$INIT_CALLS"
vt_check "syslog: single user mode" uh_journal 'changing the system to single user mode'
uh_stop
vt_eq "stopped: kernel pid cleared" 0 "$(vt_kernel_pid)"
rm -f "$VT_DIR"/log/* "$INIT_CALLS"

# --- run 2 ---------------------------------------------------------------
auditctl -D >/dev/null
vt_conf "space_left = 8" "space_left_action = EMAIL" "action_mail_acct = root" \
	"admin_space_left = 4" "admin_space_left_action = HALT" \
	"disk_full_action = SUSPEND" "vigil_load_rules = no" "plugin_dir = $PL_DIR"
uh_start || exit 1
fp_rule $KEY
fp_fill fill1 9M
fp_poke
if [ -n "$SENDMAIL_STUB" ]; then
	vt_check "EMAIL: the mailer got the mail" vt_wait_until 50 sh -c "ls $VT_DIR/mail.* >/dev/null 2>&1"
	vt_check "EMAIL: sendmail -t -froot" grep -qx 'argv: -t -froot' $VT_DIR/mail.*
else
	vt_log "(no /usr/lib/sendmail on this host to stand a stub in for: the missing-mailer path)"
	vt_check "EMAIL: no mailer, said in syslog" uh_journal "/usr/lib/sendmail isn't executable"
fi
fp_fill fill2 4M
fp_poke
vt_check "admin_space_left HALT: the stub init got 0" vt_wait_until 50 grep -qx 'init 0' "$INIT_CALLS"
vt_check "syslog: halting" uh_journal 'The audit daemon is now halting the system'
head -c 16M /dev/zero > "$VT_DIR/log/fill3" 2>/dev/null	# until the tmpfs is full
fp_poke
vt_check "disk_full SUSPEND" uh_journal 'suspending logging due to no space left'
vt_eq "state: logging suspended" yes "$(fp_state 'logging suspended')"
rm -f "$VT_DIR/log/fill3"
vt_conf "space_left = 8" "space_left_action = SYSLOG" "admin_space_left = 4" \
	"admin_space_left_action = SUSPEND" "disk_full_action = SUSPEND" "vigil_load_rules = no" \
	"plugin_dir = $PL_DIR"
systemctl reload "$UNIT"
kill -USR2 "$VT_DAEMON_PID"
vt_check "USR2: DAEMON_RESUME" vt_wait_for "$VT_LOG" '^type=DAEMON_RESUME'
fp_poke
vt_check "space_left SYSLOG" uh_journal 'Audit daemon is low on disk space for logging'
uh_stop
rm -f "$VT_DIR"/log/* "$VT_DIR"/mail.* "$INIT_CALLS"

# --- run 3: SUSE's additions ---------------------------------------------
auditctl -D >/dev/null
vt_conf "plugin_dir = $PL_DIR" "vigil_load_rules = no"
rm -f "$PL_DIR/afunix.conf"
uh_unit "PrivateDevices=yes" "ProtectSystem=full" || exit 1
uh_start || exit 1
fp_rule $KEY
fp_events 10
fp_wait_count $KEY 10 "$VT_LOG"
vt_eq "PrivateDevices: records logged" 10 "$(fp_count $KEY "$VT_LOG")"
vt_check "PrivateDevices: audisp-syslog still reaches journald" uh_journal "key=\"$KEY\""
kill -USR1 "$VT_DAEMON_PID"
vt_check "PrivateDevices: USR1 rotates" vt_wait_until 50 test -e "$VT_LOG.1"
uh_stop
vt_finish
