#!/usr/bin/env python3
"""seed-records.py: (re)write the seed corpora of fuzz_format and
fuzz_netlink from the golden records of tests/data/oracle/*.rec (real
kernel records and the synthetic corner cases).

corpus/format/   one record each, fuzz_format.c's layout: an option byte,
                 the type as u16 little endian, the payload; the option
                 byte cycles so that node names are covered too.
corpus/netlink/  fuzz_netlink.c's layout: datagrams of { u16 length,
                 u8 flags, bytes }, each a netlink header and a record as
                 the kernel sends it, plus the replies the daemon reads
                 (ACK, error, AUDIT_GET, AUDIT_SIGNAL_INFO) and a forged
                 sender."""
import glob
import hashlib
import os
import struct

top = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')


def write(sub, seed):
    d = os.path.join(top, 'tests', 'fuzz', 'corpus', sub)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(seed).hexdigest()), 'wb') as w:
        w.write(seed)


def datagram(flags, rtype, body, seq=0):
    msg = struct.pack('<IHHII', len(body), rtype, 0, seq, 0) + body
    return struct.pack('<HB', len(msg), flags) + msg


records = []
for f in sorted(glob.glob(os.path.join(top, 'tests', 'data', 'oracle', '*.rec'))):
    data = open(f, 'rb').read()
    i = 0
    while i < len(data):
        rtype, length = struct.unpack_from('<II', data, i)
        rec = (rtype & 0xffff, data[i + 8:i + 8 + length])
        i += 8 + length
        if rec not in records:
            records.append(rec)

for n, (rtype, payload) in enumerate(records):
    write('format', bytes([n % 4]) + struct.pack('<H', rtype) + payload)

# netlink: records in groups of four, alternately RAW and ENRICHED
for n in range(0, len(records), 4 * 8):
    group = records[n:n + 4]
    write('netlink', b''.join(datagram(1 | (n // 32 % 2) * 2, t, p) for t, p in group))
NLMSG_ERROR, AUDIT_GET, AUDIT_SIGNAL_INFO = 2, 1000, 1010
status = struct.pack('<10I', 0x7f, 1, 1, 1234, 0, 8192, 5, 0, 3, 60000)
write('netlink', datagram(1, NLMSG_ERROR, struct.pack('<i', 0) + bytes(16), seq=7))
write('netlink', datagram(1, NLMSG_ERROR, struct.pack('<i', -17) + bytes(16), seq=8))
write('netlink', datagram(1, AUDIT_GET, status, seq=9))
write('netlink', datagram(1, AUDIT_SIGNAL_INFO,
                          struct.pack('<II', 1000, 4321) + b'unconfined\n\0', seq=10))
write('netlink', datagram(0, 1100, b'audit(1700000000.123:1): forged by a user'))
print(f'{len(records)} format seeds, {len(os.listdir(os.path.join(top, "tests/fuzz/corpus/netlink")))} netlink seeds')
