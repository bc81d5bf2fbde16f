/* report.c - what aureport 3.0.9 does with each event (the project's spec
 * of the tools, 3.2 to 3.7): extract the report's items, filter, then
 * print a detailed row or count the event for a summary; at the end, the
 * totals. */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "aureport.h"
#include "tables.h"
#include "tally.h"
#include "util.h"

/* message types the reports look for */
enum {
	T_USER_AUTH = 1100, T_USER_MGMT = 1102, T_USER_CHAUTHTOK = 1108,
	T_USER_LOGIN = 1112, T_ADD_USER = 1114, T_DEL_USER = 1115,
	T_ADD_GROUP = 1116, T_DEL_GROUP = 1117, T_GRP_AUTH = 1126,
	T_USER_MAC_CONFIG_CHANGE = 1134, T_GRP_MGMT = 1132,
	T_DAEMON_CONFIG = 1203, T_USYS_CONFIG = 1111,
	T_CONFIG_CHANGE = 1305, T_NETFILTER_CFG = 1325, T_FEATURE_CHANGE = 1328,
	T_SECCOMP = 1326, T_AVC = 1400, T_USER_AVC = 1107,
	T_MAC_FIRST = 1403, T_MAC_LAST = 1417, T_TTY = 1319, T_USER_TTY = 1124,
	T_ROLE_ASSIGN = 2301, T_ROLE_REMOVE = 2302,
};

/* Titles (spec 3.3): summary title, its rule, the column word; detailed
 * title, its rule, the column line, the second rule. */
struct title {
	const char *sum, *col;
	int sum_rule;
	const char *det, *cols;
	int det_rule, det_rule2;
};

static const struct title titles[AR_NREPORTS] = {
	[AR_SUMMARY] = { "Summary Report", NULL, 22, NULL, NULL, 0, 0 },
	[AR_AVC] = { "Avc Object Summary Report", "obj", 33, "AVC Report",
		"# date time comm subj syscall class permission obj result event",
		63, 63 },
	[AR_MAC] = { "MAC Summary Report", "type", 18, "MAC Report",
		"# date time auid type success event", 35, 35 },
	[AR_INTEGRITY] = { "Integrity Summary Report", "type", 24,
		"Integrity Report", "# date time type success event", 30, 30 },
	[AR_VIRT] = { "Virtualization Summary Report", "type", 29,
		"Virtualization Report", "# date time type success event",
		30, 30 },
	[AR_CONFIG] = { "Config Change Summary Report", "type", 28,
		"Config Change Report", "# date time type auid success event",
		35, 35 },
	[AR_AUTH] = { "Authentication Summary Report", "acct", 29,
		"Authentication Report",
		"# date time acct host term exe success event", 44, 44 },
	[AR_LOGIN] = { "Login Summary Report", "auid", 28, "Login Report",
		"# date time auid host term exe success event", 44, 44 },
	[AR_MODS] = { "Acct Modification Summary Report", "type", 32,
		"Account Modifications Report",
		"# date time auid addr term exe acct success event", 49, 49 },
	[AR_TIME] = { NULL, NULL, 0, "Log Time Range Report", NULL, 21, 0 },
	[AR_EVENT] = { "Event Summary Report", "type", 22, "Event Report",
		"# date time event type auid success", 35, 35 },
	[AR_FILE] = { "File Summary Report", "file", 27, "File Report",
		"# date time file syscall success exe auid event", 47, 47 },
	[AR_HOST] = { "Host Summary Report", "host", 27, "Host Report",
		"# date time host syscall auid event", 35, 35 },
	[AR_PID] = { "Pid Summary Report", "pid", 26, "Process ID Report",
		"# date time pid exe syscall auid event", 38, 38 },
	[AR_SYSCALL] = { "Syscall Summary Report", "syscall", 26,
		"Syscall Report", "# date time syscall pid comm auid event",
		39, 39 },
	[AR_TERM] = { "Terminal Summary Report", "terminal", 31,
		"Terminal Report", "# date time term host exe auid event",
		36, 36 },
	[AR_USER] = { "User Summary Report", "auid", 27, "User ID Report",
		"# date time auid term host exe event", 36, 36 },
	[AR_EXE] = { "Executable Summary Report", "file", 33,
		"Executable Report", "# date time exe term host auid event",
		36, 36 },
	[AR_COMM] = { "Command Summary Report", "command", 33,
		"Command Report", "# date time comm term host auid event",
		36, 37 },
	[AR_ANOMALY] = { "Anomaly Summary Report", "type", 22,
		"Anomaly Report",
		"# date time type exe term host auid event", 41, 41 },
	[AR_RESPONSE] = { "Anomaly Response Summary Report", "type", 31,
		"Response to Anomaly Report",
		"# date time type success event", 30, 30 },
	[AR_CRYPTO] = { "Crypto Summary Report", "type", 21, "Crypto Report",
		"# date time auid type success event", 35, 35 },
	[AR_KEY] = { "Key Summary Report", "key", 27, "Key Report",
		"# date time key success exe auid event", 47, 47 },
	[AR_TTY] = { NULL, NULL, 0, "TTY Report",
		"# date time event auid term sess comm data", 47, 47 },
};

