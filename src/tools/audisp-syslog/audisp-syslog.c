/* audisp-syslog - the plugin that hands audit records to syslog: audit
 * 3.0.9's, byte for byte in what reaches the system logger
 * (audisp-syslog(8); tests/tools/toolbox2-diff.sh compares the datagrams
 * both send to /dev/log). auditd starts it (plugins.d/syslog.conf) and
 * writes the records on its stdin, one line each, in the string format.
 *
 * The arguments, in any case and any order, the last of a kind winning:
 * a priority (LOG_DEBUG .. LOG_EMERG, default LOG_INFO), a facility
 * (LOG_LOCAL0-7, LOG_AUTH, LOG_AUTHPRIV, LOG_DAEMON, LOG_SYSLOG, LOG_USER;
 * default LOG_USER), and "interpret". Each line goes out as read, newline
 * included, or with interpret each record of an event as auparse
 * interprets it, once the event is whole.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "search.h"
#include "searchfmt.h"
#include "tables.h"
#include "util.h"

/* what a line is read in: fgets() with this buffer, as the plugin reads;
 * a longer line goes out in pieces */
#define LINE_BUF		8970
/* libauparse's end of an event without an EOE */
#define AUPARSE_EOE_TIMEOUT	2

static volatile sig_atomic_t stop;

static void on_term(int sig)
{
	(void)sig;
	stop = 1;
}

struct word {
	const char *name;
	int value;
	int is_facility;
};

static const struct word words[] = {
	{ "LOG_DEBUG", LOG_DEBUG, 0 }, { "LOG_INFO", LOG_INFO, 0 },
	{ "LOG_NOTICE", LOG_NOTICE, 0 }, { "LOG_WARNING", LOG_WARNING, 0 },
	{ "LOG_ERR", LOG_ERR, 0 }, { "LOG_CRIT", LOG_CRIT, 0 },
	{ "LOG_ALERT", LOG_ALERT, 0 }, { "LOG_EMERG", LOG_EMERG, 0 },
	{ "LOG_LOCAL0", LOG_LOCAL0, 1 }, { "LOG_LOCAL1", LOG_LOCAL1, 1 },
	{ "LOG_LOCAL2", LOG_LOCAL2, 1 }, { "LOG_LOCAL3", LOG_LOCAL3, 1 },
	{ "LOG_LOCAL4", LOG_LOCAL4, 1 }, { "LOG_LOCAL5", LOG_LOCAL5, 1 },
	{ "LOG_LOCAL6", LOG_LOCAL6, 1 }, { "LOG_LOCAL7", LOG_LOCAL7, 1 },
	{ "LOG_AUTH", LOG_AUTH, 1 }, { "LOG_AUTHPRIV", LOG_AUTHPRIV, 1 },
	{ "LOG_DAEMON", LOG_DAEMON, 1 }, { "LOG_SYSLOG", LOG_SYSLOG, 1 },
	{ "LOG_USER", LOG_USER, 1 },
};

struct plugin {
	int priority, facility, interpret;
	struct searchfmt *fmt;
	struct record rec;
	struct record_field *fields;
	size_t fields_cap;
	char *out;
	size_t out_cap;
};

/* 0, or -1 after saying which word is not one */
static int parse_args(struct plugin *p, int argc, char **argv)
{
	int i;
	size_t j;

	for (i = 1; i < argc; i++) {
		if (strcasecmp(argv[i], "interpret") == 0) {
			p->interpret = 1;
			continue;
		}
		for (j = 0; j < NELEM(words); j++)
			if (strcasecmp(argv[i], words[j].name) == 0)
				break;
		if (j == NELEM(words)) {
			syslog(LOG_ERR, "Unknown log priority/facility %s",
			       argv[i]);
			return -1;
		}
		if (words[j].is_facility)
			p->facility = words[j].value;
		else
			p->priority = words[j].value;
	}
	return 0;
}

/* ---- as read ------------------------------------------------------------- */

/* Lines of stdin to syslog: each with its newline, a longer one in pieces
 * of LINE_BUF - 1 bytes; what follows the last newline is dropped. */
static void pass_lines(const struct plugin *p)
{
	static char buf[LINE_BUF];
	size_t have = 0, i;
	ssize_t n;

	while (!stop) {
		n = read(0, buf + have, sizeof(buf) - 1 - have);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		have += (size_t)n;
		for (;;) {
			char *nl = memchr(buf, '\n', have);
			size_t len;

			if (nl)
				len = (size_t)(nl - buf) + 1;
			else if (have == sizeof(buf) - 1)
				len = have;
			else
				break;
			/* ENRICHED's separator goes out as a space */
			for (i = 0; i < len; i++)
				if (buf[i] == RECORD_SEP)
					buf[i] = ' ';
			syslog(p->priority, "%.*s", (int)len, buf);
			memmove(buf, buf + len, have - len);
			have -= len;
		}
	}
}

/* ---- interpreted ----------------------------------------------------------- */

static void out_put(struct plugin *p, size_t *used, const char *s, size_t n)
{
	if (*used + n + 1 > p->out_cap) {
		p->out_cap = 2 * (*used + n + 1);
		p->out = xrealloc(p->out, p->out_cap, 1);
	}
	memcpy(p->out + *used, s, n);
	*used += n;
	p->out[*used] = '\0';
}

static void out_str(struct plugin *p, size_t *used, const char *s)
{
	out_put(p, used, s, strlen(s));
}

