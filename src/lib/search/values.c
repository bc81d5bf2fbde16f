/* values.c - a field's value as ausearch -i interprets it (../shared/spec:
 * ausearch 2.7.3; the kinds are fieldkind.c, syscall= and a0..a3 are
 * args.c). The names shared with syscall arguments and ENRICHED (sockaddr, syscall, arch, uid/gid names,
 * signals, capabilities, open/mmap flags, modes) come from the record
 * library; the rest are the small tables below.
 */
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "searchfmt-internal.h"

/* ---- renderers ---------------------------------------------------------- */

struct named {
	unsigned long value;
	const char *name;
};

static const char *lookup(const struct named *t, size_t n, unsigned long v)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (t[i].value == v)
			return t[i].name;
	return NULL;
}

static const struct named lists[] = {
	{ 0, "user" }, { 1, "task" }, { 4, "exit" }, { 5, "exclude" },
	{ 6, "filesystem" },
};
static const struct named nfprotos[] = {
	{ 0, "unspecified" }, { 1, "inet" }, { 2, "ipv4" }, { 3, "arp" },
	{ 5, "netdev" }, { 7, "bridge" }, { 10, "ipv6" }, { 12, "decnet" },
};
static const struct named icmptypes[] = {
	{ 0, "echo-reply" }, { 3, "destination-unreachable" },
	{ 4, "source-quench" }, { 5, "redirect" }, { 8, "echo" },
	{ 11, "time-exceeded" }, { 12, "parameter-problem" },
	{ 13, "timestamp-request" }, { 14, "timestamp-reply" },
	{ 15, "info-request" }, { 16, "info-reply" },
	{ 17, "address-mask-request" }, { 18, "address-mask-reply" },
};
static const struct named seccomp_actions[] = {
	{ 0, "kill" }, { 0x30000, "trap" }, { 0x50000, "errno" },
	{ 0x7fc00000, "user-notify" }, { 0x7ff00000, "trace" },
	{ 0x7ffc0000, "log" }, { 0x7fff0000, "allow" },
};
static const struct named hooks[] = {
	{ 0, "PREROUTING" }, { 1, "INPUT" }, { 2, "FORWARD" },
	{ 3, "OUTPUT" }, { 4, "POSTROUTING" }, { 5, "BROUTING" },
};
static const struct named net_actions[] = {
	{ 0, "ACCEPT" }, { 1, "DROP" }, { 2, "REJECT" },
};
static const struct named resps[] = {
	{ 0, "unknown" }, { 1, "allow" }, { 2, "deny" },
};
/* bits, in printing order */
static const struct named perms[] = {	/* AUDIT_PERM_* */
	{ 4, "read" }, { 2, "write" }, { 1, "exec" }, { 8, "attr" },
};
static const struct named path_flags[] = {
	{ 0x1, "follow" }, { 0x2, "directory" }, { 0x4, "continue" },
	{ 0x10, "parent" }, { 0x20, "noalt" }, { 0x40, "atomic" },
	{ 0x100, "open" }, { 0x200, "create" }, { 0x400, "access" },
};
static const struct named resolves[] = {
	{ 0x1, "RESOLVE_NO_XDEV" }, { 0x2, "RESOLVE_NO_MAGICLINKS" },
	{ 0x4, "RESOLVE_NO_SYMLINKS" }, { 0x8, "RESOLVE_BENEATH" },
	{ 0x10, "RESOLVE_IN_ROOT" }, { 0x20, "RESOLVE_CACHED" },
};

/* The highest capability the Debian 12 build names (checkpoint_restore). */
#define CAP_LAST	40
#define ID_UNSET	4294967295UL

/* bits joined by sep; false if none was set */
static bool put_bits(struct sfout *o, const struct named *t, size_t n,
		     unsigned long v, const char *sep)
{
	bool any = false;
	size_t i;

	for (i = 0; i < n; i++) {
		if (!(v & t[i].value))
			continue;
		if (any)
			sf_puts(o, sep);
		sf_puts(o, t[i].name);
		any = true;
	}
	return any;
}