/* the main summary's counters (spec 3.4) */
struct totals {
	unsigned long changes, acct_changes, good_logins, bad_logins;
	unsigned long good_auth, bad_auth, avcs, mac, failed_syscalls;
	unsigned long anomalies, responses, crypto, integrity, virt, events;
	struct tally users, terms, hosts, exes, comms, files, keys, pids;
};

/* The names -i gives uids: one passwd lookup per uid a run (NSS's files
 * backend reads /etc/passwd on every call: a flood's -e -i spent most of
 * its time there). Direct-mapped by the uid's low bits. */
#define UID_CACHE	256
struct uid_slot {
	uint32_t id;
	int state;		/* 0 empty, 1 a name, 2 no such user */
	char name[64];
};
struct uid_cache {
	struct uid_slot e[UID_CACHE];
};

struct report {
	const struct ar_opts *o;
	struct uid_cache *uids;
	struct searchx_items it;
	unsigned line_item;
	int found;
	struct tally sum;	/* --summary's items */
	int sum_numeric;
	struct totals t;
	long long first_sec, last_sec;
	unsigned first_milli, last_milli;
};

struct report *report_create(const struct ar_opts *o)
{
	struct report *r = xcalloc(1, sizeof(*r));
	struct tally *all[] = { &r->sum, &r->t.users, &r->t.terms, &r->t.hosts,
				&r->t.exes, &r->t.comms, &r->t.files,
				&r->t.keys, &r->t.pids };
	size_t i;

	r->o = o;
	r->uids = xcalloc(1, sizeof(*r->uids));
	searchx_init(&r->it);
	for (i = 0; i < NELEM(all); i++)
		tally_init(all[i]);
	return r;
}

void report_destroy(struct report *r)
{
	struct tally *all[] = { &r->sum, &r->t.users, &r->t.terms, &r->t.hosts,
				&r->t.exes, &r->t.comms, &r->t.files,
				&r->t.keys, &r->t.pids };
	size_t i;

	if (!r)
		return;
	for (i = 0; i < NELEM(all); i++)
		tally_free(all[i]);
	searchx_free(&r->it);
	free(r->uids);
	free(r);
}

static void rule(int n)
{
	while (n-- > 0)
		putchar('=');
	putchar('\n');
}

void report_title(const struct report *r)
{
	const struct title *t = &titles[r->o->report];

	putchar('\n');
	if (r->o->report == AR_SUMMARY || r->o->summary) {
		if (r->o->success == 0)
			fputs("Failed ", stdout);
		else if (r->o->success == 1)
			fputs("Success ", stdout);
		puts(t->sum);
		rule(t->sum_rule);
		if (t->col) {
			printf("total  %s\n", t->col);
			rule(t->sum_rule);
		}
		return;
	}
	puts(t->det);
	rule(t->det_rule);
	if (t->cols) {
		puts(t->cols);
		rule(t->det_rule2);
	}
}

/* ---- printing helpers ---------------------------------------------------- */

void ar_put_escaped(const char *s, enum ar_escape mode)
{
	if (!s) {
		fputs("(null)", stdout);
		return;
	}
	searchfmt_write_escaped(stdout, (enum searchfmt_escape)mode, s, strlen(s));
}

static const char *nz(const char *s)
{
	return s ? s : "(null)";
}

static const char *or_q(const char *s)
{
	return s ? s : "?";
}

static void esc(const struct report *r, const char *s)
{
	ar_put_escaped(s, r->o->escape);
}

/* an id as aureport prints it: signed, or with -i "unset", the local
 * user's name, "unknown(<n>)" */
