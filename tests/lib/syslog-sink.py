#!/usr/bin/env python3
"""syslog-sink.py SOCKET OUT: a stand-in for the system logger, for tests.

Binds a datagram socket at SOCKET (what /dev/log is to syslog(3)) and
appends every message it receives to OUT, one line each, with the
"<PRI>" prefix kept so that tests can check the priority too. Runs until
killed. Tests mount SOCKET over /dev/log in a private mount namespace
(tests/lib/filepolicy.sh), so the daemon's own syslog(3) calls land here
unchanged and nothing on the machine's real logger is touched."""
import os
import socket
import sys

path, out = sys.argv[1], sys.argv[2]
try:
    os.unlink(path)
except FileNotFoundError:
    pass
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(path)
os.chmod(path, 0o666)
with open(out, 'a', buffering=1, errors='replace') as f:
    # tell the starter we are listening
    print('ready', flush=True)
    while True:
        data = s.recv(65536)
        f.write(data.decode(errors='replace').rstrip('\n') + '\n')
