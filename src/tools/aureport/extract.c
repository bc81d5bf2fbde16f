/* extract.c - an event's items as audit 3.0.9's aureport reads them (the
 * project's spec of the tools, 1.5 and 3.2): the same per-record-type
 * extractors as ausearch's, asked for a fixed set of items per report,
 * plus what only reports print (acct, PATH nametypes, AVC decisions, TTY
 * data). A required field that is missing drops the whole event, as
 * theirs does: the same counts need the same misses. */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aureport.h"
#include "util.h"

/* What a report asks the extractors for; pid and success always. */
struct need {
	unsigned arch:1;	/* -i: SYSCALL's arch= is required */
	unsigned uid:1, auid:1, tty:1, ses:1, comm:1, exe:1, subj:1, obj:1;
	unsigned key:1, file:1, host:1;
};

/* spec 3.2's table */
static void need_of(enum ar_report rep, struct need *n)
{
	memset(n, 0, sizeof(*n));
	switch (rep) {
	case AR_SUMMARY:
		n->file = n->host = n->tty = n->exe = n->comm = n->key = 1;
		n->auid = 1;
		break;
	case AR_AVC:
		n->comm = n->subj = n->obj = 1;
		break;
	case AR_AUTH:
		n->exe = n->host = n->tty = n->uid = 1;
		break;
	case AR_LOGIN:
	case AR_MODS:
		n->exe = n->host = n->tty = n->auid = 1;
		break;
	case AR_MAC:
	case AR_INTEGRITY:
	case AR_CONFIG:
	case AR_CRYPTO:
	case AR_EVENT:
		n->auid = 1;
		break;
	case AR_VIRT:
	case AR_RESPONSE:
	case AR_TIME:
	case AR_NREPORTS:
		break;
	case AR_FILE:
		n->file = n->exe = n->auid = 1;
		break;
	case AR_HOST:
		n->host = n->auid = 1;
		break;
	case AR_PID:
		n->exe = n->auid = 1;
		break;
	case AR_SYSCALL:
		n->comm = n->auid = 1;
		break;
	case AR_TERM:
	case AR_EXE:
		n->tty = n->host = n->exe = n->auid = 1;
		break;
	case AR_USER:
		n->tty = n->host = n->exe = n->uid = n->auid = 1;
		break;
	case AR_COMM:
		n->tty = n->host = n->comm = n->auid = 1;
		break;
	case AR_ANOMALY:
		n->tty = n->host = n->exe = n->comm = n->auid = 1;
		break;
	case AR_KEY:
		n->exe = n->key = n->auid = 1;
		break;
	case AR_TTY:
		n->ses = n->auid = n->tty = n->comm = 1;
		break;
	}
}

void ar_items_init(struct ar_items *it)
{
	memset(it, 0, sizeof(*it));
}

void ar_items_free(struct ar_items *it)
{
	free(it->arena);
	free(it->scratch);
}

static void items_reset(struct ar_items *it)
{
	char *arena = it->arena, *scratch = it->scratch;
	size_t acap = it->arena_cap, scap = it->scratch_cap;

	memset(it, 0, sizeof(*it));
	it->arena = arena;
	it->arena_cap = acap;
	it->scratch = scratch;
	it->scratch_cap = scap;
	it->pid = -1;
	it->auid = it->uid = it->session = AR_NOT_SET;
	it->success = -1;
}

/* Text kept for the event: arena offsets (+1) while the arena may move,
 * made pointers once the event is read (items_fix). */
static const char *keep(struct ar_items *it, const char *s, size_t n)
{
	size_t off;

	if (it->arena_len + n + 1 > it->arena_cap) {
		size_t cap = it->arena_cap ? it->arena_cap : 4096;

		while (cap < it->arena_len + n + 1)
			cap *= 2;
		it->arena = xrealloc(it->arena, cap, 1);
		it->arena_cap = cap;
	}
	off = it->arena_len;
	memcpy(it->arena + off, s, n);
	it->arena[off + n] = '\0';
	it->arena_len += n + 1;
	return (const char *)(uintptr_t)(off + 1);
}

static const char *text(const struct ar_items *it, const char *kept)
{
	return it->arena + ((uintptr_t)kept - 1);
}

static void fix(struct ar_items *it, const char **p)
{
	if (*p)
		*p = text(it, *p);
}