static const char *uid_text_i(int interpret, struct uid_cache *uc,
			      long long id, char *buf, size_t sz)
{
	struct uid_slot *c = &uc->e[(uint32_t)id % UID_CACHE];
	struct passwd pw, *res = NULL;
	char pwbuf[1024];

	if (!interpret) {
		snprintf(buf, sz, "%d", (int)id);
		return buf;
	}
	if ((int)id == -1)
		return "unset";
	if (c->state == 0 || c->id != (uint32_t)id) {
		c->id = (uint32_t)id;
		c->state = 2;
		if (getpwuid_r((uid_t)(int)id, &pw, pwbuf, sizeof(pwbuf), &res) == 0 &&
		    res && strlen(pw.pw_name) < sizeof(c->name)) {
			snprintf(c->name, sizeof(c->name), "%s", pw.pw_name);
			c->state = 1;
		} else if (res) {
			/* too long to keep: asked again each time */
			c->state = 0;
			snprintf(buf, sz, "%s", pw.pw_name);
			return buf;
		}
	}
	if (c->state == 1)
		snprintf(buf, sz, "%s", c->name);
	else
		snprintf(buf, sz, "unknown(%d)", (int)id);
	return buf;
}

#define uid_text(id, buf, sz) uid_text_i(r->o->interpret, r->uids, id, buf, sz)

/* auid and uid with -i prefer the names of an ENRICHED log */
static const char *auid_text(const struct report *r, char *buf, size_t sz)
{
	if (r->o->interpret && r->it.auid_name)
		return r->it.auid_name;
	return uid_text(ar_id(r->it.auid), buf, sz);
}

static const char *ruid_text(const struct report *r, char *buf, size_t sz)
{
	if (r->o->interpret && r->it.uid_name)
		return r->it.uid_name;
	return uid_text(ar_id(r->it.uid), buf, sz);
}

/* the event's syscall: its number, or with -i its name for the event's
 * arch ("?" without one; 3.0.9 gives socketcall and ipc no call here) */
static const char *syscall_text(const struct report *r, char *buf, size_t sz)
{
	const struct searchx_items *it = &r->it;
	const char *name;

	if (r->o->interpret) {
		if (tables_arch_machine(it->arch) < 0)
			return "?";
		name = tables_syscall_name(it->arch, (int)it->syscall);
		if (name)
			return name;
	}
	snprintf(buf, sz, "%ld", (long)it->syscall);
	return buf;
}

static const char *success_text(int s)
{
	return s == 1 ? "yes" : s == 0 ? "no" : "unset";
}

static const char *type_name(int type)
{
	return type < 0 ? NULL : tables_msgtype_name((unsigned)type);
}

static void date_text(long long sec, char *buf, size_t sz)
{
	time_t t = (time_t)sec;
	struct tm tm;

	if (localtime_r(&t, &tm))
		strftime(buf, sz, "%x %T", &tm);
	else
		snprintf(buf, sz, "?");
}

static void row_start(struct report *r, const struct search_event *ev)
{
	char date[64];

	date_text(ev->sec, date, sizeof(date));
	printf("%u. %s ", ++r->line_item, date);
}

static int has_type(const struct search_event *ev, int type)
{
	size_t i;

	for (i = 0; i < ev->nrecs; i++)
		if (ev->recs[i].type == type)
			return 1;
	return 0;
}

static int has_range(const struct search_event *ev, int lo, int hi)
{
	size_t i;

	for (i = 0; i < ev->nrecs; i++)
		if (ev->recs[i].type >= lo && ev->recs[i].type <= hi)
			return 1;
	return 0;
}

/* ---- which events a report is about (spec 3.5) --------------------------- */

static int is_config(const struct search_event *ev)
{
	return has_type(ev, T_CONFIG_CHANGE) || has_type(ev, T_DAEMON_CONFIG) ||
	       has_type(ev, T_USYS_CONFIG) || has_type(ev, T_NETFILTER_CFG) ||
	       has_type(ev, T_FEATURE_CHANGE) ||
	       has_type(ev, T_USER_MAC_CONFIG_CHANGE) ||
	       has_range(ev, T_MAC_FIRST, T_MAC_LAST);
}

static int is_auth(const struct search_event *ev, const struct searchx_items *it)
{
	return has_type(ev, T_USER_AUTH) ||
	       (has_type(ev, T_USER_MGMT) && it->success == 0);
}

static int is_acct_mod(const struct search_event *ev)
{
	return has_type(ev, T_USER_CHAUTHTOK) ||
	       has_range(ev, T_ADD_USER, T_DEL_GROUP) ||
	       has_type(ev, T_USER_MGMT) || has_type(ev, T_GRP_MGMT) ||
	       has_range(ev, T_ROLE_ASSIGN, T_ROLE_REMOVE);
}

