#!/usr/bin/env python3
"""gen-synthetic.py - golden lines for records the capture did not contain.

Builds a fixed list of hand-made records (every sockaddr family auparse
knows, uid/gid corner values, the record types that change how fields are
read, positional arch/syscall rules, the RAW length caps and the ENRICHED
budget, text after an embedded 0x1D, ...), writes them to synthetic.rec and
runs them through auparse-oracle (Debian's libauparse 3.0.9 driven the way
auditd 3.0.9 drives it) to get synthetic.{raw,enr,enrhost}.log.  The user
and group names those lines contain come from this machine's passwd/group,
so names.txt records them; the unit test answers lookups from that file.
usage: gen-synthetic.py   (needs Debian's auditd/libauparse0 installed)
"""
import os
import struct
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
TS = 'audit(1700000000.123:4567): '


def rec(t, text):
    return (t, text.encode('latin1') if isinstance(text, str) else text)


def sa(fam, body=b''):
    return (struct.pack('<H', fam) + body).hex().upper()


cases = []
add = cases.append

# --- RAW shape ---
add(rec(1300, TS + 'arch=c000003e syscall=2 success=yes exit=3 a0=1 a1=2 a2=3 a3=4 items=1 ppid=1 pid=2 auid=1000 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=pts0 ses=3 comm="cat" exe="/usr/bin/cat" key=(null)'))
add(rec(1334, TS + 'prog-id=75 op=LOAD'))                  # BPF
add(rec(1338, TS + 'module=x op=y'))                       # uapi knows it, 3.0.9 not
add(rec(65535, TS + 'uid=0'))
add(rec(1100, TS + "pid=1 uid=0 auid=4294967295 ses=4294967295 msg='op=x res=success' "))   # one trailing space
add(rec(1100, TS + "pid=1 uid=0 msg='op=x'  "))            # two: only one goes
add(rec(1100, TS + "pid=1 uid=0 msg='op=x'\n"))            # newline at the end
add(rec(1100, TS + "pid=1 uid=0 msg='line1\nline2\n\nuid=7'"))
add(rec(1100, TS + "pid=1 uid=0 msg='before\x00after uid=7'"))   # %.*s stops at NUL
add(rec(1320, TS))                                          # EOE: no line
add(rec(1305, TS + 'op=set audit_pid=812 old=0 auid=4294967295 ses=4294967295 res=1'))

# --- uid/gid values ---
for v in ['0', '1', '7', '33', '1000', '65534', '12345', '4294967295', '4294967294',
          '-1', '-5', '4294967296', '4294967297', '99999999999999999999', '?', 'abc',
          '(none)', '12x', '+7', '0x10', '007', "1000'", '1000,', '1000:', '1000)',
          '"1000"']:
    add(rec(1300, TS + 'auid=%s uid=%s gid=%s ouid=%s ogid=%s' % (v, v, v, v, v)))
add(rec(1300, TS + 'uid= gid=0 uid=: gid=, euid=\' egid=) suid=\')'))
add(rec(1300, TS + 'oauid=1 old-auid=2 iuid=7 inode_uid=33 sauid=1000 obj_uid=65534 '
        'igid=1 inode_gid=2 new_gid=7 obj_gid=12 sgid=33 fsgid=65534 id=1000'))

# --- record types that read fields differently ---
add(rec(1121, TS + "pid=1 uid=0 auid=1000 ses=1 msg='op=x uid=0 id=0 arch=c000003e saddr=0200'"))
add(rec(1309, TS + 'argc=3 a0="ls" a1="-l" auid=1000 arch=c000003e uid=0 a2_len=5'))
add(rec(1400, TS + 'avc:  denied  { read } for  pid=1 comm="x" saddr=0200AAAA7F000001 uid=0 scontext=a tcontext=b tclass=file permissive=0'))
add(rec(1324, TS + 'mark=0x1 saddr=10.0.0.1 daddr=10.0.0.2 proto=6 uid=0'))
add(rec(1112, TS + "pid=1 uid=0 auid=4294967295 ses=4294967295 msg='op=login id=1000 exe=\"/usr/sbin/sshd\" hostname=h addr=10.1.2.3 terminal=ssh res=success'"))
for t in (1114, 1115, 1102):
    add(rec(t, TS + "pid=1 uid=0 auid=0 ses=1 msg='op=adding-user id=65534 exe=\"/usr/sbin/useradd\" acct=\"nobody\" res=success'"))
