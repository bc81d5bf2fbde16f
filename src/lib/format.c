/* format.c - one audit record -> the log line auditd 3.0.9 writes.
 *
 * RAW is auditd's format_raw(): "type=NAME msg=PAYLOAD", an optional
 * "node=NAME " prefix, '\n' turned into ' ', one trailing space trimmed,
 * truncated where its snprintf() would truncate.
 *
 * ENRICHED is its format_enrich(): the RAW text is read back the way
 * libauparse 3.0.9 reads a log line, and every field auparse classifies as
 * UID, GID, SYSCALL, ARCH or SOCKADDR is appended after one 0x1D byte as
 * NAME=value, within auditd's buffer budget.  auditd does that by parsing
 * each line with auparse; we do the same reading directly on the bytes.
 *
 * Every rule here was checked against Debian's auditd 3.0.9 and its
 * libauparse.so.0 (see tests/data/oracle/): where auditd's behaviour is odd
 * it is reproduced on purpose, and the comment next to it says what it is.
 */
#include <errno.h>
#include <grp.h>
#include <netdb.h>
#include <pwd.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/utsname.h>
#include <unistd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "format.h"
#include "tables.h"

/* auditd's buffers (MAX_AUDIT_MESSAGE_LENGTH is 8970). */
#define FMT_RAW_CAP		8937	/* snprintf(buf, 8970 - 32, ...) */
#define FMT_RAW_CAP_NODE	9192	/* snprintf(buf, FMT_BUF_LEN - 32, ...) */
#define FMT_BUF_LEN		9225	/* 8970 + _POSIX_HOST_NAME_MAX */
#define FMT_STORED_MAX		8969	/* the stored message is cut here */
#define FMT_MIN_SPACE		24	/* no enrichment with this little room */
#define FMT_NAME_MAX		63	/* upper-cased field names, and names
					 * from passwd/group (char buf[64]) */
#define FMT_SEP			0x1d	/* AUDIT_INTERP_SEPARATOR */

/* A token needs at least "id=" and a space: this bounds the fields of
 * interest one line can hold. */
#define FMT_MAX_FIELDS		(FMT_BUF_LEN / 4 + 1)

/* A rendered value: a name of up to 63 bytes hex-encoded, or a SADDR. */
#define FMT_VALUE_MAX		160

#define CACHE_SETS		64
#define CACHE_WAYS		4

/* libauparse's machine numbers that matter here (enum machine_t). */
#define MACH_AARCH64		9

#define RTYPE_USER_AVC		1107
#define RTYPE_AVC		1400

struct name_entry {
	uint32_t id;
	uint32_t used;		/* LRU clock, 0 = empty */
	uint16_t len;
	char text[FMT_VALUE_MAX];	/* the value as written: "name" or hex */
};

/* Small set-associative LRU cache of rendered uid or gid values. */
struct name_cache {
	struct name_entry set[CACHE_SETS][CACHE_WAYS];
	uint32_t clock;
};

/* A field ENRICHED may write, as offsets into the line. */
struct field {
	uint16_t name, name_len;
	uint16_t val, val_len;
	uint8_t kind;
};

/* Where a line's spaces and '=' signs are, one bit per byte: the tokenizer
 * jumps from token to token instead of testing every byte twice. */
#define SCAN_WORDS		(FMT_BUF_LEN / 64 + 2)

struct scan {
	uint64_t space[SCAN_WORDS];
	uint64_t equal[SCAN_WORDS];
};

/* What auparse remembers about a record while it parses it. */
struct record {
	int rtype;		/* from type=, 0 when not where expected */
	int machine;		/* from a positional arch=; -1 none, -2 bad */
	uint32_t arch;		/* valid when machine >= 0 */
	int syscall;		/* from a positional syscall=, else -1 */
	unsigned long long a0;	/* from a positional a0=, else 0 */
	const char *type_name;	/* where format_raw() put the type name */
	size_t type_name_len;
	int type;		/* ... and the number it stands for */
	const char *interp;	/* text after a 0x1D inside the line */
	size_t interp_len;
	size_t nfields;
};

struct format_ctx {
	enum format_log log;
	char *node;
	size_t node_len;
	struct format_lookup lookup;
	uint32_t host_arch;	/* auparse's audit_detect_machine() */
	struct name_cache uids;
	struct name_cache gids;
	struct field fields[FMT_MAX_FIELDS];
	struct scan scan;
	char value[2 * FMT_BUF_LEN + 64];	/* a value being rendered */
	char encoded[4 * FMT_BUF_LEN + 64];	/* ... and its encoding */
};

/* ---- small text helpers (no printf on the hot path) ---- */

