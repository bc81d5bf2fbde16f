/* extract.c - an event's searchable items as audit 3.0.9's ausearch reads
 * them (the project's spec of the tools, 1.5): what the criteria ask the
 * shared extractors (searchx.h) for, ausearch's --debug codes, and the
 * one type it reads its own way. */
#include <string.h>

#include "ausearch.h"

/* 3.0.9's ausearch: a value out of range cuts the record at its end, as
 * --debug prints it */
static const struct searchx_dialect ausearch_dialect = {
	.cut = 1,
	.syscall_unset = SEARCHX_UNSET,
	SEARCHX_CODES_309,
};

static void need_of(const struct query *q, struct searchx_need *n)
{
	memset(n, 0, sizeof(*n));
	n->d = &ausearch_dialect;
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
	n->apparmor = q->keep_apparmor;
	n->names = q->uid.name || q->euid.name || q->auid.name ||
		   q->uid_all.name;
}

static int read_record(struct searchx_items *it, const struct searchx_need *n,
		       const struct searchx_rec *r)
{
	int t = r->type, rc;

	if (t == 1107) {	/* USER_AVC: an AVC, then a user message */
		rc = searchx_avc(it, n, r);
		return rc ? rc : searchx_user(it, n, r);
	}
	/* INTEGRITY_*, TTY, NETFILTER_CFG, EVENT_LISTENER */
	if ((t >= 1800 && t <= 1807) || t == 1319 || t == 1325 || t == 1335)
		return searchx_generic_ids(it, n, r, 0);
	return searchx_record(it, n, r);
}

void items_init(struct items *it)
{
	searchx_init(&it->x);
}

void items_free(struct items *it)
{
	searchx_free(&it->x);
}

int items_extract(struct items *it, const struct query *q,
		  const struct search_event *ev)
{
	struct searchx_need n;

	need_of(q, &n);
	return searchx_scan(&it->x, &n, read_record, q->debug, ev);
}
