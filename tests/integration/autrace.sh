#!/bin/bash
# autrace: vigil's autrace against Debian's /sbin/autrace, on the same
# inputs, on the real kernel. Each case runs both programs from the same
# state; stdout, stderr and the exit status must be the same bytes (the
# traced child's pid masked).
#   - refusals before the kernel: usage, -h, a missing or unexecutable
#     program (no PATH search), no capability;
#   - a rule already loaded: both refuse and leave it;
#   - real traces, with vigil's daemon logging to a temp log: the rules
#     both load while the child waits (auditctl -l, pid masked), none
#     after; the log's SYSCALL records of the child (every call, or only the
#     resource calls with -r) and of its children (the ppid rule); exit 0
#     whatever the program's status, a program that cannot be executed,
#     the program's arguments, its descriptors, a terminal's output.
. "$(dirname "$0")/../lib/lib.sh"
vt_require_kernel
vt_setup autrace

DEB=/sbin/autrace
VAT=$VT_BUILD/autrace
[ -x "$DEB" ] || vt_skip "Debian's /sbin/autrace (auditd package) not installed"
[ -x "$VAT" ] || { vt_bad "build/autrace is missing (make all)"; vt_finish; exit 1; }
command -v setpriv >/dev/null || vt_skip "setpriv (util-linux) not installed"

auditctl -D >/dev/null
# an empty working directory: `autrace ls` must not find a ./ls
CWD=$VT_DIR/cwd
mkdir -p "$CWD"
touch "$VT_DIR/notexec" && chmod 644 "$VT_DIR/notexec"
# a ./echo that the check finds and exec, searching PATH, does not run
printf '#!/bin/sh\necho the local echo\n' > "$CWD/echo" && chmod 755 "$CWD/echo"

# at_run TAG TOOL ARGS...: run in $CWD, stdin /dev/null, stdout and stderr
# to files; keep them and the exit status in $VT_DIR/TAG.*
at_run() {
	local tag=$1
	shift
	(cd "$CWD" && "$@" < /dev/null > "$VT_DIR/$tag.out" 2> "$VT_DIR/$tag.err")
	echo $? > "$VT_DIR/$tag.rc"
}

# at_pid TAG: the traced child's pid, from the closing line
at_pid() { sed -n "s/.*ausearch -i -p \([0-9]*\)'.*/\1/p" "$VT_DIR/$1.out"; }

# at_mask TAG FILE: FILE with the child's pid of run TAG as PID
at_mask() {
	local pid
	pid=$(at_pid "$1")
	if [ -n "$pid" ]; then sed "s/\b$pid\b/PID/g" "$2"; else cat "$2"; fi
}

# at_same DESC: runs deb and vat printed the same (pid masked) and exited alike
at_same() {
	local f ok=1
	for f in out err; do
		if ! cmp -s <(at_mask deb "$VT_DIR/deb.$f") <(at_mask vat "$VT_DIR/vat.$f"); then
			ok=0
			vt_log "$f differs: Debian's, then vigil's:"
			at_mask deb "$VT_DIR/deb.$f" | sed 's/^/    deb| /'
			at_mask vat "$VT_DIR/vat.$f" | sed 's/^/    vat| /'
		fi
	done
	if ! cmp -s "$VT_DIR/deb.rc" "$VT_DIR/vat.rc"; then
		ok=0
		vt_log "exit status differs: Debian's $(cat "$VT_DIR/deb.rc"), vigil's $(cat "$VT_DIR/vat.rc")"
	fi
	if [ $ok = 1 ]; then vt_ok "$1 (exit $(cat "$VT_DIR/vat.rc"))"; else vt_bad "$1"; fi
}

# at_both DESC [RUNNER...] -- ARGS...: the case with both programs
at_both() {
	local desc=$1 runner=()
	shift
	while [ "$1" != -- ]; do runner+=("$1"); shift; done
	shift
	at_run deb "${runner[@]}" "$DEB" "$@"
	at_run vat "${runner[@]}" "$VAT" "$@"
	at_same "$desc"
}