static void items_fix(struct ar_items *it)
{
	const char **one[] = { &it->exe, &it->comm, &it->terminal, &it->host,
			       &it->acct, &it->cwd, &it->tty_data,
			       &it->auid_name, &it->uid_name };
	size_t i;

	for (i = 0; i < NELEM(one); i++)
		fix(it, one[i]);
	for (i = 0; i < it->nfiles; i++) {
		fix(it, &it->files[i]);
		fix(it, &it->nametypes[i]);
	}
	for (i = 0; i < it->nkeys; i++)
		fix(it, &it->keys[i]);
	for (i = 0; i < it->navcs; i++) {
		struct ar_avc *a = &it->avcs[i];

		fix(it, &a->comm);
		fix(it, &a->subj);
		fix(it, &a->obj);
		fix(it, &a->tclass);
		fix(it, &a->perms);
	}
}

static void add_file(struct ar_items *it, const char *name, const char *nt)
{
	if (it->nfiles < AR_MAX_LIST) {
		it->nametypes[it->nfiles] = nt;
		it->files[it->nfiles++] = name;
	}
}

/* ---- finding values ------------------------------------------------------ */

/* name= from *cur: 1 with the value (up to the next space) and *cur at
 * its end, 0 when absent, -1 when no space ends it. */
static int field(const char **cur, const char *name, const char **val,
		 size_t *len)
{
	const char *p = strstr(*cur, name), *end;

	if (!p)
		return 0;
	p += strlen(name);
	end = strchr(p, ' ');
	if (!end)
		return -1;
	*val = p;
	*len = (size_t)(end - p);
	*cur = end;
	return 1;
}

/* The same, the value running to the end when no space ends it. */
static int field_last(const char **cur, const char *name, const char **val,
		      size_t *len)
{
	const char *p = strstr(*cur, name), *end;

	if (!p)
		return 0;
	p += strlen(name);
	end = strchr(p, ' ');
	if (!end)
		end = p + strlen(p);
	*val = p;
	*len = (size_t)(end - p);
	*cur = end;
	return 1;
}

static int num(const char *v, int base, unsigned long long *out)
{
	errno = 0;
	*out = strtoull(v, NULL, base);
	return errno ? -1 : 0;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* A string value at v: "quoted", (literal), or hex; kept. *cur moves
 * past it. NULL when malformed. */
static const char *str_value(struct ar_items *it, const char *v,
			     const char **cur, size_t *outlen)
{
	const char *end;
	char buf[8192];
	size_t n = 0;

	if (*v == '"') {
		end = strchr(v + 1, '"');
		if (!end)
			return NULL;
		*cur = end + 1;
		*outlen = (size_t)(end - v - 1);
		return keep(it, v + 1, *outlen);
	}
	if (*v == '(') {
		end = strchr(v, ')');
		if (!end)
			return NULL;
		*cur = end + 1;
		*outlen = (size_t)(end - v + 1);
		return keep(it, v, *outlen);
	}
	end = v;
	while (*end && *end != ' ')
		end++;
	*cur = end;
	while (v + 1 < end && n < sizeof(buf)) {
		int hi = hexval(v[0]), lo = hexval(v[1]);

		if (hi < 0 || lo < 0)
			break;
		buf[n++] = (char)(hi << 4 | lo);
		v += 2;
	}
	*outlen = n;
	return keep(it, buf, n);
}

/* A named string field from *cur: 1 found, 0 absent, -1 malformed. */
static int str_field(struct ar_items *it, const char **cur, const char *name,
		     const char **out)
{
	const char *p = strstr(*cur, name);
	size_t len;

	if (!p)
		return 0;
	*out = str_value(it, p + strlen(name), cur, &len);
	return *out ? 1 : -1;
}

/* key=: quoted is one key; hex is several split at 0x01. */
static int keys_field(struct ar_items *it, const char **cur)
{
	const char *p = strstr(*cur, "key="), *k;
	size_t len, i, start = 0;

	if (!p)
		return 0;
	p += 4;
	k = str_value(it, p, cur, &len);
	if (!k)
		return -1;
	if (*p == '"' || *p == '(') {
		if (it->nkeys < AR_MAX_LIST)
			it->keys[it->nkeys++] = k;
		return 0;
	}
	for (i = 0; i <= len; i++) {
		char *a = it->arena + ((uintptr_t)k - 1);

		if (i == len || a[i] == 0x01) {
			a[i] = '\0';
			if (it->nkeys < AR_MAX_LIST)
				it->keys[it->nkeys++] = (const char *)
					(uintptr_t)((uintptr_t)k + start);
			start = i + 1;
		}
	}
	return 0;
}

/* ---- per record type ----------------------------------------------------- */

struct rec {
	const char *s;		/* the raw text, NUL-terminated */
	int type;
};

#define GET_NUM(name, base, dest, required, code) do {			\
	int r_ = field(&cur, name, &v, &len);				\
	if (r_ < 0 || (r_ == 0 && (required)))				\
		return code;						\
	if (r_ > 0 && num(v, base, &tmp) < 0)				\
		return code + 1;					\
	if (r_ > 0)							\
		dest = (long long)tmp;					\
} while (0)

