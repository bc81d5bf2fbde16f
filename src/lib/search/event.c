/* event.c - lines -> events as audit 3.0.9's ausearch and aureport group
 * them (the project's spec of the tools, 1.3 and 1.4), in linear time.
 *
 * The tools keep every open event in an array and, for each new event,
 * test every open one for completion and scan them all for the oldest:
 * quadratic in the events of one end_of_event_timeout window. Here the
 * same answers come from three structures:
 *   - a hash of the open ("building") events by identity, for the
 *     record that joins one;
 *   - a min-heap of the open events by second, for expiry;
 *   - a min-heap of every held event by (sec, milli, serial, slot), for
 *     output order. The slot is the index the tools' array would give the
 *     event (the lowest free one): it breaks ties between events of equal
 *     time (two nodes) as their scan does.
 * Events are pooled with their buffers, so a steady log allocates nothing.
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "search.h"
#include "tables.h"

#define TYPE_PROCTITLE	1327
#define TYPE_EOE	1320
#define TYPE_KERNEL	2000

#define EVENT_INLINE_RECS	4

struct asm_event {
	struct search_event ev;
	struct asm_event *hnext;	/* hash chain, or the free list */
	size_t slot;
	int complete;
	uint64_t hash;
	char *text;			/* node, then every line */
	size_t text_len, text_cap;
	size_t node_len;		/* the node heads text, when ev.node */
	struct search_rec *recs;	/* line = offset into text until given,
					 * unless the record is borrowed */
	unsigned char *borrowed;	/* per record: line is the caller's */
	size_t recs_cap;
	/* most events have a few records: kept here, no allocation */
	struct search_rec inl[EVENT_INLINE_RECS];
	unsigned char inl_borrowed[EVENT_INLINE_RECS];
};

/* A heap entry carries its key, so that sifting reads one array and not
 * the events: the window of a flood holds tens of thousands of them. */
struct heap_ent {
	long long sec;
	unsigned long serial;
	unsigned milli;
	unsigned slot;
	struct asm_event *e;
};

struct heap {
	struct heap_ent *v;
	size_t n, cap;
	int by_order;		/* 1: (sec, milli, serial, slot); 0: sec */
};

struct searchasm {
	unsigned timeout;
	time_t start, end;
	struct asm_event **buckets;
	size_t nbuckets, nbuilding;
	struct heap order, expire;
	size_t *free_slots;	/* a min-heap of the slots given back */
	size_t nfree, free_cap, next_slot;
	size_t ncomplete;
	struct asm_event *pool;
	struct asm_event *given;	/* the event last returned */
	struct asm_event *last;		/* the open event last begun */
};

/* ---- heaps --------------------------------------------------------------- */

static int heap_less(const struct heap *h, const struct heap_ent *a,
		     const struct heap_ent *b)
{
	if (a->sec != b->sec)
		return a->sec < b->sec;
	if (!h->by_order)
		return 0;
	if (a->milli != b->milli)
		return a->milli < b->milli;
	if (a->serial != b->serial)
		return a->serial < b->serial;
	return a->slot < b->slot;
}

static int heap_push(struct heap *h, struct asm_event *e)
{
	struct heap_ent x = { e->ev.sec, e->ev.serial, e->ev.milli,
			      (unsigned)e->slot, e };
	size_t i;

	if (h->n == h->cap) {
		size_t cap = h->cap ? 2 * h->cap : 64;
		struct heap_ent *v = realloc(h->v, cap * sizeof(*v));

		if (!v)
			return -1;
		h->v = v;
		h->cap = cap;
	}
	/* a log in time order pushes past the end: no move at all */
	for (i = h->n++; i > 0; i = (i - 1) / 2) {
		if (!heap_less(h, &x, &h->v[(i - 1) / 2]))
			break;
		h->v[i] = h->v[(i - 1) / 2];
	}
	h->v[i] = x;
	return 0;
}

/* Only the top ever leaves a heap here. */
static struct asm_event *heap_pop(struct heap *h)
{
	struct asm_event *top = h->v[0].e;
	struct heap_ent last;
	size_t i = 0;

	last = h->v[--h->n];
	for (;;) {
		size_t c = 2 * i + 1;

		if (c >= h->n)
			break;
		if (c + 1 < h->n && heap_less(h, &h->v[c + 1], &h->v[c]))
			c++;
		if (!heap_less(h, &h->v[c], &last))
			break;
		h->v[i] = h->v[c];
		i = c;
	}
	if (h->n)
		h->v[i] = last;
	return top;
}