for t in (1116, 1117, 1132):
    add(rec(t, TS + "pid=1 uid=0 auid=0 ses=1 msg='op=add-group id=65534 exe=\"/usr/sbin/groupadd\" acct=\"nogroup\" res=success'"))
add(rec(1107, TS + "pid=1 uid=0 auid=4294967295 ses=4294967295 msg='avc:  denied  { status } for auid=0 uid=0 gid=0 cmdline=\"x\" scontext=a tcontext=b tclass=system exe=\"/x\" sauid=0 hostname=? addr=? terminal=?'"))
add(rec(1400, TS + 'avc: X syscall=2'))                     # seresult shifts positions
add(rec(1400, TS + 'avc:  denied  { ' + ' '.join('p%03d' % i for i in range(40)) + ' } for uid=0'))  # too long: not enriched

# --- SYSCALL and ARCH ---
for arch, nr, a0 in [('c000003e', 59, '0'), ('c000003e', 449, '0'), ('c000003e', 9999, '0'),
                     ('40000003', 11, '0'), ('40000003', 64, '0'),
                     ('40000003', 102, '3'), ('40000003', 102, '12'), ('40000003', 102, '0'),
                     ('40000003', 102, 'ffffffff'), ('40000003', 117, '1'), ('40000003', 117, '23'),
                     ('40000003', 117, '5'), ('c00000b7', 56, '0'), ('40000028', 1, '0'),
                     ('80000015', 5, '0'), ('c0000015', 102, '3'), ('14', 102, '3'),
                     ('80000016', 5, '0'), ('16', 102, '3'), ('28', 1, '0'), ('c0000032', 1, '0'),
                     ('zz', 1, '0'), ('fffffffffffffffffffff', 1, '0'), ('0x40000003', 11, '0')]:
    add(rec(1300, TS + 'arch=%s syscall=%d success=yes exit=0 a0=%s a1=0 a2=0 a3=0 items=0 ppid=1 pid=2 auid=0 uid=0' % (arch, nr, a0)))
add(rec(1300, TS + 'arch=c000003e syscall=abc success=yes exit=0 a0=0'))
add(rec(1300, TS + 'arch=c000003e syscall=-5 success=yes exit=0 a0=0'))
add(rec(1300, TS + 'x=1 arch=40000003 syscall=102 success=yes exit=0 a0=3'))   # not positional
add(rec(1300, TS + 'key=01 arch=40000003 syscall=102 success=yes exit=0 a0=3'))  # key list of 0 keys
add(rec(1300, TS + 'key=41014201 arch=40000003 syscall=102 success=yes exit=0 a0=3'))
add(rec(1300, TS + 'arch=c000003e syscall=1 arch=40000003 syscall=1 a0=1'))
add(rec(1326, TS + 'auid=0 uid=0 gid=0 ses=1 subj=unconfined pid=5 comm="x" exe="/x" sig=31 arch=40000003 syscall=102 compat=1 ip=0x0 code=0x80000000'))
add(rec(1326, TS + 'auid=0 uid=0 gid=0 ses=1 pid=5 comm="x" exe="/x" sig=31 arch=c000003e syscall=2 compat=0 ip=0x0 code=0x80000000'))
add(rec(1300, TS + 'arch=c000003e, syscall=59: success=yes exit=0 a0=3\' a1=0'))

# --- SOCKADDR: every family, and the length rules ---
for fam in list(range(0, 47)) + [255, 4096, 65535]:
    add(rec(1306, TS + 'saddr=' + sa(fam, bytes(30))))
