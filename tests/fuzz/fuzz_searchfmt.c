/* fuzz_searchfmt.c - libFuzzer target: any bytes as an event's log lines
 * (one record a line, at most 16) through ausearch's -i, csv and text
 * renderers (include/searchfmt.h), in every --escape mode.
 *
 * Besides the sanitizers it checks what a caller relies on:
 *   - a call with a small buffer returns the same length as one with a
 *     large buffer, and writes the same first bytes (snprintf-like);
 *   - the same event gives the same text twice (no state leaks between
 *     calls but the csv header).
 * Names come from a fixed table: no NSS lookups.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "searchfmt.h"

#define MAXR	16
#define MAXF	512
#define BIG	(1 << 20)

static int uid_name(uid_t id, char *buf, size_t len, void *arg)
{
	(void)arg;
	if (id % 3)
		return -1;
	snprintf(buf, len, "u%u", (unsigned)id);
	return 0;
}

static int gid_name(gid_t id, char *buf, size_t len, void *arg)
{
	(void)arg;
	if (id % 5)
		return -1;
	snprintf(buf, len, "g %u", (unsigned)id);
	return 0;
}

typedef size_t (*event_fn)(struct searchfmt *, const struct record *,
			   size_t, char *, size_t);

static void same_twice(struct searchfmt *f, event_fn fn,
		       const struct record *r, size_t n, char *big, char *big2)
{
	char small[16];
	size_t a, b, c;

	a = fn(f, r, n, big, BIG);
	b = fn(f, r, n, big2, BIG);
	c = fn(f, r, n, small, sizeof(small));
	if (a != b || a != c || (a <= BIG && memcmp(big, big2, a) != 0) ||
	    memcmp(big, small, a < sizeof(small) ? a : sizeof(small)) != 0)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct record_field fields[MAXR][MAXF];
	static char big[BIG], big2[BIG];
	static const struct names_lookup lookup = { uid_name, gid_name, NULL };
	struct record recs[MAXR];
	const char *p = (const char *)data, *end = p + size;
	size_t n = 0, i;
	int esc;

	while (p < end && n < MAXR) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);

		memset(&recs[n], 0, sizeof(recs[n]));
		recs[n].fields = fields[n];
		recs[n].max_fields = MAXF;
		if (record_parse(&recs[n], p, len) == 0)
			n++;
		p += len + 1;
	}
	if (n == 0)
		return 0;
	for (esc = SEARCHFMT_ESC_RAW; esc <= SEARCHFMT_ESC_SHELL_QUOTE; esc++) {
		struct searchfmt_options o = {
			.escape = (enum searchfmt_escape)esc,
			.extra = (unsigned)esc * 5 & 0xf,
			.lookup = &lookup,
			.host_arch = 0xc000003e,
		};
		/* one formatter a mode for the whole run: the csv header
		 * is written once, as in ausearch */
		static struct searchfmt *fmts[SEARCHFMT_ESC_SHELL_QUOTE + 1];
		struct searchfmt *f;

		if (fmts[esc] == NULL)
			fmts[esc] = searchfmt_create(&o);
		f = fmts[esc];
		if (f == NULL)
			abort();
		for (i = 0; i < n; i++) {
			char small[16];
			size_t a = searchfmt_interpret(f, &recs[i], big, BIG);
			size_t b = searchfmt_interpret(f, &recs[i], big2, BIG);
			size_t c = searchfmt_interpret(f, &recs[i], small,
						       sizeof(small));

			if (a != b || a != c ||
			    (a <= BIG && memcmp(big, big2, a) != 0))
				abort();
		}
		searchfmt_csv(f, recs, n, big, BIG);	/* the header, once */
		same_twice(f, searchfmt_csv, recs, n, big, big2);
		same_twice(f, searchfmt_text, recs, n, big, big2);
	}
	return 0;
}
