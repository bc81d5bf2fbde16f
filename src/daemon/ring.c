/* ring.c - SPSC ring of variable-length records; see ring.h for the contract.
 *
 * Positions are 64-bit byte counters that only grow; the offset in the buffer
 * is pos & mask. head is written by the producer only, tail by the consumer
 * only, each on its own cache line so the two cores do not bounce one line.
 * The sleep/wake handshake is Dekker-style: a side announces it sleeps
 * (store flag, full fence, re-check) and the other side, after publishing
 * (store position, full fence), wakes it only if the flag is set. One of the
 * two always sees the other, so no wakeup is lost and none is wasted on a
 * consumer that is busy.
 */
#include <errno.h>
#include <poll.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "ring.h"

#define CACHE_LINE	64
#define REC_HDR		sizeof(struct ring_rec)
/* Marks the filler at the end of the buffer. A flag, not a type: every
 * 16-bit type is one the kernel may send, and a record must never be
 * mistaken for filler and skipped. */
#define FLAG_PAD	0x8000

struct ring {
	/* read-mostly */
	char *buf;
	uint64_t size;
	uint64_t mask;
	int data_fd;		/* wakes the consumer */
	int space_fd;		/* wakes the producer */

	_Alignas(CACHE_LINE) _Atomic uint64_t head;	/* producer: published end */
	uint64_t staged;				/* producer private */
	uint64_t staged_recs;
	_Atomic int producer_sleeping;
	_Atomic uint64_t records_in;
	_Atomic uint64_t full_waits;
	_Atomic uint64_t high_water;

	_Alignas(CACHE_LINE) _Atomic uint64_t tail;	/* consumer: released start */
	_Atomic int consumer_sleeping;
	_Atomic int kicked;
	_Atomic uint64_t records_out;
	_Atomic uint64_t consumer_wakeups;
};

static uint64_t rec_size(uint32_t len)
{
	return (REC_HDR + len + 7) & ~(uint64_t)7;
}

struct ring *ring_create(size_t bytes)
{
	struct ring *r;
	uint64_t size = 65536;

	while (size < bytes)
		size <<= 1;
	r = aligned_alloc(CACHE_LINE, sizeof(*r));
	if (!r)
		return NULL;
	memset(r, 0, sizeof(*r));
	r->buf = aligned_alloc(CACHE_LINE, size);
	r->data_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	r->space_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (!r->buf || r->data_fd < 0 || r->space_fd < 0) {
		ring_destroy(r);
		return NULL;
	}
	r->size = size;
	r->mask = size - 1;
	return r;
}

void ring_destroy(struct ring *r)
{
	if (!r)
		return;
	free(r->buf);
	if (r->data_fd > 0)
		close(r->data_fd);
	if (r->space_fd > 0)
		close(r->space_fd);
	free(r);
}

size_t ring_max_payload(const struct ring *r)
{
	/* a record must fit even after a pad record filled the tail */
	return r->size / 2 - REC_HDR;
}

static void wake(int fd)
{
	uint64_t one = 1;
	ssize_t n;

	do
		n = write(fd, &one, sizeof(one));
	while (n < 0 && errno == EINTR);
}

/* Wait on an eventfd; returns 1 when signalled, 0 on timeout. */
static int sleep_on(int fd, int timeout_ms)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	uint64_t v;
	int n;

	n = poll(&p, 1, timeout_ms);
	if (n <= 0)
		return 0;
	if (read(fd, &v, sizeof(v)) < 0)
		return 0;
	return 1;
}

/* Free bytes from the producer's staging point. */
static uint64_t space_free(struct ring *r)
{
	return r->size - (r->staged - atomic_load_explicit(&r->tail, memory_order_acquire));
}

static int room_for(struct ring *r, uint32_t len)
{
	uint64_t need = rec_size(len);
	uint64_t to_end = r->size - (r->staged & r->mask);

	if (need > to_end)
		need += to_end;		/* the pad record */
	return need <= space_free(r);
}

int ring_put(struct ring *r, uint16_t type, uint16_t flags,
	     const void *data, uint32_t len)
{
	uint64_t need = rec_size(len);
	uint64_t off = r->staged & r->mask;
	uint64_t to_end = r->size - off;
	struct ring_rec *rec;

	if (len > ring_max_payload(r) || !room_for(r, len))
		return -1;
	if (need > to_end) {
		/* to_end is a multiple of 8 and at least one header */
		rec = (struct ring_rec *)(r->buf + off);
		rec->len = (uint32_t)(to_end - REC_HDR);
		rec->type = 0;
		rec->flags = FLAG_PAD;
		r->staged += to_end;
		off = 0;
	}
	rec = (struct ring_rec *)(r->buf + off);
	rec->len = len;
	rec->type = type;
	rec->flags = flags & ~FLAG_PAD;
	memcpy(rec->data, data, len);
	r->staged += need;
	r->staged_recs++;
	return 0;
}