/* uid= not preceded by 'a' (auid=) */
static int uid_field(const char **cur, const char **val, size_t *len)
{
	const char *p = *cur, *end;

	for (;;) {
		p = strstr(p, "uid=");
		if (!p)
			return 0;
		if (p == *cur || p[-1] != 'a')
			break;
		p += 4;
	}
	p += 4;
	end = strchr(p, ' ');
	if (!end)
		return -1;
	*val = p;
	*len = (size_t)(end - p);
	*cur = end;
	return 1;
}

/* a signed 32-bit id as the tools keep it */
static long long id32(unsigned long long v)
{
	return (long long)(int)(unsigned)v;
}

static int task_info(struct ar_items *it, const struct need *n,
		     const struct rec *r, const char *cur)
{
	const char *v;
	size_t len;
	unsigned long long tmp;
	int rc;

	GET_NUM(" pid=", 10, it->pid, 1, 32);
	if (n->auid) {
		rc = field(&cur, "auid=", &v, &len);
		if (rc == 0)
			rc = field(&cur, "loginuid=", &v, &len);
		if (rc <= 0 || num(v, 10, &tmp) < 0)
			return 34;
		it->auid = id32(tmp);
	}
	if (n->uid) {
		if (uid_field(&cur, &v, &len) <= 0 || num(v, 10, &tmp) < 0)
			return 36;
		it->uid = id32(tmp);
	}
	if (n->tty) {
		rc = field(&cur, "tty=", &v, &len);
		if (rc < 0)
			return 44;
		if (rc > 0)
			it->terminal = keep(it, v, len);
	}
	if (n->ses)
		GET_NUM("ses=", 10, it->session, 0, 46);
	if (n->comm && str_field(it, &cur, "comm=", &it->comm) <= 0)
		return 48;
	if (n->exe) {
		const char *from = r->s;

		if (str_field(it, &from, "exe=", &it->exe) <= 0)
			return 50;
		if (from > cur)
			cur = from;
	}
	if (field_last(&cur, "res=", &v, &len) > 0)
		it->success = strtoul(v, NULL, 10) != 0;
	return 0;
}

static int parse_syscall(struct ar_items *it, const struct need *n,
			 const struct rec *r)
{
	const char *cur = r->s, *v;
	size_t len;
	unsigned long long tmp;
	long long sc = 0;
	int rc;

	if (n->arch) {
		GET_NUM("arch=", 16, tmp, 1, 1);
		it->arch = (uint32_t)tmp;
	}
	GET_NUM("syscall=", 10, sc, 1, 3);
	it->syscall = (long)sc;
	rc = field(&cur, "success=", &v, &len);
	if (rc < 0)
		return 6;
	if (rc > 0)
		it->success = len == 3 && memcmp(v, "yes", 3) == 0;
	GET_NUM("a0=", 16, tmp, 1, 10);
	GET_NUM("a1=", 16, tmp, 1, 13);
	rc = task_info(it, n, r, cur);
	if (rc)
		return rc;
	if (n->key && keys_field(it, &cur) < 0)
		return 16;
	return 0;
}

static int parse_path(struct ar_items *it, const struct need *n,
		      const struct rec *r)
{
	const char *cur = r->s, *name, *nt = NULL, *p;
	char buf[8192];
	int rc;

	if (!n->file)
		return 0;
	rc = str_field(it, &cur, " name=", &name);
	if (rc < 0)
		return 1;
	if (rc == 0)
		return 0;
	if (it->cwd && (strncmp(text(it, name), "./", 2) == 0 ||
			strncmp(text(it, name), "../", 3) == 0)) {
		int m = snprintf(buf, sizeof(buf), "%s/%s", text(it, it->cwd),
				 text(it, name));

		if (m > 0 && (size_t)m < sizeof(buf))
			name = keep(it, buf, (size_t)m);
	}
	p = strstr(cur, "nametype=");
	if (p) {
		p += 9;
		nt = keep(it, p, strcspn(p, " "));
	}
	add_file(it, name, nt);
	return 0;
}

static int parse_cwd(struct ar_items *it, const struct need *n,
		     const struct rec *r)
{
	const char *cur = r->s, *cwd = NULL;

	if (!n->file)
		return 0;
	if (str_field(it, &cur, "cwd=", &cwd) < 0)
		return 1;
	if (!it->cwd && cwd)
		it->cwd = cwd;
	return 0;
}