static char *put(char *p, const char *s, size_t n)
{
	memcpy(p, s, n);
	return p + n;
}

#define PUT_LIT(p, lit) put(p, lit, sizeof(lit) - 1)

static char *put_str(char *p, const char *s)
{
	return put(p, s, strlen(s));
}

static char *put_ulong(char *p, unsigned long long v)
{
	char tmp[24];
	int n = 0;

	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n)
		*p++ = tmp[--n];
	return p;
}

static char *put_long(char *p, long long v)
{
	if (v < 0) {
		*p++ = '-';
		return put_ulong(p, 0 - (unsigned long long)v);
	}
	return put_ulong(p, (unsigned long long)v);
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static bool is_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool slice_is(const char *s, size_t n, const char *lit, size_t litlen)
{
	return n == litlen && memcmp(s, lit, n) == 0;
}

#define SLICE_IS(s, n, lit) slice_is(s, n, lit, sizeof(lit) - 1)

/* strtoul(3)/strtoull(3) on a slice: white space, sign, digits (and 0x
 * for base 16); no digits is 0; above max sets *range (ERANGE). */
static unsigned long long parse_ul(const char *s, size_t n, int base,
				   unsigned long long max, bool *range)
{
	const char *end = s + n;
	unsigned long long v = 0;
	bool neg = false, over = false;

	*range = false;
	while (s < end && is_space((unsigned char)*s))
		s++;
	if (s < end && (*s == '+' || *s == '-'))
		neg = *s++ == '-';
	if (base == 16 && end - s >= 3 && s[0] == '0' &&
	    (s[1] == 'x' || s[1] == 'X') && hexval((unsigned char)s[2]) >= 0)
		s += 2;
	for (; s < end; s++) {
		int d = hexval((unsigned char)*s);

		if (d < 0 || d >= base)
			break;
		if (__builtin_mul_overflow(v, (unsigned)base, &v) ||
		    __builtin_add_overflow(v, (unsigned)d, &v) || v > max)
			over = true;
	}
	if (over) {
		*range = true;
		return max;
	}
	return neg ? (0 - v) & max : v;
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

/* The value half of audit_encode_nv_string(): "value" or upper hex. */
static char *put_encoded(char *p, const char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i;

	if (!needs_encoding(s, n)) {
		*p++ = '"';
		p = put(p, s, n);
		*p++ = '"';
		return p;
	}
	for (i = 0; i < n; i++) {
		*p++ = hex[(unsigned char)s[i] >> 4];
		*p++ = hex[(unsigned char)s[i] & 15];
	}
	return p;
}

/* ---- uid/gid names ---- */

static int nss_uid_name(uid_t uid, char *buf, size_t len, void *arg)
{
	struct passwd pw, *res = NULL;
	char stack[2048], *tmp = stack;
	size_t tmplen = sizeof(stack);
	int rc = -1;

	(void)arg;
	for (;;) {
		int err = getpwuid_r(uid, &pw, tmp, tmplen, &res);

		if (err != ERANGE || tmplen > (1u << 20))
			break;
		if (tmp != stack)
			free(tmp);
		tmplen *= 2;
		tmp = malloc(tmplen);
		if (tmp == NULL)
			return -1;
	}
	if (res != NULL && len > 0) {
		strncpy(buf, res->pw_name, len - 1);
		buf[len - 1] = 0;
		rc = 0;
	}
	if (tmp != stack)
		free(tmp);
	return rc;
}

static int nss_gid_name(gid_t gid, char *buf, size_t len, void *arg)
{
	struct group gr, *res = NULL;
	char stack[2048], *tmp = stack;
	size_t tmplen = sizeof(stack);
	int rc = -1;

	(void)arg;
	for (;;) {
		int err = getgrgid_r(gid, &gr, tmp, tmplen, &res);

		if (err != ERANGE || tmplen > (1u << 20))
			break;
		if (tmp != stack)
			free(tmp);
		tmplen *= 2;
		tmp = malloc(tmplen);
		if (tmp == NULL)
			return -1;
	}
	if (res != NULL && len > 0) {
		strncpy(buf, res->gr_name, len - 1);
		buf[len - 1] = 0;
		rc = 0;
	}
	if (tmp != stack)
		free(tmp);
	return rc;
}

static void cache_flush(struct name_cache *c)
{
	memset(c->set, 0, sizeof(c->set));
	c->clock = 0;
}

/* The rendered value for an id that is neither 0 nor -1: a cache hit, or a
 * lookup whose answer (name or unknown(n)) is remembered either way. */
static const struct name_entry *cache_get(struct format_ctx *ctx, bool gid,
					  uint32_t id)
{
	struct name_cache *c = gid ? &ctx->gids : &ctx->uids;
	struct name_entry *set = c->set[(id ^ (id >> 6)) % CACHE_SETS];
	struct name_entry *e, *victim = &set[0];
	char name[256];
	char *p;
	int i, rc;

	if (++c->clock == 0) {	/* wrapped: start the ages over */
		cache_flush(c);
		c->clock = 1;
	}
	for (i = 0; i < CACHE_WAYS; i++) {
		e = &set[i];
		if (e->used && e->id == id) {
			e->used = c->clock;
			return e;
		}
		if (e->used < victim->used)
			victim = e;
	}
	if (gid)
		rc = ctx->lookup.gid_name((gid_t)id, name, sizeof(name),
					  ctx->lookup.arg);
	else
		rc = ctx->lookup.uid_name((uid_t)id, name, sizeof(name),
					  ctx->lookup.arg);
	e = victim;
	if (rc == 0) {
		size_t n = strnlen(name, sizeof(name));

		if (n > FMT_NAME_MAX)	/* auparse copies into char[64] */
			n = FMT_NAME_MAX;
		p = put_encoded(e->text, name, n);
	} else {
		p = PUT_LIT(e->text, "\"unknown(");
		p = put_long(p, (int32_t)id);
		p = PUT_LIT(p, ")\"");
	}
	e->len = (uint16_t)(p - e->text);
	e->id = id;
	e->used = c->clock;
	return e;
}

/* ---- the pieces auparse uses to interpret values ---- */

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
static size_t escaped(const char *v, size_t n, char *out)
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

static char *put_sockaddr(char *p, const char *v, size_t n)
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
	name = tables_sockfam_name(fam);
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
		p = put(p, (const char *)path, strnlen((const char *)path, 108));
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
static char *put_syscall(const struct format_ctx *ctx, const struct record *r,
			 char *p, const char *v, size_t n)
{
	uint32_t arch = r->machine >= 0 ? r->arch : ctx->host_arch;
	const char *name;
	const char *call = NULL;

	if (r->machine < 0 && ctx->host_arch == 0)
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
			call = tables_socketcall_name((int)r->a0);
		else if (strcmp(name, "ipc") == 0)
			call = tables_ipccall_name((int)r->a0);
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
static char *put_arch(const struct record *r, char *p, const char *v,
		      size_t n)
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

/* The interpretation list: "NAME=value" items after a 0x1D that was
 * already inside the line (a user message can carry one).  auparse
 * prefers them over its own interpretation. */
static bool interp_find(const struct record *r, const char *name, size_t nlen,
			const char **val, size_t *vlen)
{
	const char *s = r->interp, *end = r->interp + r->interp_len;

	if (r->interp == NULL)
		return false;
	if (r->interp_len >= 6 && memcmp(s, "SADDR=", 6) == 0) {
		const char *open = memchr(s + 6, '{', r->interp_len - 6);

		if (open == NULL || memchr(open, '}', (size_t)(end - open)) == NULL)
			return false;
		if (!SLICE_IS(name, nlen, "saddr"))
			return false;
		*val = open;
		*vlen = (size_t)(end - open);
		return true;
	}
	while (s < end) {
		const char *t, *eq;
		size_t i;

		if (*s == ' ') {
			s++;
			continue;
		}
		t = s;
		s = memchr(t, ' ', (size_t)(end - t));
		if (s == NULL)
			s = end;
		eq = memchr(t, '=', (size_t)(s - t));
		if (eq == NULL || (size_t)(eq - t) != nlen)
			continue;
		for (i = 0; i < nlen; i++) {
			char c = t[i];

			if (c >= 'A' && c <= 'Z')
				c = (char)(c - 'A' + 'a');
			if (c != name[i])
				break;
		}
		if (i == nlen) {
			*val = eq + 1;
			*vlen = (size_t)(s - eq - 1);
			return true;
		}
	}
	return false;
}

/* The value of a UID or GID field, encoded: "name", hex, "unset", ... */
static char *put_id(struct format_ctx *ctx, bool gid, char *p, const char *v,
		    size_t n)
{
	const struct name_entry *e;
	unsigned long long lv;
	int32_t id;
	bool range;

	if (n == 1 && v[0] == '0')
		return PUT_LIT(p, "\"root\"");
	if (n == 10 && memcmp(v, "4294967295", 10) == 0)
		return PUT_LIT(p, "\"unset\"");
	lv = parse_ul(v, n, 10, ~0UL, &range);
	if (range) {
		char *q = PUT_LIT(ctx->value, "conversion error(");

		q = put(q, v, n);
		q = PUT_LIT(q, ")");
		return put_encoded(p, ctx->value, (size_t)(q - ctx->value));
	}
	id = (int32_t)(uint32_t)lv;
	if (id == -1)
		return PUT_LIT(p, "\"unset\"");
	if (id == 0)
		return PUT_LIT(p, "\"root\"");
	e = cache_get(ctx, gid, (uint32_t)id);
	return put(p, e->text, e->len);
}

/* ---- reading the line as auparse does ---- */

/* extract_timestamp(): auparse drops a line whose msg= token is shorter
 * than 19 bytes or whose "(sec.milli:serial" does not parse with a non-zero
 * second and a millisecond below 1000.  Only the first 80 bytes (340 with a
 * node) are looked at. */
static bool timestamp_ok(const char *line, size_t len)
{
	size_t cap = line[0] == 'n' ? 340 : 80;
	const char *p = line, *end = line + (len < cap ? len : cap);
	const char *tok[3];
	size_t tlen[3];
	int want = line[0] == 'n' ? 3 : 2, n = 0;
	const char *t, *s, *close, *dot, *colon;
	unsigned long long sec, milli;
	bool range;

	while (n < want && p < end) {
		if (*p == ' ') {
			p++;
			continue;
		}
		tok[n] = p;
		p = memchr(p, ' ', (size_t)(end - p));
		if (p == NULL)
			p = end;
		tlen[n] = (size_t)(p - tok[n]);
		n++;
	}
	if (n < want)
		return false;
	t = tok[want - 1];
	if (tlen[want - 1] < 19)
		return false;
	if (t[9] == '(')
		s = t + 10;
	else {
		s = memchr(t, '(', tlen[want - 1]);
		if (s == NULL)
			return false;
		s++;
	}
	end = t + tlen[want - 1];
	close = memchr(s, ')', (size_t)(end - s));
	if (close)
		end = close;
	sec = parse_ul(s, (size_t)(end - s), 10, ~0UL, &range);
	if (range || sec == 0)
		return false;
	dot = memchr(s, '.', (size_t)(end - s));
	if (dot) {
		s = dot + 1;
		milli = parse_ul(s, (size_t)(end - s), 10, ~0UL, &range);
		if (range || milli > 999)
			return false;
	}
	colon = memchr(s, ':', (size_t)(end - s));
	if (colon) {
		parse_ul(colon + 1, (size_t)(end - colon - 1), 10, ~0UL, &range);
		if (range)
			return false;
	}
	return true;
}

/* How many fields a key= value becomes: auparse splits a hex-encoded key
 * list at its 0x01 separators, and keeps anything else as one field. */
static int key_fields(const char *v, size_t n)
{
	size_t h = 0, i;
	int count = 0;
	bool in = false;

	if (n > 0 && v[0] == '"')
		return 1;
	while (h < n && hexval((unsigned char)v[h]) >= 0)
		h++;
	if (h < 2)
		return 1;
	for (i = 0; i < h; i += 2) {
		int lo = i + 1 < h ? hexval((unsigned char)v[i + 1]) : 0;
		int c = hexval((unsigned char)v[i]) << 4 | lo;

		if (c == 0)
			break;
		if (c == 1) {
			in = false;
		} else if (!in) {
			in = true;
			count++;
		}
	}
	return count;
}

static void set_rtype(struct record *r, const char *v, size_t n)
{
	char name[128];

	/* the type name format_raw() just wrote: its number is known */
	if (v == r->type_name && n == r->type_name_len) {
		r->rtype = r->type;
		return;
	}

	if (n >= sizeof(name))
		n = sizeof(name) - 1;
	memcpy(name, v, n);
	name[n] = 0;
	r->rtype = tables_msgtype_number(name);
}

static void set_machine(struct record *r, const char *v, size_t n)
{
	bool range;
	uint32_t arch = (uint32_t)parse_ul(v, n, 16, ~0UL, &range);

	if (range) {
		r->machine = -2;
		return;
	}
	r->machine = tables_arch_machine(arch);
	r->arch = arch;
}

#ifdef __SSE2__
static uint64_t byte_mask(const char *p, __m128i c)
{
	uint64_t m = 0;
	int i;

	for (i = 0; i < 4; i++) {
		__m128i v = _mm_loadu_si128((const __m128i *)(p + 16 * i));

		m |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v, c))
		     << (16 * i);
	}
	return m;
}
#endif

/* Reads up to 63 bytes past len: out[] is FORMAT_LINE_MAX long; their
 * bits are cleared. */
static void scan_line(struct scan *sc, const char *line, size_t len)
{
	size_t w, words = (len + 63) / 64;

	for (w = 0; w < words; w++) {
		const char *p = line + 64 * w;
#ifdef __SSE2__
		sc->space[w] = byte_mask(p, _mm_set1_epi8(' '));
		sc->equal[w] = byte_mask(p, _mm_set1_epi8('='));
#else
		uint64_t s = 0, e = 0;
		int i;

		for (i = 0; i < 64; i++) {
			s |= (uint64_t)(p[i] == ' ') << i;
			e |= (uint64_t)(p[i] == '=') << i;
		}
		sc->space[w] = s;
		sc->equal[w] = e;
#endif
	}
	/* the bytes past len are whatever the buffer held: their bits must
	 * not depend on it (results were bounded anyway, but a branch on
	 * them is one on uninitialised memory) */
	if (len % 64) {
		sc->space[words - 1] &= (1ULL << (len % 64)) - 1;
		sc->equal[words - 1] &= (1ULL << (len % 64)) - 1;
	}
}

/* First index in [from, to) whose bit is set (or clear, with flip), else to. */
static size_t scan_next(const uint64_t *m, size_t from, size_t to, bool flip)
{
	size_t w = from / 64;
	uint64_t bits;

	if (from >= to)
		return to;
	bits = (flip ? ~m[w] : m[w]) & (~0ULL << (from % 64));
	while (bits == 0) {
		if (++w * 64 >= to)
			return to;
		bits = flip ? ~m[w] : m[w];
	}
	from = w * 64 + (size_t)__builtin_ctzll(bits);
	return from < to ? from : to;
}

/* Split the line into fields the way auparse's parse_up_record() does and
 * keep the ones ENRICHED may write.  Positions matter: auparse takes the
 * record's arch, syscall and a0 only from the 2nd/3rd/6th field (11th/12th
 * for SECCOMP), counting a leading node= as one more.  Returns false when
 * auparse would reject the record. */
static bool parse_record(struct format_ctx *ctx, const char *line, size_t len,
			 struct record *r)
{
	const char *p = line, *end;
	const char *sep = memchr(line, FMT_SEP, len);
	unsigned cnt = 0, offset = 0;

	const char *type_name = r->type_name;
	size_t type_name_len = r->type_name_len;
	int type = r->type;

	memset(r, 0, sizeof(*r));
	r->type_name = type_name;
	r->type_name_len = type_name_len;
	r->type = type;
	r->machine = -1;
	r->syscall = -1;
	end = sep ? sep : line + len;
	if (sep) {
		r->interp = sep + 1;
		r->interp_len = (size_t)(line + len - sep - 1);
	}

	scan_line(&ctx->scan, line, (size_t)(end - line));
	while (p < end) {
		const char *t, *eq, *name, *val;
		size_t tl, nlen, vlen, i, e, q, flen = (size_t)(end - line);
		enum tables_field_kind kind;

		i = scan_next(ctx->scan.space, (size_t)(p - line), flen, true);
		if (i >= flen)
			break;
		e = scan_next(ctx->scan.space, i, flen, false);
		q = scan_next(ctx->scan.equal, i, e, false);
		t = line + i;
		p = line + e;
		tl = e - i;
		eq = q < e ? line + q : NULL;
		if (eq == NULL) {
			if (r->rtype != RTYPE_AVC && r->rtype != RTYPE_USER_AVC)
				continue;
			/* SELinux AVC text has two unlabelled fields: the
			 * result and the {...} permission list. */
			if (cnt == 1 + offset) {
				if (tl >= 3 && memcmp(t, "avc", 3) == 0)
					continue;
				cnt++;
			} else if (cnt == 2 + offset && t[0] == '{') {
				size_t total = 0;

				for (;;) {
					size_t a, b;

					a = scan_next(ctx->scan.space,
						      (size_t)(p - line), flen,
						      true);
					if (a >= flen)
						break;
					b = scan_next(ctx->scan.space, a, flen,
						      false);
					p = line + b;
					if (line[a] == '}')
						break;
					if (b - a + 1 >= 256 - total)
						return false;
					if (total)
						total++;
					total += b - a;
				}
				cnt++;
			}
			continue;
		}
		if (tl >= 5 && memcmp(t, "msg=", 4) == 0) {
			if (t[4] == 'a')	/* msg=audit(...): */
				continue;
			if (t[4] == '\'') {	/* msg='op=... */
				q = scan_next(ctx->scan.equal, i + 5, e, false);
				if (q >= e)
					continue;
				t += 5;
				tl -= 5;
				eq = line + q;
			}
		}
		name = t;
		nlen = (size_t)(eq - t);
		val = eq + 1;
		vlen = (size_t)(p - val);
		if (vlen == 0)	/* "name=" with nothing: not a field */
			continue;
		if (nlen > 0 && name[0] == '(') {
			name++;
			nlen--;
		}
		/* auparse strips one each of trailing ':' ',' '\'' ')' */
		if (vlen && val[vlen - 1] == ':')
			vlen--;
		if (vlen && val[vlen - 1] == ',')
			vlen--;
		if (vlen && val[vlen - 1] == '\'')
			vlen--;
		if (vlen && val[vlen - 1] == ')' &&
		    !SLICE_IS(val, vlen, "(none)") &&
		    !SLICE_IS(val, vlen, "(null)"))
			vlen--;
		if (SLICE_IS(name, nlen, "key") && (vlen == 0 || val[0] != '(')) {
			cnt += (unsigned)key_fields(val, vlen);
			continue;
		}
		cnt++;
		if (cnt == 1 && SLICE_IS(name, nlen, "node"))
			offset = 1;
		else if (cnt == 1 + offset && SLICE_IS(name, nlen, "type"))
			set_rtype(r, val, vlen);
		else if ((cnt == 2 + offset || cnt == 11 + offset) &&
			 SLICE_IS(name, nlen, "arch"))
			set_machine(r, val, vlen);
		else if ((cnt == 3 + offset || cnt == 12 + offset) &&
			 SLICE_IS(name, nlen, "syscall")) {
			bool range;
			unsigned long long v = parse_ul(val, vlen, 10, ~0UL,
							&range);

			r->syscall = range ? -1 : (int)(uint32_t)v;
		} else if (cnt == 6 + offset && SLICE_IS(name, nlen, "a0")) {
			bool range;
			unsigned long long v = parse_ul(val, vlen, 16, ~0ULL,
							&range);

			r->a0 = range ? ~0ULL : v;
		}
		/* every name of interest ends in d, l, h or r: most fields
		 * are turned away without a table lookup */
		if (nlen < 2 || nlen > 9)
			continue;
		switch (name[nlen - 1]) {
		case 'd': case 'l': case 'h': case 'r':
			break;
		default:
			continue;
		}
		kind = tables_field_kind(name, nlen);
		if (kind != TABLES_FIELD_NONE && r->nfields < FMT_MAX_FIELDS) {
			struct field *f = &ctx->fields[r->nfields++];

			f->name = (uint16_t)(name - line);
			f->name_len = (uint16_t)nlen;
			f->val = (uint16_t)(val - line);
			f->val_len = (uint16_t)vlen;
			f->kind = (uint8_t)kind;
		}
	}
	return true;
}

/* Record types around which auditd flushes auparse's uid/gid caches so
 * that account changes show up: before ADD_USER/ADD_GROUP, after
 * USER_MGMT, DEL_USER, DEL_GROUP and GRP_MGMT. */
static bool flush_before(int rtype)
{
	return rtype == 1114 || rtype == 1116;
}

static bool flush_after(int rtype)
{
	return rtype == 1102 || rtype == 1115 || rtype == 1117 ||
	       rtype == 1132;
}

/* Render one field's value (not encoded for UID/GID: see emit_fields). */
static size_t render_value(struct format_ctx *ctx, const struct record *r,
			   const char *line, const struct field *f,
			   enum tables_field_kind kind, char *out)
{
	const char *name = line + f->name, *v = line + f->val;
	size_t vlen = f->val_len;
	const char *iv;
	size_t ivlen;

	if (r->interp && interp_find(r, name, f->name_len, &iv, &ivlen) &&
	    !(ivlen >= 8 && memcmp(iv, "unknown-", 8) == 0)) {
		if (kind == TABLES_FIELD_UID || kind == TABLES_FIELD_GID) {
			size_t n = escaped(iv, ivlen, ctx->value);

			return (size_t)(put_encoded(out, ctx->value, n) - out);
		}
		memcpy(out, iv, ivlen);
		return ivlen;
	}
	switch (kind) {
	case TABLES_FIELD_UID:
	case TABLES_FIELD_GID:
		return (size_t)(put_id(ctx, kind == TABLES_FIELD_GID, out, v,
				       vlen) - out);
	case TABLES_FIELD_SYSCALL:
		return (size_t)(put_syscall(ctx, r, out, v, vlen) - out);
	case TABLES_FIELD_ARCH:
		return (size_t)(put_arch(r, out, v, vlen) - out);
	case TABLES_FIELD_SOCKADDR:
		return (size_t)(put_sockaddr(out, v, vlen) - out);
	default:
		return 0;
	}
}

/* format_enrich()'s loop: a 0x1D before the first item, a space before
 * the others; an item that does not fit is skipped (after the separator
 * was written, as auditd does), and the loop ends once 24 bytes or fewer
 * are left.  Returns the length of the line. */
static size_t emit_fields(struct format_ctx *ctx, const struct record *r,
			  char *line, size_t mlen)
{
	size_t left = FMT_BUF_LEN - mlen;
	size_t i;
	int sep_done = 0;
	bool special = tables_field_rtype_special((unsigned)r->rtype);

	for (i = 0; i < r->nfields && left > FMT_MIN_SPACE; i++) {
		const struct field *f = &ctx->fields[i];
		enum tables_field_kind kind;
		char upper[FMT_NAME_MAX];
		size_t nlen = f->name_len, vlen, tlen, j;
		char *p;

		kind = (enum tables_field_kind)f->kind;
		if (special)
			kind = tables_field_kind_in((unsigned)r->rtype,
						    line + f->name, nlen, kind);
		if (kind == TABLES_FIELD_NONE)
			continue;
		if (sep_done == 0) {
			line[FMT_BUF_LEN - left] = FMT_SEP;
			left--;
			sep_done = 1;
		} else {
			sep_done++;
		}
		if (nlen > FMT_NAME_MAX)
			nlen = FMT_NAME_MAX;
		for (j = 0; j < nlen; j++) {
			char c = line[f->name + j];

			upper[j] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
		}
		vlen = render_value(ctx, r, line, f, kind, ctx->encoded);
		/* auditd's room check: 1 + strlen("NAME=value") + 1 for
		 * ids, 1 + NAME + 1 + value + 1 for the others */
		if (kind == TABLES_FIELD_UID || kind == TABLES_FIELD_GID)
			tlen = nlen + 1 + vlen + 2;
		else
			tlen = nlen + vlen + 3;
		if (tlen >= left)
			continue;
		p = line + FMT_BUF_LEN - left;
		if (sep_done > 1)
			*p++ = ' ';
		p = put(p, upper, nlen);
		*p++ = '=';
		p = put(p, ctx->encoded, vlen);
		left = FMT_BUF_LEN - (size_t)(p - line);
	}
	return FMT_BUF_LEN - left;
}

/* ---- public interface ---- */

struct format_ctx *format_create(const struct format_lookup *lookup)
{
	struct format_ctx *ctx = calloc(1, sizeof(*ctx));
	struct utsname uts;

	if (ctx == NULL)
		return NULL;
	ctx->log = FORMAT_LOG_RAW;
	if (lookup) {
		ctx->lookup = *lookup;
	} else {
		ctx->lookup.uid_name = nss_uid_name;
		ctx->lookup.gid_name = nss_gid_name;
	}
	/* auparse falls back on the running machine when a record has no
	 * usable arch= of its own */
	if (uname(&uts) == 0)
		ctx->host_arch = tables_arch_number(uts.machine);
	return ctx;
}

void format_destroy(struct format_ctx *ctx)
{
	if (ctx == NULL)
		return;
	free(ctx->node);
	free(ctx);
}

void format_set_log(struct format_ctx *ctx, enum format_log log)
{
	ctx->log = log;
}

/* auditd would take any name; one longer than a line cannot be written
 * sensibly and would overrun out[], so it is refused. */
#define FMT_NODE_MAX		4096

int format_set_node(struct format_ctx *ctx, const char *node)
{
	char *copy = NULL;

	if (node && strlen(node) > FMT_NODE_MAX) {
		errno = EINVAL;
		return -1;
	}
	if (node) {
		copy = strdup(node);
		if (copy == NULL)
			return -1;
	}
	free(ctx->node);
	ctx->node = copy;
	ctx->node_len = copy ? strlen(copy) : 0;
	return 0;
}

/* A record may carry '\n' bytes (a user message, a socket path); the log
 * is read line by line, so each becomes a space. */
static void blank_newlines(char *p, const char *end)
{
	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL)
		*p++ = ' ';
}

