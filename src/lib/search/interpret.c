/* interpret.c - ausearch -i: a record's line as Debian 12's ausearch 3.0.9
 * prints it interpreted (../shared/spec: ausearch 2.6 and 2.7).
 *
 * The line is scanned as ausearch scans it, not as record_parse() splits
 * it: each "name=" is printed as found, its value delimited by quotes,
 * a space or (outside MAC labels) a comma, and replaced by its
 * interpretation. The field kinds and the renderers are values.c; the
 * names of syscall arguments and a few shared kinds come from the record
 * library (interp_syscall_arg_names(), interp_value()).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util.h"
#include "searchfmt-internal.h"

void sf_put(struct sfout *o, const char *s, size_t n)
{
	if (o->len < o->cap) {
		size_t room = o->cap - o->len;

		memcpy(o->p + o->len, s, n < room ? n : room);
	}
	o->len += n;
}

void sf_puts(struct sfout *o, const char *s)
{
	sf_put(o, s, strlen(s));
}

void sf_putc(struct sfout *o, char c)
{
	sf_put(o, &c, 1);
}

static const char shell_chars[] = "\"'`$\\!()| ";
static const char quote_chars[] = ";#&*?[]<>{}";

static bool needs_escape(enum searchfmt_escape mode, unsigned char c)
{
	if (mode == SEARCHFMT_ESC_RAW)
		return false;
	if (c < 0x20)
		return true;
	if (mode == SEARCHFMT_ESC_TTY || c == 0)
		return false;
	if (strchr(shell_chars, c))
		return true;
	return mode == SEARCHFMT_ESC_SHELL_QUOTE && strchr(quote_chars, c);
}

void sf_put_escaped(struct sfout *o, enum searchfmt_escape mode,
		    const char *s, size_t n)
{
	size_t i, start = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		char oct[4];

		if (!needs_escape(mode, c))
			continue;
		sf_put(o, s + start, i - start);
		start = i + 1;
		if (c < 0x20) {
			oct[0] = '\\';
			oct[1] = (char)('0' + (c >> 6));
			oct[2] = (char)('0' + ((c >> 3) & 7));
			oct[3] = (char)('0' + (c & 7));
			sf_put(o, oct, 4);
		} else {
			sf_putc(o, '\\');
			sf_putc(o, (char)c);
		}
	}
	sf_put(o, s + start, n - start);
}

void searchfmt_write_escaped(FILE *f, enum searchfmt_escape mode, const char *s, size_t n)
{
	size_t i, start = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (!needs_escape(mode, c))
			continue;
		fwrite(s + start, 1, i - start, f);
		if (c < 0x20)
			fprintf(f, "\\%03o", c);
		else
			fprintf(f, "\\%c", c);
		start = i + 1;
	}
	fwrite(s + start, 1, n - start, f);
}

int searchfmt_escape_mode(const char *word)
{
	static const char *const words[] = {
		[SEARCHFMT_ESC_RAW] = "raw",
		[SEARCHFMT_ESC_TTY] = "tty",
		[SEARCHFMT_ESC_SHELL] = "shell",
		[SEARCHFMT_ESC_SHELL_QUOTE] = "shell_quote",
	};
	size_t i;

	for (i = 0; i < NELEM(words); i++)
		if (strcmp(word, words[i]) == 0)
			return (int)i;
	return -1;
}

struct searchfmt *searchfmt_create(const struct searchfmt_options *o)
{
	struct searchfmt *f = calloc(1, sizeof(*f));

	if (f == NULL)
		return NULL;
	if (o) {
		f->o = *o;
	} else {
		f->o.escape = SEARCHFMT_ESC_TTY;
		f->o.host_arch = tables_arch_number("x86_64");
	}
	f->names = names_create(f->o.lookup);
	f->val = malloc(SEARCHFMT_SCRATCH);
	f->esc = malloc(SEARCHFMT_SCRATCH);
	if (f->names == NULL || f->val == NULL || f->esc == NULL) {
		searchfmt_destroy(f);
		return NULL;
	}
	return f;
}

void searchfmt_destroy(struct searchfmt *f)
{
	if (f == NULL)
		return;
	names_destroy(f->names);
	free(f->val);
	free(f->esc);
	free(f);
}

const char *searchfmt_error(const struct searchfmt *f)
{
	return f->error;
}

/* the line without its enrichment */
static size_t raw_len(const struct record *r)
{
	if (r->interp)
		return (size_t)(r->interp - 1 - r->line);
	return r->len;
}

