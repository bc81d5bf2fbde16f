#!/usr/bin/env python3
"""feed.py N RATE [HOLD]: what a plugin reads from the daemon, for
audisp-remote fed by a test: N USER records "seq=1".."seq=N" at RATE a
second (0: at once), each followed by its EOE, then stdin kept open for
HOLD seconds (audisp-remote stops at end of file)."""
import sys
import time

n, rate = int(sys.argv[1]), float(sys.argv[2])
hold = float(sys.argv[3]) if len(sys.argv) > 3 else 3600
out = sys.stdout
start = time.time()
for i in range(1, n + 1):
    out.write("type=USER msg=audit(1700000000.%03d:%d): pid=1 uid=0 auid=0 ses=1 "
              "msg='op=test seq=%d res=success'\n" % (i % 1000, i, i))
    out.write("type=EOE msg=audit(1700000000.%03d:%d): \n" % (i % 1000, i))
    if rate:
        out.flush()
        delay = start + i / rate - time.time()
        if delay > 0:
            time.sleep(delay)
out.flush()
time.sleep(hold)
