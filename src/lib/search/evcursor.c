/* evcursor.c - an event's fields walked with a cursor, as the programs
 * built on libauparse 3.0.9 walk them (aulast, aulastlog): a search for a
 * field starts at the cursor, goes on into the event's later records and,
 * when it finds nothing, leaves the cursor past the last record, where
 * every later search fails until the cursor goes back to the first record
 * (a search from a record's last field fails without moving it).
 * The tools' answers depend on that (a USER_LOGIN without hostname= has
 * no terminal or res either for them): see aulast(8) and the project's
 * spec of the tools, sections 6 and 7.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "search.h"
#include "util.h"

static void cursor_clear(struct evcursor *c)
{
	c->nrecs = 0;
	c->rec = 0;
	c->field = 0;
}

void evcursor_init(struct evcursor *c)
{
	memset(c, 0, sizeof(*c));
}

void evcursor_free(struct evcursor *c)
{
	free(c->recs);
	free(c->fields);
	memset(c, 0, sizeof(*c));
}

void evcursor_load(struct evcursor *c, const struct search_event *ev)
{
	size_t i, need = 0, used = 0;

	cursor_clear(c);
	for (i = 0; i < ev->nrecs; i++)
		need += RECORD_FIELDS_FOR(ev->recs[i].len);
	if (ev->nrecs > c->recs_cap) {
		c->recs = xrealloc(c->recs, ev->nrecs, sizeof(*c->recs));
		c->recs_cap = ev->nrecs;
	}
	if (need > c->fields_cap) {
		c->fields = xrealloc(c->fields, need, sizeof(*c->fields));
		c->fields_cap = need;
	}
	for (i = 0; i < ev->nrecs; i++) {
		struct record *r = &c->recs[i];

		memset(r, 0, sizeof(*r));
		r->fields = c->fields + used;
		r->max_fields = RECORD_FIELDS_FOR(ev->recs[i].len);
		used += r->max_fields;
		/* a line auparse would drop is a record without fields */
		if (record_parse(r, ev->recs[i].line, ev->recs[i].len) < 0)
			r->nfields = 0;
	}
	c->nrecs = ev->nrecs;
}

void evcursor_first(struct evcursor *c)
{
	c->rec = 0;
	c->field = 0;
}

const struct record *evcursor_record(const struct evcursor *c)
{
	return c->rec < c->nrecs ? &c->recs[c->rec] : NULL;
}

const struct record_field *evcursor_field(const struct evcursor *c)
{
	const struct record *r = evcursor_record(c);

	return r && c->field < r->nfields ? &r->fields[c->field] : NULL;
}

static int field_is(const struct record *r, size_t i, const char *name)
{
	const struct record_field *f = &r->fields[i];
	size_t n = strlen(name);

	return f->name_len == n && memcmp(r->line + f->name, name, n) == 0;
}

static const char *found(struct evcursor *c, size_t *len)
{
	const struct record *r = &c->recs[c->rec];
	const struct record_field *f = &r->fields[c->field];

	*len = f->val_len;
	return r->line + f->val;
}

int evcursor_next_field(struct evcursor *c)
{
	const struct record *r = evcursor_record(c);

	if (!r || c->field + 1 >= r->nfields)
		return 0;
	c->field++;
	return 1;
}

const char *evcursor_find_next(struct evcursor *c, const char *name,
			       size_t *len)
{
	const struct record *r = evcursor_record(c);
	size_t i;

	if (!r)
		return NULL;
	/* one step past the cursor, then this record's rest and each later
	 * record from its first field. From a record's last field there is
	 * no step: the search fails there and the cursor stays (seen with
	 * Debian's aulast --extract: the record is still the current one) */
	if (c->field + 1 >= r->nfields)
		return NULL;
	i = c->field + 1;
	for (;;) {
		for (; i < r->nfields; i++) {
			if (field_is(r, i, name)) {
				c->field = i;
				return found(c, len);
			}
		}
		c->rec++;
		c->field = 0;
		r = evcursor_record(c);
		if (!r)
			return NULL;
		i = 0;
	}
}

const char *evcursor_find(struct evcursor *c, const char *name, size_t *len)
{
	const struct record *r = evcursor_record(c);

	if (!r)
		return NULL;
	if (c->field < r->nfields && field_is(r, c->field, name))
		return found(c, len);
	return evcursor_find_next(c, name, len);
}

int evcursor_int(const char *v, size_t len)
{
	char buf[32];
	long n;

	/* auparse_get_field_int(): strtol's long as an int (4294967295 is
	 * -1), -1 when out of range; a value too long for a number is none */
	if (len >= sizeof(buf))
		return -1;
	memcpy(buf, v, len);
	buf[len] = '\0';
	errno = 0;
	n = strtol(buf, NULL, 10);
	return errno ? -1 : (int)n;
}