/* strtoul(3) on a value copied into a NUL-terminated string */
bool sf_number(const char *v, size_t n, int base, unsigned long long *out)
{
	char buf[256];

	/* strtoull stops at the first non-digit: a longer text is either
	 * out of range already or ends in what it ignores */
	if (n >= sizeof(buf))
		n = sizeof(buf) - 1;
	memcpy(buf, v, n);
	buf[n] = '\0';
	errno = 0;
	*out = strtoull(buf, NULL, base);
	return errno != ERANGE;
}

void sf_put_fmt(struct sfout *o, const char *fmt, unsigned long long v)
{
	char buf[64];
	int n = snprintf(buf, sizeof(buf), fmt, v);

	sf_put(o, buf, (size_t)n);
}

void sf_conversion_error(struct sfout *o, const char *v, size_t n)
{
	sf_puts(o, "conversion error(");
	sf_put(o, v, n);
	sf_putc(o, ')');
}

static void put_id(struct searchfmt *f, struct sfout *o, int gid,
		   const char *v, size_t n)
{
	unsigned long long id;
	const char *name;
	size_t len;
	char dec[RECORD_LINE_MAX];

	/* strtoul(3), then an int: "-1" is unset too */
	if (!sf_number(v, n, 10, &id)) {
		sf_conversion_error(o, v, n);
		return;
	}
	id = (uint32_t)id;
	if (id == ID_UNSET) {
		sf_puts(o, "unset");
		return;
	}
	if (id == 0) {
		sf_puts(o, "root");
		return;
	}
	name = names_value(f->names, gid, (uint32_t)id, &len);
	len = interp_escaped(name, len, dec);
	sf_put(o, dec, len);
}

/* print_escaped(): quoted, 00-prefixed hex, hex, "(...)" or as it is */
static size_t unescape(const char *v, size_t n, char *out)
{
	return interp_escaped(v, n, out);
}

static void put_exit(struct sfout *o, const char *v, size_t n)
{
	char buf[256];
	long long x;
	const char *name, *text;
	size_t c = n < sizeof(buf) ? n : sizeof(buf) - 1;

	memcpy(buf, v, c);	/* strtoll(3) reads no further */
	buf[c] = '\0';
	errno = 0;
	x = strtoll(buf, NULL, 10);
	if (errno == ERANGE) {
		sf_conversion_error(o, v, n);
		return;
	}
	if (x >= 0) {
		sf_put(o, v, n);
		return;
	}
	name = x >= -0x7fffffffLL ? tables_errno_name((int)-x) : NULL;
	sf_puts(o, name ? name : "(null)");
	sf_putc(o, '(');
	text = x >= -0x7fffffffLL ? strerrordesc_np((int)-x) : NULL;
	if (text)
		sf_puts(o, text);
	else
		sf_put_fmt(o, "Unknown error %lld", (unsigned long long)-x);
	sf_putc(o, ')');
}

static void put_mode(struct sfout *o, const char *v, size_t n, int base,
		     enum interp_value_kind k)
{
	unsigned long long m;
	char buf[INTERP_ARG_MAX];
	int len;

	if (!sf_number(v, n, base, &m)) {
		sf_conversion_error(o, v, n);
		return;
	}
	len = interp_value(k, (uint32_t)m, buf, sizeof(buf));
	if (len < 0)
		sf_put(o, v, n);
	else
		sf_put(o, buf, (size_t)len);
}

static void put_caps(struct sfout *o, const char *v, size_t n)
{
	unsigned long long caps;
	char buf[INTERP_ARG_MAX];
	bool any = false;
	unsigned i;

	if (!sf_number(v, n, 16, &caps)) {
		sf_conversion_error(o, v, n);
		return;
	}
	if (caps == 0) {
		sf_puts(o, "none");
		return;
	}
	for (i = 0; i <= CAP_LAST; i++) {
		int len;

		if (!(caps & (1ULL << i)))
			continue;
		if (any)
			sf_putc(o, ',');
		any = true;
		len = interp_value(INTERP_VALUE_CAPABILITY, i, buf, sizeof(buf));
		if (len > 0)
			sf_put(o, buf, (size_t)len);
	}
}

