#!/bin/bash
# rpm-build.sh - build vigil's RPM (pkg/rpm.sh, as make rpm does) and check
# it without installing it: the relations (Provides audit and audit(ARCH)
# = 3.0.9 without a release, Obsoletes audit < 3.0.10, Conflicts audit,
# nothing about audit-libs, audit-rules or audispd-plugins), the programs at
# Fedora's paths and modes, the man pages, /etc/audit and its config files
# (flagged noreplace, with audit's modes), /var/log/audit 0700, the unit
# auditd.service running /usr/sbin/auditd, the sample rules, the
# scriptlets. Then rpmlint with pkg/rpm/vigil.rpmlintrc: any error fails,
# warnings are printed. Installing is left out: rpm is not this machine's
# package manager, and vigil's files would replace Debian's auditd, the
# oracle of other suites. Exit 0 when all checks pass, 77 when rpmbuild or
# rpmlint is missing.
#
#   tests/pkg/rpm-build.sh [-b BUILD] [-j JOBS] [-r RPM]   (-r: check RPM, no build)
set -u
cd "$(dirname "$0")/../.." || exit 1
BUILD=build
RPM=
JOBS=
while getopts b:j:r: o; do
	case $o in
	b) BUILD=$OPTARG ;;
	j) JOBS=$OPTARG ;;
	r) RPM=$OPTARG ;;
	*) exit 2 ;;
	esac
done
for tool in rpmbuild rpmlint; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "rpm-build: SKIP ($tool missing: apt-get install --no-install-recommends rpm rpmlint)"
		exit 77
	fi
done

if [ -z "$RPM" ]; then
	out=$(./pkg/rpm.sh -b "$BUILD" ${JOBS:+-j "$JOBS"}) || exit 1
	echo "$out"
	RPM=$(echo "$out" | sed -n 's/^rpm: \(.*\.rpm\)$/\1/p')
fi
[ -f "$RPM" ] || { echo "rpm-build: no package $RPM" >&2; exit 1; }

