/* session.c - aulast's open sessions: a LOGIN opens one, its USER_LOGIN
 * says where from, USER_END closes it; SYSTEM_BOOT closes every one and
 * opens the "reboot" pseudo-session, SYSTEM_SHUTDOWN closes that. A
 * session is printed when it closes and, still open, at the end of input.
 * Which field each record gives and what a missing one does are in the
 * project's spec of the tools, 6.2; the fields are searched with
 * libauparse's cursor (evcursor, search.h), whose moves matter.
 */
#include <stdlib.h>
#include <string.h>

#include "aulast.h"
#include "util.h"

/* the record types aulast reads (libaudit's numbers, as msgtypes.c) */
#define T_LOGIN			1006
#define T_USER_END		1106
#define T_USER_LOGIN		1112
#define T_SYSTEM_BOOT		1127
#define T_SYSTEM_SHUTDOWN	1128
#define T_DAEMON_START		1200

/* ---- the list ------------------------------------------------------------ */

static struct session *session_new(struct aulast *al)
{
	struct session *s = xcalloc(1, sizeof(*s));

	if (al->n == al->cap) {
		al->cap = al->cap ? 2 * al->cap : 16;
		al->list = xrealloc(al->list, al->cap, sizeof(*al->list));
	}
	al->list[al->n++] = s;
	return s;
}

static void session_free(struct session *s)
{
	free(s->name);
	free(s->term);
	free(s->host);
	free(s);
}

static void session_remove(struct aulast *al, size_t i)
{
	session_free(al->list[i]);
	memmove(&al->list[i], &al->list[i + 1],
		(al->n - i - 1) * sizeof(*al->list));
	al->n--;
}

void session_clear(struct aulast *al)
{
	size_t i;

	for (i = 0; i < al->n; i++)
		session_free(al->list[i]);
	free(al->list);
	al->list = NULL;
	al->n = al->cap = 0;
}

/* the first session with this number; -1 if none */
static long find_ses(const struct aulast *al, unsigned ses)
{
	size_t i;

	for (i = 0; i < al->n; i++)
		if (al->list[i]->ses == ses)
			return (long)i;
	return -1;
}

static long find_login(const struct aulast *al, unsigned auid, int pid,
		       unsigned ses)
{
	size_t i;

	for (i = 0; i < al->n; i++) {
		const struct session *s = al->list[i];

		if (s->auid == auid && s->pid == pid && s->ses == ses)
			return (long)i;
	}
	return -1;
}

/* ---- the report ---------------------------------------------------------- */

static void put_duration(time_t start, time_t end)
{
	time_t secs = end - start;
	int mins = (int)((secs / 60) % 60);
	int hours = (int)((secs / 3600) % 24);
	int days = (int)(secs / 86400);

	if (days)
		printf("(%d+%02d:%02d)\n", days, hours, mins);
	else
		printf("(%02d:%02d)\n", hours, mins);
}

static void put_proof(const struct session *s)
{
	int bad_login = s->proof[0] == 0 && s->result == 1;
	char start[64], end[64];
	struct tm tm;

	if (bad_login)
		printf("    audit event proof serial number: %lu\n",
		       s->proof[1]);
	else
		printf("    audit event proof serial numbers: %lu, %lu, %lu\n",
		       s->proof[0], s->proof[1], s->proof[2]);
	puts("    Session data can be found with this search:");
	start[0] = '\0';
	if (localtime_r(&s->start, &tm))
		strftime(start, sizeof(start), "%x %T", &tm);
	if (s->end != 0 && localtime_r(&s->end, &tm)) {
		strftime(end, sizeof(end), "%x %T", &tm);
		printf("    ausearch --start %s --end %s", start, end);
	} else {
		printf("    ausearch --start %s", start);
	}
	if (!s->name)
		printf(" --session %u", s->ses);
	if (bad_login)
		printf(" -a %lu", s->proof[1]);
	fputs("\n\n", stdout);
}

