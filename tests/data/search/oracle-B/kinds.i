----
type=SYSCALL msg=audit(11/21/26 10:01:40.000:1000) : arch=x86_64 syscall=open success=yes exit=3 a0=0x7ffd a1=O_WRONLY|O_CREAT|O_TRUNC a2=0666 a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.001:1001) : arch=x86_64 syscall=openat success=no exit=ENOENT(No such file or directory) a0=AT_FDCWD a1=0x7ffd a2=O_RDONLY|O_CLOEXEC a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.002:1002) : arch=x86_64 syscall=socket success=yes exit=3 a0=inet a1=SOCK_STREAM a2=tcp a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.003:1003) : arch=x86_64 syscall=mmap success=yes exit=7f00 a0=0x0 a1=0x1000 a2=PROT_READ|PROT_WRITE a3=MAP_PRIVATE|MAP_ANONYMOUS items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.004:1004) : arch=x86_64 syscall=kill success=no exit=EPERM(Operation not permitted) a0=0x10 a1=SIGKILL a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.005:1005) : arch=x86_64 syscall=chmod success=yes exit=0 a0=0x7ffd a1=0755 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.006:1006) : arch=x86_64 syscall=chown success=yes exit=0 a0=0x7ffd a1=cloudsdk a2=0x4 a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.007:1007) : arch=x86_64 syscall=setuid success=no exit=EPERM(Operation not permitted) a0=root a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.008:1008) : arch=x86_64 syscall=exit_group success=yes exit=0 a0=EXIT_FAILURE a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.009:1009) : arch=x86_64 syscall=access success=no exit=EACCES(Permission denied) a0=0x7ffd a1=W_OK|R_OK a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.010:1010) : arch=x86_64 syscall=ioctl success=yes exit=0 a0=0x3 a1=TCGETS a2=0x7ffd a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.011:1011) : arch=x86_64 syscall=sendto success=yes exit=40 a0=0x3 a1=0x7ffd a2=0x40 a3=MSG_DONTWAIT items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.012:1012) : arch=x86_64 syscall=personality success=yes exit=0 a0=unknown-personality(0xffffffff) a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.013:1013) : arch=x86_64 syscall=clone success=yes exit=77 a0=0x1200011 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.014:1014) : arch=x86_64 syscall=fcntl success=yes exit=0 a0=0x3 a1=F_SETFD a2=FD_CLOEXEC a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.015:1015) : arch=x86_64 syscall=tkill success=yes exit=0 a0=0x1 a1=SIGINT a2=0xf a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.016:1016) : arch=x86_64 syscall=unknown-syscall(999) success=no exit=(null)(Unknown error 9999) a0=0x0 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.017:1017) : arch=x86_64 syscall=mount success=yes exit=0 a0=0x7ffd a1=0x7ffe a2=0x7fff a3=MS_SILENT items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.018:1018) : arch=x86_64 syscall=setrlimit success=yes exit=0 a0=RLIMIT_FSIZE a1=0x7ffd a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.019:1019) : arch=x86_64 syscall=setsockopt success=yes exit=0 a0=0x3 a1=SOL_SOCKET a2=SO_REUSEADDR a3=0x7ffd items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.020:1020) : arch=x86_64 syscall=lseek success=yes exit=0 a0=0x3 a1=0x10 a2=SEEK_END a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.021:1021) : arch=x86_64 syscall=mprotect success=yes exit=0 a0=0x7ffd a1=0x1000 a2=PROT_READ|PROT_EXEC a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.022:1022) : arch=x86_64 syscall=ptrace success=yes exit=0 a0=PTRACE_ATTACH a1=0x1 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.023:1023) : arch=x86_64 syscall=prctl success=yes exit=0 a0=PR_CAPBSET_READ a1=sys_admin a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.024:1024) : arch=x86_64 syscall=arch_prctl success=yes exit=0 a0=0x1002 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.025:1025) : arch=x86_64 syscall=mknod success=yes exit=0 a0=0x7ffd a1=character,644 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.026:1026) : arch=x86_64 syscall=faccessat success=yes exit=0 a0=AT_FDCWD a1=0x7ffd a2=W_OK|R_OK a3=0x100 items=0 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=cloudsdk suid=root fsuid=root egid=adm sgid=root fsgid=root tty=pts0 ses=3 comm=x exe=/usr/bin/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.027:1027) : arch=i386 syscall=socketcall(connect) success=yes exit=0 a0=connect a1=0xffd0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=x exe=/x key=(null) 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.028:1028) : arch=aarch64 syscall=openat success=yes exit=0 a0=AT_FDCWD a1=0x0 a2=O_RDONLY a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=1 comm=x exe=/x key=k1 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.029:1029) : arch=unknown-elf-type(deadbeef) syscall=write success=yes exit=0 a0=0x0 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=unknown(12345) uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=1 comm=x exe=/x key=k1 key=k2 
----
type=PATH msg=audit(11/21/26 10:01:40.030:1030) : item=0 name=/etc/passwd inode=1 dev=fe:00 mode=file,644 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 
----
type=PATH msg=audit(11/21/26 10:01:40.031:1031) : item=1 name=/tmp/a b c inode=1 dev=fe:00 mode=file,suid,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=sys_resource,sys_time cap_fi=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_resource,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore cap_fe=1 cap_fver=2 
----
type=PATH msg=audit(11/21/26 10:01:40.032:1032) : item=2 name=(null) inode=1 dev=fe:00 mode=dir,sticky,777 ouid=nobody ogid=nogroup rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 
----
type=PATH msg=audit(11/21/26 10:01:40.033:1033) : item=3 name=x mode=character,620 flags=none ouid=unset ogid=tty 
----
type=PATH msg=audit(11/21/26 10:01:40.034:1034) : item=3 name=x mode=socket,777 flags=follow,directory,open ouid=sys ogid=sys 
----
type=PATH msg=audit(11/21/26 10:01:40.035:1035) : item=3 name=x mode=000,644 flags=0x800 
----
type=CWD msg=audit(11/21/26 10:01:40.036:1036) : cwd=/root 
----
type=CWD msg=audit(11/21/26 10:01:40.037:1037) : cwd=/root/a b 
----
type=EXECVE msg=audit(11/21/26 10:01:40.038:1038) : argc=3 a0=ls a1=-l a b a2=x a3_len=4 a3[0]=ab a3[1]=cd 
----
type=PROCTITLE msg=audit(11/21/26 10:01:40.039:1039) : proctitle=sh -c echo hi 
----
type=PROCTITLE msg=audit(11/21/26 10:01:40.040:1040) : proctitle=bash 
----
type=SOCKADDR msg=audit(11/21/26 10:01:40.041:1041) : saddr={ saddr_fam=inet laddr=192.168.1.1 lport=80 } 
----
type=SOCKADDR msg=audit(11/21/26 10:01:40.042:1042) : saddr={ saddr_fam=inet6 laddr=::1 lport=80 } 
----
type=SOCKADDR msg=audit(11/21/26 10:01:40.043:1043) : saddr={ saddr_fam=local path=/tmp/sock } 
----
type=SOCKADDR msg=audit(11/21/26 10:01:40.044:1044) : saddr={ saddr_fam=local path=abstract } 
----
type=SOCKADDR msg=audit(11/21/26 10:01:40.045:1045) : saddr={ saddr_fam=netlink nlnk-fam=16 nlnk-pid=0 } 
----
type=SOCKADDR msg=audit(11/21/26 10:01:40.046:1046) : saddr={ saddr_fam=inet sockaddr len too short } 
----
type=SOCKADDR msg=audit(11/21/26 10:01:40.047:1047) : saddr={ saddr_fam=bluetooth (unsupported) } 
----
type=SOCKADDR msg=audit(11/21/26 10:01:40.048:1048) : saddr=unknown-family(255) 
----
type=SOCKADDR msg=audit(11/21/26 10:01:40.049:1049) : saddr=malformed-host(zz) 
----
type=CONFIG_CHANGE msg=audit(11/21/26 10:01:40.050:1050) : auid=unset ses=unset op=add_rule key=exe list=exit res=yes 
----
type=CONFIG_CHANGE msg=audit(11/21/26 10:01:40.051:1051) : auid=cloudsdk ses=2 op=remove_rule key=(null) list=unknown-list(2) res=no 
----
type=CONFIG_CHANGE msg=audit(11/21/26 10:01:40.052:1052) : op=set audit_enabled=1 old=1 auid=root ses=1 res=yes 
----
type=USER_AUTH msg=audit(11/21/26 10:01:40.053:1053) : pid=1 uid=root auid=cloudsdk ses=1 msg='op=PAM:authentication grantors=pam_unix acct=root exe=/usr/bin/su hostname=? addr=? terminal=pts/0 res=success' 
----
type=USER_ACCT msg=audit(11/21/26 10:01:40.054:1054) : pid=1 uid=root auid=unset ses=unset msg='op=PAM:accounting acct=root exe=/usr/sbin/sshd hostname=10.0.0.1 addr=10.0.0.1 terminal=ssh res=failed' 
----
type=USER_LOGIN msg=audit(11/21/26 10:01:40.055:1055) : pid=1 uid=root auid=cloudsdk ses=1 msg='op=login id=cloudsdk exe=/usr/sbin/sshd hostname=h addr=1.2.3.4 terminal=/dev/pts/1 res=success' 
----
type=ADD_GROUP msg=audit(11/21/26 10:01:40.056:1056) : pid=1 uid=root auid=root ses=1 msg='op=add-group id=cloudsdk exe=/usr/sbin/groupadd hostname=? addr=? terminal=pts/0 res=success' 
----
type=ANOM_ABEND msg=audit(11/21/26 10:01:40.057:1057) : auid=cloudsdk uid=cloudsdk gid=cloudsdk ses=2 pid=5 comm=crash exe=/usr/bin/crash sig=SIGSEGV res=yes 
----
type=ANOM_PROMISCUOUS msg=audit(11/21/26 10:01:40.058:1058) : dev=eth0 prom=yes old_prom=no auid=root uid=root gid=root ses=1 
----
type=CAPSET msg=audit(11/21/26 10:01:40.059:1059) : pid=3 cap_pi=none cap_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_resource,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read cap_pe=chown cap_pa=none 
----
type=AVC msg=audit(11/21/26 10:01:40.060:1060) : avc:  denied  { read } for  pid=1 comm=cat name=shadow dev="sda1" ino=5 scontext=system_u:system_r:httpd_t:s0-s0:c0,c1023 tcontext=system_u:object_r:shadow_t:s0 tclass=file permissive=0 
----
type=SECCOMP msg=audit(11/21/26 10:01:40.061:1061) : auid=cloudsdk uid=cloudsdk gid=cloudsdk ses=1 pid=2 comm=x exe=/x sig=SIGSYS arch=x86_64 syscall=open compat=0 ip=0x7f code=kill 
----
type=SECCOMP msg=audit(11/21/26 10:01:40.062:1062) : auid=cloudsdk uid=cloudsdk gid=cloudsdk ses=1 pid=2 comm=x exe=/x sig=SIG0 arch=x86_64 syscall=open compat=0 ip=0x7f code=log 
----
type=NETFILTER_CFG msg=audit(11/21/26 10:01:40.063:1063) : table=filter family=ipv4 entries=4 op=xt_register pid=1 comm=iptables 
----
type=NETFILTER_PKT msg=audit(11/21/26 10:01:40.064:1064) : mark=0x0 saddr=10.0.0.1 daddr=10.0.0.2 proto=tcp hook=INPUT action=ACCEPT macproto=IP 
----
type=MQ_OPEN msg=audit(11/21/26 10:01:40.065:1065) : oflag=O_RDWR|O_CREAT mode=0600 mq_flags=0x0 mq_maxmsg=10 
----
type=MMAP msg=audit(11/21/26 10:01:40.066:1066) : fd=3 flags=MAP_PRIVATE|MAP_ANONYMOUS 
----
type=TTY msg=audit(11/21/26 10:01:40.067:1067) : tty pid=1 uid=root auid=cloudsdk ses=1 major=136 minor=0 comm=bash data="ls",<ret>,<up>
----
type=USER_TTY msg=audit(11/21/26 10:01:40.068:1068) : pid=1 uid=root auid=cloudsdk ses=1 msg=
----
type=KERN_MODULE msg=audit(11/21/26 10:01:40.069:1069) : name=ext4 
----
type=FANOTIFY msg=audit(11/21/26 10:01:40.070:1070) : resp=deny 
----
type=OBJ_PID msg=audit(11/21/26 10:01:40.071:1071) : opid=5 oauid=cloudsdk ouid=root oses=1 obj=unconfined ocomm=sleep 
----
type=BPRM_FCAPS msg=audit(11/21/26 10:01:40.072:1072) : fver=2 fp=chown fi=none fe=1 old_pp=none old_pi=none old_pe=none pp=none pi=none pe=none 
----
type=FOO msg=audit(11/21/26 10:01:40.073:1073) : uid=root bar=a,b

