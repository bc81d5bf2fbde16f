/* extract_rec.c - the record types ausearch and aureport both read (the
 * project's spec of the tools, 1.5), each asked for what struct
 * searchx_need says, with the --debug codes of the tool's dialect. */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "searchx.h"
#include "tables.h"

static void add(const char **list, size_t *n, const char *s)
{
	if (*n < SEARCHX_MAX_LIST)
		list[(*n)++] = s;
}

static void add_subject(struct searchx_items *it, const char *v, size_t len)
{
	add(it->subjects, &it->nsubjects, searchx_keep(it, v, len));
}

static void add_object(struct searchx_items *it, const char *v, size_t len)
{
	add(it->objects, &it->nobjects, searchx_keep(it, v, len));
}

/* A number or id field by the dialect's codes; returns the code. */
#define GET(name, base, dest, required, id, code) do {			\
	int rc_ = searchx_get_num(n, &cur, name, base, required, id,	\
				  &(code), &(dest));			\
	if (rc_)							\
		return rc_;						\
} while (0)

/* auid= (or loginuid=) required; 0 or the code */
static int login_uid(const struct searchx_need *n, const char **cur,
		     const struct searchx_code *c, unsigned long long *dest)
{
	const char *v;
	size_t len;
	int rc = searchx_field(cur, "auid=", &v, &len);

	if (rc == 0)
		rc = searchx_field(cur, "loginuid=", &v, &len);
	if (rc <= 0)
		return rc == 0 ? c->missing : c->unterm;
	return searchx_num_code(n, v, len, 10, 1, c, dest);
}

/* A string field (from *cur): absent is the missing code when required. */
static int str_code(struct searchx_items *it, const char **cur,
		    const char *name, const char **out, int required,
		    const struct searchx_code *c)
{
	int rc = searchx_str_field(it, cur, name, out);

	if (rc < 0)
		return c->unterm;
	if (rc == 0 && required)
		return c->missing;
	return 0;
}

/* A key= value: quoted is one key; hex is several split at 0x01. */
static int keys_field(struct searchx_items *it, const char **cur)
{
	const char *p = strstr(*cur, "key="), *k;
	size_t len, i, start = 0;

	if (!p)
		return 0;
	p += 4;
	k = searchx_str_value(it, p, cur, &len);
	if (!k)
		return -1;
	if (*p == '"' || *p == '(') {
		add(it->keys, &it->nkeys, k);
		return 0;
	}
	/* split in place in the arena: each part its own string */
	for (i = 0; i <= len; i++) {
		char *a = searchx_text(it, k);

		if (i == len || a[i] == 0x01) {
			a[i] = '\0';
			add(it->keys, &it->nkeys,
			    (const char *)((uintptr_t)k + start));
			start = i + 1;
		}
	}
	return 0;
}

static void numeric_res(struct searchx_items *it, const char **cur)
{
	const char *v;
	size_t len;

	if (searchx_field_last(cur, "res=", &v, &len) > 0)
		it->success = strtoul(v, NULL, 10) != 0;
}

static void word_res(struct searchx_items *it, const char **cur)
{
	const char *v;
	size_t len;

	if (searchx_field_last(cur, "res=", &v, &len) > 0)
		it->success = strncmp(v, "failed", 6) != 0;
}

static void subject(struct searchx_items *it, const char **cur)
{
	const char *v;
	size_t len;

	if (searchx_field_last(cur, "subj=", &v, &len) > 0)
		add_subject(it, v, len);
}

/* ---- per record type ----------------------------------------------------- */

