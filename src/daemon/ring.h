/* ring.h - lock-free single-producer/single-consumer ring of variable-length
 * records between the netlink listener (producer) and the log writer
 * (consumer).
 *
 * Records are stored contiguously (8-byte aligned, a pad record fills the
 * tail when a record would wrap), so the consumer formats straight out of the
 * ring. The producer stages several records and publishes them at once; the
 * consumer releases space only after the records are written. Each side
 * sleeps on an eventfd and is woken only when it announced it sleeps: the
 * consumer when the ring went from empty to non-empty, the producer when
 * space was freed while it waited. Nothing is ever dropped: a full ring
 * makes the producer wait (and the kernel backlog absorb the pressure).
 */
#ifndef VIGIL_RING_H
#define VIGIL_RING_H

#include <stddef.h>
#include <stdint.h>

#define RING_REC_NOPAYLOAD	0x1	/* auditd writes such a record as msg=lost */
/* (flag 0x8000 is the ring's own: it marks the filler at the buffer's end) */

struct ring_rec {
	uint32_t len;		/* payload bytes */
	uint16_t type;		/* audit message type */
	uint16_t flags;		/* RING_REC_* */
	char data[];
};

struct ring_stats {
	uint64_t records_in;		/* published by the producer */
	uint64_t records_out;		/* released by the consumer */
	uint64_t full_waits;		/* times the producer found no room */
	uint64_t consumer_wakeups;	/* eventfd wakeups of the consumer */
	size_t high_water;		/* most bytes ever in use */
	size_t capacity;
};

struct ring;

/* bytes is rounded up to a power of two (minimum 64 KiB). NULL on failure. */
struct ring *ring_create(size_t bytes);
void ring_destroy(struct ring *r);

/* Largest payload a record may have in a ring of this size. */
size_t ring_max_payload(const struct ring *r);

/* Producer. ring_put stages a record (invisible to the consumer until
 * ring_publish); it returns -1 when there is no room now. */
int ring_put(struct ring *r, uint16_t type, uint16_t flags,
	     const void *data, uint32_t len);
void ring_publish(struct ring *r);
/* Sleep until a record of payload len could fit, or timeout_ms passes
 * (-1: forever). Counts a full wait. Returns 1 when room, 0 on timeout. */
int ring_wait_space(struct ring *r, uint32_t len, int timeout_ms);

/* Consumer. ring_next returns the record at *cursor (0 on first call of a
 * batch: start at the read position) and advances the cursor; NULL when no
 * more published records. ring_release frees everything before cursor. */
const struct ring_rec *ring_next(struct ring *r, uint64_t *cursor);
uint64_t ring_read_pos(struct ring *r);
void ring_release(struct ring *r, uint64_t cursor, uint64_t nrecords);
/* Sleep until the ring is non-empty, ring_kick is called, or timeout_ms
 * (-1: forever). Returns 1 if woken with data or a kick, 0 on timeout. */
int ring_wait_data(struct ring *r, int timeout_ms);
/* Wake the consumer from any thread (commands for the writer). */
void ring_kick(struct ring *r);
int ring_empty(struct ring *r);

void ring_get_stats(struct ring *r, struct ring_stats *st);

#endif
