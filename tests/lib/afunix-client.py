#!/usr/bin/env python3
"""afunix-client.py SOCKET OUT [SECONDS]: what a consumer of the af_unix
plugin does. Connects (retrying while the socket is not there yet), prints
"connected", then appends what it reads to OUT until the daemon closes the
connection, SECONDS pass, or it is killed."""
import socket
import sys
import time

path, out = sys.argv[1], sys.argv[2]
limit = float(sys.argv[3]) if len(sys.argv) > 3 else 60.0
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
for _ in range(600):
    try:
        s.connect(path)
        break
    except OSError:
        time.sleep(0.05)
else:
    sys.exit("cannot connect to " + path)
print('connected', flush=True)
end = time.time() + limit
with open(out, 'ab', buffering=0) as f:
    while time.time() < end:
        s.settimeout(max(0.01, end - time.time()))
        try:
            d = s.recv(1 << 16)
        except socket.timeout:
            break
        if not d:
            break
        f.write(d)