static int is_anomaly(const struct search_event *ev)
{
	return has_range(ev, 2100, 2199) || has_range(ev, 1700, 1799) ||
	       has_type(ev, T_SECCOMP);
}

static int is_mac(const struct search_event *ev)
{
	return has_range(ev, T_MAC_FIRST, T_MAC_LAST) ||
	       has_range(ev, 2300, 2399);
}

static int is_crypto(const struct search_event *ev)
{
	return has_range(ev, 1600, 1699) || has_range(ev, 2400, 2499);
}

/* the first file name (3.0.9 does not skip PARENT ones here) */
static const char *first_file(const struct searchx_items *it)
{
	return it->files[0];
}

static const char *first_key(const struct searchx_items *it)
{
	return it->nkeys ? it->keys[0] : NULL;
}

/* ---- detailed rows ------------------------------------------------------- */

static void avc_rows(struct report *r, const struct search_event *ev)
{
	const struct searchx_items *it = &r->it;
	char sc[64];
	size_t i, any = 0;

	for (i = 0; i < it->navcs; i++)
		any += it->avcs[i].result >= 0;
	for (i = 0; i < it->navcs; i++) {
		const struct searchx_avc *a = &it->avcs[i];

		if (any ? a->result < 0 : i + 1 != it->navcs)
			continue;
		row_start(r, ev);
		esc(r, or_q(a->comm));
		if (a->result < 0)
			printf(" %s %s (null) (null) (null) unset %lu\n",
			       nz(a->subj), syscall_text(r, sc, sizeof(sc)),
			       ev->serial);
		else
			printf(" %s %s %s %s %s %s %lu\n", nz(a->subj),
			       syscall_text(r, sc, sizeof(sc)), nz(a->tclass),
			       nz(a->perms),
			       nz(a->obj), a->result ? "granted" : "denied",
			       ev->serial);
	}
}