static void put_proctitle(struct sfout *o, const char *v, size_t n, char *tmp)
{
	size_t i, h = 0;

	if (n && v[0] == '"') {
		sf_put(o, tmp, unescape(v, n, tmp));
		return;
	}
	while (h < n && sf_all_hex(v + h, 1))
		h++;
	if (h < 2) {
		sf_put(o, v, n);
		return;
	}
	/* n / 2 bytes, zero where the hex stops, each NUL a space; an odd
	 * last digit lands after them, as a high nibble */
	for (i = 0; i < n / 2; i++) {
		char c = 2 * i + 1 < h ?
			 (char)strtoul((char[]){ v[2 * i], v[2 * i + 1], 0 },
				       NULL, 16) : 0;

		sf_putc(o, c ? c : ' ');
	}
	if ((n & 1) && h == n && v[n - 1] != '0')
		sf_putc(o, (char)(strtoul((char[]){ v[n - 1], 0 }, NULL, 16)
				  << 4));
}

/* TTY data: quoted runs of printable text and names of keys */
static const struct {
	const char *seq;
	const char *name;
} tty_keys[] = {
	{ "\x1b[A", "<up>" }, { "\x1b[B", "<down>" }, { "\x1b[C", "<right>" },
	{ "\x1b[D", "<left>" }, { "\x1bOA", "<up>" }, { "\x1bOB", "<down>" },
	{ "\x1bOC", "<right>" }, { "\x1bOD", "<left>" },
	{ "\x1b[H", "<home>" }, { "\x1b[F", "<end>" },
	{ "\x1b[2~", "<insert>" }, { "\x1b[3~", "<delete>" },
	{ "\x1b[5~", "<pgup>" }, { "\x1b[6~", "<pgdn>" },
	{ "\r", "<ret>" }, { "\n", "<nl>" }, { "\t", "<tab>" },
	{ "\x7f", "<backspace>" }, { "\b", "<backspace>" },
	{ "\x1b", "<esc>" },
};

static void put_tty_data(struct sfout *o, const char *v, size_t n, char *tmp)
{
	size_t len = 0, i = 0, k;
	bool in_quote = false, first = true;

	if (!sf_all_hex(v, n)) {
		sf_put(o, v, n);
		return;
	}
	if (n < 2) {	/* nothing decoded: printf's "(null)" */
		sf_puts(o, "(null)");
		return;
	}
	for (i = 0; i + 1 < n; i += 2)	/* an odd last digit is dropped */
		tmp[len++] = (char)strtoul((char[]){ v[i], v[i + 1], 0 },
					   NULL, 16);
	for (i = 0; i < len;) {
		unsigned char c = (unsigned char)tmp[i];
		const char *name = NULL;
		size_t sl = 0;

		for (k = 0; k < NELEM(tty_keys); k++) {
			sl = strlen(tty_keys[k].seq);
			if (sl <= len - i && memcmp(tmp + i, tty_keys[k].seq,
						    sl) == 0) {
				name = tty_keys[k].name;
				break;
			}
		}
		if (name == NULL && c >= 1 && c <= 26) {
			static char ctl[5] = "<^>";

			ctl[2] = (char)('@' + c);
			ctl[3] = '>';
			name = ctl;
			sl = 1;
		}
		if (name) {
			if (in_quote)
				sf_putc(o, '"');
			in_quote = false;
			if (!first)
				sf_putc(o, ',');
			sf_puts(o, name);
			first = false;
			i += sl;
			continue;
		}
		if (!in_quote) {
			if (!first)
				sf_putc(o, ',');
			sf_putc(o, '"');
			in_quote = true;
			first = false;
		}
		if (c < 0x20 || c >= 0x7f) {
			char oct[4] = { '\\', (char)('0' + (c >> 6)),
					(char)('0' + ((c >> 3) & 7)),
					(char)('0' + (c & 7)) };

			sf_put(o, oct, 4);
			i++;
			continue;
		}
		if (c == '"' || c == '\\')
			sf_putc(o, '\\');
		sf_putc(o, (char)c);
		i++;
	}
	if (in_quote)
		sf_putc(o, '"');
}

static void put_named(struct sfout *o, const struct named *t, size_t n,
		      const char *v, size_t vlen, int base, const char *unknown)
{
	unsigned long long x;
	const char *name;

	if (!sf_number(v, vlen, base, &x)) {
		sf_conversion_error(o, v, vlen);
		return;
	}
	name = lookup(t, n, (uint32_t)x);	/* an int */
	if (name) {
		sf_puts(o, name);
		return;
	}
	sf_puts(o, unknown);
	sf_putc(o, '(');
	sf_put(o, v, vlen);
	sf_putc(o, ')');
}

