#!/usr/bin/env python3
"""dispatch-binary.py FILE: the records of a binary-format plugin stream as
auditd 3.0.9 writes them (16-byte header ver/hlen/type/size in host
order, then an 8970-byte data area), one per line: "VER HLEN TYPE SIZE
DATA" with DATA the first SIZE bytes. Exit 1 if the stream is not made of
whole records or a header is inconsistent."""
import struct
import sys

d = open(sys.argv[1], 'rb').read()
REC = 16 + 8970
if len(d) % REC:
    sys.exit("stream of %d bytes is not whole records" % len(d))
for off in range(0, len(d), REC):
    ver, hlen, typ, size = struct.unpack_from('=IIII', d, off)
    if hlen != 16 or size > 8970 or ver > 1:
        sys.exit("bad header at %d: %d %d %d %d" % (off, ver, hlen, typ, size))
    data = d[off + 16:off + 16 + size]
    if b'\n' in data:
        sys.exit("newline inside the data at %d" % off)
    sys.stdout.buffer.write(b"%d %d %d %d " % (ver, hlen, typ, size) + data + b"\n")