/* One event of a detailed report: 1 when it printed a row. */
static int detailed(struct report *r, const struct search_event *ev)
{
	const struct searchx_items *it = &r->it;
	char u[64], sc[64];
	const char *s;

	switch (r->o->report) {
	case AR_AVC:
		if (!has_type(ev, T_AVC) && !has_type(ev, T_USER_AVC))
			return 0;
		avc_rows(r, ev);
		return 1;
	case AR_CONFIG:
		if (!is_config(ev))
			return 0;
		row_start(r, ev);
		printf("%s %s %s %lu\n", nz(type_name(ev->type)),
		       auid_text(r, u, sizeof(u)),
		       success_text(it->success), ev->serial);
		return 1;
	case AR_AUTH:
		if (!is_auth(ev, it))
			return 0;
		row_start(r, ev);
		esc(r, it->acct ? it->acct : ruid_text(r, u, sizeof(u)));
		printf(" %s %s %s %s %lu\n", nz(it->host), nz(it->terminal),
		       nz(it->exe), success_text(it->success), ev->serial);
		return 1;
	case AR_LOGIN:
		if (!has_type(ev, T_USER_LOGIN))
			return 0;
		row_start(r, ev);
		esc(r, it->success == 0 && it->acct ? it->acct :
		    auid_text(r, u, sizeof(u)));
		printf(" %s %s %s %s %lu\n", nz(it->host), nz(it->terminal),
		       nz(it->exe), success_text(it->success), ev->serial);
		return 1;
	case AR_MODS:
		if (!is_acct_mod(ev))
			return 0;
		row_start(r, ev);
		esc(r, auid_text(r, u, sizeof(u)));
		printf(" %s %s ", or_q(it->host), or_q(it->terminal));
		esc(r, or_q(it->exe));
		putchar(' ');
		esc(r, or_q(it->acct));
		printf(" %s %lu\n", success_text(it->success), ev->serial);
		return 1;
	case AR_EVENT:
		row_start(r, ev);
		printf("%lu %s ", ev->serial, nz(type_name(ev->type)));
		esc(r, auid_text(r, u, sizeof(u)));
		printf(" %s\n", success_text(it->success));
		return 1;
	case AR_FILE:
		if (!it->nfiles)
			return 0;
		row_start(r, ev);
		esc(r, first_file(it));
		printf(" %s %s ", syscall_text(r, sc, sizeof(sc)),
		       success_text(it->success));
		esc(r, or_q(it->exe));
		putchar(' ');
		esc(r, auid_text(r, u, sizeof(u)));
		printf(" %lu\n", ev->serial);
		return 1;
	case AR_HOST:
		if (!it->host)
			return 0;
		row_start(r, ev);
		printf("%s %s ", it->host, syscall_text(r, sc, sizeof(sc)));
		esc(r, auid_text(r, u, sizeof(u)));
		printf(" %lu\n", ev->serial);
		return 1;
	case AR_PID:
		if ((long long)it->pid < 0)
			return 0;
		row_start(r, ev);
		printf("%u ", (unsigned)it->pid);
		esc(r, or_q(it->exe));
		printf(" %s ", syscall_text(r, sc, sizeof(sc)));
		esc(r, auid_text(r, u, sizeof(u)));
		printf(" %lu\n", ev->serial);
		return 1;
	case AR_SYSCALL:
		if (!it->syscall)
			return 0;
		row_start(r, ev);
		printf("%s %u ", syscall_text(r, sc, sizeof(sc)),
		       (unsigned)it->pid);
		esc(r, or_q(it->comm));
		putchar(' ');
		esc(r, auid_text(r, u, sizeof(u)));
		printf(" %lu\n", ev->serial);
		return 1;
	case AR_TERM:
		if (!it->terminal)
			return 0;
		row_start(r, ev);
		printf("%s %s ", it->terminal, nz(it->host));
		esc(r, nz(it->exe));
		putchar(' ');
		esc(r, auid_text(r, u, sizeof(u)));
		printf(" %lu\n", ev->serial);
		return 1;
	case AR_USER:
		if (ar_id(it->uid) == AR_NOT_SET)
			return 0;
		row_start(r, ev);
		esc(r, auid_text(r, u, sizeof(u)));
		printf(" %s %s ", or_q(it->terminal), or_q(it->host));
		esc(r, or_q(it->exe));
		printf(" %lu\n", ev->serial);
		return 1;
	case AR_EXE:
		if (!it->exe)
			return 0;
		row_start(r, ev);
		esc(r, it->exe);
		printf(" %s %s ", or_q(it->terminal), or_q(it->host));
		esc(r, auid_text(r, u, sizeof(u)));
		printf(" %lu\n", ev->serial);
		return 1;
	case AR_COMM:
		if (!it->comm)
			return 0;
		row_start(r, ev);
		esc(r, it->comm);
		printf(" %s %s ", or_q(it->terminal), or_q(it->host));
		esc(r, auid_text(r, u, sizeof(u)));
		printf(" %lu\n", ev->serial);
		return 1;
	case AR_ANOMALY:
		if (!is_anomaly(ev))
			return 0;
		row_start(r, ev);
		printf("%s ", nz(type_name(ev->type)));
		esc(r, it->exe ? it->exe : or_q(it->comm));
		printf(" %s %s ", or_q(it->terminal), or_q(it->host));
		esc(r, auid_text(r, u, sizeof(u)));
		printf(" %lu\n", ev->serial);
		return 1;
	case AR_RESPONSE:
	case AR_INTEGRITY:
	case AR_VIRT:
		if (r->o->report == AR_RESPONSE ? !has_range(ev, 2200, 2299) :
		    r->o->report == AR_INTEGRITY ? !has_range(ev, 1800, 1899) :
		    !has_range(ev, 2500, 2599))
			return 0;
		row_start(r, ev);
		printf("%s %s %lu\n", nz(type_name(ev->type)),
		       success_text(it->success), ev->serial);
		return 1;
	case AR_MAC:
		if (!is_mac(ev))
			return 0;
		row_start(r, ev);
		printf("%s %s %s %lu\n", auid_text(r, u, sizeof(u)),
		       nz(type_name(ev->type)), success_text(it->success),
		       ev->serial);
		return 1;
	case AR_CRYPTO:
		if (!is_crypto(ev))
			return 0;
		row_start(r, ev);
		esc(r, auid_text(r, u, sizeof(u)));
		printf(" %s %s %lu\n", nz(type_name(ev->type)),
		       success_text(it->success), ev->serial);
		return 1;
	case AR_KEY:
		s = first_key(it);
		if (!s || strcmp(s, "(null)") == 0)
			return 0;
		row_start(r, ev);
		esc(r, s);
		printf(" %s ", success_text(it->success));
		esc(r, or_q(it->exe));
		putchar(' ');
		esc(r, auid_text(r, u, sizeof(u)));
		printf(" %lu\n", ev->serial);
		return 1;
	case AR_TTY:
		if ((ev->type != T_TTY && ev->type != T_USER_TTY) ||
		    !it->tty_data)
			return 0;
		row_start(r, ev);
		printf("%lu ", ev->serial);
		esc(r, auid_text(r, u, sizeof(u)));
		printf(" %s %u ", or_q(it->terminal), (unsigned)ar_id(it->session));
		esc(r, or_q(it->comm));
		putchar(' ');
		ar_put_tty_data(it->tty_data);
		putchar('\n');
		return 1;
	case AR_SUMMARY:
	case AR_TIME:
	case AR_NREPORTS:
		break;
	}
	return 0;
}

