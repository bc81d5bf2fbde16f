#!/usr/bin/env python3
# gen.py - writes report.log: one event or more of every kind an aureport
# report selects (AVC, account changes, logins and authentications that
# fail, anomalies and responses, MAC, crypto, integrity, virt, TTY,
# sockets, PARENT paths, relative paths, hex keys and values that need
# escaping, two nodes). Records are written as the kernel and the PAM /
# libvirt / sshd user-space writers lay them out; values are made up.
#
#   python3 tests/data/report/gen.py > tests/data/report/report.log
#   python3 tests/data/report/gen.py tty > tests/data/report/tty.log
#   python3 tests/data/report/gen.py arch > tests/data/report/arch.log
# (arch.log: -i's syscall names: i386 socketcall and ipc, an unknown
# number, no arch= at all; an unknown arch is left out: 3.0.9's -s
# --summary -i prints stray bytes for it)
# (tty.log: TTY keystrokes, every control byte and escape sequence whose
# name aureport --tty prints, odd and empty data)
import sys
BASE = 1796563900          # 12/06/26 13:31:40 UTC
NOUID = 4294967295
events = []


def ev(*records, node=None):
    events.append((records, node))


def sysc(sc, success, pid, auid, comm, exe, tty="(none)", key="(null)",
         uid=0, extra=""):
    return ("SYSCALL", "arch=c000003e syscall=%d success=%s exit=%d a0=3 "
            "a1=7ffd0000 a2=0 a3=0 items=1 ppid=1 pid=%d auid=%d uid=%d "
            "gid=0 euid=%d suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=%s "
            "ses=3 comm=%s exe=%s%s key=%s"
            % (sc, success, 0 if success == "yes" else -13, pid, auid, uid,
               uid, tty, comm, exe, extra, key))


def user(typ, pid, uid, auid, msg, ses=3):
    return (typ, "pid=%d uid=%d auid=%d ses=%d msg='%s'"
            % (pid, uid, auid, ses, msg))


# SELinux decisions, with and without a SYSCALL
ev(("AVC", 'avc:  denied  { read write } for  pid=1234 comm="httpd" '
    'name="shadow" dev="sda1" ino=123 '
    'scontext=system_u:system_r:httpd_t:s0 '
    'tcontext=system_u:object_r:shadow_t:s0 tclass=file permissive=0'),
   sysc(2, "no", 1234, NOUID, '"httpd"', '"/usr/sbin/httpd"', uid=48))
ev(("AVC", 'avc:  granted  { setenforce } for  pid=1 comm="load_policy" '
    'scontext=system_u:system_r:init_t:s0 '
    'tcontext=system_u:object_r:security_t:s0 tclass=security'))
ev(user("USER_AVC", 1, 0, NOUID, "avc:  received setenforce notice "
        "(enforcing=1)  exe=\"/usr/lib/systemd/systemd\" sauid=0 "
        "hostname=? addr=? terminal=?", ses=NOUID))
ev(user("USER_AVC", 1, 0, NOUID, "avc:  denied  { start } for auid=1000 "
        "uid=0 gid=0 path=\"/usr/lib/systemd/system/foo.service\" "
        "scontext=unconfined_u:unconfined_r:unconfined_t:s0 "
        "tcontext=system_u:object_r:systemd_unit_file_t:s0 tclass=service "
        "permissive=0  exe=\"/usr/lib/systemd/systemd\" sauid=0 "
        "hostname=? addr=? terminal=? ", ses=NOUID))
# logins and authentications, good and bad
ev(user("USER_LOGIN", 3000, 0, NOUID, 'op=login acct="alice" '
        'exe="/usr/sbin/sshd" hostname=? addr=10.0.0.7 terminal=sshd '
        'res=failed', ses=NOUID))
ev(user("USER_LOGIN", 3001, 0, 1000, 'op=login id=1000 '
        'exe="/usr/sbin/sshd" hostname=host.example addr=10.0.0.7 '
        'terminal=/dev/pts/0 res=success'))
ev(user("USER_AUTH", 3002, 0, NOUID, 'op=PAM:authentication grantors=? '
        'acct="mallory" exe="/usr/sbin/sshd" hostname=10.0.0.66 '
        'addr=10.0.0.66 terminal=ssh res=failed', ses=NOUID))
ev(user("USER_AUTH", 3003, 1000, 1000, 'op=PAM:authentication '
        'grantors=pam_unix exe="/usr/bin/sudo" hostname=? addr=? '
        'terminal=/dev/pts/1 res=success'))
