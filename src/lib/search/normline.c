/* normline.c - ausearch --format csv|text, the line: normalize.c's
 * analysis of an event written as a csv row or an English-like sentence
 * (../shared/spec: ausearch 2.8.1 and 2.8.2).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util.h"
#include "searchfmt-internal.h"

static void put_value(struct searchfmt *f, struct sfout *o,
		      const struct fld *fl)
{
	const char *v;
	size_t n;

	f->arch = 0;
	if (fl->nlen == 7 && memcmp(fl->name, "syscall", 7) == 0) {
		/* the normalizer's syscall: by the record's positional
		 * arch and syscall, as ENRICHED reads them */
		char *end = interp_syscall(f->val, fl->r, f->o.host_arch,
					   fl->v, fl->vlen);

		sf_put(o, f->val, (size_t)(end - f->val));
		return;
	}
	v = sf_value(f, fl->r, fl->name, fl->nlen, fl->v, fl->vlen, &n);
	if (fl->nlen == 3 && memcmp(fl->name, "key", 3) == 0) {
		/* the first of several keys */
		const char *more = memmem(v, n, " key=", 5);

		if (more)
			n = (size_t)(more - v);
	}
	sf_put(o, v, n);
}

/* the subject: an unset id is the system */
static void put_prime(struct searchfmt *f, struct sfout *o,
		      const struct norm *nm)
{
	struct sfout tmp = { .p = f->val, .cap = 64 };
	const char *v;
	size_t n;

	if (!nm->has_prime)
		return;
	v = sf_value(f, nm->prime.r, nm->prime.name, nm->prime.nlen,
		     nm->prime.v, nm->prime.vlen, &n);
	if (n == 5 && memcmp(v, "unset", 5) == 0)
		sf_puts(o, "system");
	else
		sf_put(o, v, n);
	(void)tmp;
}

static void put_object(struct searchfmt *f, struct sfout *o,
		       const struct norm *nm)
{
	if (nm->obj_is_file) {
		if (nm->has_obj_path)
			sf_put(o, nm->obj_path, nm->obj_path_len);
	} else if (nm->has_obj) {
		put_value(f, o, &nm->obj);
	}
}

static void put_obj2(struct searchfmt *f, struct sfout *o,
		     const struct norm *nm)
{
	if (nm->has_obj2_path)
		sf_put(o, nm->obj2_path, nm->obj2_path_len);
	else if (nm->has_obj2)
		put_value(f, o, &nm->obj2);
}

static bool has_object(const struct norm *nm)
{
	return nm->obj_is_file ? nm->has_obj_path : nm->has_obj;
}

static void put_action(struct searchfmt *f, struct sfout *o,
		       const struct norm *nm)
{
	if (nm->has_action_fld)
		put_value(f, o, &nm->action_fld);
	else
		sf_puts(o, nm->action ? nm->action : "did-unknown");
}

/* "success" when the result interprets to yes, suc..., or allow */
static const char *result_word(struct searchfmt *f, const struct norm *nm)
{
	const char *v;
	size_t n;

	v = sf_value(f, nm->result.r, nm->result.name, nm->result.nlen,
		     nm->result.v, nm->result.vlen, &n);
	if ((n == 3 && memcmp(v, "yes", 3) == 0) ||
	    (n >= 3 && memcmp(v, "suc", 3) == 0) ||
	    (n == 5 && memcmp(v, "allow", 5) == 0))
		return "success";
	return "failed";
}

static void put_how(struct searchfmt *f, struct sfout *o,
		    const struct norm *nm)
{
	if (nm->how_literal)
		sf_puts(o, nm->how_literal);
	else if (nm->has_how)
		put_value(f, o, &nm->how);
}

static void put_strftime(struct sfout *o, const char *fmt, const struct tm *tm)
{
	char buf[64];

	sf_put(o, buf, strftime(buf, sizeof(buf), fmt, tm));
}

static void put_num(struct sfout *o, const char *fmt, unsigned long v)
{
	char buf[32];

	sf_put(o, buf, (size_t)snprintf(buf, sizeof(buf), fmt, v));
}

static const char *type_name(const struct record *r, char *buf, size_t size)
{
	const char *name = r->rtype > 0 ?
		tables_msgtype_name((unsigned)r->rtype) : NULL;

	(void)size;
	buf[0] = '\0';
	return name ? name : buf;
}