/* format_raw(): returns the length of the text in out (no newline). */
static size_t format_raw(const struct format_ctx *ctx, unsigned type,
			 const char *payload, size_t len, char *out,
			 struct record *r)
{
	const char *name = tables_msgtype_name(type);
	char unknown[32];
	size_t nlen, plen, total, cap, head;
	char *p, *end;

	if (name) {
		nlen = strlen(name);
	} else {
		p = PUT_LIT(unknown, "UNKNOWN[");
		p = put_long(p, (int)type);
		*p++ = ']';
		name = unknown;
		nlen = (size_t)(p - unknown);
	}
	if (payload == NULL) {
		payload = "lost";
		len = 4;
	}
	if (len > FORMAT_PAYLOAD_MAX)
		len = FORMAT_PAYLOAD_MAX;
	plen = strnlen(payload, len);	/* %.*s stops at a NUL */

	/* the head always fits: the node name is bounded by HOST_NAME_MAX */
	p = out;
	if (ctx->node) {
		p = PUT_LIT(p, "node=");
		p = put(p, ctx->node, ctx->node_len);
		*p++ = ' ';
		cap = FMT_RAW_CAP_NODE;
	} else {
		cap = FMT_RAW_CAP;
	}
	p = PUT_LIT(p, "type=");
	r->type_name = p;
	r->type_name_len = nlen;
	r->type = (int)type;
	p = put(p, name, nlen);
	p = PUT_LIT(p, " msg=");
	head = (size_t)(p - out);
	total = head + plen;
	if (head > cap)
		head = cap;
	if (total > cap)
		plen = cap - head;
	p = put(out + head, payload, plen);
	end = p;

