#!/bin/bash
# toolbox2-diff.sh - vigil's auvirt and audisp-syslog against Debian's,
# byte for byte. auvirt over the guests' logs of tests/data/virt (gen.py
# writes them) with every option, the other test logs, its input forms and
# errors: stdout, stderr and the exit status must be equal. audisp-syslog
# with each of its arguments over the same logs on stdin: what both send to
# syslog must be equal, datagram for datagram (the priority byte and the
# text; the timestamp is cut), and their exit status. Each audisp-syslog
# runs in a mount namespace of its own whose /dev is a tmpfs holding a
# /dev/log socket of ours (root and unshare(1) needed, else those pairs are
# skipped); auvirt never reads the machine's logs (-f, --stdin, or a tmpfs
# over /var/log/audit in a namespace). Prints the pass and fail counts and
# the first differences; exit 0 only when all match, 77 when Debian's
# tools are not installed.
#
#   tests/tools/toolbox2-diff.sh [-b BUILD] [-v]    (-v: every pair)
# ONLY=REGEX runs the pairs whose "tool name: arguments" match; SHOW=N
# shows the first N differences (5).
set -u
cd "$(dirname "$0")/../.."
BUILD=build
VERBOSE=0
while getopts b:v o; do
	case $o in
	b) BUILD=$OPTARG ;;
	v) VERBOSE=1 ;;
	*) exit 2 ;;
	esac
done
BUILD=$(cd "$BUILD" 2>/dev/null && pwd) || { echo "toolbox2-diff: no build directory" >&2; exit 1; }
declare -A ORACLE=([auvirt]=/usr/bin/auvirt [audisp-syslog]=/sbin/audisp-syslog)
for t in auvirt audisp-syslog; do
	o=${ORACLE[$t]}
	if [ ! -x "$o" ]; then
		echo "toolbox2-diff: SKIP ($o missing: apt-get install auditd)"
		exit 77
	fi
	if [ ! -x "$BUILD/$t" ]; then
		echo "toolbox2-diff: $BUILD/$t missing (make)" >&2
		exit 1
	fi
	# the oracle must be Debian's, not a vigil installed over it
	if cmp -s "$o" "$BUILD/$t" ||
	   dpkg -V auditd 2>/dev/null | grep -q " $o\$"; then
		echo "toolbox2-diff: $o is not Debian's (make install? make deps puts it back)" >&2
		exit 1
	fi
done

TMP=$(mktemp -d /tmp/toolbox2-diff.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
DATA=$(pwd)/tests/data
TZONE=UTC
LOCALE=C

pass=0
fail=0
shown=0
SHOW=${SHOW:-5}

# ---- running one side --------------------------------------------------------

# the syslog catcher: runs a program with its stdin, collecting every
# datagram sent to the socket until the program has exited and nothing is
# left; one line per datagram, as Python writes bytes, the timestamp cut
cat >"$TMP/catch.py" <<'PYEOF'
import os, re, select, socket, subprocess, sys
sock_path, out = sys.argv[1], sys.argv[2]
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sock_path)
child = subprocess.Popen(sys.argv[3:])
stamp = re.compile(rb"^(<[0-9]+>)[A-Z][a-z]{2} [ 0-9][0-9] [0-9:]{8} ")
with open(out, "w") as f:
    while True:
        done = child.poll() is not None
        r, _, _ = select.select([s], [], [], 0 if done else 0.05)
        if r:
            f.write(repr(stamp.sub(rb"\1", s.recv(1 << 20))) + "\n")
        elif done:
            break
sys.exit(child.returncode)
PYEOF
# insyslog OUT CMD...: CMD in a mount namespace of its own, /dev a tmpfs
# with /dev/null and our /dev/log
cat >"$TMP/insyslog" <<'EOF2'
#!/bin/bash
out=$1
shift
exec unshare -m --propagation private bash -c '
	out=$1; shift
	old=$(mktemp -d /tmp/toolbox2-dev.XXXXXX) || exit 99
	mount --bind /dev "$old" || exit 99
	mount -t tmpfs tmpfs /dev || exit 99
	touch /dev/null && mount --bind "$old/null" /dev/null || exit 99
	umount "$old"; rmdir "$old"
	exec python3 "$CATCH" /dev/log "$out" "$@"' insyslog "$out" "$@"
