#!/bin/sh
# pkg/rpm.sh [-b BUILD_DIR] [-j JOBS] - build vigil's RPM (make rpm).
#
# rpmbuild builds from a source tarball: the tree (without its build
# products) is packed as BUILD_DIR/rpm/SOURCES/vigil-VERSION.tar.gz, built
# with a private %_topdir (BUILD_DIR/rpm) so that nothing lands in ~/rpmbuild,
# and the binary .rpm moved to BUILD_DIR. -j: make's jobs (rpm's default:
# one a CPU). Exits 77 when rpmbuild is missing.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
b=$top/build
jobs=
while getopts b:j: opt; do
	case $opt in
	b) b=$(mkdir -p "$OPTARG" && cd "$OPTARG" && pwd) ;;
	j) jobs=$OPTARG ;;
	*) echo "usage: $0 [-b BUILD_DIR] [-j JOBS]" >&2; exit 2 ;;
	esac
done

if ! command -v rpmbuild >/dev/null 2>&1; then
	echo "rpm: rpmbuild is missing: apt-get install --no-install-recommends rpm" \
		"(Debian), dnf install rpm-build (Fedora)" >&2
	exit 77
fi

spec=$top/pkg/rpm/vigil.spec
version=$(rpmspec -q --srpm --qf '%{version}\n' "$spec" 2>/dev/null) ||
	version=$(sed -n 's/^Version:[[:space:]]*//p' "$spec")
work=$b/rpm
src=vigil-$version

rm -rf "$work"
mkdir -p "$work/SOURCES" "$work/stage/$src"
# what is in the checkout, committed or not, less what builds make
tar -C "$top" --exclude=./build --exclude=./run --exclude=./.git \
	--exclude="./${b#"$top"/}" -cf - . | tar -C "$work/stage/$src" -xf -
tar -C "$work/stage" -czf "$work/SOURCES/$src.tar.gz" "$src"
rm -rf "$work/stage"

# --nodeps: on a Debian host the build dependencies are dpkg's, unknown to
# rpm's database. No -debuginfo package beside this one (as the .deb has no
# -dbgsym): Debian's rpm lacks the tools that would split it. brp-compress
# (the man pages gzipped) uses bash's read -d: run by bash, not Debian's dash.
set -- --define "_topdir $work" --define "debug_package %{nil}" --nodeps \
	--define "__brp_compress /bin/bash %{_rpmconfigdir}/brp-compress %{?_prefix}"
[ -z "$jobs" ] || set -- "$@" --define "_smp_mflags -j$jobs"

log=$work/build.log
echo "rpm: building vigil $version in $work (log: $log)"
if ! rpmbuild "$@" -bb "$spec" >"$log" 2>&1; then
	tail -n 30 "$log" >&2
	echo "rpm: rpmbuild failed (whole log: $log)" >&2
	exit 1
fi

rpm=$(find "$work/RPMS" -name "vigil-$version-*.rpm" | head -n 1)
[ -n "$rpm" ] || { echo "rpm: no package in $work/RPMS (log: $log)" >&2; exit 1; }
mv "$rpm" "$b/"
echo "rpm: $b/${rpm##*/}"