TMP=$(mktemp -d /tmp/rpm-build.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { local what=$1; shift; if "$@"; then ok; else bad "$what"; fi; }
q() { rpm -qp "$@" "$RPM" 2>/dev/null; }
has_line() { grep -qxF -- "$2" "$TMP/$1"; }

# --- relations
check "Name is vigil" [ "$(q --qf '%{name}')" = vigil ]
q --provides >"$TMP/provides"
q --obsoletes >"$TMP/obsoletes"
q --conflicts >"$TMP/conflicts"
q --requires >"$TMP/requires"
isa="$(rpm --eval '%{?_isa}')"
check "Provides: audit = 3.0.9" has_line provides "audit = 3.0.9"
check "Provides: audit$isa = 3.0.9" has_line provides "audit$isa = 3.0.9"
check "Obsoletes: audit < 3.0.10" has_line obsoletes "audit < 3.0.10"
check "Conflicts: audit" has_line conflicts "audit"
for f in provides obsoletes conflicts requires; do
	check "$f leave audit-libs, audit-rules, audispd-plugins alone" \
		eval "! grep -q -e '^audit-libs' -e '^audit-rules' -e '^audispd-plugins' '$TMP/$f'"
done
for lib in libcap-ng.so.0 libsystemd.so.0 libssl.so.3 libwrap.so.0; do
	check "Requires $lib" grep -q "^$lib()" "$TMP/requires"
done

# --- contents: "mode owner group path" and the config flag, from --dump
# (path size mtime digest mode owner group isconfig isdoc rdev symlink)
q --dump | awk '{ m = $5; sub(/^0+/, "", m); print m, $6, $7, $1 }' >"$TMP/contents"
q -c >"$TMP/config"
q --qf '[%{filenames} %{fileflags:fflags}\n]' >"$TMP/fflags"
entry() { grep -qxF -- "$1" "$TMP/contents"; }
for p in /usr/sbin/auditd /usr/sbin/auditctl /usr/sbin/augenrules /usr/sbin/ausearch \
	/usr/sbin/aureport /usr/bin/ausyscall /usr/bin/aulast /usr/bin/aulastlog /usr/bin/auvirt; do
	name=${p##*/}
	if [ "$name" = auditd ] || [ -d "src/tools/$name" ]; then
		check "$p 0755 root" entry "100755 root root $p"
	fi
done
# autrace: 0750 in audit, once vigil builds it
if [ -d src/tools/autrace ]; then
	check "/usr/sbin/autrace 0750 root" entry "100750 root root /usr/sbin/autrace"
fi
# the syslog plugin is audispd-plugins' on RPM hosts: none of its files here
check "no audisp-syslog (audispd-plugins')" eval "! grep -q 'audisp-syslog\|plugins.d/syslog.conf' '$TMP/contents'"
check "nothing under /sbin or /lib (Fedora's merged /usr)" eval "! grep -q ' /\(sbin\|lib\)/' '$TMP/contents'"
for m in man/*.[0-9]; do
	page=${m#man/}
	[ "$page" = audisp-syslog.8 ] && continue
	# 4.x's programs are not in the 3.0.9 layout (Makefile: TOOLS_4x)
	[ "$page" = audisp-af_unix.8 ] && continue
	check "man page $page" entry "100644 root root /usr/share/man/man${page##*.}/$page.gz"
done
check "/etc/audit 0750" entry "40750 root root /etc/audit"
check "/etc/audit/rules.d 0750" entry "40750 root root /etc/audit/rules.d"
check "/etc/audit/plugins.d 0750" entry "40750 root root /etc/audit/plugins.d"
check "auditd.conf 0640" entry "100640 root root /etc/audit/auditd.conf"
check "rules.d/audit.rules 0600" entry "100600 root root /etc/audit/rules.d/audit.rules"
check "plugins.d/af_unix.conf 0640" entry "100640 root root /etc/audit/plugins.d/af_unix.conf"
check "audit.rules (augenrules' output) 0640" entry "100640 root root /etc/audit/audit.rules"
CONFIGS="/etc/audit/audit.rules /etc/audit/auditd.conf /etc/audit/plugins.d/af_unix.conf
/etc/audit/rules.d/audit.rules"
check "config files are audit's that vigil has" \
	[ "$(sort "$TMP/config")" = "$(printf "%s\n" $CONFIGS | sort)" ]
for c in $CONFIGS; do
	check "$c is noreplace" eval "grep -q '^$c [a-z]*n' '$TMP/fflags'"
done
check "audit.rules is a ghost" grep -q '^/etc/audit/audit.rules [a-z]*g' "$TMP/fflags"
check "/var/log/audit 0700 root:root" entry "40700 root root /var/log/audit"
check "the unit is auditd.service" entry "100644 root root /usr/lib/systemd/system/auditd.service"
rpm2cpio "$RPM" | (cd "$TMP" && cpio -id --quiet ./usr/lib/systemd/system/auditd.service)
check "the unit runs /usr/sbin/auditd" grep -q '^ExecStart=/usr/sbin/auditd ' \
	"$TMP/usr/lib/systemd/system/auditd.service"
for r in rules/*.rules; do
	check "sample ${r#rules/}" entry "100644 root root /usr/share/audit/sample-rules/${r#rules/}"
done

# --- scriptlets: systemd's as Fedora's audit.spec runs them, the daemon
# stopped through the kernel's pid, the unit enabled again after audit's erase
q --scripts >"$TMP/scripts"
section() { awk -v s="$1" '/^[a-z]+ scriptlet/ { on = ($0 ~ "^" s " scriptlet"); next } on' "$TMP/scripts"; }
for s in preinstall postinstall preuninstall postuninstall posttrans; do
	section $s >"$TMP/$s"
	check "$s scriptlet present" [ -s "$TMP/$s" ]
	check "$s is valid sh" sh -n "$TMP/$s"
done
check "%post presets auditd.service on install" \
	grep -Eq 'systemctl (--no-reload preset|.*install-system-units) auditd.service|systemd-update-helper install-system-units auditd.service' "$TMP/postinstall"
check "%preun disables and stops auditd.service on erase" \
	grep -Eq 'systemctl --no-reload disable --now auditd.service|systemd-update-helper remove-system-units auditd.service' "$TMP/preuninstall"
check "%postun restarts auditd.service on upgrade" \
	grep -Eq 'systemctl try-restart auditd.service|systemd-update-helper mark-restart-system-units auditd.service' "$TMP/postuninstall"
check "%pre stops the kernel-registered daemon" grep -q 'auditctl -s' "$TMP/preinstall"
check "%preun stops it on erase" grep -q 'auditctl -s' "$TMP/preuninstall"
check "%posttrans enables auditd.service again" \
	grep -q 'systemctl --no-reload enable auditd.service' "$TMP/posttrans"
check "%posttrans starts auditd.service" grep -q 'systemctl start auditd.service' "$TMP/posttrans"

# --- rpmlint: errors fail, the rest is shown
rpmlint -r pkg/rpm/vigil.rpmlintrc "$RPM" >"$TMP/rpmlint" 2>&1
check "rpmlint: no errors" eval "! grep -q ': E: ' '$TMP/rpmlint'"
grep -q ': [EW]: ' "$TMP/rpmlint" && { echo "rpmlint:"; grep ': [EW]: ' "$TMP/rpmlint" | sed 's/^/  /'; }
tail -n 1 "$TMP/rpmlint" | sed 's/^ */rpmlint: /'

echo "rpm-build: $pass passed, $fail failed ($RPM)"
[ "$fail" -eq 0 ]
