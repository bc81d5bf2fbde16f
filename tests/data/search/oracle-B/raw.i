----
type=DAEMON_START msg=audit(11/21/26 10:00:04.121:9203) : op=start ver=3.0.9 format=raw kernel=6.18.44-fc-v595 auid=unset pid=2371 uid=root ses=unset res=success 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.112:3) : proctitle=auditctl -a always,exit -F arch b64 -S execve -k exe 
type=SYSCALL msg=audit(11/21/26 10:00:05.112:3) : arch=x86_64 syscall=sendto success=yes exit=1060 a0=0x4 a1=0x7fff3e1c50a0 a2=0x424 a3=0x0 items=0 ppid=2358 pid=2375 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=auditctl exe=/usr/sbin/auditctl key=(null) 
type=CONFIG_CHANGE msg=audit(11/21/26 10:00:05.112:3) : auid=unset ses=unset op=add_rule key=exe list=exit res=yes 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.116:4) : proctitle=auditctl -a always,exit -F arch=b64 -S connect -k net 
type=PATH msg=audit(11/21/26 10:00:05.116:4) : item=1 name=/lib64/ld-linux-x86-64.so.2 inode=332383 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:00:05.116:4) : item=0 name=/usr/sbin/auditctl inode=933892 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:00:05.116:4) : cwd=/tmp/oracle 
type=EXECVE msg=audit(11/21/26 10:00:05.116:4) : argc=9 a0=auditctl a1=-a a2=always,exit a3=-F a4=arch=b64 a5=-S a6=connect a7=-k a8=net 
type=BPRM_FCAPS msg=audit(11/21/26 10:00:05.116:4) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
type=SYSCALL msg=audit(11/21/26 10:00:05.116:4) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x55dc918e2980 a1=0x55dc918df670 a2=0x55dc918e2330 a3=0x0 items=2 ppid=2358 pid=2377 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=auditctl exe=/usr/sbin/auditctl key=exe 
----
type=SOCKADDR msg=audit(11/21/26 10:00:05.116:5) : saddr={ saddr_fam=netlink nlnk-fam=16 nlnk-pid=0 } 
type=CONFIG_CHANGE msg=audit(11/21/26 10:00:05.116:5) : auid=unset ses=unset op=add_rule key=net list=exit res=yes 
----
type=CWD msg=audit(11/21/26 10:00:05.116:6) : cwd=/tmp/oracle 
type=EXECVE msg=audit(11/21/26 10:00:05.116:6) : argc=11 a0=auditctl a1=-a a2=always,exit a3=-F a4=arch=b64 a5=-S a6=openat,unlinkat,renameat,rename,chmod,fchmodat,unlink a7=-F a8=dir=/tmp/oracle/w a9=-k a10=files 
type=BPRM_FCAPS msg=audit(11/21/26 10:00:05.116:6) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
type=SYSCALL msg=audit(11/21/26 10:00:05.116:6) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x55dc918e4310 a1=0x55dc918df670 a2=0x55dc918e2330 a3=0x0 items=2 ppid=2358 pid=2379 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=auditctl exe=/usr/sbin/auditctl key=exe 
----
type=PATH msg=audit(11/21/26 10:00:05.116:7) : item=0 name=/tmp/oracle/w nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=SOCKADDR msg=audit(11/21/26 10:00:05.116:7) : saddr={ saddr_fam=netlink nlnk-fam=16 nlnk-pid=0 } 
----
type=EXECVE msg=audit(11/21/26 10:00:05.116:8) : argc=9 a0=auditctl a1=-a a2=always,exit a3=-F a4=arch=b64 a5=-S a6=getppid a7=-k a8=ppid 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.120:10) : proctitle=auditctl -a always,exit -F arch=b32 -S getppid -k ppid32 
----
type=EXECVE msg=audit(11/21/26 10:00:05.120:12) : argc=7 a0=auditctl a1=-w a2=/tmp/oracle/w/watched a3=-p a4=wa a5=-k a6=watch 
----
type=PATH msg=audit(11/21/26 10:00:05.124:13) : item=0 name=/tmp/oracle/w/watched nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:00:05.124:13) : cwd=/tmp/oracle 
----
type=EXECVE msg=audit(11/21/26 10:00:05.124:14) : argc=4 a0=/usr/bin/env a1=bash a2=/root/.pyenv/shims/python3 a3=wl.py 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.124:16) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7fffdf1e9050 a1=0x7fffdf1e9400 a2=0x7fffdf1e9420 a3=0x7f0e618dde70 items=1 ppid=2358 pid=2388 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.124:19) : proctitle=/usr/bin/env bash /root/.pyenv/shims/python3 wl.py 
----
type=PATH msg=audit(11/21/26 10:00:05.124:23) : item=0 name=/usr/sbin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=EXECVE msg=audit(11/21/26 10:00:05.124:24) : argc=3 a0=bash a1=/root/.pyenv/shims/python3 a2=wl.py 
----
type=EXECVE msg=audit(11/21/26 10:00:05.124:28) : argc=6 a0=/usr/bin/env a1=bash a2=/root/.pyenv/libexec/pyenv a3=exec a4=python3 a5=wl.py 
type=SYSCALL msg=audit(11/21/26 10:00:05.124:28) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x5611bd7992a0 a1=0x5611bd799300 a2=0x5611bd7995a0 a3=0x8 items=3 ppid=2358 pid=2388 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.128:30) : proctitle=/usr/bin/env bash /root/.pyenv/shims/python3 wl.py 
----
type=PATH msg=audit(11/21/26 10:00:05.128:34) : item=0 name=/usr/local/cuda/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=EXECVE msg=audit(11/21/26 10:00:05.128:38) : argc=5 a0=bash a1=/root/.pyenv/libexec/pyenv a2=exec a3=python3 a4=wl.py 
type=BPRM_FCAPS msg=audit(11/21/26 10:00:05.128:38) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:05.132:42) : cwd=/root/.pyenv/libexec 
type=EXECVE msg=audit(11/21/26 10:00:05.132:42) : argc=2 a0=/usr/bin/readlink a1=pyenv 
----
type=EXECVE msg=audit(11/21/26 10:00:05.136:43) : argc=5 a0=/usr/bin/env a1=bash a2=/root/.pyenv/libexec/pyenv-exec a3=python3 a4=wl.py 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.136:44) : proctitle=/usr/bin/env bash /root/.pyenv/shims/python3 wl.py 
----
type=PATH msg=audit(11/21/26 10:00:05.136:48) : item=0 name=/root/.pyenv/plugins/pyenv-doctor/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:05.136:52) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.136:56) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffde9ea2010 a1=0x7ffde9ea2470 a2=0x7ffde9ea2498 a3=0x7f4f9bee2e70 items=1 ppid=2358 pid=2388 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-exec exe=/usr/bin/env key=exe 
----
type=EXECVE msg=audit(11/21/26 10:00:05.136:58) : argc=4 a0=bash a1=/root/.pyenv/libexec/pyenv-exec a2=python3 a3=wl.py 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.136:59) : arch=x86_64 syscall=getppid success=yes exit=2358 a0=0x1 a1=0x2 a2=0x0 a3=0xef664c7d32fa88d1 items=0 ppid=2358 pid=2388 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=bash exe=/usr/bin/bash key=ppid 
----
type=CWD msg=audit(11/21/26 10:00:05.140:63) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.140:67) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffd4ec90170 a1=0x7ffd4ec905d0 a2=0x7ffd4ec905f0 a3=0x7f13eb41ae70 items=1 ppid=2388 pid=2396 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-version-n exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.140:70) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-name -f 
----
type=PATH msg=audit(11/21/26 10:00:05.140:74) : item=0 name=/usr/local/sbin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=PATH msg=audit(11/21/26 10:00:05.140:77) : item=1 name=/lib64/ld-linux-x86-64.so.2 inode=332383 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=EXECVE msg=audit(11/21/26 10:00:05.140:77) : argc=3 a0=bash a1=/root/.pyenv/libexec/pyenv-version-name a2=-f 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.140:81) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-file 
----
type=PATH msg=audit(11/21/26 10:00:05.144:85) : item=0 name=/root/.pyenv/plugins/pyenv-update/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:05.144:89) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.144:93) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffe41f761a0 a1=0x7ffe41f76600 a2=0x7ffe41f76618 a3=0x7f255df84e70 items=1 ppid=2396 pid=2397 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-version-f exe=/usr/bin/env key=exe 
----
type=CWD msg=audit(11/21/26 10:00:05.144:96) : cwd=/tmp/oracle 
type=EXECVE msg=audit(11/21/26 10:00:05.144:96) : argc=2 a0=bash a1=/root/.pyenv/libexec/pyenv-version-file 
----
type=PATH msg=audit(11/21/26 10:00:05.144:100) : item=1 name=/usr/bin/env inode=247312 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.148:104) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffcb736fe40 a1=0x7ffcb73702a0 a2=0x7ffcb73702c0 a3=0x7f9850be4e70 items=1 ppid=2398 pid=2399 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-version-f exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.148:107) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-file-read /root/.pyenv/version 
----
type=PATH msg=audit(11/21/26 10:00:05.148:111) : item=0 name=/usr/local/cuda/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=BPRM_FCAPS msg=audit(11/21/26 10:00:05.148:115) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:05.148:119) : cwd=/tmp/oracle 
----
type=PATH msg=audit(11/21/26 10:00:05.152:122) : item=0 name=/root/.pyenv/plugins/pyenv-virtualenv/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:05.152:126) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.152:130) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffdb7e807b0 a1=0x7ffdb7e80c10 a2=0x7ffdb7e80c30 a3=0x7f3ca10e3e70 items=1 ppid=2396 pid=2400 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-hooks exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.152:133) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-hooks version-name 
----
type=BPRM_FCAPS msg=audit(11/21/26 10:00:05.152:138) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.156:141) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7fff3f4493a0 a1=0x7fff3f449800 a2=0x7fff3f449820 a3=0x7fd05bafee70 items=1 ppid=2388 pid=2402 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-which exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.156:144) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-which python3 
----
type=PATH msg=audit(11/21/26 10:00:05.156:148) : item=0 name=/root/.pyenv/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:05.156:152) : cwd=/tmp/oracle 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.156:156) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-which python3 
----
type=PATH msg=audit(11/21/26 10:00:05.156:159) : item=0 name=/root/.pyenv/plugins/python-build/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:05.156:163) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.156:167) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffd4d1b67c0 a1=0x7ffd4d1b6c20 a2=0x7ffd4d1b6c40 a3=0x7f4dc132fe70 items=1 ppid=2402 pid=2403 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-version-n exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.156:170) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-name -f 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.160:174) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-name -f 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.160:178) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7fff258ec760 a1=0x7fff258ecbc0 a2=0x7fff258ecbd8 a3=0x7f0f7e4f1e70 items=1 ppid=2403 pid=2404 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-version-f exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.160:181) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-file 
----
type=PATH msg=audit(11/21/26 10:00:05.160:185) : item=0 name=/root/.pyenv/shims/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:05.160:189) : cwd=/tmp/oracle 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.164:192) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-file 
----
type=PATH msg=audit(11/21/26 10:00:05.164:196) : item=0 name=/root/.pyenv/libexec/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:05.164:200) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.164:204) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffefd52df30 a1=0x7ffefd52e390 a2=0x7ffefd52e3b0 a3=0x7f34c2fc1e70 items=1 ppid=2405 pid=2406 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-version-f exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.164:207) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-file-read /root/.pyenv/version 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.164:210) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-file-read /root/.pyenv/version 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.168:215) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7fff307156f0 a1=0x7fff30715b50 a2=0x7fff30715b70 a3=0x7f219ec27e70 items=1 ppid=2403 pid=2407 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-hooks exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.168:218) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-hooks version-name 
----
type=PATH msg=audit(11/21/26 10:00:05.168:222) : item=0 name=/root/.pyenv/plugins/pyenv-virtualenv/shims/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:05.168:226) : cwd=/tmp/oracle 
----
type=PATH msg=audit(11/21/26 10:00:05.168:229) : item=0 name=/usr/bin/bash inode=247101 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=PATH msg=audit(11/21/26 10:00:05.172:233) : item=2 name=/lib64/ld-linux-x86-64.so.2 inode=332383 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:05.176:237) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.176:241) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffe3e7ac700 a1=0x7ffe3e7acb60 a2=0x7ffe3e7acb80 a3=0x7fca3fd7ee70 items=1 ppid=2409 pid=2410 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-prefix exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.176:244) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-prefix 3.11.7 
----
type=EXECVE msg=audit(11/21/26 10:00:05.176:248) : argc=3 a0=bash a1=/root/.pyenv/libexec/pyenv-prefix a2=3.11.7 
----
type=PATH msg=audit(11/21/26 10:00:05.176:252) : item=0 name=/root/.pyenv/libexec/pyenv-latest inode=1468 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.180:255) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-latest -f 3.11.7 
----
type=PATH msg=audit(11/21/26 10:00:05.180:259) : item=0 name=/root/.cargo/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:05.180:263) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.180:267) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x7ffd93ec2fc0 a1=0x7ffd93ec3420 a2=0x7ffd93ec3448 a3=0x7f5abaa0ee70 items=2 ppid=2410 pid=2411 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=bash exe=/usr/bin/bash key=exe 
----
type=EXECVE msg=audit(11/21/26 10:00:05.180:271) : argc=2 a0=basename a1=/root/.pyenv/versions/3.11.7 
----
type=PATH msg=audit(11/21/26 10:00:05.184:273) : item=0 name=/root/.pyenv/libexec/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:05.184:277) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.184:281) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffe9b1f0aa0 a1=0x7ffe9b1f0f00 a2=0x7ffe9b1f0f20 a3=0x7f33c2480e70 items=1 ppid=2402 pid=2413 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-hooks exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.184:284) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-hooks which 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.184:287) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-hooks which 
----
type=BPRM_FCAPS msg=audit(11/21/26 10:00:05.188:292) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
----
type=EXECVE msg=audit(11/21/26 10:00:05.196:294) : argc=4 a0=/usr/bin/env a1=bash a2=/root/.pyenv/libexec/pyenv-hooks a3=exec 
----
type=CWD msg=audit(11/21/26 10:00:05.196:297) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.196:301) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffd1cf85f80 a1=0x7ffd1cf863e0 a2=0x7ffd1cf86400 a3=0x7f4419febe70 items=1 ppid=2388 pid=2424 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-hooks exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.196:304) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-hooks exec 
----
type=PATH msg=audit(11/21/26 10:00:05.196:308) : item=0 name=/usr/sbin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.200:313) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x561a49d32b50 a1=0x561a49d32c60 a2=0x561a49d2ed20 a3=0xf05ecfaae4fc4193 items=2 ppid=2427 pid=2428 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=readlink exe=/usr/bin/readlink key=exe 
----
type=SOCKADDR msg=audit(11/21/26 10:00:05.288:315) : saddr={ saddr_fam=inet laddr=127.0.0.1 lport=9 } 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.288:319) : proctitle=/usr/bin/env bash /root/.pyenv/shims/python3 wl.py 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.292:327) : arch=x86_64 syscall=getppid success=yes exit=2358 a0=0x7f0b155c99e0 a1=0x0 a2=0x7f0b15c694a0 a3=0x7f0b151d54c0 items=0 ppid=2358 pid=2388 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=ppid 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.292:334) : proctitle=/usr/bin/env bash /root/.pyenv/shims/python3 wl.py 
----
type=USER_AUTH msg=audit(11/21/26 10:00:05.292:340) : pid=2388 uid=root auid=unset ses=unset msg='op=PAM:authentication grantors=pam_unix acct=root exe=/usr/bin/su hostname=vm addr=? terminal=/dev/pts/0 res=success' 
----
type=USER_LOGIN msg=audit(11/21/26 10:00:05.292:341) : pid=2388 uid=root auid=unset ses=unset msg='op=login id=cloudsdk exe=/usr/sbin/sshd hostname=host.example addr=10.1.2.3 terminal=ssh res=success' 
----
type=ADD_USER msg=audit(11/21/26 10:00:05.292:342) : pid=2388 uid=root auid=unset ses=unset msg='op=adding user id=unknown(12345) exe=/usr/sbin/useradd hostname=vm addr=? terminal=pts/0 res=success' 
----
type=USER_CMD msg=audit(11/21/26 10:00:05.292:343) : pid=2388 uid=root auid=unset ses=unset msg='cwd=/root cmd=ls -l exe=/usr/bin/sudo terminal=pts/0 res=success' 
----
type=SERVICE_START msg=audit(11/21/26 10:00:05.292:344) : pid=2388 uid=root auid=unset ses=unset msg='unit=cron comm=systemd exe=/usr/lib/systemd/systemd hostname=? addr=? terminal=? res=success' 
----
type=ANOM_LOGIN_FAILURES msg=audit(11/21/26 10:00:05.292:345) : pid=2388 uid=root auid=unset ses=unset msg='op=test-2100 acct=nobody res=success' 
----
type=USER_ERR msg=audit(11/21/26 10:00:05.292:346) : pid=2388 uid=root auid=unset ses=unset msg='op=PAM:session_open grantors=pam_unix acct=nobody exe=/bin/login hostname=? addr=? terminal=tty1 res=success' 
----
type=SYSTEM_BOOT msg=audit(11/21/26 10:00:05.292:347) : pid=2388 uid=root auid=unset ses=unset msg='avc:  received policyload notice (seqno=2) exe=/x 
----
type=EXECVE msg=audit(11/21/26 10:00:05.304:348) : argc=1 a0=./ia32 
----
type=SYSCALL msg=audit(11/21/26 10:00:05.304:351) : arch=i386 syscall=getppid success=yes exit=2358 a0=0x7ffe4c26ad48 a1=0x563babb0fe08 a2=0x40 a3=0x7ffe4c26ad48 items=0 ppid=2358 pid=2429 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=ia32 exe=/tmp/oracle/ia32 key=ppid32 
----
type=CWD msg=audit(11/21/26 10:00:05.308:355) : cwd=/tmp/oracle 
----
type=CWD msg=audit(11/21/26 10:00:05.308:358) : cwd=/tmp/oracle 
----
type=EXECVE msg=audit(11/21/26 10:00:05.308:359) : argc=1 a0=/bin/true 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.308:360) : proctitle=setpriv --reuid=12345 --regid=12345 --clear-groups /bin/true 
----
type=PROCTITLE msg=audit(11/21/26 10:00:05.312:363) : proctitle=setpriv --reuid=12345 --regid=12345 --clear-groups /bin/true 
----
type=CWD msg=audit(11/21/26 10:00:05.312:366) : cwd=/tmp/oracle 
----
type=PATH msg=audit(11/21/26 10:00:05.316:368) : item=0 name=/usr/sbin/auditctl inode=933892 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=USER msg=audit(11/21/26 10:00:05.316:369) : pid=2434 uid=root auid=unset ses=unset msg='text=hello from the oracle exe=/usr/sbin/auditctl hostname=? addr=? terminal=? res=success' 
----
type=CONFIG_CHANGE msg=audit(11/21/26 10:00:05.324:372) : auid=unset ses=unset op=remove_rule key=net list=exit res=yes 
----
type=DAEMON_ROTATE msg=audit(11/21/26 10:00:05.880:9204) : op=rotate-logs auid=root uid=root ses=unset pid=2358 res=success 
----
type=DAEMON_CONFIG msg=audit(11/21/26 10:00:06.182:637) : op=reconfigure state=changed auid=root pid=2358 subj=? res=success 
----
type=DAEMON_RESUME msg=audit(11/21/26 10:00:06.684:9205) : op=resume-logging auid=root uid=root ses=unset pid=2358 res=success 
----
type=DAEMON_END msg=audit(11/21/26 10:00:06.985:9206) : op=terminate auid=root uid=root ses=unset pid=2358 res=success 
