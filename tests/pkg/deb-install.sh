#!/bin/bash
# deb-install.sh - install vigil's .deb over Debian's auditd as a sysadmin
# would (apt-get install ./vigil_*.deb, keeping the config files), check
# what a sysadmin would check, then go back to Debian's auditd from the apt
# cache and check the machine is as it was:
#  - the programs auditd's package ships under /sbin and /usr/bin are
#    vigil's, `dpkg -S` names vigil, Debian's auditd is no longer
#    installed, audispd-plugins still is;
#  - an auditd.conf and a rules.d file changed before the install are kept
#    byte for byte; auditctl -l and ausearch work;
#  - back on Debian's auditd: `dpkg -V auditd audispd-plugins` clean, the
#    same package versions and states, /etc/audit and /var/log/audit as
#    they were.
# Debian's auditd is the other suites' oracle: this test holds the kernel
# lock (no other test runs meanwhile) and puts everything back on every
# exit path (trap). Exit 77 when it cannot run here: not root, not Debian
# 12, Debian's auditd not installed, its .deb neither in the apt cache nor
# downloadable, or the package tools missing (pkg/deb.sh).
#
#   tests/pkg/deb-install.sh [-b BUILD] [-d DEB]   (-d: install DEB, no build)
set -u
cd "$(dirname "$0")/../.." || exit 1
[ -n "${VIGIL_KERNEL_LOCKED:-}" ] || exec tests/lib/kernel-lock bash "$0" "$@"
BUILD=build
DEB=
while getopts b:d: o; do
	case $o in
	b) BUILD=$OPTARG ;;
	d) DEB=$OPTARG ;;
	*) exit 2 ;;
	esac
done
skip() { echo "deb-install: SKIP ($*)"; exit 77; }
[ "$(id -u)" = 0 ] || skip "needs root"
grep -q '^12\.' /etc/debian_version 2>/dev/null || skip "not Debian 12"
st() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null; }
[ "$(st auditd)" = "install ok installed" ] || skip "Debian's auditd is not installed"
dpkg -V auditd 2>/dev/null | grep -q . && skip "Debian's auditd is modified (dpkg -V auditd): make deps reinstalls it"

TMP=$(mktemp -d /tmp/deb-install.XXXXXX)
export DEBIAN_FRONTEND=noninteractive
APT_OPTS=(-y -q -o Dpkg::Options::=--force-confold -o Dpkg::Options::=--force-confdef)

# Debian's package, to go back to
aver=$(dpkg-query -W -f='${Version}' auditd)
AUDITD_DEB=$(ls /var/cache/apt/archives/auditd_"${aver/:/%3a}"_*.deb 2>/dev/null | head -1)
if [ -z "$AUDITD_DEB" ]; then
	(cd "$TMP" && apt-get download -q "auditd=$aver" >/dev/null 2>&1)
	AUDITD_DEB=$(ls "$TMP"/auditd_*.deb 2>/dev/null | head -1)
fi
[ -n "$AUDITD_DEB" ] || { rm -rf "$TMP"; skip "Debian's auditd $aver .deb is neither in the apt cache nor downloadable"; }

if [ -z "$DEB" ]; then
	out=$(./pkg/deb.sh -b "$BUILD")
	rc=$?
	[ $rc = 77 ] && { rm -rf "$TMP"; skip "pkg/deb.sh: a package tool is missing"; }
	[ $rc = 0 ] || { echo "$out"; rm -rf "$TMP"; echo "deb-install: make deb failed" >&2; exit 1; }
	DEB=$(echo "$out" | sed -n 's/^deb: \(.*\.deb\)$/\1/p')
fi
[ -f "$DEB" ] || { rm -rf "$TMP"; echo "deb-install: no package $DEB" >&2; exit 1; }
DEB=$(cd "$(dirname "$DEB")" && pwd)/$(basename "$DEB")

