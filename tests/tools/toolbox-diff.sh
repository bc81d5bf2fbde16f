#!/bin/bash
# toolbox-diff.sh - vigil's ausyscall, aulast and aulastlog against
# Debian's, byte for byte: ausyscall over every arch spelling, syscall
# names and numbers of every table, --dump, --exact and the argument
# errors; aulast over every log of tests/data (login/, oracle/, search/,
# report/) with every option, its input forms and errors, and the
# ./aulast.log that --extract writes; aulastlog over the same logs. stdout,
# stderr and the exit status must be equal. Never reads the machine's
# logs: every run has -f FILE or --stdin, or exits before reading, or runs
# in a mount namespace of its own whose /var/log/audit is a tmpfs holding
# a test log (as root, where unshare(1) can). Prints the pass and fail
# counts and the first differences; exit 0 only when all match, 77 when
# Debian's tools are not installed.
#
#   tests/tools/toolbox-diff.sh [-b BUILD] [-v]    (-v: every pair)
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
BUILD=$(cd "$BUILD" 2>/dev/null && pwd) || { echo "toolbox-diff: no build directory" >&2; exit 1; }
TOOLS=(ausyscall aulast aulastlog)
for t in "${TOOLS[@]}"; do
	if [ ! -x "/usr/bin/$t" ]; then
		echo "toolbox-diff: SKIP (/usr/bin/$t missing: apt-get install auditd)"
		exit 77
	fi
	if [ ! -x "$BUILD/$t" ]; then
		echo "toolbox-diff: $BUILD/$t missing (make)" >&2
		exit 1
	fi
	# the oracle must be Debian's, not a vigil installed over it
	if cmp -s "/usr/bin/$t" "$BUILD/$t" ||
	   dpkg -V auditd 2>/dev/null | grep -q " /usr/bin/$t\$"; then
		echo "toolbox-diff: /usr/bin/$t is not Debian's (make install? make deps puts it back)" >&2
		exit 1
	fi
done

TMP=$(mktemp -d /tmp/toolbox-diff.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
DATA=$(pwd)/tests/data
# the same environment for both: C locale, UTC unless a pair says
# otherwise, nothing from the caller
TZONE=UTC
LOCALE=C

pass=0
fail=0
shown=0
SHOW=${SHOW:-5}

# run_one BINARY OUT INPUT ARGS...: OUT.out, OUT.err, OUT.rc and, from
# aulast --extract, OUT.extract. Each run in an empty directory of its
# own. INPUT: a file piped on stdin, "<FILE" redirected, or "".
run_one() {
	local bin=$1 out=$2 input=$3
	shift 3
	# ausyscall reads and writes no file: the short way
	if [ "${bin##*/}" = ausyscall ]; then
		env -i PATH=/usr/bin:/bin LC_ALL=$LOCALE TZ=$TZONE "$bin" "$@" \
			>"$out.out" 2>"$out.err" </dev/null
		echo $? >"$out.rc"
		: >"$out.extract"
		return
	fi
	rm -rf "$out.dir"
	mkdir "$out.dir"
	(
		cd "$out.dir" || exit 1
		local env=(env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=$LOCALE TZ=$TZONE)
		# NS=SETUP: in a mount namespace with those logs (below)
		[ -n "${NS:-}" ] && env+=(DATA_DIR="$DATA" "$TMP/inns" "$NS")
		case $input in
		"") "${env[@]}" "$bin" "$@" </dev/null ;;
		"<"*) "${env[@]}" "$bin" "$@" <"${input#<}" ;;
		*) cat "$input" | "${env[@]}" "$bin" "$@" ;;
		esac >"$out.out" 2>"$out.err"
		echo $? >"$out.rc"
	)
	if [ -e "$out.dir/aulast.log" ]; then
		cp "$out.dir/aulast.log" "$out.extract"
	else
		echo "(no aulast.log)" >"$out.extract"
	fi
}

same() {
	local s
	for s in out err rc extract; do
		cmp -s "$TMP/o.$s" "$TMP/v.$s" || return 1
	done
}

