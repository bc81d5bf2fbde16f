/* extract.c - the items of an event and the finders the record readers
 * use (searchx.h; the project's spec of the tools, 1.5): the arena the
 * strings are kept in, the scan over an event's records, fields found by
 * substring, string values, the names an ENRICHED log gave the ids. */
#include <ctype.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "searchx.h"
#include "util.h"

void searchx_init(struct searchx_items *it)
{
	memset(it, 0, sizeof(*it));
}

void searchx_free(struct searchx_items *it)
{
	free(it->arena);
	free(it->scratch);
}

static void items_reset(struct searchx_items *it, const struct searchx_need *n)
{
	char *arena = it->arena, *scratch = it->scratch;
	size_t acap = it->arena_cap, scap = it->scratch_cap;

	memset(it, 0, sizeof(*it));
	it->arena = arena;
	it->arena_cap = acap;
	it->scratch = scratch;
	it->scratch_cap = scap;
	it->pid = it->ppid = it->session = SEARCHX_UNSET;
	it->uid = it->euid = it->auid = it->gid = it->egid = SEARCHX_UNSET;
	it->syscall = n->d->syscall_unset;
	it->success = -1;
	it->machine = -1;
}

/* Kept text is an offset (+1, so that NULL stays NULL) while the arena may
 * move; items_fix makes the pointers once the event is read. */
const char *searchx_keep(struct searchx_items *it, const char *s, size_t n)
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

char *searchx_text(const struct searchx_items *it, const char *kept)
{
	return it->arena + ((uintptr_t)kept - 1);
}

static void fix(struct searchx_items *it, const char **p)
{
	if (*p)
		*p = searchx_text(it, *p);
}

static void fix_list(struct searchx_items *it, const char **list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		fix(it, &list[i]);
}

static void items_fix(struct searchx_items *it)
{
	const char **one[] = {
		&it->uid_name, &it->euid_name, &it->auid_name, &it->comm,
		&it->exe, &it->terminal, &it->host, &it->cwd, &it->uuid,
		&it->vm, &it->acct, &it->tty_data,
	};
	size_t i;

	for (i = 0; i < NELEM(one); i++)
		fix(it, one[i]);
	fix_list(it, it->files, it->nfiles);
	fix_list(it, it->nametypes, it->nfiles);
	fix_list(it, it->keys, it->nkeys);
	fix_list(it, it->subjects, it->nsubjects);
	fix_list(it, it->objects, it->nobjects);
	for (i = 0; i < it->navcs; i++) {
		struct searchx_avc *a = &it->avcs[i];

		fix(it, &a->comm);
		fix(it, &a->subj);
		fix(it, &a->obj);
		fix(it, &a->tclass);
		fix(it, &a->perms);
	}
}

void searchx_add_file(struct searchx_items *it, const char *name,
		      const char *nametype)
{
	if (it->nfiles < SEARCHX_MAX_LIST) {
		it->nametypes[it->nfiles] = nametype;
		it->files[it->nfiles++] = name;
	}
}

/* ---- finding values ------------------------------------------------------ */

