#!/usr/bin/env python3
"""diff-fuzz.py - random records through vigil and through Debian's libauparse.

Builds auparse-oracle.c (the real libauparse driven like auditd 3.0.9) and
vigil-format.c (format_record() from build/libvigil.a; run `make
build/libvigil.a` first), feeds both the same random records in RAW,
ENRICHED and ENRICHED+node mode and reports every line that differs.
Records that make libauparse itself crash (a TRUSTED_APP record with a
malformed key= does; auditd 3.0.9 would die on it) are dropped and counted.
usage: diff-fuzz.py [seed] [records]       (run from the repository root)
"""
import os
import random
import struct
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, '..', '..', '..'))
R = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
N = int(sys.argv[2]) if len(sys.argv) > 2 else 3000

types=[1300,1300,1300,1302,1306,1306,1309,1121,1400,1107,1324,1116,1117,1132,1114,1115,1102,1112,1100,1326,1334,1999,1200,1203,1327,1305,3000,70000,1005]
kinds=['auid','uid','euid','suid','fsuid','ouid','oauid','old-auid','iuid','id','inode_uid','sauid','obj_uid','gid','egid','sgid','fsgid','ogid','igid','inode_gid','new_gid','obj_gid','syscall','arch','saddr','a0','a1','node','type','key','msg','acct','pid','exe','comm']
ids=['0','1','2','7','12','33','1000','12345','65534','4294967295','4294967294','-1','-5','4294967296','99999999999999999999','?','abc','(none)','(null)','0x10','+7','']
def hexs(b): return b.hex().upper() if R.random()<0.8 else b.hex()
def saddr():
    fam=R.choice([0,1,1,2,2,3,4,8,9,10,10,16,16,17,27,44,45,300])
    n=R.choice([0,1,2,3,4,6,8,10,12,14,16,20,28,30,110,120])
    body=bytes(R.choice([0,0x41,0x2f,0x61,R.randrange(256)]) for _ in range(n))
    if fam==10 and n>=26 and R.random()<0.7:
        body=bytes([0,22,0,0,0,0])+R.choice([bytes(15)+b'\x01',bytes([0xfe,0x80])+bytes(13)+b'\x01',bytes(10)+b'\xff\xff\x7f\x00\x00\x01',bytes([0x20,1,0xd,0xb8])+bytes(11)+b'\x05'])+R.choice([bytes(4),b'\x01\x00\x00\x00',b'\x02\x00\x00\x00',b'\x63\x00\x00\x00'])+body[26:]
    if fam==8 and n<6: n=6; body=body+bytes(6)
    h=hexs(struct.pack('<H',fam)+body)
    r=R.random()
    if r<0.05: h=h[:-1]
    elif r<0.08: h+='XYZ'
    elif r<0.1: h=R.choice(['0','zz','(null)','"abc"','()','0G'])
    return h
def value(name):
    if name in ('arch',): return R.choice(['c000003e','40000003','c00000b7','40000028','80000015','c0000015','14','16','80000016','28','12345','zz','0x40000003','fffffffffffffffffffff','4000000000003'])
    if name=='syscall': return str(R.choice([0,1,2,42,59,102,117,300,449,9999,-5]))
    if name=='a0': return R.choice(['0','1','3','b','15','ffffffff','fffffffffffffffffffff','zz','100000001'])
    if name=='saddr': return saddr()
    if name=='key': return R.choice(['"x"','(null)','01','41','4101420143','6162','0','zz',''])
    if name in ('node','type'): return R.choice(['vm','SYSCALL','x'])
    return R.choice(ids)
def punct(v):
    r=R.random()
    if r<0.05: return v+R.choice([',',':',"'",')',"')",'),',':,'])
    if r<0.07: return '"'+v+'"'
    return v
