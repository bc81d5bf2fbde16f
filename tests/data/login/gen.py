#!/usr/bin/env python3
"""Synthetic logs of logins, failed logins and reboots for the aulast and
aulastlog differential suite (tests/tools/toolbox-diff.sh). Run from this
directory to regenerate them; the expected answers are not stored: the
suite asks Debian's tools every time. uids are those of a stock Debian 12
(0 root, 1 daemon, 2 bin, 1000 the first user, 998 systemd-network) plus
4242, which no machine is expected to have."""

T0 = 1796563800
DAY = 86400
SEP = '\x1d'
U = 'subj=unconfined'


class Log:
    def __init__(self):
        self.lines = []
        self.serial = 100

    def ts(self, t, serial=None, milli=0):
        if serial is None:
            self.serial += 1
            serial = self.serial
        return 'msg=audit(%d.%03d:%d):' % (T0 + t, milli, serial), serial

    def add(self, rtype, t, body, serial=None, node=None, enr=None):
        stamp, serial = self.ts(t, serial)
        line = '%stype=%s %s %s' % ('node=%s ' % node if node else '', rtype,
                                    stamp, body)
        if enr is not None:
            line += SEP + enr
        self.lines.append(line)
        return serial

    def write(self, name):
        with open(name, 'w') as f:
            f.write('\n'.join(self.lines) + '\n')


def user_msg(op, acct=None, uid=None, ident=None, exe='/usr/sbin/sshd',
             host='10.0.0.7', addr=None, term='ssh', res='success'):
    parts = ['op=%s' % op]
    if acct is not None:
        parts.append('acct=%s' % acct)
    if ident is not None:
        parts.append('id=%s' % ident)
    if uid is not None:
        parts.append('uid=%s' % uid)
    parts.append('exe="%s"' % exe)
    if host is not None:
        parts.append('hostname=%s' % host)
    parts.append('addr=%s' % (addr if addr is not None else host))
    if term is not None:
        parts.append('terminal=%s' % term)
    if res is not None:
        parts.append('res=%s' % res)
    return "msg='%s'" % ' '.join(parts)


def daemon_start(log, t, kernel='6.1.0-13-amd64', **kw):
    log.add('DAEMON_START', t, 'op=start ver=3.0.9 format=raw kernel=%s auid=4294967295 '
            'pid=500 uid=0 ses=4294967295 %s res=success' % (kernel, U), **kw)


def boot(log, t, rtype='SYSTEM_BOOT', **kw):
    log.add(rtype, t, 'pid=1 uid=0 auid=4294967295 ses=4294967295 %s msg=\' '
            'comm="systemd-update-utmp" exe="/usr/lib/systemd/systemd-update-utmp" '
            'hostname=? addr=? terminal=? res=success\'' % U, **kw)


def login(log, t, pid, auid, ses, with_syscall=True, **kw):
    """The kernel's LOGIN, in the event of sshd's write to loginuid."""
    s = log.add('LOGIN', t, 'pid=%d uid=0 %s old-auid=4294967295 auid=%d tty=(none) '
                'old-ses=4294967295 ses=%d res=1' % (pid, U, auid, ses), **kw)
    if with_syscall:
        log.add('SYSCALL', t, 'arch=c000003e syscall=1 success=yes exit=4 a0=3 a1=7ffd '
                'a2=4 a3=0 items=0 ppid=400 pid=%d auid=%d uid=0 gid=0 euid=0 suid=0 '
                'fsuid=0 egid=0 sgid=0 fsgid=0 tty=(none) ses=%d comm="sshd" '
                'exe="/usr/sbin/sshd" %s key=(null)' % (pid, auid, ses, U), serial=s)
        log.add('PROCTITLE', t, 'proctitle=737368643A20636C6F7564736B205B707269765D',
                serial=s)
    return s


