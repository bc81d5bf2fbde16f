----
type=PROCTITLE msg=audit(11/21/26 10:05:00.000:4000) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.000:4000) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.000:4000) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.000:4000) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.000:4000) : arch=x86_64 syscall=open success=yes exit=0 a0=0x3 a1=O_WRONLY|O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_DSYNC|O_ASYNC|O_DIRECT a2=0000 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.001:4001) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.001:4001) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.001:4001) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.001:4001) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.001:4001) : arch=x86_64 syscall=openat success=yes exit=0 a0=0x3 a1=0x7ffd a2=O_RDONLY a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.002:4002) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.002:4002) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.002:4002) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.002:4002) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.002:4002) : arch=x86_64 syscall=chmod success=yes exit=0 a0=0x3 a1=suid,sgid,sticky,0775 a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.003:4003) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.003:4003) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.003:4003) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.003:4003) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.003:4003) : arch=x86_64 syscall=fchmodat success=yes exit=0 a0=0x3 a1=0x7ffd a2=0000 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.004:4004) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.004:4004) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.004:4004) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.004:4004) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.004:4004) : arch=x86_64 syscall=chown success=yes exit=0 a0=0x3 a1=unknown(32765) a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.005:4005) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.005:4005) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.005:4005) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.005:4005) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.005:4005) : arch=x86_64 syscall=fchownat success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.006:4006) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.006:4006) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.006:4006) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.006:4006) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.006:4006) : arch=x86_64 syscall=mkdir success=yes exit=0 a0=0x3 a1=suid,sgid,sticky,0775 a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.007:4007) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.007:4007) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.007:4007) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.007:4007) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.007:4007) : arch=x86_64 syscall=rename success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.008:4008) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.008:4008) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.008:4008) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.008:4008) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.008:4008) : arch=x86_64 syscall=renameat2 success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.009:4009) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.009:4009) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.009:4009) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.009:4009) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.009:4009) : arch=x86_64 syscall=unlink success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.010:4010) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.010:4010) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.010:4010) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.010:4010) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.010:4010) : arch=x86_64 syscall=unlinkat success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.011:4011) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.011:4011) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.011:4011) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.011:4011) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.011:4011) : arch=x86_64 syscall=rmdir success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.012:4012) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.012:4012) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.012:4012) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.012:4012) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.012:4012) : arch=x86_64 syscall=symlink success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.013:4013) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.013:4013) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.013:4013) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.013:4013) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.013:4013) : arch=x86_64 syscall=access success=yes exit=0 a0=0x3 a1=X_OK|R_OK a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.014:4014) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.014:4014) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.014:4014) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.014:4014) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.014:4014) : arch=x86_64 syscall=stat success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.015:4015) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.015:4015) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.015:4015) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.015:4015) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.015:4015) : arch=x86_64 syscall=statfs success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.016:4016) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.016:4016) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.016:4016) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.016:4016) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.016:4016) : arch=x86_64 syscall=utimes success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.017:4017) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.017:4017) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.017:4017) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.017:4017) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.017:4017) : arch=x86_64 syscall=setxattr success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.018:4018) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.018:4018) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.018:4018) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.018:4018) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.018:4018) : arch=x86_64 syscall=mknod success=yes exit=0 a0=0x3 a1=007,suid,sgid,sticky,775 a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.019:4019) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.019:4019) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.019:4019) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.019:4019) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.019:4019) : arch=x86_64 syscall=mount success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.020:4020) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.020:4020) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.020:4020) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.020:4020) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.020:4020) : arch=x86_64 syscall=umount2 success=yes exit=0 a0=0x3 a1=MNT_FORCE|MNT_EXPIRE|UMOUNT_NOFOLLOW a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.021:4021) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.021:4021) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.021:4021) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.021:4021) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.021:4021) : arch=x86_64 syscall=init_module success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.022:4022) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.022:4022) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.022:4022) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.022:4022) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.022:4022) : arch=x86_64 syscall=finit_module success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.023:4023) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.023:4023) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.023:4023) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.023:4023) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.023:4023) : arch=x86_64 syscall=delete_module success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.024:4024) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.024:4024) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.024:4024) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.024:4024) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.024:4024) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.025:4025) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.025:4025) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.025:4025) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.025:4025) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.025:4025) : arch=x86_64 syscall=execveat success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.026:4026) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.026:4026) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.026:4026) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.026:4026) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.026:4026) : arch=x86_64 syscall=creat success=yes exit=0 a0=0x3 a1=suid,sgid,sticky,0775 a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.027:4027) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.027:4027) : item=1 name=../u/./f.txt inode=11 dev=fe:00 mode=file,600 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=CREATE cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=PATH msg=audit(11/21/26 10:05:00.027:4027) : item=0 name=/home/u/d/ inode=10 dev=fe:00 mode=dir,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=PARENT cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.027:4027) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.027:4027) : arch=x86_64 syscall=truncate success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=2 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.028:4028) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.028:4028) : item=0 name=rel/f inode=42 dev=fe:00 mode=file,644 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=SYSCALL msg=audit(11/21/26 10:05:00.028:4028) : arch=x86_64 syscall=open success=yes exit=0 a0=0x3 a1=O_WRONLY|O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_DSYNC|O_ASYNC|O_DIRECT a2=0000 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PATH msg=audit(11/21/26 10:05:00.029:4029) : item=0 name=/dev/null inode=42 dev=fe:00 mode=character,666 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.029:4029) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.029:4029) : arch=x86_64 syscall=open success=yes exit=0 a0=0x3 a1=O_WRONLY|O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_DSYNC|O_ASYNC|O_DIRECT a2=0000 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PATH msg=audit(11/21/26 10:05:00.030:4030) : item=0 name=/dev/sda inode=42 dev=fe:00 mode=block,660 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.030:4030) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.030:4030) : arch=x86_64 syscall=open success=yes exit=0 a0=0x3 a1=O_WRONLY|O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_DSYNC|O_ASYNC|O_DIRECT a2=0000 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PATH msg=audit(11/21/26 10:05:00.031:4031) : item=0 name=/tmp/fifo inode=42 dev=fe:00 mode=fifo,644 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.031:4031) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.031:4031) : arch=x86_64 syscall=open success=yes exit=0 a0=0x3 a1=O_WRONLY|O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_DSYNC|O_ASYNC|O_DIRECT a2=0000 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PATH msg=audit(11/21/26 10:05:00.032:4032) : item=0 name=/tmp/link inode=42 dev=fe:00 mode=link,777 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.032:4032) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.032:4032) : arch=x86_64 syscall=open success=yes exit=0 a0=0x3 a1=O_WRONLY|O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_DSYNC|O_ASYNC|O_DIRECT a2=0000 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.033:4033) : proctitle=x  
type=SOCKADDR msg=audit(11/21/26 10:05:00.033:4033) : saddr={ saddr_fam=inet laddr=127.0.0.1 lport=53 } 
type=SYSCALL msg=audit(11/21/26 10:05:00.033:4033) : arch=x86_64 syscall=connect success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.034:4034) : proctitle=x  
type=SOCKADDR msg=audit(11/21/26 10:05:00.034:4034) : saddr={ saddr_fam=inet laddr=127.0.0.1 lport=53 } 
type=SYSCALL msg=audit(11/21/26 10:05:00.034:4034) : arch=x86_64 syscall=bind success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.035:4035) : proctitle=x  
type=SOCKADDR msg=audit(11/21/26 10:05:00.035:4035) : saddr={ saddr_fam=inet laddr=127.0.0.1 lport=53 } 
type=SYSCALL msg=audit(11/21/26 10:05:00.035:4035) : arch=x86_64 syscall=accept success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.036:4036) : proctitle=x  
type=SOCKADDR msg=audit(11/21/26 10:05:00.036:4036) : saddr={ saddr_fam=inet laddr=127.0.0.1 lport=53 } 
type=SYSCALL msg=audit(11/21/26 10:05:00.036:4036) : arch=x86_64 syscall=accept4 success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.037:4037) : proctitle=x  
type=SOCKADDR msg=audit(11/21/26 10:05:00.037:4037) : saddr={ saddr_fam=inet laddr=127.0.0.1 lport=53 } 
type=SYSCALL msg=audit(11/21/26 10:05:00.037:4037) : arch=x86_64 syscall=sendto success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.038:4038) : proctitle=x  
type=SOCKADDR msg=audit(11/21/26 10:05:00.038:4038) : saddr={ saddr_fam=inet laddr=127.0.0.1 lport=53 } 
type=SYSCALL msg=audit(11/21/26 10:05:00.038:4038) : arch=x86_64 syscall=sendmsg success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.039:4039) : proctitle=x  
type=SOCKADDR msg=audit(11/21/26 10:05:00.039:4039) : saddr={ saddr_fam=inet laddr=127.0.0.1 lport=53 } 
type=SYSCALL msg=audit(11/21/26 10:05:00.039:4039) : arch=x86_64 syscall=recvfrom success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.040:4040) : proctitle=x  
type=SOCKADDR msg=audit(11/21/26 10:05:00.040:4040) : saddr={ saddr_fam=inet laddr=127.0.0.1 lport=53 } 
type=SYSCALL msg=audit(11/21/26 10:05:00.040:4040) : arch=x86_64 syscall=recvmsg success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.041:4041) : proctitle=x  
type=SOCKADDR msg=audit(11/21/26 10:05:00.041:4041) : saddr={ saddr_fam=local path=/run/sock } 
type=SYSCALL msg=audit(11/21/26 10:05:00.041:4041) : arch=x86_64 syscall=connect success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.042:4042) : proctitle=x  
type=SOCKADDR msg=audit(11/21/26 10:05:00.042:4042) : saddr={ saddr_fam=netlink nlnk-fam=16 nlnk-pid=0 } 
type=SYSCALL msg=audit(11/21/26 10:05:00.042:4042) : arch=x86_64 syscall=connect success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.043:4043) : proctitle=x  
type=OBJ_PID msg=audit(11/21/26 10:05:00.043:4043) : opid=500 oauid=cloudsdk ouid=cloudsdk oses=2 obj=unconfined ocomm=sleep 
type=SYSCALL msg=audit(11/21/26 10:05:00.043:4043) : arch=x86_64 syscall=kill success=yes exit=0 a0=0x1f4 a1=SIGKILL a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.044:4044) : proctitle=x  
type=OBJ_PID msg=audit(11/21/26 10:05:00.044:4044) : opid=501 oauid=unset ouid=root oses=-1 obj=unconfined ocomm=sh 
type=SYSCALL msg=audit(11/21/26 10:05:00.044:4044) : arch=x86_64 syscall=tgkill success=yes exit=0 a0=0x1f4 a1=0x1f5 a2=SIGTERM a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.045:4045) : proctitle=x  
type=SYSCALL msg=audit(11/21/26 10:05:00.045:4045) : arch=x86_64 syscall=setuid success=yes exit=0 a0=cloudsdk a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.046:4046) : proctitle=x  
type=SYSCALL msg=audit(11/21/26 10:05:00.046:4046) : arch=x86_64 syscall=setreuid success=yes exit=0 a0=root a1=unknown(32765) a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.047:4047) : proctitle=x  
type=SYSCALL msg=audit(11/21/26 10:05:00.047:4047) : arch=x86_64 syscall=setresuid success=yes exit=0 a0=root a1=unknown(32765) a2=root a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.048:4048) : proctitle=x  
type=SYSCALL msg=audit(11/21/26 10:05:00.048:4048) : arch=x86_64 syscall=setgid success=yes exit=0 a0=cloudsdk a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.049:4049) : proctitle=x  
type=SYSCALL msg=audit(11/21/26 10:05:00.049:4049) : arch=x86_64 syscall=settimeofday success=yes exit=0 a0=0x0 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.050:4050) : proctitle=x  
type=SYSCALL msg=audit(11/21/26 10:05:00.050:4050) : arch=x86_64 syscall=clock_settime success=yes exit=0 a0=CLOCK_REALTIME a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.051:4051) : proctitle=x  
type=SYSCALL msg=audit(11/21/26 10:05:00.051:4051) : arch=x86_64 syscall=sethostname success=yes exit=0 a0=0x0 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.052:4052) : proctitle=x  
type=SYSCALL msg=audit(11/21/26 10:05:00.052:4052) : arch=x86_64 syscall=mmap success=yes exit=0 a0=0x0 a1=0x7ffd a2=PROT_NONE a3=MAP_FILE items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.053:4053) : proctitle=x  
type=SYSCALL msg=audit(11/21/26 10:05:00.053:4053) : arch=x86_64 syscall=brk success=yes exit=0 a0=0x0 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.054:4054) : proctitle=x  
type=SYSCALL msg=audit(11/21/26 10:05:00.054:4054) : arch=x86_64 syscall=sched_setscheduler success=yes exit=0 a0=0x1f4 a1=unknown-scheduler-policy(0x7ffd) a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.055:4055) : proctitle=x  
type=SYSCALL msg=audit(11/21/26 10:05:00.055:4055) : arch=x86_64 syscall=getpid success=yes exit=0 a0=0x0 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.056:4056) : proctitle=x  
type=SYSCALL msg=audit(11/21/26 10:05:00.056:4056) : arch=x86_64 syscall=getpid success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=(null) 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.057:4057) : proctitle=x  
type=SYSCALL msg=audit(11/21/26 10:05:00.057:4057) : arch=x86_64 syscall=getpid success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=python3 exe=/usr/bin/python3.11 subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.058:4058) : proctitle=x  
type=SYSCALL msg=audit(11/21/26 10:05:00.058:4058) : arch=x86_64 syscall=getpid success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=bash exe=/usr/bin/bash subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.059:4059) : proctitle=x  
type=SYSCALL msg=audit(11/21/26 10:05:00.059:4059) : arch=x86_64 syscall=getpid success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=unset uid=cloudsdk gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.060:4060) : proctitle=x  
type=SYSCALL msg=audit(11/21/26 10:05:00.060:4060) : arch=x86_64 syscall=getpid success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=nobody gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.061:4061) : proctitle=x  
type=SYSCALL msg=audit(11/21/26 10:05:00.061:4061) : arch=x86_64 syscall=getpid success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=root uid=www-data gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PROCTITLE msg=audit(11/21/26 10:05:00.062:4062) : proctitle=x  
type=PATH msg=audit(11/21/26 10:05:00.062:4062) : item=0 name=/usr/bin/x inode=42 dev=fe:00 mode=file,755 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.062:4062) : cwd=/home/u 
type=EXECVE msg=audit(11/21/26 10:05:00.062:4062) : argc=1 a0=x 
type=SYSCALL msg=audit(11/21/26 10:05:00.062:4062) : arch=x86_64 syscall=execve success=no exit=EACCES(Permission denied) a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
----
type=PATH msg=audit(11/21/26 10:05:00.063:4063) : item=0 name=/etc/f inode=42 dev=fe:00 mode=file,644 ouid=cloudsdk ogid=cloudsdk rdev=00:00 nametype=NORMAL cap_fp=none cap_fi=none cap_fe=0 cap_fver=0 cap_frootid=0 
type=CWD msg=audit(11/21/26 10:05:00.063:4063) : cwd=/home/u 
type=SYSCALL msg=audit(11/21/26 10:05:00.063:4063) : arch=x86_64 syscall=open success=yes exit=0 a0=0x3 a1=O_WRONLY|O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_DSYNC|O_ASYNC|O_DIRECT a2=0000 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
type=AVC msg=audit(11/21/26 10:05:00.063:4063) : avc:  denied  { read } for  pid=2 comm=x name=f dev="sda" ino=5 scontext=u:r:t:s0 tcontext=u:object_r:f_t:s0 tclass=file permissive=0 
----
type=SYSCALL msg=audit(11/21/26 10:05:00.064:4064) : arch=x86_64 syscall=setsockopt success=yes exit=0 a0=0x3 a1=unknown-sockopt-level(0x7ffd) a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
type=NETFILTER_CFG msg=audit(11/21/26 10:05:00.064:4064) : table=filter family=ipv4 entries=4 op=xt_replace pid=2 subj=unconfined comm=iptables 
----
type=SYSCALL msg=audit(11/21/26 10:05:00.065:4065) : arch=x86_64 syscall=finit_module success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
type=KERN_MODULE msg=audit(11/21/26 10:05:00.065:4065) : name=ext4 
----
type=SYSCALL msg=audit(11/21/26 10:05:00.066:4066) : arch=x86_64 syscall=bpf success=yes exit=0 a0=BPF_MAP_DELETE_ELEM a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
type=BPF msg=audit(11/21/26 10:05:00.066:4066) : prog-id=7 op=LOAD 
----
type=SYSCALL msg=audit(11/21/26 10:05:00.067:4067) : arch=x86_64 syscall=bpf success=yes exit=0 a0=BPF_MAP_DELETE_ELEM a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
type=BPF msg=audit(11/21/26 10:05:00.067:4067) : prog-id=7 op=UNLOAD 
----
type=SYSCALL msg=audit(11/21/26 10:05:00.068:4068) : arch=x86_64 syscall=setsockopt success=yes exit=0 a0=0x3 a1=unknown-sockopt-level(0x7ffd) a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
type=ANOM_PROMISCUOUS msg=audit(11/21/26 10:05:00.068:4068) : dev=eth0 prom=yes old_prom=no auid=cloudsdk uid=root gid=root ses=2 
----
type=SYSCALL msg=audit(11/21/26 10:05:00.069:4069) : arch=x86_64 syscall=write success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
type=MAC_STATUS msg=audit(11/21/26 10:05:00.069:4069) : enforcing=1 old_enforcing=0 auid=root ses=1 enabled=1 old-enabled=1 lsm=selinux res=yes 
----
type=SYSCALL msg=audit(11/21/26 10:05:00.070:4070) : arch=x86_64 syscall=sendto success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
type=CONFIG_CHANGE msg=audit(11/21/26 10:05:00.070:4070) : auid=cloudsdk ses=2 op=add_rule key=k list=exit res=yes 
----
type=SYSCALL msg=audit(11/21/26 10:05:00.071:4071) : arch=x86_64 syscall=sendto success=yes exit=0 a0=0x3 a1=0x7ffd a2=0x0 a3=0x0 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=2 comm=x exe=/usr/bin/x subj=unconfined key=k 
type=CONFIG_CHANGE msg=audit(11/21/26 10:05:00.071:4071) : auid=cloudsdk ses=2 op=set audit_backlog_limit=8192 old=64 res=yes 
----
type=USER_END msg=audit(11/21/26 10:05:00.072:4072) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=user_end acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=USER_END msg=audit(11/21/26 10:05:00.073:4073) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=user_end acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=CRED_DISP msg=audit(11/21/26 10:05:00.074:4074) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=cred_disp acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=CRED_DISP msg=audit(11/21/26 10:05:00.075:4075) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=cred_disp acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=CRED_REFR msg=audit(11/21/26 10:05:00.076:4076) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=cred_refr acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=CRED_REFR msg=audit(11/21/26 10:05:00.077:4077) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=cred_refr acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=USER_LOGOUT msg=audit(11/21/26 10:05:00.078:4078) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=user_logout acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=USER_LOGOUT msg=audit(11/21/26 10:05:00.079:4079) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=user_logout acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=USER_CHAUTHTOK msg=audit(11/21/26 10:05:00.080:4080) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=user_chauthtok acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=USER_CHAUTHTOK msg=audit(11/21/26 10:05:00.081:4081) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=user_chauthtok acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=GRP_AUTH msg=audit(11/21/26 10:05:00.082:4082) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=grp_auth acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=GRP_AUTH msg=audit(11/21/26 10:05:00.083:4083) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=grp_auth acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=ACCT_LOCK msg=audit(11/21/26 10:05:00.084:4084) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=acct_lock acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=ACCT_LOCK msg=audit(11/21/26 10:05:00.085:4085) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=acct_lock acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=ACCT_UNLOCK msg=audit(11/21/26 10:05:00.086:4086) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=acct_unlock acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=ACCT_UNLOCK msg=audit(11/21/26 10:05:00.087:4087) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=acct_unlock acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=USER_ROLE_CHANGE msg=audit(11/21/26 10:05:00.088:4088) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=user_role_change acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=USER_ROLE_CHANGE msg=audit(11/21/26 10:05:00.089:4089) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=user_role_change acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=ANOM_LOGIN_TIME msg=audit(11/21/26 10:05:00.090:4090) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=anom_login_time acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=ANOM_LOGIN_TIME msg=audit(11/21/26 10:05:00.091:4091) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=anom_login_time acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=ANOM_LOGIN_SESSIONS msg=audit(11/21/26 10:05:00.092:4092) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=anom_login_sessions acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=ANOM_LOGIN_SESSIONS msg=audit(11/21/26 10:05:00.093:4093) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=anom_login_sessions acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=ANOM_LOGIN_LOCATION msg=audit(11/21/26 10:05:00.094:4094) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=anom_login_location acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=ANOM_LOGIN_LOCATION msg=audit(11/21/26 10:05:00.095:4095) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=anom_login_location acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=GRP_CHAUTHTOK msg=audit(11/21/26 10:05:00.096:4096) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=grp_chauthtok acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=GRP_CHAUTHTOK msg=audit(11/21/26 10:05:00.097:4097) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=grp_chauthtok acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=DEL_GROUP msg=audit(11/21/26 10:05:00.098:4098) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=del_group acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=DEL_GROUP msg=audit(11/21/26 10:05:00.099:4099) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=del_group acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=CHGRP_ID msg=audit(11/21/26 10:05:00.100:4100) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=chgrp_id acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=CHGRP_ID msg=audit(11/21/26 10:05:00.101:4101) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=chgrp_id acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=CHUSER_ID msg=audit(11/21/26 10:05:00.102:4102) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=chuser_id acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=CHUSER_ID msg=audit(11/21/26 10:05:00.103:4103) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=chuser_id acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=TEST msg=audit(11/21/26 10:05:00.104:4104) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=test acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=TEST msg=audit(11/21/26 10:05:00.105:4105) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=test acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=USYS_CONFIG msg=audit(11/21/26 10:05:00.106:4106) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=usys_config acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=USYS_CONFIG msg=audit(11/21/26 10:05:00.107:4107) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=usys_config acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=USER_DEVICE msg=audit(11/21/26 10:05:00.108:4108) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=user_device acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=USER_DEVICE msg=audit(11/21/26 10:05:00.109:4109) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=user_device acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=SOFTWARE_UPDATE msg=audit(11/21/26 10:05:00.110:4110) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=software_update acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=SOFTWARE_UPDATE msg=audit(11/21/26 10:05:00.111:4111) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=software_update acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=USER_MAC_POLICY_LOAD msg=audit(11/21/26 10:05:00.112:4112) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=user_mac_policy_load acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=USER_MAC_POLICY_LOAD msg=audit(11/21/26 10:05:00.113:4113) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=user_mac_policy_load acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=CRYPTO_KEY_USER msg=audit(11/21/26 10:05:00.114:4114) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=crypto_key_user acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=CRYPTO_KEY_USER msg=audit(11/21/26 10:05:00.115:4115) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=crypto_key_user acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=CRYPTO_SESSION msg=audit(11/21/26 10:05:00.116:4116) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=crypto_session acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=CRYPTO_SESSION msg=audit(11/21/26 10:05:00.117:4117) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=crypto_session acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=VIRT_CONTROL msg=audit(11/21/26 10:05:00.118:4118) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=virt_control acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=VIRT_CONTROL msg=audit(11/21/26 10:05:00.119:4119) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=virt_control acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=VIRT_RESOURCE msg=audit(11/21/26 10:05:00.120:4120) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=virt_resource acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=VIRT_RESOURCE msg=audit(11/21/26 10:05:00.121:4121) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=virt_resource acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=VIRT_MACHINE_ID msg=audit(11/21/26 10:05:00.122:4122) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=virt_machine_id acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=VIRT_MACHINE_ID msg=audit(11/21/26 10:05:00.123:4123) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=virt_machine_id acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=USER_SELINUX_ERR msg=audit(11/21/26 10:05:00.124:4124) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=user_selinux_err acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=USER_SELINUX_ERR msg=audit(11/21/26 10:05:00.125:4125) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=user_selinux_err acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=ROLE_ASSIGN msg=audit(11/21/26 10:05:00.126:4126) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=role_assign acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=ROLE_ASSIGN msg=audit(11/21/26 10:05:00.127:4127) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=role_assign acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=LABEL_OVERRIDE msg=audit(11/21/26 10:05:00.128:4128) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=label_override acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=success' 
----
type=LABEL_OVERRIDE msg=audit(11/21/26 10:05:00.129:4129) : pid=1 uid=root auid=cloudsdk ses=2 msg='op=label_override acct=bob exe=/usr/sbin/sshd hostname=h addr=10.1.1.1 terminal=ssh res=failed' 
----
type=SERVICE_STOP msg=audit(11/21/26 10:05:00.130:4130) : pid=1 uid=root auid=unset ses=unset msg='unit=cron comm=systemd exe=/usr/lib/systemd/systemd hostname=? addr=? terminal=? res=success' 
----
type=SYSTEM_SHUTDOWN msg=audit(11/21/26 10:05:00.131:4131) : pid=1 uid=root auid=unset ses=unset msg=' comm=systemd-update-utmp exe=/usr/lib/systemd/systemd-update-utmp hostname=? addr=? terminal=? res=success' 
----
type=SYSTEM_RUNLEVEL msg=audit(11/21/26 10:05:00.132:4132) : pid=1 uid=root auid=unset ses=unset msg='old-level=N new-level=3 comm=systemd-update-utmp exe=/usr/lib/systemd/systemd-update-utmp hostname=? addr=? terminal=? res=success' 
----
type=LOGIN msg=audit(11/21/26 10:05:00.133:4133) : pid=5 uid=root subj=unconfined old-auid=unset auid=cloudsdk tty=(none) old-ses=4294967295 ses=3 res=yes 
----
type=FEATURE_CHANGE msg=audit(11/21/26 10:05:00.134:4134) : feature=loginuid_immutable old=0 new=1 old_lock=0 new_lock=0 res=yes 
----
type=KERNEL msg=audit(11/21/26 10:05:00.135:4135) : state=initialized audit_enabled=1 res=yes 
----
type=MAC_POLICY_LOAD msg=audit(11/21/26 10:05:00.136:4136) : auid=unset ses=unset lsm=selinux res=yes 
----
type=MAC_CONFIG_CHANGE msg=audit(11/21/26 10:05:00.137:4137) : bool=httpd_can_network_connect val=1 old_val=0 auid=root ses=1 
----
type=ANOM_LINK msg=audit(11/21/26 10:05:00.138:4138) : op=linkat ppid=1 pid=2 auid=cloudsdk uid=cloudsdk gid=cloudsdk euid=cloudsdk suid=cloudsdk fsuid=cloudsdk egid=cloudsdk sgid=cloudsdk fsgid=cloudsdk tty=pts0 ses=2 comm=ln exe=/usr/bin/ln res=no 
----
type=ANOM_CREAT msg=audit(11/21/26 10:05:00.139:4139) : op=open cwd=/tmp name=x inode=5 dev=fe:00 mode=file,600 ouid=root ogid=root rdev=00:00 auid=cloudsdk uid=root gid=root ses=2 comm=x exe=/x res=no 
----
type=TIME_ADJNTPVAL msg=audit(11/21/26 10:05:00.140:4140) : op=adjust tick=10000 old=10000 
----
type=DAEMON_START msg=audit(11/21/26 10:05:00.141:4141) : op=start ver=3.0.9 format=raw kernel=6.1 auid=unset pid=5 uid=root ses=unset subj=unconfined res=failed 
----
type=EVENT_LISTENER msg=audit(11/21/26 10:05:00.142:4142) : pid=1 uid=root auid=unset tty=(none) ses=unset subj=unconfined comm=systemd exe=/usr/lib/systemd/systemd nl-mcgrp=audit-netlink-multicast op=connect res=yes 
