/* extract.c - an event's items as audit 3.0.9's aureport reads them (the
 * project's spec of the tools, 1.5 and 3.2): the shared extractors
 * (searchx.h) asked for a fixed set of items per report, aureport's
 * --debug codes, and the types only aureport reads its own way
 * (USER_AVC's decisions, INTEGRITY_*, TTY, NETFILTER_CFG and
 * EVENT_LISTENER, TTY data). A required field that is missing drops the
 * whole event, as theirs does: the same counts need the same misses. */
#include <stdlib.h>
#include <string.h>

#include "aureport.h"

/* the codes of the types only aureport reads: C(c) missing or
 * unterminated c, out of range c + 1 */
#define C(c)	{ (c), (c), (c) + 1 }

/* 3.0.9's aureport: ausearch's codes, and its cut of the record at a
 * value out of range (--debug), with habits of its own */
static const struct searchx_dialect aureport_dialect = {
	.cut = 1,
	.addr_after_hostname = 1,
	.syscall_unset = 0,
	SEARCHX_CODES_309,
};

/* spec 3.2's table; pid and success always */
static void need_of(enum ar_report rep, struct searchx_need *n)
{
	memset(n, 0, sizeof(*n));
	n->d = &aureport_dialect;
	n->pid = n->success = n->acct = n->virt_path = n->seccomp = 1;
	n->nametype = 1;
	switch (rep) {
	case AR_SUMMARY:
		n->file = n->host = n->tty = n->exe = n->comm = n->key = 1;
		n->auid = 1;
		break;
	case AR_AVC:
		n->comm = n->subj_msg = n->avc = 1;
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
	n->uid2 = n->uid;
}

#define GET(name, required, id, dest, c) do {			\
	int rc_ = searchx_get_num(n, &cur, name, 10, required, id,	\
				  &(const struct searchx_code)C(c),	\
				  &(dest));				\
	if (rc_)							\
		return rc_;						\
} while (0)

/* the number a finder found (found > 0) at *v as an id, else dflt; v by
 * address: it is read after the finder has set it */
static unsigned long long id_or(int found, const char *const *v,
				unsigned long long dflt)
{
	unsigned long long tmp;

	if (found > 0 && searchx_num(*v, 10, &tmp) == 0)
		return (uint32_t)tmp;
	return dflt;
}

/* USER_AVC: the decision, a user message, then the object's labels */
static int read_user_avc(struct searchx_items *it, const struct searchx_need *n,
			 const struct searchx_rec *r)
{
	struct searchx_avc a = { .result = -1 };
	int rc;

	searchx_avc_decision(it, r->s, &a);
	rc = searchx_user(it, n, r);
	if (rc > 0 && rc <= 20)
		return rc;
	if (n->avc && it->navcs < SEARCHX_MAX_LIST) {
		a.obj = searchx_label(it, r->s, "tcontext=");
		a.tclass = searchx_label(it, r->s, "tclass=");
		it->avcs[it->navcs++] = a;
	}
	return 0;
}

/* NETFILTER_CFG, EVENT_LISTENER: absent ids get the kernel's defaults */
static int read_fill(struct searchx_items *it, const struct searchx_need *n,
		     const struct searchx_rec *r)
{
	const char *cur = r->s, *v = NULL, *q;
	size_t len;

	GET(" pid=", 1, 0, it->pid, 1);
	q = r->s;
	if (n->uid)
		it->uid = id_or(searchx_uid_field(&q, &v, &len), &v,
				0);
	q = r->s;
	if (n->auid)
		it->auid = id_or(searchx_field(&q, "auid=", &v, &len), &v,
				4294967295ULL);
	q = r->s;
	if (n->tty)
		it->terminal = searchx_field(&q, "tty=", &v, &len) > 0 ?
			       searchx_keep(it, v, len) :
			       searchx_keep(it, "(none)", 6);
	q = r->s;
	if (n->ses)
		it->session = id_or(searchx_field(&q, "ses=", &v, &len), &v,
				4294967295ULL);
	q = r->s;
	if (n->comm && searchx_str_field(it, &q, "comm=", &it->comm) <= 0)
		return 3;
	q = r->s;
	if (n->exe && searchx_str_field(it, &q, "exe=", &it->exe) <= 0)
		it->exe = searchx_keep(it, "(null)", 6);
	cur = r->s;
	if (searchx_field_last(&cur, "res=", &v, &len) > 0)
		it->success = strtoul(v, NULL, 10) != 0;
	return 0;
}

