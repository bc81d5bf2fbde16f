/* tally.c - distinct values with their counts, in first-seen order, for
 * the summaries: a hash over the entries so that counting stays linear. */
#include <stdlib.h>
#include <string.h>

#include "tally.h"
#include "util.h"

static size_t hash(const char *s)
{
	size_t h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

void tally_init(struct tally *t)
{
	memset(t, 0, sizeof(*t));
}

void tally_free(struct tally *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		free(t->e[i].s);
	free(t->e);
	free(t->slot);
}

static void rehash(struct tally *t)
{
	size_t i, cap = t->nslot ? t->nslot * 2 : 64;

	free(t->slot);
	t->slot = xcalloc(cap, sizeof(*t->slot));
	t->nslot = cap;
	for (i = 0; i < t->n; i++) {
		size_t h = hash(t->e[i].s) & (cap - 1);

		while (t->slot[h])
			h = (h + 1) & (cap - 1);
		t->slot[h] = i + 1;
	}
}

int tally_add(struct tally *t, const char *s, long long num)
{
	size_t h;

	if ((t->n + 1) * 2 > t->nslot)
		rehash(t);
	h = hash(s) & (t->nslot - 1);
	while (t->slot[h]) {
		struct tally_ent *e = &t->e[t->slot[h] - 1];

		if (strcmp(e->s, s) == 0) {
			e->count++;
			return 0;
		}
		h = (h + 1) & (t->nslot - 1);
	}
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->e = xrealloc(t->e, t->cap, sizeof(*t->e));
	}
	t->e[t->n].s = xstrdup(s);
	t->e[t->n].num = num;
	t->e[t->n].count = 1;
	t->e[t->n].order = t->n;
	t->slot[h] = ++t->n;
	return 1;
}

static int by_count_then_order(const void *a, const void *b)
{
	const struct tally_ent *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static int by_count_then_num(const void *a, const void *b)
{
	const struct tally_ent *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return x->num < y->num ? -1 : x->num > y->num;
}

void tally_sort(struct tally *t, int numeric)
{
	/* the hash is not used after sorting */
	free(t->slot);
	t->slot = NULL;
	t->nslot = 0;
	qsort(t->e, t->n, sizeof(*t->e),
	      numeric ? by_count_then_num : by_count_then_order);
}