/* The free slots: a min-heap of numbers, the lowest reused first. */
static size_t slot_take(struct searchasm *a)
{
	size_t top, i = 0, last;

	if (a->nfree == 0)
		return a->next_slot++;
	top = a->free_slots[0];
	last = a->free_slots[--a->nfree];
	for (;;) {
		size_t c = 2 * i + 1;

		if (c >= a->nfree)
			break;
		if (c + 1 < a->nfree && a->free_slots[c + 1] < a->free_slots[c])
			c++;
		if (a->free_slots[c] >= last)
			break;
		a->free_slots[i] = a->free_slots[c];
		i = c;
	}
	if (a->nfree)
		a->free_slots[i] = last;
	return top;
}

static int slot_give(struct searchasm *a, size_t slot)
{
	size_t i;

	if (a->nfree == a->free_cap) {
		size_t cap = a->free_cap ? 2 * a->free_cap : 64;
		size_t *v = realloc(a->free_slots, cap * sizeof(*v));

		if (!v)
			return -1;
		a->free_slots = v;
		a->free_cap = cap;
	}
	i = a->nfree++;
	while (i > 0 && a->free_slots[(i - 1) / 2] > slot) {
		a->free_slots[i] = a->free_slots[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	a->free_slots[i] = slot;
	return 0;
}

/* ---- the hash of open events --------------------------------------------- */

static uint64_t ident_hash(long long sec, unsigned milli, unsigned long serial,
			   const char *node, size_t node_len)
{
	uint64_t h = 1469598103934665603ULL;
	size_t i;

	h = (h ^ (uint64_t)sec) * 1099511628211ULL;
	h = (h ^ milli) * 1099511628211ULL;
	h = (h ^ serial) * 1099511628211ULL;
	if (node)
		for (i = 0; i < node_len; i++)
			h = (h ^ (unsigned char)node[i]) * 1099511628211ULL;
	else
		h ^= 0x9e3779b97f4a7c15ULL;
	return h ^ (h >> 29);
}

static int hash_grow(struct searchasm *a)
{
	size_t n = a->nbuckets ? 2 * a->nbuckets : 256, i;
	struct asm_event **b = calloc(n, sizeof(*b));

	if (!b)
		return -1;
	for (i = 0; i < a->nbuckets; i++) {
		struct asm_event *e = a->buckets[i], *next;

		for (; e; e = next) {
			next = e->hnext;
			e->hnext = b[e->hash & (n - 1)];
			b[e->hash & (n - 1)] = e;
		}
	}
	free(a->buckets);
	a->buckets = b;
	a->nbuckets = n;
	return 0;
}

static void hash_remove(struct searchasm *a, struct asm_event *e)
{
	struct asm_event **p = &a->buckets[e->hash & (a->nbuckets - 1)];

	while (*p != e)
		p = &(*p)->hnext;
	*p = e->hnext;
	e->hnext = NULL;
	a->nbuilding--;
}

/* ---- create / destroy ---------------------------------------------------- */

struct searchasm *searchasm_create(unsigned eoe_timeout, time_t start,
				   time_t end)
{
	struct searchasm *a = calloc(1, sizeof(*a));

	if (!a)
		return NULL;
	a->timeout = eoe_timeout;
	a->start = start;
	a->end = end;
	a->order.by_order = 1;
	if (hash_grow(a) < 0) {
		free(a);
		return NULL;
	}
	return a;
}

static void event_free(struct asm_event *e)
{
	free(e->text);
	if (e->recs != e->inl)
		free(e->recs);
	if (e->borrowed != e->inl_borrowed)
		free(e->borrowed);
	free(e);
}

void searchasm_destroy(struct searchasm *a)
{
	struct asm_event *e, *next;
	size_t i;

	if (!a)
		return;
	for (i = 0; i < a->order.n; i++)
		event_free(a->order.v[i].e);
	if (a->given)
		event_free(a->given);
	for (e = a->pool; e; e = next) {
		next = e->hnext;
		event_free(e);
	}
	free(a->order.v);
	free(a->expire.v);
	free(a->buckets);
	free(a->free_slots);
	free(a);
}

size_t searchasm_held(const struct searchasm *a)
{
	return a->order.n;
}

/* ---- the line's header --------------------------------------------------- */

struct header {
	long long sec;
	unsigned milli;
	unsigned long serial;
	const char *node;
	size_t node_len;
	int type;
};

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
static int parse_stamp(const char *s, unsigned timeout, struct header *h)
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
 * line starts with 'n'). */
static enum searchasm_added read_header(const struct searchasm *a,
					const char *line, size_t len,
					struct header *h, const char **ts,
					size_t *tslen)
{
	char w[341], tname[341];
	size_t n = line[0] == 'n' ? 340 : 80, pos = 0, start, tlen;
	size_t ty_start, ty_len;
	const char *stamp;
	size_t s, e;

	if (len < n)
		n = len;
	memcpy(w, line, n);
	w[n] = '\0';
	h->node = NULL;
	h->node_len = 0;
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
	ty_len = pos - ty_start;
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
	if (parse_stamp(stamp, a->timeout, h) < 0) {
		*ts = line + s;
		*tslen = e - s;
		return SEARCHASM_BADTIME;
	}
	if ((a->start && h->sec < (long long)a->start) ||
	    (a->end && h->sec > (long long)a->end))
		return SEARCHASM_IGNORED;
	memcpy(tname, w + ty_start, ty_len);
	tname[ty_len] = '\0';
	h->type = tables_msgtype_number(tname);
	return SEARCHASM_ADDED;
}

/* ---- events -------------------------------------------------------------- */

/* The first record types that complete their event at once (libaudit's
 * notion of a record that is the last of its event). */
static int completes_at_once(int type)
{
	return type == TYPE_PROCTITLE || type < 1300 || type >= 2100 ||
	       type == TYPE_KERNEL || (type >= 1406 && type <= 1419);
}

/* The text grows by what it needs, rounded: a flood's window holds every
 * open event's lines, and slack there is most of the memory. */
static int text_reserve(struct asm_event *e, size_t len)
{
	size_t cap;
	char *t;

	if (e->text_len + len <= e->text_cap)
		return 0;
	cap = (e->text_len + len + 255) & ~(size_t)255;
	t = realloc(e->text, cap);
	if (!t)
		return -1;
	e->text = t;
	e->text_cap = cap;
	return 0;
}

static int event_append(struct asm_event *e, const char *line, size_t len,
			int type, int borrow)
{
	struct search_rec *r;
	const char *sep;

	if (!borrow && text_reserve(e, len) < 0)
		return -1;
	if (e->ev.nrecs == e->recs_cap) {
		size_t cap = 2 * e->recs_cap;
		int inl = e->recs == e->inl;
		struct search_rec *v = realloc(inl ? NULL : e->recs,
					       cap * sizeof(*v));
		unsigned char *b;

		if (!v)
			return -1;
		if (inl)
			memcpy(v, e->inl, sizeof(e->inl));
		e->recs = v;
		inl = e->borrowed == e->inl_borrowed;
		b = realloc(inl ? NULL : e->borrowed, cap);
		if (!b)
			return -1;
		if (inl)
			memcpy(b, e->inl_borrowed, sizeof(e->inl_borrowed));
		e->borrowed = b;
		e->recs_cap = cap;
	}
	e->borrowed[e->ev.nrecs] = (unsigned char)borrow;
	r = &e->recs[e->ev.nrecs++];
	if (borrow) {
		r->line = line;
	} else {
		memcpy(e->text + e->text_len, line, len);
		r->line = (const char *)(uintptr_t)e->text_len;
		e->text_len += len;
	}
	r->len = len;
	sep = memchr(line, 0x1d, len);
	r->raw_len = sep ? (size_t)(sep - line) : len;
	if (sep)
		e->ev.enriched = 1;
	r->type = type;
	return 0;
}

static struct asm_event *event_find(struct searchasm *a, const struct header *h,
				    uint64_t hash)
{
	struct asm_event *e = a->buckets[hash & (a->nbuckets - 1)];

	for (; e; e = e->hnext) {
		if (e->hash != hash || e->ev.sec != h->sec ||
		    e->ev.milli != h->milli || e->ev.serial != h->serial)
			continue;
		if (!e->ev.node != !h->node)
			continue;
		if (h->node && (e->node_len != h->node_len ||
				memcmp(e->text, h->node, h->node_len)))
			continue;
		return e;
	}
	return NULL;
}

static void event_complete(struct searchasm *a, struct asm_event *e)
{
	if (a->last == e)
		a->last = NULL;
	hash_remove(a, e);
	e->complete = 1;
	a->ncomplete++;
}

static struct asm_event *event_new(struct searchasm *a, const struct header *h,
				   uint64_t hash)
{
	struct asm_event *e = a->pool;

	if (e) {
		a->pool = e->hnext;
	} else {
		e = calloc(1, sizeof(*e));
		if (!e)
			return NULL;
		e->recs = e->inl;
		e->borrowed = e->inl_borrowed;
		e->recs_cap = EVENT_INLINE_RECS;
	}
	e->ev.sec = h->sec;
	e->ev.milli = h->milli;
	e->ev.serial = h->serial;
	e->ev.type = h->type;
	e->ev.enriched = 0;
	e->ev.nrecs = 0;
	e->ev.node = NULL;
	e->complete = 0;
	e->hash = hash;
	e->hnext = NULL;
	e->text_len = 0;
	e->node_len = h->node_len;
	if (h->node) {
		/* the node, NUL-terminated, heads the text */
		if (text_reserve(e, h->node_len + 1) < 0) {
			e->hnext = a->pool;
			a->pool = e;
			return NULL;
		}
		memcpy(e->text, h->node, h->node_len);
		e->text[h->node_len] = '\0';
		e->text_len = h->node_len + 1;
		e->ev.node = "";	/* set for real when given */
	}
	return e;
}

static enum searchasm_added add_line(struct searchasm *a, const char *line,
				     size_t len, const char **ts, size_t *tslen,
				     int borrow)
{
	struct header h;
	struct asm_event *e;
	enum searchasm_added rc;
	uint64_t hash;

	if (len == 0)
		return SEARCHASM_IGNORED;
	rc = read_header(a, line, len, &h, ts, tslen);
	if (rc != SEARCHASM_ADDED)
		return rc;
	/* most records join the event begun just before them */
	e = a->last;
	if (e && e->ev.sec == h.sec && e->ev.milli == h.milli &&
	    e->ev.serial == h.serial && !e->ev.node == !h.node &&
	    (!h.node || (e->node_len == h.node_len &&
			 !memcmp(e->text, h.node, h.node_len)))) {
		if (event_append(e, line, len, h.type, borrow) < 0)
			return SEARCHASM_IGNORED;
		return SEARCHASM_ADDED;
	}
	hash = ident_hash(h.sec, h.milli, h.serial, h.node, h.node_len);
	e = event_find(a, &h, hash);
	if (e) {
		if (event_append(e, line, len, h.type, borrow) < 0)
			return SEARCHASM_IGNORED;
		return SEARCHASM_ADDED;
	}
	if (h.type == TYPE_EOE)
		return SEARCHASM_IGNORED;
	e = event_new(a, &h, hash);
	if (!e || event_append(e, line, len, h.type, borrow) < 0)
		goto nomem;
	e->slot = slot_take(a);
	if (heap_push(&a->order, e) < 0) {
		slot_give(a, e->slot);
		goto nomem;
	}
	/* the tools test every open event against the new one's second, and
	 * the new one itself by its first type: one that completes at once
	 * is never open */
	while (a->expire.n &&
	       a->expire.v[0].sec + (long long)a->timeout <= h.sec)
		event_complete(a, heap_pop(&a->expire));
	if (completes_at_once(e->ev.type)) {
		e->complete = 1;
		a->ncomplete++;
		return SEARCHASM_ADDED;
	}
	if (a->nbuilding >= a->nbuckets && hash_grow(a) < 0)
		goto nomem_held;
	if (heap_push(&a->expire, e) < 0)
		goto nomem_held;
	e->hnext = a->buckets[hash & (a->nbuckets - 1)];
	a->buckets[hash & (a->nbuckets - 1)] = e;
	a->nbuilding++;
	a->last = e;
	return SEARCHASM_ADDED;
nomem_held:
	/* held but not open: it completes with the next call */
	e->complete = 1;
	a->ncomplete++;
	return SEARCHASM_ADDED;
nomem:
	/* out of memory: the line is lost, as the tools lose it */
	if (e) {
		e->hnext = a->pool;
		a->pool = e;
	}
	return SEARCHASM_IGNORED;
}

static void give_back(struct searchasm *a)
{
	struct asm_event *e = a->given;

	if (!e)
		return;
	a->given = NULL;
	slot_give(a, e->slot);
	e->hnext = a->pool;
	a->pool = e;
}

const struct search_event *searchasm_next(struct searchasm *a)
{
	struct asm_event *e;
	size_t i;

	give_back(a);
	if (a->ncomplete == 0 || a->order.n == 0)
		return NULL;
	if (!a->order.v[0].e->complete)
		return NULL;
	e = heap_pop(&a->order);
	a->ncomplete--;
	a->given = e;
	for (i = 0; i < e->ev.nrecs; i++)
		if (!e->borrowed[i])
			e->recs[i].line = e->text +
					  (uintptr_t)e->recs[i].line;
	e->ev.recs = e->recs;
	if (e->ev.node)
		e->ev.node = e->text;
	return &e->ev;
}

enum searchasm_added searchasm_add(struct searchasm *a, const char *line,
				   size_t len, const char **ts, size_t *tslen)
{
	return add_line(a, line, len, ts, tslen, 0);
}

enum searchasm_added searchasm_add_stable(struct searchasm *a,
					  const char *line, size_t len,
					  const char **ts, size_t *tslen)
{
	return add_line(a, line, len, ts, tslen, 1);
}

const char *searchasm_oldest_stable(const struct searchasm *a)
{
	const char *low = NULL;
	size_t i, j;

	for (i = 0; i < a->order.n; i++) {
		const struct asm_event *e = a->order.v[i].e;

		for (j = 0; j < e->ev.nrecs; j++)
			if (e->borrowed[j] && (!low || e->recs[j].line < low))
				low = e->recs[j].line;
	}
	return low;
}

void searchasm_flush(struct searchasm *a)
{
	while (a->expire.n)
		event_complete(a, heap_pop(&a->expire));
}
