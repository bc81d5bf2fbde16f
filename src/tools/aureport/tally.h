/* tally.h - distinct strings with counts (tally.c). */
#ifndef VIGIL_AUREPORT_TALLY_H
#define VIGIL_AUREPORT_TALLY_H

#include <stddef.h>

struct tally_ent {
	char *s;
	long long num;		/* the order of numeric tallies */
	unsigned long count;
	size_t order;		/* first seen */
};

struct tally {
	struct tally_ent *e;
	size_t n, cap;
	size_t *slot;		/* open addressing: entry index + 1 */
	size_t nslot;
};

void tally_init(struct tally *t);
void tally_free(struct tally *t);
/* Count s (num: its value, for numeric tallies); 1 when it is new. */
int tally_add(struct tally *t, const char *s, long long num);
/* Count descending; ties by value (numeric) or first seen. No more
 * tally_add afterwards. */
void tally_sort(struct tally *t, int numeric);

#endif
