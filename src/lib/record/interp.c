/* interp.c - a field's value as libauparse 3.0.9 interprets it for
 * ENRICHED: SADDR, SYSCALL, ARCH, UID/GID (print_sockaddr(), print_syscall(),
 * print_arch(), print_uid()/print_gid(), print_escaped()), and the small
 * name tables they use.
 *
 * Observed from Debian's libauparse.so.0 (3.0.9): a sockaddr of every family
 * number 0..65535 was interpreted and the saddr_fam= names recorded (27 ib,
 * 28 mpls and 45+ have none: auparse prints unknown-family(n)); i386
 * socketcall/ipc syscalls were interpreted with every a0 to get the names
 * printed as socketcall(connect), ipc(semop).  The numbers themselves are
 * Linux ABI (AF_* in <sys/socket.h>, SYS_* in <linux/net.h>, the ipc(2)
 * call numbers).  Where auparse's output is odd it is reproduced on
 * purpose (tests/data/oracle/).  The arguments of `auditctl -l -i` are
 * interp-args.c.
 */
#include <netdb.h>
#include <stdint.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "util.h"
#include "record-internal.h"

/* libauparse's machine numbers that matter here (enum machine_t). */
#define MACH_AARCH64		9

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

/* A socket path is any bytes a local user chose (bind(2) takes them as
 * they are), and auparse 3.0.9 copies it into SADDR= unchanged. The bytes
 * that let it pass for something else in the log become spaces: a newline
 * or a carriage return (a forged line, or one that hides the text before it
 * on a terminal), ESC (terminal control sequences for whoever reads the log
 * with less -R or cat) and 0x1D (the separator before the interpreted
 * fields, record.h). The RAW record keeps the path hex-encoded and whole. */
static char *put_path(char *p, const char *path, size_t n)
{
	static const char unsafe[] = "\n\r\x1b\x1d";
	size_t i;

	for (i = 0; i < n; i++)
		*p++ = memchr(unsafe, path[i], sizeof(unsafe) - 1) ? ' ' : path[i];
	return p;
}

static const char *lookup(const char *const *tab, size_t n, long i)
{
	return i >= 0 && (unsigned long)i < n ? tab[i] : NULL;
}

#define LOOKUP(tab, i) lookup(tab, NELEM(tab), i)

const char *interp_sockfam_name(unsigned family)
{
	return LOOKUP(families, (long)family);
}

const char *interp_socketcall_name(long call)
{
	return LOOKUP(socketcalls, call);
}

const char *interp_ipccall_name(long call)
{
	return LOOKUP(ipccalls, call);
}

/* libaudit's audit_value_needs_encoding(): '"', anything below 0x21 or
 * 0x7f, and (char being signed) every byte from 0x80 up. */
static bool needs_encoding(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c < 0x21 || c >= 0x7f)
			return true;
	}
	return false;
}

/* upper-case hex, two digits a byte */
static char *put_hex(char *p, const char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i;

	for (i = 0; i < n; i++) {
		*p++ = hex[(unsigned char)s[i] >> 4];
		*p++ = hex[(unsigned char)s[i] & 15];
	}
	return p;
}

/* The value half of audit_encode_nv_string(): "value" or upper hex. */
char *interp_encode(char *p, const char *s, size_t n)
{
	if (!needs_encoding(s, n)) {
		*p++ = '"';
		p = put(p, s, n);
		*p++ = '"';
		return p;
	}
	return put_hex(p, s, n);
}

/* au_unescape(): a "(...)" is kept as is (NULL without ')'); otherwise the
 * leading hex digits are decoded, an odd last digit as its high nibble, and
 * fewer than two digits is NULL.  Returns the C-string length of the result
 * (it ends at a decoded NUL) or -1. */
static long unescape(const char *s, size_t n, char *out)
{
	size_t h = 0, i, o = 0;

	if (n > 0 && s[0] == '(') {
		const char *close = memchr(s, ')', n);

		if (close == NULL)
			return -1;
		memcpy(out, s, (size_t)(close - s) + 1);
		return close - s + 1;
	}
	while (h < n && hexval((unsigned char)s[h]) >= 0)
		h++;
	if (h < 2)
		return -1;
	for (i = 0; i < h; i += 2) {
		int hi = hexval((unsigned char)s[i]);
		int lo = i + 1 < h ? hexval((unsigned char)s[i + 1]) : 0;
		char c = (char)(hi << 4 | lo);

		if (c == 0)
			break;
		out[o++] = c;
	}
	return (long)o;
}

