#!/bin/bash
# rules-diff: vigil's auditctl against Debian's, command by command and file
# by file, on the real kernel. For every run both programs start from the
# same kernel state and must leave the same rules, print the same stdout
# (status counters that move on their own masked), the same stderr, the
# same syslog lines (a private /dev/log) and exit the same.
#   - every example rules file of Debian's auditd package and every file of
#     vigil's rules/ (-e 2, -f 2 and --loginuid-immutable lines taken out:
#     they cannot be undone), then `auditctl -l` and `-l -i` of vigil on
#     Debian's load;
#   - broken and odd rules files: each kind of error, -i and -c, first-line
#     errors (auditctl then still writes to syslog), long lines, nesting;
#   - the rules file checks, and the immutable kernel (an LD_PRELOAD shim
#     makes AUDIT_GET say enabled 2; the kernel is not locked);
#   - command lines: status, set and reset, rules, listing, -m, --signal,
#     usage, version, no privilege.
. "$(dirname "$0")/../lib/lib.sh"
vt_require_kernel
vt_setup rules-diff

VAC=$VT_TOP/build/auditctl
DEB=$(command -v auditctl)
[ -x "$VAC" ] || { vt_bad "build/auditctl is missing (make all)"; vt_finish; exit 1; }
command -v unshare >/dev/null || vt_skip "unshare (util-linux) not installed"
command -v python3 >/dev/null || vt_skip "python3 not installed"

# the settings the test changes, to put back at the end
ORIG=$($DEB -s)
orig() { echo "$ORIG" | awk -v k="$1" '$1 == k {print $2}'; }
# rd_reset: no rules, the settings as found (each run starts from there)
rd_reset() {
	$DEB -D >/dev/null 2>&1
	$DEB -b "$(orig backlog_limit)" -r "$(orig rate_limit)" -f "$(orig failure)" \
		-e "$(orig enabled)" >/dev/null 2>&1
	$DEB --backlog_wait_time "$(orig backlog_wait_time)" >/dev/null 2>&1
}
rd_restore() {
	rd_reset
	[ -n "$RD_SINK" ] && kill "$RD_SINK" 2>/dev/null
	[ -n "$RD_NC" ] && kill -TERM "$RD_NC" 2>/dev/null && vt_wait_gone "$RD_NC"
}
trap 'rd_restore; vt_restore; [ -n "$VT_KEEP" ] || rm -rf "$VT_DIR"' EXIT

# --- a private /dev/log: auditctl -R writes to syslog ----------------------
RD_NS=$VT_DIR/ns
RD_SYSLOG=$VT_DIR/syslog
mkdir -p "$RD_NS/dev"
: > "$RD_SYSLOG"
mkfifo "$VT_DIR/sink.ready"
python3 "$VT_TOP/tests/lib/syslog-sink.py" "$RD_NS/dev/log" "$RD_SYSLOG" > "$VT_DIR/sink.ready" &
RD_SINK=$!
read -r _ < "$VT_DIR/sink.ready"

# rd_ns CMD ARGS...: CMD in a mount namespace whose /dev holds our log socket
rd_ns() {
	unshare -m --propagation private bash -c '
		ns=$1; shift
		for d in null zero urandom; do
			touch "$ns/dev/$d" && mount --bind "/dev/$d" "$ns/dev/$d" || exit 90
		done
		mount --rbind "$ns/dev" /dev || exit 91
		exec "$@"' rd-ns "$RD_NS" "$@"
}

# rd_sync: every datagram sent so far is in $RD_SYSLOG
RD_SEEN=0
rd_sync() {
	local m=rd-sync-$RANDOM$RANDOM
	logger -u "$RD_NS/dev/log" "$m"
	vt_wait_for "$RD_SYSLOG" "$m" 100
}

