#!/bin/bash
# rulesets: every rule file shipped in rules/, and each combination that
# rules/README.md recommends, loads into the real kernel with Debian's
# auditctl -R without an error or a warning, and the kernel then lists as
# many rules as the files have rule lines (so no line was skipped or merged
# and no two files collide with "Rule exists"). gen-privileged.sh's output
# for this machine loads the same way.
#
# Lines that would lock the kernel until reboot (-e 2), panic it (-f 2) or
# freeze login uids (--loginuid-immutable) are never sent: the shipped files
# must have them commented out, and any that appear are stripped before
# loading.
. "$(dirname "$0")/../lib/lib.sh"
vt_require_kernel
vt_setup rulesets
RULES=$VT_TOP/rules
AUDITCTL=${DEBIAN_AUDITCTL:-/sbin/auditctl}
[ -x "$AUDITCTL" ] || vt_skip "Debian's auditctl ($AUDITCTL) not installed"

# 10-base-config changes the backlog limit, the wait time and the failure
# mode; put back what this machine had.
status=$("$AUDITCTL" -s)
status_of() { echo "$status" | awk -v k="$1" '$1 == k { print $2 }'; }
SAVED_B=$(status_of backlog_limit)
SAVED_F=$(status_of failure)
SAVED_W=$(status_of backlog_wait_time)
rs_restore() {
	"$AUDITCTL" -D >/dev/null 2>&1
	[ -n "$SAVED_B" ] && "$AUDITCTL" -b "$SAVED_B" >/dev/null 2>&1
	[ -n "$SAVED_W" ] && "$AUDITCTL" --backlog_wait_time "$SAVED_W" >/dev/null 2>&1
	# only 0 or 1 is ever sent back, whatever was found
	case $SAVED_F in 0 | 1) "$AUDITCTL" -f "$SAVED_F" >/dev/null 2>&1 ;; esac
	return 0
}
trap 'rs_restore; vt_restore; [ -n "$VT_KEEP" ] || rm -rf "$VT_DIR"' EXIT

# gen-privileged.sh walks the file systems for a few seconds: let it run
# while the files load (the kernel's part is mostly waiting, see rs_load)
gen=$VT_DIR/31-privileged-generated.rules
sh "$RULES/gen-privileged.sh" > "$gen" 2>"$VT_DIR/gen.err" &
gen_pid=$!

DANGER='^[[:space:]]*(-e[[:space:]]*2|-f[[:space:]]*2|--loginuid-immutable)([[:space:]]|$)'
RULE_LINE='^[[:space:]]*-[aAw][[:space:]]'

