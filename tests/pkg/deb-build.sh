#!/bin/bash
# deb-build.sh - build vigil's Debian package (pkg/deb.sh, as make deb does)
# and check it without installing it: the control fields (Provides auditd
# (= 1:3.0.9-1), Conflicts/Replaces auditd, the shared libraries in
# Depends, nothing about the audit libraries), the programs, man pages,
# conffiles and their modes, /var/log/audit root:adm 0750, the unit as
# auditd.service, the sample rules at vigil's and Debian's example paths,
# the maintainer scripts; every path Debian's auditd package (from the apt
# cache, when there) shares with vigil's has the same mode and owner. Then
# lintian: any error fails, warnings are printed. Installing is left out:
# it would replace the Debian auditd that other suites use as their oracle.
# Exit 0 when all checks pass, 77 when dpkg-buildpackage, debhelper,
# fakeroot or lintian is missing.
#
#   tests/pkg/deb-build.sh [-b BUILD] [-d DEB]   (-d: check DEB, no build)
set -u
cd "$(dirname "$0")/../.." || exit 1
BUILD=build
DEB=
while getopts b:d: o; do
	case $o in
	b) BUILD=$OPTARG ;;
	d) DEB=$OPTARG ;;
	*) exit 2 ;;
	esac
done
for tool in dpkg-buildpackage dh fakeroot lintian; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "deb-build: SKIP ($tool missing: apt-get install --no-install-recommends" \
			"dpkg-dev debhelper fakeroot lintian)"
		exit 77
	fi
done

if [ -z "$DEB" ]; then
	out=$(./pkg/deb.sh -b "$BUILD") || exit 1
	echo "$out"
	DEB=$(echo "$out" | sed -n 's/^deb: \(.*\.deb\)$/\1/p')
fi
[ -f "$DEB" ] || { echo "deb-build: no package $DEB" >&2; exit 1; }

