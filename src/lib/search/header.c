/* header.c - the part of a log line the event assembly reads: node, type
 * and timestamp, as audit 3.0.9's tools read them (the project's spec of
 * the tools, 1.3). The form auditd writes is read in place; any other
 * goes through the tools' own steps, so odd lines get their answers. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "search.h"
#include "search-int.h"
#include "tables.h"

/* Next token of window w (spaces separate, runs count once). */
static int next_token(const char *w, size_t n, size_t *pos, size_t *start,
		      size_t *len)
{
	size_t i = *pos;

	while (i < n && w[i] == ' ')
		i++;
	if (i >= n)
		return 0;
	*start = i;
	while (i < n && w[i] != ' ')
		i++;
	*len = i - *start;
	*pos = i;
	return 1;
}

/* The timestamp "SEC[.MILLI][:SERIAL]" read as the tools read it
 * (strtoul, so a sign or leading blanks pass): 0, or -1 when refused. */
static int parse_stamp(const char *s, unsigned timeout, struct searchhdr *h)
{
	const char *p;

	/* into a signed time_t, as theirs: "-5" is second -5 */
	errno = 0;
	h->sec = (long)strtoul(s, NULL, 10);
	if (errno || h->sec > LONG_MAX - (long)timeout - 1)
		return -1;
	h->milli = 0;
	h->serial = 0;
	p = strchr(s, '.');
	if (p) {
		p++;
		/* into an unsigned int, as theirs */
		h->milli = (unsigned)strtoul(p, NULL, 10);
		if (errno || h->milli > 999)
			return -1;
		s = p;
	}
	p = strchr(s, ':');
	if (p) {
		h->serial = strtoul(p + 1, NULL, 10);
		if (errno)
			return -1;
	}
	return 0;
}

/* Spec 1.3: node, type and timestamp from the first 80 bytes (340 when the
 * line starts with 'n'): the stamp in h, the type's name in *tname. */
static enum searchasm_added slow_header(unsigned timeout,
					const char *line, size_t len,
					struct searchhdr *h, const char **tname,
					size_t *tname_len, const char **ts,
					size_t *tslen)
{
	char w[341];
	size_t n = line[0] == 'n' ? 340 : 80, pos = 0, start, tlen;
	size_t ty_start;
	const char *stamp;
	size_t s, e;

	if (len < n)
		n = len;
	memcpy(w, line, n);
	w[n] = '\0';
	if (!next_token(w, n, &pos, &start, &tlen))
		return SEARCHASM_IGNORED;
	if (w[start] == 'n') {
		size_t ns = start + 5 < pos ? start + 5 : pos;

		h->node = line + ns;
		h->node_len = pos - ns;
		if (!next_token(w, n, &pos, &start, &tlen))
			return SEARCHASM_IGNORED;
	}
	ty_start = start + 5 < pos ? start + 5 : pos;
	*tname = line + ty_start;
	*tname_len = pos - ty_start;
	if (!next_token(w, n, &pos, &start, &tlen) || tlen <= 18)
		return SEARCHASM_IGNORED;
	if (w[start + 9] == '(') {
		s = start + 10;
	} else {
		const char *paren = memchr(w + start, '(', tlen);

		if (!paren)
			return SEARCHASM_IGNORED;
		s = (size_t)(paren - w) + 1;
	}
	for (e = s; e < pos && w[e] != ')'; e++)
		;
	w[e] = '\0';
	stamp = w + s;
	if (parse_stamp(stamp, timeout, h) < 0) {
		*ts = line + s;
		*tslen = e - s;
		return SEARCHASM_BADTIME;
	}
	return SEARCHASM_ADDED;
}

/* Up to max decimal digits at *p (before end): 0 with the value, -1 when
 * there are none or more. */
static int digits(const char **p, const char *end, int max,
		  unsigned long long *v)
{
	const char *s = *p, *q = s;
	unsigned long long x = 0;

	while (q < end && *q >= '0' && *q <= '9' && q - s < max)
		x = x * 10 + (unsigned)(*q++ - '0');
	if (q == s || (q < end && *q >= '0' && *q <= '9'))
		return -1;
	*p = q;
	*v = x;
	return 0;
}

/* The header every record auditd writes has, "type=NAME
 * msg=audit(SEC.MILLI:SERIAL): ", read in place: 1, with what slow_header
 * would find; 0 for any other form (slow_header decides). */
static int fast_header(const char *line, size_t len, struct searchhdr *h,
		       const char **tname, size_t *tname_len)
{
	const char *wend = line + (len < 80 ? len : 80), *sp, *t, *te, *p;
	unsigned long long sec, milli, serial;

	if (len < 5 || memcmp(line, "type=", 5) != 0)
		return 0;
	sp = memchr(line + 5, ' ', (size_t)(wend - line - 5));
	if (!sp)
		return 0;
	t = sp + 1;
	if (wend - t < 10 || memcmp(t, "msg=audit(", 10) != 0)
		return 0;
	te = memchr(t, ' ', (size_t)(wend - t));
	if (!te)
		te = wend;
	if (te - t <= 18)
		return 0;
	p = t + 10;
	if (digits(&p, te, 18, &sec) < 0 || p == te || *p++ != '.' ||
	    digits(&p, te, 3, &milli) < 0 || p == te || *p++ != ':' ||
	    digits(&p, te, 18, &serial) < 0 || p == te || *p != ')')
		return 0;
	h->sec = (long long)sec;
	h->milli = (unsigned)milli;
	h->serial = (unsigned long)serial;
	*tname = line + 5;
	*tname_len = (size_t)(sp - line - 5);
	return 1;
}

/* The number of a type name: a log is mostly a few types, so the last
 * names looked up are kept. */
static int type_number(struct searchhdr_cache *a, const char *name, size_t len)
{
	struct searchhdr_type *c;
	char buf[341];
	unsigned i;
	int type;

	for (i = 0; i < SEARCHHDR_CACHE; i++) {
		c = &a->types[i];
		if (len && c->len == len && memcmp(c->name, name, len) == 0)
			return c->type;
	}
	memcpy(buf, name, len);
	buf[len] = '\0';
	type = tables_msgtype_number(buf);
	if (len && len < sizeof(c->name)) {
		c = &a->types[a->next++ % SEARCHHDR_CACHE];
		memcpy(c->name, name, len);
		c->len = len;
		c->type = type;
	}
	return type;
}

enum searchasm_added searchhdr_read(struct searchhdr_cache *c, unsigned timeout,
				    time_t start, time_t end, const char *line,
				    size_t len, struct searchhdr *h,
				    const char **ts, size_t *tslen)
{
	const char *tname;
	size_t tname_len;

	h->node = NULL;
	h->node_len = 0;
	if (!fast_header(line, len, h, &tname, &tname_len)) {
		enum searchasm_added rc = slow_header(timeout, line, len, h,
						      &tname, &tname_len, ts,
						      tslen);

		if (rc != SEARCHASM_ADDED)
			return rc;
	}
	if ((start && h->sec < (long long)start) ||
	    (end && h->sec > (long long)end))
		return SEARCHASM_IGNORED;
	h->type = type_number(c, tname, tname_len);
	return SEARCHASM_ADDED;
}