/* An AVC's "avc:  denied  { read write }", which has no names: auparse
 * calls them seresult and seperms (the permissions joined by commas). */
static void avc_fields(struct plugin *p, size_t *used, const char *line,
		       size_t len)
{
	const char *end = line + len, *a, *q;
	int first = 1;

	a = memmem(line, len, "avc:", 4);
	if (!a)
		return;
	for (a += 4; a < end && *a == ' '; a++)
		;
	for (q = a; q < end && *q != ' '; q++)
		;
	out_str(p, used, "seresult=");
	out_put(p, used, a, (size_t)(q - a));
	out_str(p, used, " ");
	a = memchr(q, '{', (size_t)(end - q));
	if (!a)
		return;
	out_str(p, used, "seperms=");
	for (a++; a < end && *a != '}';) {
		while (a < end && *a == ' ')
			a++;
		if (a == end || *a == '}')
			break;
		for (q = a; q < end && *q != ' ' && *q != '}'; q++)
			;
		if (!first)
			out_str(p, used, ",");
		out_put(p, used, a, (size_t)(q - a));
		first = 0;
		a = q;
	}
	out_str(p, used, " ");
}

/* "[node=N ]type=T msg=audit(date time) : name=value ... " */
static void send_record(struct plugin *p, const struct search_rec *sr)
{
	struct record *r = &p->rec;
	size_t need = RECORD_FIELDS_FOR(sr->len), used = 0, i;
	const char *tname;
	char tbuf[64], num[32];
	time_t t;
	struct tm tm;

	if (need > p->fields_cap) {
		p->fields = xrealloc(p->fields, need, sizeof(*p->fields));
		p->fields_cap = need;
	}
	memset(r, 0, sizeof(*r));
	r->fields = p->fields;
	r->max_fields = need;
	if (record_parse(r, sr->line, sr->len) < 0 || sr->type == 1320)
		return;
	if (r->node) {
		out_str(p, &used, "node=");
		out_put(p, &used, r->node, r->node_len);
		out_str(p, &used, " ");
	}
	tname = sr->type >= 0 ? tables_msgtype_name((unsigned)sr->type) : NULL;
	if (!tname) {
		snprintf(num, sizeof(num), "UNKNOWN[%d]", sr->type);
		tname = num;
	}
	out_str(p, &used, "type=");
	out_str(p, &used, tname);
	t = (time_t)r->sec;
	tbuf[0] = '\0';
	if (localtime_r(&t, &tm))
		strftime(tbuf, sizeof(tbuf), "%x %T", &tm);
	out_str(p, &used, " msg=audit(");
	out_str(p, &used, tbuf);
	out_str(p, &used, ") : ");
	if (sr->type == 1400 || sr->type == 1107)
		avc_fields(p, &used, sr->line, sr->raw_len);
	/* node= and type= are fields of the parse, already written above */
	for (i = 0; i < r->nfields && i < r->max_fields; i++) {
		const struct record_field *f = &r->fields[i];
		const char *name = r->line + f->name;
		const char *v;
		size_t n;

		if (i < 2 && ((f->name_len == 4 && !memcmp(name, "node", 4)) ||
			      (f->name_len == 4 && !memcmp(name, "type", 4))))
			continue;
		v = searchfmt_field(p->fmt, r, name, f->name_len,
				    r->line + f->val, f->val_len, &n);
		out_put(p, &used, name, f->name_len);
		out_str(p, &used, "=");
		out_put(p, &used, v, n);
		out_str(p, &used, " ");
	}
	syslog(p->priority, "%s", p->out);
}

static void send_events(struct plugin *p, struct searchasm *a)
{
	const struct search_event *ev;
	size_t i;

	while ((ev = searchasm_next(a)))
		for (i = 0; i < ev->nrecs; i++)
			send_record(p, &ev->recs[i]);
}

static int pass_interpreted(struct plugin *p)
{
	struct searchasm *a = searchasm_create(AUPARSE_EOE_TIMEOUT, 0, 0);
	struct logread *lr = logread_create();
	const char *line, *ts;
	size_t len, tslen;

	p->fmt = searchfmt_create(NULL);
	if (!a || !lr || !p->fmt)
		return -1;
	logread_attach(lr, 0);
	while (!stop && logread_next(lr, &line, &len) == 1) {
		searchasm_add(a, line, len, &ts, &tslen);
		send_events(p, a);
	}
	searchasm_flush(a);
	send_events(p, a);
	searchasm_destroy(a);
	logread_destroy(lr);
	searchfmt_destroy(p->fmt);
	return 0;
}

int main(int argc, char **argv)
{
	struct plugin p;
	struct sigaction sa;
	int rc = 0;

	memset(&p, 0, sizeof(p));
	p.priority = LOG_INFO;
	p.facility = LOG_USER;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGHUP, &sa, NULL);
	if (parse_args(&p, argc, argv) < 0)
		return 1;
	syslog(LOG_INFO, "syslog plugin initialized with facility %d and "
	       "priority %d", p.facility, p.priority);
	/* records go out under the dispatcher's old name, except to the
	 * default facility */
	if (p.facility != LOG_USER)
		openlog("audispd", 0, p.facility);
	if (p.interpret)
		rc = pass_interpreted(&p) < 0;
	else
		pass_lines(&p);
	free(p.fields);
	free(p.out);
	closelog();
	return rc;
}
