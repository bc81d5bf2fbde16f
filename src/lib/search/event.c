/* event.c - lines -> events as audit 3.0.9's ausearch and aureport group
 * them (the project's spec of the tools, 1.3 and 1.4), in linear time.
 *
 * The tools keep every open event in an array and, for each new event,
 * test every open one for completion and scan them all for the oldest:
 * quadratic in the events of one end_of_event_timeout window. Here the
 * same answers come from three structures:
 *   - a hash of the open ("building") events by identity, for the
 *     record that joins one;
 *   - a queue of the open events by second, for expiry;
 *   - a queue of every held event by (sec, milli, serial, slot), for
 *     output order. The slot is the index the tools' array would give the
 *     event (the lowest free one): it breaks ties between events of equal
 *     time (two nodes) as their scan does.
 * A queue is a FIFO while events come in order, as they do in a log, and
 * a min-heap for those that do not: its minimum is the lesser of the two
 * heads, so a log in order costs no sifting at all.
 * Events are pooled with their buffers, so a steady log allocates nothing.
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "search.h"
#include "search-int.h"
#include "tables.h"

#define TYPE_PROCTITLE	1327
#define TYPE_EOE	1320
#define TYPE_KERNEL	2000

#define EVENT_INLINE_RECS	4
/* events a slab holds: few in the first (a short log), then many */
#define SLAB_EVENTS(i)		((i) ? 1024 : 32)

struct asm_event {
	struct search_event ev;
	struct asm_event *hnext;	/* hash chain, or the free list */
	uint64_t hash;
	unsigned slot;
	int complete;
	char *text;			/* node, then every copied line */
	size_t text_len, text_cap;
	size_t node_len;		/* the node heads text, when ev.node */
	struct search_rec *recs;	/* line = offset into text until given,
					 * unless the record is borrowed */
	unsigned char *borrowed;	/* per record: line is held from the
					 * reader (logread_hold) */
	size_t recs_cap;
	/* most events have a few records: kept here, no allocation */
	struct search_rec inl[EVENT_INLINE_RECS];
	unsigned char inl_borrowed[EVENT_INLINE_RECS];
};

/* A heap entry carries its key, so that sifting reads one array and not
 * the events. */
struct heap_ent {
	long long sec;
	unsigned long serial;
	unsigned milli;
	unsigned slot;
	struct asm_event *e;
};

/* A queue (see above): the FIFO holds events in key order, the heap the
 * others. */
struct queue {
	struct asm_event **ring;
	size_t head, n, cap;		/* the FIFO: ring[head], n of them */
	struct heap_ent *v;		/* the heap */
	size_t hn, hcap;
	int by_order;			/* 1: (sec, milli, serial, slot); 0: sec */
};

/* The free slots: a bitmap (a set bit is a free slot) and a summary of
 * its words that have one, so the lowest is found in a few words. */
struct slots {
	uint64_t *bits, *sum;
	size_t nwords;			/* bits has nwords, sum nwords / 64 */
	size_t nfree, next;
};

struct searchasm {
	unsigned timeout;
	time_t start, end;
	struct asm_event **buckets;
	size_t nbuckets, nbuilding;
	struct queue order, expire;
	struct slots slots;
	size_t ncomplete;
	struct asm_event *pool;
	struct asm_event *given;	/* the event last returned */
	struct asm_event *last;		/* the open event last begun */
	struct asm_event *took;		/* the event the last line joined */
	unsigned long max_serial;	/* the highest serial begun */
	int any_serial;			/* max_serial is set */
	struct logread *lr;		/* where held lines come from */
	struct asm_event **slabs;	/* every event lives in one */
	size_t nslabs, slabs_cap;
	struct searchhdr_cache types;
};

/* ---- queues -------------------------------------------------------------- */

static int key_less(int by_order, long long asec, unsigned amilli,
		    unsigned long aserial, unsigned aslot, long long bsec,
		    unsigned bmilli, unsigned long bserial, unsigned bslot)
{
	if (asec != bsec)
		return asec < bsec;
	if (!by_order)
		return 0;
	if (amilli != bmilli)
		return amilli < bmilli;
	if (aserial != bserial)
		return aserial < bserial;
	return aslot < bslot;
}

static int ent_less(const struct queue *q, const struct heap_ent *a,
		    const struct heap_ent *b)
{
	return key_less(q->by_order, a->sec, a->milli, a->serial, a->slot,
			b->sec, b->milli, b->serial, b->slot);
}