static void put_time(struct sfout *o, const struct record *r)
{
	char buf[128];
	struct tm tm;
	time_t t = (time_t)r->sec;
	size_t n;

	localtime_r(&t, &tm);
	n = strftime(buf, sizeof(buf), "%x %T", &tm);
	sf_put(o, buf, n);
	n = (size_t)snprintf(buf, sizeof(buf), ".%03u:%lu) ", r->milli,
			     r->serial);
	sf_put(o, buf, n);
}

/* One value: where it ends, and whether a comma ended it. */
static const char *value_end(const char *v, const char *end, bool keep_commas,
			     const char **next, bool *comma)
{
	*comma = false;
	if (v < end && (*v == '\'' || *v == '"')) {
		const char *q = memchr(v + 1, *v, (size_t)(end - v - 1));

		if (q == NULL) {
			*next = end;
			return end;
		}
		*next = q + 2 < end ? q + 2 : end;
		return q + 1;
	} else {
		const char *sp = memchr(v, ' ', (size_t)(end - v));
		const char *stop = sp ? sp : end;
		const char *c = memchr(v, ',', (size_t)(stop - v));

		if (c && !keep_commas) {
			*comma = true;
			*next = c + 1;
			return c;
		}
		*next = sp ? sp + 1 : end;
		return stop;
	}
}

size_t searchfmt_interpret(struct searchfmt *f, const struct record *r,
			   char *out, size_t cap)
{
	struct sfout o = { .p = out, .cap = cap };
	const char *p = r->line, *end = r->line + raw_len(r);
	const char *paren, *close, *type_name = NULL;
	bool found = false, comma = false;

	f->error = NULL;
	f->arch = 0;
	if (r->node) {
		const char *sp = memchr(p, ' ', (size_t)(end - p));

		p = sp ? sp + 1 : end;
	}
	paren = memchr(p, '(', (size_t)(end - p));
	if (paren == NULL) {
		f->error = "can't find time stamp\n";
		return 0;
	}
	if (r->node) {
		sf_puts(&o, "node=");
		sf_put(&o, r->node, r->node_len);
		sf_putc(&o, ' ');
	}
	if (r->rtype > 0)
		type_name = tables_msgtype_name((unsigned)r->rtype);
	if (type_name) {
		sf_puts(&o, "type=");
		sf_puts(&o, type_name);
		sf_puts(&o, " msg=audit(");
	} else {
		sf_put(&o, p, (size_t)(paren - p) + 1);
	}
	close = memchr(paren, ')', (size_t)(end - paren));
	if (close == NULL)
		return o.len;
	put_time(&o, r);
	p = close + 1;
	while (p < end) {
		const char *eq = memchr(p, '=', (size_t)(end - p));
		const char *name, *v, *vend, *next, *val;
		size_t nlen, vlen;
		unsigned flags;

		if (eq == NULL)
			break;
		found = true;
		name = eq;
		while (name > p && name[-1] != ' ')
			name--;
		sf_put(&o, p, (size_t)(eq - p) + 1);
		nlen = (size_t)(eq - name);
		/* ausearch's name starts at the space it stopped on, so
		 * only a name right at p (after a value) can be "msg" */
		if (name == p && nlen == 3 && memcmp(name, "msg", 3) == 0) {
			p = eq + 1;
			continue;
		}
		if (nlen && *name == '\'') {
			name++;
			nlen--;
		}
		v = eq + 1;
		/* the comma rule looks the name up as ausearch cut it: one
		 * found after a space (the first field's) keeps the space
		 * and is no MAC label */
		flags = name == p ? sf_field_flags(r->rtype, name, nlen, v,
						   (size_t)(end - v)) : 0;
		vend = value_end(v, end, flags & SF_MAC_LABEL, &next, &comma);
		vlen = (size_t)(vend - v);
		flags = sf_field_flags(r->rtype, name, nlen, v, vlen);
		if (flags & SF_UNCLASSIFIED) {
			sf_put(&o, v, vlen);
		} else {
			val = sf_value(f, r, name, nlen, v, vlen, &vlen);
			sf_put(&o, val, vlen);
		}
		/* a comma ends a value; only a raw one gets it back */
		if (!(flags & SF_TTY_DATA))
			sf_putc(&o, comma && (flags & SF_UNCLASSIFIED) ?
				    ',' : ' ');
		p = next;
	}
	if (!found || comma) {
		sf_put_escaped(&o, f->o.escape, p, (size_t)(end - p));
		sf_putc(&o, '\n');
	}
	sf_putc(&o, '\n');
	return o.len;
}