pass=0 fail=0
ok() { pass=$((pass + 1)); echo "  ok   $1"; }
bad() { fail=$((fail + 1)); echo "  FAIL $1"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
eq() { if [ "$2" = "$3" ]; then ok "$1 ($3)"; else bad "$1: expected '$2', got '$3'"; fi; }

# --- the machine as it is
PKGS="auditd audispd-plugins libaudit1 libaudit-common libauparse0"
pkg_states() { dpkg-query -W -f='${Package} ${Version} ${Status}\n' $PKGS vigil 2>/dev/null | grep -v ' not-installed$' | sort; }
tree_state() {	# paths, modes, owners and contents of /etc/audit and /var/log/audit's own mode
	find /etc/audit -printf '%p %m %u:%g %y\n' | sort
	find /etc/audit -type f -exec md5sum {} + | sort
	stat -c '%n %a %U:%G' /var/log/audit
}
pkg_states > "$TMP/pkgs.before"
tar -C / -cpf "$TMP/etc-audit.tar" etc/audit
had_policy=
[ -e /usr/sbin/policy-rc.d ] && had_policy=1

restore() {
	set +e
	if [ "$(st vigil)" = "install ok installed" ] || [ "$(st auditd)" != "install ok installed" ]; then
		echo "deb-install: putting Debian's auditd back"
		apt-get install "${APT_OPTS[@]}" --allow-downgrades "$AUDITD_DEB" >/dev/null 2>&1
	fi
	dpkg-query -W vigil >/dev/null 2>&1 && dpkg --purge vigil >/dev/null 2>&1
	rm -rf /etc/audit
	tar -C / -xpf "$TMP/etc-audit.tar"
	[ -n "$had_policy" ] || rm -f /usr/sbin/policy-rc.d
	auditctl -D >/dev/null 2>&1
	auditctl -e 0 >/dev/null 2>&1
	rm -rf "$TMP"
}
trap restore EXIT
trap 'exit 130' INT TERM
# no service starts during the package operations (as tests/lib/install-deps.sh)
if [ -z "$had_policy" ]; then
	printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
	chmod 755 /usr/sbin/policy-rc.d
fi

# a sysadmin's own settings, to be kept across the install
echo "# deb-install.sh: a local change, kept by the package" >> /etc/audit/auditd.conf
printf -- '-w /etc/hostname -p wa -k deb_install\n' > /etc/audit/rules.d/zz-deb-install.rules
chmod 640 /etc/audit/rules.d/zz-deb-install.rules
md5sum /etc/audit/auditd.conf /etc/audit/rules.d/* > "$TMP/conf.md5"
tree_state > "$TMP/tree.changed"

echo "== deb-install: apt-get install $DEB"
if apt-get install "${APT_OPTS[@]}" "$DEB" > "$TMP/install.log" 2>&1; then
	ok "apt-get install ./$(basename "$DEB") over Debian's auditd"
else
	bad "apt-get install failed"
	cat "$TMP/install.log"
fi
eq "vigil is installed" "install ok installed" "$(st vigil)"
check "Debian's auditd is no longer installed ($(st auditd))" test "$(st auditd)" != "install ok installed"
eq "audispd-plugins stays installed" "install ok installed" "$(st audispd-plugins)"
for lib in libaudit1 libauparse0; do
	eq "$lib untouched" "$(grep "^$lib " "$TMP/pkgs.before")" "$(pkg_states | grep "^$lib ")"
done
mkdir "$TMP/x"
dpkg-deb -x "$DEB" "$TMP/x"
for p in /sbin/auditd /sbin/auditctl /sbin/augenrules /sbin/ausearch /sbin/aureport /sbin/autrace \
	/sbin/audisp-syslog /usr/bin/ausyscall /usr/bin/aulast /usr/bin/aulastlog /usr/bin/auvirt; do
	check "$p is vigil's" cmp -s "$TMP/x$p" "$p"
	eq "dpkg -S $p" "vigil: $p" "$(dpkg -S "$p" 2>/dev/null)"
done
check "auditd.conf (changed) and rules.d (one file Debian's, one added) kept byte for byte" \
	md5sum --quiet -c "$TMP/conf.md5"
check "plugins.d kept byte for byte" diff <(cd /etc/audit/plugins.d && md5sum *.conf) \
	<(tar -C "$TMP" -xf "$TMP/etc-audit.tar" etc/audit/plugins.d && cd "$TMP/etc/audit/plugins.d" && md5sum *.conf)
check "vigil's own text beside them (.vigil-dist), as dpkg's .dpkg-dist" \
	test -f /etc/audit/rules.d/audit.rules.vigil-dist
check "no file left aside in /var/lib/vigil" test ! -e /var/lib/vigil
check "auditctl -l works" eval "/sbin/auditctl -l >/dev/null"
out=$(/sbin/ausearch -if tests/data/oracle/raw.log -m SYSCALL --just-one 2>&1)
check "ausearch works (-if a log, --just-one: one event)" test "$(echo "$out" | grep -c '^----')" = 1
check "aureport works" eval "/sbin/aureport -if tests/data/oracle/raw.log --summary | grep -q '^Number of events: '"

echo "== deb-install: back to Debian's auditd ($(basename "$AUDITD_DEB"))"
if apt-get install "${APT_OPTS[@]}" --allow-downgrades "$AUDITD_DEB" > "$TMP/back.log" 2>&1; then
	ok "apt-get install Debian's auditd from the apt cache"
else
	bad "apt-get install of Debian's auditd failed"
	cat "$TMP/back.log"
fi
eq "Debian's auditd is installed" "install ok installed" "$(st auditd)"
check "vigil is no longer installed ($(st vigil))" test "$(st vigil)" != "install ok installed"
eq "dpkg -S /sbin/auditd" "auditd: /sbin/auditd" "$(dpkg -S /sbin/auditd 2>/dev/null)"
check "auditd.conf and rules.d still kept byte for byte" md5sum --quiet -c "$TMP/conf.md5"
dpkg --purge vigil >/dev/null 2>&1
# dpkg keeps its own text of a conffile the sysadmin changed as
# FILE.dpkg-dist (--force-confold): expected, and left out of the compare
check "/etc/audit and /var/log/audit as they were (with the local changes; .dpkg-dist aside)" \
	diff <(tree_state | grep -v '\.dpkg-dist\( \|$\)') <(grep -v '\.dpkg-dist\( \|$\)' "$TMP/tree.changed")
check "no vigil file left in /etc/audit" test -z "$(find /etc/audit -name '*.vigil-dist')"
rm -rf /etc/audit
tar -C / -xpf "$TMP/etc-audit.tar"
check "dpkg -V auditd audispd-plugins: clean (the local changes undone)" \
	test -z "$(dpkg -V auditd audispd-plugins 2>&1)"
check "the packages as before: $(tr '\n' ';' < "$TMP/pkgs.before")" diff <(pkg_states) "$TMP/pkgs.before"

echo "deb-install: $pass passed, $fail failed"
[ $fail = 0 ]