def field():
    r=R.random()
    if r<0.05: return R.choice(['avc:','denied','{','read','}','for','xavc:','{read}','granted'])
    n=R.choice(kinds)
    pre=R.choice(['']*20+['(','((',"msg='",'msg=',"msg='x "])
    return pre+n+'='+punct(value(n))
def payload():
    ts=R.choice(['audit(1795255208.748:737): ']*10+['audit(1.000:6) ','audit(0.000:1): ','audit(5.1000:1): ','audit(10.00:12): ','','lost ','audit(1.000:x): '])
    nf=R.choice([0,1,2,3,5,8,12,20,30])
    fs=[field() for _ in range(nf)]
    # positional-friendly layouts
    if R.random()<0.3:
        fs=['arch='+value('arch'),'syscall='+value('syscall'),'success=yes','exit=0','a0='+value('a0'),'a1=0']+fs
    s=' '.join(fs)
    if R.random()<0.1: s+=R.choice([' ','  ','\n',' \n','\n\n'])
    if R.random()<0.05: s=s.replace(' ','\n',1)
    if R.random()<0.05: s+=' \x1d'+R.choice(['UID="bob" AUID=zz','SADDR={ fake }','SYSCALL=unknown-syscall(5) ARCH=x','uid=41 gid="x','UID=00414243','SADDR=nobrace'])
    if R.random()<0.03: s=s[:len(s)//2]+'\x00'+s[len(s)//2:]
    if R.random()<0.03: s+=' '+' '.join('uid='+R.choice(ids) for _ in range(R.randrange(500,1500)))
    if R.random()<0.02: s+=' a='+'x'*R.randrange(8000,9500)
    return (ts+s).encode("latin1")[:R.choice([8970,8970,8969,8940,8936,8937,8938])]


def blob(recs):
    return b''.join(struct.pack('=II', t, len(p)) + p for t, p in recs)


def run(prog, args, recs):
    r = subprocess.run([prog] + args, input=blob(recs), capture_output=True)
    out, d, i = [], r.stdout, 0
    while i + 4 <= len(d):
        n = struct.unpack_from('=I', d, i)[0]
        if i + 4 + n > len(d):
            break
        out.append(d[i + 4:i + 4 + n])
        i += 4 + n
    return r.returncode, out


def main():
    recs = [(R.choice(types), payload()) for _ in range(N)]
    with tempfile.TemporaryDirectory() as tmp:
        oracle = os.path.join(tmp, 'oracle')
        vigil = os.path.join(tmp, 'vigil')
        subprocess.check_call(['cc', '-O1', '-o', oracle, os.path.join(here, 'auparse-oracle.c'),
                               '/usr/lib/x86_64-linux-gnu/libauparse.so.0',
                               '/usr/lib/x86_64-linux-gnu/libaudit.so.1'])
        subprocess.check_call(['cc', '-O2', '-I', os.path.join(root, 'include'), '-o', vigil,
                               os.path.join(here, 'vigil-format.c'),
                               os.path.join(root, 'build', 'libvigil.a')])
        bad = crashes = 0
        for args in ([], ['-e'], ['-e', '-n', 'vm']):
            rs = [r for r in recs if r[0] != 1320]
            while True:
                rc, want = run(oracle, args + ['-f'], rs)
                if rc == 0 or len(want) >= len(rs):
                    break
                del rs[len(want)]
                crashes += 1
            rc, got = run(vigil, args, rs)
            for i, (w, g) in enumerate(zip(want, got)):
                if w != g:
                    bad += 1
                    if bad <= 5:
                        print('%s record %d type %d: %r' % (args, i, rs[i][0], rs[i][1][:200]))
                        print('  want %r' % w[-200:])
                        print('  got  %r' % g[-200:])
            if len(want) != len(got):
                bad += 1
                print('%s: %d lines wanted, %d got' % (args, len(want), len(got)))
    print('%d records x 3 modes: %d differences (%d dropped: libauparse crashed)'
          % (N, bad, crashes))
    return 1 if bad else 0


sys.exit(main())
