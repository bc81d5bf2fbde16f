#!/bin/bash
# regen.sh - regenerate the decompiler's golden data in tests/data/rules/list/
# from Debian's auditctl (the oracle) and the real kernel.
#
# For each rule set SET it loads the rules into an empty kernel, then writes
#   list/SET.hex   the AUDIT_LIST_RULES reply payloads (struct audit_rule_data
#                  as the kernel sends it), one rule per line in hex (listdump)
#   list/SET.l     what `auditctl -l` prints for them, line for line
#   list/SET.li    what `auditctl -l -i` prints
# and deletes the rules again (`auditctl -D`, `auditctl -e 0`).
#
# Rule sets:
#   list/SET.rules  auditctl lines, loaded with `auditctl -R` after a `-c`
#                   line, so a line auditctl or the kernel refuses is skipped
#                   (the refusals are printed here, not stored)
#   list/SET.spec   raw rules (mkrule.py form) sent with `listdump add`
#   ex-NAME         each /usr/share/doc/auditd/examples/rules/NAME.rules, less
#                   its control lines (-e -f -b -r --backlog_wait_time
#                   --loginuid-immutable: never send -e 2 or -f 2)
# A set that leaves no rule in the kernel is not stored.
#
# Needs root, Debian's auditd package, python3 and a built build/libvigil.a
# (`make -s all`). Each set holds the kernel lock for about a second.
# usage: tests/data/rules/regen.sh [SET...]     (default: every set)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
out="$here/list"
examples=/usr/share/doc/auditd/examples/rules
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cc -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -I"$top/include" \
	-o "$tmp/listdump" "$here/listdump.c" "$top/build/libvigil.a"

# capture SET RULESFILE|"" SPECFILE|""
capture() {
	local set=$1 rules=$2 spec=$3
	: > "$tmp/load.rules"
	if [ -n "$rules" ]; then
		{ echo -c; grep -v -E '^[[:space:]]*(-e|-f|-b|-r|--backlog_wait_time|--loginuid-immutable)([[:space:]]|$)' "$rules" || true; } > "$tmp/load.rules"
	fi
	if [ -n "$spec" ]; then
		python3 "$here/mkrule.py" < "$spec" > "$tmp/load.hex"
	else
		: > "$tmp/load.hex"
	fi
	"$top/tests/lib/kernel-lock" bash -c '
		t=$1
		auditctl -D > /dev/null
		[ -s "$t/load.rules" ] && auditctl -R "$t/load.rules" > "$t/load.err" 2>&1
		[ -s "$t/load.hex" ] && "$t/listdump" add < "$t/load.hex" >> "$t/load.err" 2>&1
		"$t/listdump" > "$t/set.hex" 2> /dev/null
		auditctl -l > "$t/set.l"
		auditctl -l -i > "$t/set.li"
		auditctl -D > /dev/null
		auditctl -e 0 > /dev/null
	' x "$tmp" || true
	grep -v -E '^(No rules|There was an error in line .*)$' "$tmp/load.err" 2>/dev/null |
		sed "s/^/$set: refused: /" || true
	local n l li
	n=$(wc -l < "$tmp/set.hex")
	l=$(wc -l < "$tmp/set.l")
	li=$(wc -l < "$tmp/set.li")
	if [ "$n" -eq 0 ]; then
		echo "$set: no rules loaded, not stored"
		rm -f "$out/$set.hex" "$out/$set.l" "$out/$set.li"
		return
	fi
	if [ "$n" -ne "$l" ] || [ "$n" -ne "$li" ]; then
		echo "$set: $n rules but $l / $li listed lines" >&2
		exit 1
	fi
	cp "$tmp/set.hex" "$out/$set.hex"
	cp "$tmp/set.l" "$out/$set.l"
	cp "$tmp/set.li" "$out/$set.li"
	echo "$set: $n rules"
}

sets=("$@")
if [ ${#sets[@]} -eq 0 ]; then
	for f in "$out"/*.rules "$out"/*.spec; do
		[ -e "$f" ] || continue
		b=$(basename "$f")
		sets+=("${b%.*}")
	done
	for f in "$examples"/*.rules; do
		b=$(basename "$f" .rules)
		sets+=("ex-$b")
	done
fi

done_sets=" "
for set in "${sets[@]}"; do
	case "$done_sets" in *" $set "*) continue ;; esac
	done_sets="$done_sets$set "
	case "$set" in
	ex-*)
		capture "$set" "$examples/${set#ex-}.rules" ""
		;;
	*)
		r=""; s=""
		[ -e "$out/$set.rules" ] && r="$out/$set.rules"
		[ -e "$out/$set.spec" ] && s="$out/$set.spec"
		capture "$set" "$r" "$s"
		;;
	esac
done
