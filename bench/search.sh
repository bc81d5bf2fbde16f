#!/bin/bash
# search.sh - vigil's ausearch and aureport beside Debian's (part of make
# bench; not a test).
#
#   bench/search.sh [-b BUILD] [-n EVENTS] [-r REPEATS] [-t TIMEOUT] [-F]
#
# Part 1, the flood log of the issue: EVENTS getppid events (default
# 400,000: 800,000 lines, about 170 MB, 40 events a millisecond) with 50
# keyed execve events, written once to /tmp. On the cached file:
# `ausearch -k needle` against `grep -c needle`, `aureport --summary`
# against `wc -l` (the goals: within 10x and 20x), the peak RSS of both
# tools (the goal: under 64 MiB), and Debian's tools on the same queries,
# cut off after TIMEOUT seconds (default 60).
#
# Part 2, query by query: a query matrix over the differential suite's
# logs (tests/data/oracle) and a 20,000-event flood (Debian's ausearch
# needs about a second there, and its time grows with the square of the
# events open at once): Debian's time, vigil's, and Debian's / vigil's.
# The goal: 10x or more wherever Debian takes over 0.1 s (marked *).
#
# Every figure is the median of REPEATS runs (default 3), vigil and Debian
# alternating so that drift hits both; wall-clock seconds, output thrown
# away. -F skips part 1.
set -u
cd "$(dirname "$0")/.."
BUILD=build
EVENTS=400000
REPS=3
TIMEOUT=60
FLOOD=1
while getopts b:n:r:t:F o; do
	case $o in
	b) BUILD=$OPTARG ;;
	n) EVENTS=$OPTARG ;;
	r) REPS=$OPTARG ;;
	t) TIMEOUT=$OPTARG ;;
	F) FLOOD=0 ;;
	*) exit 2 ;;
	esac
done
AUSEARCH=${AUSEARCH:-/sbin/ausearch}
AUREPORT=${AUREPORT:-/sbin/aureport}
for t in ausearch aureport; do
	[ -x "$BUILD/$t" ] || { echo "search bench: no $BUILD/$t (make all)"; exit 1; }
done
# a make install from vigil replaces Debian's tools: then there is nothing
# to compare with
oracle=1
if ! [ -x "$AUSEARCH" ] || ! [ -x "$AUREPORT" ] ||
   dpkg -V auditd 2>/dev/null | grep -q 'sbin/au\(search\|report\)$'; then
	echo "search bench: Debian's ausearch/aureport missing or replaced: vigil alone"
	oracle=0
fi

# flood_log EVENTS: the path of the flood log, written if missing
flood_log() {
	local log=/tmp/vigil-search-flood-$1.log
	[ -s "$log" ] || python3 - "$log" "$1" <<'PY'
import sys
path, n = sys.argv[1], int(sys.argv[2])
t0 = 1796563879
sc = ('type=SYSCALL msg=audit(%d.%03d:%d): arch=c000003e syscall=%d success=yes exit=%d '
      'a0=0 a1=0 a2=0 a3=0 items=%d ppid=1 pid=4242 auid=1000 uid=1000 gid=1000 euid=1000 '
      'suid=1000 fsuid=1000 egid=1000 sgid=1000 fsgid=1000 tty=pts0 ses=2 comm="%s" '
      'exe="%s" subj=unconfined key=%s\n')
pt = 'type=PROCTITLE msg=audit(%d.%03d:%d): proctitle=%s\n'
every = max(n // 50, 1)
with open(path, 'w') as f:
    out = []
    for i in range(n):
        serial = i + 1
        sec, milli = t0 + i // 40000, (i // 40) % 1000
        if i % every == every // 2:
            out.append(sc % (sec, milli, serial, 59, 0, 2, 'sh', '/usr/bin/sh', '"needle"'))
            out.append('type=EXECVE msg=audit(%d.%03d:%d): argc=2 a0="sh" a1="-c"\n' % (sec, milli, serial))
            out.append('type=CWD msg=audit(%d.%03d:%d): cwd="/root"\n' % (sec, milli, serial))
            out.append('type=PATH msg=audit(%d.%03d:%d): item=0 name="/usr/bin/sh" inode=1 dev=08:01 '
                       'mode=0100755 ouid=0 ogid=0 rdev=00:00 nametype=NORMAL cap_fp=0 cap_fi=0 '
                       'cap_fe=0 cap_fver=0 cap_frootid=0\n' % (sec, milli, serial))
        else:
            out.append(sc % (sec, milli, serial, 110, 1, 0, 'getppid-flood', '/usr/local/bin/getppid-flood', '(null)'))
        out.append(pt % (sec, milli, serial, '676574707069642D666C6F6F64002D2D636F756E74003430303030303030'))
        if len(out) > 10000:
            f.write(''.join(out))
            out = []
    f.write(''.join(out))
PY
	cat "$log" >/dev/null	# cached
	echo "$log"
}

# once CMD...: wall seconds of one run (TIMEOUT: a cut-off run is "-")
once() {
	local s e
	s=$(date +%s.%N)
	timeout "$TIMEOUT" "$@" >/dev/null 2>&1
	[ $? -eq 124 ] && { echo -; return; }
	e=$(date +%s.%N)
	awk -v s="$s" -v e="$e" 'BEGIN { printf "%.4f", e - s }'
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR ? v[int((NR + 1) / 2)] : "-") }'; }
# pair "A CMD" "B CMD": REPS runs of each, alternating; prints "a b"
# (medians; a run that hit the cut-off makes its side "-")
pair() {
	local i a="" b="" x
	for i in $(seq "$REPS"); do
		a="$a $(once $1)"
		[ -n "$2" ] && b="$b $(once $2)"
	done
	case $a in *-*) a=- ;; *) a=$(echo "$a" | median) ;; esac
	case $b in *-*) b=- ;; "") b=- ;; *) b=$(echo "$b" | median) ;; esac
	echo "$a $b"
}
rss() {
	/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%.1f", $1 / 1024 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.1f", a / b }'; }

