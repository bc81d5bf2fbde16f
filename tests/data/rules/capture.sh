#!/bin/bash
# capture.sh - record what Debian's auditctl 3.0.9 does with auditctl command
# lines, as golden data for tests/unit/test_rules_compile.c.
#
# usage (as root, on the reference machine: Debian 12, auditd 3.0.9, x86_64):
#     tests/data/rules/capture.sh            # rewrites cases.golden and examples.golden
#     tests/data/rules/capture.sh ranges     # rewrites compile/ranges.golden only
#
# Inputs: tests/data/rules/compile/NAME.txt (cases.txt: hand-written; ranges.txt:
# written by gen-ranges.py) (command lines,
# one per line, words split as a rules file splits them: spaces, "\ " and
# "\\"), and every line of /usr/share/doc/auditd/examples/rules/*.rules
# (-> examples.golden).  For each line it runs
#   1. /sbin/auditctl WORDS under strace, recording the exit status, stderr
#      and every netlink message sent (type and payload bytes after the
#      nlmsghdr), then `auditctl -D` to drop what it added;
#   2. /sbin/auditctl -R FILE with the line as line 1 of FILE, recording exit
#      status, stderr and what auditctl sends to syslog (an LD_PRELOAD shim
#      prints syslog() calls on stderr as "SYSLOG<prio>: text").
# The kernel may refuse a rule (EINVAL, EEXIST): the bytes are captured all
# the same.  The whole run holds tests/lib/kernel-lock, refuses to start if
# the kernel has rules, and restores enabled/failure/rate/backlog settings.
# Lines that must never reach the kernel are skipped: -e 2, -f 2,
# --loginuid-immutable, --signal (their parsing is tested by hand).
#
# Golden format, one block per line:
#   case WORDS...           the line as written in the input
#   stat PATH TYPE          for each -w/-W path: dir, file or none at capture time
#   exit N                  auditctl's exit status (command line)
#   err TEXT                one stderr line (command line)
#   send TYPE HEX           one netlink message: type in hex, payload in hex
#                           where "-N-" stands for N zero bytes (N >= 4)
#   file.exit N / file.err TEXT / file.log PRIO TEXT   the same via -R
#   end
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
if [ -z "${VIGIL_KERNEL_LOCKED:-}" ]; then
	exec "$top/tests/lib/kernel-lock" "$0" "$@"
fi
[ "$(id -u)" = 0 ] || { echo "capture.sh: must run as root" >&2; exit 1; }
if [ "$(/sbin/auditctl -l)" != "No rules" ]; then
	echo "capture.sh: the kernel has audit rules; not touching them" >&2
	exit 1
fi
tmp=$(mktemp -d)
saved=$(/sbin/auditctl -s)
get() { printf '%s\n' "$saved" | awk -v k="$1" '$1 == k { print $2 }'; }
restore() {
	/sbin/auditctl -D >/dev/null 2>&1 || true
	/sbin/auditctl -b "$(get backlog_limit)" -r "$(get rate_limit)" \
		-f "$(get failure)" --backlog_wait_time "$(get backlog_wait_time)" \
		-e "$(get enabled)" >/dev/null 2>&1 || true
}
trap 'restore; rm -rf "$tmp"' EXIT
case "$(get enabled)" in 0|1) ;; *) echo "capture.sh: audit is immutable" >&2; exit 1;; esac

cat > "$tmp/shim.c" <<'SHIM'
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
static void out(int pri, const char *fmt, va_list ap)
{
	fprintf(stderr, "SYSLOG<%d>: ", pri & 7);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}
void vsyslog(int pri, const char *fmt, va_list ap) { out(pri, fmt, ap); }
void __vsyslog_chk(int pri, int fl, const char *fmt, va_list ap)
{ (void)fl; out(pri, fmt, ap); }
void syslog(int pri, const char *fmt, ...)
{ va_list ap; va_start(ap, fmt); out(pri, fmt, ap); va_end(ap); }
void __syslog_chk(int pri, int fl, const char *fmt, ...)
{ va_list ap; (void)fl; va_start(ap, fmt); out(pri, fmt, ap); va_end(ap); }
SHIM
cc -shared -fPIC -o "$tmp/shim.so" "$tmp/shim.c"

export CAPTURE_TMP="$tmp" CAPTURE_RESTORE="$(declare -f get restore); saved='$saved'"
name=${1:-cases}
python3 - "$here/compile/$name.txt" "$here/compile/$name.golden" <<'PY'
import os, re, subprocess, sys
tmp = os.environ["CAPTURE_TMP"]