static int ev_less(const struct queue *q, const struct asm_event *a,
		   const struct asm_event *b)
{
	return key_less(q->by_order, a->ev.sec, a->ev.milli, a->ev.serial,
			a->slot, b->ev.sec, b->ev.milli, b->ev.serial, b->slot);
}

static int heap_push(struct queue *q, struct asm_event *e)
{
	struct heap_ent x = { e->ev.sec, e->ev.serial, e->ev.milli, e->slot, e };
	size_t i;

	if (q->hn == q->hcap) {
		size_t cap = q->hcap ? 2 * q->hcap : 64;
		struct heap_ent *v = realloc(q->v, cap * sizeof(*v));

		if (!v)
			return -1;
		q->v = v;
		q->hcap = cap;
	}
	for (i = q->hn++; i > 0; i = (i - 1) / 2) {
		if (!ent_less(q, &x, &q->v[(i - 1) / 2]))
			break;
		q->v[i] = q->v[(i - 1) / 2];
	}
	q->v[i] = x;
	return 0;
}

static struct asm_event *heap_pop(struct queue *q)
{
	struct asm_event *top = q->v[0].e;
	struct heap_ent last;
	size_t i = 0;

	last = q->v[--q->hn];
	for (;;) {
		size_t c = 2 * i + 1;

		if (c >= q->hn)
			break;
		if (c + 1 < q->hn && ent_less(q, &q->v[c + 1], &q->v[c]))
			c++;
		if (!ent_less(q, &q->v[c], &last))
			break;
		q->v[i] = q->v[c];
		i = c;
	}
	if (q->hn)
		q->v[i] = last;
	return top;
}

static struct asm_event *ring_at(const struct queue *q, size_t i)
{
	return q->ring[(q->head + i) & (q->cap - 1)];
}

static int queue_push(struct queue *q, struct asm_event *e)
{
	if (q->n && ev_less(q, e, ring_at(q, q->n - 1)))
		return heap_push(q, e);
	if (q->n == q->cap) {
		size_t cap = q->cap ? 2 * q->cap : 64, i;
		struct asm_event **r = malloc(cap * sizeof(*r));

		if (!r)
			return -1;
		for (i = 0; i < q->n; i++)
			r[i] = ring_at(q, i);
		free(q->ring);
		q->ring = r;
		q->head = 0;
		q->cap = cap;
	}
	q->ring[(q->head + q->n++) & (q->cap - 1)] = e;
	return 0;
}

static size_t queue_len(const struct queue *q)
{
	return q->n + q->hn;
}

/* The least event, NULL when empty; *from_heap says where it is. */
static struct asm_event *queue_top(const struct queue *q, int *from_heap)
{
	struct asm_event *r = q->n ? ring_at(q, 0) : NULL;

	*from_heap = q->hn && (!r || ent_less(q, &q->v[0], &(struct heap_ent){
		r->ev.sec, r->ev.serial, r->ev.milli, r->slot, r }));
	return *from_heap ? q->v[0].e : r;
}

static struct asm_event *queue_pop(struct queue *q)
{
	int from_heap;
	struct asm_event *e = queue_top(q, &from_heap);

	if (from_heap)
		return heap_pop(q);
	q->head = (q->head + 1) & (q->cap - 1);
	q->n--;
	return e;
}

/* The i-th held event in no order, for destroy. */
static struct asm_event *queue_at(const struct queue *q, size_t i)
{
	return i < q->n ? ring_at(q, i) : q->v[i - q->n].e;
}

static void queue_free(struct queue *q)
{
	free(q->ring);
	free(q->v);
}

/* ---- slots --------------------------------------------------------------- */

static unsigned slot_take(struct slots *s)
{
	size_t w, i;
	unsigned slot;

	if (s->nfree == 0)
		return (unsigned)s->next++;
	for (w = 0; !s->sum[w]; w++)
		;
	i = w * 64 + (size_t)__builtin_ctzll(s->sum[w]);
	slot = (unsigned)(i * 64 + (size_t)__builtin_ctzll(s->bits[i]));
	s->bits[i] &= s->bits[i] - 1;
	if (!s->bits[i])
		s->sum[w] &= ~(1ULL << (i & 63));
	s->nfree--;
	return slot;
}

