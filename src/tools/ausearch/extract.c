/* extract.c - an event's searchable items as audit 3.0.9's ausearch reads
 * them (the project's spec of the tools, 1.5): per record type, only the
 * fields the criteria need, each found by substring from where the last
 * one ended, a value ending at the next space. A field a criterion needs
 * that is missing or unterminated drops the whole event, as theirs does:
 * the same answers need the same misses. */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ausearch.h"
#include "tables.h"
#include "util.h"

/* What the criteria ask the extractors for. */
struct need {
	int pid, ppid, uid, euid, auid, gid, egid, tty, ses, comm, exe;
	int subj, obj, success, exit, key, file, host, arch, uuid, vm;
};

static void need_of(const struct query *q, struct need *n)
{
	memset(n, 0, sizeof(*n));
	n->pid = q->pid.set;
	n->ppid = q->ppid.set;
	n->uid = q->uid.set || q->uid_all.set;
	n->euid = q->euid.set || q->uid_all.set;
	n->auid = q->auid.set || q->uid_all.set;
	n->gid = q->gid.set || q->gid_all.set;
	n->egid = q->egid.set || q->gid_all.set;
	n->tty = q->terminal != NULL;
	n->ses = q->session.set;
	n->comm = q->comm != NULL;
	n->exe = q->exe != NULL;
	n->subj = q->subject || q->context;
	n->obj = q->object || q->context;
	n->success = q->success >= 0;
	n->exit = q->exit.set;
	n->key = q->key != NULL;
	n->file = q->file != NULL;
	n->host = q->host != NULL;
	n->arch = q->format == AS_INTERPRET || q->format == AS_CSV ||
		  q->format == AS_TEXT || q->machine >= 0;
	n->uuid = q->uuid != NULL;
	n->vm = q->vm != NULL;
}

void items_init(struct items *it)
{
	memset(it, 0, sizeof(*it));
}

void items_free(struct items *it)
{
	free(it->arena);
	free(it->scratch);
}

static void items_reset(struct items *it)
{
	char *arena = it->arena, *scratch = it->scratch;
	size_t acap = it->arena_cap, scap = it->scratch_cap;

	memset(it, 0, sizeof(*it));
	it->arena = arena;
	it->arena_cap = acap;
	it->scratch = scratch;
	it->scratch_cap = scap;
	it->pid = it->ppid = it->session = it->syscall = AS_UNSET;
	it->uid = it->euid = it->auid = it->gid = it->egid = AS_UNSET;
	it->success = -1;
	it->machine = -1;
}

/* Text kept for the event: offsets while the arena may move, so the
 * pointers are fixed once the event is read (items_fix). */
static const char *keep(struct items *it, const char *s, size_t n)
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

static void fix(struct items *it, const char **p)
{
	if (*p)
		*p = it->arena + ((uintptr_t)*p - 1);
}

static void items_fix(struct items *it)
{
	size_t i;

	fix(it, &it->comm);
	fix(it, &it->exe);
	fix(it, &it->terminal);
	fix(it, &it->host);
	fix(it, &it->cwd);
	fix(it, &it->uuid);
	fix(it, &it->vm);
	fix(it, &it->uid_name_enr);
	fix(it, &it->euid_name_enr);
	fix(it, &it->auid_name_enr);
	for (i = 0; i < it->nfiles; i++)
		fix(it, &it->files[i]);
	for (i = 0; i < it->nkeys; i++)
		fix(it, &it->keys[i]);
	for (i = 0; i < it->nsubjects; i++)
		fix(it, &it->subjects[i]);
	for (i = 0; i < it->nobjects; i++)
		fix(it, &it->objects[i]);
}

static void add(struct items *it, const char **list, size_t *n,
		const char *s, size_t len)
{
	if (*n < AS_MAX_LIST)
		list[(*n)++] = keep(it, s, len);
	else
		it->file_overflow = 1;
}

/* ---- finding values ------------------------------------------------------ */

/* name= in s from *cur: 1 with the value (up to the next space) and *cur
 * moved to its end, 0 when absent, -1 when no space ends it. */