# No shipped file may lock, panic or freeze the kernel when copied as it is.
live=$(grep -lE "$DANGER" "$RULES"/*.rules 2>/dev/null | xargs -r -n1 basename)
vt_eq "no shipped file enables -e 2, -f 2 or --loginuid-immutable" "" "$live"
vt_check "99-finalize.rules carries -e 2, commented out" grep -qE '^#[[:space:]]*-e[[:space:]]+2' "$RULES/99-finalize.rules"
vt_check "11-loginuid.rules carries --loginuid-immutable, commented out" grep -qE '^#[[:space:]]*--loginuid-immutable' "$RULES/11-loginuid.rules"

# rs_load NAME FILE...: load the files, joined in the order augenrules uses,
# into an empty kernel rule list and check the outcome. Emptying it again
# is the slow part: the kernel waits for an RCU grace period in each rule's
# deletion (~12 ms a rule here).
rs_load() {
	local name=$1 f want got rc
	shift
	local set=$VT_DIR/$name.rules out=$VT_DIR/$name.out err=$VT_DIR/$name.err
	for f in "$@"; do
		[ -r "$f" ] || { vt_bad "$name: $f missing"; return; }
	done
	for f in "$@"; do
		printf '%s\t%s\n' "$(basename "$f")" "$f"
	done | sort -t "$(printf '\t')" -k1,1V | cut -f2 |
		while read -r f; do cat "$f"; echo; done |
		grep -vE "$DANGER" > "$set"
	chmod 600 "$set"
	want=$(grep -cE "$RULE_LINE" "$set")
	"$AUDITCTL" -D >/dev/null
	"$AUDITCTL" -R "$set" >"$out" 2>"$err"
	rc=$?
	got=$("$AUDITCTL" -l | grep -cE '^-[aw] ')
	"$AUDITCTL" -D >/dev/null
	vt_eq "$name: auditctl -R exit status" 0 "$rc"
	vt_eq "$name: nothing on stderr" "" "$(cat "$err")"
	vt_eq "$name: no warning or error on stdout" "" "$(grep -iE 'warn|error|exists' "$out")"
	vt_eq "$name: rules in the kernel = rule lines" "$want" "$got"
}

# Each file alone. A file with no rule lines must still load cleanly.
for f in "$RULES"/*.rules; do
	rs_load "$(basename "$f" .rules)" "$f"
done

# The generator's output for this machine: well-formed, and loads.
if wait $gen_pid; then
	vt_ok "gen-privileged.sh runs"
else
	vt_bad "gen-privileged.sh failed: $(cat "$VT_DIR/gen.err")"
fi
vt_check "gen-privileged.sh lists su (setuid on every distribution)" \
	grep -qE '^-a always,exit -F path=/(usr/)?bin/su -F perm=x ' "$gen"
vt_eq "gen-privileged.sh prints only comments and well-formed rules" "" \
	"$(grep -vE '^(##.*|)$' "$gen" | grep -vE '^-a always,exit -F path=/[^ ]*(\\ [^ ]*)* -F perm=x -F auid>=[0-9]+ -F auid!=unset -F key=privileged$')"
rs_load gen-privileged "$gen"

# The combinations rules/README.md recommends.
R=$RULES
rs_load combo-stig "$R"/10-base-config.rules "$R"/11-loginuid.rules "$R"/30-stig.rules \
	"$R"/31-privileged.rules "$R"/43-module-load.rules "$R"/99-finalize.rules
rs_load combo-stig-generated "$R"/10-base-config.rules "$R"/11-loginuid.rules "$R"/30-stig.rules \
	"$gen" "$R"/43-module-load.rules "$R"/99-finalize.rules
rs_load combo-stig-exec-root "$R"/10-base-config.rules "$R"/11-loginuid.rules "$R"/30-stig.rules \
	"$R"/31-privileged.rules "$R"/43-module-load.rules "$R"/50-exec-root.rules "$R"/99-finalize.rules
rs_load combo-ospp "$R"/10-base-config.rules "$R"/30-ospp-v42.rules \
	"$R"/31-privileged.rules "$R"/43-module-load.rules "$R"/99-finalize.rules
rs_load combo-ospp-failed "$R"/10-base-config.rules "$R"/30-ospp-v42.rules "$R"/30-ospp-v42-*-failed.rules \
	"$R"/31-privileged.rules "$R"/43-module-load.rules "$R"/99-finalize.rules
rs_load combo-ospp-all "$R"/10-base-config.rules "$R"/30-ospp-v42.rules "$R"/30-ospp-v42-*.rules \
	"$gen" "$R"/43-module-load.rules "$R"/50-exec-root.rules "$R"/99-finalize.rules
rs_load combo-pci-dss "$R"/10-base-config.rules "$R"/30-pci-dss.rules \
	"$R"/31-privileged.rules "$R"/43-module-load.rules "$R"/99-finalize.rules
rs_load combo-pci-dss-exec-root "$R"/10-base-config.rules "$R"/30-pci-dss.rules \
	"$gen" "$R"/43-module-load.rules "$R"/50-exec-root.rules "$R"/99-finalize.rules

rs_restore
vt_eq "kernel left with no rules" "No rules" "$("$AUDITCTL" -l)"
vt_finish