/* acct=: quoted, hex when all hex digits, else literal */
static void acct_field(struct ar_items *it, const char *from)
{
	const char *p = strstr(from, "acct="), *end;
	size_t len, i;

	if (!p)
		return;
	p += 5;
	if (*p == '"') {
		end = strchr(p + 1, '"');
		if (end)
			it->acct = keep(it, p + 1, (size_t)(end - p - 1));
		return;
	}
	len = strcspn(p, " '");
	for (i = 0; i < len && isxdigit((unsigned char)p[i]); i++)
		;
	if (i == len && len % 2 == 0 && len) {
		const char *dummy;

		it->acct = str_value(it, p, &dummy, &i);
	} else {
		it->acct = keep(it, p, len);
	}
}

/* the second uid= of a user message (spec 1.5) */
static int second_uid(struct ar_items *it, const char *cur)
{
	const char *p = cur;
	unsigned long long tmp;

	for (;;) {
		p = strstr(p, "uid=");
		if (!p)
			return 0;
		if (p > cur && p[-1] == 'a') {
			p += 4;
			continue;
		}
		if (p > cur && (p[-1] == 's' || p[-1] == 'u'))
			return 0;
		break;
	}
	if (p == cur || (p[-1] != ' ' && p[-1] != '\'') ||
	    !isdigit((unsigned char)p[4]) || num(p + 4, 10, &tmp) < 0)
		return 20;
	it->uid = id32(tmp);
	return 0;
}

/* user-space messages (spec 1.5's user-message rules) */
static int parse_user(struct ar_items *it, const struct need *n,
		      const struct rec *r)
{
	const char *cur = r->s, *v, *p;
	size_t len;
	unsigned long long tmp;
	int rc;

	GET_NUM("pid=", 10, it->pid, 1, 1);
	if (n->uid) {
		GET_NUM("uid=", 10, tmp, 1, 3);
		it->uid = id32(tmp);
	}
	if (n->auid) {
		rc = field(&cur, "auid=", &v, &len);
		if (rc == 0)
			rc = field(&cur, "loginuid=", &v, &len);
		if (rc <= 0 || num(v, 10, &tmp) < 0)
			return 5;
		it->auid = id32(tmp);
	}
	if (n->ses)
		GET_NUM("ses=", 10, it->session, 0, 7);
	if (n->subj)
		field_last(&cur, "subj=", &v, &len);
	if (n->uid) {
		rc = second_uid(it, cur);
		if (rc)
			return rc;
	}
	if (n->file && r->type == 2501) {
		const char *q = cur, *f;

		if (str_field(it, &q, " path=", &f) > 0 ||
		    str_field(it, &q, " new-disk=", &f) > 0)
			add_file(it, f, NULL);
	}
	if (n->comm) {
		const char *q = cur;

		if (str_field(it, &q, "comm=", &it->comm) < 0)
			return 11;
	}
	acct_field(it, cur);
	if (n->host && (p = strstr(cur, "hostname="))) {
		p += 9;
		len = strcspn(p, ", ");
		if (len == 1 && *p == '?') {
			const char *a = strstr(p, "addr=");

			if (a) {
				a += 5;
				len = strcspn(a, ", ");
				p = a;
			}
		}
		it->host = keep(it, p, len);
	}
	if (n->file) {
		const char *q = r->s, *cwd;

		if (str_field(it, &q, "cwd=", &cwd) > 0 && !it->cwd)
			it->cwd = cwd;
	}
	if (n->tty && (p = strstr(cur, "terminal="))) {
		p += 9;
		len = strcspn(p, " )");
		if (!p[len])
			return 13;
		it->terminal = keep(it, p, len);
	}
	if (n->exe) {
		const char *q = r->s;

		if (str_field(it, &q, "exe=", &it->exe) < 0)
			return 15;
	}
	if ((p = strstr(cur, "res="))) {
		if (!strchr(p + 4, '\''))
			return 17;
		it->success = strncmp(p + 4, "failed", 6) != 0;
	} else if ((p = strstr(cur, "result="))) {
		it->success = strncasecmp(p + 7, "success", 7) == 0;
	}
	return 0;
}

static int parse_daemon(struct ar_items *it, const struct need *n,
			const struct rec *r)
{
	const char *cur = strchr(r->s, ')'), *v;
	size_t len;
	unsigned long long tmp;

	if (!cur)
		return 1;
	if (n->auid) {
		GET_NUM("auid=", 10, tmp, 1, 2);
		it->auid = id32(tmp);
	}
	GET_NUM("pid=", 10, it->pid, 1, 4);
	if (n->uid) {
		int f = field(&cur, " uid=", &v, &len);

		if (f < 0)
			return 6;
		if (f > 0 && num(v, 10, &tmp) < 0)
			return 7;
		if (f > 0)
			it->uid = id32(tmp);
	}
	if (n->ses)
		GET_NUM("ses=", 10, it->session, 0, 8);
	if (field_last(&cur, "res=", &v, &len) > 0)
		it->success = strncmp(v, "failed", 6) != 0;
	return 0;
}