static void csv_header(struct searchfmt *f, struct sfout *o)
{
	unsigned x = f->o.extra;

	sf_puts(o, "NODE,EVENT,DATE,TIME,");
	if (x & SEARCHFMT_EXTRA_TIME)
		sf_puts(o, "YEAR,MONTH,DAY,WEEKDAY,HOUR,MILLI,GMT_OFFSET,");
	sf_puts(o, "SERIAL_NUM,EVENT_KIND,SESSION,SUBJ_PRIME,SUBJ_SEC,SUBJ_KIND,");
	if (x & SEARCHFMT_EXTRA_LABELS)
		sf_puts(o, "SUBJ_LABEL,");
	sf_puts(o, "ACTION,RESULT,OBJ_PRIME,OBJ_SEC,");
	if (x & SEARCHFMT_EXTRA_OBJ2)
		sf_puts(o, "OBJ2,");
	if (x & SEARCHFMT_EXTRA_LABELS)
		sf_puts(o, "OBJ_LABEL,");
	sf_puts(o, "OBJ_KIND,HOW");
	if (x & SEARCHFMT_EXTRA_KEYS)
		sf_puts(o, ",KEY");
	sf_putc(o, '\n');
}

static size_t csv_line(struct searchfmt *f, const struct record *recs, size_t n,
		       char *out, size_t cap);

/* The header goes with the first line the caller takes whole: a call that
 * did not fit (asked again with room, snprintf's way) leaves it owed. */
size_t searchfmt_csv(struct searchfmt *f, const struct record *recs, size_t n,
		     char *out, size_t cap)
{
	bool owed = !f->header_done;
	size_t len = csv_line(f, recs, n, out, cap);

	if (owed && len > cap)
		f->header_done = false;
	return len;
}

static size_t csv_line(struct searchfmt *f, const struct record *recs, size_t n,
		       char *out, size_t cap)
{
	static char errbuf[64];
	struct sfout o = { .p = out, .cap = cap };
	const struct record *r = &recs[0];
	unsigned x = f->o.extra;
	struct norm nm;
	struct tm tm;
	time_t t;
	char tbuf[32];
	bool ok;

	f->error = NULL;
	if (n == 0)
		return 0;
	if (!f->header_done) {
		csv_header(f, &o);
		f->header_done = true;
	}
	ok = sf_normalize(f, &nm, recs, n);
	if (r->node)
		sf_put(&o, r->node, r->node_len);
	sf_putc(&o, ',');
	sf_puts(&o, type_name(r, tbuf, sizeof(tbuf)));
	sf_putc(&o, ',');
	t = (time_t)r->sec;
	localtime_r(&t, &tm);
	put_strftime(&o, "%x,%T,", &tm);
	if (x & SEARCHFMT_EXTRA_TIME) {
		long off = tm.tm_gmtoff < 0 ? -tm.tm_gmtoff : tm.tm_gmtoff;

		put_strftime(&o, "%Y,%m,%d,%u,%k,", &tm);
		put_num(&o, "%lu,", r->milli);
		sf_putc(&o, tm.tm_gmtoff < 0 ? '-' : '+');
		/* the "minutes" are the seconds left over (spec 2.8.1) */
		put_num(&o, "%02lu:", (unsigned long)(off / 3600));
		put_num(&o, "%02lu,", (unsigned long)((off % 3600) % 60));
	}
	put_num(&o, "%lu", r->serial);
	if (!ok) {
		snprintf(errbuf, sizeof(errbuf), "error normalizing %s\n",
			 type_name(r, tbuf, sizeof(tbuf)));
		f->error = errbuf;
		sf_puts(&o, ",,,,,,,,,,");
		if (x & SEARCHFMT_EXTRA_LABELS)
			sf_puts(&o, ",,");
		if (x & SEARCHFMT_EXTRA_KEYS)
			sf_putc(&o, ',');
		sf_putc(&o, '\n');
		return o.len;
	}
	sf_putc(&o, ',');
	sf_puts(&o, nm.kind);
	sf_putc(&o, ',');
	if (nm.has_session)
		put_value(f, &o, &nm.session);
	sf_putc(&o, ',');
	put_prime(f, &o, &nm);
	sf_putc(&o, ',');
	if (nm.has_sec)
		put_value(f, &o, &nm.sec);
	sf_putc(&o, ',');
	if (nm.subj_kind)
		sf_puts(&o, nm.subj_kind);
	sf_putc(&o, ',');
	if (x & SEARCHFMT_EXTRA_LABELS) {
		if (nm.has_subj_label)
			put_value(f, &o, &nm.subj_label);
		sf_putc(&o, ',');
	}
	put_action(f, &o, &nm);
	sf_putc(&o, ',');
	if (nm.has_result)
		sf_puts(&o, result_word(f, &nm));
	else if (nm.avc_denied)
		sf_puts(&o, "failed");
	sf_putc(&o, ',');
	put_object(f, &o, &nm);
	sf_putc(&o, ',');
	if (nm.has_obj_sec)
		put_value(f, &o, &nm.obj_sec);
	sf_putc(&o, ',');
	if (x & SEARCHFMT_EXTRA_OBJ2) {
		put_obj2(f, &o, &nm);
		sf_putc(&o, ',');
	}
	if (x & SEARCHFMT_EXTRA_LABELS) {
		if (nm.has_obj_label)
			put_value(f, &o, &nm.obj_label);
		sf_putc(&o, ',');
	}
	sf_puts(&o, nm.obj_kind ? nm.obj_kind : "unknown");
	sf_putc(&o, ',');
	put_how(f, &o, &nm);
	if (x & SEARCHFMT_EXTRA_KEYS) {
		sf_putc(&o, ',');
		if (nm.has_key)
			put_value(f, &o, &nm.key);
	}
	sf_putc(&o, '\n');
	return o.len;
}