void ring_publish(struct ring *r)
{
	uint64_t used;

	if (!r->staged_recs)
		return;
	atomic_store_explicit(&r->head, r->staged, memory_order_release);
	atomic_fetch_add_explicit(&r->records_in, r->staged_recs, memory_order_relaxed);
	r->staged_recs = 0;
	used = r->staged - atomic_load_explicit(&r->tail, memory_order_relaxed);
	if (used > atomic_load_explicit(&r->high_water, memory_order_relaxed))
		atomic_store_explicit(&r->high_water, used, memory_order_relaxed);
	atomic_thread_fence(memory_order_seq_cst);
	if (atomic_load_explicit(&r->consumer_sleeping, memory_order_relaxed) &&
	    atomic_exchange(&r->consumer_sleeping, 0))
		wake(r->data_fd);
}

int ring_wait_space(struct ring *r, uint32_t len, int timeout_ms)
{
	int woke;

	if (room_for(r, len))
		return 1;
	atomic_fetch_add_explicit(&r->full_waits, 1, memory_order_relaxed);
	/* staged records must be visible or the consumer could never free room */
	ring_publish(r);
	for (;;) {
		atomic_store(&r->producer_sleeping, 1);
		atomic_thread_fence(memory_order_seq_cst);
		if (room_for(r, len)) {
			atomic_store(&r->producer_sleeping, 0);
			return 1;
		}
		woke = sleep_on(r->space_fd, timeout_ms);
		atomic_store(&r->producer_sleeping, 0);
		if (room_for(r, len))
			return 1;
		if (!woke)
			return 0;
	}
}

uint64_t ring_read_pos(struct ring *r)
{
	return atomic_load_explicit(&r->tail, memory_order_relaxed);
}

const struct ring_rec *ring_next(struct ring *r, uint64_t *cursor)
{
	uint64_t head = atomic_load_explicit(&r->head, memory_order_acquire);
	const struct ring_rec *rec;

	if (*cursor == 0)
		*cursor = ring_read_pos(r);
	for (;;) {
		if (*cursor == head)
			return NULL;
		rec = (const struct ring_rec *)(r->buf + (*cursor & r->mask));
		*cursor += rec_size(rec->len);
		if (!(rec->flags & FLAG_PAD))
			return rec;
	}
}

void ring_release(struct ring *r, uint64_t cursor, uint64_t nrecords)
{
	if (!cursor)
		return;
	atomic_store_explicit(&r->tail, cursor, memory_order_release);
	atomic_fetch_add_explicit(&r->records_out, nrecords, memory_order_relaxed);
	atomic_thread_fence(memory_order_seq_cst);
	if (atomic_load_explicit(&r->producer_sleeping, memory_order_relaxed) &&
	    atomic_exchange(&r->producer_sleeping, 0))
		wake(r->space_fd);
}

int ring_empty(struct ring *r)
{
	return atomic_load_explicit(&r->head, memory_order_acquire) ==
	       atomic_load_explicit(&r->tail, memory_order_relaxed);
}

int ring_wait_data(struct ring *r, int timeout_ms)
{
	int woke;

	if (atomic_exchange(&r->kicked, 0) || !ring_empty(r))
		return 1;
	atomic_store(&r->consumer_sleeping, 1);
	atomic_thread_fence(memory_order_seq_cst);
	if (!ring_empty(r) || atomic_exchange(&r->kicked, 0)) {
		atomic_store(&r->consumer_sleeping, 0);
		return 1;
	}
	woke = sleep_on(r->data_fd, timeout_ms);
	atomic_store(&r->consumer_sleeping, 0);
	if (woke)
		atomic_fetch_add_explicit(&r->consumer_wakeups, 1, memory_order_relaxed);
	atomic_exchange(&r->kicked, 0);
	return woke || !ring_empty(r);
}

void ring_kick(struct ring *r)
{
	atomic_store(&r->kicked, 1);
	atomic_thread_fence(memory_order_seq_cst);
	if (atomic_exchange(&r->consumer_sleeping, 0))
		wake(r->data_fd);
}

void ring_get_stats(struct ring *r, struct ring_stats *st)
{
	st->records_in = atomic_load(&r->records_in);
	st->records_out = atomic_load(&r->records_out);
	st->full_waits = atomic_load(&r->full_waits);
	st->consumer_wakeups = atomic_load(&r->consumer_wakeups);
	st->high_water = atomic_load(&r->high_water);
	st->capacity = r->size;
}
