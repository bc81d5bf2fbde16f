/* fuzz_record.c - libFuzzer target: any bytes as a log line through
 * record_parse() (include/record.h), the reader that ausearch, aureport and
 * the JSON output build on.
 *
 * Besides the sanitizers it checks what a caller relies on:
 *   - every field kept lies inside the line, and so do node= and the
 *     interpretation text after a 0x1D;
 *   - no more fields are kept than the caller's storage holds, and the
 *     count does not change with more storage up to the first limit;
 *   - the same line gives the same answer twice (no hidden state).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"

#define MAXF	64

static int inside(const struct record *r, const char *p, size_t n)
{
	return p >= r->line && (size_t)(p - r->line) <= r->len && n <= r->len - (size_t)(p - r->line);
}

static void check(const struct record *r)
{
	size_t i;

	if (r->nfields > r->max_fields)
		abort();
	for (i = 0; i < r->nfields; i++) {
		const struct record_field *f = &r->fields[i];

		if ((size_t)f->name + f->name_len > r->len || (size_t)f->val + f->val_len > r->len)
			abort();
	}
	if (r->node && !inside(r, r->node, r->node_len))
		abort();
	if (r->interp && !inside(r, r->interp, r->interp_len))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct record_field f1[MAXF], f2[MAXF], few[4];
	struct record a, b, c;
	int ra, rb, rc;

	memset(&a, 0, sizeof(a));
	a.fields = f1;
	a.max_fields = MAXF;
	ra = record_parse(&a, (const char *)data, size);
	memset(&b, 0, sizeof(b));
	b.fields = f2;
	b.max_fields = MAXF;
	rb = record_parse(&b, (const char *)data, size);
	if (ra != rb || a.nfields != b.nfields || a.rtype != b.rtype || a.serial != b.serial ||
	    a.sec != b.sec || memcmp(f1, f2, a.nfields * sizeof(*f1)) != 0)
		abort();
	if (ra == 0)
		check(&a);
	memset(&c, 0, sizeof(c));
	c.fields = few;
	c.max_fields = 4;
	rc = record_parse(&c, (const char *)data, size);
	if (rc != ra)
		abort();
	if (rc == 0) {
		check(&c);
		if (memcmp(few, f1, (c.nfields < a.nfields ? c.nfields : a.nfields) * sizeof(*few)))
			abort();
	}
	return 0;
}