# rd_run TAG CMD ARGS...: run in the namespace, stdin /dev/null; keep
# stdout (moving counters masked), stderr, exit status and the syslog
# lines it caused (time stamp dropped) in $VT_DIR/TAG.*
rd_run() {
	local tag=$1
	shift
	rd_ns "$@" < /dev/null > "$VT_DIR/$tag.out" 2> "$VT_DIR/$tag.err"
	echo $? > "$VT_DIR/$tag.rc"
	rd_sync
	tail -n +$((RD_SEEN + 1)) "$RD_SYSLOG" | grep -av 'rd-sync-' |
		sed -E 's/^<([0-9]+)>[A-Z][a-z]{2} [ 0-9]{2} [0-9:]{8} /<\1>/' > "$VT_DIR/$tag.sys"
	RD_SEEN=$(wc -l < "$RD_SYSLOG")
	sed -i -E 's/^(backlog|backlog_wait_time_actual|lost) [0-9]+$/\1 N/' "$VT_DIR/$tag.out"
	sed -i -E 's/(backlog_wait_time_actual|lost): [0-9]+$/\1: N/' "$VT_DIR/$tag.err" "$VT_DIR/$tag.sys"
}

RD_LINES=0	# lines of output compared
rd_count() { RD_LINES=$((RD_LINES + $(cat "$@" | wc -l))); }

# rd_same WHAT: the runs "deb" and "vig" printed, logged and exited alike
rd_same() {
	local f bad=
	for f in out err rc sys; do
		cmp -s "$VT_DIR/deb.$f" "$VT_DIR/vig.$f" || bad="$bad $f"
	done
	rd_count "$VT_DIR"/deb.{out,err,rc,sys}
	if [ -z "$bad" ]; then
		vt_ok "$1"
		return 0
	fi
	vt_bad "$1: differs in$bad"
	for f in $bad; do
		diff "$VT_DIR/deb.$f" "$VT_DIR/vig.$f" | head -8 | sed 's/^/        /'
	done
	return 1
}

# rd_list_same WHAT: the kernel holds the same rules after both
rd_list_same() {
	rd_count "$VT_DIR/deb.list"
	if cmp -s "$VT_DIR/deb.list" "$VT_DIR/vig.list"; then
		vt_ok "$1: same rules in the kernel ($(grep -vc '^No rules$' "$VT_DIR/deb.list"))"
	else
		vt_bad "$1: the kernel's rules differ"
		diff "$VT_DIR/deb.list" "$VT_DIR/vig.list" | head -8 | sed 's/^/        /'
	fi
}

# rd_both WHAT SETUP ARGS...: from an empty kernel plus SETUP (auditctl
# commands separated by ';', run with Debian's), run Debian's then vigil's
# auditctl ARGS (under the command in RD_WRAP, if any); compare their runs
# and the rules they leave
RD_WRAP=()
rd_both() {
	local what=$1 setup=$2 tag c
	shift 2
	for tag in deb vig; do
		rd_reset
		IFS=';' read -ra cmds <<< "$setup"
		for c in "${cmds[@]}"; do
			[ -n "$c" ] && eval "$DEB $c" >/dev/null 2>&1
		done
		if [ $tag = deb ]; then
			rd_run deb "${RD_WRAP[@]}" $DEB "$@"
		else
			rd_run vig "${RD_WRAP[@]}" "$VAC" "$@"
		fi
		$DEB -l > "$VT_DIR/$tag.list" 2>&1
	done
	rd_same "$what" && rd_list_same "$what"
	$DEB -D >/dev/null
}