echo "search bench: $(nproc) cpus, kernel $(uname -r), $REPS repeats (medians), $(date -u +%Y-%m-%dT%H:%MZ)"

if [ "$FLOOD" = 1 ]; then
	LOG=$(flood_log "$EVENTS")
	echo
	echo "flood: $LOG, $EVENTS events, $(($(stat -c %s "$LOG") / 1048576)) MB, cached"
	read -r vk g <<< "$(pair "$BUILD/ausearch -if $LOG -k needle" "grep -c needle $LOG")"
	read -r vs w <<< "$(pair "$BUILD/aureport -if $LOG --summary" "wc -l $LOG")"
	n=$("$BUILD/ausearch" -if "$LOG" -k needle 2>/dev/null | grep -c '^----$')
	printf '%-34s %8s s  (%s events, RSS %s MiB)\n' "vigil ausearch -k needle" "$vk" "$n" \
		"$(rss "$BUILD/ausearch" -if "$LOG" -k needle)"
	printf '%-34s %8s s\n' "grep -c needle" "$g"
	printf '%-34s %8sx  (goal: within 10x)\n' "  vigil / grep" "$(ratio "$vk" "$g")"
	printf '%-34s %8s s  (RSS %s MiB)\n' "vigil aureport --summary" "$vs" \
		"$(rss "$BUILD/aureport" -if "$LOG" --summary)"
	printf '%-34s %8s s\n' "wc -l" "$w"
	printf '%-34s %8sx  (goal: within 20x)\n' "  vigil / wc -l" "$(ratio "$vs" "$w")"
	if [ "$oracle" = 1 ]; then
		for q in "ausearch -k needle" "aureport --summary"; do
			set -- $q
			d=$(once "/sbin/$1" -if "$LOG" "${@:2}")
			if [ "$d" = - ]; then
				printf '%-34s %8s    (did not finish in %s s)\n' "debian $q" - "$TIMEOUT"
			else
				printf '%-34s %8s s\n' "debian $q" "$d"
			fi
		done
	fi
fi

[ "$oracle" = 1 ] || exit 0
echo
SMALL=$(flood_log 20000)
printf '%-60s %9s %9s %8s\n' "query (log)" "debian_s" "vigil_s" "ratio"
row() {	# row TOOL LOG ARGS...
	local tool=$1 log=$2 d v r mark=" "
	shift 2
	read -r v d <<< "$(pair "$BUILD/$tool -if $log $*" "/sbin/$tool -if $log $*")"
	r=$(ratio "$d" "$v")
	[ "$d" != - ] && awk -v d="$d" 'BEGIN { exit !(d > 0.1) }' && mark="*"
	printf '%-60s %9s %9s %7sx%s\n' "$tool $* ($(basename "$log"))" "$d" "$v" "$r" "$mark"
}
for log in tests/data/oracle/synthetic.raw.log tests/data/oracle/synthetic.enr.log \
	   tests/data/oracle/raw.log "$SMALL"; do
	row ausearch "$log" --raw
	row ausearch "$log" -i
	row ausearch "$log" -m SYSCALL -sv no
	row ausearch "$log" -ua 1000 -i
	row ausearch "$log" --format csv
	row ausearch "$log" --format text
	row ausearch "$log" -k needle
	row aureport "$log" --summary
	row aureport "$log" -au -i
	row aureport "$log" -f -i --summary
	row aureport "$log" -x --summary
	row aureport "$log" -e -i
	row aureport "$log" --failed
done
echo "* Debian over 0.1 s: the goal is a ratio of 10x or more"