/* a socket address as text says it: the address, else the family */
static void put_address(struct searchfmt *f, struct sfout *o,
			const struct norm *nm)
{
	static const char *const keys[] = { "laddr=", "saddr_fam=" };
	const char *v, *p, *e;
	size_t n, i;

	v = sf_value(f, nm->obj.r, nm->obj.name, nm->obj.nlen, nm->obj.v,
		     nm->obj.vlen, &n);
	for (i = 0; i < NELEM(keys); i++) {
		p = memmem(v, n, keys[i], strlen(keys[i]));
		if (p == NULL)
			continue;
		p += strlen(keys[i]);
		e = memchr(p, ' ', (size_t)(v + n - p));
		sf_put(o, p, e ? (size_t)(e - p) : (size_t)(v + n - p));
		return;
	}
	sf_put(o, v, n);
}

/* the numeric value of an id field, -1 if none */
static long long id_number(const struct fld *fl)
{
	char buf[32];

	if (fl->vlen == 0 || fl->vlen >= sizeof(buf))
		return -1;
	memcpy(buf, fl->v, fl->vlen);
	buf[fl->vlen] = '\0';
	return (int)strtoul(buf, NULL, 10);
}

size_t searchfmt_text(struct searchfmt *f, const struct record *recs,
		      size_t n, char *out, size_t cap)
{
	struct sfout o = { .p = out, .cap = cap };
	const struct record *r = &recs[0];
	struct norm nm;
	struct tm tm;
	time_t t;
	const char *action;

	f->error = NULL;
	if (n == 0)
		return 0;
	if (!sf_normalize(f, &nm, recs, n))	/* the line says nothing */
		memset(&nm, 0, sizeof(nm));
	t = (time_t)r->sec;
	localtime_r(&t, &tm);
	if (r->node) {
		sf_puts(&o, "On ");
		sf_put(&o, r->node, r->node_len);
		sf_puts(&o, " at ");
	} else {
		sf_puts(&o, "At ");
	}
	put_strftime(&o, "%T %x ", &tm);
	put_prime(f, &o, &nm);
	if (nm.has_sec && nm.has_prime && id_number(&nm.sec) != -1 &&
	    id_number(&nm.sec) != id_number(&nm.prime)) {
		sf_puts(&o, ", acting as ");
		put_value(f, &o, &nm.sec);
		sf_putc(&o, ',');
	}
	if (nm.has_result)
		sf_puts(&o, strcmp(result_word(f, &nm), "success") == 0 ?
			    " successfully " : " unsuccessfully ");
	else if (nm.avc_denied)
		sf_puts(&o, " unsuccessfully ");
	else
		sf_putc(&o, ' ');
	put_action(f, &o, &nm);
	sf_putc(&o, ' ');
	action = nm.action ? nm.action : "";
	if (has_object(&nm)) {
		if (strstr(action, "violated") && !nm.obj_is_file &&
		    !nm.obj_is_saddr)
			sf_puts(&o, "accessing");
		else if (nm.obj_is_saddr)
			put_address(f, &o, &nm);
		else
			put_object(f, &o, &nm);
		sf_putc(&o, ' ');
	}
	if (nm.has_obj2 || nm.has_obj2_path) {
		sf_puts(&o, "to ");
		put_obj2(f, &o, &nm);
		sf_putc(&o, ' ');
	}
	if ((nm.how_literal || nm.has_how) && action[0] != 'e') {
		sf_puts(&o, "using ");
		put_how(f, &o, &nm);
	}
	sf_putc(&o, '\n');
	return o.len;
}