ev(user("USER_ACCT", 3003, 1000, 1000, 'op=PAM:accounting '
        'grantors=pam_unix acct="alice" exe="/usr/bin/sudo" hostname=? '
        'addr=? terminal=/dev/pts/1 res=success'))
ev(user("GRP_AUTH", 3010, 1000, 1000, 'op=PAM:authentication acct="devs" '
        'exe="/usr/bin/newgrp" hostname=? addr=? terminal=pts/1 '
        'res=failed'))
# account changes
ev(user("USER_MGMT", 3004, 0, 1000, 'op=changing-user acct="bob" '
        'exe="/usr/sbin/usermod" hostname=vm addr=? terminal=pts/1 '
        'res=failed'))
ev(user("ADD_USER", 3005, 0, 1000, 'op=adding-user id=1005 '
        'exe="/usr/sbin/useradd" hostname=vm addr=? terminal=pts/1 '
        'res=success'))
ev(user("DEL_USER", 3006, 0, 1000, 'op=deleting-user id=1005 '
        'exe="/usr/sbin/userdel" hostname=vm addr=? terminal=pts/1 '
        'res=success'))
ev(user("ADD_GROUP", 3007, 0, 1000, 'op=adding-group acct="devs" '
        'exe="/usr/sbin/groupadd" id=1006 hostname=vm addr=? '
        'terminal=pts/1 res=success'))
ev(user("DEL_GROUP", 3008, 0, 1000, 'op=deleting-group acct="devs" '
        'exe="/usr/sbin/groupdel" id=1006 hostname=vm addr=? '
        'terminal=pts/1 res=success'))
ev(user("GRP_MGMT", 3009, 0, 1000, 'op=changing-group acct="devs" '
        'exe="/usr/sbin/groupmod" id=1006 hostname=vm addr=? '
        'terminal=pts/1 res=success'))
ev(user("USER_CHAUTHTOK", 3011, 0, 1000, 'op=PAM:chauthtok '
        'grantors=pam_unix acct="alice" exe="/usr/bin/passwd" hostname=vm '
        'addr=? terminal=pts/1 res=success'))
ev(user("ROLE_ASSIGN", 3012, 0, 1000, 'op=semanage-role '
        'acct="alice" exe="/usr/sbin/semanage" hostname=? addr=? '
        'terminal=pts/1 res=success'))
# configuration
ev(("CONFIG_CHANGE", 'auid=1000 ses=3 op=remove_rule key="k1" list=4 '
    'res=0'))
ev(user("USYS_CONFIG", 1, 0, NOUID, 'op=set-time exe="/usr/bin/date" '
        'hostname=? addr=? terminal=pts/0 res=success', ses=NOUID))
ev(("NETFILTER_CFG", 'table=filter family=2 entries=4 op=xt_register '
    'pid=1 subj=unconfined comm="iptables"'))
ev(("FEATURE_CHANGE", 'feature=loginuid_immutable old=0 new=1 '
    'old_lock=0 new_lock=0 res=1'))
# anomalies and responses
ev(("ANOM_ABEND", 'auid=1000 uid=1000 gid=1000 ses=3 subj=unconfined '
    'pid=4321 comm="crashy" exe="/usr/bin/crashy" sig=11 res=1'))
ev(("ANOM_PROMISCUOUS", 'dev=eth0 prom=256 old_prom=0 auid=1000 uid=0 '
    'gid=0 ses=3'))
ev(("SECCOMP", 'auid=1000 uid=1000 gid=1000 ses=3 subj=unconfined '
    'pid=555 comm="chrome" exe="/opt/chrome/chrome" sig=31 '
    'arch=c000003e syscall=41 compat=0 ip=0x7f0000 code=0x0'))
ev(user("ANOM_LOGIN_FAILURES", 700, 0, NOUID, 'op=max-failed-logins '
        'acct="bob" exe="/usr/sbin/sshd" hostname=? addr=10.0.0.9 '
        'terminal=ssh res=success', ses=NOUID))
ev(user("RESP_ACCT_LOCK", 701, 0, NOUID, 'op=lock acct="bob" '
        'exe="/usr/sbin/faillock" hostname=? addr=? terminal=? '
        'res=success', ses=NOUID))
# MAC
ev(("MAC_POLICY_LOAD", 'auid=4294967295 ses=4294967295 lsm=selinux '
    'res=1'))
