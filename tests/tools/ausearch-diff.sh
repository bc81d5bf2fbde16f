#!/bin/bash
# ausearch-diff.sh - vigil's ausearch against Debian's, byte for byte: every
# log of tests/data/oracle and tests/data/search times a query matrix, then
# the option errors and the input forms (stdin, a directory, a missing
# file). stdout, stderr and the exit status must be equal. Prints the pass
# and fail counts and the first differences; exit 0 only when all match,
# 77 when Debian's ausearch is not installed.
#
#   tests/tools/ausearch-diff.sh [-b BUILD] [-v]    (-v: every pair)
# ONLY=REGEX runs the pairs whose "log: arguments" match; SHOW=N shows the
# first N differences (5).
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
ORACLE=${ORACLE:-/sbin/ausearch}
VIGIL=$BUILD/ausearch
if [ ! -x "$ORACLE" ]; then
	echo "ausearch-diff: SKIP ($ORACLE missing: apt-get install auditd)"
	exit 77
fi
if [ ! -x "$VIGIL" ]; then
	echo "ausearch-diff: $VIGIL missing (make)" >&2
	exit 1
fi
# the oracle must be Debian's, not a vigil installed over it
# (cmp misses a vigil installed from an older build: ask dpkg too)
if cmp -s "$ORACLE" "$VIGIL" ||
   { [ "$ORACLE" = /sbin/ausearch ] && dpkg -V auditd 2>/dev/null | grep -q ' /sbin/ausearch$'; }; then
	echo "ausearch-diff: $ORACLE is not Debian's (make install? make deps puts it back)" >&2
	exit 1
fi