static int parse_daemon_conn(struct ar_items *it, const struct need *n,
			     const struct rec *r)
{
	const char *cur = r->s, *v, *p;
	size_t len;

	if (n->host && (p = strstr(cur, "addr="))) {
		p += 5;
		it->host = keep(it, p, strcspn(p, ": "));
	}
	if (field_last(&cur, "res=", &v, &len) > 0)
		it->success = strncmp(v, "failed", 6) != 0;
	return 0;
}

static int parse_config_change(struct ar_items *it, const struct need *n,
			       const struct rec *r, int optional_auid)
{
	const char *cur = r->s, *v;
	size_t len;
	unsigned long long tmp;

	if (n->auid) {
		int f = field(&cur, "auid=", &v, &len);

		if (f < 0 || (f == 0 && !optional_auid))
			return 1;
		if (f > 0 && num(v, 10, &tmp) < 0)
			return 2;
		if (f > 0)
			it->auid = id32(tmp);
	}
	if (n->ses)
		GET_NUM("ses=", 10, it->session, 0, 3);
	if (n->key && keys_field(it, &cur) < 0)
		return 5;
	if (r->type == 1305)
		it->success = 1;
	if (field_last(&cur, "res=", &v, &len) > 0)
		it->success = strtoul(v, NULL, 10) != 0;
	if (n->file && r->type == 1305) {
		const char *p = r->s, *path;

		if (str_field(it, &p, " path=", &path) > 0)
			add_file(it, path, NULL);
	}
	return 0;
}

static int parse_login(struct ar_items *it, const struct need *n,
		       const struct rec *r)
{
	const char *cur = r->s, *v, *p;
	size_t len;
	unsigned long long tmp;

	GET_NUM("pid=", 10, it->pid, 1, 1);
	if (n->uid) {
		GET_NUM("uid=", 10, tmp, 1, 3);
		it->uid = id32(tmp);
	}
	if (n->subj)
		field_last(&cur, "subj=", &v, &len);
	if (n->auid) {
		p = strstr(cur, "new auid=");
		if (p)
			p += 9;
		else if ((p = strstr(cur, " auid=")))
			p += 6;
		else if ((p = strstr(cur, "new loginuid=")))
			p += 13;
		if (!p || num(p, 10, &tmp) < 0)
			return 5;
		it->auid = id32(tmp);
	}
	p = strstr(cur, "res=");
	it->success = p ? strtoul(p + 4, NULL, 10) != 0 : 1;
	if (n->ses) {
		p = strstr(cur, "new ses=");
		if (p)
			p += 8;
		else if ((p = strstr(cur, " ses=")))
			p += 5;
		if (!p || num(p, 10, &tmp) < 0)
			return 7;
		it->session = (long long)tmp;
	}
	return 0;
}

/* a label value ending at a space (or the end), kept; NULL if absent */
static const char *label(struct ar_items *it, const char *s, const char *name)
{
	const char *p = strstr(s, name);

	if (!p)
		return NULL;
	p += strlen(name);
	return keep(it, p, strcspn(p, " "));
}

/* avc: ... { perms } ...: the decision (-1 none, 0 denied, 1 granted) */
static void avc_decision(struct ar_items *it, const char *s, struct ar_avc *a)
{
	const char *p = strstr(s, "avc: "), *brace, *d, *close;

	if (!p || !(brace = strchr(p, '{')))
		return;
	d = strstr(p, "denied");
	it->success = !(d && d < brace);
	a->result = it->success;
	close = strchr(brace, '}');
	if (close) {
		const char *b = brace + 1, *e = close;

		while (b < e && *b == ' ')
			b++;
		while (e > b && e[-1] == ' ')
			e--;
		a->perms = keep(it, b, (size_t)(e - b));
	}
}

static void add_avc(struct ar_items *it, const struct need *n,
		    const struct ar_avc *a)
{
	if (n->obj && it->navcs < AR_MAX_LIST)
		it->avcs[it->navcs++] = *a;
}

static int parse_avc(struct ar_items *it, const struct need *n,
		     const struct rec *r)
{
	const char *cur = r->s, *v, *p;
	struct ar_avc a = { .result = -1 };
	size_t len;
	unsigned long long tmp;

	avc_decision(it, r->s, &a);
	if (field(&cur, "pid=", &v, &len) > 0 && num(v, 10, &tmp) == 0)
		it->pid = (long long)tmp;
	if (n->comm) {
		const char *c;

		if (str_field(it, &cur, "comm=", &c) <= 0)
			return 3;
		if (!it->comm)
			it->comm = c;
		a.comm = c;
	}
	if (n->file) {
		const char *q = cur, *f;

		if (str_field(it, &q, " path=", &f) > 0 ||
		    str_field(it, &q, " name=", &f) > 0)
			add_file(it, f, NULL);
	}
	if (n->subj)
		a.subj = label(it, r->s, "scontext=");
	if (n->obj)
		a.obj = label(it, r->s, "tcontext=");
	p = strstr(r->s, "tclass=");
	if (!p)
		return 9;
	a.tclass = keep(it, p + 7, strcspn(p + 7, " "));
	add_avc(it, n, &a);
	return 0;
}