# --- 1. the example rule files ------------------------------------------------
mkdir -p "$VT_DIR/files"
nfiles=0
nrules=0
for f in /usr/share/doc/auditd/examples/rules/*.rules "$VT_TOP"/rules/*.rules; do
	[ -f "$f" ] || continue
	case $f in "$VT_TOP"/rules/*) copy=$VT_DIR/files/vigil-${f##*/} ;; *) copy=$VT_DIR/files/${f##*/} ;; esac
	grep -Ev '^[[:space:]]*(-e[[:space:]]+2|-f[[:space:]]+2|--loginuid-immutable)([[:space:]]|$)' "$f" > "$copy"
	chmod 644 "$copy"
	nfiles=$((nfiles + 1))
	rd_reset
	rd_run vig "$VAC" -R "$copy"
	$DEB -l > "$VT_DIR/vig.list" 2>&1
	rd_reset
	rd_run deb $DEB -R "$copy"
	$DEB -l > "$VT_DIR/deb.list" 2>&1
	nrules=$((nrules + $(grep -vc '^No rules$' "$VT_DIR/deb.list")))
	rd_same "-R ${copy##*/}" && rd_list_same "-R ${copy##*/}"
	# vigil lists Debian's load as Debian does
	"$VAC" -l > "$VT_DIR/vig.l" 2>&1
	VIG_L_RC=$?
	"$VAC" -l -i > "$VT_DIR/vig.li" 2>&1
	VIG_LI_RC=$?
	$DEB -l -i > "$VT_DIR/deb.li" 2>&1
	rd_count "$VT_DIR/deb.list" "$VT_DIR/deb.li"
	if cmp -s "$VT_DIR/deb.list" "$VT_DIR/vig.l" && cmp -s "$VT_DIR/deb.li" "$VT_DIR/vig.li"; then
		vt_ok "-l and -l -i after ${copy##*/}"
	else
		vt_bad "-l or -l -i after ${copy##*/} differ"
		# both sides: the start of what Debian printed, and what vigil did
		diff "$VT_DIR/deb.list" "$VT_DIR/vig.l" | sed -n '1,4p;/^>/p' | head -12 | sed 's/^/        /'
		diff "$VT_DIR/deb.li" "$VT_DIR/vig.li" | sed -n '1,4p;/^>/p' | head -12 | sed 's/^/        /'
		echo "        vigil's auditctl exited $VIG_L_RC/$VIG_LI_RC; the kernel now lists $($DEB -l | wc -l) rules"
	fi
done
$DEB -D >/dev/null
vt_log "$nfiles rules files, $nrules kernel rules compared"
[ "$nfiles" -ge 30 ] || vt_bad "only $nfiles example files found"

# --- 2. broken and odd rules files --------------------------------------------
B=$VT_DIR/broken
mkdir -p "$B"
W1='-w /etc/hosts -p wa -k rd1'
W2='-w /etc/group -p wa -k rd2'
S1='-a always,exit -F arch=b64 -S openat -F uid=4242 -k rd3'
long_key=$(printf 'k%.0s' $(seq 257))
max_key=$(printf 'k%.0s' $(seq 256))
long_path=/tmp/$(printf 'p%.0s' $(seq 6200))
pad=$(printf ' %.0s' $(seq 6150))

# mk NAME LINE...: a rules file, one argument a line
mk() {
	local n=$1
	shift
	printf '%s\n' "$@" > "$B/$n.rules"
	chmod 644 "$B/$n.rules"
}
mk unknown-field "$W1" '-a always,exit -F arch=b64 -S openat -F nosuchfield=1' "$W2"
mk bad-syscall "$W1" '-a always,exit -F arch=b64 -S nosuchcall' "$W2"
mk bad-list "$W1" '-a always,bogus -S openat' "$W2"
mk bad-action "$W1" '-a sometimes,exit -S openat' "$W2"
mk arch-after-S "$W1" '-a always,exit -S openat -F arch=b64' "$W2"
mk missing-comma "$W1" '-a always exit -S openat' "$W2"
mk key-too-long "$W1" "-w /etc/shadow -k $long_key" "$W2"
mk key-max "$W1" "-w /etc/shadow -k $max_key" "$W2"
mk rule-exists "$W1" "$W2" "$W1" "$S1"
mk kernel-einval "$W1" '-a always,exit -F arch=b64 -S openat -F path=/etc -F dir=/etc' "$W2"
mk bad-option "$W1" '-x' "$W2"
mk bad-perm "$W1" '-w /etc/shadow -p rwxz' "$W2"
mk relative-watch "$W1" '-w etc/shadow' "$W2"
mk field-no-list "$W1" '-F uid=0' "$W2"
mk syscall-task "$W1" '-a always,task -S openat' "$W2"
mk unknown-user "$W1" '-a always,exit -F arch=b64 -S openat -F auid=nosuchuser' "$W2"
mk no-32-64 "$W1" '-a always,exit -S openat -k rd4' "$W2"
mk del-missing "$W1" '-W /etc/nonesuch' '-d always,exit -F arch=b64 -S openat -k nope' "$W2"
mk first-line-field '-a always,exit -F arch=b64 -S openat -F nosuchfield=1' "$W2"
mk first-line-option '-x' "$W2"
mk first-line-syscall '-a always,exit -S nosuchcall' "$W2"
mk first-after-comment '# a comment' '' '-a always,exit -F nosuchfield=1' "$W2"
mk first-after-control '-D' '-b 8192' '-x' "$W2"
mk first-line-exists "$W1" "$W2"
mk ignore '-i' "$W1" '-a always,exit -F nosuchfield=1' "$W2" "$W1" "$S1"
mk continue '-c' "$W1" '-a always,exit -F nosuchfield=1' "$W2" "$W1" "$S1"
mk continue-ignore '-c' '-i' "$W1" '-w /etc/shadow -F nosuchfield=1' "$W2" "$W1"
mk ignore-continue '-i' '-c' "$W1" '-w /etc/shadow -F nosuchfield=1' "$W2" "$W1"
mk i-on-rule-line "$W1 -i" "$W1" "$W2"
mk c-on-rule-line "$W1 -c" "$W1" "$W2"
mk c-then-error "$W1 -c -F nosuchfield=1" "$W1" "$W2"
mk i-late '-c' "$W1" "$W1" '-i' "$W2" "$W2"
mk nested "$W1" '-R /etc/audit/audit.rules' "$W2"
mk help-in-file "$W1" '-v' "$W2" '-h' "$S1"
mk long-path "$W1" "-w $long_path" "$W2"
mk long-line "$W1" "-a always,exit -F arch=b64 -S openat$pad-k rd5" "$W2"
mk indented "$W1" "	-w /etc/shadow -k rd6" "$W2"
mk comments '  # indented comment' '	# tab comment' "$W1" 'foo bar' "$W2"
mk controls '-D' '-b 8192' '-f 1' '-r 0' "$W1" '-l' '-s' '-l -k rd1' '-D -k rd1' \
	'--backlog_wait_time 15000' "$W2" '--reset-lost' '-l -i' '-e 0'
mk interpret-after-l '-a always,exit -F arch=b64 -S openat -F auid!=-1' '-l -i' '-l' '-s' '-e 0' '-x' "$W2"
mk interpret-after-s '-a always,exit -F arch=b64 -S openat -F auid!=-1' '-s -i' '-l' '-x' "$W2"
mk ignore-no-interpret '-a always,exit -F arch=b64 -S openat -F auid!=-1' '-i' '-l' '-s' '-x' "$W2"
mk prepend "$W1" "$S1" '-A always,exit -F arch=b64 -S close -k rd7' '-a never,exit -F arch=b64 -S getpid'
mk empty
mk only-comments '# nothing' '' '   '
printf '%s\r\n%s\r\n' "$W1" "$W2" > "$B/crlf.rules"
printf '%s\n%s' "$W1" "$W2" > "$B/no-final-newline.rules"
# an error deep in a run of rules (they go to the kernel in batches)
seq_rules() { local i; for ((i = $1; i < $2; i++)); do echo "-a always,exit -F arch=b64 -S openat -F uid=$((20000 + i)) -k rdb$i"; done; }
{ seq_rules 0 100; echo "-a always,exit -F arch=b64 -S openat -F uid=20005 -k rdb5"; seq_rules 100 150; } > "$B/batch-exists.rules"
{ echo '-c'; cat "$B/batch-exists.rules"; } > "$B/batch-exists-c.rules"
{ seq_rules 0 70; echo '-a always,exit -F nosuchfield=1'; seq_rules 70 150; } > "$B/batch-field.rules"
{ seq_rules 0 64; echo "-a always,exit -F arch=b64 -S openat -F uid=20000 -k rdb0"; seq_rules 64 130; } > "$B/batch-edge.rules"
chmod 644 "$B"/*.rules
for f in "$B"/*.rules; do
	rd_both "-R broken/${f##*/}" "" -R "$f"