int searchx_task_info(struct searchx_items *it, const struct searchx_need *n,
		      const struct searchx_rec *r, const char *cur)
{
	const struct searchx_dialect *d = n->d;
	const char *v;
	size_t len;
	int rc;

	/* each field's codes: missing, unterminated, out of range, in this
	 * order */
	if (n->ppid)
		GET("ppid=", 10, it->ppid, 0, 0, d->task.ppid);
	if (n->pid)
		GET(" pid=", 10, it->pid, 1, 0, d->task.pid);
	if (n->auid && (rc = login_uid(n, &cur, &d->task.auid, &it->auid)))
		return rc;
	if (n->uid) {
		rc = searchx_uid_field(&cur, &v, &len);
		if (rc <= 0)
			return rc == 0 ? d->task.uid.missing :
					 d->task.uid.unterm;
		rc = searchx_num_code(n, v, len, 10, 1, &d->task.uid, &it->uid);
		if (rc)
			return rc;
	}
	if (n->gid)
		GET("gid=", 10, it->gid, 1, 1, d->task.gid);
	if (n->euid)
		GET("euid=", 10, it->euid, 1, 1, d->task.euid);
	if (n->egid)
		GET("egid=", 10, it->egid, 1, 1, d->task.egid);
	if (n->tty) {
		rc = searchx_field(&cur, "tty=", &v, &len);
		if (rc < 0)
			return d->task.tty.unterm;
		if (rc > 0)
			it->terminal = searchx_keep(it, v, len);
	}
	if (n->ses)
		GET("ses=", 10, it->session, 0, 1, d->task.ses);
	if (n->comm &&
	    (rc = str_code(it, &cur, "comm=", &it->comm, 1, &d->task.comm)))
		return rc;
	if (n->exe) {
		const char *from = r->s;

		rc = str_code(it, &from, "exe=", &it->exe, 1, &d->task.exe);
		if (rc)
			return rc;
		if (from > cur)
			cur = from;
	}
	if (n->subj)
		subject(it, &cur);
	if (n->success)
		numeric_res(it, &cur);
	return 0;
}

static int read_syscall(struct searchx_items *it, const struct searchx_need *n,
			const struct searchx_rec *r)
{
	const struct searchx_dialect *d = n->d;
	const char *cur = r->s, *v;
	size_t len;
	unsigned long long tmp, arch = 0;
	int rc;

	if (n->arch) {
		GET("arch=", 16, arch, 1, 0, d->syscall.arch);
		it->arch = (uint32_t)arch;
		it->machine = tables_arch_machine((uint32_t)arch);
	}
	GET("syscall=", 10, it->syscall, 1, 0, d->syscall.syscall);
	if (n->success) {
		rc = searchx_field(&cur, "success=", &v, &len);
		if (rc < 0)
			return d->syscall.success.unterm;
		if (rc > 0)
			it->success = len == 3 && memcmp(v, "yes", 3) == 0;
	}
	if (n->exit) {
		rc = searchx_field(&cur, "exit=", &v, &len);
		if (rc <= 0)
			return rc == 0 ? d->syscall.exit.missing :
					 d->syscall.exit.unterm;
		errno = 0;
		it->exit = (unsigned long long)strtoll(v, NULL, 0);
		if (errno) {
			if (d->cut)
				((char *)v)[len] = '\0';
			return d->syscall.exit.range;
		}
		it->exit_set = 1;
	}
	GET("a0=", 16, tmp, 1, 0, d->syscall.a0);
	GET("a1=", 16, tmp, 1, 0, d->syscall.a1);
	rc = searchx_task_info(it, n, r, cur);
	if (rc)
		return rc;
	if (n->key && keys_field(it, &cur) < 0)
		return 16;
	return 0;
}

static int read_path(struct searchx_items *it, const struct searchx_need *n,
		     const struct searchx_rec *r)
{
	const char *cur = r->s, *name, *nt = NULL, *v, *p;
	size_t len;
	int rc;

	if (n->file) {
		rc = searchx_str_field(it, &cur, " name=", &name);
		if (rc < 0)
			return 1;
		if (rc > 0) {
			const char *txt = searchx_text(it, name);

			if (it->cwd && (strncmp(txt, "./", 2) == 0 ||
					strncmp(txt, "../", 3) == 0)) {
				char buf[8192];
				int m = snprintf(buf, sizeof(buf), "%s/%s",
						 searchx_text(it, it->cwd),
						 txt);

				if (m > 0 && (size_t)m < sizeof(buf))
					name = searchx_keep(it, buf,
							    (size_t)m);
			}
			if (n->nametype && (p = strstr(cur, "nametype="))) {
				p += 9;
				nt = searchx_keep(it, p, strcspn(p, " "));
			}
			searchx_add_file(it, name, nt);
		}
	}
	if (n->obj && searchx_field_last(&cur, "obj=", &v, &len) > 0)
		add_object(it, v, len);
	return 0;
}