/* One line (and its proof) for a session whose result is the one asked
 * for: successes, or failures with --bad. */
static void report(const struct aulast *al, struct session *s)
{
	const char *term = s->term ? s->term : "";
	char tbuf[64];
	int notime = 0;

	if (s->result != al->bad)
		return;
	if (s->name) {
		printf("%-8.8s ", s->name);
		/* a named session still open ends now, for the proof */
		if (s->end == 0) {
			s->end = time(NULL);
			notime = 1;
		}
	} else {
		printf("%-8.u ", s->auid);
	}
	if (strncmp(term, "/dev/", 5) == 0)
		term += 5;
	printf("%-12.12s ", term);
	printf("%-16.16s ", s->host ? s->host : "?");
	printf("%-16.16s ", ctime_r(&s->start, tbuf) ? tbuf : "");
	switch (s->status) {
	case ST_SESSION_START:
		puts("  still logged in");
		break;
	case ST_DOWN:
		puts("- down");
		break;
	case ST_CRASH:
		puts("- crash");
		break;
	case ST_GONE:
		puts("  gone - no logout");
		break;
	case ST_LOG_OUT:
		if (notime)
			printf("- %-7.5s", " ");
		else
			printf("- %-7.5s", ctime_r(&s->end, tbuf) ?
			       tbuf + 11 : "bad value");
		put_duration(s->start, s->end);
		break;
	default:
		putchar('\n');
		break;
	}
	if (al->proof)
		put_proof(s);
}

/* ---- the records ---------------------------------------------------------- */

static char *dup_slice(const char *v, size_t n)
{
	char *s = xmalloc(n + 1);

	memcpy(s, v, n);
	s[n] = '\0';
	return s;
}

/* The field at the cursor as auparse interprets it, copied. */
static char *interpreted(struct aulast *al, const char *name, const char *v,
			 size_t vlen)
{
	const struct record *r = evcursor_record(&al->cur);
	const char *s;
	size_t n;

	s = searchfmt_field(al->fmt, r, name, strlen(name), v, vlen, &n);
	return dup_slice(s, n);
}

static int find_int(struct aulast *al, const char *name)
{
	size_t n;
	const char *v = evcursor_find(&al->cur, name, &n);

	return v ? evcursor_int(v, n) : -1;
}

/* name after old-name, or (kernels before 3.14) the second name= */
static const char *find_new(struct aulast *al, const char *old,
			    const char *name, size_t *n)
{
	if (evcursor_find(&al->cur, old, n))
		return evcursor_find(&al->cur, name, n);
	evcursor_first(&al->cur);
	evcursor_find(&al->cur, name, n);
	evcursor_next_field(&al->cur);
	return evcursor_find(&al->cur, name, n);
}

static void on_login(struct aulast *al, const struct search_event *ev)
{
	int pid, auid = -1, ses = -1;
	char *acct = NULL;
	struct session *s;
	const char *v;
	size_t n;
	long i;

	pid = find_int(al, "pid");
	v = find_new(al, "old-auid", "auid", &n);
	if (v) {
		auid = evcursor_int(v, n);
		acct = interpreted(al, "auid", v, n);
	}
	v = find_new(al, "old-ses", "ses", &n);
	if (v)
		ses = evcursor_int(v, n);
	if (pid == -1 || auid == -1 || ses == -1) {
		if (al->debug)
			fprintf(stderr, "Bad login for event: %lu\n",
				ev->serial);
		free(acct);
		return;
	}
	i = find_ses(al, (unsigned)ses);
	if (i >= 0) {
		s = al->list[i];
		s->status = ST_GONE;
		s->end = (time_t)ev->sec;
		report(al, s);
		session_remove(al, (size_t)i);
	}
	if (al->user && (!acct || strcmp(al->user, acct))) {
		if (al->debug)
			fprintf(stderr,
				"login reporting limited to %s for event: %lu\n",
				al->user, ev->serial);
		free(acct);
		return;
	}
	s = session_new(al);
	s->ses = (unsigned)ses;
	s->start = (time_t)ev->sec;
	s->auid = (unsigned)auid;
	s->pid = pid;
	s->result = -1;
	s->name = acct;
	s->status = ST_LOG_IN;
	s->proof[0] = ev->serial;
}