#define NAMED(t)	t, NELEM(t)

static bool enriched(const struct record *r, enum sf_kind kind, const char *name,
		     size_t nlen, struct sfout *o, char *tmp)
{
	const char *v;
	size_t vlen;

	if (!record_interp_find(r, name, nlen, &v, &vlen))
		return false;
	if (vlen >= 8 && memcmp(v, "unknown-", 8) == 0)
		return false;
	if (kind == K_UID || kind == K_GID)
		sf_put(o, tmp, interp_escaped(v, vlen, tmp));
	else
		sf_put(o, v, vlen);
	return true;
}

static bool from_record(const struct record *r, const char *name, size_t nlen)
{
	const char *v;
	size_t vlen;

	return record_interp_find(r, name, nlen, &v, &vlen) &&
	       !(vlen >= 8 && memcmp(v, "unknown-", 8) == 0);
}

static void render(struct searchfmt *f, const struct record *r, enum sf_kind kind,
		   const char *name, size_t nlen, const char *v, size_t n,
		   struct sfout *o)
{
	char *tmp = f->esc;	/* free until the escaping step */
	unsigned long long x;
	char buf[INTERP_ARG_MAX];
	int len;

	/* the machine of the syscall and arguments after it */
	if (kind == K_ARCH && sf_number(v, n, 16, &x) &&
	    tables_arch_name((uint32_t)x))
		f->arch = (uint32_t)x;
	if (enriched(r, kind, name, nlen, o, tmp))
		return;
	switch (kind) {
	case K_UID:
	case K_GID:
		put_id(f, o, kind == K_GID, v, n);
		break;
	case K_SYSCALL:
		sf_put_syscall(f, o, r, v, n);
		break;
	case K_ARCH:
		/* this field's own value (a second arch= too) */
		if (!sf_number(v, n, 16, &x)) {
			/* the library's own space after it (interp.c) */
			sf_conversion_error(o, v, n);
			sf_putc(o, ' ');
		} else if (tables_arch_name((uint32_t)x)) {	/* an int */
			sf_puts(o, tables_arch_name((uint32_t)x));
		} else {
			sf_puts(o, "unknown-elf-type(");
			sf_put(o, v, n);
			sf_putc(o, ')');
		}
		break;
	case K_EXIT:
		put_exit(o, v, n);
		break;
	case K_ACCT:
		if (n && v[n - 1] == ':')
			n--;
		/* fall through */
	case K_ESCAPED:
		sf_put(o, tmp, unescape(v, n, tmp));
		break;
	case K_KEY: {
		size_t dl = unescape(v, n, tmp), i, start = 0;

		for (i = 0; i <= dl; i++) {
			if (i < dl && tmp[i] != 0x01)
				continue;
			if (start)
				sf_puts(o, " key=");
			sf_put(o, tmp + start, i - start);
			start = i + 1;
		}
		break;
	}
	case K_PERM:
		if (!sf_number(v, n, 10, &x)) {
			sf_conversion_error(o, v, n);
			break;
		}
		x = (uint32_t)x;
		put_bits(o, NAMED(perms), x ? x : 15, ",");
		break;
	case K_MODE:
		put_mode(o, v, n, 8, INTERP_VALUE_MODE);
		break;
	case K_MODE_SHORT:
		put_mode(o, v, n, 8, INTERP_VALUE_MODE_SHORT);
		break;
	case K_SOCKADDR:
		sf_put(o, tmp, (size_t)(interp_sockaddr(tmp, v, n) - tmp));
		break;
	case K_PROM:
		if (!sf_number(v, n, 10, &x))
			sf_conversion_error(o, v, n);
		else
			sf_puts(o, (uint32_t)x ? "yes" : "no");
		break;
	case K_CAPABILITY:
		if (!sf_number(v, n, 10, &x)) {
			sf_conversion_error(o, v, n);
			break;
		}
		len = interp_value(INTERP_VALUE_CAPABILITY, (uint32_t)x, buf,
				   sizeof(buf));
		if (len >= 0) {
			sf_put(o, buf, (size_t)len);
		} else {
			sf_puts(o, "unknown-capability(");
			sf_put(o, v, n);
			sf_putc(o, ')');
		}
		break;
	case K_SUCCESS:
		if (n == 0 || v[0] < '0' || v[0] > '9')
			sf_put(o, v, n);
		else if (sf_number(v, n, 10, &x))	/* as an int */
			sf_puts(o, (uint32_t)x == 0 ? "no" :
				   (uint32_t)x == 1 ? "yes" : "unset");
		else
			sf_conversion_error(o, v, n);
		break;
	case K_ARG:
		sf_put_arg(f, o, r, (unsigned)(name[1] - '0'), v, n);
		break;
	case K_SIGNAL:
		if (!sf_number(v, n, 10, &x)) {
			sf_conversion_error(o, v, n);
			break;
		}
		x = (uint32_t)x;	/* an int */
		len = x < 32 ? interp_value(INTERP_VALUE_SIGNAL, (uint32_t)x,
					    buf, sizeof(buf)) : -1;
		if (len >= 0) {
			sf_put(o, buf, (size_t)len);
		} else {
			sf_puts(o, "unknown-signal(");
			sf_put(o, v, n);
			sf_putc(o, ')');
		}
		break;
	case K_LIST:
		put_named(o, NAMED(lists), v, n, 10, "unknown-list");
		break;
	case K_TTY_DATA:
		put_tty_data(o, v, n, tmp);
		break;
	case K_SESSION:
		if (sf_number(v, n, 10, &x) && x == ID_UNSET)
			sf_puts(o, "unset");
		else
			sf_put(o, v, n);
		break;
	case K_CAPS:
		put_caps(o, v, n);
		break;
	case K_NFPROTO:
		put_named(o, NAMED(nfprotos), v, n, 10,
			  "unknown-netfilter-protocol");
		break;
	case K_ICMP:
		put_named(o, NAMED(icmptypes), v, n, 10, "unknown-icmp-type");
		break;
	case K_PROTO: {
		struct protoent pe, *res = NULL;

		if (sf_number(v, n, 10, &x) && (int)x >= 0 &&	/* an int */
		    getprotobynumber_r((int)x, &pe, tmp, 4096, &res) == 0 &&
		    res)
			sf_puts(o, res->p_name);
		else
			sf_puts(o, "undefined protocol");
		break;
	}
	case K_PERSONALITY: {
		struct sfout tmpo = { .p = buf, .cap = sizeof(buf) };

		put_mode(&tmpo, v, n, 16, INTERP_VALUE_PERSONALITY);
		/* an unknown one is shown as written */
		if (tmpo.len > sizeof(buf) || (tmpo.len >= 8 &&
		    memcmp(buf, "unknown-", 8) == 0)) {
			sf_puts(o, "unknown-personality(0x");
			sf_put(o, v, n);
			sf_putc(o, ')');
		} else {
			sf_put(o, buf, tmpo.len);
		}
		break;
	}
	case K_SECCOMP:
		if (!sf_number(v, n, 16, &x)) {
			sf_conversion_error(o, v, n);
			break;
		}
		x &= 0x7fff0000;
		if (lookup(NAMED(seccomp_actions), (unsigned long)x)) {
			sf_puts(o, lookup(NAMED(seccomp_actions),
					  (unsigned long)x));
		} else {
			sf_puts(o, "unknown-seccomp-code(");
			sf_put(o, v, n);
			sf_putc(o, ')');
		}
		break;
	case K_OFLAG:
		put_mode(o, v, n, 16, INTERP_VALUE_OPEN);
		break;
	case K_MMAP: {
		struct sfout tmpo = { .p = buf, .cap = sizeof(buf) };

		put_mode(&tmpo, v, n, 16, INTERP_VALUE_MMAP);
		if (tmpo.len <= sizeof(buf) && tmpo.len == n &&
		    memcmp(buf, v, n) == 0) {	/* no flag named */
			sf_puts(o, "0x");
			sf_put(o, v, n);
		} else {
			sf_put(o, buf, tmpo.len < sizeof(buf) ? tmpo.len :
							       sizeof(buf));
		}
		break;
	}
	case K_PROCTITLE:
		put_proctitle(o, v, n, tmp);
		break;
	case K_HOOK:
		put_named(o, NAMED(hooks), v, n, 16, "unknown-hook");
		break;
	case K_ACTION:
		put_named(o, NAMED(net_actions), v, n, 16, "unknown-action");
		break;
	case K_MACPROTO:
		if (!sf_number(v, n, 16, &x))
			sf_conversion_error(o, v, n);
		else if (x == 0x800 || x == 0x806)
			sf_puts(o, x == 0x800 ? "IP" : "ARP");
		else
			sf_puts(o, "UNKNOWN");
		break;
	case K_IOCTL:
		if (!sf_number(v, n, 16, &x)) {
			sf_conversion_error(o, v, n);
			break;
		}
		len = interp_value(INTERP_VALUE_IOCTL, (uint32_t)x, buf,
				   sizeof(buf));
		if (len >= 0)
			sf_put(o, buf, (size_t)len);
		else
			sf_put_fmt(o, "0x%llx", (uint32_t)x);
		break;
	case K_RESP:
		/* a number names a response or is unknown; text stays */
		if (n == 0 || v[0] < '0' || v[0] > '9')
			sf_put(o, v, n);
		else if (sf_number(v, n, 10, &x) &&
			 lookup(NAMED(resps), (unsigned long)x))
			sf_puts(o, lookup(NAMED(resps), (unsigned long)x));
		else
			sf_puts(o, "unknown");
		break;
	case K_MCGRP:
		if (!sf_number(v, n, 16, &x))
			sf_conversion_error(o, v, n);
		else
			sf_puts(o, x == 1 ? "audit-netlink-multicast" :
					    "audit-none");
		break;
	case K_RESOLVE:
	case K_PATH_FLAGS:
		if (!sf_number(v, n, 16, &x)) {
			sf_conversion_error(o, v, n);
			break;
		}
		if (kind == K_PATH_FLAGS && x == 0) {
			sf_puts(o, "none");
			break;
		}
		if (!(kind == K_PATH_FLAGS ?
		      put_bits(o, NAMED(path_flags), x, ",") :
		      put_bits(o, NAMED(resolves), x, "|"))) {
			sf_puts(o, "0x");
			sf_put(o, v, n);
		}
		break;
	case K_NONE:
	case K_ADDR:
	case K_MAC:
		sf_put(o, v, n);
		break;
	}
}