static int field(const char *s, const char **cur, const char *name,
		 const char **val, size_t *len)
{
	const char *p = strstr(*cur, name), *end;

	if (!p)
		return 0;
	p += strlen(name);
	end = strchr(p, ' ');
	if (!end)
		return -1;
	(void)s;
	*val = p;
	*len = (size_t)(end - p);
	*cur = end;
	return 1;
}

/* The same, the value running to the end of the record when no space
 * ends it. */
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

/* ids and sessions are 32-bit there: "-1" is 4294967295 */
static unsigned long long id32(unsigned long long v)
{
	return (uint32_t)v;
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

/* A string value at v: "quoted", (literal), or hex; kept in the arena.
 * *cur moves past it. NULL when malformed. */
static const char *str_value(struct items *it, const char *v, const char **cur,
			     size_t *outlen)
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

/* A named string field, from *cur. 1 found, 0 absent, -1 malformed. */
static int str_field(struct items *it, const char **cur, const char *name,
		     const char **out, size_t *outlen)
{
	const char *p = strstr(*cur, name);
	size_t len;

	if (!p)
		return 0;
	*out = str_value(it, p + strlen(name), cur, &len);
	if (!*out)
		return -1;
	if (outlen)
		*outlen = len;
	return 1;
}

/* A key= value: quoted is one key; hex is several split at 0x01. */
static int keys_field(struct items *it, const char **cur, const char *s)
{
	const char *p = strstr(*cur, "key=");
	const char *k;
	size_t len, i, start = 0;

	(void)s;
	if (!p)
		return 0;
	p += 4;
	if (*p == '"' || *p == '(') {
		k = str_value(it, p, cur, &len);
		if (!k)
			return -1;
		if (it->nkeys < AS_MAX_LIST)
			it->keys[it->nkeys++] = k;
		return 0;
	}
	k = str_value(it, p, cur, &len);
	/* split in place in the arena: each part its own string */
	for (i = 0; i <= len; i++) {
		char *a = it->arena + ((uintptr_t)k - 1);

		if (i == len || a[i] == 0x01) {
			a[i] = '\0';
			if (it->nkeys < AS_MAX_LIST)
				it->keys[it->nkeys++] =
					(const char *)(uintptr_t)((uintptr_t)k +
								  start);
			start = i + 1;
		}
	}
	return 0;
}

/* ---- per record type ----------------------------------------------------- */

struct rec {
	const char *s;		/* the raw text, NUL-terminated */
	int type;
	int first;		/* the event's first record */
};

/* A value out of range: 3.0.9 has cut the record at its end when it
 * gives up, and --debug prints it so. */
static int cut(const char *v, size_t len, int code)
{
	((char *)v)[len] = '\0';
	return code;
}

#define GET_NUM(name, base, dest, required, code) do {			\
	int r_ = field(r->s, &cur, name, &v, &len);			\
	if (r_ == 0 && (required))					\
		return code;						\
	if (r_ < 0)							\
		return code + 1;					\
	if (r_ > 0 && num(v, base, &tmp) < 0)				\
		return cut(v, len, code + 2);				\
	if (r_ > 0)							\
		dest = tmp;						\
} while (0)

#define GET_ID(name, dest, required, code) do {				\
	int r_ = field(r->s, &cur, name, &v, &len);			\
	if (r_ == 0 && (required))					\
		return code;						\
	if (r_ < 0)							\
		return code + 1;					\
	if (r_ > 0 && num(v, 10, &tmp) < 0)				\
		return cut(v, len, code + 2);				\
	if (r_ > 0)							\
		dest = id32(tmp);					\
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