def ssh_session(log, t, pid, auid, ses, name, host='10.0.0.7', tty='/dev/pts/0',
                length=3600, end=True, user_login_kw=None):
    login(log, t, pid, auid, ses)
    log.add('USER_START', t + 1, 'pid=%d uid=0 auid=%d ses=%d %s %s' % (
        pid, auid, ses, U, user_msg('PAM:session_open', acct='"%s"' % name, host=host)))
    kw = dict(ident=auid, host=host, term=tty)
    kw.update(user_login_kw or {})
    log.add('USER_LOGIN', t + 2, 'pid=%d uid=0 auid=%d ses=%d %s %s' % (
        pid, auid, ses, U, user_msg('login', **kw)))
    if end:
        user_end(log, t + length, pid, auid, ses, name, host)


def user_end(log, t, pid, auid, ses, name, host='10.0.0.7', **kw):
    log.add('USER_END', t, 'pid=%d uid=0 auid=%d ses=%d %s %s' % (
        pid, auid, ses, U, user_msg('PAM:session_close', acct='"%s"' % name, host=host)),
        **kw)


def failed(log, t, pid, acct, host='192.168.1.9', term='ssh', ident=None, **kw):
    log.add('USER_LOGIN', t, 'pid=%d uid=0 auid=4294967295 ses=4294967295 %s %s' % (
        pid, U, user_msg('login', acct=acct, ident=ident, host='?', addr=host, term=term,
                         res='failed')), **kw)


def sessions():
    """Two boots, a crash, a shutdown, sessions of every ending."""
    log = Log()
    daemon_start(log, 0)
    boot(log, 10)
    ssh_session(log, 100, 2000, 1000, 3, 'cloudsdk')                 # 01:00
    ssh_session(log, 200, 2001, 0, 4, 'root', host='host.example',
                tty='/dev/pts/1', length=DAY + 3 * 3600 + 46 * 60)  # 1+03:46
    failed(log, 300, 2002, '"baduser"')
    failed(log, 310, 2003, '28696E76616C6964207573657229')          # hex acct
    # login(1) on a console: hostname=? gives addr (? too)
    login(log, 400, 2004, 0, 5, with_syscall=False)
    log.add('USER_LOGIN', 401, 'pid=2004 uid=0 auid=0 ses=5 %s %s' % (
        U, user_msg('login', ident=0, exe='/usr/bin/login', host='?', addr='?',
                    term='/dev/tty1')))
    # su/cron: a LOGIN and a USER_END, never a USER_LOGIN
    login(log, 500, 2005, 1, 6)
    user_end(log, 560, 2005, 1, 6, 'daemon')
    # gdm: uid= after ses=
    login(log, 600, 2006, 1000, 7)
    log.add('USER_LOGIN', 601, 'pid=2006 uid=0 auid=1000 ses=7 %s %s' % (
        U, user_msg('login', uid=1000, exe='/usr/libexec/gdm-session-worker',
                    host='workstation', term='/dev/tty7')))
    # a session number begun again: the first is gone
    ssh_session(log, 700, 2007, 2, 8, 'bin', end=False)
    ssh_session(log, 800, 2008, 2, 8, 'bin', length=120)
    # long names, hosts and terminals; an unknown uid
    ssh_session(log, 900, 2009, 998, 9, 'systemd-network',
                host='averyveryverylonghostname.example.com',
                tty='averyveryverylongterminal', length=59)
    ssh_session(log, 1000, 2010, 4242, 10, 'x', length=3 * DAY)
    # open at the next boot: a crash
    ssh_session(log, 1100, 2011, 1000, 11, 'cloudsdk', tty='/dev/pts/2', end=False)
    daemon_start(log, 2 * DAY, kernel='6.1.0-14-amd64')
    boot(log, 2 * DAY + 10)
    ssh_session(log, 2 * DAY + 100, 3000, 1000, 1, 'cloudsdk', length=600)
    ssh_session(log, 2 * DAY + 200, 3001, 0, 2, 'root', host='10.0.0.8', length=7200)
    boot(log, 2 * DAY + 9000, rtype='SYSTEM_SHUTDOWN')
    daemon_start(log, 3 * DAY, kernel='6.1.0-15-amd64')
    boot(log, 3 * DAY + 10)
    ssh_session(log, 3 * DAY + 100, 4000, 1000, 1, 'cloudsdk', end=False)
    failed(log, 3 * DAY + 200, 4001, '"cloudsdk"', term='/dev/pts/9')
    log.write('sessions.log')


