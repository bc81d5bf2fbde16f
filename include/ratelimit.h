/* ratelimit.h - a token bucket for messages that an outsider can cause.
 *
 * A message is let through while the bucket holds a token; tokens come
 * back at `per_sec` a second up to `burst`. What is held back is counted
 * (the caller says later how much, as it sees fit). Time is given
 * by the caller (monotonic nanoseconds), so the bucket does no syscall
 * and is deterministic under test.
 */
#ifndef VIGIL_RATELIMIT_H
#define VIGIL_RATELIMIT_H

#include <stdint.h>

struct ratelimit {
	unsigned burst;
	unsigned per_sec;
	uint64_t tokens_ns;	/* tokens, as nanoseconds of refill (1e9/per_sec each) */
	uint64_t last_ns;
	uint64_t suppressed;	/* held back since init */
};

void ratelimit_init(struct ratelimit *rl, unsigned burst, unsigned per_sec, uint64_t now_ns);
/* 1: let this message through; 0: hold it back (counted). */
int ratelimit_allow(struct ratelimit *rl, uint64_t now_ns);
/* CLOCK_MONOTONIC in nanoseconds */
uint64_t ratelimit_now(void);

#endif