int searchx_field(const char **cur, const char *name, const char **val,
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

int searchx_field_last(const char **cur, const char *name, const char **val,
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

int searchx_uid_field(const char **cur, const char **val, size_t *len)
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

int searchx_num(const char *v, int base, unsigned long long *out)
{
	errno = 0;
	*out = strtoull(v, NULL, base);
	return errno ? -1 : 0;
}

int searchx_num_code(const struct searchx_need *n, const char *v, size_t len,
		     int base, int id, const struct searchx_code *code,
		     unsigned long long *dest)
{
	unsigned long long tmp;

	if (searchx_num(v, base, &tmp) < 0) {
		if (n->d->cut)
			((char *)v)[len] = '\0';
		return code->range;
	}
	*dest = id ? (uint32_t)tmp : tmp;
	return 0;
}

int searchx_get_num(const struct searchx_need *n, const char **cur,
		    const char *name, int base, int required, int id,
		    const struct searchx_code *code, unsigned long long *dest)
{
	const char *v;
	size_t len;
	int rc = searchx_field(cur, name, &v, &len);

	if (rc == 0)
		return required ? code->missing : 0;
	if (rc < 0)
		return code->unterm;
	return searchx_num_code(n, v, len, base, id, code, dest);
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

size_t searchx_unhex(const char *v, size_t len, unsigned char *out,
		     size_t cap)
{
	size_t i, n = 0;

	for (i = 0; i + 1 < len && n < cap; i += 2) {
		int hi = hexval(v[i]), lo = hexval(v[i + 1]);

		if (hi < 0 || lo < 0)
			break;
		out[n++] = (unsigned char)(hi << 4 | lo);
	}
	return n;
}

const char *searchx_str_value(struct searchx_items *it, const char *v,
			      const char **cur, size_t *outlen)
{
	const char *end;
	char buf[8192];
	size_t n;

	if (*v == '"') {
		end = strchr(v + 1, '"');
		if (!end)
			return NULL;
		*cur = end + 1;
		*outlen = (size_t)(end - v - 1);
		return searchx_keep(it, v + 1, *outlen);
	}
	if (*v == '(') {
		end = strchr(v, ')');
		if (!end)
			return NULL;
		*cur = end + 1;
		*outlen = (size_t)(end - v + 1);
		return searchx_keep(it, v, *outlen);
	}
	end = v;
	while (*end && *end != ' ')
		end++;
	*cur = end;
	n = searchx_unhex(v, (size_t)(end - v), (unsigned char *)buf,
			  sizeof(buf));
	*outlen = n;
	return searchx_keep(it, buf, n);
}

int searchx_str_field(struct searchx_items *it, const char **cur,
		      const char *name, const char **out)
{
	const char *p = strstr(*cur, name);
	size_t len;

	if (!p)
		return 0;
	*out = searchx_str_value(it, p + strlen(name), cur, &len);
	return *out ? 1 : -1;
}

const char *searchx_label(struct searchx_items *it, const char *s,
			  const char *name)
{
	const char *p = strstr(s, name);

	if (!p)
		return NULL;
	p += strlen(name);
	return searchx_keep(it, p, strcspn(p, " "));
}

void searchx_avc_decision(struct searchx_items *it, const char *s,
			  struct searchx_avc *a)
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
		a->perms = searchx_keep(it, b, (size_t)(e - b));
	}
}

/* ---- the event ----------------------------------------------------------- */

/* The names ENRICHED gave the event's ids (spec 1.5): from the first
 * record, when it is the only one or a SYSCALL. */
static void enriched_names(struct searchx_items *it,
			   const struct search_event *ev)
{
	const struct search_rec *r = &ev->recs[0];
	static const struct { const char *name; size_t off; } ids[] = {
		{ "UID=", offsetof(struct searchx_items, uid_name) },
		{ "EUID=", offsetof(struct searchx_items, euid_name) },
		{ "AUID=", offsetof(struct searchx_items, auid_name) },
	};
	const char *interp, *end;
	size_t i;

	if (r->raw_len == r->len || (ev->nrecs > 1 && r->type != 1300))
		return;
	interp = r->line + r->raw_len + 1;
	end = r->line + r->len;
	for (i = 0; i < NELEM(ids); i++) {
		const char **dest = (const char **)((char *)it + ids[i].off);
		size_t nl = strlen(ids[i].name), l;
		const char *p = interp, *v, *q;

		while (p && p + nl <= end) {
			p = memmem(p, (size_t)(end - p), ids[i].name, nl);
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
				*dest = searchx_keep(it, v + 1,
						     (size_t)(q - v - 1));
			continue;
		}
		/* the line holds no NUL (logread cuts it there) */
		for (l = 0; v + l < end && v[l] != ' '; l++)
			;
		*dest = searchx_keep(it, v, l);
	}
}

int searchx_scan(struct searchx_items *it, const struct searchx_need *n,
		 searchx_reader read, int debug,
		 const struct search_event *ev)
{
	size_t i;

	items_reset(it, n);
	for (i = 0; i < ev->nrecs; i++) {
		const struct search_rec *sr = &ev->recs[i];
		struct searchx_rec r;
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
		rc = read(it, n, &r);
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
	if (n->names)
		enriched_names(it, ev);
	items_fix(it);
	return 0;
}