done
rd_both "-R when the kernel already has a rule of the file" "$W2" -R "$B/first-line-exists.rules"

# --- 3. the rules file checks ---------------------------------------------------
C=$VT_DIR/checks
mkdir -p "$C/dir.rules"
echo "$W1" > "$C/ok.rules"
cp "$C/ok.rules" "$C/world.rules"
cp "$C/ok.rules" "$C/group.rules"
cp "$C/ok.rules" "$C/nobody.rules"
chmod 644 "$C/ok.rules" "$C/nobody.rules"
chmod 666 "$C/world.rules"
chmod 664 "$C/group.rules"
chown 65534 "$C/nobody.rules"
ln -s ok.rules "$C/link.rules"
chmod 755 "$C" "$VT_DIR"
for f in missing.rules world.rules group.rules nobody.rules dir.rules link.rules ok.rules/x; do
	rd_both "-R $f" "" -R "$C/$f"
done

# --- 4. the immutable kernel (simulated) ------------------------------------------
if [ -f "$VT_HELPERS/fake-immutable.so" ]; then
	for args in "-R $B/rule-exists.rules" "-w /etc/hosts -k rd" "-s" "-D" "-b 8192"; do
		# shellcheck disable=SC2086
		LD_PRELOAD=$VT_HELPERS/fake-immutable.so rd_both "immutable: $args" "" $args
	done
