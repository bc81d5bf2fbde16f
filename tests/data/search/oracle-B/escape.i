----
type=CWD msg=audit(11/21/26 10:03:20.000:3000) : cwd=/tmp/a b$c"d'e`f!g(h)i|j;k#l&m*n?o[p]q<r>s{t}u\v 
----
type=PATH msg=audit(11/21/26 10:03:20.001:3001) : item=0 name=/tmp/tab\011here\033[31mreddel inode=1 dev=fe:00 mode=file,644 ouid=root ogid=root rdev=00:00 nametype=NORMAL 
----
type=EXECVE msg=audit(11/21/26 10:03:20.002:3002) : argc=2 a0=ls a1=x\012y\001zÃ© 
----
type=PROCTITLE msg=audit(11/21/26 10:03:20.003:3003) : proctitle=sh -c echo $HOME; ls * 
----
type=SYSCALL msg=audit(11/21/26 10:03:20.004:3004) : arch=x86_64 syscall=execve success=yes exit=0 a0=0x1 a1=0x2 a2=0x3 a3=0x4 items=0 ppid=1 pid=2 auid=root uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=1 comm=a b exe=/bin/x y key=k$1 
----
type=USER_CMD msg=audit(11/21/26 10:03:20.005:3005) : pid=1 uid=root auid=root ses=1 msg='cwd=/root cmd=echo "hi" > /tmp/x & rm -rf {a,b} terminal=pts/0 res=success' 
----
type=FOO msg=audit(11/21/26 10:03:20.006:3006) : raw=a$bc cwd=/x y 