EOF2
chmod +x "$TMP/insyslog"

# run_one BINARY OUT INPUT ARGS...: OUT.out, OUT.err, OUT.rc (and for
# audisp-syslog OUT.log, the datagrams). INPUT: a file on stdin, or "".
run_one() {
	local bin=$1 out=$2 input=$3
	shift 3
	local env=(env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=$LOCALE TZ=$TZONE)
	[ -n "$input" ] || input=/dev/null
	rm -rf "$out.dir"
	mkdir "$out.dir"
	(
		cd "$out.dir" || exit 1
		if [ "${bin##*/}" = audisp-syslog ]; then
			CATCH=$TMP/catch.py "$TMP/insyslog" "$out.log" "${env[@]}" "$bin" "$@"
		elif [ -n "${NS:-}" ]; then
			"${env[@]}" DATA_DIR="$DATA" "$TMP/inns" "$NS" "$bin" "$@"
		else
			"${env[@]}" "$bin" "$@"
		fi <"$input" >"$out.out" 2>"$out.err"
		echo $? >"$out.rc"
	)
	[ -e "$out.log" ] || : >"$out.log"
}

same() {
	local s
	for s in out err rc log; do
		cmp -s "$TMP/o.$s" "$TMP/v.$s" || return 1
	done
}

# compare TOOL NAME INPUT ARGS...: Debian's and vigil's with the same
# arguments. A pair that differs is run again once (a minute may turn
# between the two runs of a relative --start).
compare() {
	local tool=$1 name=$2 input=$3 try
	shift 3
	if [ -n "${ONLY:-}" ] && ! [[ "$tool $name: $*" =~ $ONLY ]]; then
		return
	fi
	rm -f "$TMP"/[ov].log
	for try in 1 2; do
		run_one "${ORACLE[$tool]}" "$TMP/o" "$input" "$@"
		run_one "$BUILD/$tool" "$TMP/v" "$input" "$@"
		same && break
	done
	if same; then
		pass=$((pass + 1))
		[ $VERBOSE = 1 ] && echo "ok   $tool $name: $*"
		return
	fi
	fail=$((fail + 1))
	echo "FAIL $tool $name: $* (TZ=$TZONE LC_ALL=$LOCALE)"
	if [ $shown -lt "$SHOW" ]; then
		shown=$((shown + 1))
		for s in rc err out log; do
			cmp -s "$TMP/o.$s" "$TMP/v.$s" ||
				diff -u --label "debian.$s" --label "vigil.$s" \
					"$TMP/o.$s" "$TMP/v.$s" | head -12 | sed 's/^/    /'
		done
	fi
}

# ---- auvirt ------------------------------------------------------------------

