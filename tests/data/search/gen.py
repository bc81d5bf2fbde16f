#!/usr/bin/env python3
"""Synthetic logs for the ausearch differential suite (tests/tools/ausearch-diff.sh):
the odd cases of the spec's event assembly and extraction, one file each.
Run from this directory to regenerate them; the expected answers are not
stored: the suite asks Debian's ausearch every time."""

T0 = 1796563879
SC = ('arch=c000003e syscall={nr} success={ok} exit={ex} a0=3 a1=7ffd a2=0 a3=0 items={items} '
      'ppid=1000 pid={pid} auid=1000 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 '
      'tty={tty} ses=3 comm="{comm}" exe="{exe}" key={key}')


def ts(off, milli, serial):
    return 'msg=audit(%d.%03d:%d):' % (T0 + off, milli, serial)


def syscall(off, milli, serial, nr=59, ok='yes', ex=0, items=1, pid=2000, tty='pts0',
            comm='cat', exe='/usr/bin/cat', key='"watch"'):
    return 'type=SYSCALL %s %s' % (ts(off, milli, serial), SC.format(
        nr=nr, ok=ok, ex=ex, items=items, pid=pid, tty=tty, comm=comm, exe=exe, key=key))


def path(off, milli, serial, name='"/etc/passwd"', item=0):
    return ('type=PATH %s item=%d name=%s inode=1 dev=08:01 mode=0100644 ouid=0 ogid=0 '
            'rdev=00:00 nametype=NORMAL cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0'
            % (ts(off, milli, serial), item, name))


def cwd(off, milli, serial, d='"/root"'):
    return 'type=CWD %s cwd=%s' % (ts(off, milli, serial), d)


def proctitle(off, milli, serial):
    return 'type=PROCTITLE %s proctitle=636174002F6574632F706173737764' % ts(off, milli, serial)


def eoe(off, milli, serial):
    return 'type=EOE %s ' % ts(off, milli, serial)


def user(off, milli, serial, typ='USER_LOGIN', res='success', acct='"alice"', host='10.0.0.5',
         term='/dev/pts/1', uid=0):
    return ("type=%s %s pid=3000 uid=%d auid=1000 ses=3 msg='op=login acct=%s exe=\"/usr/sbin/sshd\" "
            "hostname=%s addr=%s terminal=%s res=%s'" % (typ, ts(off, milli, serial), uid, acct, host,
                                                         host, term, res))


def write(name, lines, final_newline=True):
    with open(name, 'w', newline='') as f:
        f.write('\n'.join(lines) + ('\n' if final_newline else ''))


# late records: a PATH > 2 s after its SYSCALL, a PROCTITLE first
write('late.log', [
    syscall(0, 100, 10), cwd(0, 100, 10),
    syscall(3, 0, 11, nr=2, ex=3),
    path(0, 100, 10),
    proctitle(4, 0, 12), syscall(4, 0, 12, nr=257), path(4, 0, 12),
    syscall(9, 0, 13, nr=0), path(9, 0, 13, name='"/tmp/x"'),
])

# interleaved events and output order by time
write('interleaved.log', [
    syscall(1, 500, 21), syscall(1, 400, 20, nr=2, ok='no', ex=-2), path(1, 500, 21),
    path(1, 400, 20, name='"/nonexistent"'), cwd(1, 400, 20), cwd(1, 500, 21),
    user(1, 450, 22), syscall(0, 900, 19, nr=1), proctitle(1, 500, 21),
    syscall(5, 0, 23, nr=59), path(5, 0, 23, name='"./rel"'), cwd(5, 0, 23, '"/home/alice"'),
])

# EOE inside an event, a stray EOE
write('eoe.log', [
    syscall(0, 0, 30), path(0, 0, 30), eoe(0, 0, 30), proctitle(0, 0, 30),
    eoe(0, 0, 99), syscall(0, 1, 31, nr=2), eoe(0, 1, 31),
    syscall(3, 0, 32), eoe(3, 0, 32),
])

# multi-part EXECVE, hex fields
write('execve.log', [
    syscall(0, 0, 40, comm='sh', exe='/usr/bin/sh', key='6B657931016B657932'),
    'type=EXECVE %s argc=3 a0_len=20000 a0[0]="abc" a0[1]="def" a1="-c" a2=6C73202D6C' % ts(0, 0, 40),
    path(0, 0, 40, name='2F746D702F6865782066696C65'),
    syscall(1, 0, 41, comm='6D7920636F6D6D', exe='2F746D702F6D792065786521', key='(null)'),
    path(1, 0, 41, name='(null)'),
])