# --- (a) refused before the kernel is asked ---------------------------------
at_both "no argument" --
at_both "-h" -- -h
at_both "-h before a program" -- -h /bin/true
at_both "-r without a program" -- -r
at_both "-r -h: -h is the program" -- -r -h
at_both "ls without a path (no PATH search)" -- ls
at_both "-r ls" -- -r ls
at_both "a missing program" -- /nonexistent/prog
at_both "an empty program name" -- ""
at_both "a file without x bits" -- "$VT_DIR/notexec" arg
at_both "a path through a file (ENOTDIR)" -- /etc/hostname/x
NOBODY=(setpriv --reuid=65534 --regid=65534 --clear-groups)
at_both "nobody, no argument" "${NOBODY[@]}" -- 
at_both "nobody, -h" "${NOBODY[@]}" -- -h
at_both "nobody, a program" "${NOBODY[@]}" -- /bin/true
at_both "nobody, -r without a program" "${NOBODY[@]}" -- -r
at_both "nobody, a missing program" "${NOBODY[@]}" -- /nonexistent/prog
at_both "root without CAP_AUDIT_CONTROL" \
	setpriv --inh-caps=-audit_control --bounding-set=-audit_control -- /bin/true

# --- (b) a rule is loaded ------------------------------------------------------
auditctl -w /etc/hostname -p wa >/dev/null
RULES=$(auditctl -l)
at_both "refusal with a rule loaded" -- /bin/true
vt_eq "the rule is left as it was" "$RULES" "$(auditctl -l)"
at_both "refusal with a rule loaded (-r)" -- -r /bin/true
auditctl -D >/dev/null

# --- (c) real traces, vigil's daemon logging -----------------------------------
vt_conf
vt_start || { vt_finish; exit 1; }

# rules a trace adds: two; on machines that reach sockets through
# socketcall, six more a field with -r
case $(uname -m) in
i?86 | s390*) RNRULES=14 ;;
*) RNRULES=2 ;;
esac

# at_rules_loaded N: auditctl -l lists N rules
at_rules_loaded() { [ "$(auditctl -l | grep -c '^-a ')" -ge "$1" ]; }

# at_trace TAG N ARGS...: run autrace (TAG deb or vat) in the background,
# catch the rules (N of them) while the child waits for its second, keep
# them in $VT_DIR/TAG.rules, then wait for the end
at_trace() {
	local tag=$1 n=$2 bg
	shift 2
	local tool=$DEB
	[ "$tag" = vat ] && tool=$VAT
	at_run "$tag" "$tool" "$@" &
	bg=$!
	if vt_wait_until 30 at_rules_loaded "$n"; then
		auditctl -l > "$VT_DIR/$tag.rules"
	else
		echo "(rules never loaded)" > "$VT_DIR/$tag.rules"
	fi
	wait $bg
	auditctl -l > "$VT_DIR/$tag.after"
}

# syscall numbers of this machine (Debian's ausyscall)
sc() { ausyscall "$1" --exact; }
# at_calls PID: the syscall numbers of the log's SYSCALL records of PID
at_calls() { grep -a "^type=SYSCALL .* pid=$1 " "$VT_LOG" | sed 's/.* syscall=\([0-9]*\) .*/\1/' | sort -un; }

# at_traced DESC ARGS...: one trace with each program; the same output,
# the same rules while the child waits, no rule after
at_traced() {
	local desc=$1 n=2
	shift
	[ "$1" = -r ] && n=$RNRULES
	auditctl -D >/dev/null
	at_trace deb "$n" "$@"
	at_trace vat "$n" "$@"
	at_same "$desc"
	if cmp -s <(at_mask deb "$VT_DIR/deb.rules") <(at_mask vat "$VT_DIR/vat.rules"); then
		vt_ok "$desc: the same rules while the child waits ($(wc -l < "$VT_DIR/vat.rules") lines)"
	else
		vt_bad "$desc: the rules differ"
		at_mask deb "$VT_DIR/deb.rules" | sed 's/^/    deb| /'
		at_mask vat "$VT_DIR/vat.rules" | sed 's/^/    vat| /'
	fi
	vt_eq "$desc: rules after Debian's" "No rules" "$(cat "$VT_DIR/deb.after")"
	vt_eq "$desc: rules after vigil's" "No rules" "$(cat "$VT_DIR/vat.after")"
}

# at_settled: every record of the traces so far is in the log. The kernel
# queues a trace's records before the CONFIG_CHANGE of its rules' removal,
# and the daemon writes in order: wait for the removals.
REMOVED=0
at_settled() {
	REMOVED=$((REMOVED + $1))
	vt_wait_lines "$VT_LOG" "^type=CONFIG_CHANGE .*op=remove_rule" "$REMOVED" 100 ||
		vt_log "(only $(grep -ac 'op=remove_rule' "$VT_LOG") of $REMOVED rule removals logged)"
}

