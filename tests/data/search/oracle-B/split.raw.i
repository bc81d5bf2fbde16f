----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:1) : arch=x86_64 syscall=open success=yes exit=3 a0=0x1 a1=O_RDWR a2=0x3 a3=0x4 items=1 ppid=1 pid=2 auid=cloudsdk uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=3 comm=cat exe=/usr/bin/cat key=(null) 
----
type=BPF msg=audit(11/14/23 22:13:20.123:2) : prog-id=75 op=LOAD 
----
type=UNKNOWN[1338] msg=audit(11/14/23 22:13:20.123:3) : module=x op=y 
----
type=UNKNOWN[65535] msg=audit(11/14/23 22:13:20.123:4) : uid=root 
----
type=USER_AUTH msg=audit(11/14/23 22:13:20.123:5) : pid=1 uid=root auid=unset ses=unset msg='op=x res=success' 
----
type=USER_AUTH msg=audit(11/14/23 22:13:20.123:6) : pid=1 uid=root msg='op=x' 
----
type=USER_AUTH msg=audit(11/14/23 22:13:20.123:7) : pid=1 uid=root msg='op=x' 
----
type=USER_AUTH msg=audit(11/14/23 22:13:20.123:8) : pid=1 uid=root msg='line1 line2  uid=lp 
----
type=USER_AUTH msg=audit(11/14/23 22:13:20.123:9) : pid=1 uid=root msg=
----
type=CONFIG_CHANGE msg=audit(11/14/23 22:13:20.123:10) : op=set audit_pid=812 old=0 auid=unset ses=unset res=yes 
----
type=TRUSTED_APP msg=audit(11/14/23 22:13:20.123:39) : pid=1 uid=0 auid=1000 ses=1 msg='op=x uid=0 id=0 arch=À saddr=0200' 
----
type=EXECVE msg=audit(11/14/23 22:13:20.123:40) : argc=3 a0=ls a1=-l auid=\020 arch=À uid=root a2_len=5 
----
type=AVC msg=audit(11/14/23 22:13:20.123:41) : avc:  denied  { read } for  pid=1 comm=x saddr=0200AAAA7F000001 uid=root scontext=a tcontext=b tclass=file permissive=0 
----
type=NETFILTER_PKT msg=audit(11/14/23 22:13:20.123:42) : mark=0x1 saddr=10.0.0.1 daddr=10.0.0.2 proto=tcp uid=root 
----
type=USER_LOGIN msg=audit(11/14/23 22:13:20.123:43) : pid=1 uid=root auid=unset ses=unset msg='op=login id=cloudsdk exe=/usr/sbin/sshd hostname=h addr=10.1.2.3 terminal=ssh res=success' 
----
type=ADD_USER msg=audit(11/14/23 22:13:20.123:44) : pid=1 uid=root auid=root ses=1 msg='op=adding-user id=nobody exe=/usr/sbin/useradd acct=nobody res=success' 
----
type=DEL_USER msg=audit(11/14/23 22:13:20.123:45) : pid=1 uid=root auid=root ses=1 msg='op=adding-user id=nobody exe=/usr/sbin/useradd acct=nobody res=success' 
----
type=USER_MGMT msg=audit(11/14/23 22:13:20.123:46) : pid=1 uid=root auid=root ses=1 msg='op=adding-user id=nobody exe=/usr/sbin/useradd acct=nobody res=success' 
----
type=ADD_GROUP msg=audit(11/14/23 22:13:20.123:47) : pid=1 uid=root auid=root ses=1 msg='op=add-group id=nogroup exe=/usr/sbin/groupadd acct=nogroup res=success' 
----
type=DEL_GROUP msg=audit(11/14/23 22:13:20.123:48) : pid=1 uid=root auid=root ses=1 msg='op=add-group id=nogroup exe=/usr/sbin/groupadd acct=nogroup res=success' 
----
type=GRP_MGMT msg=audit(11/14/23 22:13:20.123:49) : pid=1 uid=root auid=root ses=1 msg='op=add-group id=nogroup exe=/usr/sbin/groupadd acct=nogroup res=success' 
----
type=USER_AVC msg=audit(11/14/23 22:13:20.123:50) : pid=1 uid=root auid=unset ses=unset msg='avc:  denied  { status } for auid=root uid=root gid=root cmdline="x" scontext=a tcontext=b tclass=system exe=/x sauid=root hostname=? addr=? terminal=?' 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:53) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x0 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:54) : arch=x86_64 syscall=futex_waitv success=yes exit=0 a0=0x0 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:55) : arch=x86_64 syscall=unknown-syscall(9999) success=yes exit=0 a0=0x0 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:56) : arch=i386 syscall=execve success=yes exit=0 a0=0x0 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:57) : arch=i386 syscall=getppid success=yes exit=0 a0=0x0 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:58) : arch=i386 syscall=socketcall(connect) success=yes exit=0 a0=connect a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:59) : arch=i386 syscall=socketcall(accept4) success=yes exit=0 a0=accept4 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:60) : arch=i386 syscall=socketcall success=yes exit=0 a0=unknown-socketcall(0) a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:61) : arch=i386 syscall=socketcall success=yes exit=0 a0=unknown-socketcall(ffffffff) a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:62) : arch=i386 syscall=ipc(semop) success=yes exit=0 a0=0x1 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:63) : arch=i386 syscall=ipc success=yes exit=0 a0=0x23 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:64) : arch=i386 syscall=ipc success=yes exit=0 a0=0x5 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:65) : arch=aarch64 syscall=openat success=yes exit=0 a0=0x0 a1=0x0 a2=O_RDONLY a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:66) : arch=armeb syscall=exit success=yes exit=0 a0=EXIT_SUCCESS a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:67) : arch=ppc64 syscall=open success=yes exit=0 a0=0x0 a1=O_RDONLY a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:68) : arch=ppc64le syscall=socketcall(connect) success=yes exit=0 a0=connect a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:69) : arch=ppc syscall=socketcall(connect) success=yes exit=0 a0=connect a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:70) : arch=s390x syscall=open success=yes exit=0 a0=0x0 a1=O_RDONLY a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:71) : arch=s390 syscall=socketcall(connect) success=yes exit=0 a0=connect a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:72) : arch=unknown-elf-type(28) syscall=write success=yes exit=0 a0=0x0 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:73) : arch=unknown-elf-type(c0000032) syscall=write success=yes exit=0 a0=0x0 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:74) : arch=unknown-elf-type(zz) syscall=write success=yes exit=0 a0=0x0 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SYSCALL msg=audit(11/14/23 22:13:20.123:76) : arch=i386 syscall=execve success=yes exit=0 a0=0x0 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=root uid=root 
----
type=SECCOMP msg=audit(11/14/23 22:13:20.123:83) : auid=root uid=root gid=root ses=1 subj=unconfined pid=5 comm=x exe=/x sig=SIGSYS arch=i386 syscall=socketcall compat=1 ip=0x0 code=kill 
----
type=SECCOMP msg=audit(11/14/23 22:13:20.123:84) : auid=root uid=root gid=root ses=1 pid=5 comm=x exe=/x sig=SIGSYS arch=x86_64 syscall=open compat=0 ip=0x0 code=kill 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:86) : saddr=unknown-family(0) 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:87) : saddr={ saddr_fam=local path= } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:88) : saddr={ saddr_fam=inet laddr=0.0.0.0 lport=0 } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:89) : saddr={ saddr_fam=ax25 call= 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:90) : saddr={ saddr_fam=ipx (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:91) : saddr={ saddr_fam=appletalk (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:92) : saddr={ saddr_fam=netrom (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:93) : saddr={ saddr_fam=bridge (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:94) : saddr={ saddr_fam=atmpvc int=0 } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:95) : saddr={ saddr_fam=x25 laddr= } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:96) : saddr={ saddr_fam=inet6 laddr=:: lport=0 } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:97) : saddr={ saddr_fam=rose (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:98) : saddr={ saddr_fam=decnet (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:99) : saddr={ saddr_fam=netbeui (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:100) : saddr={ saddr_fam=security (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:101) : saddr={ saddr_fam=key (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:102) : saddr={ saddr_fam=netlink nlnk-fam=16 nlnk-pid=0 } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:103) : saddr={ saddr_fam=packet (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:104) : saddr={ saddr_fam=ash (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:105) : saddr={ saddr_fam=econet (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:106) : saddr={ saddr_fam=atmsvc (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:107) : saddr={ saddr_fam=rds (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:108) : saddr={ saddr_fam=sna (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:109) : saddr={ saddr_fam=irda (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:110) : saddr={ saddr_fam=pppox (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:111) : saddr={ saddr_fam=wanpipe (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:112) : saddr={ saddr_fam=llc (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:113) : saddr=unknown-family(27) 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:114) : saddr=unknown-family(28) 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:115) : saddr={ saddr_fam=can (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:116) : saddr={ saddr_fam=tipc (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:117) : saddr={ saddr_fam=bluetooth (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:118) : saddr={ saddr_fam=iucv (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:119) : saddr={ saddr_fam=rxrpc (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:120) : saddr={ saddr_fam=isdn (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:121) : saddr={ saddr_fam=phonet (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:122) : saddr={ saddr_fam=ieee802154 (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:123) : saddr={ saddr_fam=caif (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:124) : saddr={ saddr_fam=alg (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:125) : saddr={ saddr_fam=nfc (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:126) : saddr={ saddr_fam=vsock (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:127) : saddr={ saddr_fam=kcm (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:128) : saddr={ saddr_fam=qipcrtr (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:129) : saddr={ saddr_fam=smc (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:130) : saddr={ saddr_fam=xdp (unsupported) } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:131) : saddr=unknown-family(45) 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:132) : saddr=unknown-family(46) 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:133) : saddr=unknown-family(255) 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:134) : saddr=unknown-family(4096) 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:135) : saddr=unknown-family(65535) 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:136) : saddr={ saddr_fam=local path=/run/x.sock } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:137) : saddr={ saddr_fam=local path=/tmp } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:138) : saddr={ saddr_fam=local path=abstract-name } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:139) : saddr={ saddr_fam=local path=/ppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:140) : saddr={ saddr_fam=local path=qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:141) : saddr={ saddr_fam=local sockaddr len too short } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:142) : saddr={ saddr_fam=local path=AB } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:143) : saddr={ saddr_fam=inet laddr=192.168.1.20 lport=22 } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:144) : saddr={ saddr_fam=inet sockaddr len too short } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:145) : saddr={ saddr_fam=inet sockaddr len too short } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:146) : saddr={ saddr_fam=inet6 laddr=::1 lport=443 } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:147) : saddr={ saddr_fam=inet6 laddr=2001:db8::1 lport=443 } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:148) : saddr={ saddr_fam=inet6 laddr=::ffff:127.0.0.1 lport=443 } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:149) : saddr={ saddr_fam=inet6 laddr=:: lport=443 } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:150) : saddr={ saddr_fam=inet6 laddr=ff05::1 lport=443 } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:151) : saddr={ saddr_fam=inet6 sockaddr6 len too short } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:152) : saddr={ saddr_fam=netlink nlnk-fam=16 nlnk-pid=1234 } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:153) : saddr={ saddr_fam=netlink len too short } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:154) : saddr={ saddr_fam=ax25 call=N0CALL 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:155) : saddr={ saddr_fam=ax25 call=ABCDEFG } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:156) : saddr={ saddr_fam=atmpvc int=7 } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:157) : saddr={ saddr_fam=atmpvc int=-5 } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:158) : saddr={ saddr_fam=x25 laddr=123456789012345 } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:159) : saddr={ saddr_fam=x25 laddr=123 } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:160) : saddr=malformed-host(0) 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:161) : saddr={ saddr_fam=local sockaddr len too short } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:162) : saddr={ saddr_fam=local sockaddr len too short } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:163) : saddr=malformed-host(0G) 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:164) : saddr=malformed-host(zz) 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:165) : saddr=unknown-family(28200) 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:166) : saddr=unknown-family(10536) 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:167) : saddr=malformed-host("abc") 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:168) : saddr={ saddr_fam=local path=/tmp } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:169) : saddr={ saddr_fam=local path=/tmp } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:170) : saddr={ saddr_fam=local path=/tmp } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:171) : saddr={ saddr_fam=local path=A@ } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:172) : saddr={ saddr_fam=inet sockaddr len too short } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:173) : saddr={ saddr_fam=inet laddr=0.0.0.0 lport=0 } 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:174) : saddr={ saddr_fam=inet laddr=1.2.3.4 lport=80 } 

