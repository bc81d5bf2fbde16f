#!/bin/bash
# syslog-messages: what vigil says to syslog is what auditd 3.0.9 says, word
# for word, at the same priority and facility, under the same ident (with or
# without [pid]): log filters (logwatch, SIEM rules, journald matches) key on
# all four. Debian's auditd (the oracle) and then vigil run the same way in
# a private mount namespace whose /dev/log is tests/lib/syslog-sink.py
# (tests/lib/filepolicy.sh), through the same situations:
#   run:    start with an empty plugin_dir and without CAP_SYS_RESOURCE (so
#           neither can lower its oom_score_adj), SIGHUP, SIGUSR1 with
#           num_logs = 1, SIGUSR2, SIGCONT, SIGTERM;
#   config: an auditd.conf with an unknown keyword (refused start; these
#           messages come before openlog: default ident, LOG_USER, no pid).
# Every message auditd sends in a phase is one check (text, then priority and
# facility, then ident), named after auditd's text, so that the failures read
# as a to-do list; messages only vigil sends are listed, not failed.
# tests/data/syslog/messages.tsv is the table of every message auditd can send.
. "$(dirname "$0")/../lib/lib.sh"
. "$VT_TOP/tests/lib/filepolicy.sh"
vt_require_kernel
ORACLE=/usr/sbin/auditd
[ -x "$ORACLE" ] || vt_skip "Debian's $ORACLE is not installed"
command -v setpriv >/dev/null || vt_skip "setpriv (util-linux) not installed"
[ -e /var/run/auditd.pid ] && vt_skip "/var/run/auditd.pid exists: is the system auditd running?"
fp_setup syslog-messages
mkdir -p "$VT_DIR/plugins"
chmod 750 "$VT_DIR/plugins"
OUT=$VT_DIR/out
mkdir -p "$OUT"

# sl_take FILE: move what the sink has received so far to FILE (the sink
# appends, so it goes on at the start of the emptied file)
sl_take() {
	cp "$FP_SYSLOG" "$1"
	: > "$FP_SYSLOG"
}

# sl_conf [extra lines]: the config both daemons read
sl_conf() {
	vt_conf "plugin_dir = $VT_DIR/plugins" "$@"
	sed -i 's/^num_logs = .*/num_logs = 1/' "$VT_DIR/etc/auditd.conf"
}

# sl_launch WHO ARGS...: start a daemon (forking, as the service does) in
# the sink's namespace without CAP_SYS_RESOURCE: root without it cannot
# lower oom_score_adj, and keeps every capability the daemon needs
sl_launch() {
	local who=$1 bin=$VT_AUDITD
	shift
	[ "$who" = oracle ] && bin=$ORACLE
	fp_ns setpriv --inh-caps -sys_resource --bounding-set -sys_resource -- \
		"$bin" -c "$VT_DIR/etc" "$@"
}

# sl_signal SIG PHASE WHO PID: send it, give the daemon time, keep the lines
sl_signal() {
	kill -"$1" "$4"
	sleep "${SL_PAUSE:-0.7}"
	sl_take "$OUT/$3.$2"
}

# sl_run WHO: the running daemon's phases; the kernel is left as found
sl_run() {
	local who=$1 pid rc
	rm -f "$VT_DIR"/log/audit.log*
	: > "$FP_SYSLOG"
	sl_conf
	if [ "$who" = oracle ]; then
		sl_launch oracle
		rc=$?
		pid=$(cat /var/run/auditd.pid 2>/dev/null)
		VT_ORACLE_PID=$pid
	else
		sl_launch vigil --pid-file "$VT_PIDFILE" --state-file "$VT_STATE"
		rc=$?
		pid=$(cat "$VT_PIDFILE" 2>/dev/null)
		VT_DAEMON_PID=$pid
	fi
	vt_eq "$who starts" 0 "$rc"
	if [ "$rc" != 0 ] || [ -z "$pid" ]; then
		sl_take "$OUT/$who.start"
		return 1
	fi
	sleep 0.5
	sl_take "$OUT/$who.start"
	SL_PAUSE=1.2 sl_signal HUP hup "$who" "$pid"
	sl_signal USR1 usr1 "$who" "$pid"
	sl_signal USR2 usr2 "$who" "$pid"
	sl_signal CONT cont "$who" "$pid"
	kill -TERM "$pid"
	vt_wait_gone "$pid"
	sleep 0.2
	sl_take "$OUT/$who.term"
	VT_ORACLE_PID=
	VT_DAEMON_PID=
	auditctl -D >/dev/null 2>&1
	auditctl -e 0 >/dev/null 2>&1
	vt_eq "$who deregistered" 0 "$(vt_kernel_pid)"
}

