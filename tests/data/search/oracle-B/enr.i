----
type=PROCTITLE msg=audit(11/21/26 10:00:07.632:378) : proctitle=/usr/sbin/auditd -n -c /tmp/oracle/enr 
type=SYSCALL msg=audit(11/21/26 10:00:07.632:378) : arch=x86_64 syscall=sendto success=yes exit=60 a0=0x3 a1=0x7ffc91986140 a2=0x3c a3=0x0 items=0 ppid=2453 pid=2466 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=auditd exe=/usr/sbin/auditd key=(null) 
----
type=DAEMON_START msg=audit(11/21/26 10:00:07.637:4200) : op=start ver=3.0.9 format=enriched kernel=6.18.44-fc-v595 auid=unset pid=2466 uid=root ses=unset res=success 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.632:379) : proctitle=auditctl -a always,exit -F arch b64 -S execve -k exe 
type=SYSCALL msg=audit(11/21/26 10:00:08.632:379) : arch=x86_64 syscall=sendto success=yes exit=1060 a0=0x4 a1=0x7ffe06c0f3e0 a2=0x424 a3=0x0 items=0 ppid=2453 pid=2470 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=auditctl exe=/usr/sbin/auditctl key=(null) 
type=CONFIG_CHANGE msg=audit(11/21/26 10:00:08.632:379) : auid=unset ses=unset op=add_rule key=exe list=exit res=yes 
----
type=PATH msg=audit(11/21/26 10:00:08.636:380) : item=1 name=/lib64/ld-linux-x86-64.so.2 inode=332383 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:00:08.636:380) : item=0 name=/usr/sbin/auditctl inode=933892 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:00:08.636:380) : cwd=/tmp/oracle 
type=EXECVE msg=audit(11/21/26 10:00:08.636:380) : argc=9 a0=auditctl a1=-a a2=always,exit a3=-F a4=arch=b64 a5=-S a6=connect a7=-k a8=net 
type=BPRM_FCAPS msg=audit(11/21/26 10:00:08.636:380) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
type=SYSCALL msg=audit(11/21/26 10:00:08.636:380) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x55edc94a1980 a1=0x55edc949e670 a2=0x55edc94a1330 a3=0x0 items=2 ppid=2453 pid=2472 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=auditctl exe=/usr/sbin/auditctl key=exe 
----
type=SOCKADDR msg=audit(11/21/26 10:00:08.636:381) : saddr={ saddr_fam=netlink nlnk-fam=16 nlnk-pid=0 } 
type=CONFIG_CHANGE msg=audit(11/21/26 10:00:08.636:381) : auid=unset ses=unset op=add_rule key=net list=exit res=yes 
----
type=CWD msg=audit(11/21/26 10:00:08.636:382) : cwd=/tmp/oracle 
type=EXECVE msg=audit(11/21/26 10:00:08.636:382) : argc=11 a0=auditctl a1=-a a2=always,exit a3=-F a4=arch=b64 a5=-S a6=openat,unlinkat,renameat,rename,chmod,fchmodat,unlink a7=-F a8=dir=/tmp/oracle/w a9=-k a10=files 
type=BPRM_FCAPS msg=audit(11/21/26 10:00:08.636:382) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
type=SYSCALL msg=audit(11/21/26 10:00:08.636:382) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x55edc94a3310 a1=0x55edc949e670 a2=0x55edc94a1330 a3=0x0 items=2 ppid=2453 pid=2474 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=auditctl exe=/usr/sbin/auditctl key=exe 
----
type=SOCKADDR msg=audit(11/21/26 10:00:08.636:383) : saddr={ saddr_fam=netlink nlnk-fam=16 nlnk-pid=0 } 
----
type=EXECVE msg=audit(11/21/26 10:00:08.636:384) : argc=9 a0=auditctl a1=-a a2=always,exit a3=-F a4=arch=b64 a5=-S a6=getppid a7=-k a8=ppid 
type=SYSCALL msg=audit(11/21/26 10:00:08.636:384) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x55edc94a2620 a1=0x55edc949e670 a2=0x55edc94a1330 a3=0x0 items=2 ppid=2453 pid=2476 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=auditctl exe=/usr/sbin/auditctl key=exe 
----
type=PATH msg=audit(11/21/26 10:00:08.640:386) : item=0 name=/usr/sbin/auditctl inode=933892 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=EXECVE msg=audit(11/21/26 10:00:08.640:388) : argc=7 a0=auditctl a1=-w a2=/tmp/oracle/w/watched a3=-p a4=wa a5=-k a6=watch 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.640:389) : arch=x86_64 syscall=sendto success=yes exit=1084 a0=0x4 a1=0x7fffc931c490 a2=0x43c a3=0x0 items=1 ppid=2453 pid=2480 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=auditctl exe=/usr/sbin/auditctl key=(null) 
----
type=EXECVE msg=audit(11/21/26 10:00:08.640:390) : argc=4 a0=/usr/bin/env a1=bash a2=/root/.pyenv/shims/python3 a3=wl.py 
----
type=PATH msg=audit(11/21/26 10:00:08.640:391) : item=0 name=/root/.cargo/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=PATH msg=audit(11/21/26 10:00:08.640:392) : item=0 name=/root/.cargo/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:08.640:395) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.640:399) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffeb0584470 a1=0x7ffeb0584820 a2=0x7ffeb0584840 a3=0x7f6d1a2b2e70 items=1 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/usr/bin/env key=exe 
----
type=EXECVE msg=audit(11/21/26 10:00:08.640:400) : argc=3 a0=bash a1=/root/.pyenv/shims/python3 a2=wl.py 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.644:401) : arch=x86_64 syscall=getppid success=yes exit=2453 a0=0x1 a1=0x2 a2=0x0 a3=0xc3ea95b4d724ba7a items=0 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=bash exe=/usr/bin/bash key=ppid 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.644:402) : arch=x86_64 syscall=getppid success=yes exit=2453 a0=0x0 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=bash exe=/usr/bin/bash key=ppid 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.644:403) : arch=x86_64 syscall=getppid success=yes exit=2453 a0=0x0 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=bash exe=/usr/bin/bash key=ppid 
----
type=EXECVE msg=audit(11/21/26 10:00:08.644:404) : argc=6 a0=/usr/bin/env a1=bash a2=/root/.pyenv/libexec/pyenv a3=exec a4=python3 a5=wl.py 
----
type=CWD msg=audit(11/21/26 10:00:08.644:406) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.644:410) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffd7f0ad0b0 a1=0x7ffd7f0ad460 a2=0x7ffd7f0ad490 a3=0x7f85a318be70 items=1 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.644:413) : proctitle=/usr/bin/env bash /root/.pyenv/shims/python3 wl.py 
----
type=EXECVE msg=audit(11/21/26 10:00:08.644:414) : argc=5 a0=bash a1=/root/.pyenv/libexec/pyenv a2=exec a3=python3 a4=wl.py 
----
type=EXECVE msg=audit(11/21/26 10:00:08.648:418) : argc=2 a0=/usr/bin/readlink a1=pyenv 
type=BPRM_FCAPS msg=audit(11/21/26 10:00:08.648:418) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
----
type=EXECVE msg=audit(11/21/26 10:00:08.648:419) : argc=5 a0=/usr/bin/env a1=bash a2=/root/.pyenv/libexec/pyenv-exec a3=python3 a4=wl.py 
----
type=CWD msg=audit(11/21/26 10:00:08.652:420) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.652:424) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffc9b28b8f0 a1=0x7ffc9b28bd50 a2=0x7ffc9b28bd78 a3=0x7ff45bee3e70 items=1 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-exec exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.652:427) : proctitle=/usr/bin/env bash /root/.pyenv/shims/python3 wl.py 
----
type=PATH msg=audit(11/21/26 10:00:08.652:431) : item=0 name=/usr/local/sbin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=PATH msg=audit(11/21/26 10:00:08.652:434) : item=1 name=/lib64/ld-linux-x86-64.so.2 inode=332383 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=EXECVE msg=audit(11/21/26 10:00:08.652:434) : argc=4 a0=bash a1=/root/.pyenv/libexec/pyenv-exec a2=python3 a3=wl.py 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.652:438) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-name -f 
----
type=PATH msg=audit(11/21/26 10:00:08.656:442) : item=0 name=/root/.pyenv/plugins/pyenv-update/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:08.656:446) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.656:450) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7fff6e329800 a1=0x7fff6e329c60 a2=0x7fff6e329c80 a3=0x7fcf0e6c7e70 items=1 ppid=2482 pid=2490 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-version-n exe=/usr/bin/env key=exe 
----
type=CWD msg=audit(11/21/26 10:00:08.656:453) : cwd=/tmp/oracle 
type=EXECVE msg=audit(11/21/26 10:00:08.656:453) : argc=3 a0=bash a1=/root/.pyenv/libexec/pyenv-version-name a2=-f 
----
type=PATH msg=audit(11/21/26 10:00:08.656:457) : item=1 name=/usr/bin/env inode=247312 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.656:461) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffc86329830 a1=0x7ffc86329c90 a2=0x7ffc86329ca8 a3=0x7fb6eb255e70 items=1 ppid=2490 pid=2491 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-version-f exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.656:464) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-file 
----
type=PATH msg=audit(11/21/26 10:00:08.656:468) : item=0 name=/usr/local/cuda/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=EXECVE msg=audit(11/21/26 10:00:08.656:472) : argc=2 a0=bash a1=/root/.pyenv/libexec/pyenv-version-file 
type=BPRM_FCAPS msg=audit(11/21/26 10:00:08.656:472) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:08.660:476) : cwd=/tmp/oracle 
----
type=PATH msg=audit(11/21/26 10:00:08.660:479) : item=0 name=/root/.pyenv/plugins/pyenv-virtualenv/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:08.660:483) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.660:487) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffecdeee5a0 a1=0x7ffecdeeea00 a2=0x7ffecdeeea20 a3=0x7fe1733a3e70 items=1 ppid=2492 pid=2493 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-version-f exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.660:490) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-file-read /root/.pyenv/version 
----
type=BPRM_FCAPS msg=audit(11/21/26 10:00:08.664:495) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.664:498) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7fff56ad1690 a1=0x7fff56ad1af0 a2=0x7fff56ad1b10 a3=0x7f43668cce70 items=1 ppid=2490 pid=2494 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-hooks exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.664:501) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-hooks version-name 
----
type=PATH msg=audit(11/21/26 10:00:08.664:505) : item=0 name=/root/.pyenv/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:08.664:509) : cwd=/tmp/oracle 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.664:513) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-hooks version-name 
----
type=PATH msg=audit(11/21/26 10:00:08.668:516) : item=0 name=/root/.pyenv/plugins/python-build/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:08.668:520) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.668:524) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffc7353b910 a1=0x7ffc7353bd70 a2=0x7ffc7353bd90 a3=0x7fce7a8cfe70 items=1 ppid=2482 pid=2496 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-which exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.668:527) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-which python3 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.668:531) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-which python3 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.672:535) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7fffd55c6c00 a1=0x7fffd55c7060 a2=0x7fffd55c7080 a3=0x7f88023d9e70 items=1 ppid=2496 pid=2497 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-version-n exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.672:538) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-name -f 
----
type=PATH msg=audit(11/21/26 10:00:08.672:542) : item=0 name=/root/.pyenv/shims/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:08.672:546) : cwd=/tmp/oracle 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.672:549) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-name -f 
----
type=PATH msg=audit(11/21/26 10:00:08.676:553) : item=0 name=/root/.pyenv/libexec/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:08.676:557) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.676:561) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffc6661df70 a1=0x7ffc6661e3d0 a2=0x7ffc6661e3e8 a3=0x7fda8ab8ee70 items=1 ppid=2497 pid=2498 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-version-f exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.676:564) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-file 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.676:567) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-file 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.676:572) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7fffffb61470 a1=0x7fffffb618d0 a2=0x7fffffb618f0 a3=0x7fed9e680e70 items=1 ppid=2499 pid=2500 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-version-f exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.676:575) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-file-read /root/.pyenv/version 
----
type=PATH msg=audit(11/21/26 10:00:08.676:579) : item=0 name=/root/.pyenv/plugins/pyenv-virtualenv/shims/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:08.676:583) : cwd=/tmp/oracle 
----
type=PATH msg=audit(11/21/26 10:00:08.676:586) : item=0 name=/usr/bin/bash inode=247101 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=PATH msg=audit(11/21/26 10:00:08.680:590) : item=2 name=/lib64/ld-linux-x86-64.so.2 inode=332383 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:08.680:594) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.680:598) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffc9b412060 a1=0x7ffc9b4124c0 a2=0x7ffc9b4124e0 a3=0x7f3960e54e70 items=1 ppid=2497 pid=2501 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-hooks exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.680:601) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-hooks version-name 
----
type=EXECVE msg=audit(11/21/26 10:00:08.680:605) : argc=3 a0=bash a1=/root/.pyenv/libexec/pyenv-hooks a2=version-name 
----
type=PATH msg=audit(11/21/26 10:00:08.684:609) : item=0 name=/root/.pyenv/libexec/pyenv-prefix inode=1470 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.684:612) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-prefix 3.11.7 
----
type=PATH msg=audit(11/21/26 10:00:08.684:616) : item=0 name=/root/.cargo/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:08.684:620) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.684:624) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x7ffc36eaf820 a1=0x7ffc36eafc80 a2=0x7ffc36eafca0 a3=0x7f6d7c731e70 items=2 ppid=2503 pid=2504 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=bash exe=/usr/bin/bash key=exe 
----
type=EXECVE msg=audit(11/21/26 10:00:08.688:628) : argc=5 a0=/usr/bin/env a1=bash a2=/root/.pyenv/libexec/pyenv-latest a3=-f a4=3.11.7 
----
type=CWD msg=audit(11/21/26 10:00:08.688:631) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.688:635) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7fff15edd9d0 a1=0x7fff15edde30 a2=0x7fff15edde58 a3=0x7fa9fe01be70 items=1 ppid=2504 pid=2505 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-latest exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.688:638) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-latest -f 3.11.7 
----
type=PATH msg=audit(11/21/26 10:00:08.688:642) : item=0 name=/usr/sbin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.692:647) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x555b1cb620c0 a1=0x555b1cb5b800 a2=0x555b1cb62b60 a3=0x8 items=2 ppid=2496 pid=2506 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=basename exe=/usr/bin/basename key=exe 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.692:649) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffd0d2ee810 a1=0x7ffd0d2eec70 a2=0x7ffd0d2eec90 a3=0x7f597c6d3e70 items=1 ppid=2496 pid=2507 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-hooks exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.692:652) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-hooks which 
----
type=PATH msg=audit(11/21/26 10:00:08.692:656) : item=0 name=/root/.pyenv/plugins/pyenv-virtualenv/shims/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:08.692:660) : cwd=/tmp/oracle 
----
type=PATH msg=audit(11/21/26 10:00:08.692:663) : item=0 name=/usr/bin/bash inode=247101 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.696:667) : proctitle=/usr/bin/readlink conda.bash 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.704:670) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x55a4eef34570 a1=0x55a4eef31340 a2=0x55a4eef31030 a3=0x0 items=3 ppid=2482 pid=2518 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-hooks exe=/usr/bin/env key=exe 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.704:672) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-hooks exec 
----
type=PATH msg=audit(11/21/26 10:00:08.704:676) : item=0 name=/root/.cargo/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=CWD msg=audit(11/21/26 10:00:08.704:680) : cwd=/tmp/oracle 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.704:684) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffeeeeb49e0 a1=0x7ffeeeeb4e40 a2=0x7ffeeeeb4e60 a3=0x7fd53abdfe70 items=1 ppid=2482 pid=2518 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-hooks exe=/usr/bin/env key=exe 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.704:688) : arch=x86_64 syscall=getppid success=yes exit=2482 a0=0x0 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=2482 pid=2518 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=bash exe=/usr/bin/bash key=ppid 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.708:690) : proctitle=/usr/bin/env bash /root/.pyenv/shims/python3 wl.py 
----
type=SOCKADDR msg=audit(11/21/26 10:00:08.748:691) : saddr={ saddr_fam=inet laddr=127.0.0.1 lport=9 } 
type=SYSCALL msg=audit(11/21/26 10:00:08.748:691) : arch=x86_64 syscall=connect success=no exit=ECONNREFUSED(Connection refused) a0=0x3 a1=0x7fff5a89c2e0 a2=0x10 a3=0x0 items=0 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=net 
----
type=SOCKADDR msg=audit(11/21/26 10:00:08.748:692) : saddr={ saddr_fam=inet6 laddr=::1 lport=22 } 
type=SYSCALL msg=audit(11/21/26 10:00:08.748:692) : arch=x86_64 syscall=connect success=no exit=ECONNREFUSED(Connection refused) a0=0x3 a1=0x7fff5a89c2e0 a2=0x1c a3=0x7f9ed255c7a2 items=0 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=net 
----
type=SOCKADDR msg=audit(11/21/26 10:00:08.748:693) : saddr={ saddr_fam=local path=/run/nonexistent.sock } 
----
type=SOCKADDR msg=audit(11/21/26 10:00:08.748:694) : saddr={ saddr_fam=local path=abstract-name } 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.748:695) : arch=x86_64 syscall=connect success=yes exit=0 a0=0x3 a1=0x7fff5a89c2e0 a2=0xc a3=0x10 items=0 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=net 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.748:696) : arch=x86_64 syscall=openat success=yes exit=4 a0=AT_FDCWD a1=0x7f9ed255ed50 a2=O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC a3=0x1b6 items=2 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.748:697) : arch=x86_64 syscall=chmod success=yes exit=0 a0=0x7f9ed255da90 a1=0600 a2=0x0 a3=0x7f9ed2a27d88 items=1 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
type=PATH msg=audit(11/21/26 10:00:08.748:698) : item=1 name=/tmp/oracle/w/ inode=10952844 dev=fe:00 mode=dir,755 ouid=root ogid=root rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=SYSCALL msg=audit(11/21/26 10:00:08.748:698) : arch=x86_64 syscall=rename success=yes exit=0 a0=0x7f9ed255da90 a1=0x7f9ed255e510 a2=0x0 a3=0x7f9ed2a35528 items=4 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.748:699) : arch=x86_64 syscall=unlink success=yes exit=0 a0=0x7f9ed255e510 a1=0x0 a2=0x0 a3=0x7f9ed2a2be68 items=2 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.748:700) : arch=x86_64 syscall=openat success=yes exit=4 a0=AT_FDCWD a1=0x7f9ed255da90 a2=O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC a3=0x1b6 items=2 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
type=CWD msg=audit(11/21/26 10:00:08.748:701) : cwd=/tmp/oracle 
type=SYSCALL msg=audit(11/21/26 10:00:08.748:701) : arch=x86_64 syscall=chmod success=yes exit=0 a0=0x7f9ed255e510 a1=0600 a2=0x0 a3=0x7f items=1 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.748:702) : arch=x86_64 syscall=rename success=yes exit=0 a0=0x7f9ed255e510 a1=0x7f9ed255ed50 a2=0x0 a3=0x7f items=4 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.748:703) : arch=x86_64 syscall=unlink success=yes exit=0 a0=0x7f9ed255ed50 a1=0x0 a2=0x0 a3=0x7f items=2 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.748:704) : arch=x86_64 syscall=openat success=yes exit=4 a0=AT_FDCWD a1=0x7f9ed255e510 a2=O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC a3=0x1b6 items=2 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.748:706) : proctitle=/usr/bin/env bash /root/.pyenv/shims/python3 wl.py 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.748:710) : arch=x86_64 syscall=rename success=yes exit=0 a0=0x7f9ed2882990 a1=0x7f9ed255e510 a2=0x0 a3=0x7f items=4 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
type=PATH msg=audit(11/21/26 10:00:08.748:712) : item=1 name=/tmp/oracle/w/f4 inode=10952853 dev=fe:00 mode=file,644 ouid=root ogid=root rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=PATH msg=audit(11/21/26 10:00:08.748:715) : item=0 name=/tmp/oracle/w/ inode=10952844 dev=fe:00 mode=dir,755 ouid=root ogid=root rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.748:721) : arch=x86_64 syscall=getppid success=yes exit=2453 a0=0x7f9ed29c99e0 a1=0x0 a2=0x7f9ed30694a0 a3=0x7f9ed25814c0 items=0 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=ppid 
----
type=PROCTITLE msg=audit(11/21/26 10:00:08.748:728) : proctitle=/usr/bin/env bash /root/.pyenv/shims/python3 wl.py 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.748:736) : arch=x86_64 syscall=getppid success=yes exit=2453 a0=0x7f9ed29c99e0 a1=0x0 a2=0x7f9ed30694a0 a3=0x7f9ed25814c0 items=0 ppid=2453 pid=2482 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=ppid 
----
type=USER_AUTH msg=audit(11/21/26 10:00:08.748:737) : pid=2482 uid=root auid=unset ses=unset msg='op=PAM:authentication grantors=pam_unix acct=root exe=/usr/bin/su hostname=vm addr=? terminal=/dev/pts/0 res=success' 
----
type=USER_LOGIN msg=audit(11/21/26 10:00:08.748:738) : pid=2482 uid=root auid=unset ses=unset msg='op=login id=cloudsdk exe=/usr/sbin/sshd hostname=host.example addr=10.1.2.3 terminal=ssh res=success' 
----
type=ADD_USER msg=audit(11/21/26 10:00:08.748:739) : pid=2482 uid=root auid=unset ses=unset msg='op=adding user id=unknown(12345) exe=/usr/sbin/useradd hostname=vm addr=? terminal=pts/0 res=success' 
----
type=USER_CMD msg=audit(11/21/26 10:00:08.748:740) : pid=2482 uid=root auid=unset ses=unset msg='cwd=/root cmd=ls -l exe=/usr/bin/sudo terminal=pts/0 res=success' 
----
type=SERVICE_START msg=audit(11/21/26 10:00:08.748:741) : pid=2482 uid=root auid=unset ses=unset msg='unit=cron comm=systemd exe=/usr/lib/systemd/systemd hostname=? addr=? terminal=? res=success' 
----
type=ANOM_LOGIN_FAILURES msg=audit(11/21/26 10:00:08.748:742) : pid=2482 uid=root auid=unset ses=unset msg='op=test-2100 acct=nobody res=success' 
----
type=USER_ERR msg=audit(11/21/26 10:00:08.748:743) : pid=2482 uid=root auid=unset ses=unset msg='op=PAM:session_open grantors=pam_unix acct=nobody exe=/bin/login hostname=? addr=? terminal=tty1 res=success' 
----
type=SYSTEM_BOOT msg=audit(11/21/26 10:00:08.748:744) : pid=2482 uid=root auid=unset ses=unset msg='avc:  received policyload notice (seqno=2) exe=/x 
----
type=PATH msg=audit(11/21/26 10:00:08.760:745) : item=1 name=/lib64/ld-linux-x86-64.so.2 inode=332383 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=EXECVE msg=audit(11/21/26 10:00:08.760:745) : argc=1 a0=./ia32 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.760:746) : arch=i386 syscall=getppid success=yes exit=2453 a0=0x7ffda65fda38 a1=0x56006aa7ce08 a2=0x40 a3=0x7ffda65fda38 items=0 ppid=2453 pid=2523 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=ia32 exe=/tmp/oracle/ia32 key=ppid32 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.760:747) : arch=i386 syscall=getppid success=yes exit=2453 a0=0x7ffda65fda38 a1=0x56006aa7ce08 a2=0x40 a3=0x7ffda65fda38 items=0 ppid=2453 pid=2523 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=ia32 exe=/tmp/oracle/ia32 key=ppid32 
----
type=CWD msg=audit(11/21/26 10:00:08.760:751) : cwd=/tmp/oracle 
----
type=SOCKADDR msg=audit(11/21/26 10:00:08.760:752) : saddr={ saddr_fam=local path=/var/run/nscd/socket } 
----
type=SOCKADDR msg=audit(11/21/26 10:00:08.760:753) : saddr={ saddr_fam=local path=/var/run/nscd/socket } 
----
type=SOCKADDR msg=audit(11/21/26 10:00:08.760:754) : saddr={ saddr_fam=local path=/var/run/nscd/socket } 
----
type=EXECVE msg=audit(11/21/26 10:00:08.760:756) : argc=1 a0=/bin/true 
type=SYSCALL msg=audit(11/21/26 10:00:08.760:756) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x7ffdc0324a80 a1=0x7ffdc0323ae8 a2=0x7ffdc0323af8 a3=0xf343ef4fca2fb346 items=2 ppid=2453 pid=2524 auid=unset uid=nobody gid=nogroup euid=nobody suid=nobody fsuid=nobody egid=nogroup sgid=nogroup fsgid=nogroup tty=(none) ses=unset comm=true exe=/usr/bin/true key=exe 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.764:757) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x55edc94a2880 a1=0x55edc949d7f0 a2=0x55edc94a1330 a3=0x8fb1b13c1026558c items=2 ppid=2453 pid=2525 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=setpriv exe=/usr/bin/setpriv key=exe 
----
type=PATH msg=audit(11/21/26 10:00:08.764:759) : item=0 name=/var/run/nscd/socket nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
type=PATH msg=audit(11/21/26 10:00:08.764:762) : item=0 name=/bin/true inode=248139 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=SYSCALL msg=audit(11/21/26 10:00:08.764:762) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x7fff18ea9a80 a1=0x7fff18ea78f8 a2=0x7fff18ea7908 a3=0x7e27305999c2cc58 items=2 ppid=2453 pid=2525 auid=unset uid=unknown(12345) gid=unknown(12345) euid=unknown(12345) suid=unknown(12345) fsuid=unknown(12345) egid=unknown(12345) sgid=unknown(12345) fsgid=unknown(12345) tty=(none) ses=unset comm=true exe=/usr/bin/true key=exe 
----
type=BPRM_FCAPS msg=audit(11/21/26 10:00:08.768:765) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
----
type=USER msg=audit(11/21/26 10:00:08.768:767) : pid=2528 uid=root auid=unset ses=unset msg='text=hello from the oracle exe=/usr/sbin/auditctl hostname=? addr=? terminal=? res=success' 
----
type=BPRM_FCAPS msg=audit(11/21/26 10:00:08.768:768) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
----
type=SYSCALL msg=audit(11/21/26 10:00:08.800:771) : arch=x86_64 syscall=sendto success=yes exit=1076 a0=0x3 a1=0x7ffdc156a7e0 a2=0x434 a3=0x0 items=0 ppid=2453 pid=2529 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=auditctl exe=/usr/sbin/auditctl key=(null) 
----
type=DAEMON_ROTATE msg=audit(11/21/26 10:00:09.369:4201) : op=rotate-logs auid=root uid=root ses=unset pid=2453 res=success 
----
type=DAEMON_CONFIG msg=audit(11/21/26 10:00:09.671:9769) : op=reconfigure state=changed auid=root pid=2453 subj=? res=success 
----
type=DAEMON_RESUME msg=audit(11/21/26 10:00:10.171:4202) : op=resume-logging auid=root uid=root ses=unset pid=2453 res=success 
----
type=DAEMON_END msg=audit(11/21/26 10:00:10.473:4203) : op=terminate auid=root uid=root ses=unset pid=2453 res=success 