static int task_info(struct items *it, const struct need *n,
		     const struct rec *r, const char *cur)
{
	const char *v;
	size_t len;
	unsigned long long tmp;
	int rc;

	/* the --debug codes are 3.0.9's: missing, unterminated, out of
	 * range for each field, in this order */
	if (n->ppid)
		GET_NUM("ppid=", 10, it->ppid, 0, 13);
	if (n->pid)
		GET_NUM(" pid=", 10, it->pid, 1, 16);
	if (n->auid) {
		rc = field(r->s, &cur, "auid=", &v, &len);
		if (rc == 0)
			rc = field(r->s, &cur, "loginuid=", &v, &len);
		if (rc <= 0)
			return rc == 0 ? 19 : 20;
		if (num(v, 10, &tmp) < 0)
			return cut(v, len, 21);
		it->auid = id32(tmp);
	}
	if (n->uid) {
		rc = uid_field(&cur, &v, &len);
		if (rc <= 0)
			return rc == 0 ? 22 : 23;
		if (num(v, 10, &tmp) < 0)
			return cut(v, len, 24);
		it->uid = id32(tmp);
	}
	if (n->gid)
		GET_ID("gid=", it->gid, 1, 25);
	if (n->euid)
		GET_ID("euid=", it->euid, 1, 28);
	if (n->egid)
		GET_ID("egid=", it->egid, 1, 31);
	if (n->tty) {
		rc = field(r->s, &cur, "tty=", &v, &len);
		if (rc < 0)
			return 34;
		if (rc > 0)
			it->terminal = keep(it, v, len);
	}
	if (n->ses)
		GET_ID("ses=", it->session, 0, 34);
	if (n->comm) {
		rc = str_field(it, &cur, "comm=", &it->comm, NULL);
		if (rc <= 0)
			return rc == 0 ? 38 : 37;
	}
	if (n->exe) {
		const char *from = r->s;

		rc = str_field(it, &from, "exe=", &it->exe, NULL);
		if (rc <= 0)
			return rc == 0 ? 40 : 39;
		if (from > cur)
			cur = from;
	}
	if (n->subj) {
		rc = field_last(&cur, "subj=", &v, &len);
		if (rc > 0)
			add(it, it->subjects, &it->nsubjects, v, len);
	}
	if (n->success) {
		rc = field_last(&cur, "res=", &v, &len);
		if (rc > 0)
			it->success = strtoul(v, NULL, 10) != 0;
	}
	return 0;
}

static int parse_syscall(struct items *it, const struct need *n,
			 const struct rec *r)
{
	const char *cur = r->s, *v;
	size_t len;
	unsigned long long tmp, arch = 0;
	int rc;

	/* the codes --debug prints are 3.0.9's: missing, unterminated,
	 * out of range for each field */
	if (n->arch) {
		GET_NUM("arch=", 16, arch, 1, 1);
		it->machine = tables_arch_machine((uint32_t)arch);
	}
	GET_NUM("syscall=", 10, it->syscall, 1, 4);
	if (n->success) {
		rc = field(r->s, &cur, "success=", &v, &len);
		if (rc < 0)
			return 7;
		if (rc > 0)
			it->success = len == 3 && memcmp(v, "yes", 3) == 0;
	}
	if (n->exit) {
		rc = field(r->s, &cur, "exit=", &v, &len);
		if (rc <= 0)
			return rc == 0 ? 8 : 9;
		errno = 0;
		it->exit = (unsigned long long)strtoll(v, NULL, 0);
		if (errno)
			return cut(v, len, 10);
		it->exit_set = 1;
	}
	GET_NUM("a0=", 16, tmp, 1, 11);
	GET_NUM("a1=", 16, tmp, 1, 11);
	rc = task_info(it, n, r, cur);
	if (rc)
		return rc;
	if (n->key && keys_field(it, &cur, r->s) < 0)
		return 16;
	return 0;
}

