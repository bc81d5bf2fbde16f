#!/usr/bin/env python3
"""interp-diff.py - check src/lib/record/interp-args.c (interp_syscall_arg) against
Debian's libauparse.so.0 on random arguments of every syscall of the
x86_64, i386 and aarch64 tables: each (syscall, argument, value, a0, a1)
goes to interp-oracle.c and to interp-vigil.c, and every answer that
differs is printed.  Run it after touching interp-args.c or regenerating
interp-tables.h (gen-interp.py); it needs build/libvigil.a, a C compiler
and the libauparse0/libaudit1 packages.

usage: tests/data/rules/interp-diff.py [seed] [values-per-argument]
"""
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
LIBDIR = "/usr/lib/x86_64-linux-gnu"
MACHINES = {"x86_64": 1, "i386": 0, "aarch64": 9}


def build(tmp):
    oracle = os.path.join(tmp, "oracle")
    vigil = os.path.join(tmp, "vigil")
    subprocess.run(["cc", "-o", oracle, os.path.join(HERE, "interp-oracle.c"),
                    LIBDIR + "/libauparse.so.0", LIBDIR + "/libaudit.so.1"],
                   check=True)
    subprocess.run(["cc", "-I" + os.path.join(TOP, "include"), "-o", vigil,
                    os.path.join(HERE, "interp-vigil.c"),
                    os.environ.get("VIGIL_LIB", os.path.join(TOP, "build", "libvigil.a"))], check=True)
    return oracle, vigil


def values(rng, n):
    out = [0, 1, 2, 3, 0x40, 0x41, 0x1a4, 0xffffffff, 0x80000000]
    while len(out) < n:
        r = rng.random()
        if r < 0.3:
            out.append(rng.randrange(0, 64))
        elif r < 0.5:
            out.append(1 << rng.randrange(32))
        elif r < 0.7:
            out.append(rng.getrandbits(rng.choice((8, 12, 16))))
        else:
            out.append(rng.getrandbits(32))
    return out


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    per_arg = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    rng = random.Random(seed)
    contexts = [0, 1, 2, 6, 8, 17, 23, 24, 41, 0x40, 263, 0x42, 0xffffffff]
    lines = []
    for arch, machine in MACHINES.items():
        dump = subprocess.run(["ausyscall", arch, "--dump"], check=True,
                              capture_output=True, text=True).stdout
        for row in dump.splitlines()[1:]:
            nr = int(row.split("\t")[0])
            for argn in range(4):
                for v in values(rng, per_arg):
                    lines.append("%d %d %d %x %x %x" % (
                        machine, nr, argn, v, rng.choice(contexts),
                        rng.choice(contexts)))
    text = "\n".join(lines) + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        oracle, vigil = build(tmp)
        want = subprocess.run([oracle], input=text, check=True,
                              capture_output=True, text=True).stdout.split("\n")
        got = subprocess.run([vigil], input=text, check=True,
                             capture_output=True, text=True).stdout.split("\n")
    bad = 0
    for q, w, g in zip(lines, want, got):
        if w != g:
            bad += 1
            if bad <= 50:
                print("%s\n  auparse: %s\n  vigil:   %s" % (q, w, g))
    print("%d of %d differ" % (bad, len(lines)))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