	blank_newlines(out, end);
	/* auditd trims with the untruncated length: a cut line keeps its
	 * last character whatever it is */
	if (total <= cap && total > 0 && out[total - 1] == ' ')
		return total - 1;
	return (size_t)(end - out);
}

size_t format_record(struct format_ctx *ctx, unsigned type,
		     const char *payload, size_t len, char *out)
{
	struct record r;
	size_t n, raw_len;

	if (type == 1320)	/* AUDIT_EOE: plugins only, never the log */
		return 0;
	n = format_raw(ctx, type, payload, len, out, &r);
	if (ctx->log == FORMAT_LOG_ENRICHED && FMT_BUF_LEN - n > FMT_MIN_SPACE &&
	    timestamp_ok(out, n) && parse_record(ctx, out, n, &r)) {
		if (flush_before(r.rtype)) {
			cache_flush(&ctx->uids);
			cache_flush(&ctx->gids);
		}
		raw_len = n;
		n = emit_fields(ctx, &r, out, n);
		/* auditd 3.0.9 copies a decoded socket path into SADDR= as it
		 * is, so any user who can connect() to a path with a newline
		 * starts a forged line of their own; not here */
		blank_newlines(out + raw_len, out + n);
		if (flush_after(r.rtype)) {
			cache_flush(&ctx->uids);
			cache_flush(&ctx->gids);
		}
	}
	if (n > FMT_STORED_MAX)
		n = FMT_STORED_MAX;
	out[n] = '\n';
	return n + 1;
}

