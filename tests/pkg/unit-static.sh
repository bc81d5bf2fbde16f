#!/bin/bash
# unit-static.sh - the service units without running them (no root, no
# kernel, no systemd as PID 1): both layouts' units (systemd/auditd.service
# for 3x; the 4x auditd.service made by `make units` and
# systemd/4x/audit-rules.service) pass `systemd-analyze verify` with no
# message at all (it exits 0 on unknown keys and bad values, so its output
# is what counts); `systemd-analyze security --offline=yes` rates each
# auditd.service at most MAX (6.0), printing the score and the lines still
# exposed; and the choices auditd.conf(5) "RUNNING UNDER SYSTEMD" explains
# hold: no directive that puts another file system over a path a rule may
# watch (the daemon loads rules from inside the namespace), no
# NoNewPrivileges (setgid mailers), SystemCallErrorNumber (a filtered call
# fails, it does not kill the daemon), /etc/audit writable, the same
# hardening in both layouts, none in audit-rules.service.
# Exit 0 when all pass, 77 without systemd-analyze.
#
#   tests/pkg/unit-static.sh [-b BUILD] [-m MAX]
set -u
cd "$(dirname "$0")/../.." || exit 1
BUILD=build
MAX=6.0
while getopts b:m: o; do
	case $o in
	b) BUILD=$OPTARG ;;
	m) MAX=$OPTARG ;;
	*) exit 2 ;;
	esac
done
if ! command -v systemd-analyze >/dev/null 2>&1; then
	echo "unit-static: SKIP (systemd-analyze missing: apt-get install systemd)"
	exit 77
fi
pass=0
fail=0
ok() { pass=$((pass + 1)); printf '  ok   %s\n' "$*"; }
bad() { fail=$((fail + 1)); printf '  FAIL %s\n' "$*"; }
check() {
	local what=$1
	shift
	if "$@"; then ok "$what"; else bad "$what"; fi
}

echo "== unit-static"
make -s B="$BUILD" units || { bad "make units"; exit 1; }
U3=systemd/auditd.service
U4=$BUILD/systemd/4x/auditd.service
R4=systemd/4x/audit-rules.service
tmp=$(mktemp -d /tmp/vigil-unit-static.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# verify: every message is a finding, except that a unit's program is not
# installed on this host (the 4x paths on a 3x host without merged /usr):
# that one is reported, not failed
verify() {
	local name=$1 out
	shift
	out=$(cd "$tmp" && systemd-analyze verify "$@" 2>&1)
	local missing
	missing=$(echo "$out" | grep -E 'Command .* is not executable: No such file' || true)
	out=$(echo "$out" | grep -vE 'Command .* is not executable: No such file' | grep -v '^$' || true)
	[ -z "$missing" ] || printf '  note %s: %s\n' "$name" "$missing"
	if [ -z "$out" ]; then ok "systemd-analyze verify $name: no message"; else
		bad "systemd-analyze verify $name:"; echo "$out" | sed 's/^/       /'; fi
}
# verify wants the units under their own names, side by side
mkdir -p "$tmp/3x" "$tmp/4x"
cp "$U3" "$tmp/3x/auditd.service"
cp "$U4" "$R4" "$tmp/4x/"
verify 3x/auditd.service 3x/auditd.service
verify "4x/auditd.service 4x/audit-rules.service" 4x/auditd.service 4x/audit-rules.service

# security: the score, at most MAX, and what is still exposed
score() {
	local name=$1 file=$2 out s
	out=$(systemd-analyze security --offline=yes "$file" 2>&1)
	s=$(echo "$out" | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
	echo "  $name: exposure $s (at most $MAX); still exposed:"
	echo "$out" | grep '✗' | sort -t' ' -k1,1 | sed 's/^/       /'
	if [ -n "$s" ] && awk -v s="$s" -v m="$MAX" 'BEGIN { exit !(s <= m) }'; then
		ok "$name: systemd-analyze security $s <= $MAX"
	else
		bad "$name: systemd-analyze security '$s' above $MAX"
	fi
}
score "3x auditd.service" "$tmp/3x/auditd.service"
score "4x auditd.service" "$tmp/4x/auditd.service"

# the choices of the hardening (auditd.conf(5), RUNNING UNDER SYSTEMD)
key() { grep -E "^$2=" "$1" | tail -1 | cut -d= -f2-; }
for u in "$tmp/3x/auditd.service" "$tmp/4x/auditd.service"; do
	n=${u#"$tmp"/}
	over=$(grep -E '^(PrivateTmp|PrivateDevices|ProtectKernelModules|ProtectProc|ProcSubset|InaccessiblePaths|TemporaryFileSystem|RootDirectory|RootImage)=' "$u" | grep -viE '=(no|false|default)$' || true)
	check "$n: nothing over a watchable path (${over:-none})" test -z "$over"
	check "$n: ProtectHome read-only, not hidden" test "$(key "$u" ProtectHome)" = read-only
	check "$n: no NoNewPrivileges (setgid mailers)" test -z "$(key "$u" NoNewPrivileges)"
	check "$n: a filtered call fails with EPERM" test "$(key "$u" SystemCallErrorNumber)" = EPERM
	check "$n: /etc/audit writable (rules.d merge)" grep -qx 'ReadWritePaths=-/etc/audit' "$u"
	caps=$(key "$u" CapabilityBoundingSet)
	for c in CAP_AUDIT_CONTROL CAP_AUDIT_READ CAP_CHOWN CAP_SYS_NICE CAP_SYS_RESOURCE \
		CAP_NET_BIND_SERVICE CAP_SETUID CAP_SETGID; do
		case " $caps " in *" $c "*) ;; *) bad "$n: $c missing from the bounding set"; continue ;; esac
	done
	for c in CAP_SYS_ADMIN CAP_SYS_MODULE CAP_SYS_PTRACE CAP_SYS_BOOT CAP_DAC_OVERRIDE; do
		case " $caps " in *" $c "*) bad "$n: $c in the bounding set" ;; esac
	done
	ok "$n: the bounding set ($caps)"
done
h3=$(sed -n '/^# --- capabilities/,/^\[Install\]/p' "$tmp/3x/auditd.service" | grep -v '^#')
h4=$(sed -n '/^# --- capabilities/,/^\[Install\]/p' "$tmp/4x/auditd.service" | grep -v '^#')
check "the 4x unit's hardening is the 3x one's" test "$h3" = "$h4"
check "4x: ExecStart /usr/sbin, run files under /run/audit" grep -qx \
	'ExecStart=/usr/sbin/auditd -n --pid-file /run/audit/auditd.pid --state-file /run/audit/auditd.state' "$U4"
check "4x: RuntimeDirectory=audit" grep -qx 'RuntimeDirectory=audit' "$U4"
check "4x: Wants=audit-rules.service" grep -qx 'Wants=audit-rules.service' "$U4"
check "4x: audit-rules.service has no hardening" \
	test -z "$(grep -E '^(Protect|Private|Restrict|Capability|SystemCall|NoNew|ReadWrite|Device|Memory|Lock)' "$R4")"
check "4x: audit-rules.service runs augenrules --load" grep -qx 'ExecStart=/usr/sbin/augenrules --load' "$R4"
check "3x: ExecStart /sbin/auditd -n" grep -qx 'ExecStart=/sbin/auditd -n' "$U3"

echo "unit-static: $pass passed, $fail failed"
[ "$fail" = 0 ]