static int slot_give(struct slots *s, unsigned slot)
{
	size_t i = slot / 64;

	if (i >= s->nwords) {
		size_t n = s->nwords ? 2 * s->nwords : 64;
		uint64_t *b, *u;

		while (n <= i)
			n *= 2;
		b = realloc(s->bits, n * sizeof(*b));
		if (!b)
			return -1;
		s->bits = b;
		u = realloc(s->sum, n / 64 * sizeof(*u));
		if (!u)
			return -1;
		s->sum = u;
		memset(b + s->nwords, 0, (n - s->nwords) * sizeof(*b));
		memset(u + s->nwords / 64, 0, (n - s->nwords) / 64 * sizeof(*u));
		s->nwords = n;
	}
	s->bits[i] |= 1ULL << (slot & 63);
	s->sum[i / 64] |= 1ULL << (i & 63);
	s->nfree++;
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

/* The lines e holds from the reader go back to it. */
static void event_drop_lines(struct searchasm *a, struct asm_event *e)
{
	size_t i;

	for (i = 0; i < e->ev.nrecs; i++)
		if (e->borrowed[i]) {
			logread_drop(a->lr, e->recs[i].line);
			e->borrowed[i] = 0;
		}
}

static void event_free(struct asm_event *e)
{
	free(e->text);
	if (e->recs != e->inl)
		free(e->recs);
	if (e->borrowed != e->inl_borrowed)
		free(e->borrowed);
}

void searchasm_destroy(struct searchasm *a)
{
	size_t i, j;

	if (!a)
		return;
	for (i = 0; i < queue_len(&a->order); i++)
		event_drop_lines(a, queue_at(&a->order, i));
	if (a->given)
		event_drop_lines(a, a->given);
	for (i = 0; i < a->nslabs; i++) {
		for (j = 0; j < SLAB_EVENTS(i); j++)
			event_free(&a->slabs[i][j]);
		munmap(a->slabs[i], SLAB_EVENTS(i) * sizeof(**a->slabs));
	}
	free(a->slabs);
	queue_free(&a->order);
	queue_free(&a->expire);
	free(a->buckets);
	free(a->slots.bits);
	free(a->slots.sum);
	free(a);
}

size_t searchasm_held(const struct searchasm *a)
{
	return queue_len(&a->order);
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

/* borrow: line is the reader's (lr), held rather than copied */
static int event_append(struct asm_event *e, const char *line, size_t len,
			int type, struct logread *borrow)
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
	e->borrowed[e->ev.nrecs] = borrow != NULL;
	r = &e->recs[e->ev.nrecs++];
	if (borrow) {
		logread_hold(borrow, line);
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

static struct asm_event *event_find(struct searchasm *a, const struct searchhdr *h,
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

/* Events come a slab at a time, their pages mapped at once: one
 * call instead of a page fault every dozen events while a flood's window
 * fills (faults are dear on the machines we measure). */
static int slab_new(struct searchasm *a)
{
	struct asm_event *v;
	size_t i, n;

	if (a->nslabs == a->slabs_cap) {
		size_t cap = a->slabs_cap ? 2 * a->slabs_cap : 16;
		struct asm_event **s = realloc(a->slabs, cap * sizeof(*s));

		if (!s)
			return -1;
		a->slabs = s;
		a->slabs_cap = cap;
	}
	n = SLAB_EVENTS(a->nslabs);
	/* the first slab is faulted in as it is used: a small log needs a
	 * few events */
	v = mmap(NULL, n * sizeof(*v), PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | (a->nslabs ? MAP_POPULATE : 0),
		 -1, 0);
	if (v == MAP_FAILED)
		return -1;
	a->slabs[a->nslabs++] = v;
	/* handed out lowest address first */
	for (i = n; i-- > 0;) {
		v[i].recs = v[i].inl;
		v[i].borrowed = v[i].inl_borrowed;
		v[i].recs_cap = EVENT_INLINE_RECS;
		v[i].hnext = a->pool;
		a->pool = &v[i];
	}
	return 0;
}

static struct asm_event *event_new(struct searchasm *a, const struct searchhdr *h,
				   uint64_t hash)
{
	struct asm_event *e;

	if (!a->pool && slab_new(a) < 0)
		return NULL;
	e = a->pool;
	a->pool = e->hnext;
	e->ev.sec = h->sec;
	e->ev.milli = h->milli;
	e->ev.serial = h->serial;
	e->ev.type = h->type;
	e->ev.enriched = 0;
	e->ev.nrecs = 0;
	e->ev.marks = 0;
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
				     struct logread *borrow)
{
	struct searchhdr h;
	struct asm_event *e;
	enum searchasm_added rc;
	uint64_t hash;

	a->took = NULL;
	if (len == 0)
		return SEARCHASM_IGNORED;
	rc = searchhdr_read(&a->types, a->timeout, a->start, a->end, line, len,
			    &h, ts, tslen);
	if (rc != SEARCHASM_ADDED)
		return rc;
	/* most records join the event begun just before them */
	e = a->last;
	if (e && e->ev.sec == h.sec && e->ev.milli == h.milli &&
	    e->ev.serial == h.serial && !e->ev.node == !h.node &&
	    (!h.node || (e->node_len == h.node_len &&
			 !memcmp(e->text, h.node, h.node_len))))
		goto join;
	hash = ident_hash(h.sec, h.milli, h.serial, h.node, h.node_len);
	/* a serial above every one begun so far cannot be open: a log's
	 * serials grow, and the lookup is a cache miss in a flood's window */
	if (!a->any_serial || h.serial <= a->max_serial) {
		e = event_find(a, &h, hash);
		if (e)
			goto join;
	}
	if (h.type == TYPE_EOE)
		return SEARCHASM_IGNORED;
	e = event_new(a, &h, hash);
	if (!e || event_append(e, line, len, h.type, borrow) < 0)
		goto nomem;
	if (!a->any_serial || h.serial > a->max_serial)
		a->max_serial = h.serial;
	a->any_serial = 1;
	e->slot = slot_take(&a->slots);
	if (queue_push(&a->order, e) < 0) {
		slot_give(&a->slots, e->slot);
		goto nomem;
	}
	a->took = e;
	/* the tools test every open event against the new one's second, and
	 * the new one itself by its first type: one that completes at once
	 * is never open */
	while (queue_len(&a->expire)) {
		int from_heap;
		struct asm_event *old = queue_top(&a->expire, &from_heap);

		if (old->ev.sec + (long long)a->timeout > h.sec)
			break;
		event_complete(a, queue_pop(&a->expire));
	}
	if (completes_at_once(e->ev.type)) {
		e->complete = 1;
		a->ncomplete++;
		return SEARCHASM_ADDED;
	}
	if (a->nbuilding >= a->nbuckets && hash_grow(a) < 0)
		goto nomem_held;
	if (queue_push(&a->expire, e) < 0)
		goto nomem_held;
	e->hnext = a->buckets[hash & (a->nbuckets - 1)];
	a->buckets[hash & (a->nbuckets - 1)] = e;
	a->nbuilding++;
	a->last = e;
	return SEARCHASM_ADDED;
join:
	if (event_append(e, line, len, h.type, borrow) < 0)
		return SEARCHASM_IGNORED;
	a->took = e;
	return SEARCHASM_ADDED;
nomem_held:
	/* held but not open: it completes with the next call */
	e->complete = 1;
	a->ncomplete++;
	return SEARCHASM_ADDED;
nomem:
	/* out of memory: the line is lost, as the tools lose it */
	if (e) {
		event_drop_lines(a, e);
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
	event_drop_lines(a, e);
	slot_give(&a->slots, e->slot);
	e->hnext = a->pool;
	a->pool = e;
}

const struct search_event *searchasm_next(struct searchasm *a)
{
	struct asm_event *e;
	int from_heap;
	size_t i;

	give_back(a);
	if (a->ncomplete == 0 || queue_len(&a->order) == 0)
		return NULL;
	if (!queue_top(&a->order, &from_heap)->complete)
		return NULL;
	e = queue_pop(&a->order);
	a->ncomplete--;
	a->given = e;
	if (a->took == e)
		a->took = NULL;
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
	return add_line(a, line, len, ts, tslen, NULL);
}

enum searchasm_added searchasm_add_held(struct searchasm *a,
					struct logread *lr, const char *line,
					size_t len, const char **ts,
					size_t *tslen)
{
	a->lr = lr;
	return add_line(a, line, len, ts, tslen, lr);
}

void searchasm_feed(struct searchasm *a, struct logread *lr, int fd, int last,
		    void (*fn)(void *ctx, const struct search_event *ev),
		    void *ctx)
{
	const struct search_event *ev;
	const char *line, *ts;
	size_t len, tslen;

	logread_attach(lr, fd);
	for (;;) {
		if (logread_next(lr, &line, &len) == 1) {
			searchasm_add_held(a, lr, line, len, &ts, &tslen);
		} else if (last) {
			searchasm_flush(a);
			last = 0;
		} else {
			break;
		}
		while ((ev = searchasm_next(a)))
			fn(ctx, ev);
	}
}

void searchasm_mark(struct searchasm *a, unsigned marks)
{
	if (a->took)
		a->took->ev.marks |= marks;
}

void searchasm_flush(struct searchasm *a)
{
	while (queue_len(&a->expire))
		event_complete(a, queue_pop(&a->expire));
}
