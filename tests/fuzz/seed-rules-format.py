#!/usr/bin/env python3
"""seed-rules-format.py: (re)write the seed corpus of fuzz_rules_format
from the golden kernel rules of tests/data/rules/list/*.hex (what the
kernel returned for auditctl's rules, the raw rules and the shipped
examples).

corpus/rules_format/  fuzz_rules_format.c's layout: an option byte (bit 0
                      -l -i, bit 1 a small output buffer), then rules as
                      { u16 length (LE), payload }: the first three rules
                      of each set, in listing order, the option byte
                      cycling (a rule is about 1 KiB: the corpus stays
                      small, the fuzzer finds the rest)."""
import glob
import hashlib
import os
import shutil
import struct

top = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
out = os.path.join(top, 'tests', 'fuzz', 'corpus', 'rules_format')
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
n = 0
for path in sorted(glob.glob(os.path.join(top, 'tests', 'data', 'rules',
                                          'list', '*.hex'))):
    rules = [bytes.fromhex(l) for l in open(path).read().split()]
    seed = bytes([n % 4]) + b''.join(struct.pack('<H', len(r)) + r
                                      for r in rules[:3])
    with open(os.path.join(out, hashlib.sha1(seed).hexdigest()), 'wb') as w:
        w.write(seed)
    n += 1
print('%d seeds in %s' % (n, out))