static int parse_user(struct ar_items *it, const struct need *n,
		      const struct rec *r);

/* USER_AVC: the decision, a user message, then the object's labels */
static int parse_user_avc(struct ar_items *it, const struct need *n,
			  const struct rec *r)
{
	struct ar_avc a = { .result = -1 };
	int rc;

	avc_decision(it, r->s, &a);
	rc = parse_user(it, n, r);
	if (rc > 0 && rc <= 20)
		return rc;
	if (n->obj) {
		a.obj = label(it, r->s, "tcontext=");
		a.tclass = label(it, r->s, "tclass=");
	}
	add_avc(it, n, &a);
	return 0;
}

/* NETFILTER_CFG, EVENT_LISTENER: absent ids get the kernel's defaults */
static int parse_fill(struct ar_items *it, const struct need *n,
		      const struct rec *r)
{
	const char *cur = r->s, *v;
	size_t len;
	unsigned long long tmp;

	GET_NUM(" pid=", 10, it->pid, 1, 1);
	if (n->uid) {
		const char *q = r->s;

		it->uid = uid_field(&q, &v, &len) > 0 &&
			  num(v, 10, &tmp) == 0 ? id32(tmp) : 0;
	}
	if (n->auid) {
		const char *q = r->s;

		it->auid = field(&q, "auid=", &v, &len) > 0 &&
			   num(v, 10, &tmp) == 0 ? id32(tmp) : -1;
	}
	if (n->tty) {
		const char *q = r->s;

		it->terminal = field(&q, "tty=", &v, &len) > 0 ?
			       keep(it, v, len) : keep(it, "(none)", 6);
	}
	if (n->ses) {
		const char *q = r->s;

		it->session = field(&q, "ses=", &v, &len) > 0 &&
			      num(v, 10, &tmp) == 0 ? (long long)tmp :
			      4294967295LL;
	}
	if (n->comm) {
		const char *q = r->s;

		if (str_field(it, &q, "comm=", &it->comm) <= 0)
			return 3;
	}
	if (n->exe) {
		const char *q = r->s;

		if (str_field(it, &q, "exe=", &it->exe) <= 0)
			it->exe = keep(it, "(null)", 6);
	}
	cur = r->s;
	if (field_last(&cur, "res=", &v, &len) > 0)
		it->success = strtoul(v, NULL, 10) != 0;
	return 0;
}

/* INTEGRITY_DATA ... INTEGRITY_RULE: each field looked for from the
 * start of the record */
static int parse_integrity(struct ar_items *it, const struct need *n,
			   const struct rec *r)
{
	const char *cur = r->s, *v;
	size_t len;
	unsigned long long tmp;

	GET_NUM("pid=", 10, it->pid, 1, 1);
	if (n->uid) {
		cur = r->s;
		if (field(&cur, " uid=", &v, &len) > 0 && num(v, 10, &tmp) == 0)
			it->uid = id32(tmp);
	}
	if (n->auid) {
		cur = r->s;
		if (field(&cur, "auid=", &v, &len) > 0 && num(v, 10, &tmp) == 0)
			it->auid = id32(tmp);
	}
	if (n->ses) {
		cur = r->s;
		GET_NUM("ses=", 10, it->session, 0, 7);
	}
	cur = r->s;
	if (n->comm && str_field(it, &cur, "comm=", &it->comm) < 0)
		return 9;
	if (n->file) {
		const char *q = r->s, *f;

		if (str_field(it, &q, " name=", &f) > 0)
			add_file(it, f, NULL);
	}
	cur = r->s;
	if (field_last(&cur, "res=", &v, &len) > 0)
		it->success = strtoul(v, NULL, 10) != 0;
	return 0;
}

/* TTY: the kernel's keystroke record */
static int parse_tty(struct ar_items *it, const struct need *n,
		     const struct rec *r)
{
	const char *cur = r->s, *v;
	size_t len;
	unsigned long long tmp;

	GET_NUM("pid=", 10, it->pid, 0, 1);
	if (n->uid) {
		tmp = 0;
		if (uid_field(&cur, &v, &len) > 0 && num(v, 10, &tmp) == 0)
			it->uid = id32(tmp);
	}
	if (n->auid) {
		GET_NUM("auid=", 10, tmp, 1, 3);
		it->auid = id32(tmp);
	}
	if (n->ses)
		GET_NUM("ses=", 10, it->session, 0, 5);
	if (n->comm && str_field(it, &cur, "comm=", &it->comm) < 0)
		return 7;
	return 0;
}

