/* interp.c - small name tables auparse 3.0.9 uses when it interprets
 * SADDR= and SYSCALL= values.
 *
 * Observed from Debian's libauparse.so.0 (3.0.9): a sockaddr of every family
 * number 0..65535 was interpreted and the saddr_fam= names recorded (27 ib,
 * 28 mpls and 45+ have none: auparse prints unknown-family(n)); i386
 * socketcall/ipc syscalls were interpreted with every a0 to get the names
 * printed as socketcall(connect), ipc(semop).  The numbers themselves are
 * Linux ABI (AF_* in <sys/socket.h>, SYS_* in <linux/net.h>, the ipc(2)
 * call numbers).
 */
#include <stddef.h>
#include "util.h"
#include "tables.h"

static const char *const families[] = {
	[1] = "local", [2] = "inet", [3] = "ax25", [4] = "ipx",
	[5] = "appletalk", [6] = "netrom", [7] = "bridge", [8] = "atmpvc",
	[9] = "x25", [10] = "inet6", [11] = "rose", [12] = "decnet",
	[13] = "netbeui", [14] = "security", [15] = "key", [16] = "netlink",
	[17] = "packet", [18] = "ash", [19] = "econet", [20] = "atmsvc",
	[21] = "rds", [22] = "sna", [23] = "irda", [24] = "pppox",
	[25] = "wanpipe", [26] = "llc", [29] = "can", [30] = "tipc",
	[31] = "bluetooth", [32] = "iucv", [33] = "rxrpc", [34] = "isdn",
	[35] = "phonet", [36] = "ieee802154", [37] = "caif", [38] = "alg",
	[39] = "nfc", [40] = "vsock", [41] = "kcm", [42] = "qipcrtr",
	[43] = "smc", [44] = "xdp",
};

static const char *const socketcalls[] = {
	[1] = "socket", [2] = "bind", [3] = "connect", [4] = "listen",
	[5] = "accept", [6] = "getsockname", [7] = "getpeername",
	[8] = "socketpair", [9] = "send", [10] = "recv", [11] = "sendto",
	[12] = "recvfrom", [13] = "shutdown", [14] = "setsockopt",
	[15] = "getsockopt", [16] = "sendmsg", [17] = "recvmsg",
	[18] = "accept4", [19] = "recvmmsg", [20] = "sendmmsg",
};

static const char *const ipccalls[] = {
	[1] = "semop", [2] = "semget", [3] = "semctl", [4] = "semtimedop",
	[11] = "msgsnd", [12] = "msgrcv", [13] = "msgget", [14] = "msgctl",
	[21] = "shmat", [22] = "shmdt", [23] = "shmget", [24] = "shmctl",
};

static const char *lookup(const char *const *tab, size_t n, long i)
{
	return i >= 0 && (unsigned long)i < n ? tab[i] : NULL;
}

#define LOOKUP(tab, i) lookup(tab, NELEM(tab), i)

const char *tables_sockfam_name(unsigned family)
{
	return LOOKUP(families, (long)family);
}

const char *tables_socketcall_name(long call)
{
	return LOOKUP(socketcalls, call);
}

const char *tables_ipccall_name(long call)
{
	return LOOKUP(ipccalls, call);
}