TMP=$(mktemp -d /tmp/deb-build.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { local what=$1; shift; if "$@"; then ok; else bad "$what"; fi; }

# --- control fields
field() { dpkg-deb -f "$DEB" "$1"; }
has_rel() { field "$1" | tr ',' '\n' | sed 's/^ *//; s/ *$//' | grep -qxF "$2"; }
check "Package is vigil" [ "$(field Package)" = vigil ]
check "Provides: auditd (= 1:3.0.9-1)" has_rel Provides "auditd (= 1:3.0.9-1)"
check "Conflicts: auditd" has_rel Conflicts auditd
check "Replaces: auditd" has_rel Replaces auditd
for lib in libcap-ng0 libsystemd0 libssl3 libwrap0; do
	check "Depends names $lib" eval "field Depends | grep -q '\\b$lib\\b'"
done
for f in Depends Pre-Depends Recommends Conflicts Breaks Replaces Provides; do
	check "$f leaves the audit libraries alone" \
		eval "! field $f | grep -q -e libaudit -e libauparse"
done

# --- contents: "mode owner path" per entry, symlinks as "link -> target"
dpkg-deb -c "$DEB" | awk '{ p = $6; for (i = 7; i <= NF; i++) p = p " " $i;
	sub(/^\.\//, "/", p); print $1, $2, p }' >"$TMP/contents"
entry() { grep -qxF -- "$1" "$TMP/contents"; }
# Debian's auditd programs: those vigil builds are in the package, 0755
not_yet=
for p in /sbin/auditd /sbin/auditctl /sbin/augenrules /sbin/ausearch /sbin/aureport \
	/sbin/autrace /sbin/audisp-syslog /usr/bin/ausyscall /usr/bin/aulast \
	/usr/bin/aulastlog /usr/bin/auvirt; do
	name=${p##*/}
	if [ "$name" = auditd ] || [ -d "src/tools/$name" ]; then
		check "$p 0755 root" entry "-rwxr-xr-x root/root $p"
	else
		not_yet="$not_yet $name"
	fi
done
for m in man/*.[0-9]; do
	page=${m#man/}
	# 4.x's programs are not in the 3.0.9 layout (Makefile: TOOLS_4x)
	[ "$page" = audisp-af_unix.8 ] && continue
	check "man page $page" eval "grep -q ' /usr/share/man/man${page##*.}/$page.gz\$' '$TMP/contents'"
done
check "/etc/audit 0750" entry "drwxr-x--- root/root /etc/audit/"
check "/etc/audit/rules.d 0750" entry "drwxr-x--- root/root /etc/audit/rules.d/"
check "/etc/audit/plugins.d 0750" entry "drwxr-x--- root/root /etc/audit/plugins.d/"
CONFFILES="/etc/audit/auditd.conf /etc/audit/plugins.d/af_unix.conf
/etc/audit/plugins.d/syslog.conf /etc/audit/rules.d/audit.rules"
for c in $CONFFILES; do
	check "$c 0640" entry "-rw-r----- root/root $c"
done
check "/var/log/audit root:adm 0750" entry "drwxr-x--- root/adm /var/log/audit/"
check "the unit is auditd.service" entry "-rw-r--r-- root/root /lib/systemd/system/auditd.service"
dpkg-deb --fsys-tarfile "$DEB" | tar -xO ./lib/systemd/system/auditd.service >"$TMP/unit"
check "the unit runs /sbin/auditd" grep -q '^ExecStart=/sbin/auditd' "$TMP/unit"
for r in rules/*.rules; do
	name=${r#rules/}
	check "sample $name" entry "-rw-r--r-- root/root /usr/share/doc/vigil/examples/rules/$name"
	check "sample $name at Debian's path" \
		entry "lrwxrwxrwx root/root /usr/share/doc/auditd/examples/rules/$name -> ../../../vigil/examples/rules/$name"
done

# --- control files: the conffiles, the maintainer scripts
dpkg-deb -e "$DEB" "$TMP/control"
check "conffiles are Debian's that vigil has" \
	[ "$(sort "$TMP/control/conffiles")" = "$(printf "%s\n" $CONFFILES | sort)" ]
check "preinst stops the kernel-registered daemon" grep -q 'auditctl -s' "$TMP/control/preinst"
check "prerm stops it on removal" grep -q 'auditctl -s' "$TMP/control/prerm"
check "postinst enables auditd.service" \
	grep -q "deb-systemd-helper enable 'auditd.service'" "$TMP/control/postinst"
check "postinst starts auditd.service" \
	grep -q "deb-systemd-invoke \$_dh_action 'auditd.service'" "$TMP/control/postinst"
check "prerm stops auditd.service" \
	grep -q "deb-systemd-invoke stop 'auditd.service'" "$TMP/control/prerm"
for s in preinst postinst prerm postrm; do
	check "$s is valid sh" sh -n "$TMP/control/$s"
done

# --- every path Debian's auditd shares with vigil's: same mode and owner
# (the sample rules excepted: links to vigil's copies here)
debian_deb=$(ls /var/cache/apt/archives/auditd_*.deb 2>/dev/null | tail -n 1)
missing=
if [ -n "$debian_deb" ]; then
	dpkg-deb -c "$debian_deb" | awk '{ p = $6; sub(/^\.\//, "/", p); print $1, $2, p }' \
		>"$TMP/debian"
	while read -r mode owner path; do
		case $path in /usr/share/doc/auditd/*) continue ;; esac
		mine=$(awk -v p="$path" '$3 == p { print $1, $2 }' "$TMP/contents")
		if [ -z "$mine" ]; then
			missing="$missing $path"
		else
			check "$path as Debian's ($mode $owner, vigil's $mine)" [ "$mine" = "$mode $owner" ]
		fi
	done <"$TMP/debian"
fi

# --- lintian: errors fail, the rest is shown
lintian -I --pedantic "$DEB" >"$TMP/lintian" 2>&1
check "lintian: no errors" eval "! grep -q '^E:' '$TMP/lintian'"
if [ -s "$TMP/lintian" ]; then
	echo "lintian:"
	sed 's/^/  /' "$TMP/lintian"
fi

[ -z "$not_yet" ] || echo "deb-build: programs of Debian's auditd vigil does not build yet:$not_yet"
[ -z "$missing" ] || echo "deb-build: paths of Debian's auditd not in vigil's package:$missing" | fold -s -w 100
echo "deb-build: $pass passed, $fail failed ($DEB)"
[ "$fail" -eq 0 ]
