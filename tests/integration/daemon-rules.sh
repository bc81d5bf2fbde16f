#!/bin/bash
# daemon-rules: the daemon loads CONFDIR/rules.d at startup as Debian's unit
# does with `augenrules --load`: the rules are in the kernel as soon as the
# daemon reports ready, audit.rules is the bytes Debian's augenrules makes
# (its --check says "No change"), .prev is kept, vigil_load_rules = no
# loads nothing, a broken line is logged with file and line and the daemon
# runs on, and an immutable kernel is left alone.
. "$(dirname "$0")/../lib/lib.sh"
vt_require_kernel
vt_setup daemon-rules
ETC=$VT_DIR/etc
RULES=$ETC/audit.rules
KEY=vt_drules
old_failure=$(auditctl -s | awk '$1 == "failure" {print $2}')
# (a failure mode of 2 is never sent: it would panic the machine)
trap 'case $old_failure in 0|1) auditctl -f "$old_failure" >/dev/null 2>&1 ;; esac
      vt_restore; [ -n "$VT_KEEP" ] || rm -rf "$VT_DIR"' EXIT

# Debian's augenrules, its fixed paths pointing at the daemon's directory
sed -e "s|/etc/audit/audit.rules|$RULES|g" -e "s|/etc/audit/rules.d|$ETC/rules.d|g" \
	/sbin/augenrules > "$VT_DIR/deb-augenrules"
chmod 755 "$VT_DIR/deb-augenrules"
deb_check() { "$VT_DIR/deb-augenrules" --check | sed "s|^$VT_DIR/deb-augenrules: ||"; }

mkdir "$ETC/rules.d"
printf -- '## base\n-D\n-f 1\n' > "$ETC/rules.d/10-base.rules"
printf -- '# identity\n-w /etc/hostname -p wa -k %s\n' $KEY > "$ETC/rules.d/30-watch.rules"
printf -- '-a always,exit -F arch=b64 -S getppid -F key=%s\n' $KEY > "$ETC/rules.d/40-getppid.rules"
WANT="-w /etc/hostname -p wa -k $KEY
-a always,exit -F arch=b64 -S getppid -F key=$KEY"

# --- loaded before the daemon reports ready ----------------------------
vt_conf
auditctl -D >/dev/null
vt_start || exit 1
vt_eq "auditctl -l as soon as the daemon is ready" "$WANT" "$(auditctl -l)"
vt_eq "audit.rules is Debian's augenrules output (its --check)" "No change" "$(deb_check)"
vt_eq "audit.rules mode" 640 "$(stat -c %a "$RULES")"
vt_check "no audit.rules.prev on the first write" test ! -e "$RULES.prev"
"$VT_LOADGEN" -n 10 >/dev/null
vt_check "the rules reach the daemon's log" vt_wait_for "$VT_LOG" "key=\"$KEY\""
vt_eq "CONFIG_CHANGE add_rule records in the log" 2 \
	"$(grep -c "^type=CONFIG_CHANGE .*op=add_rule key=\"$KEY\"" "$VT_LOG")"
vt_stop
auditctl -D >/dev/null

# --- a restart: unchanged, then changed -------------------------------
cp "$RULES" "$VT_DIR/first"
touch -d '2000-01-01' "$RULES"
vt_start || exit 1
vt_eq "unchanged rules.d: audit.rules not rewritten" 2000 "$(stat -c %y "$RULES" | cut -c1-4)"
vt_eq "unchanged rules.d: loaded again" "$WANT" "$(auditctl -l)"
vt_stop
auditctl -D >/dev/null
printf -- '-w /etc/group -p wa -k %s\n' $KEY > "$ETC/rules.d/35-group.rules"
vt_start || exit 1
vt_eq "changed rules.d: loaded" "-w /etc/hostname -p wa -k $KEY
-w /etc/group -p wa -k $KEY
-a always,exit -F arch=b64 -S getppid -F key=$KEY" "$(auditctl -l)"
vt_check "changed rules.d: audit.rules.prev is the old file" cmp -s "$VT_DIR/first" "$RULES.prev"
vt_eq "changed rules.d: Debian's --check agrees" "No change" "$(deb_check)"
vt_stop
auditctl -D >/dev/null