add(rec(1306, TS + 'saddr=' + sa(1, b'/run/x.sock\x00garbage')))
add(rec(1306, TS + 'saddr=' + sa(1, b'/tmp')))                      # no NUL
add(rec(1306, TS + 'saddr=' + sa(1, b'\x00abstract-name')))
add(rec(1306, TS + 'saddr=' + sa(1, b'/' + b'p' * 120)))           # %.108s
add(rec(1306, TS + 'saddr=' + sa(1, b'\x00' + b'q' * 120)))
add(rec(1306, TS + 'saddr=' + sa(1, b'A')))                        # too short
add(rec(1306, TS + 'saddr=' + sa(1, b'AB')))
add(rec(1306, TS + 'saddr=' + sa(2, struct.pack('>H', 22) + bytes([192, 168, 1, 20]) + bytes(8))))
add(rec(1306, TS + 'saddr=' + sa(2, struct.pack('>H', 65535) + bytes([255, 255, 255, 255]))))
add(rec(1306, TS + 'saddr=' + sa(2, bytes(13))))                   # 15 bytes: too short
for addr in ['00000000000000000000000000000001', '20010DB8000000000000000000000001',
             '00000000000000000000FFFF7F000001', '00000000000000000000000000000000',
             'FF050000000000000000000000000001']:
    add(rec(1306, TS + 'saddr=' + sa(10, struct.pack('>H', 443) + bytes(4) + bytes.fromhex(addr) + bytes(4))))
add(rec(1306, TS + 'saddr=' + sa(10, bytes(20))))                  # too short
add(rec(1306, TS + 'saddr=' + sa(16, struct.pack('<HII', 0, 1234, 1))))
add(rec(1306, TS + 'saddr=' + sa(16, bytes(8))))                   # too short
add(rec(1306, TS + 'saddr=' + sa(3, b'N0CALL\x00\x00\x00\x00\x00\x00')))
add(rec(1306, TS + 'saddr=' + sa(3, b'ABCDEFGH')))
add(rec(1306, TS + 'saddr=' + sa(8, struct.pack('<hhhi', 0, 7, 1, 32))))
add(rec(1306, TS + 'saddr=' + sa(8, struct.pack('<hhhi', 0, -5, 1, 32))))
add(rec(1306, TS + 'saddr=' + sa(9, b'12345678901234567890')))
add(rec(1306, TS + 'saddr=' + sa(9, b'123\x00')))
for v in ['0', '01', '010', '0G', 'zz', '(null)', '()', '"abc"', '01002F746D70XYZ',
          '01002F746D7', '01002f746d70', '0100414Z', '0200', '0200' + 'X' * 40]:
    add(rec(1306, TS + 'saddr=' + v))
add(rec(1306, TS + 'saddr=' + sa(2, struct.pack('>H', 80) + bytes([1, 2, 3, 4]) + bytes(8)) + ','))

# --- text after a 0x1D already in the record (user messages can carry one) ---
add(rec(1100, TS + "pid=1 uid=0 auid=1000 ses=1 msg='op=x acct=\"a\x1dUID=\"bob\" AUID=zz' uid=1000"))
add(rec(1100, TS + "pid=1 uid=0 auid=1000 msg='x\x1dAUID=00414243 UID=\"unterminated'"))
add(rec(1100, TS + "pid=1 uid=0 auid=1000 msg='x\x1dUID=(abc)def AUID=4'"))
add(rec(1306, TS + "saddr=0200 \x1dSADDR={ injected } tail"))
add(rec(1306, TS + "saddr=0200 \x1dSADDR=no-brace"))
add(rec(1300, TS + "arch=c000003e syscall=2 \x1dSYSCALL=unknown-syscall(5) ARCH=fake"))
add(rec(1100, TS + "pid=1 \x1duid=0 auid=1000"))

# --- how fields are split out of the text ---
add(rec(1300, TS + "msg=abc uid=0 msg='uid=0 msg='gid=0 (uid=0 ((gid=0 msg= msg='x"))
add(rec(1300, TS + "uid=0, gid=0: auid=0' euid=0) egid=0)) suid=(none) sgid=(null) fsuid=0,:"))
add(rec(1300, TS + "  uid=7   gid=7\tx=1 gid=\t7"))

# --- timestamps auparse refuses (no enrichment at all) ---
for ts in ['audit(1.000:6) ', 'audit(0.000:5): ', 'audit(5.1000:1): ', 'audit(1.0:6): ',
           'audit( 1.000:6): ', 'audit(99999999999999999999.000:6): ', 'xaudit(1.000:6): ',
           'audit(10.:1234): ', 'audit(1.000:x): ', 'lost ', '']:
    add(rec(1300, ts + 'uid=0 auid=1000'))