ev(("MAC_STATUS", 'enforcing=1 old_enforcing=0 auid=0 ses=1 enabled=1 '
    'old-enabled=1 lsm=selinux res=1'))
ev(user("USER_ROLE_CHANGE", 800, 0, 1000, 'pam: '
        'default-context=user_u:user_r:user_t:s0 '
        'selected-context=user_u:user_r:user_t:s0 exe="/usr/bin/newrole" '
        'hostname=? addr=? terminal=/dev/pts/1 res=success'))
# crypto
ev(user("CRYPTO_KEY_USER", 900, 0, NOUID, 'op=destroy kind=server '
        'fp=SHA256:ab direction=? spid=900 suid=0  exe="/usr/sbin/sshd" '
        'hostname=? addr=10.0.0.9 terminal=? res=success', ses=NOUID))
ev(user("CRYPTO_SESSION", 901, 0, NOUID, 'op=start '
        'direction=from-server cipher=aes256-gcm ksize=256 mac=<implicit> '
        'pfs=curve25519-sha256 spid=902 suid=74 rport=22 laddr=10.0.0.1 '
        'lport=22  exe="/usr/sbin/sshd" hostname=? addr=10.0.0.9 '
        'terminal=? res=success', ses=NOUID))
# integrity
ev(("INTEGRITY_DATA", 'pid=1000 uid=0 auid=0 ses=1 subj=unconfined '
    'op=appraise_data cause=invalid-hash comm="cat" name="/etc/x" '
    'dev="sda1" ino=5 res=0 errno=0'))
ev(("INTEGRITY_RULE", 'file="/usr/bin/x" hash="sha256:00" ppid=1 '
    'pid=1001 auid=0 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 '
    'fsgid=0 tty=pts0 ses=1 comm="x" exe="/usr/bin/x"'))
# virtualization
ev(user("VIRT_CONTROL", 1100, 0, NOUID, 'virt=kvm op=start reason=booted '
        'vm="guest1" uuid=1234-5678 vm-pid=1200 exe="/usr/sbin/libvirtd" '
        'hostname=? addr=? terminal=? res=success', ses=NOUID))
ev(user("VIRT_RESOURCE", 1100, 0, NOUID, 'virt=kvm resrc=disk '
        'reason=start vm="guest1" uuid=1234-5678 old-disk="?" '
        'new-disk="/var/lib/libvirt/images/g.qcow2" '
        'exe="/usr/sbin/libvirtd" hostname=? addr=? terminal=? '
        'res=success', ses=NOUID))
ev(user("VIRT_MACHINE_ID", 1100, 0, NOUID, 'virt=kvm vm="guest1" '
        'uuid=1234-5678 vm-ctx=+107:+107 img-ctx=+107:+107 model=dac '
        'exe="/usr/sbin/libvirtd" hostname=? addr=? terminal=? '
        'res=success', ses=NOUID))
# keystrokes
ev(("TTY", 'tty pid=2000 uid=1000 auid=1000 ses=3 major=136 minor=1 '
    'comm="bash" data=6C730D'))
ev(("USER_TTY", "pid=2001 uid=1000 auid=1000 ses=3 msg='data=6C730D'"))
# sockets and hosts
ev(sysc(42, "yes", 5000, 1000, '"curl"', '"/usr/bin/curl"', tty="pts1"),
   ("SOCKADDR", "saddr=020000500A0000320000000000000000"))
ev(sysc(42, "no", 5001, 1000, '"curl"', '"/usr/bin/curl"', tty="pts1"),
   ("SOCKADDR", "saddr=0A0000500000000020010DB8000000000000000000000001"
    "00000000"))
ev(sysc(42, "yes", 5002, 1000, '"nc"', '"/usr/bin/nc.openbsd"', tty="pts1"),
   ("SOCKADDR", "saddr=01002F746D702F736F636B00"))
ev(("DAEMON_ACCEPT", 'addr=10.0.0.50 port=5000 res=success'))
ev(("DAEMON_CLOSE", 'addr=10.0.0.50 port=5000 res=success'))
ev(("NETFILTER_PKT", 'mark=0 saddr=10.0.0.77 daddr=10.0.0.1 proto=6'))
# paths: PARENT first, relative to a CWD, hex names; keys in hex
ev(sysc(257, "yes", 6000, 1000, '"touch"', '"/usr/bin/touch"', tty="pts1",
        key="6B31016B32"),
   ("CWD", 'cwd="/home/alice"'),
   ("PATH", 'item=0 name="/tmp/" inode=1 dev=08:01 mode=041777 ouid=0 '
    'ogid=0 rdev=00:00 nametype=PARENT cap_fp=0'),
   ("PATH", 'item=1 name="/tmp/new" inode=2 dev=08:01 mode=0100644 '
    'ouid=1000 ogid=1000 rdev=00:00 nametype=CREATE cap_fp=0'))
