#!/usr/bin/env python3
"""slow-reader.py PORT: a client that stops reading its replies until some
of them wait in the receiver itself. With a small receive buffer it sends
HEARTBEATs (each answered with an ACK) in batches without reading, and
after each batch works out, from the two sockets' queues (ss), how many
reply bytes neither kernel holds: those are in the receiver's own output
buffer. Once there are some, it sends one MESSAGE, stops sending, and
reads everything for up to 5 s. Prints "queued=B replies=R of E order=ok|bad".
Without EPOLLOUT the receiver never sends what it queued: R < E."""
import re
import socket
import struct
import subprocess
import sys
import time

MAGIC = 0xff0000fe
ACK, HEARTBEAT, MESSAGE = 0x40000000, 0x00000001, 0x00000000
BATCH = 64


def frame(typ, seq, payload=b''):
    return struct.pack('<IBBIHI', MAGIC, 0, 0, typ, len(payload), seq) + payload


def queues(port, cport):
    """(server Recv-Q, server Send-Q, client Recv-Q) from ss"""
    out = subprocess.run(['ss', '-tnH', 'state', 'established'], capture_output=True,
                         text=True).stdout
    srv = cli = None
    for line in out.splitlines():
        f = line.split()
        if len(f) < 4:
            continue
        local, peer = f[2], f[3]
        if local.endswith(':%d' % port) and peer.endswith(':%d' % cport):
            srv = (int(f[0]), int(f[1]))
        if local.endswith(':%d' % cport) and peer.endswith(':%d' % port):
            cli = int(f[0])
    return srv, cli


def main():
    port = int(sys.argv[1])
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    s.connect(('127.0.0.1', port))
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    cport = s.getsockname()[1]
    seq, queued = 1, 0
    deadline = time.time() + 60
    while time.time() < deadline:
        s.sendall(b''.join(frame(HEARTBEAT, seq + i + 1) for i in range(BATCH)))
        seq += BATCH
        # until the receiver has read the batch
        for _ in range(100):
            time.sleep(0.01)
            srv, cli = queues(port, cport)
            if srv and cli is not None and srv[0] == 0:
                break
        time.sleep(0.02)
        srv, cli = queues(port, cport)
        if not srv:
            print('queued=? replies=0 of 0 order=bad (the receiver closed the connection)')
            return
        queued = 16 * (seq - 1) - srv[1] - cli
        if queued > 0:
            break
    seq += 1
    text = b'type=USER msg=audit(1700000000.001:1): text=after-backlog'
    s.sendall(frame(MESSAGE, seq, text))
    expect = seq - 1
    s.settimeout(0.2)
    buf = b''
    end = time.time() + 5
    while time.time() < end and len(buf) < 16 * expect:
        try:
            d = s.recv(65536)
        except socket.timeout:
            continue
        if not d:
            break
        buf += d
    seqs = [struct.unpack('<IBBIHI', buf[i:i + 16])[5] for i in range(0, len(buf) - 15, 16)]
    ok = seqs == list(range(2, 2 + len(seqs)))
    print('queued=%d replies=%d of %d order=%s' % (queued, len(seqs), expect, 'ok' if ok else 'bad'))


main()