TMP=$(mktemp -d /tmp/ausearch-diff.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
# the same environment for both: C locale, UTC, nothing from the caller
run_env=(env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C TZ=UTC)

pass=0
fail=0
known=0
# Pairs known to differ today, each with why: counted apart, shown as
# KNOWN; one that starts to match is a failure until it leaves the list.
KNOWN_RE=()
KNOWN_WHY=()
is_known() {
	local i
	for i in "${!KNOWN_RE[@]}"; do
		[[ "$1" =~ ${KNOWN_RE[$i]} ]] && { echo "${KNOWN_WHY[$i]}"; return 0; }
	done
	return 1
}
shown=0
SHOW=${SHOW:-5}

# run_one TOOL OUT INPUT ARGS...: OUT.out, OUT.err, OUT.rc. With CK set,
# the checkpoint file $TMP/ck starts as the tool's own state (OUT.ck) and
# is kept there afterwards, so that each tool sees only its own runs.
run_one() {
	local tool=$1 out=$2 input=$3
	shift 3
	if [ -n "${CK:-}" ]; then
		rm -rf "$TMP/ck"
		[ -e "$out.ck" ] && cp -a "$out.ck" "$TMP/ck"
	fi
	if [ -n "$input" ]; then
		cat "$input" | "${run_env[@]}" "$tool" "$@" >"$out.out" 2>"$out.err"
	else
		"${run_env[@]}" "$tool" "$@" >"$out.out" 2>"$out.err" </dev/null
	fi
	echo $? >"$out.rc"
	if [ -n "${CK:-}" ]; then
		rm -rf "$out.ck"
		[ -e "$TMP/ck" ] && cp -a "$TMP/ck" "$out.ck"
	fi
}

# compare NAME STDIN_FILE ARGS...: both tools with the same arguments
compare() {
	local name=$1 input=$2
	shift 2
	local o=$TMP/o v=$TMP/v
	if [ -n "${ONLY:-}" ] && ! [[ "$name: $*" =~ $ONLY ]]; then
		return
	fi
	run_one "$ORACLE" "$o" "$input" "$@"
	run_one "$VIGIL" "$v" "$input" "$@"
	if [ -n "${CK:-}" ]; then
		touch "$o.ck" "$v.ck"
		[ -f "$o.ck" ] && [ -f "$v.ck" ] && cat "$o.ck" >"$o.rc.ck" &&
			cat "$v.ck" >"$v.rc.ck" && cat "$o.rc.ck" >>"$o.rc" &&
			cat "$v.rc.ck" >>"$v.rc"
	fi
	local why
	why=$(is_known "$name: $*")
	if cmp -s "$o.out" "$v.out" && cmp -s "$o.err" "$v.err" &&
	   cmp -s "$o.rc" "$v.rc"; then
		if [ -n "$why" ]; then
			fail=$((fail + 1))
			echo "FIXED $name: ausearch $* now matches: take it out of KNOWN_RE"
			return
		fi
		pass=$((pass + 1))
		[ $VERBOSE = 1 ] && echo "ok   $name: $*"
		return
	fi
	if [ -n "$why" ]; then
		known=$((known + 1))
		echo "KNOWN $name: ausearch $* ($why)"
		return
	fi
	fail=$((fail + 1))
	echo "FAIL $name: ausearch $*"
	if [ $shown -lt "$SHOW" ]; then
		shown=$((shown + 1))
		for s in rc err out; do
			cmp -s "$o.$s" "$v.$s" ||
				diff -u --label "debian.$s" --label "vigil.$s" \
					"$o.$s" "$v.$s" | head -12 | sed 's/^/    /'
		done
	fi
}

# the query matrix, run on every log (each line: the arguments)
QUERIES=(
	"-r"
	""
	"--just-one"
	"-r --just-one"
	"-a 3"
	"-a 20"
	"-k watch"
	"-k key2"
	"-k null"
	"-k exe -w"
	"-k watc -w"
	"-ui 0"
	"-ui root"
	"-ui 1000"
	"-ue 0"
	"-ul 1000"
	"-ul -1"
	"-ua 0"
	"-ua root"
	"-gi 0"
	"-ge 0"
	"-ga 0"
	"-gi root"
	"-p 2375"
	"-p 2000"
	"-p 3000"
	"-pp 1000"
	"-pp 2358"
	"--session 3"
	"--session -1"
	"-m USER_AUTH"
	"-m SYSCALL,PATH"
	"-m ALL"
	"-m ALL -m USER_LOGIN"
	"-m 1300"
	"-m 9999"
	"-m user_login"
	"-m EOE"
	"-sv yes"
	"-sv no"
	"-e 0"
	"-e -2"
	"-e ENOENT"
	"-sc 59"
	"-sc execve"
	"-sc openat"
	"--arch b64"
	"--arch b32"
	"--arch x86_64 -sc 1"
	"-f /etc/passwd"
	"-f passwd"
	"-f /etc/passwd -w"
	"-f /root"
	"-f rel"
	"-f hex"
	"-x cat"
	"-x /usr/bin/cat -w"
	"-x exe"
	"-c cat"
	"-c ca -w"
	"-c comm"
	"-c auditctl"
	"-tm pts"
	"-tm (none)"
	"-tm /dev/pts/1"
	"-hn 10.0.0.5"
	"-hn 127.0.0.1"
	"-hn ::1"
	"-hn ?"
	"-n alpha"
	"-n beta -n gamma"
	"-su unconfined"
	"-o system_u"
	"-se unconfined"
	"-uu 1234"
	"-vm guest"
	"-ts 12/06/26"
	"-ts 12/06/26 13:31:20"
	"-ts 13:31:20 12/06/26"
	"-te 12/06/26 13:31:20"
	"-ts 11/20/26 -te 11/30/26"
	"-ts this-year"
	"-ts recent"
	"-te today"
	"--eoe-timeout 1"
	"--eoe-timeout 10"
	"--escape raw"
	"--escape shell"
	"--escape shell_quote"
	"-l -k watch"
	"--debug"
	"--debug -pp 1"
	"--debug -p 1"
	"--debug -ul 1"
	"--debug -ui 1"
	"--debug -gi 1 -ge 1"
	"--debug -ue 1"
	"--debug -tm x"
	"--debug --session 1"
	"--debug -c x"
	"--debug -x x"
	"--debug -sv yes -e 0"
	"--debug --arch b64"
	"-i"
	"--format interpret"
	"-i -k watch"
	"-i --escape raw"
	"-i --escape shell_quote"
	"--format csv"
	"--format csv --extra-keys --extra-labels --extra-obj2 --extra-time"
	"--format text"
	"--format text -m SYSCALL"
)

LOGS=(tests/data/oracle/*.log tests/data/search/*.log)
for log in "${LOGS[@]}"; do
	for q in "${QUERIES[@]}"; do
		# shellcheck disable=SC2086
		compare "$(basename "$log")" "" -if "$log" $q
	done
done

# option errors and the parser's rules: one log is enough
LOG=tests/data/search/late.log
ERRORS=(
	"-h" "--help" "-v" "--version" "--bogus" "-escape raw" "--format=raw"
	"-a" "-a x" "-a 99999999999999999999999" "-a 10abc"
	"--arch foo" "--arch x86_64 --arch b32" "--arch b64 -sc 1 --arch b32"
	"-c" "-e" "-e foo" "-e 99999999999999999999999"
	"--eoe-timeout 0" "--eoe-timeout x" "--eoe-timeout 99999999999999999999"
	"--escape shellx" "--escape shell_quotes"
	"--extra-keys" "--extra-keys foo" "--extra-time -r" "--extra-obj2"
	"-f" "--format" "--format bogus" "--format raw -r" "-r --format raw"
	"-r -r" "-r foo" "-i foo" "-i --format csv" "--format csv -i" "-r -i" "-i -r"
	"-ga x-nosuch" "-ge x-nosuch" "-gi x-nosuch" "-gi 99999999999999999999999"
	"-hn" "-k" "-m" "-m foo" "-m ALL,USER" "-m 99999999999999999999999"
	"-n" "-o" "-p" "-p -5" "-p x" "-pp x" "-sc" "-sc nosuch"
	"-sc 99999999999999999999999" "-se" "--session" "--session x"
	"--session -x" "-su" "-sv" "-sv maybe" "-sv nope" "-sv yesno"
	"-te" "-ts" "-ts 12/06/2026" "-ts 2026-12-06" "-te Today"
	"-ts 12/06/26 junk" "-te 13:31:19.5" "-ts 01/01/03" "-te checkpoint"
	"-tm" "-ua" "-ua x-nosuch" "-ue x-nosuch" "-ui x-nosuch" "-ul x-nosuch"
	"-ul -x" "-ui 99999999999999999999999" "-uu" "-vm" "-x" "-w foo"
	"--just-one foo" "-if" "-if /nonexistent/file"
)
for q in "${ERRORS[@]}"; do
	# shellcheck disable=SC2086
	compare options "" -if "$LOG" $q
done
compare options "" 
compare options "" -if "$(printf 'x%.0s' $(seq 4064))"

# input forms: a pipe on stdin, a rotated set in a directory
compare stdin tests/data/search/interleaved.log -r
compare stdin tests/data/search/interleaved.log -k watch
mkdir -p "$TMP/logs"
cp tests/data/search/late.log "$TMP/logs/audit.log.2"
cp tests/data/search/interleaved.log "$TMP/logs/audit.log.1"
cp tests/data/search/eoe.log "$TMP/logs/audit.log"
compare dir "" -if "$TMP/logs" -r
compare dir "" -if "$TMP/logs/" -k watch
mkdir -p "$TMP/empty"
compare dir "" -if "$TMP/empty" -r

# bad input: binary garbage between records, a 1 MB line, a last line cut
# short; the rest is still searched
python3 - "$TMP" <<'PY'
import random, sys
d = sys.argv[1]
rnd = random.Random(14)
good = open('tests/data/search/interleaved.log', 'rb').read()
with open(d + '/garbage.log', 'wb') as f:
    f.write(bytes(rnd.randrange(256) for _ in range(20000)) + b'\n' + good +
            bytes(rnd.randrange(256) for _ in range(5000)))
with open(d + '/longline.log', 'wb') as f:
    lines = good.split(b'\n')
    f.write(lines[0] + b' pad=' + b'x' * (1 << 20) + b'\n' + b'\n'.join(lines[1:]))
with open(d + '/truncated.log', 'wb') as f:
    f.write(good[:-40])
PY
for log in garbage longline truncated; do
	for q in "-r" "" "-k watch" "-f passwd" "-sv no" "-m USER_LOGIN"; do
		# shellcheck disable=SC2086
		compare "$log" "" -if "$TMP/$log.log" $q
	done
done

# --checkpoint: runs in sequence, each tool with its own checkpoint file;
# the file's content is compared with the exit status
ck_reset() { rm -rf "$TMP/o.ck" "$TMP/v.ck"; }
export CK=1
ck_reset
compare checkpoint "" -if tests/data/search/late.log -r --checkpoint "$TMP/ck"
compare checkpoint "" -if tests/data/search/late.log -r --checkpoint "$TMP/ck"
compare checkpoint "" -if tests/data/search/late.log --checkpoint "$TMP/ck" -ts checkpoint
compare checkpoint "" -if tests/data/search/interleaved.log --checkpoint "$TMP/ck" -k watch
ck_reset
mkdir -p "$TMP/cklogs"
cp tests/data/search/late.log "$TMP/cklogs/audit.log.1"
head -5 tests/data/search/interleaved.log >"$TMP/cklogs/audit.log"
compare checkpoint "" -if "$TMP/cklogs" --checkpoint "$TMP/ck"
tail -n +6 tests/data/search/interleaved.log >>"$TMP/cklogs/audit.log"
compare checkpoint "" -if "$TMP/cklogs" --checkpoint "$TMP/ck"
compare checkpoint "" -if "$TMP/cklogs" --checkpoint "$TMP/ck" -k watch
mv "$TMP/cklogs/audit.log" "$TMP/cklogs/audit.log.2"
cp tests/data/search/eoe.log "$TMP/cklogs/audit.log"
compare checkpoint "" -if "$TMP/cklogs" --checkpoint "$TMP/ck"
ck_reset
compare checkpoint tests/data/search/late.log --checkpoint "$TMP/ck" -r
for bad in "bogus" "dev=zz" "dev=0x1" "inode=5" "dev=0x1
inode=5
output=nospace" "dev=0x1
inode=5
output=- x" "dev=0x1
inode=5
output=- 1700000000.000:1 0x52F" "dev=0xFE00
inode=1
output=- 1796563879.100:10 0x514"; do
	ck_reset
	printf '%s\n' "$bad" >"$TMP/o.ck"
	cp "$TMP/o.ck" "$TMP/v.ck"
	compare checkpoint "" -if tests/data/search/late.log --checkpoint "$TMP/ck" -r
	compare checkpoint "" -if "$TMP/cklogs" --checkpoint "$TMP/ck"
done
ck_reset
mkdir -p "$TMP/o.ck" "$TMP/v.ck"
compare checkpoint "" -if tests/data/search/late.log --checkpoint "$TMP/ck"
ck_reset
unset CK

# vigil's own option (ausearch(8), VIGIL EXTENSIONS): --keep-apparmor
# keeps the AppArmor AVC events 3.0.9 drops as malformed (Debian's
# answers without it are in the matrix above)
own() {	# own NAME RC PATTERN ARGS...: vigil's output for ARGS matches PATTERN, exit RC
	local name=$1 want=$2 pat=$3 rc
	shift 3
	"${run_env[@]}" "$VIGIL" "$@" >"$TMP/own.out" 2>&1
	rc=$?
	if [ $rc = "$want" ] && grep -q -- "$pat" "$TMP/own.out"; then
		pass=$((pass + 1))
		[ $VERBOSE = 1 ] && echo "ok   $name"
	else
		fail=$((fail + 1))
		echo "FAIL $name: ausearch $* (exit $rc, want $want with $pat)"
		head -5 "$TMP/own.out" | sed 's/^/    /'
	fi
}
AA=tests/data/search/apparmor.log
own "--keep-apparmor -m AVC" 0 'apparmor="DENIED"' -if "$AA" -m AVC --keep-apparmor
own "--keep-apparmor -c cupsd" 0 'profile="/usr/sbin/cupsd"' -if "$AA" -c cupsd --keep-apparmor
own "--keep-apparmor -su: the profile is the subject" 0 ':501)' -if "$AA" -su /usr/sbin/cupsd --keep-apparmor
own "--keep-apparmor -f" 0 'name=/etc/shadow ' -if "$AA" -f /etc/shadow --keep-apparmor -i
own "--keep-apparmor --raw" 0 'apparmor="DENIED"' -if "$AA" --raw --keep-apparmor
own "without --keep-apparmor: dropped, as 3.0.9" 1 '<no matches>' -if "$AA" -m AVC

echo "ausearch-diff: $((pass + fail + known)) (log, query) pairs, $pass pass, $fail fail, $known known differences"
[ $fail -eq 0 ]
