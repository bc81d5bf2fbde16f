/* match.c - an event against the query, in the order and with the
 * semantics of audit 3.0.9's ausearch (the project's spec of the tools,
 * 2.3): all criteria must hold; strings are substrings unless -w. */
#include <pwd.h>
#include <stdio.h>
#include <string.h>

#include "ausearch.h"
#include "util.h"

static int str_match(const struct query *q, const char *want, const char *have)
{
	if (!have)
		return 0;
	return q->whole_word ? strcmp(want, have) == 0 :
			       strstr(have, want) != NULL;
}

static int list_match(const struct query *q, const char *want,
		      const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (str_match(q, want, list[i]))
			return 1;
	return 0;
}

/* The name 3.0.9 resolves an event's id to: ENRICHED's, root, unset, or
 * the local passwd entry. */
static const char *id_name(unsigned long long v, const char *enriched,
			   char *buf, size_t sz)
{
	struct passwd pw, *res = NULL;
	char pwbuf[1024];

	if (enriched)
		return enriched;
	if (v == 0)
		return "root";
	if (v == 4294967295ULL)
		return "unset";
	if (v == AS_UNSET)
		return NULL;
	if (getpwuid_r((uid_t)v, &pw, pwbuf, sizeof(pwbuf), &res) || !res)
		return NULL;
	snprintf(buf, sz, "%s", pw.pw_name);
	return buf;
}

static int id_match(const struct as_id *want, unsigned long long have,
		    const char *enriched, int daemon)
{
	char buf[256];
	const char *name;

	if (!want->name)
		return have == want->v;
	if (daemon)
		return 0;
	name = id_name(have, enriched, buf, sizeof(buf));
	return name && strcmp(name, want->name) == 0;
}

static int users_match(const struct query *q, const struct searchx_items *it,
		       const struct search_event *ev)
{
	/* the daemon records' uid is never resolved to a name; their auid
	 * is */
	int daemon = ev->type >= 1200 && ev->type <= 1299;

	if (q->uid.set && !id_match(&q->uid, it->uid, it->uid_name, daemon))
		return 0;
	if (q->euid.set && !id_match(&q->euid, it->euid, it->euid_name, 0))
		return 0;
	if (q->auid.set && !id_match(&q->auid, it->auid, it->auid_name, 0))
		return 0;
	if (q->uid_all.set &&
	    !id_match(&q->uid_all, it->uid, it->uid_name, daemon) &&
	    !id_match(&q->uid_all, it->euid, it->euid_name, 0) &&
	    !id_match(&q->uid_all, it->auid, it->auid_name, 0))
		return 0;
	if (q->gid.set && it->gid != q->gid.v)
		return 0;
	if (q->egid.set && it->egid != q->egid.v)
		return 0;
	if (q->gid_all.set && it->gid != q->gid_all.v &&
	    it->egid != q->gid_all.v)
		return 0;
	return 1;
}

static int types_match(const struct query *q, const struct search_event *ev)
{
	size_t i, j;

	for (i = 0; i < ev->nrecs; i++)
		for (j = 0; j < q->ntypes; j++)
			if (ev->recs[i].type == q->types[j])
				return 1;
	return 0;
}

static int file_match(const struct query *q, const struct searchx_items *it)
{
	if (it->nfiles == 0 && !it->cwd)
		return 0;
	if (list_match(q, q->file, it->files, it->nfiles))
		return 1;
	return str_match(q, q->file, it->cwd);
}

/* The prefilter: only -k has one. --debug reports malformed events,
 * which needs every event extracted. */
int match_prefilter(struct query *q)
{
	if (!q->key || q->debug)
		return 0;
	q->key_len = strlen(q->key);
	return 1;
}

/* Whether the line can hold -k's key. A record gives keys only from its
 * key= fields (extract_rec.c's key reader): one with a hex value may hold it
 * encoded; a quoted or (literal) one holds its text as it is in the line,
 * after the first key=. A superset, never a guess: an event without such
 * a line cannot match. */
int match_line_may(const struct query *q, const char *line, size_t len)
{
	const char *end = line + len;
	const char *p = util_memfind(line, len, "key=", 4), *first = p;

	for (; p; p = util_memfind(p, (size_t)(end - p), "key=", 4)) {
		p += 4;
		if (p < end && *p != '"' && *p != '(')
			return 1;
	}
	return first && util_memfind(first, (size_t)(end - first), q->key,
				     q->key_len);
}

int match_event(const struct query *q, struct items *items,
		const struct search_event *ev)
{
	const struct searchx_items *it = &items->x;
	size_t i;

	if (q->event_id.set && ev->serial != q->event_id.v)
		return 0;
	if (items_extract(items, q, ev))
		return 0;
	if (q->nnodes) {
		if (!ev->node)
			return 0;
		for (i = 0; i < q->nnodes; i++)
			if (strcmp(ev->node, q->nodes[i]) == 0)
				break;
		if (i == q->nnodes)
			return 0;
	}
	if (!users_match(q, it, ev))
		return 0;
	if (q->ppid.set && it->ppid != q->ppid.v)
		return 0;
	if (q->pid.set && it->pid != q->pid.v)
		return 0;
	if (q->machine >= 0 && it->machine != q->machine)
		return 0;
	if (q->syscall.set && it->syscall != q->syscall.v)
		return 0;
	if (q->session.set && it->session != q->session.v)
		return 0;
	if (q->exit.set && (!it->exit_set || it->exit != q->exit.v))
		return 0;
	if (q->success >= 0 && it->success != q->success)
		return 0;
	if (q->ntypes && !types_match(q, ev))
		return 0;
	if (q->file && !file_match(q, it))
		return 0;
	if (q->host && !str_match(q, q->host, it->host))
		return 0;
	if (q->terminal && !str_match(q, q->terminal, it->terminal))
		return 0;
	if (q->exe && !str_match(q, q->exe, it->exe))
		return 0;
	if (q->comm && !str_match(q, q->comm, it->comm))
		return 0;
	if (q->key && !list_match(q, q->key, it->keys, it->nkeys))
		return 0;
	if (q->vm && !str_match(q, q->vm, it->vm))
		return 0;
	if (q->uuid && !str_match(q, q->uuid, it->uuid))
		return 0;
	if (q->subject && !list_match(q, q->subject, it->subjects,
				      it->nsubjects))
		return 0;
	if (q->object && !list_match(q, q->object, it->objects, it->nobjects))
		return 0;
	if (q->context &&
	    !list_match(q, q->context, it->subjects, it->nsubjects) &&
	    !list_match(q, q->context, it->objects, it->nobjects))
		return 0;
	return 1;
}