static int parse_sockaddr(struct ar_items *it, const struct need *n,
			  const struct rec *r)
{
	const char *cur = r->s, *v;
	unsigned char sa[256];
	size_t len, i, sl;
	char buf[64];

	if (!n->host && !n->file)
		return 0;
	if (field_last(&cur, "saddr=", &v, &len) <= 0)
		return 0;
	for (sl = 0, i = 0; i + 1 < len && sl < sizeof(sa); i += 2) {
		int hi = hexval(v[i]), lo = hexval(v[i + 1]);

		if (hi < 0 || lo < 0)
			break;
		sa[sl++] = (unsigned char)(hi << 4 | lo);
	}
	if (sl < 2)
		return 0;
	switch (sa[0] | sa[1] << 8) {
	case 2:
		if (sl < 16) {
			fputs("sockaddr len too short\n", stderr);
			return 1;
		}
		if (n->host) {
			snprintf(buf, sizeof(buf), "%u.%u.%u.%u", sa[4], sa[5],
				 sa[6], sa[7]);
			it->host = keep(it, buf, strlen(buf));
		}
		break;
	case 10:
		if (sl < 28) {
			fputs("sockaddr6 len too short\n", stderr);
			return 1;
		}
		if (n->host && inet_ntop(AF_INET6, sa + 8, buf, sizeof(buf)))
			it->host = keep(it, buf, strlen(buf));
		break;
	case 1:
		if (sl < 4) {
			fputs("sun_path len too short\n", stderr);
			return 1;
		}
		if (n->file) {
			const unsigned char *path = sa + 2;
			size_t plen;

			if (path[0] == 0) {
				path++;
				plen = strnlen((const char *)path, sl - 3);
			} else {
				plen = strnlen((const char *)path, sl - 2);
			}
			add_file(it, keep(it, (const char *)path, plen), NULL);
		}
		break;
	}
	return 0;
}

static int parse_generic_ids(struct ar_items *it, const struct need *n,
			     const struct rec *r, int exe_required)
{
	const char *cur = r->s, *v;
	size_t len;
	unsigned long long tmp;
	int rc;

	if (n->auid) {
		GET_NUM("auid=", 10, tmp, 1, 1);
		it->auid = id32(tmp);
	}
	if (n->uid && uid_field(&cur, &v, &len) > 0 && num(v, 10, &tmp) == 0)
		it->uid = id32(tmp);
	if (n->ses)
		GET_NUM("ses=", 10, it->session, 0, 5);
	if (r->type == 1700)
		return 0;
	GET_NUM("pid=", 10, it->pid, 0, 7);
	if (r->type == 1326) {
		const char *q = cur;

		if (field(&q, "arch=", &v, &len) > 0 && num(v, 16, &tmp) == 0)
			it->arch = (uint32_t)tmp;
		if (field(&q, "syscall=", &v, &len) > 0 &&
		    num(v, 10, &tmp) == 0)
			it->syscall = (long)tmp;
	}
	if (n->comm && str_field(it, &cur, "comm=", &it->comm) < 0)
		return 9;
	if (n->exe) {
		rc = str_field(it, &cur, "exe=", &it->exe);
		if (rc < 0 || (rc == 0 && exe_required))
			return 11;
	}
	if (field_last(&cur, "res=", &v, &len) > 0)
		it->success = strtoul(v, NULL, 10) != 0;
	return 0;
}

/* TTY and USER_TTY's data= (the --tty report) */
static void tty_data(struct ar_items *it, const struct rec *r)
{
	const char *p = strstr(r->s, "data="), *end;

	if (!p)
		return;
	p += 5;
	end = strrchr(p, ' ');
	if (!end || end < p)
		end = p + strlen(p);
	it->tty_data = keep(it, p, (size_t)(end - p));
}

/* Types read for nothing (spec 1.5). */
static int type_has_nothing(int t)
{
	return t == 2000 || t == 1401 || t == 1309 || t == 1311 ||
	       (t >= 1312 && t <= 1315) || t == 1317 || t == 1321 ||
	       t == 1322 || t == 1323 || t == 1327 ||
	       (t >= 1329 && t <= 1334) || t == 1337;
}