U1=6a5f4d0c-1b2e-4c3d-9e8f-0a1b2c3d4e5f
U2=f0e1d2c3-b4a5-4687-9a0b-1c2d3e4f5a6b
AUVIRT=(
	"" "--all-events" "--summary" "--proof" "--show-uuid" "--debug"
	"--all-events --proof" "--all-events --show-uuid --proof"
	"--all-events --debug" "--summary --debug" "--summary --all-events"
	"--all-events --proof --show-uuid --debug"
	"--vm vm1" "--vm vm1 --all-events --proof" "-v vm3 --summary"
	"--vm nosuch --all-events" "--uuid $U1" "-u $U1 --all-events --proof"
	"--uuid $U2 --summary" "--uuid $U1 --vm vm1 --all-events"
	"--uuid $U1 --vm vm3 --all-events"
	"--start 11/14/23 22:15:30 --all-events --proof --debug"
	"--start 11/14/23 22:15 --summary" "-ts 11/20/23 17:10 --all-events"
	"--end 11/14/23 22:15 --all-events" "-te 11/15/23 --summary"
	"--start 11/14/23 --end 11/16/23 01:20:00 --all-events --debug"
	"-ts 11/26/23 12:00:30 --all-events --proof"
	"--start this-year --summary" "--start today --all-events"
	"--end now --summary" "--start 01/01/20 00:00:00 --end now --all-events"
)
for log in "$DATA"/virt/*.log; do
	n=virt/$(basename "$log")
	for q in "${AUVIRT[@]}"; do
		# shellcheck disable=SC2086
		compare auvirt "$n" "" $q -f "$log"
	done
	compare auvirt "$n" "$log" --stdin --all-events --proof
	compare auvirt "$n" "$log" --stdin --summary
	compare auvirt "$n" "" --vm "guest two" --all-events --show-uuid -f "$log"
done
# the other test logs: no guests in them, but their oddities must not
# differ either
for log in "$DATA"/login/*.log "$DATA"/search/*.log "$DATA"/report/*.log; do
	n=$(basename "$(dirname "$log")")/$(basename "$log")
	for q in "" "--all-events --proof --debug" "--summary"; do
		# shellcheck disable=SC2086
		compare auvirt "$n" "" $q -f "$log"
	done
done
# local time: other zones and a UTF-8 locale
for TZONE in Asia/Kolkata America/New_York; do
	LOCALE=C.UTF-8
	for log in "$DATA"/virt/*.log; do
		n=virt/$(basename "$log")
		compare auvirt "$n" "" --all-events --proof -f "$log"
		compare auvirt "$n" "" --summary --start 11/14/23 22:15 -f "$log"
	done
done
TZONE=UTC
LOCALE=C

# option errors and the input forms
L=$DATA/virt/guests.log
for q in "--help" "-h" "--bogus" "--help --bogus" "--bogus --help" "-x" \
	"--stdin -f $L" "-f $L --stdin" "-f /nonexistent/file" "-f $TMP" \
	"-f" "--file" "--uuid" "--vm" "-u" "-v" "--start" "--end" "-ts" "-te" \
	"--start -f $L" "--end --summary -f $L" \
	"-u x -f $L" "-u x -f $L --debug" "--debug -u x -f $L" \
	"-f $L --uuid ${U1^^}" "-f $L --uuid ${U1//-/}" "-f $L --uuid ${U1}0" \
	"-f $L --uuid ${U1:0:35}g" "-f $L -f $L" "-f /nonexistent -f $L" \
	"--start bogus -f $L" "--start 13/45/23 -f $L" "--end 11/15/2023 -f $L" \
	"--start 11/14/23 99:00 -f $L" "--start 11/14/23 bogus -f $L" \
	"--start today now -f $L" "--end 11/14/23 12:00:00 --start bogus -f $L" \
	"--start yesterday 10:00 -f $L --debug" "--start week-ago -f $L" \
	"--all-events --all-events --summary -f $L" "--stdin --stdin"; do
	# shellcheck disable=SC2086
	compare auvirt options "" $q
done
compare auvirt options "$L" --stdin --debug
compare auvirt options "$TMP" --stdin

# the configured logs (no -f, no --stdin): in a mount namespace of our
# own, /var/log/audit a tmpfs with a rotated set of test logs, or empty
conf_log=$(sed -n 's/^[[:space:]]*log_file[[:space:]]*=[[:space:]]*//p' \
	/etc/audit/auditd.conf 2>/dev/null | tail -1)
can_ns=0
[ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null && can_ns=1
if [ $can_ns = 1 ] && [ "${conf_log:-/var/log/audit/audit.log}" = /var/log/audit/audit.log ] &&
   [ -d /var/log/audit ]; then
	cat >"$TMP/inns" <<'EOF2'
#!/bin/bash
# inns SETUP BINARY ARGS...: BINARY in a mount namespace whose
# /var/log/audit holds only what SETUP names
set -u
setup=$1
shift
exec unshare -m --propagation private bash -c '
	mount -t tmpfs tmpfs /var/log/audit || exit 99
	case $0 in
	none) ;;
	one) cp "$DATA_DIR/virt/guests.log" /var/log/audit/audit.log ;;
	rotated) cp "$DATA_DIR/virt/guests.log" /var/log/audit/audit.log.2
		cp "$DATA_DIR/virt/crash.log" /var/log/audit/audit.log.1
		cp "$DATA_DIR/virt/failed.log" /var/log/audit/audit.log ;;
	esac
	exec "$@"' "$setup" "$@"
