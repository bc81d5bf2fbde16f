/* render.c - ausearch's -i and --format csv|text: each record of an event
 * read once with record_parse() (record.h) and written by the search
 * formatter (searchfmt.h), which knows 3.0.9's interpretation and
 * normaliser. The buffers grow to the largest event seen and are kept:
 * no allocation per record once they have. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>

#include "ausearch.h"
#include "record.h"
#include "searchfmt.h"
#include "tables.h"
#include "util.h"

struct render {
	struct searchfmt *fmt;
	struct record *recs;
	size_t recs_cap;
	struct record_field *fields;
	size_t fields_cap;
	char *out;
	size_t out_cap;
};

struct render *render_create(const struct query *q)
{
	struct searchfmt_options o = { 0 };
	struct render *rd = xcalloc(1, sizeof(*rd));
	struct utsname u;

	o.escape = (enum searchfmt_escape)q->escape;
	o.extra = (q->extra_keys ? SEARCHFMT_EXTRA_KEYS : 0) |
		  (q->extra_labels ? SEARCHFMT_EXTRA_LABELS : 0) |
		  (q->extra_obj2 ? SEARCHFMT_EXTRA_OBJ2 : 0) |
		  (q->extra_time ? SEARCHFMT_EXTRA_TIME : 0);
	/* records without arch= are this machine's, as 3.0.9 reads them */
	o.host_arch = uname(&u) == 0 ? tables_arch_number(u.machine) : 0;
	if (!o.host_arch)
		o.host_arch = tables_arch_number("x86_64");
	rd->fmt = searchfmt_create(&o);
	if (!rd->fmt) {
		free(rd);
		return NULL;
	}
	return rd;
}

void render_destroy(struct render *rd)
{
	if (!rd)
		return;
	searchfmt_destroy(rd->fmt);
	free(rd->recs);
	free(rd->fields);
	free(rd->out);
	free(rd);
}

/* The event's records parsed, in order; those record_parse refuses are
 * left out (auparse drops them too). Returns how many. */
static size_t parse_event(struct render *rd, const struct search_event *ev)
{
	size_t i, n = 0, need = 0, used = 0;

	for (i = 0; i < ev->nrecs; i++)
		need += RECORD_FIELDS_FOR(ev->recs[i].len);
	if (need > rd->fields_cap) {
		rd->fields = xrealloc(rd->fields, need, sizeof(*rd->fields));
		rd->fields_cap = need;
	}
	if (ev->nrecs > rd->recs_cap) {
		rd->recs = xrealloc(rd->recs, ev->nrecs, sizeof(*rd->recs));
		rd->recs_cap = ev->nrecs;
	}
	for (i = 0; i < ev->nrecs; i++) {
		struct record *r = &rd->recs[n];

		memset(r, 0, sizeof(*r));
		r->fields = rd->fields + used;
		r->max_fields = RECORD_FIELDS_FOR(ev->recs[i].len);
		if (record_parse(r, ev->recs[i].line, ev->recs[i].len) < 0)
			continue;
		used += r->max_fields;
		n++;
	}
	return n;
}

#define RENDER_EOE	1320

typedef size_t (*event_fn)(struct searchfmt *, const struct record *, size_t, char *, size_t);

/* one formatter call, the buffer grown until the text fits */
static void emit(struct render *rd, event_fn fn, const struct record *recs, size_t n,
		 int one)
{
	size_t len;
	const char *err;

	for (;;) {
		len = one ? searchfmt_interpret(rd->fmt, recs, rd->out, rd->out_cap) :
			    fn(rd->fmt, recs, n, rd->out, rd->out_cap);
		if (len <= rd->out_cap)
			break;
		rd->out = xrealloc(rd->out, len + 4096, 1);
		rd->out_cap = len + 4096;
	}
	fwrite(rd->out, 1, len, stdout);
	err = searchfmt_error(rd->fmt);
	if (err)
		fputs(err, stderr);
}

void render_event(struct render *rd, const struct query *q, const struct search_event *ev)
{
	size_t n = parse_event(rd, ev), i;

	if (q->format == AS_CSV || q->format == AS_TEXT) {
		event_fn fn = q->format == AS_CSV ? searchfmt_csv : searchfmt_text;
		size_t start = 0;

		/* 3.0.9 hands the event's text to the normalizer, which ends
		 * an event at an EOE record: what follows one (a PROCTITLE
		 * after the EOE) is normalized as an event of its own */
		for (i = 0; i < n; i++)
			if (rd->recs[i].rtype == RENDER_EOE) {
				emit(rd, fn, rd->recs + start, i + 1 - start, 0);
				start = i + 1;
			}
		if (start < n || n == 0)
			emit(rd, fn, rd->recs + start, n - start, 0);
		return;
	}
	/* -i: as the default format, "----" and the records last first; a
	 * daemon event (1200-1299) by its last record alone */
	fputs("----\n", stdout);
	if (n && ev->recs[ev->nrecs - 1].type >= 1200 && ev->recs[ev->nrecs - 1].type <= 1299) {
		emit(rd, NULL, &rd->recs[n - 1], 1, 1);
		return;
	}
	for (i = n; i-- > 0;)
		emit(rd, NULL, &rd->recs[i], 1, 1);
}
