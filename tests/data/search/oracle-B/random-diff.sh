#!/bin/bash
# random-diff.sh [FIRST LAST [N]] - differential check of src/lib/search
# against Debian's ausearch on random records (random-records.py): for
# seeds FIRST..LAST, N records each, -i compared per event and csv/text
# per line; prints the counts identical and the first differences.
# Needs /sbin/ausearch (Debian's auditd) and build/libvigil.a (make).
# Both sides name uids from this machine's passwd/group.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
first=${1:-1} last=${2:-10} n=${3:-400}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc -O1 -D_GNU_SOURCE -I"$root/include" -o "$work/drv" "$here/searchfmt-drv.c" \
	"$root/build/libvigil.a"
export TZ=UTC LC_ALL=C
for seed in $(seq "$first" "$last"); do
	python3 "$here/random-records.py" "$seed" "$n" > "$work/r.log"
	/sbin/ausearch -i -if "$work/r.log" > "$work/w.i" 2>/dev/null || true
	"$work/drv" i "$work/r.log" > "$work/g.i"
	for fmt in csv text; do
		/sbin/ausearch --format $fmt -if "$work/r.log" > "$work/w.$fmt" 2>/dev/null || true
		"$work/drv" ${fmt:0:1} "$work/r.log" > "$work/g.$fmt" 2>/dev/null
	done
	python3 - "$work" "$seed" <<'PY'
import re, sys
w, seed = sys.argv[1], sys.argv[2]
def blocks(fn):
    d = {}
    for b in open(fn, errors='replace').read().split('----\n'):
        m = re.search(r'msg=audit\(([^)]*)\)', b)
        if m:
            d[m.group(1)] = b
    return d
want, got = blocks(w + '/w.i'), blocks(w + '/g.i')
same = sum(1 for k in want if got.get(k) == want[k])
print('seed %s -i: %d/%d events identical' % (seed, same, len(want)))
for k in [k for k in want if got.get(k) != want[k]][:2]:
    print('  want', want[k][:300].rstrip()); print('  got ', (got.get(k) or '-')[:300].rstrip())
for fmt in ('csv', 'text'):
    wl = open(w + '/w.' + fmt, errors='replace').read().splitlines()
    gl = set(open(w + '/g.' + fmt, errors='replace').read().splitlines())
    print('seed %s %s: %d/%d lines identical' % (seed, fmt, sum(1 for l in wl if l in gl), len(wl)))
PY
done
