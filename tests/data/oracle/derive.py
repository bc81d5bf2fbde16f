#!/usr/bin/env python3
"""derive.py - re-derive the observed golden pairs from an oracle capture.

The capture (made by /tmp/oracle/run.sh on a machine running Debian's auditd
3.0.9, see README) has, per run (raw, enr, enrhost):
  cap.bin          every kernel record as multicast saw it: u32 type,
                   u32 len, payload (host byte order)
  log/audit.log.1  what auditd wrote (then log/audit.log after SIGUSR1)
This pairs each log line with the record it came from (same audit(ts:serial)
stamp, same payload start; DAEMON_* lines are auditd's own and become
records built from their text), keeps a compact subset that still covers
every record type and every distinct enrichment, and writes
  <run>.rec  the records, in capture order (u32 type, u32 len little endian,
             payload); EOE records are kept, they must produce no line
  <run>.log  the expected lines, one per non-EOE record
usage: derive.py [capture-dir] [out-dir]
"""
import collections
import ctypes
import ctypes.util
import os
import re
import struct
import sys

src = sys.argv[1] if len(sys.argv) > 1 else '/tmp/oracle'
out = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__))
libaudit = ctypes.CDLL(ctypes.util.find_library('audit') or 'libaudit.so.1')
libaudit.audit_name_to_msg_type.argtypes = [ctypes.c_char_p]
STAMP = re.compile(rb'audit\((\d+\.\d+:\d+)\)')
DAEMON = re.compile(rb'(node=\S+ )?type=DAEMON_')
COMMON = {1300, 1302, 1307, 1309, 1321, 1327, 1305, 1306}


def read_cap(path):
    data = open(path, 'rb').read()
    recs, i = [], 0
    while i + 8 <= len(data):
        t, n = struct.unpack_from('=II', data, i)
        recs.append((t, data[i + 8:i + 8 + n]))
        i += 8 + n
    return recs


def pairs(run):
    d = os.path.join(src, run)
    cap = read_cap(os.path.join(d, 'cap.bin'))
    lines = []
    for name in ('audit.log.1', 'audit.log'):
        lines += open(os.path.join(d, 'log', name), 'rb').read().split(b'\n')[:-1]
    bystamp = collections.defaultdict(list)
    for i, (t, p) in enumerate(cap):
        m = STAMP.match(p)
        if m:
            bystamp[m.group(1)].append(i)
    used, out = set(), []
    for line in lines:
        if DAEMON.match(line):
            body = line.split(b'\x1d')[0]
            name = re.search(rb'type=(\S+)', body).group(1)
            out.append((None, libaudit.audit_name_to_msg_type(name),
                        body.split(b' msg=', 1)[1], line))
            continue
        msg = line.split(b' msg=', 1)[1]
        for i in bystamp[STAMP.search(line).group(1)]:
            t, p = cap[i]
            if i not in used and t != 1320 and \
                    msg.startswith(p.replace(b'\n', b' ')[:100]):
                used.add(i)
                out.append((i, t, p, line))
                break
        else:
            sys.exit('%s: no record for %r' % (run, line[:80]))
    # EOE records of the events that were logged
    logged = {STAMP.match(p).group(1) for i, t, p, l in out if i is not None}
    for i, (t, p) in enumerate(cap):
        if t == 1320 and STAMP.match(p).group(1) in logged:
            out.append((i, t, p, None))
    return out


def select(items):
    """Every record that is not one of the common types, plus the first two
    of each distinct (type, enrichment tail, field names) among the common
    ones, plus a thin sample; then a few EOE."""
    keep, seen = [], collections.Counter()
    for n, (i, t, p, line) in enumerate(items):
        if t == 1320:
            continue
        tail = line.split(b'\x1d', 1)[1] if b'\x1d' in line else b''
        names = tuple(re.findall(rb' ([a-z_0-9-]+)=', p)[:12])
        sig = (t, tail, names)
        seen[sig] += 1
        if t not in COMMON or seen[sig] <= 2 or n % 15 == 0:
            keep.append((i, t, p, line))
    eoe = [x for x in items if x[1] == 1320][:5]
    keep += eoe
    # capture order; daemon lines (no capture index) go last, in log order
    keep.sort(key=lambda x: (x[0] is None, x[0] if x[0] is not None else 0))
    return keep


for run in ('raw', 'enr', 'enrhost'):
    items = select(pairs(run))
    with open(os.path.join(out, run + '.rec'), 'wb') as f:
        for i, t, p, line in items:
            f.write(struct.pack('<II', t, len(p)) + p)
    with open(os.path.join(out, run + '.log'), 'wb') as f:
        for i, t, p, line in items:
            if line is not None:
                f.write(line + b'\n')
    print('%s: %d records, %d lines' % (run, len(items),
          sum(1 for x in items if x[3] is not None)))