def nodes():
    """No boot at all, node= prefixes, sessions left open, ENRICHED lines."""
    log = Log()
    login(log, 0, 5000, 1000, 20, node='alpha')
    log.add('USER_LOGIN', 2, 'pid=5000 uid=0 auid=1000 ses=20 %s %s' % (
        U, user_msg('login', ident=1000, term='/dev/pts/3')), node='alpha',
        enr='UID="root" AUID="cloudsdk" ID="cloudsdk"')
    log.add('LOGIN', 5, 'pid=5001 uid=0 %s old-auid=4294967295 auid=4242 tty=(none) '
            'old-ses=4294967295 ses=21 res=1' % U,
            enr='UID="root" OLD-AUID="unset" AUID="ghost"')
    log.add('USER_LOGIN', 6, 'pid=5001 uid=0 auid=4242 ses=21 %s %s' % (
        U, user_msg('login', ident=4242, term='/dev/pts/4')))
    user_end(log, 4000, 5001, 4242, 21, 'ghost')
    ssh_session(log, 100, 5002, 0, 22, 'root', tty='/dev/pts/5', end=False)
    failed(log, 200, 5003, '"mallory"', node='beta')
    # a shutdown with no boot: the first named session takes it
    boot(log, 5000, rtype='SYSTEM_SHUTDOWN')
    log.write('nodes.log')


def oddities():
    """Records aulast reads oddly: the cursor's rules (spec 6.2)."""
    log = Log()
    daemon_start(log, 0, kernel='5.10.0-1')
    boot(log, 10)
    # kernels before 3.14: old/new auid and ses
    log.add('LOGIN', 100, 'login pid=6000 uid=0 old auid=4294967295 new auid=1000 '
            'old ses=4294967295 new ses=30')
    log.add('USER_LOGIN', 101, 'user pid=6000 uid=0 auid=1000 ses=30 %s' % user_msg(
        'login', ident=1000, term='/dev/pts/0'))
    user_end(log, 200, 6000, 1000, 30, 'cloudsdk')
    # one auid only, no old-auid: no second one, a bad login
    log.add('LOGIN', 300, 'pid=6001 uid=0 auid=1000 ses=31 res=1')
    # unset auid, unset ses, no pid
    log.add('LOGIN', 301, 'pid=6002 uid=0 old-auid=4294967295 auid=4294967295 '
            'old-ses=4294967295 ses=32 res=1')
    log.add('LOGIN', 302, 'pid=6003 uid=0 old-auid=4294967295 auid=1000 '
            'old-ses=4294967295 ses=4294967295 res=1')
    log.add('LOGIN', 303, 'uid=0 old-auid=4294967295 auid=1000 old-ses=4294967295 '
            'ses=33 res=1')
    # USER_LOGIN without hostname=: the search runs past the end, so no
    # terminal and no res either
    login(log, 400, 6004, 0, 34)
    log.add('USER_LOGIN', 401, 'pid=6004 uid=0 auid=0 ses=34 %s msg=\'op=login id=0 '
            'exe="/usr/sbin/sshd" addr=10.1.1.1 terminal=/dev/pts/6 res=success\'' % U)
    # res other than success: 1, yes, failed
    for i, res in enumerate(('1', 'yes', 'failed')):
        login(log, 500 + 10 * i, 6010 + i, 1, 40 + i)
        log.add('USER_LOGIN', 501 + 10 * i, 'pid=%d uid=0 auid=1 ses=%d %s %s' % (
            6010 + i, 40 + i, U, user_msg('login', ident=1, term='tty%d' % i, res=res)))
    # a USER_LOGIN whose pid or ses differ from the LOGIN's
    login(log, 600, 6020, 2, 50)
    log.add('USER_LOGIN', 601, 'pid=6021 uid=0 auid=2 ses=50 %s %s' % (
        U, user_msg('login', ident=2, term='/dev/pts/7')))
    log.add('USER_LOGIN', 602, 'pid=6020 uid=0 auid=2 ses=51 %s %s' % (
        U, user_msg('login', ident=2, term='/dev/pts/7')))
    # USER_END: missing fields, no such session
    log.add('USER_END', 700, 'uid=0 auid=2 ses=50 %s' % user_msg('PAM:session_close',
                                                                    acct='"bin"'))
    user_end(log, 701, 9999, 2, 50, 'bin')
    # a DAEMON_START without kernel=
    log.add('DAEMON_START', 800, 'op=start ver=3.0.9 format=raw auid=4294967295 '
            'pid=500 uid=0 ses=4294967295 res=success')
    boot(log, 810)
    # an event of several records whose first is a LOGIN, ses only in the
    # second record
    s = log.add('LOGIN', 900, 'pid=6030 uid=0 old-auid=4294967295 auid=0 tty=(none) res=1')
    log.add('SYSCALL', 900, 'arch=c000003e syscall=1 success=yes exit=4 pid=6030 '
            'auid=0 uid=0 old-ses=1 ses=60 comm="sshd"', serial=s)
    log.add('USER_LOGIN', 901, 'pid=6030 uid=0 auid=0 ses=60 %s %s' % (
        U, user_msg('login', ident=0, term='/dev/pts/8')))
    # times out of order and a session ending before it began
    ssh_session(log, 2000, 6040, 1000, 70, 'cloudsdk', length=-120)
    failed(log, 2100, 6041, '"eve"', host='10.9.9.9', term='/dev/pts/1')
    log.write('oddities.log')


