#!/usr/bin/env python3
"""gen.py - write the synthetic logs of auvirt's differential test
(tests/tools/toolbox2-diff.sh): libvirt's VIRT_MACHINE_ID, VIRT_CONTROL and
VIRT_RESOURCE records for guests started, stopped and given resources,
AVC denials and anomalies of their processes, the host going down and
coming back, and operations that failed. Run it from anywhere: it writes
beside itself.

  guests.log    two guests, a whole life each, every resource kind
  crash.log     guests still running when the host goes down or boots
  failed.log    failed operations, stops without starts, odd fields
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
U1 = "6a5f4d0c-1b2e-4c3d-9e8f-0a1b2c3d4e5f"
U2 = "f0e1d2c3-b4a5-4687-9a0b-1c2d3e4f5a6b"
U3 = "00000000-1111-2222-3333-444444444444"
CTX1 = "system_u:system_r:svirt_t:s0:c10,c20"
CTX2 = "system_u:system_r:svirt_t:s0:c30,c40"
IMG1 = "system_u:object_r:svirt_image_t:s0:c10,c20"
IMG2 = "system_u:object_r:svirt_image_t:s0:c30,c40"
LIBVIRTD = '/usr/sbin/libvirtd'


def enc(v):
    """libaudit's encoding of a value: quoted, or hex when it holds a
    space, a quote or a control byte; a value given already quoted or
    bare (starting with '=') goes as it is, for the odd records"""
    if v.startswith("="):
        return v[1:]
    if any(c in v for c in ' "') or any(ord(c) < 0x21 or ord(c) > 0x7e
                                        for c in v):
        return v.encode().hex().upper()
    return '"%s"' % v


class Log:
    def __init__(self, t0):
        self.t = t0
        self.serial = 100
        self.lines = []

    def stamp(self, dt):
        self.t += dt
        self.serial += 1
        return "%d.%03d:%d" % (int(self.t), int(self.t * 1000) % 1000,
                               self.serial)

    def user(self, typ, body, dt=1.0, auid=1000, uid=0, res="success",
             pid=1500):
        st = self.stamp(dt)
        self.lines.append(
            "type=%s msg=audit(%s): pid=%d uid=%d auid=%d ses=%d "
            "subj=system_u:system_r:virtd_t:s0-s0:c0.c1023 msg='%s "
            "exe=\"%s\" hostname=? addr=? terminal=? res=%s'" %
            (typ, st, pid, uid, auid, 3 if auid != 4294967295 else
             4294967295, body, LIBVIRTD, res))

    def machine_id(self, vm, uuid, ctx, img, **kw):
        self.user("VIRT_MACHINE_ID",
                  'virt=kvm vm=%s uuid=%s vm-ctx=%s img-ctx=%s '
                  'model=selinux' % (enc(vm), uuid, ctx, img), **kw)

    def control(self, op, reason, vm, uuid, vmpid, **kw):
        self.user("VIRT_CONTROL",
                  'virt=kvm op=%s reason=%s vm=%s uuid=%s vm-pid=%s' %
                  (op, reason, enc(vm), uuid, vmpid), **kw)

    def resource(self, resrc, reason, vm, uuid, rest, **kw):
        self.user("VIRT_RESOURCE",
                  'virt=kvm resrc=%s reason=%s vm=%s uuid=%s %s' %
                  (resrc, reason, enc(vm), uuid, rest), **kw)

    def avc(self, ctx, perms, comm="qemu-kvm", pid=4000, dt=1.0,
            result="denied", tclass="file", name="passwd"):
        st = self.stamp(dt)
        self.lines.append(
            'type=AVC msg=audit(%s): avc:  %s  { %s } for  pid=%d '
            'comm="%s" name="%s" dev="sda1" ino=1234 scontext=%s '
            'tcontext=system_u:object_r:etc_t:s0 tclass=%s permissive=0' %
            (st, result, perms, pid, comm, name, ctx, tclass))
        self.lines.append(
            'type=SYSCALL msg=audit(%s): arch=c000003e syscall=257 '
            'success=no exit=-13 a0=ffffff9c a1=7f0000 a2=0 a3=0 items=0 '
            'ppid=1 pid=%d auid=4294967295 uid=107 gid=107 euid=107 '
            'suid=107 fsuid=107 egid=107 sgid=107 fsgid=107 tty=(none) '
            'ses=4294967295 comm="%s" exe="/usr/bin/qemu-system-x86_64" '
            'subj=%s key=(null)' % (st, pid, comm, ctx))
        self.lines.append('type=EOE msg=audit(%s): ' % st)

    def anom(self, typ, ctx, dt=1.0, pid=4000, extra="sig=11 res=1"):
        st = self.stamp(dt)
        self.lines.append(
            'type=%s msg=audit(%s): auid=4294967295 uid=107 gid=107 '
            'ses=4294967295 subj=%s pid=%d comm="qemu-kvm" '
            'exe="/usr/bin/qemu-system-x86_64" %s' % (typ, st, ctx, pid,
                                                     extra))

    def system(self, typ, dt=1.0):
        st = self.stamp(dt)
        self.lines.append(
            "type=%s msg=audit(%s): pid=1 uid=0 auid=4294967295 "
            "ses=4294967295 subj=system_u:system_r:init_t:s0 msg=' "
            "comm=\"systemd-update-utmp\" exe=\"/lib/systemd/"
            "systemd-update-utmp\" hostname=? addr=? terminal=? res=success'"
            % (typ, st))

    def other(self, dt=1.0):
        st = self.stamp(dt)
        self.lines.append(
            "type=USER_START msg=audit(%s): pid=99 uid=0 auid=1000 ses=3 "
            "msg='op=PAM:session_open acct=\"root\" exe=\"/usr/bin/su\" "
            "hostname=? addr=? terminal=pts/0 res=success'" % st)

    def write(self, name):
        with open(os.path.join(HERE, name), "w") as f:
            for l in self.lines:
                f.write(l + "\n")


def start_vm(g, vm, uuid, ctx, img, vmpid, auid=1000):
    g.machine_id(vm, uuid, ctx, img, auid=auid)
    g.resource("disk", "start", vm, uuid,
               'old-disk="?" new-disk="/var/lib/libvirt/images/%s.qcow2"' %
               vm, dt=0.2, auid=auid)
    g.resource("net", "start", vm, uuid,
               'old-net="?" new-net="52:54:00:12:34:%02x"' % (vmpid % 256),
               dt=0.2, auid=auid)
    g.resource("mem", "start", vm, uuid, "old-mem=0 new-mem=1048576",
               dt=0.1, auid=auid)
    g.resource("vcpu", "start", vm, uuid, "old-vcpu=0 new-vcpu=2", dt=0.1,
               auid=auid)
    g.resource("cgroup", "deny", vm, uuid,
               'cgroup="/sys/fs/cgroup/machine.slice/%s/" class=all' % vm,
               dt=0.1, auid=auid)
    g.resource("cgroup", "allow", vm, uuid,
               'cgroup="/sys/fs/cgroup/machine.slice/%s/" class=path '
               'path="/dev/null" rdev=01:03 acl=rw' % vm, dt=0.1, auid=auid)
    g.resource("rng", "start", vm, uuid,
               'old-rng="?" new-rng="/dev/urandom"', dt=0.1, auid=auid)
    g.control("start", "booted", vm, uuid, vmpid, dt=0.3, auid=auid)


def guests():
    g = Log(1700000000.0)
    g.system("SYSTEM_BOOT")
    g.other(dt=5)
    start_vm(g, "vm1", U1, CTX1, IMG1, 4000)
    g.avc(CTX1, "read", pid=4000, dt=60)
    start_vm(g, "guest two", U2, CTX2, IMG2, 5000, auid=0)
    g.resource("disk", "attach", "vm1", U1,
               'old-disk="?" new-disk="/var/lib/libvirt/images/extra.img"',
               dt=120)
    g.resource("mem", "update", "vm1", U1, "old-mem=1048576 new-mem=2097152",
               dt=30)
    g.resource("vcpu", "update", "vm1", U1, "old-vcpu=2 new-vcpu=4", dt=30)
    g.resource("dev", "attach", "vm1", U1,
               'bus=usb device=555:5555 path="/dev/bus/usb/001/002"', dt=5)
    g.resource("net", "detach", "vm1", U1,
               'old-net="52:54:00:12:34:a0" new-net="?"', dt=5)
    g.resource("disk", "detach", "vm1", U1,
               'old-disk="/var/lib/libvirt/images/extra.img" new-disk="?"',
               dt=5)
    g.avc(CTX2, "read write", pid=5000, dt=7)
    g.anom("ANOM_ABEND", CTX2, pid=5000, dt=3)
    g.avc(CTX1, "getattr", pid=4000, dt=4, result="granted")
    g.control("stop", "shutdown", "vm1", U1, -1, dt=3600)
    g.other()
    g.control("stop", "destroyed", "guest two", U2, -1, dt=86400 + 7200)
    start_vm(g, "vm1", U1, CTX1, IMG1, 4100)
    g.anom("ANOM_PROMISCUOUS", CTX1, pid=4100, dt=10,
           extra="dev=vnet0 prom=256 old_prom=0")
    g.control("stop", "shutdown", "vm1", U1, -1, dt=600)
    g.write("guests.log")


def crash():
    g = Log(1700500000.0)
    g.system("SYSTEM_BOOT")
    start_vm(g, "vm1", U1, CTX1, IMG1, 4000)
    start_vm(g, "guest two", U2, CTX2, IMG2, 5000)
    g.avc(CTX1, "open", pid=4000, dt=30)
    g.system("SYSTEM_SHUTDOWN", dt=300)
    g.system("SYSTEM_BOOT", dt=100)
    start_vm(g, "vm1", U1, CTX1, IMG1, 4200)
    g.anom("ANOM_ABEND", CTX1, pid=4200, dt=50)
    g.system("SYSTEM_BOOT", dt=1000)
    start_vm(g, "guest two", U2, CTX2, IMG2, 5200)
    # still running at the end
    g.write("crash.log")


def failed():
    g = Log(1701000000.0)
    g.control("stop", "shutdown", "vm1", U1, -1, dt=5)
    g.machine_id("vm3", U3, CTX1, IMG1)
    g.control("start", "booted", "vm3", U3, -1, res="failed")
    g.resource("disk", "start", "vm3", U3,
               'old-disk="?" new-disk="/nonexistent.img"', res="failed")
    start_vm(g, "vm1", U1, CTX1, IMG1, 4000)
    g.control("start", "booted", "vm1", U1, 4001, dt=10)
    g.resource("mem", "update", "vm1", U1, "old-mem=1048576 new-mem=99",
               res="failed")
    g.control("stop", "shutdown", "vm1", U1, -1, res="failed", dt=20)
    g.avc(CTX1, "write", pid=4000, dt=2)
    g.avc("system_u:system_r:unconfined_t:s0", "read", comm="cat", pid=9,
          dt=2)
    g.anom("ANOM_ABEND", "system_u:system_r:unconfined_t:s0", pid=9, dt=1)
    g.control("stop", "crashed", "vm1", U1, -1, dt=40)
    g.control("stop", "shutdown", "nosuch", U2, -1, dt=4)
    g.machine_id('="odd name"', U2, CTX2, IMG2)
    g.control("start", "booted", '="odd name"', U2, 7000)
    g.control("stop", "shutdown", '=odd', U2, -1)
    g.other()
    g.write("failed.log")


guests()
crash()
failed()