/* print_escaped(), used for a UID/GID taken from an interpretation that is
 * already in the line. */
size_t interp_escaped(const char *v, size_t n, char *out)
{
	long r;

	if (n > 0 && v[0] == '"') {
		const char *q = memchr(v + 1, '"', n - 1);

		if (q == NULL) {
			out[0] = ' ';
			return 1;
		}
		memcpy(out, v + 1, (size_t)(q - v - 1));
		return (size_t)(q - v - 1);
	}
	if (n >= 2 && v[0] == '0' && v[1] == '0')
		r = unescape(v + 2, n - 2, out);
	else
		r = unescape(v, n, out);
	if (r >= 0)
		return (size_t)r;
	memcpy(out, v, n);
	return n;
}

/* print_sockaddr().  auparse decodes the hex into a buffer that still holds
 * the undecoded tail of the text and reads struct fields from it with only
 * a few length checks; short values are reproduced by building the same
 * buffer (bytes past the copied text read as 0). */
#define SADDR_BUF		128

char *interp_sockaddr(char *p, const char *v, size_t n)
{
	unsigned char b[SADDR_BUF];
	size_t slen = n / 2, h = 0, d, zero_end, i;
	uint16_t fam;
	const char *name;

	memset(b, 0, sizeof(b));
	if (n > 0 && v[0] == '(') {
		/* "(null)" and the like: the text itself is the buffer */
		if (memchr(v, ')', n) == NULL)
			goto malformed;
		memcpy(&fam, v, 2);
		goto unknown;
	}
	while (h < n && hexval((unsigned char)v[h]) >= 0)
		h++;
	if (h < 2)
		goto malformed;
	for (i = 0; i < h && i < SADDR_BUF; i++)
		b[i] = (unsigned char)v[i];
	d = (h + 1) / 2;
	for (i = 0; i < d && i < SADDR_BUF; i++) {
		int hi = hexval(v[2 * i]);
		int lo = 2 * i + 1 < h ? hexval(v[2 * i + 1]) : 0;

		b[i] = (unsigned char)(hi << 4 | lo);
	}
	zero_end = slen + 1 > d + 1 ? slen + 1 : d + 1;
	for (i = d; i < zero_end && i < SADDR_BUF; i++)
		b[i] = 0;

	memcpy(&fam, b, 2);
	name = interp_sockfam_name(fam);
	if (name == NULL)
		goto unknown;
	p = PUT_LIT(p, "{ saddr_fam=");
	p = put_str(p, name);
	switch (fam) {
	case AF_LOCAL: {
		const unsigned char *path = b + (b[2] ? 2 : 3);

		if (slen < 4)
			return PUT_LIT(p, " sockaddr len too short }");
		p = PUT_LIT(p, " path=");
		p = put_path(p, (const char *)path, strnlen((const char *)path, 108));
		break;
	}
	case AF_INET: {
		uint16_t port;

		if (slen < sizeof(struct sockaddr_in))
			return PUT_LIT(p, " sockaddr len too short }");
		memcpy(&port, b + 2, 2);
		p = PUT_LIT(p, " laddr=");
		for (i = 0; i < 4; i++) {
			if (i)
				*p++ = '.';
			p = put_ulong(p, b[4 + i]);
		}
		p = PUT_LIT(p, " lport=");
		p = put_ulong(p, ntohs(port));
		break;
	}
	case AF_AX25:
		/* printed with %c: a NUL ends the string there */
		p = PUT_LIT(p, " call=");
		for (i = 0; i < 7; i++) {
			if (b[2 + i] == 0)
				return p;
			*p++ = (char)b[2 + i];
		}
		break;
	case AF_ATMPVC: {
		int16_t itf;

		memcpy(&itf, b + 4, 2);
		p = PUT_LIT(p, " int=");
		p = put_long(p, itf);
		break;
	}
	case AF_X25:
		p = PUT_LIT(p, " laddr=");
		p = put(p, (const char *)b + 2, strnlen((const char *)b + 2, 15));
		break;
	case AF_INET6: {
		struct sockaddr_in6 sin6;
		char host[NI_MAXHOST], serv[NI_MAXSERV];

		if (slen < sizeof(sin6))
			return PUT_LIT(p, " sockaddr6 len too short }");
		/* getnameinfo() as auparse calls it: numeric, but a scope
		 * of a link-local address becomes an interface name */
		memcpy(&sin6, b, sizeof(sin6));
		if (getnameinfo((struct sockaddr *)&sin6, sizeof(sin6),
				host, sizeof(host), serv, sizeof(serv),
				NI_NUMERICHOST | NI_NUMERICSERV) != 0)
			return PUT_LIT(p, " (error resolving addr) }");
		p = PUT_LIT(p, " laddr=");
		p = put_str(p, host);
		p = PUT_LIT(p, " lport=");
		p = put_str(p, serv);
		break;
	}
	case AF_NETLINK: {
		uint32_t pid;

		if (slen < 12)
			return PUT_LIT(p, " len too short }");
		memcpy(&pid, b + 4, 4);
		p = PUT_LIT(p, " nlnk-fam=");
		p = put_ulong(p, fam);
		p = PUT_LIT(p, " nlnk-pid=");
		p = put_ulong(p, pid);
		break;
	}
	default:
		return PUT_LIT(p, " (unsupported) }");
	}
	return PUT_LIT(p, " }");

malformed:
	p = PUT_LIT(p, "malformed-host(");
	p = put(p, v, n);
	return PUT_LIT(p, ")");
unknown:
	p = PUT_LIT(p, "unknown-family(");
	p = put_ulong(p, fam);
	return PUT_LIT(p, ")");
}

