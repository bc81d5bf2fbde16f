#!/bin/bash
# afunix-plugin.sh - build/audisp-af_unix, audit 4.x's af_unix plugin
# program, fed on stdin as vigil's daemon feeds a plugin
# (tests/lib/plugin-feed.py writes the same records in both formats), with
# clients on its socket (tests/lib/afunix-client.py). For each input
# format (string, binary, binary without padding as 4.1.1 and later write
# it) and each output format: two clients both get every event, byte for
# byte what vigil's builtin af_unix sends in that format (the string feed's
# lines, or the binary feed's frames); the socket has the mode of the
# arguments. A client that never reads fills its own queue (the drops
# counted in the state report on SIGUSR1) while the other gets everything.
# End of file on stdin ends the program with status 0 and removes the
# socket; SIGTERM ends it only from its parent; a non-socket at the path
# is refused and left alone, an old socket replaced. No root, no kernel.
#
#   tests/tools/afunix-plugin.sh [-b BUILD]
set -u
cd "$(dirname "$0")/../.."
BUILD=build
while getopts b: o; do
	case $o in
	b) BUILD=$OPTARG ;;
	*) exit 2 ;;
	esac
done
PROG=$BUILD/audisp-af_unix
[ -x "$PROG" ] || { echo "afunix-plugin: $PROG missing (make)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "afunix-plugin: SKIP (no python3)"; exit 77; }
CLIENT=tests/lib/afunix-client.py
T=$(mktemp -d /tmp/afunix-plugin.XXXXXX)
PIDS=()
cleanup() {
	exec 3>&- 2>/dev/null
	for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
	wait 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT
pass=0
fail=0
check() {
	local what=$1
	shift
	if "$@"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $what"
	fi
}
same() { cmp -s "$1" "$2"; }
N=$(python3 tests/lib/plugin-feed.py "$T" 50)

# start MODE FORMAT [DEPTH]: the program on a fifo as stdin ($PROG_PID,
# fd 3 its feed), the socket $T/sock
start() {
	rm -f "$T/in" "$T/state"
	mkfifo "$T/in"
	"$PROG" -f -S "$T/state" "$1" "$T/sock" "$2" ${3:+"$3"} <"$T/in" 2>>"$T/stderr" &
	PROG_PID=$!
	PIDS+=("$PROG_PID")
	exec 3>"$T/in"
	for _ in $(seq 600); do [ -S "$T/sock" ] && break; sleep 0.05; done
}

# client NAME: a reader on the socket, connected on return (without the
# feed's fd 3, which would keep the program from its end of file)
client() {
	rm -f "$T/$1"
	python3 "$CLIENT" "$T/sock" "$T/$1" 30 >"$T/$1.ready" 3>&- &
	PIDS+=("$!")
	for _ in $(seq 600); do grep -q connected "$T/$1.ready" 2>/dev/null && break; sleep 0.05; done
}

# finish: end of file on stdin; the program's exit status in $RC
finish() {
	exec 3>&-
	wait "$PROG_PID"
	RC=$?
}

for input in str bin exact; do
	for out in string binary; do
		case "$out" in string) want=$T/feed.str ;; binary) want=$T/feed.bin ;; esac
		start 0640 "$out"
		check "$input -> $out: socket mode 0640" [ "$(stat -c %a "$T/sock")" = 640 ]
		client a
		client b
		cat "$T/feed.$input" >&3
		finish
		wait
		check "$input -> $out: exit status 0 at end of file" [ "$RC" = 0 ]
		check "$input -> $out: socket removed" [ ! -e "$T/sock" ]
		check "$input -> $out: client a got every event as the builtin sends them" same "$T/a" "$want"
		check "$input -> $out: client b too" same "$T/b" "$want"
	done
done

# a client that never reads: its queue (64 events) overflows, the other
# client still gets all N events (fed 50 at a time, each batch once the
# reader has the one before, so that a loaded machine cannot make the
# reader itself fall 64 events behind)
start 0600 binary 64
check "mode 0600" [ "$(stat -c %a "$T/sock")" = 600 ]
python3 -c '
import socket, sys, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.connect(sys.argv[1])
print("connected", flush=True)
time.sleep(60)' "$T/sock" >"$T/slow.ready" 3>&- &
SLOW=$!
PIDS+=("$SLOW")
for _ in $(seq 600); do grep -q connected "$T/slow.ready" 2>/dev/null && break; sleep 0.05; done
client a
FRAME=$((16 + 8970))
for ((k = 0; k * 50 < N; k++)); do
	dd if="$T/feed.bin" bs=$FRAME skip=$((k * 50)) count=50 status=none >&3
	want=$(( (k * 50 + 50 < N ? k * 50 + 50 : N) * FRAME ))
	for _ in $(seq 200); do [ "$(stat -c %s "$T/a" 2>/dev/null)" = "$want" ] && break; sleep 0.05; done
done
check "the reader got everything while the other did not read" same "$T/a" "$T/feed.bin"
kill -USR1 "$PROG_PID"
for _ in $(seq 100); do [ -s "$T/state" ] && break; sleep 0.05; done
dropped=$(sed -n 's/^events dropped = //p' "$T/state")
check "state report: events received = $N" grep -qx "events received = $N" "$T/state"
check "state report: events dropped > 0 ($dropped)" [ "${dropped:-0}" -gt 0 ]
check "state report: the reader's sent = $N" grep -q "^client 2 = .* sent $N, dropped 0\$" "$T/state"
check "state report: the slow client's drops ($dropped) are its own" \
	grep -q "^client 1 = queued 64, .* dropped $dropped\$" "$T/state"
check "state report: mode 0640" [ "$(stat -c %a "$T/state")" = 640 ]
# SIGTERM from another process than the parent: ignored (audit 4.1)
/bin/kill -TERM "$PROG_PID"
sleep 0.3
check "SIGTERM from a non-parent is ignored" kill -0 "$PROG_PID"
# from the parent (this shell): the end, at once
kill -TERM "$PROG_PID"
wait "$PROG_PID"
RC=$?
check "SIGTERM from the parent ends it with status 0" [ "$RC" = 0 ]
check "... and removes the socket" [ ! -e "$T/sock" ]
kill "$SLOW" 2>/dev/null
exec 3>&-
wait

# a socket left by an earlier run is replaced; anything else is refused
python3 -c 'import os, socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1]); os.chmod(sys.argv[1], 0o700)' "$T/sock"
start 0660 string
for _ in $(seq 100); do [ "$(stat -c %a "$T/sock")" = 660 ] && break; sleep 0.05; done
check "an old socket is replaced (mode 0660)" [ "$(stat -c %a "$T/sock")" = 660 ]
finish
check "... exit 0" [ "$RC" = 0 ]
echo precious >"$T/sock"
"$PROG" -f -S "$T/state" 0640 "$T/sock" string </dev/null 2>"$T/err"
RC=$?
check "a file at the path: exit 1" [ "$RC" = 1 ]
check "... left alone" grep -qx precious "$T/sock"
rm -f "$T/sock"
"$PROG" -f 0640 "$T/sock" json </dev/null 2>"$T/err"
check "an unknown output format: exit 1" [ $? = 1 ]
"$PROG" -f 0958 "$T/sock" </dev/null 2>"$T/err"
check "a mode that is not octal: exit 1" [ $? = 1 ]
"$PROG" -f 0640 "$T/sock" string 0 </dev/null 2>"$T/err"
check "a queue depth of 0: exit 1" [ $? = 1 ]

echo "afunix-plugin: $pass passed, $fail failed ($N events a run)"
[ "$fail" = 0 ]
