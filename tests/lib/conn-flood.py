#!/usr/bin/env python3
"""conn-flood.py PORT N STOPFILE [FIRST]: N TCP connections to [::1]'s
IPv4 side (127.0.0.1:PORT), the i-th from its own source address in
127.0.0.0/8 (127.10.x.y, from FIRST, default 0), as N senders of a fleet
would come. Once all are connected (the kernel completes a connection
from the listen queue, accepted or not) and two seconds have passed, it
prints "open=A closed=B" (closed: the server closed or reset it) and keeps
the open ones until STOPFILE exists, then closes them all and prints
"done". Sends nothing: an idle fleet holds descriptors as well as a busy
one."""
import os
import socket
import sys
import time


def addr(i):
    return '127.10.%d.%d' % (1 + i // 250, 1 + i % 250)


def closed(s):
    try:
        return s.recv(1, socket.MSG_PEEK) == b''
    except BlockingIOError:
        return False
    except OSError:
        return True


def main():
    port, n, stop = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    first = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    socks = []
    failed = 0
    for i in range(first, first + n):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.settimeout(30)
        try:
            s.bind((addr(i), 0))
            s.connect(('127.0.0.1', port))
        except OSError:
            failed += 1
            s.close()
            continue
        s.setblocking(False)	# a timeout would make each peek below wait
        socks.append(s)
    time.sleep(2)
    shut = sum(1 for s in socks if closed(s))
    print('open=%d closed=%d' % (len(socks) - shut, shut + failed), flush=True)
    while not os.path.exists(stop):
        time.sleep(0.1)
    for s in socks:
        s.close()
    print('done', flush=True)


main()