static int read_cwd(struct searchx_items *it, const struct searchx_need *n,
		    const struct searchx_rec *r)
{
	const char *cur = r->s, *cwd = NULL;

	if (!n->file)
		return 0;
	if (searchx_str_field(it, &cur, "cwd=", &cwd) < 0)
		return 1;
	if (!it->cwd && cwd)
		it->cwd = cwd;
	return 0;
}

/* acct=: quoted, hex when all hex digits, else literal */
static void acct_field(struct searchx_items *it, const char *from)
{
	const char *p = strstr(from, "acct="), *end;
	size_t len, i;

	if (!p)
		return;
	p += 5;
	if (*p == '"') {
		end = strchr(p + 1, '"');
		if (end)
			it->acct = searchx_keep(it, p + 1,
						(size_t)(end - p - 1));
		return;
	}
	len = strcspn(p, " '");
	for (i = 0; i < len && isxdigit((unsigned char)p[i]); i++)
		;
	if (i == len && len % 2 == 0 && len) {
		const char *dummy;

		it->acct = searchx_str_value(it, p, &dummy, &i);
	} else {
		it->acct = searchx_keep(it, p, len);
	}
}

/* the second uid= of a user message (spec 1.5): 0 or its code */
static int second_uid(struct searchx_items *it, const char *cur)
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
	    !isdigit((unsigned char)p[4]) || searchx_num(p + 4, 10, &tmp) < 0)
		return 20;
	it->uid = (uint32_t)tmp;
	return 0;
}

/* hostname= (ending at ',' or a space); "?" falls back to addr= */
static void hostname(struct searchx_items *it, const struct searchx_need *n,
		     const char *cur)
{
	const char *p = strstr(cur, "hostname="), *a;
	size_t len;

	if (!p)
		return;
	p += 9;
	len = strcspn(p, ", ");
	if (len == 1 && *p == '?' &&
	    (a = strstr(n->d->addr_after_hostname ? p : cur, "addr="))) {
		p = a + 5;
		len = strcspn(p, ", ");
	}
	it->host = searchx_keep(it, p, len);
}

/* user-space messages (spec 1.5's user-message rules) */
int searchx_user(struct searchx_items *it, const struct searchx_need *n,
		 const struct searchx_rec *r)
{
	const struct searchx_dialect *d = n->d;
	const char *cur = r->s, *p, *q;
	size_t len;
	int rc;

	if (n->pid)
		GET("pid=", 10, it->pid, 1, 0, d->user.pid);
	if (n->uid)
		GET("uid=", 10, it->uid, 1, 1, d->user.uid);
	if (n->auid && (rc = login_uid(n, &cur, &d->user.auid, &it->auid)))
		return rc;
	if (n->ses)
		GET("ses=", 10, it->session, 0, 1, d->user.ses);
	if (n->subj || n->subj_msg)
		subject(it, &cur);
	/* nothing below moves cur */
	if (n->uuid && (p = strstr(cur, "uuid="))) {
		p += 5;
		it->uuid = searchx_keep(it, p, strcspn(p, " :"));
	}
	q = r->s;
	if (n->vm && searchx_str_field(it, &q, "vm=", &it->vm) < 0)
		return 9;
	if (n->uid2 && (rc = second_uid(it, cur)))
		return rc;
	q = cur;
	if (n->virt_path && n->file && r->type == 2501 &&
	    (searchx_str_field(it, &q, " path=", &p) > 0 ||
	     searchx_str_field(it, &q, " new-disk=", &p) > 0))
		searchx_add_file(it, p, NULL);
	q = cur;
	if (n->comm && searchx_str_field(it, &q, "comm=", &it->comm) < 0)
		return 11;
	if (n->acct)
		acct_field(it, cur);
	if (n->host)
		hostname(it, n, cur);
	q = r->s;
	if (n->file && searchx_str_field(it, &q, "cwd=", &p) > 0 && !it->cwd)
		it->cwd = p;
	if (n->tty && (p = strstr(cur, "terminal="))) {
		p += 9;
		len = strcspn(p, " )");
		if (!p[len])
			return d->user.tty.unterm;
		it->terminal = searchx_keep(it, p, len);
	}
	q = r->s;
	if (n->exe && searchx_str_field(it, &q, "exe=", &it->exe) < 0)
		return 15;
	if (!n->success)
		return 0;
	if ((p = strstr(cur, "res="))) {
		if (!strchr(p + 4, '\''))
			return d->user.res.unterm;
		it->success = strncmp(p + 4, "failed", 6) != 0;
	} else if ((p = strstr(cur, "result="))) {
		it->success = strncasecmp(p + 7, "success", 7) == 0;
	}
	return 0;
}

