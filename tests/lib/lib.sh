# lib.sh - shared by the integration tests: they run the real daemon against
# the real kernel, one at a time, and leave the kernel as they found it.
# Source it; then call `vt_require_kernel` and `vt_setup NAME`.

VT_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# One test at a time touches the kernel: take the machine's audit lock.
[ -n "${VIGIL_KERNEL_LOCKED:-}" ] || exec "$VT_TOP/tests/lib/kernel-lock" bash "$0" "$@"
# The daemon forks away from the test, and so do its plugins: make this shell
# their child subreaper (prctl PR_SET_CHILD_SUBREAPER, kept across exec), so
# that they are reaped here the moment they exit. Left to init, which on
# this VM (firecracker's process_api) reaps orphans only every second or
# two, a stopped daemon or plugin would linger as a zombie that kill -0 and
# /proc/PID still see.
if [ "${VT_SUBREAPER:-}" != $$ ] && command -v python3 >/dev/null; then
	export VT_SUBREAPER=$$
	exec python3 -c 'import ctypes, os, sys
ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)
os.execvp(sys.argv[1], sys.argv[1:])' bash "$0" "$@"
fi
# VIGIL_BUILD: run another build's daemon and tools (make check-asan/-tsan).
# The load generator is not under test and stays the plain build's: a
# sanitizer's runtime makes audited calls of its own (getppid).
VT_BUILD=${VIGIL_BUILD:-$VT_TOP/build}
VT_AUDITD=$VT_BUILD/auditd
VT_LOADGEN=$VT_TOP/build/loadgen
# test helpers (make all builds them), the plain build's as the load generator
VT_HELPERS=$VT_TOP/build/tests
VT_PASS=0
VT_FAIL=0
VT_DAEMON_PID=
VT_ORACLE_PID=

vt_log() { printf '  %s\n' "$*"; }

# A check of speed or memory that a sanitizer's build cannot pass for what
# it is (its runtime's CPU cost, its quarantine): reported, not checked,
# under VIGIL_BUILD; checked on the plain build.
vt_check_plain() {
	if [ -n "${VIGIL_BUILD:-}" ]; then vt_log "(instrumented build, not checked) $1"; else vt_check "$@"; fi
}

vt_ok() {
	VT_PASS=$((VT_PASS + 1))
	printf '  ok   %s\n' "$*"
}

vt_bad() {
	VT_FAIL=$((VT_FAIL + 1))
	printf '  FAIL %s\n' "$*"
}

# vt_check DESCRIPTION COMMAND...: ok when the command succeeds
vt_check() {
	local what=$1
	shift
	if "$@"; then vt_ok "$what"; else vt_bad "$what"; fi
}

# vt_eq DESCRIPTION EXPECTED ACTUAL
vt_eq() {
	if [ "$2" = "$3" ]; then
		vt_ok "$1 ($3)"
	else
		vt_bad "$1: expected '$2', got '$3'"
	fi
}

vt_skip() {
	echo "SKIP $VT_NAME: $*"
	exit 77
}

# The kernel audit subsystem must be there, and no other daemon registered.
vt_require_kernel() {
	command -v auditctl >/dev/null || vt_skip "auditctl (Debian auditd package) not installed"
	[ "$(id -u)" = 0 ] || vt_skip "needs root"
	local out
	out=$(auditctl -s 2>&1) || vt_skip "kernel audit not available: $out"
	local pid
	pid=$(echo "$out" | awk '$1 == "pid" {print $2}')
	if [ -n "$pid" ] && [ "$pid" != 0 ]; then
		echo "FAIL $VT_NAME: another audit daemon (pid $pid) is registered; stop it first"
		exit 1
	fi
}

# Restore the shared kernel state on every exit path.
vt_restore() {
	[ -n "$VT_DAEMON_PID" ] && kill -TERM "$VT_DAEMON_PID" 2>/dev/null && vt_wait_gone "$VT_DAEMON_PID"
	[ -n "$VT_ORACLE_PID" ] && kill -TERM "$VT_ORACLE_PID" 2>/dev/null && vt_wait_gone "$VT_ORACLE_PID"
	auditctl -D >/dev/null 2>&1
	auditctl -e 0 >/dev/null 2>&1
	return 0
}

