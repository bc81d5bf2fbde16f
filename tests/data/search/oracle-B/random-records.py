# random-records.py SEED N - N random one-record events for random-diff.sh:
# every field kind of ausearch -i with odd values (numbers out of range,
# hex, quotes, commas, negative ids), in random record types.
import random, sys
seed=int(sys.argv[1]); n=int(sys.argv[2]); random.seed(seed)
kinds="a0 a1 a2 a3 acct action addr arch auid cap_fi cap_fp cap_pa cap_pe cap_pi cap_pp capability cgroup cmd code comm cwd data device dir egid euid exe exit family file flags fi fp fsgid fsuid gid grp hook icmptype id igid img-ctx inode_gid inode_uid invalid_context ioctlcmd iuid key list macproto mode name new-chardev new-disk new-fs new-net new-rng new_gid new_group new_pe new_pi new_pp nl-mcgrp oauid obj obj_gid obj_uid ocomm oflag ogid old-auid old-chardev old-disk old-fs old-net old-rng old_pa old_pe old_pi old_pp old_prom ouid pa path pe per perm perm_mask pi pp proctitle prom proto res resolve resp result root_dir saddr sauid scontext ses sgid sig sigev_signo subj suid sw syscall tcontext uid vm vm-ctx watch pid ppid tty op success items foo".split()
types="SYSCALL PATH CWD EXECVE PROCTITLE SOCKADDR USER_AUTH USER_ACCT CONFIG_CHANGE AVC USER_AVC NETFILTER_PKT NETFILTER_CFG MQ_OPEN MMAP TTY USER_TTY KERN_MODULE FANOTIFY OBJ_PID BPRM_FCAPS CAPSET SECCOMP ANOM_ABEND ANOM_PROMISCUOUS ADD_GROUP GRP_MGMT DEL_GROUP TRUSTED_APP CRYPTO_KEY_USER USER_CMD LOGIN DAEMON_START USER_LOGIN BPF".split()
def hexs(k): return ''.join(random.choice('0123456789ABCDEF') for _ in range(k))
def val():
    c=random.randrange(14)
    if c==0: return str(random.choice([0,1,2,3,4,5,6,7,8,9,10,11,15,16,31,32,33,64,100,255,256,1000,65534,4294967295,4294967296,-1,-2,-13,-111,-9999]))
    if c==1: return str(random.randrange(0,100000))
    if c==2: return hexs(random.choice([1,2,4,8,16,24,32,56]))
    if c==3: return '"%s"'%random.choice(['/etc/passwd','x y','a,b','','(null)','ab$c','/tmp/../x'])
    if c==4: return random.choice(['(null)','?','(none)','yes','no','success','failed','unset'])
    if c==5: return hexs(2)+'00'+hexs(4)
    if c==6: return '0'+oct(random.randrange(0,0o177777))[2:]
    if c==7: return random.choice(['x86_64','c000003e','40000003','c00000b7','deadbeef','zz'])
    if c==8: return random.choice(['a,b','1,2,3',',x','x,'])
    if c==9: return '0x%x'%random.randrange(0,1<<32)
    if c==10: return random.choice(['u:r:t:s0','system_u:object_r:x_t:s0-s0:c0,c1','unconfined'])
    if c==11: return random.choice(['1b6','241','80000','ffffff9c','3e8','ffffffff'])
    if c==12: return "'"+random.choice(['x','op=y res=1','a b'])
    return hexs(random.choice([3,5,7]))
out=[]
for i in range(n):
    t=random.choice(types)
    f=[]
    if t=='SYSCALL' or random.random()<0.1:
        f.append('arch=%s syscall=%d success=yes exit=%s a0=%s a1=%s a2=%s a3=%s'%(random.choice(['c000003e','40000003','c00000b7']),random.randrange(0,460),val() if random.random()<.3 else '0',hexs(random.choice([1,2,4,8])),hexs(random.choice([1,2,4])),hexs(random.choice([1,2,4])),hexs(random.choice([1,2,4]))))
    for _ in range(random.randrange(1,8)):
        f.append('%s=%s'%(random.choice(kinds),val()))
    if random.random()<0.15:
        f.insert(0,"msg='"); f[-1]+="'"
        f=[f[0]+f[1]]+f[2:] if len(f)>1 else f
    out.append('type=%s msg=audit(1795255600.%03d:%d): %s'%(t,i%1000,5000+i,' '.join(f)))
print('\n'.join(out))
