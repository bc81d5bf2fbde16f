#!/usr/bin/env python3
"""plugin-feed.py DIR [COUNT]: a plugin feed as vigil's daemon writes it
(src/daemon/dispatch.h), the same records in both formats of plugins.d:
DIR/feed.str (string: one line per record) and DIR/feed.bin (binary:
16-byte header version, 16, type, size in host order, then the data
padded to 8970 bytes), plus DIR/feed.exact (binary as audit 4.1.1 and
later write it: no padding). COUNT rounds of version 0 records (RAW:
the line is "type=NAME msg=" and the kernel's text) and version 1 ones
(a node= line, an ENRICHED one: the whole line is the data), EOE, an
unknown type, and a record of the kernel's whole 8970 bytes."""
import os
import struct
import sys

out, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 50
DATA = 8970
NAMES = {1300: 'SYSCALL', 1302: 'PATH', 1320: 'EOE', 1327: 'PROCTITLE'}


def name(t):
    return NAMES.get(t, 'UNKNOWN[%d]' % t)


recs = []  # (version, type, line, data)
for i in range(count):
    ts = 'audit(1700000000.%03d:%d): ' % (i % 1000, 100 + i)
    body = ('arch=c000003e syscall=59 success=yes exit=0 a0=55d4 items=2 ppid=%d '
            'pid=%d auid=1000 uid=0 comm="sh" exe="/usr/bin/dash" key=(null)' % (i, i + 1))
    for t, text in ((1300, ts + body), (1302, ts + 'item=0 name="/bin/sh" inode=%d' % i),
                    (1327, ts + 'proctitle=2F62696E2F7368'), (1320, ts), (1999, ts + 'x=%d' % i)):
        line = 'type=%s msg=%s' % (name(t), text)
        recs.append((0, t, line, text))
    big = ts + 'proctitle=' + 'A' * (DATA - len(ts) - len('proctitle='))
    recs.append((0, 1327, 'type=PROCTITLE msg=' + big, big))
    # version 1: the daemon's line is the data
    line = 'node=host%d type=SYSCALL msg=%s%s' % (i % 3, ts, body)
    recs.append((1, 1300, line, line))
    line = 'node=host type=EOE msg=%s' % ts.rstrip()
    recs.append((1, 1320, line, line))
    line = 'type=SYSCALL msg=%s%s\x1dARCH=x86_64 SYSCALL=execve AUID="user" UID="root"' % (ts, body)
    recs.append((1, 1300, line, line))

with open(os.path.join(out, 'feed.str'), 'wb') as s, \
        open(os.path.join(out, 'feed.bin'), 'wb') as b, \
        open(os.path.join(out, 'feed.exact'), 'wb') as e:
    for ver, t, line, data in recs:
        d = data.encode()
        s.write(line.encode() + b'\n')
        h = struct.pack('=IIII', ver, 16, t, len(d))
        b.write(h + d + b'\0' * (DATA - len(d)))
        e.write(h + d)
print(len(recs))