----
type=CONFIG_CHANGE msg=audit(11/21/26 10:01:40.075:1075) : msg='op=x uid=0 res=success' 
----
type=USER_CMD msg=audit(11/21/26 10:01:40.076:1076) : pid=1 uid=cloudsdk auid=cloudsdk ses=1 msg='cwd=/home cmd=ls -l terminal=pts/0 res=success' 
----
type=DAEMON_CONFIG msg=audit(11/21/26 10:01:40.077:1077) : op=reconfigure state=changed auid=root pid=1 subj=unconfined res=success 
----
type=CRED_ACQ msg=audit(11/21/26 10:01:40.078:1078) : pid=1 uid=root auid=unset ses=unset msg='op=PAM:setcred grantors=pam_permit acct=nobody exe=/usr/bin/cron hostname=? addr=? terminal=cron res=success' 
----
type=USER_START msg=audit(11/21/26 10:01:40.079:1079) : pid=1 uid=root auid=root ses=1 msg='op=PAM:session_open grantors=pam_unix acct=root exe=/usr/bin/cron hostname=? addr=? terminal=cron res=success' 
----
type=SYSCALL msg=audit(11/21/26 10:01:40.080:1080) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x1 a1=0x2 a2=0x3 a3=0x4 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=1 comm=ls exe=/usr/bin/ls subj=unconfined key=a,b foo=x,y z=1 
----
node=vm type=SOCKADDR msg=audit(11/21/26 10:01:41.001:2000) : saddr={ saddr_fam=inet6 laddr=::1 lport=80 } 
node=vm type=SYSCALL msg=audit(11/21/26 10:01:41.001:2000) : arch=x86_64 syscall=connect success=no exit=ECONNREFUSED(Connection refused) a0=0x3 a1=0x7ffd a2=0x10 a3=0x0 items=0 ppid=1 pid=2 auid=cloudsdk uid=cloudsdk gid=cloudsdk euid=cloudsdk suid=cloudsdk fsuid=cloudsdk egid=cloudsdk sgid=cloudsdk fsgid=cloudsdk tty=pts1 ses=4 comm=nc exe=/usr/bin/nc key=(null) 
----
type=CONFIG_CHANGE msg=audit(