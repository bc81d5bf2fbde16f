#!/usr/bin/env python3
"""seed-frame.py: the seed corpus of fuzz_frame (tests/fuzz/corpus/frame).
Each seed is one byte choosing how the stream is cut into reads, then the
stream: what audisp-remote sends (messages, with and without a trailing
newline, heartbeats, node= and enriched lines, a maximal record), and
what the receiver must refuse (length above 8970, a reply type, text
instead of frames), plus an empty message and embedded NUL/CR/LF."""
import hashlib
import os
import struct

MAGIC = 0xff0000fe


def fr(t, seq, p=b''):
    return struct.pack('<IBBIHI', MAGIC, 0, 0, t, len(p), seq) + p


seeds = [
    b'\x01' + fr(0, 2, b'type=USER msg=audit(1700000000.001:1): text=one'),
    b'\x07' + fr(1, 3),
    b'\x20' + fr(0, 2, b'type=SYSCALL msg=audit(1.2:3): a=b\n') + fr(1, 3) +
    fr(0, 4, b'node=h type=EOE msg=audit(1.2:3): '),
    b'\x33' + fr(0, 5, b'x' * 8970),
    b'\x44' + fr(0, 6, b'a\nb\rc\0d'),
    b'\x55' + struct.pack('<IBBIHI', MAGIC, 0, 0, 0, 9000, 7) + b'y' * 100,
    b'\x66' + fr(0x40000000, 8),
    b'\x77' + b'type=USER msg=audit(1.2:3): plain text line\n',
    b'\x88' + fr(0, 9, b'') + fr(0, 10, b'\n'),
    b'\x99' + fr(0, 11, b'type=USER msg=audit(1.2:3): t\x1dAUID="root"'),
]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'corpus', 'frame')
os.makedirs(out, exist_ok=True)
for s in seeds:
    with open(os.path.join(out, hashlib.sha1(s).hexdigest()), 'wb') as f:
        f.write(s)