int format_resolve_node(enum format_name how, const char *user_name,
			char *out, size_t outlen, char *err, size_t errlen)
{
	char host[256];
	struct addrinfo hints, *ai = NULL;
	const char *name = NULL;
	char addr[INET6_ADDRSTRLEN];
	int rc;

	if (outlen)
		out[0] = 0;
	if (errlen)
		err[0] = 0;
	switch (how) {
	case FORMAT_NAME_NONE:
		return 0;
	case FORMAT_NAME_USER:
		if (user_name == NULL) {
			snprintf(err, errlen, "User defined name missing");
			return -1;
		}
		name = user_name;
		break;
	case FORMAT_NAME_HOSTNAME:
	case FORMAT_NAME_FQD:
	case FORMAT_NAME_NUMERIC:
		memset(host, 0, sizeof(host));
		if (gethostname(host, 255) != 0) {
			snprintf(err, errlen, "Unable to get machine name");
			return -1;
		}
		if (how == FORMAT_NAME_HOSTNAME) {
			char *s;

			for (s = host; (s = strchr(s, ' ')) != NULL; s++)
				*s = '_';
			name = host;
			break;
		}
		memset(&hints, 0, sizeof(hints));
		hints.ai_socktype = SOCK_STREAM;
		hints.ai_flags = AI_ADDRCONFIG |
			(how == FORMAT_NAME_FQD ? AI_CANONNAME : AI_PASSIVE);
		rc = getaddrinfo(host, NULL, &hints, &ai);
		if (rc != 0) {
			snprintf(err, errlen, "Cannot resolve hostname %s (%s)",
				 host, gai_strerror(rc));
			return -1;
		}
		if (how == FORMAT_NAME_FQD) {
			snprintf(out, outlen, "%s",
				 ai->ai_canonname ? ai->ai_canonname : "");
		} else {
			const void *a = ai->ai_family == AF_INET ?
				(const void *)&((struct sockaddr_in *)
						ai->ai_addr)->sin_addr :
				(const void *)&((struct sockaddr_in6 *)
						ai->ai_addr)->sin6_addr;

			addr[0] = 0;
			inet_ntop(ai->ai_family, a, addr, sizeof(addr));
			snprintf(out, outlen, "%s", addr);
		}
		freeaddrinfo(ai);
		return 0;
	}
	if (name == NULL)
		return -1;
	snprintf(out, outlen, "%s", name);
	return 0;
}