static int read_daemon(struct searchx_items *it, const struct searchx_need *n,
		       const struct searchx_rec *r)
{
	const struct searchx_dialect *d = n->d;
	const char *cur = strchr(r->s, ')');

	if (!cur)
		return 1;
	if (n->auid)
		GET("auid=", 10, it->auid, 1, 1, d->daemon.auid);
	if (n->pid)
		GET("pid=", 10, it->pid, 1, 0, d->daemon.pid);
	if (n->uid)
		GET(" uid=", 10, it->uid, 0, 1, d->daemon.uid);
	if (n->ses)
		GET("ses=", 10, it->session, 0, 1, d->daemon.ses);
	if (n->subj)
		subject(it, &cur);
	if (n->success)
		word_res(it, &cur);
	return 0;
}

static int read_daemon_conn(struct searchx_items *it,
			    const struct searchx_need *n,
			    const struct searchx_rec *r)
{
	const char *cur = r->s, *p;

	if (n->host && (p = strstr(cur, "addr="))) {
		p += 5;
		it->host = searchx_keep(it, p, strcspn(p, ": "));
	}
	if (n->success)
		word_res(it, &cur);
	return 0;
}

static int read_config_change(struct searchx_items *it,
			      const struct searchx_need *n,
			      const struct searchx_rec *r, int optional_auid)
{
	const struct searchx_dialect *d = n->d;
	const char *cur = r->s, *p, *path;

	if (n->auid)
		GET("auid=", 10, it->auid, !optional_auid, 1, d->config.auid);
	if (n->ses)
		GET("ses=", 10, it->session, 0, 1, d->config.ses);
	if (n->subj)
		subject(it, &cur);
	if (n->key && keys_field(it, &cur) < 0)
		return 5;
	if (n->success) {
		if (r->type == 1305)
			it->success = 1;
		numeric_res(it, &cur);
	}
	p = r->s;
	if (n->file && r->type == 1305 &&
	    searchx_str_field(it, &p, " path=", &path) > 0)
		searchx_add_file(it, path, NULL);
	return 0;
}

/* name= after the first of names found in s: 0, or -1 when none is or
 * its number is out of range */
static int first_num(const char *s, const char *const *names, size_t nnames,
		     unsigned long long *out)
{
	const char *p = NULL;
	size_t i;

	for (i = 0; i < nnames && !p; i++)
		if ((p = strstr(s, names[i])))
			p += strlen(names[i]);
	if (!p || searchx_num(p, 10, out) < 0)
		return -1;
	*out = (uint32_t)*out;
	return 0;
}

static int read_login(struct searchx_items *it, const struct searchx_need *n,
		      const struct searchx_rec *r)
{
	static const char *const auids[] = {
		"new auid=", " auid=", "new loginuid=",
	};
	static const char *const sessions[] = { "new ses=", " ses=" };
	const struct searchx_dialect *d = n->d;
	const char *cur = r->s, *p;

	if (n->pid)
		GET("pid=", 10, it->pid, 1, 0, d->login.pid);
	if (n->uid)
		GET("uid=", 10, it->uid, 1, 1, d->login.uid);
	if (n->subj || n->subj_msg)
		subject(it, &cur);
	if (n->auid && first_num(cur, auids, 3, &it->auid) < 0)
		return 5;
	if (n->success) {
		p = strstr(cur, "res=");
		it->success = p ? strtoul(p + 4, NULL, 10) != 0 : 1;
	}
	if (n->ses && first_num(cur, sessions, 2, &it->session) < 0)
		return 7;
	return 0;
}

