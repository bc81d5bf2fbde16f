----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:11.124:778) : proctitle=/usr/sbin/auditd -n -c /tmp/oracle/enrhost 
node=vm type=SYSCALL msg=audit(11/21/26 10:00:11.124:778) : arch=x86_64 syscall=sendto success=yes exit=60 a0=0x3 a1=0x7ffc20fe3010 a2=0x3c a3=0x0 items=0 ppid=2547 pid=2560 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=auditd exe=/usr/sbin/auditd key=(null) 
----
node=vm type=DAEMON_START msg=audit(11/21/26 10:00:11.126:1548) : op=start ver=3.0.9 format=enriched kernel=6.18.44-fc-v595 auid=unset pid=2560 uid=root ses=unset res=success 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.124:779) : proctitle=auditctl -a always,exit -F arch b64 -S execve -k exe 
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.124:779) : arch=x86_64 syscall=sendto success=yes exit=1060 a0=0x4 a1=0x7ffe960bfd10 a2=0x424 a3=0x0 items=0 ppid=2547 pid=2564 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=auditctl exe=/usr/sbin/auditctl key=(null) 
node=vm type=CONFIG_CHANGE msg=audit(11/21/26 10:00:12.124:779) : auid=unset ses=unset op=add_rule key=exe list=exit res=yes 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.124:780) : item=1 name=/lib64/ld-linux-x86-64.so.2 inode=332383 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
node=vm type=PATH msg=audit(11/21/26 10:00:12.124:780) : item=0 name=/usr/sbin/auditctl inode=933892 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
node=vm type=CWD msg=audit(11/21/26 10:00:12.124:780) : cwd=/tmp/oracle 
node=vm type=EXECVE msg=audit(11/21/26 10:00:12.124:780) : argc=9 a0=auditctl a1=-a a2=always,exit a3=-F a4=arch=b64 a5=-S a6=connect a7=-k a8=net 
node=vm type=BPRM_FCAPS msg=audit(11/21/26 10:00:12.124:780) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.124:780) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x55cb48614980 a1=0x55cb48611670 a2=0x55cb48614330 a3=0x0 items=2 ppid=2547 pid=2566 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=auditctl exe=/usr/sbin/auditctl key=exe 
----
node=vm type=SOCKADDR msg=audit(11/21/26 10:00:12.124:781) : saddr={ saddr_fam=netlink nlnk-fam=16 nlnk-pid=0 } 
node=vm type=CONFIG_CHANGE msg=audit(11/21/26 10:00:12.124:781) : auid=unset ses=unset op=add_rule key=net list=exit res=yes 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.124:782) : cwd=/tmp/oracle 
node=vm type=EXECVE msg=audit(11/21/26 10:00:12.124:782) : argc=11 a0=auditctl a1=-a a2=always,exit a3=-F a4=arch=b64 a5=-S a6=openat,unlinkat,renameat,rename,chmod,fchmodat,unlink a7=-F a8=dir=/tmp/oracle/w a9=-k a10=files 
node=vm type=BPRM_FCAPS msg=audit(11/21/26 10:00:12.124:782) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.124:782) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x55cb48616310 a1=0x55cb48611670 a2=0x55cb48614330 a3=0x0 items=2 ppid=2547 pid=2568 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=auditctl exe=/usr/sbin/auditctl key=exe 
----
node=vm type=SOCKADDR msg=audit(11/21/26 10:00:12.124:783) : saddr={ saddr_fam=netlink nlnk-fam=16 nlnk-pid=0 } 
----
node=vm type=EXECVE msg=audit(11/21/26 10:00:12.128:784) : argc=9 a0=auditctl a1=-a a2=always,exit a3=-F a4=arch=b64 a5=-S a6=getppid a7=-k a8=ppid 
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.128:784) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x55cb48615620 a1=0x55cb48611670 a2=0x55cb48614330 a3=0x0 items=2 ppid=2547 pid=2570 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=auditctl exe=/usr/sbin/auditctl key=exe 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.128:786) : item=0 name=/usr/sbin/auditctl inode=933892 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=EXECVE msg=audit(11/21/26 10:00:12.128:788) : argc=7 a0=auditctl a1=-w a2=/tmp/oracle/w/watched a3=-p a4=wa a5=-k a6=watch 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.132:789) : arch=x86_64 syscall=sendto success=yes exit=1084 a0=0x4 a1=0x7fff31288780 a2=0x43c a3=0x0 items=1 ppid=2547 pid=2574 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=auditctl exe=/usr/sbin/auditctl key=(null) 
----
node=vm type=EXECVE msg=audit(11/21/26 10:00:12.132:790) : argc=4 a0=/usr/bin/env a1=bash a2=/root/.pyenv/shims/python3 a3=wl.py 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.132:791) : item=0 name=/root/.cargo/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.132:792) : item=0 name=/root/.cargo/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.132:795) : cwd=/tmp/oracle 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.132:799) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffd116c3ce0 a1=0x7ffd116c4090 a2=0x7ffd116c40b0 a3=0x7fbfed584e70 items=1 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/usr/bin/env key=exe 
----
node=vm type=EXECVE msg=audit(11/21/26 10:00:12.132:800) : argc=3 a0=bash a1=/root/.pyenv/shims/python3 a2=wl.py 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.136:801) : arch=x86_64 syscall=getppid success=yes exit=2547 a0=0x1 a1=0x2 a2=0x0 a3=0xcf4580ec231d4565 items=0 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=bash exe=/usr/bin/bash key=ppid 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.136:802) : arch=x86_64 syscall=getppid success=yes exit=2547 a0=0x0 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=bash exe=/usr/bin/bash key=ppid 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.136:803) : arch=x86_64 syscall=getppid success=yes exit=2547 a0=0x0 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=bash exe=/usr/bin/bash key=ppid 
----
node=vm type=EXECVE msg=audit(11/21/26 10:00:12.136:804) : argc=6 a0=/usr/bin/env a1=bash a2=/root/.pyenv/libexec/pyenv a3=exec a4=python3 a5=wl.py 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.136:806) : cwd=/tmp/oracle 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.136:810) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffd5d7d8b70 a1=0x7ffd5d7d8f20 a2=0x7ffd5d7d8f50 a3=0x7fb5d2f9ee70 items=1 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv exe=/usr/bin/env key=exe 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.136:813) : proctitle=/usr/bin/env bash /root/.pyenv/shims/python3 wl.py 
----
node=vm type=EXECVE msg=audit(11/21/26 10:00:12.136:814) : argc=5 a0=bash a1=/root/.pyenv/libexec/pyenv a2=exec a3=python3 a4=wl.py 
----
node=vm type=EXECVE msg=audit(11/21/26 10:00:12.140:818) : argc=2 a0=/usr/bin/readlink a1=pyenv 
node=vm type=BPRM_FCAPS msg=audit(11/21/26 10:00:12.140:818) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
----
node=vm type=EXECVE msg=audit(11/21/26 10:00:12.144:819) : argc=5 a0=/usr/bin/env a1=bash a2=/root/.pyenv/libexec/pyenv-exec a3=python3 a4=wl.py 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.144:820) : cwd=/tmp/oracle 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.144:824) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffd00556d40 a1=0x7ffd005571a0 a2=0x7ffd005571c8 a3=0x7face59a6e70 items=1 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-exec exe=/usr/bin/env key=exe 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.144:827) : proctitle=/usr/bin/env bash /root/.pyenv/shims/python3 wl.py 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.144:831) : item=0 name=/usr/local/sbin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.144:834) : item=1 name=/lib64/ld-linux-x86-64.so.2 inode=332383 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
node=vm type=EXECVE msg=audit(11/21/26 10:00:12.144:834) : argc=4 a0=bash a1=/root/.pyenv/libexec/pyenv-exec a2=python3 a3=wl.py 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.148:838) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-name -f 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.148:842) : item=0 name=/root/.pyenv/plugins/pyenv-update/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.148:846) : cwd=/tmp/oracle 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.148:850) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffdd62222b0 a1=0x7ffdd6222710 a2=0x7ffdd6222730 a3=0x7f53841f8e70 items=1 ppid=2576 pid=2584 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-version-n exe=/usr/bin/env key=exe 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.148:853) : cwd=/tmp/oracle 
node=vm type=EXECVE msg=audit(11/21/26 10:00:12.148:853) : argc=3 a0=bash a1=/root/.pyenv/libexec/pyenv-version-name a2=-f 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.152:857) : item=1 name=/usr/bin/env inode=247312 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.152:861) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffdd26659e0 a1=0x7ffdd2665e40 a2=0x7ffdd2665e58 a3=0x7f094c3bce70 items=1 ppid=2584 pid=2585 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-version-f exe=/usr/bin/env key=exe 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.152:864) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-file 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.152:868) : item=0 name=/usr/local/cuda/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=EXECVE msg=audit(11/21/26 10:00:12.152:872) : argc=2 a0=bash a1=/root/.pyenv/libexec/pyenv-version-file 
node=vm type=BPRM_FCAPS msg=audit(11/21/26 10:00:12.152:872) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.156:876) : cwd=/tmp/oracle 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.156:879) : item=0 name=/root/.pyenv/plugins/pyenv-virtualenv/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.156:883) : cwd=/tmp/oracle 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.156:887) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffcd77a79b0 a1=0x7ffcd77a7e10 a2=0x7ffcd77a7e30 a3=0x7f017b421e70 items=1 ppid=2586 pid=2587 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-version-f exe=/usr/bin/env key=exe 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.156:890) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-file-read /root/.pyenv/version 
----
node=vm type=BPRM_FCAPS msg=audit(11/21/26 10:00:12.160:895) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.160:898) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffee2c19c20 a1=0x7ffee2c1a080 a2=0x7ffee2c1a0a0 a3=0x7f69724cfe70 items=1 ppid=2584 pid=2588 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-hooks exe=/usr/bin/env key=exe 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.160:901) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-hooks version-name 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.160:905) : item=0 name=/root/.pyenv/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.160:909) : cwd=/tmp/oracle 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.164:913) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-hooks version-name 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.168:916) : item=0 name=/root/.pyenv/plugins/python-build/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.168:920) : cwd=/tmp/oracle 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.168:924) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7fffa0eab960 a1=0x7fffa0eabdc0 a2=0x7fffa0eabde0 a3=0x7f96461abe70 items=1 ppid=2576 pid=2590 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-which exe=/usr/bin/env key=exe 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.168:927) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-which python3 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.168:931) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-which python3 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.168:935) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffdfd85d650 a1=0x7ffdfd85dab0 a2=0x7ffdfd85dad0 a3=0x7f67ef3e7e70 items=1 ppid=2590 pid=2591 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-version-n exe=/usr/bin/env key=exe 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.168:938) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-name -f 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.168:942) : item=0 name=/root/.pyenv/shims/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.168:946) : cwd=/tmp/oracle 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.172:949) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-name -f 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.172:953) : item=0 name=/root/.pyenv/libexec/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.172:957) : cwd=/tmp/oracle 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.172:961) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7fffb86d9360 a1=0x7fffb86d97c0 a2=0x7fffb86d97d8 a3=0x7fcee810de70 items=1 ppid=2591 pid=2592 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-version-f exe=/usr/bin/env key=exe 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.172:964) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-file 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.172:967) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-file 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.176:972) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffc6574c9d0 a1=0x7ffc6574ce30 a2=0x7ffc6574ce50 a3=0x7ff67c606e70 items=1 ppid=2593 pid=2594 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-version-f exe=/usr/bin/env key=exe 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.176:975) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-version-file-read /root/.pyenv/version 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.176:979) : item=0 name=/root/.pyenv/plugins/pyenv-virtualenv/shims/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.176:983) : cwd=/tmp/oracle 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.176:986) : item=0 name=/usr/bin/bash inode=247101 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.180:990) : item=2 name=/lib64/ld-linux-x86-64.so.2 inode=332383 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.180:994) : cwd=/tmp/oracle 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.180:998) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffca9edd8f0 a1=0x7ffca9eddd50 a2=0x7ffca9eddd70 a3=0x7fea427c1e70 items=1 ppid=2591 pid=2595 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-hooks exe=/usr/bin/env key=exe 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.180:1001) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-hooks version-name 
----
node=vm type=EXECVE msg=audit(11/21/26 10:00:12.180:1005) : argc=3 a0=bash a1=/root/.pyenv/libexec/pyenv-hooks a2=version-name 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.184:1009) : item=0 name=/root/.pyenv/libexec/pyenv-prefix inode=1470 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.188:1012) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-prefix 3.11.7 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.188:1016) : item=0 name=/root/.cargo/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.188:1020) : cwd=/tmp/oracle 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.188:1024) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x7fff839faa00 a1=0x7fff839fae60 a2=0x7fff839fae80 a3=0x7fd153d27e70 items=2 ppid=2597 pid=2598 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=bash exe=/usr/bin/bash key=exe 
----
node=vm type=EXECVE msg=audit(11/21/26 10:00:12.188:1028) : argc=5 a0=/usr/bin/env a1=bash a2=/root/.pyenv/libexec/pyenv-latest a3=-f a4=3.11.7 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.192:1031) : cwd=/tmp/oracle 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.192:1035) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffcc6d6d8c0 a1=0x7ffcc6d6dd20 a2=0x7ffcc6d6dd48 a3=0x7f81df366e70 items=1 ppid=2598 pid=2599 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-latest exe=/usr/bin/env key=exe 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.192:1038) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-latest -f 3.11.7 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.192:1042) : item=0 name=/usr/sbin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.192:1047) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x55cd7fdac0c0 a1=0x55cd7fda5800 a2=0x55cd7fdacb60 a3=0x8 items=2 ppid=2590 pid=2600 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=basename exe=/usr/bin/basename key=exe 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.196:1049) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7fff36111c40 a1=0x7fff361120a0 a2=0x7fff361120c0 a3=0x7fbe919e3e70 items=1 ppid=2590 pid=2601 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-hooks exe=/usr/bin/env key=exe 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.196:1052) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-hooks which 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.196:1056) : item=0 name=/root/.pyenv/plugins/pyenv-virtualenv/shims/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.196:1060) : cwd=/tmp/oracle 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.196:1063) : item=0 name=/usr/bin/bash inode=247101 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.200:1067) : proctitle=/usr/bin/readlink conda.bash 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.208:1070) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x5565d3d2d570 a1=0x5565d3d2a340 a2=0x5565d3d2a030 a3=0x0 items=3 ppid=2576 pid=2612 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-hooks exe=/usr/bin/env key=exe 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.208:1072) : proctitle=/usr/bin/env bash /root/.pyenv/libexec/pyenv-hooks exec 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.208:1076) : item=0 name=/root/.cargo/bin/bash nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.208:1080) : cwd=/tmp/oracle 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.208:1084) : arch=x86_64 syscall=execve success=no exit=ENOENT(No such file or directory) a0=0x7ffc16f11f80 a1=0x7ffc16f123e0 a2=0x7ffc16f12400 a3=0x7fee06543e70 items=1 ppid=2576 pid=2612 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=pyenv-hooks exe=/usr/bin/env key=exe 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.212:1088) : arch=x86_64 syscall=getppid success=yes exit=2576 a0=0x0 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=2576 pid=2612 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=bash exe=/usr/bin/bash key=ppid 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.212:1090) : proctitle=/usr/bin/env bash /root/.pyenv/shims/python3 wl.py 
----
node=vm type=SOCKADDR msg=audit(11/21/26 10:00:12.256:1091) : saddr={ saddr_fam=inet laddr=127.0.0.1 lport=9 } 
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.256:1091) : arch=x86_64 syscall=connect success=no exit=ECONNREFUSED(Connection refused) a0=0x3 a1=0x7fffb3e5a0a0 a2=0x10 a3=0x0 items=0 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=net 
----
node=vm type=SOCKADDR msg=audit(11/21/26 10:00:12.256:1092) : saddr={ saddr_fam=inet6 laddr=::1 lport=22 } 
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.256:1092) : arch=x86_64 syscall=connect success=no exit=ECONNREFUSED(Connection refused) a0=0x3 a1=0x7fffb3e5a0a0 a2=0x1c a3=0x7fc68032c7a2 items=0 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=net 
----
node=vm type=SOCKADDR msg=audit(11/21/26 10:00:12.256:1093) : saddr={ saddr_fam=local path=/run/nonexistent.sock } 
----
node=vm type=SOCKADDR msg=audit(11/21/26 10:00:12.256:1094) : saddr={ saddr_fam=local path=abstract-name } 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.256:1095) : arch=x86_64 syscall=connect success=yes exit=0 a0=0x3 a1=0x7fffb3e5a0a0 a2=0xc a3=0x10 items=0 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=net 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.256:1096) : arch=x86_64 syscall=openat success=yes exit=4 a0=AT_FDCWD a1=0x7fc68032ed90 a2=O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC a3=0x1b6 items=2 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.256:1097) : arch=x86_64 syscall=chmod success=yes exit=0 a0=0x7fc680368790 a1=0600 a2=0x0 a3=0x7fc680827d88 items=1 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.256:1098) : item=1 name=/tmp/oracle/w/ inode=10952844 dev=fe:00 mode=dir,755 ouid=root ogid=root rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.256:1098) : arch=x86_64 syscall=rename success=yes exit=0 a0=0x7fc680368790 a1=0x7fc680346a90 a2=0x0 a3=0x7fc680835528 items=4 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.256:1099) : arch=x86_64 syscall=unlink success=yes exit=0 a0=0x7fc680346a90 a1=0x0 a2=0x0 a3=0x7fc68082be68 items=2 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.256:1100) : arch=x86_64 syscall=openat success=yes exit=4 a0=AT_FDCWD a1=0x7fc680368790 a2=O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC a3=0x1b6 items=2 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.256:1101) : cwd=/tmp/oracle 
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.256:1101) : arch=x86_64 syscall=chmod success=yes exit=0 a0=0x7fc680346a90 a1=0600 a2=0x0 a3=0x7f items=1 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.256:1102) : arch=x86_64 syscall=rename success=yes exit=0 a0=0x7fc680346a90 a1=0x7fc680368790 a2=0x0 a3=0x7f items=4 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.256:1103) : arch=x86_64 syscall=unlink success=yes exit=0 a0=0x7fc680368790 a1=0x0 a2=0x0 a3=0x7f items=2 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.256:1104) : arch=x86_64 syscall=openat success=yes exit=4 a0=AT_FDCWD a1=0x7fc680346a90 a2=O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC a3=0x1b6 items=2 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.256:1106) : proctitle=/usr/bin/env bash /root/.pyenv/shims/python3 wl.py 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.256:1110) : arch=x86_64 syscall=rename success=yes exit=0 a0=0x7fc680346a90 a1=0x7fc680368790 a2=0x0 a3=0x7f items=4 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=files 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.256:1112) : item=1 name=/tmp/oracle/w/f4 inode=10952860 dev=fe:00 mode=file,644 ouid=root ogid=root rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.256:1115) : item=0 name=/tmp/oracle/w/ inode=10952844 dev=fe:00 mode=dir,755 ouid=root ogid=root rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.256:1121) : arch=x86_64 syscall=getppid success=yes exit=2547 a0=0x7fc6807719e0 a1=0x0 a2=0x7fc680e694a0 a3=0x7fc6803514c0 items=0 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=ppid 
----
node=vm type=PROCTITLE msg=audit(11/21/26 10:00:12.256:1128) : proctitle=/usr/bin/env bash /root/.pyenv/shims/python3 wl.py 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.256:1136) : arch=x86_64 syscall=getppid success=yes exit=2547 a0=0x7fc6807719e0 a1=0x0 a2=0x7fc680e694a0 a3=0x7fc6803514c0 items=0 ppid=2547 pid=2576 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=python3 exe=/root/.pyenv/versions/3.11.7/bin/python3.11 key=ppid 
----
node=vm type=USER_AUTH msg=audit(11/21/26 10:00:12.256:1137) : pid=2576 uid=root auid=unset ses=unset msg='op=PAM:authentication grantors=pam_unix acct=root exe=/usr/bin/su hostname=vm addr=? terminal=/dev/pts/0 res=success' 
----
node=vm type=USER_LOGIN msg=audit(11/21/26 10:00:12.256:1138) : pid=2576 uid=root auid=unset ses=unset msg='op=login id=cloudsdk exe=/usr/sbin/sshd hostname=host.example addr=10.1.2.3 terminal=ssh res=success' 
----
node=vm type=ADD_USER msg=audit(11/21/26 10:00:12.256:1139) : pid=2576 uid=root auid=unset ses=unset msg='op=adding user id=unknown(12345) exe=/usr/sbin/useradd hostname=vm addr=? terminal=pts/0 res=success' 
----
node=vm type=USER_CMD msg=audit(11/21/26 10:00:12.256:1140) : pid=2576 uid=root auid=unset ses=unset msg='cwd=/root cmd=ls -l exe=/usr/bin/sudo terminal=pts/0 res=success' 
----
node=vm type=SERVICE_START msg=audit(11/21/26 10:00:12.256:1141) : pid=2576 uid=root auid=unset ses=unset msg='unit=cron comm=systemd exe=/usr/lib/systemd/systemd hostname=? addr=? terminal=? res=success' 
----
node=vm type=ANOM_LOGIN_FAILURES msg=audit(11/21/26 10:00:12.256:1142) : pid=2576 uid=root auid=unset ses=unset msg='op=test-2100 acct=nobody res=success' 
----
node=vm type=USER_ERR msg=audit(11/21/26 10:00:12.256:1143) : pid=2576 uid=root auid=unset ses=unset msg='op=PAM:session_open grantors=pam_unix acct=nobody exe=/bin/login hostname=? addr=? terminal=tty1 res=success' 
----
node=vm type=SYSTEM_BOOT msg=audit(11/21/26 10:00:12.256:1144) : pid=2576 uid=root auid=unset ses=unset msg='avc:  received policyload notice (seqno=2) exe=/x 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.268:1145) : item=1 name=/lib64/ld-linux-x86-64.so.2 inode=332383 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
node=vm type=EXECVE msg=audit(11/21/26 10:00:12.268:1145) : argc=1 a0=./ia32 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.268:1146) : arch=i386 syscall=getppid success=yes exit=2547 a0=0x7ffd6b30d5c8 a1=0x55c047e58e08 a2=0x40 a3=0x7ffd6b30d5c8 items=0 ppid=2547 pid=2617 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=ia32 exe=/tmp/oracle/ia32 key=ppid32 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.268:1147) : arch=i386 syscall=getppid success=yes exit=2547 a0=0x7ffd6b30d5c8 a1=0x55c047e58e08 a2=0x40 a3=0x7ffd6b30d5c8 items=0 ppid=2547 pid=2617 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=ia32 exe=/tmp/oracle/ia32 key=ppid32 
----
node=vm type=CWD msg=audit(11/21/26 10:00:12.268:1151) : cwd=/tmp/oracle 
----
node=vm type=SOCKADDR msg=audit(11/21/26 10:00:12.268:1152) : saddr={ saddr_fam=local path=/var/run/nscd/socket } 
----
node=vm type=SOCKADDR msg=audit(11/21/26 10:00:12.268:1153) : saddr={ saddr_fam=local path=/var/run/nscd/socket } 
----
node=vm type=SOCKADDR msg=audit(11/21/26 10:00:12.272:1154) : saddr={ saddr_fam=local path=/var/run/nscd/socket } 
----
node=vm type=EXECVE msg=audit(11/21/26 10:00:12.272:1156) : argc=1 a0=/bin/true 
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.272:1156) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x7ffc707c2a80 a1=0x7ffc707c16a8 a2=0x7ffc707c16b8 a3=0xc31dcc80e5e98d6e items=2 ppid=2547 pid=2618 auid=unset uid=nobody gid=nogroup euid=nobody suid=nobody fsuid=nobody egid=nogroup sgid=nogroup fsgid=nogroup tty=(none) ses=unset comm=true exe=/usr/bin/true key=exe 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.272:1157) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x55cb48615880 a1=0x55cb486107f0 a2=0x55cb48614330 a3=0xb928665a1db25ed2 items=2 ppid=2547 pid=2619 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=setpriv exe=/usr/bin/setpriv key=exe 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.272:1159) : item=0 name=/var/run/nscd/socket nametype=UNKNOWN cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
----
node=vm type=PATH msg=audit(11/21/26 10:00:12.272:1162) : item=0 name=/bin/true inode=248139 dev=fe:00 mode=file,755 ouid=root ogid=root rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.272:1162) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x7fff72e21a80 a1=0x7fff72e208d8 a2=0x7fff72e208e8 a3=0x9a598cab5cf5c2a6 items=2 ppid=2547 pid=2619 auid=unset uid=unknown(12345) gid=unknown(12345) euid=unknown(12345) suid=unknown(12345) fsuid=unknown(12345) egid=unknown(12345) sgid=unknown(12345) fsgid=unknown(12345) tty=(none) ses=unset comm=true exe=/usr/bin/true key=exe 
----
node=vm type=BPRM_FCAPS msg=audit(11/21/26 10:00:12.276:1165) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
----
node=vm type=USER msg=audit(11/21/26 10:00:12.280:1167) : pid=2622 uid=root auid=unset ses=unset msg='text=hello from the oracle exe=/usr/sbin/auditctl hostname=? addr=? terminal=? res=success' 
----
node=vm type=BPRM_FCAPS msg=audit(11/21/26 10:00:12.280:1168) : fver=0 fp=none fi=none fe=0 old_pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pi=none old_pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore old_pa=none pp=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pi=none pe=chown,dac_override,dac_read_search,fowner,fsetid,kill,setgid,setuid,setpcap,linux_immutable,net_bind_service,net_broadcast,net_admin,net_raw,ipc_lock,ipc_owner,sys_module,sys_rawio,sys_chroot,sys_ptrace,sys_pacct,sys_admin,sys_boot,sys_nice,sys_time,sys_tty_config,mknod,lease,audit_write,audit_control,setfcap,mac_override,mac_admin,syslog,wake_alarm,block_suspend,audit_read,perfmon,bpf,checkpoint_restore pa=none frootid=0 
----
node=vm type=SYSCALL msg=audit(11/21/26 10:00:12.304:1171) : arch=x86_64 syscall=sendto success=yes exit=1076 a0=0x3 a1=0x7ffd12bcd110 a2=0x434 a3=0x0 items=0 ppid=2547 pid=2623 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=auditctl exe=/usr/sbin/auditctl key=(null) 
----
node=vm type=DAEMON_ROTATE msg=audit(11/21/26 10:00:12.864:1549) : op=rotate-logs auid=root uid=root ses=unset pid=2547 res=success 
----
node=vm type=DAEMON_CONFIG msg=audit(11/21/26 10:00:13.167:360) : op=reconfigure state=changed auid=root pid=2547 subj=? res=success 
----
node=vm type=DAEMON_RESUME msg=audit(11/21/26 10:00:13.668:1550) : op=resume-logging auid=root uid=root ses=unset pid=2547 res=success 
----
node=vm type=DAEMON_END msg=audit(11/21/26 10:00:13.970:1551) : op=terminate auid=root uid=root ses=unset pid=2547 res=success 
