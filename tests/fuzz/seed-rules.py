#!/usr/bin/env python3
"""seed-rules.py - regenerate tests/fuzz/corpus/rules, the seeds of fuzz_rules.

Each seed is a small rules file: the lines of
tests/data/rules/compile/cases.txt eight at a time (lines over 300 bytes
left out), and each example rule file of Debian's auditd package as it is.
usage: tests/fuzz/seed-rules.py   (from the top of the tree)
"""
import glob
import os
import shutil

out = "tests/fuzz/corpus/rules"
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
lines = [l.rstrip("\n") for l in open("tests/data/rules/compile/cases.txt", encoding="latin-1")
         if l.strip() and not l.startswith("#") and len(l) <= 300]
for n in range(0, len(lines), 8):
    with open("%s/cases-%03d" % (out, n // 8), "w", encoding="latin-1") as f:
        f.write("\n".join(lines[n:n + 8]) + "\n")
for i, path in enumerate(sorted(glob.glob("/usr/share/doc/auditd/examples/rules/*.rules"))):
    shutil.copy(path, "%s/example-%02d" % (out, i))