/* ---- per-report summaries (spec 3.6) ------------------------------------- */

static void count_type(struct report *r, const struct search_event *ev)
{
	char buf[32];

	/* a type name 3.0.9 does not know is not counted */
	if (ev->type < 0)
		return;
	snprintf(buf, sizeof(buf), "%d", ev->type);
	tally_add(&r->sum, buf, ev->type);
}

static void count_str(struct report *r, const char *s)
{
	if (s)
		tally_add(&r->sum, s, 0);
}

static void count_auid(struct report *r)
{
	char u[64];

	tally_add(&r->sum, auid_text(r, u, sizeof(u)), 0);
}

static void summarize(struct report *r, const struct search_event *ev)
{
	const struct searchx_items *it = &r->it;
	char buf[64];
	size_t i;

	switch (r->o->report) {
	case AR_AVC:
		if (!has_type(ev, T_AVC) && !has_type(ev, T_USER_AVC))
			break;
		for (i = 0; i < it->navcs; i++)
			if (it->avcs[i].result >= 0)
				count_str(r, it->avcs[i].obj);
		break;
	case AR_CONFIG:
		if (is_config(ev))
			count_type(r, ev);
		break;
	case AR_AUTH:
		if (!is_auth(ev, it))
			break;
		if (it->acct)
			count_str(r, it->acct);
		else
			count_auid(r);
		break;
	case AR_LOGIN:
		if (!has_type(ev, T_USER_LOGIN))
			break;
		if ((int)ar_id(it->auid) < 0 && it->acct)
			count_str(r, it->acct);
		else
			count_auid(r);
		break;
	case AR_MODS:
		if (is_acct_mod(ev))
			count_type(r, ev);
		break;
	case AR_EVENT:
		count_type(r, ev);
		break;
	case AR_FILE:
		for (i = 0; i < it->nfiles; i++)
			count_str(r, it->files[i]);
		break;
	case AR_HOST:
		count_str(r, it->host);
		break;
	case AR_PID:
		if ((long long)it->pid >= 0) {
			snprintf(buf, sizeof(buf), "%d", (int)it->pid);
			tally_add(&r->sum, buf, (int)it->pid);
		}
		break;
	case AR_SYSCALL:
		if ((long)it->syscall > 0)
			count_str(r, syscall_text(r, buf, sizeof(buf)));
		break;
	case AR_TERM:
		count_str(r, it->terminal);
		break;
	case AR_USER:
		if (ar_id(it->auid) != AR_NOT_SET)
			count_auid(r);
		break;
	case AR_EXE:
		count_str(r, it->exe);
		break;
	case AR_COMM:
		count_str(r, it->comm);
		break;
	case AR_ANOMALY:
		if (is_anomaly(ev))
			count_type(r, ev);
		break;
	case AR_RESPONSE:
		if (has_range(ev, 2200, 2299))
			count_type(r, ev);
		break;
	case AR_MAC:
		if (is_mac(ev))
			count_type(r, ev);
		break;
	case AR_INTEGRITY:
		if (has_range(ev, 1800, 1899))
			count_type(r, ev);
		break;
	case AR_VIRT:
		if (has_range(ev, 2500, 2599))
			count_type(r, ev);
		break;
	case AR_CRYPTO:
		if (is_crypto(ev))
			count_type(r, ev);
		break;
	case AR_KEY:
		for (i = 0; i < it->nkeys; i++)
			if (strcmp(it->keys[i], "(null)") != 0)
				count_str(r, it->keys[i]);
		break;
	case AR_SUMMARY:
	case AR_TIME:
	case AR_TTY:
	case AR_NREPORTS:
		break;
	}
}