else
	vt_bad "immutable cases not run: $VT_HELPERS/fake-immutable.so missing (make all builds it)"
fi

# --- 5. command lines ----------------------------------------------------------------
rd_both "no option" ""
for args in "-h" "--help" "-v" "-x" "-s -h" "-h -s" "-b 8192 -s" "-s" "-s -i" "-l" "-l -i" \
	"-e 0" "-e 0 -e 0" "-f 1" "-r 0" "-b 8192" "-b 8192 -w /etc/hosts" \
	"--backlog_wait_time 15000" "--backlog_wait_time 700000" "--reset-lost" \
	"-t" "-q /tmp,/var" "-q /tmp" "--signal TERM" "--signal HUP" "--signal FOO" \
	"-m hello" "-m hello world" "-e 3" "-b abc"; do
	# shellcheck disable=SC2086
	rd_both "auditctl $args" "" $args
done
for args in "$W1" "$S1" "-W /etc/hosts" "-D" "-D -k rd1" "-D -k nomatch" "-l -k rd" "-l -k rd2" \
	"-l -k nomatch" "-d always,exit -F arch=b64 -S openat -F uid=4242 -k rd3" "$W2 -F nosuchfield=1"; do
	# shellcheck disable=SC2086
	rd_both "auditctl $args (rules loaded)" "$W1;$W2;$S1" $args
done
rd_both "auditctl -w with an empty kernel" "" -w /etc/hosts -p wa -k rd

# set, then read back with Debian's: the kernel took vigil's value
for set in "-b 4321:backlog_limit 4321" "-r 7:rate_limit 7" "-f 0:failure 0" "-e 1:enabled 1" \
	"-e 0:enabled 0" "--backlog_wait_time 12345:backlog_wait_time 12345"; do
	# shellcheck disable=SC2086
	"$VAC" ${set%%:*} >/dev/null
	vt_check "auditctl ${set%%:*} reaches the kernel" grep -qx "${set#*:}" <<< "$($DEB -s)"
done
rd_reset
out=$("$VAC" --reset-lost 2>&1)
vt_check "--reset-lost says lost: N ($out)" grep -qx 'lost: [0-9]*' <<< "$out"
out=$("$VAC" --reset_backlog_wait_time_actual 2>&1)
vt_check "--reset_backlog_wait_time_actual says the old value ($out)" \
	grep -qx 'backlog_wait_time_actual: [0-9]*' <<< "$out"