# sl_config_error WHO: an unknown keyword; the start is refused (exit 6)
sl_config_error() {
	local who=$1 rc
	: > "$FP_SYSLOG"
	sl_conf "no_such_option = 1"
	if [ "$who" = oracle ]; then
		sl_launch oracle
	else
		sl_launch vigil --pid-file "$VT_PIDFILE" --state-file "$VT_STATE"
	fi
	rc=$?
	vt_eq "$who refuses a config with an unknown keyword" 6 "$rc"
	sleep 0.3
	sl_take "$OUT/$who.config"
}

sl_run oracle
sl_run vigil
sl_config_error oracle
sl_config_error vigil

# The comparison: one line a check, "ok<TAB>what" or "bad<TAB>what", then
# indented lines to show (vigil-only messages, unparsed lines).
python3 - "$OUT" "$VT_DIR" start hup usr1 usr2 cont term config > "$VT_DIR/compare" <<'PY'
import re
import sys

out, top, phases = sys.argv[1], sys.argv[2], sys.argv[3:]
FAC = {0: 'kern', 1: 'user', 3: 'daemon', 4: 'auth', 10: 'authpriv'}
PRIO = ['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug']
# glibc syslog(3): "<PRI>Mmm dd hh:mm:ss IDENT[PID]: MSG", [PID] with LOG_PID
LINE = re.compile(r'^<(\d+)>\w{3} [ \d]\d \d\d:\d\d:\d\d ([^:\[ ]+)(\[\d+\])?: (.*)$')
# vigil's current wording of a message auditd words otherwise, so that the
# priority, facility and ident are still compared (messages.tsv: change-text)
ALIASES = [
    (r'Unable to adjust out of memory score', r'Cannot set oom_score_adj'),
]


def norm(text):
    # numbers vary between the runs (pids, sizes, times); the words do not
    return re.sub(r'\d+', 'N', text.replace(top, '$DIR'))


def parse(path):
    msgs, junk = [], []
    try:
        f = open(path, errors='replace')
    except FileNotFoundError:
        return msgs, junk
    for line in f:
        line = line.rstrip('\n')
        if not line:
            continue
        m = LINE.match(line)
        if not m:
            junk.append(line)
            continue
        pri = int(m.group(1))
        msgs.append({'fac': FAC.get(pri >> 3, str(pri >> 3)), 'prio': PRIO[pri & 7],
                     'ident': m.group(2) + ('[pid]' if m.group(3) else ''),
                     'text': m.group(4)})
    return msgs, junk


def show(m):
    return f"{m['fac']}.{m['prio']} {m['ident']}: {m['text']}"


for phase in phases:
    orc, ojunk = parse(f'{out}/oracle.{phase}')
    vig, vjunk = parse(f'{out}/vigil.{phase}')
    used = set()
    print(f'info\t[{phase}] auditd sent {len(orc)} messages, vigil {len(vig)}')
    for o in orc:
        name = f"[{phase}] {norm(o['text'])[:90]}"
        match = next((i for i, v in enumerate(vig)
                      if i not in used and norm(v['text']) == norm(o['text'])), None)
        if match is not None:
            print(f'ok\t{name}: text')
        else:
            for a, b in ALIASES:
                if re.search(a, o['text']):
                    match = next((i for i, v in enumerate(vig)
                                  if i not in used and re.search(b, v['text'])), None)
                    break
            got = vig[match]['text'] if match is not None else 'no such message'
            print(f"bad\t{name}: text: want '{o['text']}', got '{got}'")
        if match is None:
            continue
        used.add(match)
        v = vig[match]
        want, got = f"{o['fac']}.{o['prio']}", f"{v['fac']}.{v['prio']}"
        print(f"{'ok' if want == got else 'bad'}\t{name}: facility.priority"
              f"{'' if want == got else f': want {want}, got'} {got}")
        print(f"{'ok' if o['ident'] == v['ident'] else 'bad'}\t{name}: ident"
              f"{'' if o['ident'] == v['ident'] else ': want ' + o['ident'] + ', got'} {v['ident']}")
    for i, v in enumerate(vig):
        if i not in used:
            print(f'info\t[{phase}] vigil only: {show(v)}')
    for j in ojunk + vjunk:
        print(f'info\t[{phase}] unparsed line: {j}')
PY
while IFS=$'\t' read -r kind what; do
	case $kind in
	ok) vt_ok "$what" ;;
	bad) vt_bad "$what" ;;
	*) vt_log "$what" ;;
	esac
done < "$VT_DIR/compare"
vt_finish
