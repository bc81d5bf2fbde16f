# filepolicy.sh - shared by the tests/integration/filepolicy-*.sh scenarios.
# Source it after lib.sh. It gives each test:
#   - a small filesystem of its own for the log (tmpfs with size=, or the
#     failfs FUSE filesystem that fails writes on demand);
#   - a private mount namespace for the daemon in which /dev/log is a
#     socket this test reads (tests/lib/syslog-sink.py), /sbin/init is a
#     stub that records its arguments, and optionally /usr/lib/sendmail is a
#     stub that keeps the mail it is given. The daemon takes its decisions
#     unchanged (it really runs /sbin/init 1, really execs sendmail); only
#     the programs at those paths are the test's.
# Nothing outside the namespace changes: the machine's own /dev/log,
# /sbin/init and /usr/lib are left as they are.

FP_NS=
FP_SINK_PID=
FP_MOUNTS=()

fp_setup() {
	vt_setup "$1"
	FP_NS=$VT_DIR/ns
	mkdir -p "$FP_NS/dev" "$FP_NS/bin"
	FP_SYSLOG=$VT_DIR/syslog
	FP_INIT_CALLS=$VT_DIR/init.calls
	: > "$FP_SYSLOG"
	trap 'vt_restore; fp_cleanup; [ -n "$VT_KEEP" ] || rm -rf "$VT_DIR"' EXIT
	command -v unshare >/dev/null || vt_skip "unshare (util-linux) not installed"
	command -v python3 >/dev/null || vt_skip "python3 not installed"
	# the stub runlevel changer: records "init <args>" and does nothing else
	printf '#!/bin/sh\necho "init $*" >> %s\n' "$FP_INIT_CALLS" > "$FP_NS/bin/init"
	chmod 755 "$FP_NS/bin/init"
	fp_sink_start
}