# compare TOOL NAME INPUT ARGS...: Debian's /usr/bin/TOOL and vigil's with
# the same arguments. A still-open session's proof ends "now": a pair
# that differs is run again (twice at most) in case a second went by
# between the two runs.
compare() {
	local tool=$1 name=$2 input=$3 try
	shift 3
	if [ -n "${ONLY:-}" ] && ! [[ "$tool $name: $*" =~ $ONLY ]]; then
		return
	fi
	for try in 1 2 3; do
		run_one "/usr/bin/$tool" "$TMP/o" "$input" "$@"
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
		for s in rc err out extract; do
			cmp -s "$TMP/o.$s" "$TMP/v.$s" ||
				diff -u --label "debian.$s" --label "vigil.$s" \
					"$TMP/o.$s" "$TMP/v.$s" | head -12 | sed 's/^/    /'
		done
	fi
}

# ---- ausyscall ---------------------------------------------------------------

ARCHES=(x86_64 i386 i486 i586 i686 b32 b64 B32 X86_64 aarch64 armv8l arm armeb
	armv5tejl armv5tel armv6l armv7l ARM ppc ppc64 ppc64le s390 s390x)
for a in "${ARCHES[@]}"; do
	for q in "--dump" "1" "0" "open" "open --exact" "OPEN --exact" "9999" "-1" \
		"nosuch" "nosuch --exact" "--exact" "read --dump"; do
		# shellcheck disable=SC2086
		compare ausyscall arch "" $a $q
	done
done
# names exactly (every one of this machine's table, one in four of the
# others: --dump above shows every table whole); numbers across each
for a in x86_64 i386 aarch64 armeb ppc s390 s390x; do
	step=4
	[ "$a" = "$(uname -m)" ] && step=1
	i=0
	while IFS=$'\t' read -r nr name; do
		i=$((i + 1))
		[ $((i % step)) -eq 0 ] && compare ausyscall names "" "$a" "$name" --exact
		[ $((nr % 5)) -eq 0 ] && compare ausyscall numbers "" "$nr" "$a"
	done < <(/usr/bin/ausyscall "$a" --dump | tail -n +2)
	for nr in 335 400 423 451 452 500 1023 1399 1400 8191 8192; do
		compare ausyscall numbers "" "$a" "$nr"
	done
done
# substrings, any case, in every table
for a in x86_64 i386 aarch64 armeb ppc s390 s390x; do
	for s in open chown stat time get set sig fd _ 2 ru Read mq_ xattr \
		landlock ""; do
		compare ausyscall substrings "" "$a" "$s"
	done
done
# the arguments' rules: any order, three at most, duplicates, numbers
# as strtol reads them, deprecated arches
ERRORS=(
	"" "--help" "-h" "--dump" "--exact" "--dump --exact" "--exact --exact 1"
	"open" "OPEN" "1" "00" "1x" "12abc" "0x10" "+1" " 1" "--"
	"2147483648" "4294967295" "4294967297" "99999999999999999999"
	"18446744073709551615" "4294967295 1" "1 4294967295" "4294967295 open"
	"1 2" "1 1" "x86_64 i386 1" "b32 b64 1" "i386 b64 1" "a b" "1 2 3 4"
	"1 open" "open 1" "1 open --exact" "open 1 --exact" "--dump foo bar"
	"--dump 1 2" "open --dump" "alpha" "alpha 1" "1 alpha" "alpha 1 2"
	"alpha 1 2 3" "1 2 alpha" "Alpha 1" "ia64" "ia64 1" "IA64 1"
	"ia64 x86_64 1" "x86_64 ia64 1" "ia64 ia64 1" "ia64 --dump"
	"x86_64 1 2" "1 x86_64 2" "x86_64 open --exact nosuch"
)
for q in "${ERRORS[@]}"; do
	# shellcheck disable=SC2086
	compare ausyscall args "" $q
done
compare ausyscall args "" ""
compare ausyscall args "" "" 1
compare ausyscall args "" x86_64 "" --exact

# ---- aulast and aulastlog ----------------------------------------------------