/* print_syscall(): the machine comes from the record's positional arch, or
 * the host's; socketcall and ipc show their sub-call from a0. */
char *interp_syscall(char *p, const struct record *r, uint32_t host_arch,
		     const char *v, size_t n)
{
	uint32_t arch = r->machine >= 0 ? r->arch : host_arch;
	const char *name;
	const char *call = NULL;

	if (r->machine < 0 && host_arch == 0)
		return put(p, v, n);
	name = tables_syscall_name(arch, r->syscall);
	if (name == NULL) {
		p = PUT_LIT(p, "unknown-syscall(");
		p = put_long(p, r->syscall);
		return PUT_LIT(p, ")");
	}
	p = put_str(p, name);
	if ((unsigned long long)(int)r->a0 == r->a0) {
		if (strcmp(name, "socketcall") == 0)
			call = interp_socketcall_name((int)r->a0);
		else if (strcmp(name, "ipc") == 0)
			call = interp_ipccall_name((int)r->a0);
	}
	if (call) {
		*p++ = '(';
		p = put_str(p, call);
		*p++ = ')';
	}
	return p;
}

/* print_arch(): the positional machine when it is one of the first ten,
 * otherwise this field's own value. */
char *interp_arch(char *p, const struct record *r, const char *v, size_t n)
{
	const char *name;
	uint32_t arch;
	bool range;

	if (r->machine >= 0 && r->machine <= MACH_AARCH64) {
		arch = r->arch;
	} else {
		arch = (uint32_t)parse_ul(v, n, 16, ~0UL, &range);
		if (range) {
			p = PUT_LIT(p, "conversion error(");
			p = put(p, v, n);
			return PUT_LIT(p, ") ");
		}
	}
	name = tables_arch_name(arch);
	if (name == NULL) {
		p = PUT_LIT(p, "unknown-elf-type(");
		p = put(p, v, n);
		return PUT_LIT(p, ")");
	}
	return put_str(p, name);
}

/* The value of a UID or GID field, encoded: "name", hex, "unset", ... */
char *interp_id(char *p, struct names *names, int gid, const char *v, size_t n)
{
	const char *text;
	unsigned long long lv;
	size_t len;
	int32_t id;
	bool range;

	text = interp_id_fixed(v, n, &len);
	if (text)
		return put(p, text, len);
	lv = parse_ul(v, n, 10, ~0UL, &range);
	if (range) {
		/* "conversion error(...)" holds a space: always hex */
		p = put_hex(p, "conversion error(", 17);
		p = put_hex(p, v, n);
		return put_hex(p, ")", 1);
	}
	id = (int32_t)(uint32_t)lv;
	if (id == -1)
		return PUT_LIT(p, "\"unset\"");
	if (id == 0)
		return PUT_LIT(p, "\"root\"");
	text = names_value(names, gid, (uint32_t)id, &len);
	return put(p, text, len);
}
