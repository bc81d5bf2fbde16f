#!/bin/bash
# differential: Debian's auditd is the registered daemon while vigil, in its
# read-only --multicast mode, formats the same kernel records into its own
# log. Every line but auditd's own DAEMON_* records must be byte-identical,
# for RAW, ENRICHED and ENRICHED with a node name.
. "$(dirname "$0")/../lib/lib.sh"
vt_require_kernel
[ -x /usr/sbin/auditd ] || vt_skip "Debian's /usr/sbin/auditd is not installed"
vt_setup differential
W=$VT_DIR/work
mkdir -p "$W" "$VT_DIR/oracle/log" && chmod 700 "$VT_DIR/oracle/log"
cat > "$VT_DIR/ia32.c" <<'C'
int main(void) { for (int i = 0; i < 50; i++) { long r; __asm__ volatile("int $0x80" : "=a"(r) : "a"(64L)); } return 0; }
C
cc -O2 -o "$VT_DIR/ia32" "$VT_DIR/ia32.c" 2>/dev/null || vt_log "no compiler for the i386 syscall probe"

run_case() {	# FORMAT NAME_FORMAT
	local fmt=$1 nf=$2 olog=$VT_DIR/oracle/log/audit.log
	rm -f "$VT_LOG" "$olog"
	vt_conf "log_format = $fmt" "name_format = $nf"
	sed "s|^log_file = .*|log_file = $olog|" "$VT_DIR/etc/auditd.conf" > "$VT_DIR/oracle/auditd.conf"
	auditctl -D >/dev/null
	auditctl -b 8192 >/dev/null
	/usr/sbin/auditd -n -c "$VT_DIR/oracle" &
	VT_ORACLE_PID=$!
	for i in $(seq 50); do [ "$(vt_kernel_pid)" = "$VT_ORACLE_PID" ] && break; sleep 0.1; done
	vt_start --multicast || return 1
	auditctl -a always,exit -F arch=b64 -S execve -k exe >/dev/null
	auditctl -a always,exit -F arch=b64 -S connect -k net >/dev/null
	auditctl -a always,exit -F arch=b64 -S openat,unlinkat,renameat,rename,chmod,fchmodat,unlink -F dir="$W" -k files >/dev/null
	auditctl -a always,exit -F arch=b64 -S getppid -F exe="$VT_LOADGEN" -k ppid >/dev/null
	auditctl -a always,exit -F arch=b32 -S getppid -k ppid32 >/dev/null
	auditctl -w "$W/watched" -p wa -k watch >/dev/null
	python3 "$VT_TOP/tests/lib/workload.py" "$W" 20
	[ -x "$VT_DIR/ia32" ] && "$VT_DIR/ia32"
	"$VT_LOADGEN" -n 500 >/dev/null
	rules=$(auditctl -l | grep -c '^-')
	auditctl -D >/dev/null
	# the rules' removals are recorded after the rest: once both logs
	# hold them all, they hold everything before them too
	vt_check "[$fmt/$nf] auditd logged the $rules rule removals" \
		vt_wait_lines "$olog" 'op=remove_rule' "$rules" 50
	vt_check "[$fmt/$nf] vigil logged the $rules rule removals" \
		vt_wait_lines "$VT_LOG" 'op=remove_rule' "$rules" 50
	vt_stop
	kill -TERM $VT_ORACLE_PID; vt_wait_gone $VT_ORACLE_PID; VT_ORACLE_PID=
	python3 - "$olog" "$VT_LOG" "$fmt/$nf" <<'PY'
import sys
def lines(p):
    with open(p, 'rb') as f:
        return [l for l in f.read().split(b'\n') if l and b'type=DAEMON_' not in l.split(b' msg=')[0]]
o, v, case = lines(sys.argv[1]), lines(sys.argv[2]), sys.argv[3]
if not v:
    print(f'  FAIL {case}: vigil logged nothing'); sys.exit(1)
def stamp(l):
    i = l.find(b'msg=audit(')
    return l[i:l.find(b')', i)]
# align on the first record both saw (vigil joined after auditd registered;
# the kernel may or may not deliver the record of vigil's own join to it)
start = next((i for i, l in enumerate(o) if l == v[0]), None)
if start is None:
    start = next((i for i, l in enumerate(o) if stamp(l) == stamp(v[0])), None)
if start is None:
    print(f'  FAIL {case}: first vigil record not in auditd log: {v[0][:200]!r}'); sys.exit(1)
bad = 0
for i, line in enumerate(v):
    if start + i >= len(o) or o[start + i] != line:
        bad += 1
        if bad <= 3:
            print(f'    vigil : {line[:300]!r}')
            print(f'    auditd: {(o[start + i] if start + i < len(o) else b"<end>")[:300]!r}')
types = sorted({l.split(b' ')[1 if l.startswith(b'node=') else 0].decode() for l in v})
print(f'  {"ok  " if not bad else "FAIL"} {case}: {len(v) - bad} of {len(v)} lines byte-identical '
      f'({len(types)} record types; auditd wrote {len(o)})')
sys.exit(1 if bad or len(v) < 1000 else 0)
PY
	if [ $? = 0 ]; then VT_PASS=$((VT_PASS + 1)); else VT_FAIL=$((VT_FAIL + 1)); fi
}

run_case RAW NONE
[ -n "$VT_ONLY_RAW" ] || run_case ENRICHED NONE
[ -n "$VT_ONLY_RAW" ] || run_case ENRICHED HOSTNAME
vt_finish