# --- auditd's own records ---
for t, text in [
        (1200, 'op=start ver=3.0.9 format=enriched kernel=6.1.0-13-amd64 auid=4294967295 pid=812 uid=0 ses=4294967295 subj=system_u:system_r:auditd_t:s0 res=success'),
        (1201, 'op=terminate auid=0 uid=0 ses=4294967295 pid=2358 res=success'),
        (1201, 'op=terminate auid=-1 uid=-1 ses=-1 pid=-1 subj=? res=success'),
        (1202, 'op=set-pid auid=4294967295 pid=812 uid=0 ses=4294967295 res=failed'),
        (1203, 'op=reconfigure state=changed auid=0 pid=2358 subj=? res=success'),
        (1203, 'op=reconfigure state=no-change auid=-1 pid=-1 subj=? res=failed'),
        (1205, 'op=rotate-logs auid=0 uid=0 ses=4294967295 pid=2358 res=success'),
        (1206, 'op=resume-logging auid=-1 pid=-1 subj=? res=success'),
        (1207, 'addr=10.0.0.5 port=60 res=success'),
        (1208, 'addr=10.0.0.5 port=60 res=success'),
        (1209, 'op=format-raw msg=NULL res=failed')]:
    add(rec(t, 'audit(1700000000.456:%d): %s' % (len(cases), text)))

# --- lengths: RAW caps, the stored cap, and the ENRICHED budget ---
def filled(total, tail='', t=1300):
    head = TS + 'uid=0 a='
    return rec(t, head + 'x' * (total - len(head) - len(tail)) + tail)

for n in (8900, 8920, 8925, 8926, 8927, 8930, 8940, 8970):
    add(filled(n, ' gid=1000'))
add(filled(8970, ' ', t=1100))
add(filled(8924, ' saddr=' + sa(2, bytes(14))))
for n in (8840, 8880, 8900, 8905, 8910, 8915):
    add(filled(n, ' ' + ' '.join(['uid=1000'] * 12)))
many = ' '.join(['uid=1000', 'gid=65534', 'auid=4294967295', 'saddr=' + sa(1, b'/run/a')] * 200)
add(rec(1300, (TS + many)[:8970]))
for n in (8700, 8800, 8850, 8870, 8890):
    add(filled(n, ' ' + ' '.join(['ouid=65534'] * 20)))

with tempfile.TemporaryDirectory() as tmp:
    oracle = os.path.join(tmp, 'auparse-oracle')
    subprocess.check_call(['cc', '-O1', '-o', oracle, os.path.join(here, 'auparse-oracle.c'),
                           '/usr/lib/x86_64-linux-gnu/libauparse.so.0',
                           '/usr/lib/x86_64-linux-gnu/libaudit.so.1'])
    blob = b''.join(struct.pack('<II', t, len(p)) + p for t, p in cases)
    for p in [p for t, p in cases]:
        assert len(p) <= 8970
    with open(os.path.join(here, 'synthetic.rec'), 'wb') as f:
        f.write(blob)
    for name, args in (('raw', []), ('enr', ['-e']), ('enrhost', ['-e', '-n', 'vm'])):
        out = subprocess.run([oracle] + args, input=blob, check=True,
                             capture_output=True).stdout
        lines = out.split(b'\n')[:-1]
        want = sum(1 for t, p in cases if t != 1320)
        if len(lines) != want:
            sys.exit('%s: %d lines for %d records (a newline inside a line?)' %
                     (name, len(lines), want))
        with open(os.path.join(here, 'synthetic.%s.log' % name), 'wb') as f:
            f.write(out)

# names the lines above use, as this machine's NSS answers them
ids = set()
for t, p in cases:
    for tok in p.replace(b"'", b' ').split():
        if b'=' in tok:
            v = tok.split(b'=', 1)[1].strip(b'",:\')')
            if v.isdigit() and int(v) < 4294967295:
                ids.add(int(v))
ids |= {0, 1, 7, 12, 33, 1000, 12345, 65534}
with open(os.path.join(here, 'names.txt'), 'w') as f:
    f.write('# uid/gid -> name as this machine\'s passwd/group had them when the\n'
            '# golden lines were made (ids missing here had no entry).\n')
    for kind, db in (('uid', 'passwd'), ('gid', 'group')):
        for i in sorted(ids):
            r = subprocess.run(['getent', db, str(i)], capture_output=True, text=True)
            if r.returncode == 0 and r.stdout:
                f.write('%s %d %s\n' % (kind, i, r.stdout.split(':')[0]))
print('%d synthetic records' % len(cases))