static int parse_path(struct items *it, const struct need *n,
		      const struct rec *r)
{
	const char *cur = r->s, *name;
	size_t len;
	int rc;

	if (n->file) {
		rc = str_field(it, &cur, " name=", &name, &len);
		if (rc < 0)
			return 1;
		if (rc > 0) {
			const char *txt = it->arena + ((uintptr_t)name - 1);

			if (it->cwd && (strncmp(txt, "./", 2) == 0 ||
					strncmp(txt, "../", 3) == 0)) {
				char buf[8192];
				const char *cwd = it->arena +
						  ((uintptr_t)it->cwd - 1);
				int m = snprintf(buf, sizeof(buf), "%s/%s", cwd,
						 txt);

				if (m > 0 && (size_t)m < sizeof(buf))
					name = keep(it, buf, (size_t)m);
			}
			if (it->nfiles < AS_MAX_LIST)
				it->files[it->nfiles++] = name;
		}
	}
	if (n->obj) {
		const char *v;

		if (field_last(&cur, "obj=", &v, &len) > 0)
			add(it, it->objects, &it->nobjects, v, len);
	}
	return 0;
}

static int parse_cwd(struct items *it, const struct need *n,
		     const struct rec *r)
{
	const char *cur = r->s, *cwd = NULL;

	if (!n->file)
		return 0;
	if (str_field(it, &cur, "cwd=", &cwd, NULL) < 0)
		return 1;
	if (!it->cwd && cwd)
		it->cwd = cwd;
	return 0;
}

/* user-space messages (spec 1.5's user-message rules) */
static int parse_user(struct items *it, const struct need *n,
		      const struct rec *r)
{
	const char *cur = r->s, *v;
	size_t len;
	unsigned long long tmp;
	int rc;

	if (n->pid)
		GET_NUM("pid=", 10, it->pid, 1, 1);
	if (n->uid)
		GET_ID("uid=", it->uid, 1, 4);
	if (n->auid) {
		rc = field(r->s, &cur, "auid=", &v, &len);
		if (rc == 0)
			rc = field(r->s, &cur, "loginuid=", &v, &len);
		if (rc <= 0)
			return rc == 0 ? 7 : 8;
		if (num(v, 10, &tmp) < 0)
			return cut(v, len, 9);
		it->auid = id32(tmp);
	}
	if (n->ses)
		GET_ID("ses=", it->session, 0, 9);
	if (n->subj && field_last(&cur, "subj=", &v, &len) > 0)
		add(it, it->subjects, &it->nsubjects, v, len);
	if (n->uuid) {
		const char *p = strstr(cur, "uuid=");

		if (p) {
			p += 5;
			len = strcspn(p, " :");
			it->uuid = keep(it, p, len);
		}
	}
	if (n->vm) {
		const char *p = r->s;

		if (str_field(it, &p, "vm=", &it->vm, NULL) < 0)
			return 9;
	}
	if (n->comm) {
		const char *p = cur;

		if (str_field(it, &p, "comm=", &it->comm, NULL) < 0)
			return 11;
	}
	if (n->host) {
		const char *p = strstr(cur, "hostname=");

		if (p) {
			p += 9;
			len = strcspn(p, ", ");
			if (len == 1 && *p == '?') {
				const char *a = strstr(cur, "addr=");

				if (a) {
					a += 5;
					len = strcspn(a, ", ");
					p = a;
				}
			}
			it->host = keep(it, p, len);
		}
	}
	if (n->file) {
		const char *p = r->s, *cwd;

		if (str_field(it, &p, "cwd=", &cwd, NULL) > 0 && !it->cwd)
			it->cwd = cwd;
	}
	if (n->tty) {
		const char *p = strstr(cur, "terminal=");

		if (p) {
			p += 9;
			len = strcspn(p, " )");
			if (!p[len])
				return 19;
			it->terminal = keep(it, p, len);
		}
	}
	if (n->exe) {
		const char *p = r->s;

		if (str_field(it, &p, "exe=", &it->exe, NULL) < 0)
			return 15;
	}
	if (n->success) {
		const char *p = strstr(cur, "res=");

		if (p) {
			const char *q = strchr(p + 4, '\'');

			if (!q)
				return 21;
			it->success = strncmp(p + 4, "failed", 6) != 0;
		} else if ((p = strstr(cur, "result="))) {
			it->success = strncasecmp(p + 7, "success", 7) == 0;
		}
	}
	return 0;
}