# vt_alive PID: the process runs. A zombie does not: kill -0 succeeds on
# one, and the daemon forks away from the test, so its zombie waits for
# init, which on this VM (firecracker's process_api) reaps orphans only
# every second or two; by then the daemon has long closed its files and
# sockets (the kernel forgets a daemon's registration when its netlink
# socket closes, before the zombie).
vt_alive() {
	local stat
	read -r stat 2>/dev/null < "/proc/$1/stat" || return 1
	stat=${stat##*) }	# after the command name, which may hold ") "
	case ${stat%% *} in Z | X | x) return 1 ;; esac
	return 0
}

vt_gone() { ! vt_alive "$1"; }

# vt_wait_gone PID: wait up to 10 s for it to exit, then SIGKILL it
vt_wait_gone() {
	local i
	for i in $(seq 500); do
		vt_alive "$1" || return 0
		sleep 0.02
	done
	kill -KILL "$1" 2>/dev/null
}

# vt_setup NAME: private config dir and log dir under a temp root
vt_setup() {
	VT_NAME=$1
	VT_DIR=$(mktemp -d /tmp/vigil-test.XXXXXX)
	mkdir -p "$VT_DIR/etc" "$VT_DIR/log"
	chmod 700 "$VT_DIR/log"
	VT_LOG=$VT_DIR/log/audit.log
	VT_STATE=$VT_DIR/auditd.state
	VT_PIDFILE=$VT_DIR/auditd.pid
	trap 'vt_restore; [ -n "$VT_KEEP" ] || rm -rf "$VT_DIR"' EXIT
	trap 'exit 130' INT TERM
	echo "== $VT_NAME"
}

# vt_conf [key = value lines...]: write a complete auditd.conf for the test
vt_conf() {
	{
		echo "log_file = $VT_LOG"
		echo "log_format = RAW"
		echo "flush = INCREMENTAL_ASYNC"
		echo "freq = 50"
		echo "num_logs = 5"
		echo "max_log_file = 100"
		echo "max_log_file_action = ROTATE"
		echo "space_left = 75"
		echo "admin_space_left = 50"
		echo "priority_boost = 4"
		for l in "$@"; do echo "$l"; done
	} > "$VT_DIR/etc/auditd.conf"
	chmod 640 "$VT_DIR/etc/auditd.conf"
}

# vt_start [extra args]: start build/auditd daemonized (the parent returns
# once the child is registered) and remember its pid
vt_start() {
	"$VT_AUDITD" -c "$VT_DIR/etc" --pid-file "$VT_PIDFILE" --state-file "$VT_STATE" "$@"
	local rc=$?
	[ $rc = 0 ] || { vt_bad "daemon start (exit $rc)"; return $rc; }
	VT_DAEMON_PID=$(cat "$VT_PIDFILE")
}

vt_stop() {
	[ -n "$VT_DAEMON_PID" ] || return 0
	kill -TERM "$VT_DAEMON_PID"
	vt_wait_gone "$VT_DAEMON_PID"
	VT_DAEMON_PID=
}

vt_kernel_pid() { auditctl -s | awk '$1 == "pid" {print $2}'; }

# vt_wait_for FILE PATTERN [tries]: poll until grep finds it, every 20 ms
# (most waits end within 100 ms), for up to tries tenths of a second
vt_wait_for() {
	local i
	for i in $(seq $((${3:-50} * 5))); do
		grep -qa -- "$2" "$1" 2>/dev/null && return 0
		sleep 0.02
	done
	return 1
}

# vt_wait_lines FILE PATTERN N [tries]: until FILE has N lines matching,
# every 100 ms, for up to tries tenths of a second (default 100)
vt_wait_lines() {
	local i
	for i in $(seq "${4:-100}"); do
		[ "$(grep -ac -- "$2" "$1" 2>/dev/null)" -ge "$3" ] && return 0
		sleep 0.1
	done
	return 1
}

# vt_wait_until TRIES CMD...: until CMD succeeds, every 50 ms, for up to
# TRIES tenths of a second
vt_wait_until() {
	local i n=$1
	shift
	for i in $(seq $((n * 2))); do
		"$@" && return 0
		sleep 0.05
	done
	return 1
}

vt_finish() {
	echo "$VT_NAME: $VT_PASS passed, $VT_FAIL failed"
	[ "$VT_FAIL" = 0 ]
}