/* A failed login asked for with --bad: a line of its own at once. */
static void report_failed(struct aulast *al, const struct search_event *ev,
			  int uid, char *acct, const char *host,
			  size_t hlen, const char *term)
{
	struct session s;

	memset(&s, 0, sizeof(s));
	s.name = acct;
	s.start = s.end = (time_t)ev->sec;
	s.auid = (unsigned)uid;
	/* 3.0.9 never sets this line's session number: the proof of a line
	 * without acct= says "--session 0" on Debian's build */
	s.term = xstrdup(term);
	s.host = host ? dup_slice(host, hlen) : NULL;
	s.result = 1;
	s.status = ST_LOG_OUT;
	s.proof[1] = ev->serial;
	report(al, &s);
	free(s.term);
	free(s.host);
}

static void on_user_login(struct aulast *al, const struct search_event *ev)
{
	int pid, uid, ses, result = -1;
	const char *host, *res, *v;
	char *term, *acct = NULL;
	size_t hlen = 0, tlen, n;
	struct session *s;
	long i;

	pid = find_int(al, "pid");
	ses = find_int(al, "ses");
	/* a uid= after ses= (gdm's), else id= from the start */
	v = evcursor_find(&al->cur, "uid", &n);
	if (v) {
		uid = evcursor_int(v, n);
	} else {
		evcursor_first(&al->cur);
		uid = find_int(al, "id");
		evcursor_first(&al->cur);
	}
	host = evcursor_find(&al->cur, "hostname", &hlen);
	if (host && hlen == 1 && host[0] == '?')
		host = evcursor_find(&al->cur, "addr", &hlen);
	{
		const char *t = evcursor_find(&al->cur, "terminal", &tlen);

		term = t ? dup_slice(t, tlen) : xstrdup("?");
	}
	/* host points into the event's line: copied below before use */
	res = evcursor_find(&al->cur, "res", &n);
	if (res) {
		char *r = interpreted(al, "res", res, n);

		result = strcmp(r, "success") ? 1 : 0;
		free(r);
	}
	if (result == 1) {
		/* looked for whether --bad wants it or not: where the cursor
		 * stops shows in --extract */
		evcursor_first(&al->cur);
		v = evcursor_find(&al->cur, "acct", &n);
		if (v)
			acct = interpreted(al, "acct", v, n);
		if (al->bad)
			report_failed(al, ev, uid, acct, host, hlen, term);
		else if (al->debug)
			puts("Session not found or updated");
		free(acct);
		free(term);
		return;
	}
	if (pid == -1 || uid == -1 || ses == -1) {
		if (al->debug)
			fprintf(stderr, "Bad user login for event: %lu\n",
				ev->serial);
		free(term);
		return;
	}
	/* a login without res= updates nothing */
	i = result == 0 ? find_login(al, (unsigned)uid, pid, (unsigned)ses) : -1;
	if (i < 0) {
		if (al->debug)
			puts("Session not found or updated");
		free(term);
		return;
	}
	if (al->tty && !strstr(term, al->tty)) {
		session_remove(al, (size_t)i);
		if (al->debug)
			fprintf(stderr, "User login limited to %s for event: %lu\n",
				al->tty, ev->serial);
		free(term);
		return;
	}
	s = al->list[i];
	s->status = ST_SESSION_START;
	if (host) {
		free(s->host);
		s->host = dup_slice(host, hlen);
	}
	free(s->term);
	s->term = term;
	s->result = result;
	s->proof[1] = ev->serial;
}

