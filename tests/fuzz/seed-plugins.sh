#!/bin/sh
# seed-plugins.sh: (re)write tests/fuzz/corpus/plugins/ and tests/fuzz/plugins.dict.
# Seeds: Debian's plugins.d files as shipped, and each with active = yes,
# a builtin_af_unix with its arguments in either order, a program plugin
# with two arguments, and lines auditd refuses. The dictionary holds the
# keywords and words of src/daemon/plugins.c's tables.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
out=$top/tests/fuzz/corpus/plugins
mkdir -p "$out"
seed() {	# CONTENT on stdin
	t=$(mktemp)
	cat > "$t"
	mv "$t" "$out/$(sha1sum < "$t" | cut -c1-40)"
}
for f in /etc/audit/plugins.d/*.conf; do
	[ -r "$f" ] || continue
	seed < "$f"
	sed 's/^active = no/active = yes/' "$f" | seed
done
af='active = yes
direction = out
path = builtin_af_unix
type = builtin
format = string
'
printf '%sargs = 0600 /run/vigil.sock\n' "$af" | seed
printf '%sargs = /run/vigil.sock 0600\n' "$af" | seed
printf '%sargs = 7777777 relative\n' "$af" | seed
printf 'active = yes\ndirection = out\npath = /bin/cat\ntype = always\nargs = -u -\nformat = binary\n' | seed
printf 'active = yes\npath = builtin_other\ntype = builtin\n' | seed
printf 'active = maybe\n' | seed
printf 'active = yes\ndirection = in\n' | seed
printf 'active = yes\npath = /bin/cat\nargs = a b c\n' | seed
printf 'path=/bin/cat\n' | seed
printf 'no_such_keyword = 1\n' | seed
{
	sed -n 's/^[[:space:]]*{ "\([a-z_]*\)", parse_[a-z_]* },/"\1"/p' "$top/src/daemon/plugins.c"
	grep -o '{ "[a-z_]*", [A-Z_0-9]* }' "$top/src/daemon/plugins.c" | sed 's/{ \("[^"]*"\).*/\1/'
	printf '"%s"\n' " = " "builtin_af_unix" "/run/" "0640" '\x0a' "#"
} | sort -u > "$top/tests/fuzz/plugins.dict"
echo "$(ls "$out" | wc -l) seeds in $out, $(wc -l < "$top/tests/fuzz/plugins.dict") dictionary entries"