static int extract_record(struct ar_items *it, const struct need *n,
			  const struct rec *r)
{
	int t = r->type;

	if (t == 1300)
		return parse_syscall(it, n, r);
	if (t == 1307)
		return parse_cwd(it, n, r);
	if (t == 1302)
		return parse_path(it, n, r);
	if (t == 1402) {
		const char *cur = r->s, *f;

		if (!n->file)
			return 0;
		if (str_field(it, &cur, " path=", &f) <= 0)
			return 1;
		add_file(it, f, NULL);
		return 0;
	}
	if (t == 1305)
		return parse_config_change(it, n, r, 1);
	if (t >= 1403 && t <= 1417)
		return parse_config_change(it, n, r, 0);
	if (t == 1400)
		return parse_avc(it, n, r);
	if (t == 1107)
		return parse_user_avc(it, n, r);
	if (t == 1005 || (t >= 1100 && t <= 1199) || (t >= 2100 && t <= 2999))
		return parse_user(it, n, r);
	if (t == 1006)
		return parse_login(it, n, r);
	if (t == 1303 || t == 1318)
		return 0;
	/* DAEMON_START, END, ABORT, CONFIG, ROTATE, RESUME; ACCEPT, CLOSE */
	if ((t >= 1200 && t <= 1203) || t == 1205 || t == 1206)
		return parse_daemon(it, n, r);
	if (t == 1207 || t == 1208)
		return parse_daemon_conn(it, n, r);
	if (t == 1306)
		return parse_sockaddr(it, n, r);
	if (t == 1324) {
		const char *cur = r->s, *v;
		size_t len;

		if (n->host && field_last(&cur, "saddr=", &v, &len) > 0)
			it->host = keep(it, v, len);
		return 0;
	}
	if (t == 1326 || t == 1700 || t == 1701)
		return parse_generic_ids(it, n, r, t != 1701);
	if (t == 1328 || t == 1702)
		return task_info(it, n, r, r->s);
	if (t >= 1800 && t <= 1807)
		return parse_integrity(it, n, r);
	if (t == 1319)
		return parse_tty(it, n, r);
	if (t == 1325 || t == 1335)
		return parse_fill(it, n, r);
	if (type_has_nothing(t))
		return 0;
	return -1;
}

/* The names ENRICHED gave the event's ids (spec 1.5): from the first
 * record, when it is the only one or a SYSCALL. */
static void enriched_names(struct ar_items *it, const struct search_event *ev)
{
	const struct search_rec *r = &ev->recs[0];
	static const char *const names[] = { "AUID=", "UID=" };
	const char **dest[] = { &it->auid_name, &it->uid_name };
	const char *interp, *end;
	size_t i;

	if (r->raw_len == r->len || (ev->nrecs > 1 && r->type != 1300))
		return;
	interp = r->line + r->raw_len + 1;
	end = r->line + r->len;
	for (i = 0; i < NELEM(names); i++) {
		size_t nl = strlen(names[i]), l;
		const char *p = interp, *v, *q;

		while (p && p + nl <= end) {
			p = memmem(p, (size_t)(end - p), names[i], nl);
			if (!p || p == interp || p[-1] == ' ')
				break;
			p += nl;
		}
		if (!p || p + nl > end)
			continue;
		v = p + nl;
		if (*v == '"') {
			q = memchr(v + 1, '"', (size_t)(end - v - 1));
			if (q)
				*dest[i] = keep(it, v + 1, (size_t)(q - v - 1));
			continue;
		}
		for (l = 0; v + l < end && v[l] != ' '; l++)
			;
		*dest[i] = keep(it, v, l);
	}
}

int ar_items_extract(struct ar_items *it, enum ar_report report, int debug,
		     int interpret, const struct search_event *ev)
{
	struct need n;
	size_t i;

	items_reset(it);
	need_of(report, &n);
	n.arch = interpret != 0;
	for (i = 0; i < ev->nrecs; i++) {
		const struct search_rec *sr = &ev->recs[i];
		struct rec r;
		int rc;

		if (sr->raw_len + 1 > it->scratch_cap) {
			it->scratch_cap = sr->raw_len + 1 > 4096 ?
					  sr->raw_len + 1 : 4096;
			it->scratch = xrealloc(it->scratch, it->scratch_cap, 1);
		}
		memcpy(it->scratch, sr->line, sr->raw_len);
		it->scratch[sr->raw_len] = '\0';
		r.s = it->scratch;
		r.type = sr->type;
		if (report == AR_TTY && (r.type == 1319 || r.type == 1124))
			tty_data(it, &r);
		rc = extract_record(it, &n, &r);
		if (rc < 0) {
			if (debug)
				fprintf(stderr, "Unparsed type:%d\n - skipped",
					r.type);
			continue;
		}
		if (rc > 0) {
			if (debug)
				fprintf(stderr, "Malformed event skipped, "
					"rc=%d. %s\n", rc, it->scratch);
			items_fix(it);
			return rc;
		}
	}
	if (interpret)
		enriched_names(it, ev);
	items_fix(it);
	return 0;
}