EOF2
	chmod +x "$TMP/inns"
	for setup in none one rotated; do
		for q in "" "--all-events --proof" "--summary --debug"; do
			# shellcheck disable=SC2086
			NS=$setup compare auvirt "logs-$setup" "" $q
		done
	done
else
	echo "toolbox2-diff: the configured-logs pairs skipped (they need root, unshare and log_file = /var/log/audit/audit.log)"
fi

# ---- audisp-syslog -----------------------------------------------------------

if [ $can_ns = 1 ] && command -v python3 >/dev/null; then
	# records as auditd hands them over, and lines no record is made of
	# (an empty one, one longer than the plugin's buffer, one without its
	# newline at the end)
	ODD=$TMP/odd.log
	{
		cat "$DATA/virt/failed.log"
		echo
		printf 'not a record\n'
		head -c 10000 /dev/zero | tr '\0' x
		printf '\n'
		head -c 8969 /dev/zero | tr '\0' y
		printf '\nno newline at the end'
	} >"$ODD"
	ARGS=(
		"" "LOG_INFO" "LOG_WARNING" "LOG_DEBUG LOG_LOCAL0" "LOG_LOCAL7"
		"log_err log_authpriv" "LOG_LOCAL3 LOG_NOTICE LOG_LOCAL5 LOG_CRIT"
		"LOG_LOCAL0 LOG_USER" "LOG_AUTH LOG_ALERT" "LOG_DAEMON LOG_EMERG"
		"LOG_SYSLOG" "LOG_BOGUS" "LOG_LOCAL1 LOG_KERN" "LOG_INFO ''"
		"interpret" "interpret LOG_LOCAL2 LOG_WARNING" "INTERPRET"
		"LOG_LOCAL4 interpret"
	)
	# every argument over one log of guests and the odd lines; the
	# other logs as read and interpreted
	for log in "$DATA/virt/guests.log" "$ODD"; do
		n=virt/guests.log
		[ "$log" = "$ODD" ] && n=odd
		for q in "${ARGS[@]}"; do
			eval "set -- $q"
			compare audisp-syslog "$n" "$log" "$@"
		done
	done
	for log in "$DATA"/virt/{crash,failed}.log "$DATA"/login/*.log; do
		n=$(basename "$(dirname "$log")")/$(basename "$log")
		compare audisp-syslog "$n" "$log" LOG_LOCAL1 LOG_NOTICE
		compare audisp-syslog "$n" "$log" interpret
	done
	# the search library's logs, as read (interpret: see below)
	for log in "$DATA"/search/*.log; do
		n=search/$(basename "$log")
		compare audisp-syslog "$n" "$log" LOG_LOCAL6
	done
	# interpret over ausearch's corner cases: the ones that match today
	# (apparmor, blank, interleaved, late, malformed, nodes and unknown
	# differ: see man/audisp-syslog.8, BUGS)
	for log in "$DATA"/search/{enriched,eoe,execve}.log; do
		n=search/$(basename "$log")
		compare audisp-syslog "$n" "$log" interpret
	done
	for TZONE in Asia/Kolkata; do
		LOCALE=C.UTF-8
		compare audisp-syslog virt/guests.log "$DATA/virt/guests.log" interpret
	done
	TZONE=UTC
	LOCALE=C
else
	echo "toolbox2-diff: the audisp-syslog pairs skipped (they need root, unshare and python3)"
fi

echo "toolbox2-diff: $((pass + fail)) (input, query) pairs, $pass pass, $fail fail"
[ $fail -eq 0 ]
