#!/bin/bash
# augenrules: vigil's build/augenrules against Debian's /sbin/augenrules on
# the same rules.d trees: the bytes of audit.rules and audit.rules.prev,
# their modes, the messages and the exit codes; then --load against the
# kernel (the rules auditctl -l shows afterwards) and the immutable exit.
# Debian's script runs as a copy whose fixed paths are redirected into a
# temporary directory, so nothing under /etc changes.
. "$(dirname "$0")/../lib/lib.sh"
vt_require_kernel
vt_setup augenrules
AUGEN=$VT_TOP/build/augenrules
[ -x /sbin/augenrules ] || vt_skip "Debian's augenrules not installed"
[ -x "$AUGEN" ] || { vt_bad "build/augenrules missing"; vt_finish; exit 1; }
W=$VT_DIR/w
D=$W/audit		# rules.d and audit.rules of every case live here
mkdir -p "$W"
old_backlog=$(auditctl -s | awk '$1 == "backlog_limit" {print $2}')
old_failure=$(auditctl -s | awk '$1 == "failure" {print $2}')
# (a failure mode of 2 is never sent: it would panic the machine)
restore_more() {
	auditctl -b "${old_backlog:-64}" >/dev/null 2>&1
	case $old_failure in 0|1) auditctl -f "$old_failure" >/dev/null 2>&1 ;; esac
}
trap 'restore_more; vt_restore; [ -n "$VT_KEEP" ] || rm -rf "$VT_DIR"' EXIT

# Debian's script with its paths pointing into $D
sed -e "s|/etc/audit/audit.rules|$D/audit.rules|g" \
    -e "s|/etc/audit/rules.d|$D/rules.d|g" /sbin/augenrules > "$W/deb-augenrules"
chmod 755 "$W/deb-augenrules"
grep -q "^SourceRulesDir=$D/rules.d\$" "$W/deb-augenrules" || { vt_bad "sed of Debian's script"; exit 1; }

# run_one deb|vigil ARGS...: run one implementation on $D; stdout with the
# program path replaced by PROG in $W/out, stderr in $W/err, exit code in $W/rc
run_one() {
	local who=$1 prog
	shift
	if [ "$who" = deb ]; then prog=$W/deb-augenrules; else prog=$AUGEN; fi
	if [ "$who" = deb ]; then
		"$prog" "$@" > "$W/out" 2> "$W/err"
	else
		VIGIL_AUDIT_DIR=$D "$prog" "$@" > "$W/out" 2> "$W/err"
	fi
	echo $? > "$W/rc"
	sed -i "s|$prog|PROG|g" "$W/out" "$W/err"
}

# state FILE: what a user sees after a run: exit code, output (auditctl's
# counters that move on their own masked), the files and their modes; with
# KERNEL=1 also standard error and the rules the kernel then holds
KERNEL=0
state() {
	{
		cat "$W/rc"
		sed -E 's/^(lost|backlog|backlog_wait_time_actual) [0-9]+$/\1 N/' "$W/out"
		cd "$D" || exit 1
		stat -c '== %n %a' audit.rules audit.rules.prev 2>&1
		md5sum audit.rules audit.rules.prev 2>&1
		cd "$W" || exit 1
		if [ $KERNEL = 1 ]; then
			echo "== stderr"
			cat "$W/err"
			echo "== auditctl -l"
			auditctl -l
		fi
	} > "$1"
}

# compare NAME ARGS...: from the same starting state, run both and compare
# what they leave; Debian's result is the next step's start.
CASES=0
compare() {
	local name=$1
	shift
	rm -rf "$W/start"
	mkdir "$W/start"
	cp -a "$D/." "$W/start/"
	[ $KERNEL = 1 ] && auditctl -D > /dev/null
	run_one vigil "$@"
	state "$W/vigil.state"
	rm -rf "$D"
	mkdir "$D"
	cp -a "$W/start/." "$D/"
	[ $KERNEL = 1 ] && auditctl -D > /dev/null
	run_one deb "$@"
	state "$W/deb.state"
	[ $KERNEL = 1 ] && auditctl -D > /dev/null
	CASES=$((CASES + 1))
	if cmp -s "$W/deb.state" "$W/vigil.state"; then
		return 0
	fi
	vt_bad "$name: vigil differs from Debian's augenrules $*"
	diff "$W/deb.state" "$W/vigil.state" | head -20 | sed 's/^/      /'
	return 1
}

new_tree() {
	rm -rf "$D"
	mkdir -p "$D/rules.d"
}

