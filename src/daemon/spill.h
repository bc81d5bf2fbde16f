/* spill.h - the listener's second stage: when the ring is full (the log's
 * disk has stopped taking writes), the listener goes on reading the
 * kernel into memory chunks here, so that the kernel never waits on us
 * (it waits only 100 ms, then drops). Records leave in the order they
 * came, into the ring as it frees up; while the spill holds any, every
 * new record goes behind them, so the log's order is unchanged.
 *
 * Used by the listener thread alone: no locking. Memory is taken a chunk
 * at a time, up to a bound (auditd.conf(5) vigil_spill_size), and given
 * back as chunks empty (one kept).
 */
#ifndef VIGIL_SPILL_H
#define VIGIL_SPILL_H

#include <stddef.h>
#include <stdint.h>

#include "ring.h"

struct spill;

/* max_bytes: the memory it may take. NULL when out of memory. */
struct spill *spill_create(size_t max_bytes);
void spill_destroy(struct spill *s);
/* Append a record: 0, or -1 when the bound is reached (or no memory). */
int spill_put(struct spill *s, uint16_t type, uint16_t flags,
	      const void *data, uint32_t len);
/* The oldest record, NULL when empty; spill_pop drops it. */
const struct ring_rec *spill_peek(const struct spill *s);
void spill_pop(struct spill *s);
size_t spill_records(const struct spill *s);
/* Chunk memory in use. */
size_t spill_bytes(const struct spill *s);

#endif