/* escaped when printed (spec 3.6's item rendering) */
static int sum_escaped(enum ar_report rep)
{
	return rep == AR_AUTH || rep == AR_LOGIN || rep == AR_FILE ||
	       rep == AR_SYSCALL || rep == AR_EXE || rep == AR_COMM ||
	       rep == AR_KEY;
}

static int sum_numeric(enum ar_report rep)
{
	switch (rep) {
	case AR_CONFIG: case AR_MODS: case AR_EVENT: case AR_PID:
	case AR_ANOMALY: case AR_RESPONSE: case AR_MAC: case AR_INTEGRITY:
	case AR_VIRT: case AR_CRYPTO:
		return 1;
	default:
		return 0;
	}
}

/* ---- the main summary (spec 3.4) ----------------------------------------- */

static void add_unique(struct tally *t, const char *s)
{
	if (s)
		tally_add(t, s, 0);
}

static void total(struct report *r, const struct search_event *ev)
{
	struct totals *t = &r->t;
	const struct searchx_items *it = &r->it;
	static const int conf_types[] = {
		T_CONFIG_CHANGE, T_DAEMON_CONFIG, T_USYS_CONFIG,
		T_NETFILTER_CFG, T_FEATURE_CHANGE, T_USER_MAC_CONFIG_CHANGE,
	};
	static const int acct_types[] = {
		T_USER_CHAUTHTOK, T_USER_MGMT, T_GRP_MGMT,
	};
	char buf[64];
	size_t i;

	t->events++;
	for (i = 0; i < NELEM(conf_types); i++)
		t->changes += has_type(ev, conf_types[i]);
	t->changes += has_range(ev, T_MAC_FIRST, T_MAC_LAST);
	for (i = 0; i < NELEM(acct_types); i++)
		t->acct_changes += has_type(ev, acct_types[i]);
	t->acct_changes += has_range(ev, T_ADD_USER, T_DEL_GROUP);
	t->acct_changes += has_range(ev, T_ROLE_ASSIGN, T_ROLE_REMOVE);
	t->crypto += has_range(ev, 1600, 1699) + has_range(ev, 2400, 2499);
	if (has_type(ev, T_USER_LOGIN)) {
		t->good_logins += it->success == 1;
		t->bad_logins += it->success == 0;
	}
	if (has_type(ev, T_USER_AUTH)) {
		t->good_auth += it->success == 1;
		t->bad_auth += it->success == 0;
	} else if (has_type(ev, T_USER_MGMT)) {
		t->bad_auth += it->success == 0;
	} else if (has_type(ev, T_GRP_AUTH)) {
		t->good_auth += it->success == 1;
		t->bad_auth += it->success == 0;
	}
	if (ar_id(it->auid) != AR_NOT_SET)
		add_unique(&t->users, uid_text(ar_id(it->auid), buf, sizeof(buf)));
	add_unique(&t->terms, it->terminal);
	add_unique(&t->hosts, it->host);
	add_unique(&t->exes, it->exe);
	add_unique(&t->comms, it->comm);
	for (i = 0; i < it->nfiles; i++)
		add_unique(&t->files, it->files[i]);
	t->avcs += has_type(ev, T_AVC) || has_type(ev, T_USER_AVC);
	t->mac += has_range(ev, T_MAC_FIRST, T_MAC_LAST) +
		  has_range(ev, 2300, 2399);
	t->failed_syscalls += it->success == 0 && (long)it->syscall > 0;
	t->anomalies += has_range(ev, 2100, 2199) + has_range(ev, 1700, 1799);
	t->responses += has_range(ev, 2200, 2299);
	t->integrity += has_range(ev, 1800, 1899);
	t->virt += has_range(ev, 2500, 2599);
	for (i = 0; i < it->nkeys; i++)
		if (strcmp(it->keys[i], "(null)") != 0)
			add_unique(&t->keys, it->keys[i]);
	if ((long long)it->pid >= 0) {
		snprintf(buf, sizeof(buf), "%lld", (long long)it->pid);
		add_unique(&t->pids, buf);
	}
}

void report_set_range(struct report *r, long long first_sec,
		      unsigned first_milli, long long last_sec,
		      unsigned last_milli)
{
	r->first_sec = first_sec;
	r->first_milli = first_milli;
	r->last_sec = last_sec;
	r->last_milli = last_milli;
}