# at_same_calls DESC: both children made the same system calls
at_same_calls() {
	local d v
	d=$(at_calls "$(at_pid deb)" | tr '\n' ' ')
	v=$(at_calls "$(at_pid vat)" | tr '\n' ' ')
	if [ -n "$v" ] && [ "$d" = "$v" ]; then
		vt_ok "$1: the log has the same system calls for both children ($(echo $v | wc -w) distinct)"
	else
		vt_bad "$1: system calls logged: Debian's child '$d', vigil's '$v'"
	fi
}

EXECVE=$(sc execve)
OPENAT=$(sc openat)

at_traced "autrace /bin/true" /bin/true
at_settled 4
vt_check "the rule for the child: every call, pid" \
	grep -qx -- "-a always,exit -S all -F pid=$(at_pid vat)" "$VT_DIR/vat.rules"
vt_check "the rule for its children: every call, ppid" \
	grep -qx -- "-a always,exit -S all -F ppid=$(at_pid vat)" "$VT_DIR/vat.rules"
calls=$(at_calls "$(at_pid vat)")
vt_check "the log has the child's execve" eval "echo '$calls' | grep -qx $EXECVE"
vt_check "and more than the resource calls ($(echo $calls | wc -w) distinct)" \
	eval "echo '$calls' | grep -qx $(sc mmap)"
at_same_calls "autrace /bin/true"

# -r: only the resource calls of this machine
RESOURCE="openat truncate renameat unlinkat mknodat mkdirat chdir fchownat fchmodat
linkat symlinkat readlinkat execve name_to_handle_at openat2 sendfile open creat
rename unlink mknod mkdir rmdir chown lchown chmod link symlink readlink connect bind
accept sendto recvfrom accept4 socketcall"
ALLOWED=$(for c in $RESOURCE; do sc "$c" 2>/dev/null; done | sort -un)
at_traced "autrace -r /bin/cat /etc/hostname" -r /bin/cat /etc/hostname
at_settled $((2 * RNRULES))
calls=$(at_calls "$(at_pid vat)")
vt_check "-r: the log has the child's execve and openat" \
	eval "echo '$calls' | grep -qx $EXECVE && echo '$calls' | grep -qx $OPENAT"
vt_eq "-r: calls outside the resource set" "" \
	"$(comm -23 <(echo "$calls" | sort) <(echo "$ALLOWED" | sort) | tr '\n' ' ')"
at_same_calls "autrace -r"

# the ppid rule: a shell's child is traced too
at_traced "autrace /bin/sh -c 'true twice'" /bin/sh -c '/bin/true; /bin/true; exit 3'
at_settled 4
for t in deb vat; do
	p=$(at_pid $t)
	vt_check "$t: the log has records of the child's children (ppid=$p)" \
		eval "grep -aq '^type=SYSCALL .* ppid=$p pid=[0-9]* ' '$VT_LOG' &&
			grep -a '^type=SYSCALL .* ppid=$p pid=[0-9]* ' '$VT_LOG' | grep -avq ' pid=$p '"
done

at_traced "autrace /bin/false" /bin/false
at_settled 4
vt_eq "exit 0 when the program fails" 0 "$(cat "$VT_DIR/vat.rc")"

at_traced "a program that cannot be executed (a directory)" /etc
at_settled 4
vt_eq "exit 0 when the exec fails" 0 "$(cat "$VT_DIR/vat.rc")"

at_traced "-r after the program is the program's argument" /bin/echo -r a b
at_settled 4
at_traced "the descriptors the program gets" /bin/ls /proc/self/fd
at_settled 4
at_traced "a bare name: checked in the working directory, run from PATH" echo from PATH
at_settled 4
vt_eq "the program run is PATH's" "from PATH" "$(grep -v '^Cleaning\|^Trace' "$VT_DIR/vat.out")"

# on a terminal the child's line is not lost in stdio's buffer
if command -v script >/dev/null; then
	auditctl -D >/dev/null
	at_run deb script -qec "$DEB /bin/echo hi" /dev/null
	at_run vat script -qec "$VAT /bin/echo hi" /dev/null
	at_same "on a terminal"
	at_settled 4
	vt_check "on a terminal: the Waiting line" grep -q "^Waiting to execute: /bin/echo" "$VT_DIR/vat.out"
fi

vt_stop
vt_finish