fp_cleanup() {
	local m i
	[ -n "$FP_SINK_PID" ] && kill "$FP_SINK_PID" 2>/dev/null
	for ((i = ${#FP_MOUNTS[@]} - 1; i >= 0; i--)); do
		m=${FP_MOUNTS[$i]}
		umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null
	done
	FP_MOUNTS=()
	return 0
}

fp_sink_start() {
	local fifo=$VT_DIR/sink.ready
	mkfifo "$fifo"
	python3 "$VT_TOP/tests/lib/syslog-sink.py" "$FP_NS/dev/log" "$FP_SYSLOG" > "$fifo" &
	FP_SINK_PID=$!
	read -r _ < "$fifo"
	rm -f "$fifo"
}

# fp_need_init: the test checks single or halt, which run /sbin/init; the
# stub can only be mounted over an existing one
fp_need_init() {
	[ -e /sbin/init ] || vt_skip "no /sbin/init to stand a stub in for"
}

# fp_mount_tmpfs DIR SIZE: a tmpfs of SIZE (e.g. 4m) at DIR, mode 0700
fp_mount_tmpfs() {
	mkdir -p "$1"
	mount -t tmpfs -o "size=$2,mode=0700" vigil-test "$1" || vt_skip "cannot mount a tmpfs"
	FP_MOUNTS+=("$1")
}

# fp_sendmail_stub: /usr/lib/sendmail inside the namespace saves each mail
# (argv first line, then stdin) to $VT_DIR/mail.N
fp_sendmail_stub() {
	mkdir -p "$FP_NS/usrlib-up" "$FP_NS/usrlib-work"
	printf '#!/bin/sh\nf=%s/mail.$$\necho "argv: $*" > "$f"\n/bin/cat >> "$f"\n' \
		"$VT_DIR" > "$FP_NS/usrlib-up/sendmail"
	chmod 755 "$FP_NS/usrlib-up/sendmail"
	FP_SENDMAIL=1
}

# fp_ns CMD ARGS...: run CMD in the daemon's namespace (exec, same pid)
fp_ns() {
	unshare -m --propagation private bash -c '
		ns=$1; shift
		mkdir -p "$ns/dev" && touch "$ns/dev/null" "$ns/dev/zero" "$ns/dev/urandom" || exit 90
		for d in null zero urandom; do
			mount --bind "/dev/$d" "$ns/dev/$d" || exit 91
		done
		mount --rbind "$ns/dev" /dev || exit 92
		# /sbin/init may live under /usr/lib: overlay first, then the stub
		if [ -n "$FP_SENDMAIL" ]; then
			mount -t overlay overlay -o "lowerdir=/usr/lib,upperdir=$ns/usrlib-up,workdir=$ns/usrlib-work" /usr/lib || exit 94
		fi
		if [ -e /sbin/init ]; then
			mount --bind "$ns/bin/init" /sbin/init || exit 93
		fi
		exec "$@"' fp-ns "$FP_NS" "$@"
}

# fp_start [extra args]: start build/auditd daemonized in the namespace;
# returns the daemon's exit status (0 once it is registered and logging)
fp_start() {
	FP_SENDMAIL=${FP_SENDMAIL:-} fp_ns "$VT_AUDITD" -c "$VT_DIR/etc" \
		--pid-file "$VT_PIDFILE" --state-file "$VT_STATE" "$@"
	local rc=$?
	[ $rc = 0 ] || return $rc
	VT_DAEMON_PID=$(cat "$VT_PIDFILE")
}

# fp_syslog_wait PATTERN [tries]: until the daemon has logged PATTERN
fp_syslog_wait() {
	vt_wait_for "$FP_SYSLOG" "$1" "${2:-50}"
}

# fp_syslog_count PATTERN: how many syslog lines match
fp_syslog_count() {
	grep -ac -- "$1" "$FP_SYSLOG"
}

# fp_state KEY: a value from a fresh state report (SIGCONT)
fp_state() {
	rm -f "$VT_STATE"
	kill -CONT "$VT_DAEMON_PID"
	local i
	for i in $(seq 50); do
		[ -s "$VT_STATE" ] && grep -q '^listening for network' "$VT_STATE" && break
		sleep 0.05
	done
	awk -v k="$1" 'index($0, k " = ") == 1 { print substr($0, length(k) + 4) }' "$VT_STATE"
}

# fp_events N: N audited getppid calls from the load generator
fp_events() {
	"$VT_LOADGEN" -n "$1" >/dev/null
}

# fp_poke [N]: make the daemon write (N events, default 20) after its
# periodic check interval (100 ms) has passed, so that it looks at the
# filesystem again; then give it time to act. Fixed times, not waits: the
# first is the interval, and what the daemon does after may be nothing
# (callers check that an action was not taken again)
fp_poke() {
	sleep 0.15
	fp_events "${1:-20}"
	sleep 0.3
}

# fp_fill NAME SIZE: take SIZE (fallocate syntax: 9M) of the log's
# filesystem with a file NAME next to the log
fp_fill() {
	fallocate -l "$2" "$VT_DIR/log/$1"
}

# fp_log_open: the daemon has a file open at the log's path
fp_log_open() {
	ls -l /proc/"$VT_DAEMON_PID"/fd 2>/dev/null | grep -q -- "-> $VT_LOG$"
}

# fp_log_closed: it has none
fp_log_closed() {
	! fp_log_open
}

# fp_rule KEY: audit the load generator's getppid calls with KEY
fp_rule() {
	auditctl -a always,exit -F arch=b64 -S getppid -F exe="$VT_LOADGEN" -k "$1" >/dev/null
}

# fp_count KEY FILE...: audited calls with KEY in the files
fp_count() {
	local k=$1
	shift
	cat "$@" 2>/dev/null | grep -ac "^type=SYSCALL .*key=\"$k\""
}

# fp_wait_count KEY N FILE...: until the files hold N audited calls with
# KEY (up to 5 s)
fp_wait_count() {
	vt_wait_until 50 fp_count_at_least "$@"
}
fp_count_at_least() {
	local k=$1 n=$2
	shift 2
	[ "$(fp_count "$k" "$@")" -ge "$n" ]
}

# fp_failfs_mount DIR: the failfs FUSE filesystem (tests/lib/failfs.c) at
# DIR over $VT_DIR/back; while $FP_FAIL exists, writes and syncs fail with
# the errno named in it (fp_fail EIO / fp_heal)
fp_failfs_mount() {
	FP_FAIL=$VT_DIR/fail
	pkg-config --exists fuse3 2>/dev/null || vt_skip "libfuse3-dev not installed"
	[ -e /dev/fuse ] || vt_skip "no /dev/fuse"
	cc -std=c11 -O1 -o "$VT_DIR/failfs" "$VT_TOP/tests/lib/failfs.c" \
		$(pkg-config --cflags --libs fuse3) || vt_skip "cannot build failfs"
	mkdir -p "$VT_DIR/back" "$1"
	chmod 700 "$VT_DIR/back" "$1"
	"$VT_DIR/failfs" "$VT_DIR/back" "$1" "$FP_FAIL" 2>"$VT_DIR/failfs.err" &
	local i
	for i in $(seq 50); do
		grep -q " $1 fuse" /proc/mounts && break
		sleep 0.1
	done
	grep -q " $1 fuse" /proc/mounts || vt_skip "cannot mount failfs: $(cat "$VT_DIR/failfs.err")"
	FP_MOUNTS+=("$1")
}

fp_fail() { echo "${1:-EIO}" > "$FP_FAIL"; }
fp_heal() { rm -f "$FP_FAIL"; }