/* INTEGRITY_DATA ... INTEGRITY_RULE: each field looked for from the
 * start of the record */
static int read_integrity(struct searchx_items *it,
			  const struct searchx_need *n,
			  const struct searchx_rec *r)
{
	const char *cur = r->s, *v = NULL, *q;
	size_t len;

	GET("pid=", 1, 0, it->pid, 1);
	q = r->s;
	if (n->uid)
		it->uid = id_or(searchx_field(&q, " uid=", &v, &len), &v,
				it->uid);
	q = r->s;
	if (n->auid)
		it->auid = id_or(searchx_field(&q, "auid=", &v, &len), &v,
				it->auid);
	cur = r->s;
	if (n->ses)
		GET("ses=", 0, 1, it->session, 7);
	cur = r->s;
	if (n->comm && searchx_str_field(it, &cur, "comm=", &it->comm) < 0)
		return 9;
	q = r->s;
	if (n->file && searchx_str_field(it, &q, " name=", &v) > 0)
		searchx_add_file(it, v, NULL);
	cur = r->s;
	if (searchx_field_last(&cur, "res=", &v, &len) > 0)
		it->success = strtoul(v, NULL, 10) != 0;
	return 0;
}

/* TTY: the kernel's keystroke record */
static int read_tty(struct searchx_items *it, const struct searchx_need *n,
		    const struct searchx_rec *r)
{
	const char *cur = r->s, *v = NULL;
	size_t len;

	GET("pid=", 0, 0, it->pid, 1);
	if (n->uid)
		it->uid = id_or(searchx_uid_field(&cur, &v, &len), &v,
				it->uid);
	if (n->auid)
		GET("auid=", 1, 1, it->auid, 3);
	if (n->ses)
		GET("ses=", 0, 1, it->session, 5);
	if (n->comm && searchx_str_field(it, &cur, "comm=", &it->comm) < 0)
		return 7;
	return 0;
}

/* TTY and USER_TTY's data= (the --tty report) */
static void tty_data(struct searchx_items *it, const struct searchx_rec *r)
{
	const char *p = strstr(r->s, "data="), *end;

	if (!p)
		return;
	p += 5;
	end = strrchr(p, ' ');
	if (!end || end < p)
		end = p + strlen(p);
	it->tty_data = searchx_keep(it, p, (size_t)(end - p));
}

static int read_record(struct searchx_items *it, const struct searchx_need *n,
		       const struct searchx_rec *r)
{
	int t = r->type;

	if (n->tty_data && (t == 1319 || t == 1124))
		tty_data(it, r);
	if (t == 1107)
		return read_user_avc(it, n, r);
	if (t == 1204)		/* read by ausearch alone */
		return -1;
	if (t >= 1800 && t <= 1807)
		return read_integrity(it, n, r);
	if (t == 1319)
		return read_tty(it, n, r);
	if (t == 1325 || t == 1335)
		return read_fill(it, n, r);
	return searchx_record(it, n, r);
}

int ar_items_extract(struct searchx_items *it, enum ar_report report,
		     int debug, int interpret, const struct search_event *ev)
{
	struct searchx_need n;

	need_of(report, &n);
	n.arch = n.names = interpret != 0;
	n.tty_data = report == AR_TTY;
	return searchx_scan(it, &n, read_record, debug, ev);
}
