#!/bin/bash
# search.sh - a speed check of vigil's ausearch (not a test, not in make
# check): the issue's flood log, 400,000 getppid events (800,000 lines,
# about 190 MB, 40 events a millisecond) with 50 keyed execve events,
# written to /tmp; then `ausearch -k needle` timed against `grep -c` on the
# same cached file and against Debian's ausearch (cut off after TIMEOUT
# seconds, default 60). Prints the times and the ratios.
#
#   bench/search.sh [-b BUILD] [-n EVENTS] [-t TIMEOUT]
set -eu
cd "$(dirname "$0")/.."
BUILD=build
EVENTS=400000
TIMEOUT=60
while getopts b:n:t: o; do
	case $o in
	b) BUILD=$OPTARG ;;
	n) EVENTS=$OPTARG ;;
	t) TIMEOUT=$OPTARG ;;
	*) exit 2 ;;
	esac
done
LOG=/tmp/vigil-search-flood-$EVENTS.log
ORACLE=${ORACLE:-/sbin/ausearch}

if [ ! -s "$LOG" ]; then
	echo "writing $LOG ($EVENTS events)"
	python3 - "$LOG" "$EVENTS" <<'PY'
import sys
path, n = sys.argv[1], int(sys.argv[2])
t0 = 1796563879
sc = ('type=SYSCALL msg=audit(%d.%03d:%d): arch=c000003e syscall=%d success=yes exit=%d '
      'a0=0 a1=0 a2=0 a3=0 items=%d ppid=1 pid=4242 auid=1000 uid=1000 gid=1000 euid=1000 '
      'suid=1000 fsuid=1000 egid=1000 sgid=1000 fsgid=1000 tty=pts0 ses=2 comm="%s" '
      'exe="%s" subj=unconfined key=%s\n')
pt = 'type=PROCTITLE msg=audit(%d.%03d:%d): proctitle=%s\n'
every = n // 50
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
fi
ls -l "$LOG" | awk '{ printf "log: %s, %d MB\n", $NF, $5 / 1048576 }'
cat "$LOG" >/dev/null	# cached

# seconds (3 decimals) a command takes, its output discarded
timeit() {
	local s e
	s=$(date +%s.%N)
	"$@" >/dev/null 2>&1 || true
	e=$(date +%s.%N)
	echo "$s $e" | awk '{ printf "%.3f", $2 - $1 }'
}
# peak RSS in MiB
rss() {
	/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%.1f", $1 / 1024 }'
}

g=$(timeit grep -c needle "$LOG")
v=$(timeit "$BUILD/ausearch" -if "$LOG" -k needle)
n=$("$BUILD/ausearch" -if "$LOG" -k needle 2>/dev/null | grep -c '^----$' || true)
m=$(rss "$BUILD/ausearch" -if "$LOG" -k needle)
echo "grep -c needle:            ${g} s"
echo "vigil ausearch -k needle:  ${v} s ($n events, RSS $m MiB)"
awk -v v="$v" -v g="$g" 'BEGIN { printf "ratio vigil / grep -c:     %.1fx (goal: within 10x)\n", v / g }'
if [ -x "$ORACLE" ]; then
	s=$(date +%s.%N)
	if timeout "$TIMEOUT" "$ORACLE" -if "$LOG" -k needle >/dev/null 2>&1; then
		d=$(echo "$s $(date +%s.%N)" | awk '{ printf "%.3f", $2 - $1 }')
		echo "debian ausearch -k needle: ${d} s"
		awk -v v="$v" -v d="$d" 'BEGIN { printf "ratio debian / vigil:      %.0fx\n", d / v }'
	else
		echo "debian ausearch -k needle: did not finish in ${TIMEOUT} s"
		awk -v v="$v" -v d="$TIMEOUT" 'BEGIN { printf "ratio debian / vigil:      more than %.0fx\n", d / v }'
	fi
fi