----
type=USER_AUTH msg=audit(11/14/23 22:13:20.123:175) : pid=1 uid=bob auid=zz' ses=1 msg='op=x acct=  
----
type=USER_AUTH msg=audit(11/14/23 22:13:20.123:176) : pid=1 uid=  auid=ABC msg=
----
type=USER_AUTH msg=audit(11/14/23 22:13:20.123:177) : pid=1 uid=(abc) auid=4' msg=
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:178) : saddr={ injected } tail 
----
type=SOCKADDR msg=audit(11/14/23 22:13:20.123:179) : saddr={ saddr_fam=inet sockaddr len too short } 
----
type=USER_AUTH msg=audit(11/14/23 22:13:20.123:181) : pid=1 
----
type=USER_AUTH msg=audit(11/14/23 22:13:20.123:215) : uid=root a=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 
----
type=DAEMON_START msg=audit(11/14/23 22:13:20.456:196) : op=start ver=3.0.9 format=enriched kernel=6.1.0-13-amd64 auid=unset pid=812 uid=root ses=unset subj=system_u:system_r:auditd_t:s0 res=success 
----
type=DAEMON_END msg=audit(11/14/23 22:13:20.456:197) : op=terminate auid=root uid=root ses=unset pid=2358 res=success 
----
type=DAEMON_END msg=audit(11/14/23 22:13:20.456:198) : op=terminate auid=unset uid=unset ses=-1 pid=-1 subj=? res=success 
----
type=DAEMON_ABORT msg=audit(11/14/23 22:13:20.456:199) : op=set-pid auid=unset pid=812 uid=root ses=unset res=failed 
----
type=DAEMON_CONFIG msg=audit(11/14/23 22:13:20.456:200) : op=reconfigure state=changed auid=root pid=2358 subj=? res=success 
----
type=DAEMON_CONFIG msg=audit(11/14/23 22:13:20.456:201) : op=reconfigure state=no-change auid=unset pid=-1 subj=? res=failed 
----
type=DAEMON_ROTATE msg=audit(11/14/23 22:13:20.456:202) : op=rotate-logs auid=root uid=root ses=unset pid=2358 res=success 
----
type=DAEMON_RESUME msg=audit(11/14/23 22:13:20.456:203) : op=resume-logging auid=unset pid=-1 subj=? res=success 
----
type=DAEMON_ACCEPT msg=audit(11/14/23 22:13:20.456:204) : addr=10.0.0.5 port=60 res=success 
----
type=DAEMON_CLOSE msg=audit(11/14/23 22:13:20.456:205) : addr=10.0.0.5 port=60 res=success 
----
type=DAEMON_ERR msg=audit(11/14/23 22:13:20.456:206) : op=format-raw msg=NULL res=failed 