static int read_obj(struct searchx_items *it, const struct searchx_need *n,
		    const struct searchx_rec *r)
{
	const char *cur = r->s, *v;
	size_t len;

	if (n->obj && searchx_field_last(&cur, "obj=", &v, &len) > 0)
		add_object(it, v, len);
	return 0;
}

int searchx_avc(struct searchx_items *it, const struct searchx_need *n,
		const struct searchx_rec *r)
{
	const char *cur = r->s, *v, *p;
	struct searchx_avc a = { .result = -1 };
	size_t len;
	unsigned long long tmp;

	if (n->success)
		searchx_avc_decision(it, r->s, &a);
	if (n->pid && searchx_field(&cur, "pid=", &v, &len) > 0 &&
	    searchx_num(v, 10, &tmp) == 0)
		it->pid = tmp;
	if (n->comm) {
		const char *c;

		if (searchx_str_field(it, &cur, "comm=", &c) <= 0)
			return 3;
		if (!it->comm)
			it->comm = c;
		a.comm = c;
	}
	if (n->file) {
		const char *q = cur, *f;

		if (searchx_str_field(it, &q, " path=", &f) > 0 ||
		    searchx_str_field(it, &q, " name=", &f) > 0)
			searchx_add_file(it, f, NULL);
	}
	if (n->subj && (p = strstr(r->s, "scontext="))) {
		p += 9;
		add_subject(it, p, strcspn(p, " "));
	}
	if (n->obj && (p = strstr(r->s, "tcontext="))) {
		p += 9;
		add_object(it, p, strcspn(p, " "));
	}
	p = strstr(r->s, "tclass=");
	if (!p && n->apparmor && strstr(r->s, "apparmor=")) {
		/* 3.0.9 has no reading of these: an AppArmor system's AVC
		 * events are all "malformed" to it, silently gone */
		if (n->subj && (p = strstr(r->s, " profile="))) {
			p += 9;
			if (*p == '"')
				p++;
			add_subject(it, p, strcspn(p, "\" "));
		}
		return 0;
	}
	if (!p)
		return 9;
	if (n->avc && it->navcs < SEARCHX_MAX_LIST) {
		a.subj = searchx_label(it, r->s, "scontext=");
		a.obj = searchx_label(it, r->s, "tcontext=");
		a.tclass = searchx_keep(it, p + 7, strcspn(p + 7, " "));
		it->avcs[it->navcs++] = a;
	}
	return 0;
}

static int read_sockaddr(struct searchx_items *it, const struct searchx_need *n,
			 const struct searchx_rec *r)
{
	const char *cur = r->s, *v;
	unsigned char sa[256];
	size_t len, sl;
	char buf[64];

	if (!n->host && !n->file)
		return 0;
	if (searchx_field_last(&cur, "saddr=", &v, &len) <= 0)
		return 0;
	sl = searchx_unhex(v, len, sa, sizeof(sa));
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
			it->host = searchx_keep(it, buf, strlen(buf));
		}
		break;
	case 10:
		if (sl < 28) {
			fputs("sockaddr6 len too short\n", stderr);
			return 1;
		}
		if (n->host && inet_ntop(AF_INET6, sa + 8, buf, sizeof(buf)))
			it->host = searchx_keep(it, buf, strlen(buf));
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
			searchx_add_file(it, searchx_keep(it,
				(const char *)path, plen), NULL);
		}
		break;
	}
	return 0;
}

