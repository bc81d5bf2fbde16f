#!/bin/bash
# aureport-diff.sh - vigil's aureport against Debian's, byte for byte: every
# log of tests/data/oracle and tests/data/search times a report matrix,
# then the option errors and the input forms (stdin, a directory, a missing
# file). stdout, stderr and the exit status must be equal. Never reads the
# machine's logs: every run has -if or a pipe on stdin. Prints the pass and
# fail counts and the first differences; exit 0 only when all match, 77
# when Debian's aureport is not installed.
#
#   tests/tools/aureport-diff.sh [-b BUILD] [-v]    (-v: every pair)
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
ORACLE=${ORACLE:-/sbin/aureport}
VIGIL=$BUILD/aureport
if [ ! -x "$ORACLE" ]; then
	echo "aureport-diff: SKIP ($ORACLE missing: apt-get install auditd)"
	exit 77
fi
if [ ! -x "$VIGIL" ]; then
	echo "aureport-diff: $VIGIL missing (make)" >&2
	exit 1
fi
# the oracle must be Debian's, not a vigil installed over it
# (cmp misses a vigil installed from an older build: ask dpkg too)
if cmp -s "$ORACLE" "$VIGIL" ||
   { [ "$ORACLE" = /sbin/aureport ] && dpkg -V auditd 2>/dev/null | grep -q ' /sbin/aureport$'; }; then
	echo "aureport-diff: $ORACLE is not Debian's (make install? make deps puts it back)" >&2
	exit 1
fi

TMP=$(mktemp -d /tmp/aureport-diff.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
# the same environment for both: C locale, UTC, nothing from the caller
run_env=(env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C TZ=UTC)

pass=0
fail=0
shown=0
SHOW=${SHOW:-5}

# compare NAME STDIN_FILE ARGS...: both tools with the same arguments
compare() {
	local name=$1 input=$2
	shift 2
	local o=$TMP/o v=$TMP/v
	if [ -n "$input" ]; then
		cat "$input" | "${run_env[@]}" "$ORACLE" "$@" >"$o.out" 2>"$o.err"
		echo $? >"$o.rc"
		cat "$input" | "${run_env[@]}" "$VIGIL" "$@" >"$v.out" 2>"$v.err"
		echo $? >"$v.rc"
	else
		"${run_env[@]}" "$ORACLE" "$@" >"$o.out" 2>"$o.err" </dev/null
		echo $? >"$o.rc"
		"${run_env[@]}" "$VIGIL" "$@" >"$v.out" 2>"$v.err" </dev/null
		echo $? >"$v.rc"
	fi
	if cmp -s "$o.out" "$v.out" && cmp -s "$o.err" "$v.err" &&
	   cmp -s "$o.rc" "$v.rc"; then
		pass=$((pass + 1))
		[ $VERBOSE = 1 ] && echo "ok   $name: $*"
		return
	fi
	fail=$((fail + 1))
	echo "FAIL $name: aureport $*"
	if [ $shown -lt "$SHOW" ]; then
		shown=$((shown + 1))
		for s in rc err out; do
			cmp -s "$o.$s" "$v.$s" ||
				diff -u --label "debian.$s" --label "vigil.$s" \
					"$o.$s" "$v.$s" | head -12 | sed 's/^/    /'
		done
	fi
}

# every report, detailed and --summary (-t and --tty have no summary)
REPORTS=(-a -au --comm -c -cr -e -f -h --integrity -k -l -m -ma -n -p -r -s
	-tm -u --virt -x)
QUERIES=("" "--debug" "-t" "--failed" "--success" "-nc" "--add" "--delete"
	"--node alpha" "--node beta --node gamma"
	"-ts 11/21/26 10:00:05" "-ts 11/21/26 10:00:05 -te 11/21/26 10:00:05"
	"-te 11/21/26 10:00:04" "-ts 12/06/26 13:31:20" "-te 12/06/26 13:31:20"
	"-ts 11/20/26 -te 11/30/26 00:00:00" "--eoe-timeout 10" "--escape raw"
	"--escape shell")
for r in "${REPORTS[@]}"; do
	QUERIES+=("$r" "$r --summary" "$r --failed" "$r --summary --success"
		"$r -i" "$r --summary -i" "$r --debug")
done
QUERIES+=("-i" "--tty" "--tty --failed" "--tty -i" "-e -ts 11/21/26 10:00:06"
	"-x --escape shell_quote" "-s --escape shell" "-f --escape raw"
	"-f --node alpha" "-l -nc --failed" "-m --add" "-m --delete")

LOGS=(tests/data/oracle/*.log tests/data/search/*.log tests/data/report/*.log)
for log in "${LOGS[@]}"; do
	for q in "${QUERIES[@]}"; do
		# shellcheck disable=SC2086
		compare "$(basename "$log")" "" -if "$log" $q
	done
done

# option errors and the parser's rules: one log is enough
LOG=tests/data/search/late.log
ERRORS=(
	"--help" "-v" "--version" "--bogus" "--summary=x" "-a -x" "-e -e"
	"-f foo" "-x foo" "-h foo" "-p foo" "-s foo" "-tm foo" "-u foo"
	"--comm foo" "-n foo" "-r foo" "-k foo" "-e foo" "-a foo"
	"--summary foo" "--failed foo" "-nc foo" "--debug foo"
	"--node" "--escape" "--escape foo" "--escape shellx"
	"--eoe-timeout x" "--eoe-timeout 0" "--eoe-timeout 99999999999999999999"
	"-if" "-ts" "-te" "-ts 12/06/2026" "-ts 2026-12-06" "-te Today"
	"-ts 12/06/26 junk" "-te 13:31:19.5" "-ts 01/01/03" "-ts checkpoint"
	"-t --summary" "--tty --summary" "-i foo" "-i -i" "--interpret -x foo"
)
for q in "${ERRORS[@]}"; do
	# shellcheck disable=SC2086
	compare options "" -if "$LOG" $q
done
compare options "" -if /nonexistent/file
compare options "" -if /nonexistent/file -x
compare options "" -if "$(printf 'x%.0s' $(seq 4064))"

# input forms: a pipe on stdin, a rotated set in a directory
compare stdin tests/data/search/interleaved.log
compare stdin tests/data/search/interleaved.log -t
compare stdin tests/data/search/interleaved.log -x --summary
mkdir -p "$TMP/logs"
cp tests/data/search/late.log "$TMP/logs/audit.log.2"
cp tests/data/search/interleaved.log "$TMP/logs/audit.log.1"
cp tests/data/search/eoe.log "$TMP/logs/audit.log"
compare dir "" -if "$TMP/logs"
compare dir "" -if "$TMP/logs/" -t
compare dir "" -if "$TMP/logs" -e
compare dir "" -if "$TMP/logs" -x --summary
mkdir -p "$TMP/empty"
compare dir "" -if "$TMP/empty"
compare dir "" -if "$TMP/empty" -t

echo "aureport-diff: $((pass + fail)) (log, report) pairs, $pass pass, $fail fail"
[ $fail -eq 0 ]