# A whole life: first run writes, second says No change, --check, a change
# keeps .prev, --check sees it, then the write.
life() {
	local name=$1 bad=0
	compare "$name: first run" || bad=1
	compare "$name: no change" || bad=1
	compare "$name: --check, no change" --check || bad=1
	echo "-w /etc/hostname -p wa -k augen_test" >> "$D/rules.d/zz-added.rules"
	compare "$name: --check, changed" --check || bad=1
	compare "$name: changed" || bad=1
	compare "$name: unchanged again" || bad=1
	[ $bad = 0 ] && vt_ok "$name: same audit.rules, .prev, modes, messages, exit codes"
}

# --- fixed trees ---------------------------------------------------------

new_tree
cp /usr/share/doc/auditd/examples/rules/*.rules "$D/rules.d/"
life "Debian's example rules ($(ls "$D/rules.d" | wc -l) files)"

new_tree
for f in 10-base-config 30-stig 31-privileged 99-finalize; do
	cp /usr/share/doc/auditd/examples/rules/$f.rules "$D/rules.d/"
done
life "STIG set"

new_tree
life "empty rules.d"

new_tree
printf -- '-D\n-b 8192\n--backlog_wait_time 60000\n-f 1\n' > "$D/rules.d/audit.rules"
life "Debian's shipped rules.d/audit.rules"

new_tree
cd "$D/rules.d" || exit 1
for n in 10 2 1.10 1.9 010 a~b ab B _x -dash x.y.z 9.rules 7~ 00; do
	echo "-w /$n" > "$n.rules"
done
echo "-w /hidden" > .hidden.rules
echo "-w /bak" > x.rules.bak
echo "-w /rule" > x.rule
mkdir dir.rules
: > empty.rules
cd - > /dev/null || exit 1
life "version order, hidden, other suffixes, a directory, an empty file"

new_tree
printf -- '# c\n\n  # indented\n\t# tab\nsss# mawk comment\n \n\t\n-e 1\n  -e 2\n-D \n-Dss\ns-b 5\n-eggs\n-fx\n-D -k x\n-D\n' > "$D/rules.d/a.rules"
printf -- '-D\r\n-w /etc/passwd\r\n\r\n# c\r\n-e 1\r\n-b 1\r' > "$D/rules.d/b.rules"
printf -- '-w /joined' > "$D/rules.d/c.rules"
printf -- '-a always,exit -S all\n-w /x \xff\xfe bytes\n-w /nul\x00byte\n' > "$D/rules.d/d.rules"
head -c 20000 /dev/zero | tr '\0' 'a' | sed 's/^/-w \//' > "$D/rules.d/e.rules"
life "comments, whitespace, mawk's \\s, CRLF, joined files, odd bytes, a long line"

# --- random trees -------------------------------------------------------

python3 - "$W/rand" <<'PY'
import os, random, sys
random.seed(20261121)
top = sys.argv[1]
alpha = "0123456789" * 3 + "abcxyzABZ" + "-_.~"
pool = ["-D", "-D -k k", "-b 320", "-b 8192", "-f 0", "-f 1", "-e 0", "-e 1",
        "-e 2", "--backlog_wait_time 0", "-r 100", "# comment", "", " ",
        "  # indented", "s#", "-w /etc/passwd -p wa -k identity",
        "-a always,exit -F arch=b64 -S execve -k exec", "-a never,task",
        " -e 1", "-D ", "\t-b 2", "-i", "-c", "-Dsss", "x"]
for t in range(150):
    d = os.path.join(top, "%03d" % t, "rules.d")
    os.makedirs(d)
    for k in range(random.randint(0, 7)):
        name = "".join(random.choice(alpha) for _ in range(random.randint(1, 6)))
        name += random.choice([".rules"] * 8 + [".conf", ".rules~", ""])
        if name.startswith("."):
            name = "x" + name
        lines = [random.choice(pool) for _ in range(random.randint(0, 12))]
        text = "\n".join(lines)
        if random.random() < 0.8:
            text += "\n"
        if random.random() < 0.1:
            text = text.replace("\n", "\r\n")
        with open(os.path.join(d, name), "w") as f:
            f.write(text)
PY
bad=0
n=0
for t in "$W"/rand/*; do
	new_tree
	cp -a "$t/rules.d/." "$D/rules.d/"
	compare "random tree $(basename "$t")" || bad=$((bad + 1))
	n=$((n + 1))
done
[ $bad = 0 ] && vt_ok "$n random trees: same audit.rules bytes, messages, exit codes"

# --- messages and exit codes -------------------------------------------

new_tree
bad=0
compare "usage" --bogus || bad=1
compare "usage, second word" --check extra || bad=1
rm -rf "$D/rules.d"
compare "no rules directory" || bad=1
compare "no rules directory, --check" --check || bad=1
[ $bad = 0 ] && vt_ok "usage and 'No rules directory': same messages and exit codes"
vt_eq "usage exit code" 1 "$(VIGIL_AUDIT_DIR=$D "$AUGEN" --bogus >/dev/null; echo $?)"
vt_eq "no rules directory exit code" 1 "$(VIGIL_AUDIT_DIR=$D "$AUGEN" >/dev/null; echo $?)"
new_tree
echo "-w /opt" > "$D/rules.d/x.rules"
VIGIL_AUDIT_DIR=/nonexistent "$AUGEN" -c "$D" > "$W/out"
vt_eq "-c DIR wins over VIGIL_AUDIT_DIR" "1 $D/audit.rules" \
	"$(grep -c "^-w /opt" "$D/audit.rules") $(ls "$D/audit.rules")"
# the machine's own /etc/audit, read only: both --check the same way
vt_eq "no -c: /etc/audit, --check as Debian's" \
	"$(/sbin/augenrules --check 2>&1 | sed 's|^/sbin/augenrules|PROG|'; echo "rc ${PIPESTATUS[0]}")" \
	"$(env -u VIGIL_AUDIT_DIR "$AUGEN" --check 2>&1 | sed "s|^$AUGEN|PROG|"; echo "rc ${PIPESTATUS[0]}")"

# --- --load ---------------------------------------------------------------

load_tree() {
	new_tree
	printf -- '## base\n-D\n-b 320\n-f 1\n' > "$D/rules.d/10-base.rules"
	printf -- '-w /etc/hostname -p wa -k augen_load\n' > "$D/rules.d/20-watch.rules"
	printf -- '-a always,exit -F arch=b64 -S getppid -F key=augen_load\n' > "$D/rules.d/30-sys.rules"
}

KERNEL=1
load_tree
compare "--load, first run" --load && vt_ok "--load: same output, stderr, files and kernel rules ($(grep -c augen_load "$W/deb.state") rules)"
compare "--load, no change" --load && vt_ok "--load, No change: same"
printf -- '-a always,exit -F arch=b64 -S nosuchcall -k augen_load\n-w /etc/passwd -p wa -k augen_after\n' > "$D/rules.d/25-bad.rules"
compare "--load, a broken line" --load && vt_ok "--load, a broken line: same stderr (file and line), rules before it loaded"
vt_eq "--load, a broken line: exit code" 1 "$(head -1 "$W/deb.state")"
printf -- '-c\n' > "$D/rules.d/05-continue.rules"
compare "--load, broken line with -c" --load && vt_ok "--load, broken line with -c: same, the rules after it loaded too"
rm -rf "$D/rules.d"
compare "--load without rules.d" --load && vt_ok "--load without rules.d: same (audit.rules loaded, exit 1)"
rm -f "$D/audit.rules"
compare "--load without anything" --load && vt_ok "--load without rules.d or audit.rules: same"
KERNEL=0

# --- immutable (faked: the kernel is never locked) --------------------------

[ -f "$VT_HELPERS/fake-immutable.so" ] ||
	vt_bad "$VT_HELPERS/fake-immutable.so missing: make all builds it"
load_tree
VIGIL_AUDIT_DIR=$D "$AUGEN" > /dev/null
cp -a "$D/audit.rules" "$W/before"
echo "-w /etc/group -p wa -k augen_imm" > "$D/rules.d/40-more.rules"
auditctl -D > /dev/null
out=$(VIGIL_AUDIT_DIR=$D LD_PRELOAD=$VT_HELPERS/fake-immutable.so "$AUGEN" --load)
rc=$?
vt_eq "immutable: message" "$AUGEN: Audit system is in immutable mode - exiting with no changes" "$out"
vt_eq "immutable: exit code" 0 "$rc"
vt_check "immutable: audit.rules unchanged" cmp -s "$W/before" "$D/audit.rules"
vt_eq "immutable: nothing loaded" "No rules" "$(auditctl -l)"
out=$(VIGIL_AUDIT_DIR=$D LD_PRELOAD=$VT_HELPERS/fake-immutable.so "$AUGEN" --check)
vt_eq "immutable: --check still reports" "$AUGEN: Rules have changed and should be updated" "$out"
VIGIL_AUDIT_DIR=$D "$AUGEN" > /dev/null
out=$(VIGIL_AUDIT_DIR=$D LD_PRELOAD=$VT_HELPERS/fake-immutable.so "$AUGEN" --load)
vt_eq "immutable after No change" "$AUGEN: No change
$AUGEN: Audit system is in immutable mode - exiting with no changes" "$out"
vt_eq "immutable after No change: nothing loaded" "No rules" "$(auditctl -l)"

vt_log "$CASES runs compared with Debian's augenrules"
vt_finish
