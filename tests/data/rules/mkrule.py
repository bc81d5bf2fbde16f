#!/usr/bin/env python3
"""mkrule.py - build raw kernel rules (struct audit_rule_data) from a small
text form, one per line, and print each as a line of hex for `listdump add`.
Used by regen.sh for rules auditctl itself cannot write (field ids it has
no name for, odd values, other lists); `auditctl -l` then shows how Debian
renders them.

Line form (blank lines and # comments skipped):
    LIST ACTION SYSCALLS [FIELD OP VALUE]...
LIST     user task exit exclude filesystem io_uring or a number
ACTION   never always or a number
SYSCALLS all | none | comma-separated numbers
FIELD    kernel field id (number)
OP       = != < > <= >= & &=
VALUE    a number (decimal, 0x hex, negative) or s:TEXT for a string
         field (Python escapes allowed: s:a\\x01b)
"""
import struct
import sys

LISTS = {"user": 0, "task": 1, "exit": 4, "exclude": 5, "filesystem": 6,
         "io_uring": 7}
ACTIONS = {"never": 0, "possible": 1, "always": 2}
OPS = {"&": 0x08000000, "<": 0x10000000, ">": 0x20000000, "!=": 0x30000000,
       "=": 0x40000000, "&=": 0x48000000, "<=": 0x50000000, ">=": 0x60000000}


def build(words):
    flags = LISTS.get(words[0]) if words[0] in LISTS else int(words[0], 0)
    action = ACTIONS.get(words[1]) if words[1] in ACTIONS else int(words[1], 0)
    mask = [0] * 64
    if words[2] == "all":
        mask = [0xffffffff] * 64
    elif words[2] != "none":
        for nr in words[2].split(","):
            nr = int(nr, 0)
            mask[nr // 32] |= 1 << (nr % 32)
    fields, values, fflags, buf = [], [], [], b""
    rest = words[3:]
    for i in range(0, len(rest), 3):
        fid, op, val = rest[i:i + 3]
        fields.append(int(fid, 0))
        fflags.append(OPS[op])
        if val.startswith("s:"):
            s = val[2:].encode().decode("unicode_escape").encode("latin-1")
            values.append(len(s))
            buf += s
        else:
            values.append(int(val, 0) & 0xffffffff)
    pad = [0] * (64 - len(fields))
    return struct.pack("=3I64I64I64I64II", flags, action, len(fields), *mask,
                       *(fields + pad), *(values + pad), *(fflags + pad),
                       len(buf)) + buf


for line in sys.stdin:
    words = line.split()
    if not words or words[0].startswith("#"):
        continue
    print(build(words).hex())