int searchx_generic_ids(struct searchx_items *it, const struct searchx_need *n,
			const struct searchx_rec *r, int exe_required)
{
	const struct searchx_dialect *d = n->d;
	const char *cur = r->s, *v;
	size_t len;
	unsigned long long tmp;
	int rc;

	if (n->auid)
		GET("auid=", 10, it->auid, 1, 1, d->generic.auid);
	if (n->uid && searchx_uid_field(&cur, &v, &len) > 0 &&
	    searchx_num(v, 10, &tmp) == 0)
		it->uid = (uint32_t)tmp;
	if (n->gid)
		GET("gid=", 10, it->gid, 0, 1, d->generic.gid);
	if (n->ses)
		GET("ses=", 10, it->session, 0, 1, d->generic.ses);
	if (r->type == 1700)
		return 0;
	if (n->subj)
		subject(it, &cur);
	if (n->pid)
		GET("pid=", 10, it->pid, 0, 0, d->generic.pid);
	if (n->seccomp && r->type == 1326) {
		const char *q = cur;

		if (searchx_field(&q, "arch=", &v, &len) > 0 &&
		    searchx_num(v, 16, &tmp) == 0)
			it->arch = (uint32_t)tmp;
		if (searchx_field(&q, "syscall=", &v, &len) > 0 &&
		    searchx_num(v, 10, &tmp) == 0)
			it->syscall = tmp;
	}
	if (n->comm && searchx_str_field(it, &cur, "comm=", &it->comm) < 0)
		return 9;
	if (n->exe) {
		rc = searchx_str_field(it, &cur, "exe=", &it->exe);
		if (rc < 0 || (rc == 0 && exe_required))
			return 11;
	}
	if (n->success)
		numeric_res(it, &cur);
	return 0;
}

/* Types read for nothing (spec 1.5). */
static int type_has_nothing(int t)
{
	return t == 2000 || t == 1401 || t == 1309 || t == 1311 ||
	       (t >= 1312 && t <= 1315) || t == 1317 || t == 1321 ||
	       t == 1322 || t == 1323 || t == 1327 ||
	       (t >= 1329 && t <= 1334) || t == 1337;
}

int searchx_record(struct searchx_items *it, const struct searchx_need *n,
		   const struct searchx_rec *r)
{
	int t = r->type;

	if (t == 1300)
		return read_syscall(it, n, r);
	if (t == 1307)
		return read_cwd(it, n, r);
	if (t == 1302)
		return read_path(it, n, r);
	if (t == 1402) {	/* AVC_PATH */
		const char *cur = r->s, *f;

		if (!n->file)
			return 0;
		if (searchx_str_field(it, &cur, " path=", &f) <= 0)
			return 1;
		searchx_add_file(it, f, NULL);
		return 0;
	}
	if (t == 1305)
		return read_config_change(it, n, r, 1);
	if (t >= 1403 && t <= 1417)
		return read_config_change(it, n, r, 0);
	if (t == 1400)
		return searchx_avc(it, n, r);
	if (t == 1005 || (t >= 1100 && t <= 1199) || (t >= 2100 && t <= 2999))
		return searchx_user(it, n, r);
	if (t == 1006)
		return read_login(it, n, r);
	if (t == 1303 || t == 1318)
		return read_obj(it, n, r);
	if (t >= 1200 && t <= 1206)	/* DAEMON_START ... DAEMON_RESUME */
		return read_daemon(it, n, r);
	if (t == 1207 || t == 1208)	/* DAEMON_ACCEPT, DAEMON_CLOSE */
		return read_daemon_conn(it, n, r);
	if (t == 1306)
		return read_sockaddr(it, n, r);
	if (t == 1324) {	/* NETFILTER_PKT */
		const char *cur = r->s, *v;
		size_t len;

		if (n->host && searchx_field_last(&cur, "saddr=", &v, &len) > 0)
			it->host = searchx_keep(it, v, len);
		return read_obj(it, n, r);
	}
	if (t == 1326 || t == 1700 || t == 1701)
		return searchx_generic_ids(it, n, r, t != 1701);
	if (t == 1328 || t == 1702)
		return searchx_task_info(it, n, r, r->s);
	if (type_has_nothing(t))
		return 0;
	return -1;
}