# --- vigil_load_rules = no ---------------------------------------------
vt_conf "vigil_load_rules = no"
rm "$ETC/rules.d/35-group.rules"
cp "$RULES" "$VT_DIR/second"
vt_start || exit 1
vt_eq "vigil_load_rules = no: nothing loaded" "No rules" "$(auditctl -l)"
vt_check "vigil_load_rules = no: audit.rules untouched" cmp -s "$VT_DIR/second" "$RULES"
vt_stop
vt_conf "vigil_load_rules = maybe"
"$VT_AUDITD" -c "$ETC" --pid-file "$VT_PIDFILE" --state-file "$VT_STATE" 2>/dev/null
vt_eq "vigil_load_rules = maybe is a configuration error" 6 $?

# --- a broken line: logged with file and line, the daemon runs on -------
# foreground (-f): the daemon's diagnostics on stderr
vt_conf
printf -- '-a always,exit -F arch=b64 -S nosuchcall -F key=%s\n-w /etc/passwd -p wa -k %s\n' \
	$KEY $KEY > "$ETC/rules.d/50-bad.rules"
auditctl -D >/dev/null
"$VT_AUDITD" -f -c "$ETC" --pid-file "$VT_PIDFILE" --state-file "$VT_STATE" \
	> /dev/null 2> "$VT_DIR/stderr" &
VT_DAEMON_PID=$!
vt_check "broken line: the daemon starts" vt_wait_for "$VT_DIR/stderr" "Init complete"
line=$(grep -n nosuchcall "$RULES" | cut -d: -f1)
vt_check "broken line: logged with file and line" \
	grep -q "There was an error in line $line of $RULES" "$VT_DIR/stderr"
vt_eq "broken line: the daemon runs, registered" "$VT_DAEMON_PID" "$(vt_kernel_pid)"
vt_eq "broken line: the rules before it loaded, as auditctl -R" "$WANT" "$(auditctl -l)"
vt_stop
# Debian's auditctl says the same of the same file
auditctl -D >/dev/null
auditctl -R "$RULES" > /dev/null 2> "$VT_DIR/deb.stderr"
auditctl -D >/dev/null
missing=$(grep -vxF -f "$VT_DIR/stderr" "$VT_DIR/deb.stderr")
vt_eq "broken line: every line auditctl -R prints on stderr is in the daemon's log" "" "$missing"
rm "$ETC/rules.d/50-bad.rules"

# --- no rules.d: an existing audit.rules is loaded as it is ----------------
mv "$ETC/rules.d" "$VT_DIR/rules.d.off"
printf -- '-D\n-w /etc/shadow -p wa -k %s\n' $KEY > "$RULES"
chmod 640 "$RULES"
vt_start || exit 1
vt_eq "no rules.d: audit.rules loaded as it is" "-w /etc/shadow -p wa -k $KEY" "$(auditctl -l)"
vt_stop
auditctl -D >/dev/null
mv "$VT_DIR/rules.d.off" "$ETC/rules.d"

# --- an immutable kernel (faked: the kernel is never locked) -------------
if [ -f "$VT_HELPERS/fake-immutable.so" ]; then
	cp "$RULES" "$VT_DIR/third"
	LD_PRELOAD=$VT_HELPERS/fake-immutable.so "$VT_AUDITD" -f -c "$ETC" --pid-file "$VT_PIDFILE" \
		--state-file "$VT_STATE" > /dev/null 2> "$VT_DIR/stderr" &
	VT_DAEMON_PID=$!
	vt_check "immutable: the daemon starts" vt_wait_for "$VT_DIR/stderr" "Init complete"
	vt_check "immutable: it says so in its log" grep -q "immutable mode, rules from $ETC not loaded" \
		"$VT_DIR/stderr"
	vt_eq "immutable: nothing loaded" "No rules" "$(auditctl -l)"
	vt_check "immutable: audit.rules untouched" cmp -s "$VT_DIR/third" "$RULES"
	vt_stop
else
	vt_bad "$VT_HELPERS/fake-immutable.so missing: make all builds it"
fi

vt_finish