const char *sf_value(struct searchfmt *f, const struct record *r,
		     const char *name, size_t nlen, const char *v,
		     size_t vlen, size_t *len)
{
	struct sfout val = { .p = f->val, .cap = SEARCHFMT_SCRATCH };
	struct sfout esc = { .p = f->esc, .cap = SEARCHFMT_SCRATCH };
	enum sf_kind kind;

	while (nlen && *name == ' ') {
		name++;
		nlen--;
	}
	kind = sf_field_kind(r->rtype, name, nlen, v, vlen);
	if (kind == K_NONE) {
		*len = vlen;
		return v;
	}
	render(f, r, kind, name, nlen, v, vlen, &val);
	if (val.len > val.cap)
		val.len = val.cap;
	/* A value the record's own interpretation text gave (ENRICHED) is
	 * printed as it is, whatever --escape says; one rendered here is
	 * escaped: seen with shell_quote on tests/data/oracle/enr.log and
	 * raw.log (a socket address, unknown(N)) */
	if (from_record(r, name, nlen)) {
		*len = val.len;
		return val.p;
	}
	if (kind == K_KEY && vlen <= SEARCHFMT_SCRATCH) {
		/* each key escaped alone, the " key=" between them not (seen
		 * with shell_quote on a hex key list) */
		size_t i, start = 0, dl = interp_escaped(v, vlen, f->val);

		for (i = 0; i <= dl; i++) {
			if (i < dl && f->val[i] != 0x01)
				continue;
			if (start)
				sf_puts(&esc, " key=");
			sf_put_escaped(&esc, f->o.escape, f->val + start, i - start);
			start = i + 1;
		}
	} else {
		sf_put_escaped(&esc, f->o.escape, val.p, val.len);
	}
	*len = esc.len < esc.cap ? esc.len : esc.cap;
	return esc.p;
}

const char *searchfmt_field(struct searchfmt *f, const struct record *r,
			    const char *name, size_t nlen, const char *v,
			    size_t vlen, size_t *len)
{
	return sf_value(f, r, name, nlen, v, vlen, len);
}