static int parse_daemon(struct items *it, const struct need *n,
			const struct rec *r)
{
	const char *cur = strchr(r->s, ')'), *v;
	size_t len;
	unsigned long long tmp;

	if (!cur)
		return 1;
	if (n->auid)
		GET_ID("auid=", it->auid, 1, 2);
	if (n->pid)
		GET_NUM("pid=", 10, it->pid, 1, 4);
	if (n->uid)
		GET_ID(" uid=", it->uid, 0, 6);
	if (n->ses)
		GET_ID("ses=", it->session, 0, 8);
	if (n->subj && field_last(&cur, "subj=", &v, &len) > 0)
		add(it, it->subjects, &it->nsubjects, v, len);
	if (n->success && field_last(&cur, "res=", &v, &len) > 0)
		it->success = strncmp(v, "failed", 6) != 0;
	return 0;
}

static int parse_daemon_conn(struct items *it, const struct need *n,
			     const struct rec *r)
{
	const char *cur = r->s, *v;
	size_t len;

	if (n->host) {
		const char *p = strstr(cur, "addr=");

		if (p) {
			p += 5;
			it->host = keep(it, p, strcspn(p, ": "));
		}
	}
	if (n->success && field_last(&cur, "res=", &v, &len) > 0)
		it->success = strncmp(v, "failed", 6) != 0;
	return 0;
}

static int parse_config_change(struct items *it, const struct need *n,
			       const struct rec *r, int optional_auid)
{
	const char *cur = r->s, *v;
	size_t len;
	unsigned long long tmp;

	if (n->auid)
		GET_ID("auid=", it->auid, !optional_auid, 1);
	if (n->ses)
		GET_ID("ses=", it->session, 0, 3);
	if (n->subj && field_last(&cur, "subj=", &v, &len) > 0)
		add(it, it->subjects, &it->nsubjects, v, len);
	if (n->key && keys_field(it, &cur, r->s) < 0)
		return 5;
	if (n->success) {
		if (r->type == 1305)
			it->success = 1;
		if (field_last(&cur, "res=", &v, &len) > 0)
			it->success = strtoul(v, NULL, 10) != 0;
	}
	if (n->file && r->type == 1305) {
		const char *p = r->s, *path;

		if (str_field(it, &p, " path=", &path, NULL) > 0 &&
		    it->nfiles < AS_MAX_LIST)
			it->files[it->nfiles++] = path;
	}
	return 0;
}

static int parse_login(struct items *it, const struct need *n,
		       const struct rec *r)
{
	const char *cur = r->s, *v, *p;
	size_t len;
	unsigned long long tmp;

	if (n->pid)
		GET_NUM("pid=", 10, it->pid, 1, 1);
	if (n->uid)
		GET_ID("uid=", it->uid, 1, 3);
	if (n->subj && field_last(&cur, "subj=", &v, &len) > 0)
		add(it, it->subjects, &it->nsubjects, v, len);
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
	if (n->success) {
		p = strstr(cur, "res=");
		it->success = p ? strtoul(p + 4, NULL, 10) != 0 : 1;
	}
	if (n->ses) {
		p = strstr(cur, "new ses=");
		if (p)
			p += 8;
		else if ((p = strstr(cur, " ses=")))
			p += 5;
		if (!p || num(p, 10, &tmp) < 0)
			return 7;
		it->session = id32(tmp);
	}
	return 0;
}

static int parse_obj(struct items *it, const struct need *n,
		     const struct rec *r)
{
	const char *cur = r->s, *v;
	size_t len;

	if (n->obj && field_last(&cur, "obj=", &v, &len) > 0)
		add(it, it->objects, &it->nobjects, v, len);
	return 0;
}

