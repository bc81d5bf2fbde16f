/* normalize.c - ausearch --format csv|text (placeholder, see below) */
#include "searchfmt-internal.h"

size_t searchfmt_csv(struct searchfmt *f, const struct record *recs, size_t n,
		     char *out, size_t cap)
{
	(void)f; (void)recs; (void)n; (void)out; (void)cap;
	return 0;
}

size_t searchfmt_text(struct searchfmt *f, const struct record *recs,
		      size_t n, char *out, size_t cap)
{
	(void)f; (void)recs; (void)n; (void)out; (void)cap;
	return 0;
}