# blank lines, no final newline
write('blank.log', [
    '', syscall(0, 0, 50), '', path(0, 0, 50), '   ', 'garbage line', user(1, 0, 51),
    syscall(2, 0, 52, tty='(none)'),
], final_newline=False)

# 0x1D (ENRICHED) text
write('enriched.log', [
    syscall(0, 0, 60) + '\x1dARCH=x86_64 SYSCALL=execve AUID="alice" UID="root" GID="root" EUID="root"',
    path(0, 0, 60) + '\x1dOUID="root" OGID="root"',
    user(1, 0, 61) + '\x1dUID="root" AUID="alice"',
    'type=USER_CMD %s pid=1 uid=1000 auid=1000 ses=1 msg=\'cwd="/" cmd=6C73 exe="/usr/bin/sudo" '
    'terminal=pts/0 res=failed\'\x1dUID="alice" AUID="alice"' % ts(2, 0, 62),
])

# unknown types, odd timestamps
write('unknown.log', [
    'type=UNKNOWN[1999] %s foo=bar' % ts(0, 0, 70),
    'type=NOSUCHTYPE %s foo=bar' % ts(0, 0, 71),
    'type=SYSCALL msg=audit(1700000000.1234:24): arch=c000003e syscall=1 a0=1 a1=2 ',
    'type=SYSCALL msg=audit(%d:72): arch=c000003e syscall=1 a0=1 a1=2 ' % (T0 + 1),
    'type=SYSCALL msg=xaudit(%d.5:73): arch=c000003e syscall=1 a0=1 a1=2 ' % (T0 + 1),
    'type=SYSCALL msg=audit(%d.400): arch=c000003e syscall=1 a0=1 a1=2 ' % (T0 + 1),
    'type=SYSCALL msg=audit(%d.001:74): arch=c000003e syscall=1 a0=1' % (T0 + 1),
    'type=KERNEL %s state=initialized audit_enabled=1 res=1' % ts(2, 0, 75),
    'type=DAEMON_START %s op=start ver=3.0.9 format=raw kernel=6.1 auid=4294967295 pid=1 uid=0 ses=4294967295 res=success' % ts(3, 0, 76),
    syscall(3, 0, 76, nr=1),
])

# two nodes with the same serial
write('nodes.log', [
    'node=alpha ' + syscall(0, 0, 80), 'node=beta ' + syscall(0, 0, 80, nr=2),
    syscall(0, 0, 80, nr=3), 'node=alpha ' + path(0, 0, 80), 'node=beta ' + path(0, 0, 80, name='"/b"'),
    'node=alpha ' + user(1, 0, 81),
])

# malformed SYSCALL records: each drops its event (--debug says why)
write('malformed.log', [
    'type=SYSCALL %s %s' % (ts(i // 4, i % 4 * 100, 90 + i), body) for i, body in enumerate([
        'x=1', 'syscall=1', 'syscall=1 ', 'syscall=1 a0=1', 'syscall=1 a0=1 ',
        'syscall=99999999999999999999999 a0=1 a1=2 ', 'syscall=1 a0=1 a1=fffffffffffffffffffffff ',
        'syscall=1 a0=1 a1=2 ppid=1', 'syscall=1 a0=1 a1=2 pid=1', 'syscall=1 a0=1 a1=2 auid=1',
        'syscall=1 a0=1 a1=2 tty=x', 'syscall=1 a0=1 a1=2 ses=1', 'syscall=1 a0=1 a1=2 comm="x',
        'syscall=1 a0=1 a1=2 pid=5 auid=1 uid=2 gid=3 euid=4 egid=5 tty=x ses=1 comm="c" exe="/e" key="k" ',
    ])
])

# AppArmor AVC records (no tclass=): 3.0.9 calls the event malformed and
# drops it from every answer; vigil's ausearch --keep-apparmor keeps it
write('apparmor.log', [
    'type=AVC %s apparmor="DENIED" operation="open" class="file" profile="/usr/sbin/cupsd" '
    'name="/etc/shadow" pid=4242 comm="cupsd" requested_mask="r" denied_mask="r" fsuid=0 ouid=0'
    % ts(0, 123, 501),
    syscall(0, 123, 501, nr=257, ok='no', ex=-13, pid=4242, comm='cupsd', exe='/usr/sbin/cupsd',
            key='(null)'),
    'type=PROCTITLE %s proctitle=2F7573722F7362696E2F6375707364' % ts(0, 123, 501),
    user(1, 0, 502),
])