# -m and --signal with a registered daemon: a stand-in (registers its pid,
# writes the user records it receives and the signals it gets to a file,
# deregisters on SIGTERM).
cat > "$VT_DIR/recorder.py" <<'PY'
import os, signal, socket, struct, sys
out = open(sys.argv[1], 'w', buffering=1)
s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 9)
s.bind((0, 0))
def setpid(pid):
    st = struct.pack('=10I', 4, 0, 0, pid, 0, 0, 0, 0, 0, 0)
    s.send(struct.pack('=IHHII', 16 + len(st), 1001, 5, 1, 0) + st)
def got(sig, frm):
    out.write('signal %s\n' % signal.Signals(sig).name)
    if sig == signal.SIGTERM:
        setpid(0)
        sys.exit(0)
for sig in (signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2, signal.SIGCONT, signal.SIGTERM):
    signal.signal(sig, got)
setpid(os.getpid())
print('ready', flush=True)
while True:
    try:
        d = s.recv(65536)
    except InterruptedError:
        continue
    if struct.unpack_from('=H', d, 4)[0] == 1005:
        out.write(d[16:].decode(errors='replace').rstrip('\0') + '\n')
PY
REC=$VT_DIR/recorder.out
mkfifo "$VT_DIR/rec.ready"
python3 "$VT_DIR/recorder.py" "$REC" > "$VT_DIR/rec.ready" &
RD_NC=$!
read -r _ < "$VT_DIR/rec.ready"
vt_eq "the stand-in daemon is registered" "$RD_NC" "$(vt_kernel_pid)"
$DEB -e 1 >/dev/null	# the kernel drops user messages while disabled
$DEB -m "vigil test message" < /dev/null
"$VAC" -m "vigil test message" < /dev/null
EXE=$(readlink -f "$VAC")
vt_wait_for "$REC" "exe=\"$EXE\"" 50
$DEB -e "$(orig enabled)" >/dev/null
mapfile -t recs < <(grep -a 'text=' "$REC" | sed -E 's/exe="[^"]*"/exe=X/')
vt_eq "-m: two records" 2 "${#recs[@]}"
vt_eq "-m: vigil's record is Debian's (but exe)" "${recs[0]#*msg=}" "${recs[1]#*msg=}"
vt_check "-m: the record names vigil's program" grep -q "exe=\"$EXE\"" "$REC"
for sig in HUP USR1 USR2 CONT; do
	"$VAC" --signal $sig
	vt_wait_for "$REC" "^signal SIG$sig\$" 50
	vt_check "--signal $sig reaches the daemon" grep -q "^signal SIG$sig\$" "$REC"
