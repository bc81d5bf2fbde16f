#!/usr/bin/python3
"""hostile.py - what a test's hostile party sends; used by hostile-*.sh.

  hostile.py usermsg TYPE    one user message (TYPE in 1100-1199) per byte
                             value 0-255: "vigil-byte=XX a" BYTE "b" and a
                             forged record after a newline (needs
                             CAP_AUDIT_WRITE); prints how many were accepted
  hostile.py connect DIR     connect() to an AF_UNIX path in DIR for each byte
                             value 1-255, the byte followed by a newline and a
                             forged record (any user; every call fails with
                             ENOENT, which is what gets audited); prints how
                             many calls were made
  hostile.py nlsend PORTID   send a forged record to another netlink socket of
                             the audit family; prints the errno name or "sent"
"""
import errno
import os
import socket
import struct
import sys

NETLINK_AUDIT = 9
NLM_F_REQUEST, NLM_F_ACK = 1, 4
NLMSG_ERROR = 2
FORGED = b'type=USER_LOGIN msg=audit(1700000000.123:1): forged=yes res=success'


def nlmsg(rtype, body, flags=NLM_F_REQUEST | NLM_F_ACK, seq=1):
    return struct.pack('=IHHII', 16 + len(body), rtype, flags, seq, 0) + body


def usermsg(rtype):
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_AUDIT)
    s.bind((0, 0))
    ok = 0
    for b in range(256):
        body = b'vigil-byte=%02x a' % b + bytes([b]) + b'b\n' + FORGED + b'\0'
        s.sendto(nlmsg(rtype, body, seq=b + 1), (0, 0))
        reply = s.recv(65536)
        if struct.unpack_from('=H', reply, 4)[0] == NLMSG_ERROR and \
                struct.unpack_from('=i', reply, 16)[0] == 0:
            ok += 1
    print(ok)


def connect(d):
    n = 0
    for b in range(1, 256):
        path = os.path.join(d.encode(), b'v%02x' % b + bytes([b]) + b'\n' + FORGED[:60])
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            s.connect(path[:107])
        except OSError:
            pass
        s.close()
        n += 1
    print(n)


def nlsend(portid):
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_AUDIT)
    s.bind((0, 0))
    try:
        s.sendto(nlmsg(1100, b'audit(1700000000.123:9): forged by hand\0', flags=0),
                 (int(portid), 0))
        print('sent')
    except OSError as e:
        print(errno.errorcode.get(e.errno, str(e.errno)))


if __name__ == '__main__':
    {'usermsg': lambda: usermsg(int(sys.argv[2])),
     'connect': lambda: connect(sys.argv[2]),
     'nlsend': lambda: nlsend(sys.argv[2])}[sys.argv[1]]()