def lastlog():
    """aulastlog: successful USER_LOGINs by auid, the event after each
    skipped, fields that are missing."""
    log = Log()

    def ul(t, auid, host='10.0.0.7', term='/dev/pts/0', res='success', **kw):
        log.add('USER_LOGIN', t, 'pid=7000 uid=0 auid=%d ses=3 %s %s' % (
            auid, U, user_msg('login', ident=auid, host=host, term=term, res=res)), **kw)

    ul(0, 0, host='first.example', term='/dev/tty1')
    ul(10, 1)                     # skipped: it follows a counted one
    ul(20, 1000, host='h1000')
    log.add('USER_START', 25, 'pid=7000 uid=0 auid=1000 ses=3 %s %s' % (
        U, user_msg('PAM:session_open', acct='"cloudsdk"')))
    ul(30, 2, term=None)
    log.add('USER_END', 35, 'pid=7000 uid=0 auid=1000 ses=3 %s' % user_msg(
        'PAM:session_close', acct='"cloudsdk"'))
    ul(40, 998, host=None, term='averyveryveryverylongterminal')
    log.add('CRED_DISP', 45, 'pid=7000 uid=0 auid=1000 ses=3 %s' % user_msg(
        'PAM:setcred', acct='"cloudsdk"'))
    ul(50, 1000, res='failed')
    ul(60, 4294967295)
    ul(70, 3, host='verylonghostname.example.com.and.more')
    log.add('DAEMON_START', 75, 'op=start ver=3.0.9 format=raw kernel=6.1 '
            'auid=4294967295 pid=500 uid=0 ses=4294967295 res=success')
    ul(80, 0, host='?', term='/dev/pts/1')
    log.add('USER_AUTH', 85, 'pid=7000 uid=0 auid=4294967295 ses=4294967295 %s' % user_msg(
        'PAM:authentication', acct='"root"'))
    ul(90, 1000, host='later.example', term='/dev/pts/4', node='alpha')
    log.add('CRED_DISP', 95, 'pid=7000 uid=0 auid=1000 ses=3 %s' % user_msg(
        'PAM:setcred', acct='"cloudsdk"'))
    log.add('USER_LOGIN', 100, 'pid=7000 uid=0 auid=8 ses=3 %s' % user_msg(
        'login', ident=8, term='/dev/tty3'), enr='AUID="mail"')
    log.write('lastlog.log')


sessions()
nodes()
oddities()
lastlog()
