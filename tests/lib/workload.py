#!/usr/bin/env python3
"""Mixed audit workload for integration tests: sockets of every family,
file operations in a watched directory, user messages of several types,
execs as other users. Usage: workload.py DIR ROUNDS"""
import os
import socket
import struct
import subprocess
import sys

d, rounds = sys.argv[1], int(sys.argv[2])
os.makedirs(d, exist_ok=True)


def try_connect(fam, kind, addr):
    s = socket.socket(fam, kind)
    try:
        s.connect(addr)
    except OSError:
        pass
    s.close()


nl = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 9)


def user_msg(t, text):
    b = text.encode() + b'\0'
    nl.send(struct.pack('=IHHII', 16 + len(b), t, 5, 1, 0) + b)
    nl.recv(9000)


for r in range(rounds):
    try_connect(socket.AF_INET, socket.SOCK_STREAM, ('127.0.0.1', 9))
    try_connect(socket.AF_INET6, socket.SOCK_STREAM, ('::1', 22))
    try_connect(socket.AF_UNIX, socket.SOCK_DGRAM, '/run/vigil-nonexistent.sock')
    try_connect(socket.AF_UNIX, socket.SOCK_STREAM, '\0vigil-abstract')
    try_connect(socket.AF_NETLINK, socket.SOCK_RAW, (0, 0))
    p = f'{d}/f{r}'
    with open(p, 'w') as f:
        f.write('x')
    os.chmod(p, 0o600)
    os.rename(p, p + '.r')
    os.unlink(p + '.r')
    with open(f'{d}/watched', 'a') as f:
        f.write('y')
    user_msg(1100, f'op=PAM:authentication grantors=pam_unix acct="root" exe="/usr/bin/su" hostname=vm addr=? terminal=/dev/pts/{r} res=success')
    user_msg(1112, 'op=login id=0 exe="/usr/sbin/sshd" hostname=host.example addr=10.1.2.3 terminal=ssh res=success')
    user_msg(1114, 'op=adding user id=12345 exe="/usr/sbin/useradd" hostname=vm addr=? terminal=pts/0 res=success')
    user_msg(1123, 'cwd="/root" cmd=6C73202D6C exe="/usr/bin/sudo" terminal=pts/0 res=success')
    user_msg(1130, 'unit=cron comm="systemd" exe="/usr/lib/systemd/systemd" hostname=? addr=? terminal=? res=success')
    user_msg(2100, 'op=test acct="nobody" res=success')
    user_msg(1105, 'op=PAM:session_open grantors=pam_unix acct="nobody" exe="/bin/login" hostname=? addr=? terminal=tty1 res=success')
    subprocess.run(['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '/bin/true'])
    subprocess.run(['setpriv', '--reuid=12345', '--regid=12345', '--clear-groups', '/bin/true'])
    subprocess.run(['auditctl', '-m', f'vigil workload round {r}'])
