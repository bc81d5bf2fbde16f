# reliability.sh - shared by tests/integration/fault-*.sh, hostile-*.sh,
# valgrind.sh and tests/soak/soak.sh. Source it after lib.sh.

RL_KEY=vigil_rl

# rl_rule: audit every getppid of the load generator under RL_KEY
rl_rule() {
	auditctl -a always,exit -F arch=b64 -S getppid -F exe="$VT_LOADGEN" -k "$RL_KEY" >/dev/null
}

# rl_count FILE...: lines of audited load generator calls in the files
rl_count() {
	cat "$@" 2>/dev/null | LC_ALL=C grep -ac "^type=SYSCALL .*key=\"$RL_KEY\""
}

# rl_proc PID FIELD: a number from /proc/PID/status (VmRSS is in kB)
rl_proc() {
	awk -v f="$2:" '$1 == f {print $2}' "/proc/$1/status" 2>/dev/null
}

rl_fds() {
	ls "/proc/$1/fd" 2>/dev/null | wc -l
}

rl_kernel() {	# rl_kernel FIELD: lost, backlog, backlog_limit ... from auditctl -s
	auditctl -s | awk -v f="$1" '$1 == f {print $2}'
}

# rl_state KEY: a value from a fresh state report (SIGCONT)
rl_state() {
	local i
	rm -f "$VT_STATE"
	kill -CONT "$VT_DAEMON_PID"
	for i in $(seq 100); do
		grep -q '^kernel backlog limit' "$VT_STATE" 2>/dev/null && break
		sleep 0.05
	done
	awk -v k="$1" 'index($0, k " = ") == 1 { print substr($0, length(k) + 4) }' "$VT_STATE"
}

# rl_wait_count N FILE [tries of 0.1 s]: until FILE holds N audited calls
rl_wait_count() {
	local i
	for i in $(seq "${3:-100}"); do
		[ "$(rl_count "$2")" -ge "$1" ] && return 0
		sleep 0.1
	done
	return 1
}

# rl_xfail DESCRIPTION WHY COMMAND...: a check that fails for a known,
# reported reason (WHY names the file and the fix). Its failure is printed
# as XFAIL and not counted; once it passes it counts as a failure (XPASS),
# so that the mark is removed in the same change as the fix.
rl_xfail() {
	local what=$1 why=$2
	shift 2
	if "$@"; then
		vt_bad "$what: XPASS, it works now: remove the rl_xfail mark ($why)"
	else
		printf '  XFAIL %s (%s)\n' "$what" "$why"
	fi
}

# rl_line_ok: every line of stdin is one whole record (node=, type=, msg=audit(..):)
rl_bad_lines() {
	grep -avcE '^(node=[^ ]+ )?type=[A-Z_0-9]+(\[[0-9]+\])? msg=audit\([0-9]+\.[0-9]+:[0-9]+\): '
}