done
# 4.x's names (Debian's 3.0.9 refuses them): each signal a second time
for pair in reload:HUP rotate:USR1 resume:USR2 state:CONT; do
	"$VAC" --signal "${pair%:*}"
	for _ in $(seq 50); do
		[ "$(grep -c "^signal SIG${pair#*:}\$" "$REC")" -ge 2 ] && break
		sleep 0.1
	done
	vt_eq "--signal ${pair%:*} sends SIG${pair#*:}" 2 "$(grep -c "^signal SIG${pair#*:}\$" "$REC")"
done
"$VAC" --signal TERM
vt_wait_for "$REC" "^signal SIGTERM\$" 50
vt_check "--signal TERM reaches the daemon" grep -q "^signal SIGTERM\$" "$REC"
vt_wait_gone "$RD_NC"
RD_NC=
vt_eq "after --signal TERM no daemon is registered" 0 "$(vt_kernel_pid)"

# the longest -m text: the whole message may have 8951 bytes
max=$((8951 - ${#EXE} - 53))
text=$(printf 'a%.0s' $(seq $max))
"$VAC" -m "$text" < /dev/null 2>&1
vt_eq "-m with the longest text" 0 $?
out=$("$VAC" -m "${text}a" < /dev/null 2>&1)
vt_eq "-m one byte longer: refused silently" "255:" "$?:$out"

# without CAP_AUDIT_CONTROL: as nobody, and as root without the capability
if command -v setpriv >/dev/null; then
	for args in "-s" "-l" "-h" "--help" "-v" "-R $C/ok.rules" "-w /etc/hosts"; do
		RD_WRAP=(setpriv --reuid=65534 --regid=65534 --clear-groups --)
		# shellcheck disable=SC2086
		rd_both "as nobody: $args" "" $args
		RD_WRAP=(setpriv --inh-caps=-all --bounding-set=-audit_control --)
		# shellcheck disable=SC2086
		rd_both "as root without CAP_AUDIT_CONTROL: $args" "" $args
	done
	RD_WRAP=()
fi

# --- 6. rules_load_file(), the daemon's loader: auditctl -R's messages ------------
# (through its diag, without the routing flags) and exit status, the same
# rules, and a result that counts them
LF=$VT_HELPERS/loadfile
if [ -x "$LF" ]; then
	for f in "$B"/*.rules "$VT_DIR/files/30-stig.rules" "$VT_DIR/files/10-base-config.rules"; do
		name=${f#"$VT_DIR"/}
		rd_reset
		rd_run deb $DEB -R "$f"
		$DEB -l > "$VT_DIR/deb.list" 2>&1
		{ cat "$VT_DIR/deb.err"; sed 's/^<[0-9]*>auditctl: //' "$VT_DIR/deb.sys"; } |
			sed -E 's/(backlog_wait_time_actual|lost): [0-9]+$/\1: N/' | sort > "$VT_DIR/deb.msgs"
		rd_reset
		"$LF" "$f" > "$VT_DIR/lf.out" 2>&1
		$DEB -l > "$VT_DIR/lf.list" 2>&1
		grep -v '^status=' "$VT_DIR/lf.out" | sed -E 's/^<[0-9]+> //; s/(backlog_wait_time_actual|lost): [0-9]+$/\1: N/' |
			sort > "$VT_DIR/lf.msgs"
		read -r status lines rules errors immutable < <(grep '^status=' "$VT_DIR/lf.out" |
			sed -E 's/[a-z]+=//g')
		bad=
		cmp -s "$VT_DIR/deb.msgs" "$VT_DIR/lf.msgs" || bad="$bad messages"
		cmp -s "$VT_DIR/deb.list" "$VT_DIR/lf.list" || bad="$bad rules"
		[ "$status" = "$(cat "$VT_DIR/deb.rc")" ] || bad="$bad status($status)"
		[ "$errors" = "$(grep -c '^There was an error in line' "$VT_DIR/deb.msgs")" ] || bad="$bad errors($errors)"
		grep -qv '^<[0-7]> \|^status=' "$VT_DIR/lf.out" && bad="$bad prio-flags"
		# rules added: the rules the kernel holds, unless the file deletes some
		if ! grep -q -- '^-[DWd]' "$f"; then
			[ "$rules" = "$(grep -vc '^No rules$' "$VT_DIR/lf.list")" ] || bad="$bad rules-count($rules)"
		fi
		rd_count "$VT_DIR/deb.msgs"
		if [ -z "$bad" ]; then
			vt_ok "rules_load_file $name (lines $lines, rules $rules, errors $errors)"
		else
			vt_bad "rules_load_file $name:$bad"
			diff "$VT_DIR/deb.msgs" "$VT_DIR/lf.msgs" | head -6 | sed 's/^/        /'
		fi
	done
	if [ -f "$VT_HELPERS/fake-immutable.so" ]; then
		rd_reset
		out=$(LD_PRELOAD=$VT_HELPERS/fake-immutable.so "$LF" "$B/rule-exists.rules")
		vt_eq "rules_load_file on an immutable kernel" \
			"<3> The audit system is in immutable mode, no rule changes allowed
status=0 lines=0 rules=0 errors=0 immutable=1" "$out"
		vt_eq "... adds nothing" "No rules" "$($DEB -l)"
	fi
else
	vt_bad "$LF missing: make all builds it"
fi
$DEB -D >/dev/null

vt_log "$RD_LINES lines of output compared"
vt_finish