def split(line):
    # auditctl's rules-file word splitting: spaces separate, "\ " is a
    # space, "\\" a backslash
    words, cur, have, i = [], "", False, 0
    while i < len(line):
        c = line[i]
        if c == "\\" and i + 1 < len(line) and line[i + 1] in " \\":
            cur += line[i + 1]; have = True; i += 2; continue
        if c == " ":
            if have: words.append(cur)
            cur, have = "", False
        else:
            cur += c; have = True
        i += 1
    if have: words.append(cur)
    return words

def zrle(b):
    # runs of 4 or more zero bytes as "-N-", the other bytes in hex
    out, pos = [], 0
    for m in re.finditer(rb"\x00{4,}", b):
        out.append(b[pos:m.start()].hex())
        out.append("-%d-" % (m.end() - m.start()))
        pos = m.end()
    out.append(b[pos:].hex())
    return "".join(out)

SEND = re.compile(r'^(?:\d+ +)?sendto\(\d+, \[?\{nlmsg_len=\d+, nlmsg_type=(0x[0-9a-f]+|\d+),.*?\}(?:, "((?:\\x[0-9a-f]{2})*)")?')
FORBID = {"--loginuid-immutable", "--signal"}

def forbidden(words):
    for i, w in enumerate(words):
        if w in FORBID: return True
        if w in ("-e", "-f") and i + 1 < len(words) and words[i + 1] == "2": return True
        if w in ("-e2", "-f2"): return True
    return False

def sh(cmd):
    subprocess.run(["bash", "-c", os.environ["CAPTURE_RESTORE"] + "\n" + cmd],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def ftype(p):
    if os.path.isdir(p): return "dir"
    if os.path.lexists(p): return "file"
    return "none"

def capture(line, out):
    words = split(line)
    if forbidden(words):
        return False
    out.append("case " + line)
    for i, w in enumerate(words[:-1]):
        if w in ("-w", "-W"):
            out.append("stat %s %s" % (words[i + 1], ftype(words[i + 1].rstrip("/") or "/")))
    trace = os.path.join(tmp, "trace")
    p = subprocess.run(["strace", "-X", "raw", "-f", "-xx", "-s", "65536",
                        "-e", "trace=sendto", "-o", trace, "/sbin/auditctl"] + words,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    out.append("exit %d" % p.returncode)
    for l in p.stderr.decode("latin-1").splitlines():
        out.append("err " + l)
    for l in open(trace, encoding="latin-1"):
        m = SEND.match(l)
        if m:
            payload = bytes.fromhex(m.group(2).replace("\\x", "")) if m.group(2) else b""
            out.append("send %s %s" % (m.group(1), zrle(payload)))
    sh("restore")
    rf = os.path.join(tmp, "line.rules")
    with open(rf, "w", encoding="latin-1") as f:
        f.write(line + "\n")
    os.chmod(rf, 0o600)
    p = subprocess.run(["/sbin/auditctl", "-R", rf], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE,
                       env=dict(os.environ, LD_PRELOAD=os.path.join(tmp, "shim.so")))
    out.append("file.exit %d" % p.returncode)
    for l in p.stderr.decode("latin-1").replace(rf, "FILE").splitlines():
        m = re.match(r"SYSLOG<(\d)>: (.*)$", l)
        if m:
            out.append("file.log %s %s" % (m.group(1), m.group(2)))
        else:
            out.append("file.err " + l)
    sh("restore")
    out.append("end")
    return True

def run(lines, dst, header):
    out = [header]
    n = 0
    for line in lines:
        if capture(line, out): n += 1
    with open(dst, "w", encoding="latin-1") as f:
        f.write("\n".join(out) + "\n")
    print("%s: %d cases" % (dst, n))

cases = [l.rstrip("\n") for l in open(sys.argv[1], encoding="latin-1")]
cases = [l for l in cases if l.strip() and not l.lstrip().startswith("#")]
run(cases, sys.argv[2], "# generated by tests/data/rules/capture.sh from %s; do not edit"
    % os.path.basename(sys.argv[1]))
if os.path.basename(sys.argv[1]) != "cases.txt":
    sys.exit(0)

exdir = "/usr/share/doc/auditd/examples/rules"
ex = []
for name in sorted(os.listdir(exdir)):
    if not name.endswith(".rules"): continue
    for l in open(os.path.join(exdir, name), encoding="latin-1"):
        l = l.rstrip("\n")
        if l.strip() and not l.lstrip().startswith("#") and l not in ex:
            ex.append(l)
run(ex, os.path.join(os.path.dirname(sys.argv[2]), "examples.golden"),
    "# generated by tests/data/rules/capture.sh from " + exdir + "/*.rules; do not edit")
PY
