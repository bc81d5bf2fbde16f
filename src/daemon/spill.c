/* spill.c - the listener's second stage. See spill.h. */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "spill.h"

/* Records are laid out as in the ring (struct ring_rec, 8-byte aligned),
 * in chunks of this size; a record never spans two. */
#define SPILL_CHUNK	((size_t)1 << 20)
#define ALIGN8(n)	(((n) + 7) & ~(size_t)7)

struct spill_chunk {
	struct spill_chunk *next;
	size_t used;			/* bytes written */
	char data[];
};

struct spill {
	struct spill_chunk *head, *tail;
	size_t head_off;		/* read position in head */
	struct spill_chunk *spare;	/* one kept: a stall comes and goes */
	size_t max_bytes, bytes;	/* chunk memory allowed, in use */
	size_t records;
};

#define DATA_MAX	(SPILL_CHUNK - sizeof(struct spill_chunk))

/* Chunks are mapped and unmapped, not malloc'd: freed 1 MiB blocks would
 * stay in glibc's heap (its mmap threshold rises to the size of a freed
 * mapping), and the spill's memory is promised back once it empties (the
 * soak checks the RSS). Populated at once: one call instead of 256 page
 * faults, while the listener is racing a stall. */
static struct spill_chunk *chunk_map(void)
{
	void *p = mmap(NULL, SPILL_CHUNK, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);

	return p == MAP_FAILED ? NULL : p;
}

static void chunk_unmap(struct spill_chunk *c)
{
	if (c)
		munmap(c, SPILL_CHUNK);
}

struct spill *spill_create(size_t max_bytes)
{
	struct spill *s = calloc(1, sizeof(*s));

	if (s)
		s->max_bytes = max_bytes;
	return s;
}

void spill_destroy(struct spill *s)
{
	struct spill_chunk *c, *next;

	if (!s)
		return;
	for (c = s->head; c; c = next) {
		next = c->next;
		chunk_unmap(c);
	}
	chunk_unmap(s->spare);
	free(s);
}

static struct spill_chunk *chunk_get(struct spill *s)
{
	struct spill_chunk *c = s->spare;

	if (s->bytes + SPILL_CHUNK > s->max_bytes)
		return NULL;
	if (c) {
		s->spare = NULL;
	} else {
		c = chunk_map();
		if (!c)
			return NULL;
	}
	c->next = NULL;
	c->used = 0;
	s->bytes += SPILL_CHUNK;
	return c;
}

int spill_put(struct spill *s, uint16_t type, uint16_t flags,
	      const void *data, uint32_t len)
{
	size_t need = ALIGN8(sizeof(struct ring_rec) + len);
	struct ring_rec *rec;
	struct spill_chunk *c = s->tail;

	if (need > DATA_MAX)
		return -1;
	if (!c || c->used + need > DATA_MAX) {
		c = chunk_get(s);
		if (!c)
			return -1;
		if (s->tail)
			s->tail->next = c;
		else
			s->head = c;
		s->tail = c;
	}
	rec = (struct ring_rec *)(c->data + c->used);
	rec->len = len;
	rec->type = type;
	rec->flags = flags;
	memcpy(rec->data, data, len);
	c->used += need;
	s->records++;
	return 0;
}

const struct ring_rec *spill_peek(const struct spill *s)
{
	if (!s->records)
		return NULL;
	return (const struct ring_rec *)(s->head->data + s->head_off);
}

void spill_pop(struct spill *s)
{
	const struct ring_rec *rec = spill_peek(s);
	struct spill_chunk *c = s->head;

	if (!rec)
		return;
	s->head_off += ALIGN8(sizeof(*rec) + rec->len);
	s->records--;
	if (s->head_off < c->used)
		return;
	/* the head chunk is read: the next, or the same one again empty */
	s->head_off = 0;
	if (c == s->tail) {
		c->used = 0;
		return;
	}
	s->head = c->next;
	s->bytes -= SPILL_CHUNK;
	if (!s->spare)
		s->spare = c;
	else
		chunk_unmap(c);
}

size_t spill_records(const struct spill *s)
{
	return s->records;
}

size_t spill_bytes(const struct spill *s)
{
	return s->bytes;
}