LOGS=("$DATA"/login/*.log "$DATA"/oracle/*.log "$DATA"/search/*.log "$DATA"/report/*.log)
AULAST=(
	"" "--bad" "--proof" "--bad --proof" "--debug" "--debug --proof"
	"--bad --debug" "--extract" "--extract --bad" "--proof --extract --debug"
	"--user cloudsdk" "--user root" "--user nosuch --debug" "--user unknown(4242)"
	"--tty pts" "--tty 1" "--tty tty --debug" "--tty nosuch --proof"
	"--user cloudsdk --tty pts/0 --proof" "--user root --tty tty1 --extract"
)
AULASTLOG=("" "-u root" "--user cloudsdk" "-u bin" "-u daemon" "-u nobody")
for log in "${LOGS[@]}"; do
	n=$(basename "$(dirname "$log")")/$(basename "$log")
	for q in "${AULAST[@]}"; do
		# shellcheck disable=SC2086
		compare aulast "$n" "" $q -f "$log"
	done
	compare aulast "$n" "$log" --stdin --proof
	compare aulast "$n" "<$log" --stdin --bad --extract
	compare aulast "$n" "" -f "$log" --proof -f "$log"
	for q in "${AULASTLOG[@]}"; do
		# shellcheck disable=SC2086
		compare aulastlog "$n" "$log" --stdin $q
	done
	compare aulastlog "$n" "<$log" --stdin
done
# local time: another zone and a UTF-8 locale
for TZONE in Asia/Kolkata America/New_York; do
	LOCALE=C.UTF-8
	for log in "$DATA"/login/*.log; do
		n=login/$(basename "$log")
		compare aulast "$n" "" --proof -f "$log"
		compare aulast "$n" "" --bad --proof -f "$log"
		compare aulastlog "$n" "$log" --stdin
	done
done
TZONE=UTC
LOCALE=C

# option errors and the input forms
L=$DATA/login/sessions.log
for q in "--help" "-h" "--bogus" "--user a --user b" "--tty a --tty b" \
	"--stdin -f $L" "-f $L --stdin" "-f /nonexistent/file" "-f $TMP" \
	"--extract --bogus" "--extract -f /nonexistent" "--user" "--tty" "-f"; do
	case $q in
	# these read the configured logs: only with a file after them
	--user|--tty|-f) q="-f $L $q" ;;
	esac
	# shellcheck disable=SC2086
	compare aulast options "" $q
done
compare aulast options "" --stdin
compare aulast options "<$TMP" --stdin
for q in "--help" "-u" "--user" "-x" "-f $L" "-u nosuch" "--user nosuch --stdin" \
	"--stdin --stdin" "-u root -u bin --stdin" "--stdin -u"; do
	# shellcheck disable=SC2086
	compare aulastlog options "$L" $q
done
compare aulastlog options "<$TMP" --stdin
compare aulastlog options "" --stdin

# the configured logs (no -f, no --stdin): in a mount namespace of our
# own, /var/log/audit a tmpfs with a rotated set of test logs, or empty
conf_log=$(sed -n 's/^[[:space:]]*log_file[[:space:]]*=[[:space:]]*//p' \
	/etc/audit/auditd.conf 2>/dev/null | tail -1)
if [ "$(id -u)" = 0 ] && [ "${conf_log:-/var/log/audit/audit.log}" = /var/log/audit/audit.log ] &&
   [ -d /var/log/audit ] && unshare -m true 2>/dev/null; then
	cat >"$TMP/inns" <<'EOF'
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
	one) cp "$DATA_DIR/login/sessions.log" /var/log/audit/audit.log ;;
	rotated) cp "$DATA_DIR/login/sessions.log" /var/log/audit/audit.log.2
		cp "$DATA_DIR/login/nodes.log" /var/log/audit/audit.log.1
		cp "$DATA_DIR/login/lastlog.log" /var/log/audit/audit.log ;;
	esac
	exec "$@"' "$setup" "$@"
EOF
	chmod +x "$TMP/inns"
	for setup in none one rotated; do
		for q in "" "--proof" "--bad" "--user cloudsdk" "--extract"; do
			# shellcheck disable=SC2086
			NS=$setup compare aulast "logs-$setup" "" $q
		done
		for q in "" "-u root"; do
			# shellcheck disable=SC2086
			NS=$setup compare aulastlog "logs-$setup" "" $q
		done
	done
else
	echo "toolbox-diff: the configured-logs pairs skipped (they need root, unshare and log_file = /var/log/audit/audit.log)"
fi

echo "toolbox-diff: $((pass + fail)) (input, query) pairs, $pass pass, $fail fail"
[ $fail -eq 0 ]