static void print_totals(const struct report *r)
{
	const struct totals *t = &r->t;
	char a[64], b[64];

	date_text(r->first_sec, a, sizeof(a));
	date_text(r->last_sec, b, sizeof(b));
	printf("Range of time in logs: %s.%03u - %s.%03u\n", a,
	       r->first_milli, b, r->last_milli);
	date_text(r->o->start ? (long long)r->o->start : r->first_sec, a,
		  sizeof(a));
	if (r->o->end) {
		date_text((long long)r->o->end, b, sizeof(b));
		printf("Selected time for report: %s - %s\n", a, b);
	} else {
		printf("Selected time for report: %s - %s.%03u\n", a, b,
		       r->last_milli);
	}
	printf("Number of changes in configuration: %lu\n", t->changes);
	printf("Number of changes to accounts, groups, or roles: %lu\n",
	       t->acct_changes);
	printf("Number of logins: %lu\n", t->good_logins);
	printf("Number of failed logins: %lu\n", t->bad_logins);
	printf("Number of authentications: %lu\n", t->good_auth);
	printf("Number of failed authentications: %lu\n", t->bad_auth);
	printf("Number of users: %zu\n", t->users.n);
	printf("Number of terminals: %zu\n", t->terms.n);
	printf("Number of host names: %zu\n", t->hosts.n);
	printf("Number of executables: %zu\n", t->exes.n);
	printf("Number of commands: %zu\n", t->comms.n);
	printf("Number of files: %zu\n", t->files.n);
	printf("Number of AVC's: %lu\n", t->avcs);
	printf("Number of MAC events: %lu\n", t->mac);
	printf("Number of failed syscalls: %lu\n", t->failed_syscalls);
	printf("Number of anomaly events: %lu\n", t->anomalies);
	printf("Number of responses to anomaly events: %lu\n", t->responses);
	printf("Number of crypto events: %lu\n", t->crypto);
	printf("Number of integrity events: %lu\n", t->integrity);
	printf("Number of virt events: %lu\n", t->virt);
	printf("Number of keys: %zu\n", t->keys.n);
	printf("Number of process IDs: %zu\n", t->pids.n);
	printf("Number of events: %lu\n\n", t->events);
}

/* ---- filters (spec 3.2) -------------------------------------------------- */

static int node_ok(const struct ar_opts *o, const struct search_event *ev)
{
	size_t i;

	if (!o->nnodes)
		return 1;
	if (!ev->node)
		return 0;
	for (i = 0; i < o->nnodes; i++)
		if (strcmp(o->nodes[i], ev->node) == 0)
			return 1;
	return 0;
}

static int conf_ok(const struct ar_opts *o, const struct search_event *ev)
{
	static const int dels[] = { 1115, 1117, 1408, 1410, 1412, 1414, 1417 };
	static const int adds[] = { 1114, 1116, 1407, 1409, 1411, 1413, 1416 };
	size_t i;

	if (o->no_config && ev->type == T_CONFIG_CHANGE)
		return 0;
	for (i = 0; i < NELEM(dels); i++)
		if ((o->add && ev->type == dels[i]) ||
		    (o->del && ev->type == adds[i]))
			return 0;
	return 1;
}

void report_event(struct report *r, const struct search_event *ev)
{
	const struct ar_opts *o = r->o;

	if (ar_items_extract(&r->it, o->report, o->debug, o->interpret, ev))
		return;
	if (!node_ok(o, ev))
		return;
	if (o->success >= 0 && r->it.success != o->success)
		return;
	if (!conf_ok(o, ev))
		return;
	if (o->report == AR_SUMMARY)
		total(r, ev);
	else if (o->summary)
		summarize(r, ev);
	else if (detailed(r, ev))
		r->found = 1;
}

int report_finish(struct report *r)
{
	const struct ar_opts *o = r->o;
	size_t i;

	if (o->report == AR_TIME)
		return 0;
	if (o->report == AR_SUMMARY) {
		print_totals(r);
		return 0;
	}
	if (o->summary) {
		if (!r->sum.n) {
			puts("<no events of interest were found>\n");
			return 0;
		}
		tally_sort(&r->sum, sum_numeric(o->report));
		for (i = 0; i < r->sum.n; i++) {
			printf("%lu  ", r->sum.e[i].count);
			if (o->interpret && sum_numeric(o->report) &&
			    o->report != AR_PID)
				fputs(nz(type_name((int)r->sum.e[i].num)),
				      stdout);
			else if (sum_escaped(o->report))
				esc(r, r->sum.e[i].s);
			else
				fputs(r->sum.e[i].s, stdout);
			putchar('\n');
		}
		return 0;
	}
	if (!r->found) {
		puts("<no events of interest were found>\n");
		return 1;
	}
	return 0;
}
