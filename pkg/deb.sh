#!/bin/sh
# pkg/deb.sh [-b BUILD_DIR] - build vigil's Debian package (make deb).
#
# dpkg-buildpackage wants debian/ at the top of the source tree, and the
# packaging files live in pkg/debian/: the tree is copied (without its
# build products) to BUILD_DIR/deb/vigil-VERSION with pkg/debian as its
# debian/, built there, and the .deb moved to BUILD_DIR. Exits 77 when a
# tool is missing (dpkg-dev, debhelper, fakeroot).
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
b=$top/build
while getopts b: opt; do
	case $opt in
	b) b=$(mkdir -p "$OPTARG" && cd "$OPTARG" && pwd) ;;
	*) echo "usage: $0 [-b BUILD_DIR]" >&2; exit 2 ;;
	esac
done

for tool in dpkg-buildpackage dpkg-parsechangelog dh fakeroot; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "deb: $tool is missing:" \
			"apt-get install --no-install-recommends dpkg-dev debhelper fakeroot" >&2
		exit 77
	fi
done

version=$(dpkg-parsechangelog -l "$top/pkg/debian/changelog" -S Version)
arch=$(dpkg --print-architecture)
work=$b/deb
src=$work/vigil-$version

rm -rf "$work"
mkdir -p "$src"
# what is in the checkout, committed or not, less what builds make
tar -C "$top" --exclude=./build --exclude=./run --exclude=./.git --exclude=./debian \
	--exclude="./${b#"$top"/}" -cf - . | tar -C "$src" -xf -
cp -r "$top/pkg/debian" "$src/debian"

log=$work/build.log
echo "deb: building vigil $version in $src (log: $log)"
if ! (cd "$src" && dpkg-buildpackage -us -uc -b -rfakeroot -Jauto) >"$log" 2>&1; then
	tail -n 30 "$log" >&2
	echo "deb: dpkg-buildpackage failed (whole log: $log)" >&2
	exit 1
fi

deb=vigil_${version}_$arch.deb
mv "$work/$deb" "$b/$deb"
echo "deb: $b/$deb"