static int parse_avc(struct items *it, const struct need *n,
		     const struct rec *r)
{
	const char *cur = r->s, *v, *p;
	size_t len;
	unsigned long long tmp;

	p = strstr(cur, "avc: ");
	if (p) {
		const char *brace = strchr(p, '{');

		if (n->success && brace) {
			const char *d = strstr(p, "denied");

			it->success = !(d && d < brace);
		}
	}
	if (n->pid) {
		if (field(r->s, &cur, "pid=", &v, &len) > 0 &&
		    num(v, 10, &tmp) == 0)
			it->pid = tmp;
	}
	if (n->comm) {
		const char *c;

		if (str_field(it, &cur, "comm=", &c, NULL) <= 0)
			return 3;
		if (!it->comm)
			it->comm = c;
	}
	if (n->file) {
		const char *q = cur, *f;

		if (str_field(it, &q, " path=", &f, NULL) > 0 ||
		    str_field(it, &q, " name=", &f, NULL) > 0)
			if (it->nfiles < AS_MAX_LIST)
				it->files[it->nfiles++] = f;
	}
	if (n->subj && (p = strstr(r->s, "scontext="))) {
		p += 9;
		add(it, it->subjects, &it->nsubjects, p, strcspn(p, " "));
	}
	if (n->obj && (p = strstr(r->s, "tcontext="))) {
		p += 9;
		add(it, it->objects, &it->nobjects, p, strcspn(p, " "));
	}
	if (!strstr(r->s, "tclass="))
		return 9;
	return 0;
}

static int parse_sockaddr(struct items *it, const struct need *n,
			  const struct rec *r)
{
	const char *cur = r->s, *v;
	unsigned char sa[256];
	size_t len, i, sl;

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
			char buf[32];

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
		if (n->host) {
			char buf[64];

			if (!inet_ntop(AF_INET6, sa + 8, buf, sizeof(buf)))
				return 0;
			it->host = keep(it, buf, strlen(buf));
		}
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
			if (it->nfiles < AS_MAX_LIST)
				it->files[it->nfiles++] =
					keep(it, (const char *)path, plen);
		}
		break;
	}
	return 0;
}

static int parse_generic_ids(struct items *it, const struct need *n,
			     const struct rec *r, int exe_required)
{
	const char *cur = r->s, *v;
	size_t len;
	unsigned long long tmp;
	int rc;

	if (n->auid)
		GET_ID("auid=", it->auid, 1, 1);
	if (n->uid && uid_field(&cur, &v, &len) > 0 && num(v, 10, &tmp) == 0)
		it->uid = id32(tmp);
	if (n->gid)
		GET_ID("gid=", it->gid, 0, 3);
	if (n->ses)
		GET_ID("ses=", it->session, 0, 5);
	if (r->type == 1700)
		return 0;
	if (n->subj && field_last(&cur, "subj=", &v, &len) > 0)
		add(it, it->subjects, &it->nsubjects, v, len);
	if (n->pid)
		GET_NUM("pid=", 10, it->pid, 0, 7);
	if (n->comm) {
		rc = str_field(it, &cur, "comm=", &it->comm, NULL);
		if (rc < 0)
			return 9;
	}
	if (n->exe) {
		rc = str_field(it, &cur, "exe=", &it->exe, NULL);
		if (rc < 0 || (rc == 0 && exe_required))
			return 11;
	}
	if (n->success && field_last(&cur, "res=", &v, &len) > 0)
		it->success = strtoul(v, NULL, 10) != 0;
	return 0;
}

/* Types read for nothing (spec 1.5). */
static int type_has_nothing(int t)
{
	return t == 2000 || t == 1401 || t == 1309 || t == 1311 ||
	       (t >= 1312 && t <= 1315) || t == 1317 || t == 1321 ||
	       t == 1322 || t == 1323 || t == 1327 || (t >= 1329 && t <= 1334) ||
	       t == 1337;
}