ev(sysc(2, "no", 6001, 1000, '"cat"', '"/usr/bin/cat"', tty="pts1",
        key='"secret"'),
   ("CWD", 'cwd="/home/alice"'),
   ("PATH", 'item=0 name="./notes" inode=3 dev=08:01 mode=0100600 '
    'ouid=0 ogid=0 rdev=00:00 nametype=NORMAL cap_fp=0'))
ev(sysc(59, "yes", 6002, 1000, '6D7920636F6D6D',
        '2F746D702F6120622409', tty="pts1", key='"exec"'),
   ("PATH", 'item=0 name=2F746D702F612062 inode=4 dev=08:01 '
    'mode=0100755 ouid=0 ogid=0 rdev=00:00 nametype=NORMAL cap_fp=0'))
# two nodes
ev(sysc(59, "yes", 7000, 1000, '"ls"', '"/usr/bin/ls"', tty="pts2",
        key='"exec"'), node="alpha")
ev(sysc(59, "no", 7001, 1001, '"ls"', '"/usr/bin/ls"', tty="pts3",
        key='"exec"'), node="beta")
ev(user("USER_LOGIN", 7002, 0, 1001, 'op=login id=1001 '
        'exe="/usr/sbin/sshd" hostname=gamma.example addr=10.0.0.8 '
        'terminal=/dev/pts/3 res=success'), node="gamma")

TTY_SEQS = [b"ls\r", b"a\x01b" + bytes(range(2, 0x20)), b"\x7fx\"y\\z",
            b"caf\xc3\xa9 \x80\xff", b"\x00a", b"", b"\x1b[1;5C\x1b\x1b"]
for esc in ("[A [B [C [D [H [F [1~ [2~ [3~ [4~ [5~ [6~ [7~ [8~ OA OB OC OD "
            "OH OF OP OQ OR OS [11~ [12~ [13~ [14~ [15~ [16~ [17~ [18~ "
            "[19~ [20~ [21~ [22~ [23~ [24~ [25~ [26~ [28~ [29~ [31~ [32~ "
            "[33~ [34~ [[A [[B [[C [[D [[E [P [Q [R [S [E OE [G OM [Z "
            "[2;5~ [1;2A Ot Ou Ov Ol Om On Op Oq Or Os Ow Ox Oy Oo [200~"
            ).split():
    TTY_SEQS.append(b"\x1b" + esc.encode() + b"x")
if sys.argv[1:] == ["tty"]:
    events = []
    for s in TTY_SEQS:
        ev(("TTY", 'tty pid=2000 uid=1000 auid=1000 ses=3 major=136 '
            'minor=1 comm="bash" data=%s' % s.hex().upper()))
    ev(("TTY", 'tty pid=2000 uid=1000 auid=1000 ses=3 major=136 minor=1 '
        'comm="bash" data=6C73 0D'))
    ev(("TTY", 'tty pid=2000 uid=1000 auid=1000 ses=3 major=136 minor=1 '
        'comm="bash" data=6C7'))
    ev(("USER_TTY", "pid=2001 uid=1000 auid=1000 ses=3 data=6C730D"))

if sys.argv[1:] == ["arch"]:
    events = []
    for arch, sc, comm in (("40000003", 102, "nc"), ("40000003", 117, "ipcs"),
                           ("c000003e", 9999, "x"), ("c000003e", 59, "y"),
                           ("40000003", 11, "y"), (None, 1, "z")):
        rec = sysc(sc, "no", 10, 1000, '"%s"' % comm, '"/usr/bin/%s"' % comm)
        if arch is None:
            rec = (rec[0], rec[1].replace("arch=c000003e ", ""))
        else:
            rec = (rec[0], rec[1].replace("c000003e", arch))
        ev(rec)

for i, (records, node) in enumerate(events):
    stamp = "%d.%03d:%d" % (BASE + i, (i * 37) % 1000, 500 + i)
    for typ, body in records:
        pre = "node=%s " % node if node else ""
        print("%stype=%s msg=audit(%s): %s" % (pre, typ, stamp, body))