static void on_user_end(struct aulast *al, const struct search_event *ev)
{
	int pid = find_int(al, "pid");
	int auid = find_int(al, "auid");
	int ses = find_int(al, "ses");
	struct session *s;
	long i;

	if (pid == -1 || auid == -1 || ses == -1) {
		if (al->debug)
			fprintf(stderr, "Bad user logout for event: %lu\n",
				ev->serial);
		return;
	}
	i = find_login(al, (unsigned)auid, pid, (unsigned)ses);
	if (i < 0)
		return;
	s = al->list[i];
	/* without a start (a cron or su session) it just goes */
	if (s->start) {
		s->end = (time_t)ev->sec;
		s->status = ST_LOG_OUT;
		s->proof[2] = ev->serial;
		report(al, s);
	} else if (al->debug) {
		fprintf(stderr, "start time error for event: %lu\n",
			ev->serial);
	}
	session_remove(al, (size_t)i);
}

static void on_boot(struct aulast *al, const struct search_event *ev)
{
	struct session *s;
	size_t i;

	/* a boot with sessions open: the machine crashed */
	for (i = 0; i < al->n; i++) {
		s = al->list[i];
		if (!s->name)
			continue;
		s->proof[2] = ev->serial;
		s->status = ST_CRASH;
		s->end = (time_t)ev->sec;
		report(al, s);
	}
	for (i = 0; i < al->n; i++) {
		s = al->list[i];
		if (s->status == ST_CRASH)
			continue;
		s->proof[2] = ev->serial;
		s->status = ST_DOWN;
		s->end = (time_t)ev->sec;
		report(al, s);
	}
	session_clear(al);
	s = session_new(al);
	s->start = (time_t)ev->sec;
	s->name = xstrdup("reboot");
	s->term = xstrdup("system boot");
	s->host = al->kernel ? xstrdup(al->kernel) : NULL;
	s->result = 0;
	s->status = ST_LOG_IN;
	s->proof[0] = ev->serial;
}

static void on_shutdown(struct aulast *al, const struct search_event *ev)
{
	size_t i;

	for (i = 0; i < al->n; i++) {
		struct session *s = al->list[i];

		if (!s->name)
			continue;
		s->end = (time_t)ev->sec;
		s->status = ST_LOG_OUT;
		s->proof[2] = ev->serial;
		report(al, s);
		session_remove(al, i);
		return;
	}
}

static void on_daemon_start(struct aulast *al)
{
	size_t n;
	const char *v = evcursor_find(&al->cur, "kernel", &n);

	if (!v)
		return;
	free(al->kernel);
	al->kernel = dup_slice(v, n);
}

/* --extract: the record the cursor is on after the event was read, as
 * 3.0.9 writes it ("(null)" once a search has run past the end) */
static void extract(struct aulast *al, const struct search_event *ev)
{
	const struct record *r = evcursor_record(&al->cur);

	if (!al->extract)
		return;
	/* the record as read, without an ENRICHED part */
	if (r)
		fwrite(r->line, 1, ev->recs[al->cur.rec].raw_len, al->extract);
	else
		fputs("(null)", al->extract);
	putc('\n', al->extract);
}

void session_event(struct aulast *al, const struct search_event *ev)
{
	switch (ev->type) {
	case T_LOGIN:
		evcursor_load(&al->cur, ev);
		on_login(al, ev);
		break;
	case T_USER_LOGIN:
		evcursor_load(&al->cur, ev);
		on_user_login(al, ev);
		break;
	case T_USER_END:
		evcursor_load(&al->cur, ev);
		on_user_end(al, ev);
		break;
	case T_SYSTEM_BOOT:
		evcursor_load(&al->cur, ev);
		on_boot(al, ev);
		break;
	case T_SYSTEM_SHUTDOWN:
		evcursor_load(&al->cur, ev);
		on_shutdown(al, ev);
		break;
	case T_DAEMON_START:
		evcursor_load(&al->cur, ev);
		on_daemon_start(al);
		break;
	default:
		return;
	}
	extract(al, ev);
}

void session_leftovers(struct aulast *al)
{
	size_t i;

	for (i = 0; i < al->n; i++)
		report(al, al->list[i]);
}