static int extract_record(struct items *it, const struct need *n,
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
		if (str_field(it, &cur, " path=", &f, NULL) <= 0)
			return 1;
		if (it->nfiles < AS_MAX_LIST)
			it->files[it->nfiles++] = f;
		return 0;
	}
	if (t == 1305)
		return parse_config_change(it, n, r, 1);
	if (t >= 1403 && t <= 1417)
		return parse_config_change(it, n, r, 0);
	if (t == 1107 || t == 1400) {
		int rc = parse_avc(it, n, r);

		if (t == 1107 && rc == 0)
			rc = parse_user(it, n, r);
		return rc;
	}
	if (t == 1005 || (t >= 1100 && t <= 1199) || (t >= 2100 && t <= 2999))
		return parse_user(it, n, r);
	if (t == 1006)
		return parse_login(it, n, r);
	if (t == 1303 || t == 1318)
		return parse_obj(it, n, r);
	if (t >= 1200 && t <= 1206)	/* DAEMON_START ... DAEMON_RESUME */
		return parse_daemon(it, n, r);
	if (t == 1207 || t == 1208)	/* DAEMON_ACCEPT, DAEMON_CLOSE */
		return parse_daemon_conn(it, n, r);
	if (t == 1306)
		return parse_sockaddr(it, n, r);
	if (t == 1324) {
		const char *cur = r->s, *v;
		size_t len;

		if (n->host && field_last(&cur, "saddr=", &v, &len) > 0)
			it->host = keep(it, v, len);
		return parse_obj(it, n, r);
	}
	if (t == 1326 || t == 1700 || t == 1701)
		return parse_generic_ids(it, n, r, t != 1701);
	if (t == 1328 || t == 1702) {
		const char *cur = r->s;

		return task_info(it, n, r, cur);
	}
	if ((t >= 1800 && t <= 1807) || t == 1319 || t == 1325 || t == 1335)
		return parse_generic_ids(it, n, r, 0);
	if (type_has_nothing(t))
		return 0;
	return -1;
}

/* The names ENRICHED gave the event's ids (spec 1.5): from the first
 * record, when it is the only one or a SYSCALL. */
static void enriched_names(struct items *it, const struct search_event *ev)
{
	const struct search_rec *r = &ev->recs[0];
	static const struct { const char *name; size_t off; } ids[] = {
		{ "UID=", offsetof(struct items, uid_name_enr) },
		{ "EUID=", offsetof(struct items, euid_name_enr) },
		{ "AUID=", offsetof(struct items, auid_name_enr) },
	};
	const char *interp, *end;
	size_t i;

	if (r->raw_len == r->len || (ev->nrecs > 1 && r->type != 1300))
		return;
	interp = r->line + r->raw_len + 1;
	end = r->line + r->len;
	for (i = 0; i < NELEM(ids); i++) {
		size_t nl = strlen(ids[i].name);
		const char *p = interp, *v;

		while (p + nl <= end) {
			p = memmem(p, (size_t)(end - p), ids[i].name, nl);
			if (!p)
				break;
			if (p == interp || p[-1] == ' ')
				break;
			p += nl;
		}
		if (!p || p + nl > end)
			continue;
		v = p + nl;
		if (*v == '"') {
			const char *q = memchr(v + 1, '"', (size_t)(end - v - 1));

			if (!q)
				continue;
			*(const char **)((char *)it + ids[i].off) =
				keep(it, v + 1, (size_t)(q - v - 1));
		} else {
			size_t l = strcspn(v, " ");

			if (v + l > end)
				l = (size_t)(end - v);
			*(const char **)((char *)it + ids[i].off) =
				keep(it, v, l);
		}
	}
}

int items_extract(struct items *it, const struct query *q,
		  const struct search_event *ev)
{
	struct need n;
	size_t i;

	items_reset(it);
	need_of(q, &n);
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
		r.first = i == 0;
		rc = extract_record(it, &n, &r);
		if (rc < 0) {
			if (q->debug)
				fprintf(stderr, "Unparsed type:%d\n - skipped",
					r.type);
			continue;
		}
		if (rc > 0) {
			if (q->debug)
				fprintf(stderr, "Malformed event skipped, "
					"rc=%d. %s\n", rc, it->scratch);
			items_fix(it);
			return rc;
		}
	}
	if (q->uid.name || q->euid.name || q->auid.name || q->uid_all.name)
		enriched_names(it, ev);
	items_fix(it);
	return 0;
}
