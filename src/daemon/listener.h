/* listener.h - the netlink listener thread: socket -> ring.
 *
 * It blocks only on the socket (and, when the ring is full, on the ring
 * freeing room: it then stops reading, and the socket buffer holds the
 * records; the kernel waits only 100 ms for room in it, and what it cannot
 * deliver is lost: counted in delivery_failures and reported to syslog).
 * After a short read it naps 1 ms so the next read takes a batch;
 * kauditd keeps filling the socket buffer meanwhile. Replies to requests other threads sent on this socket (ACKs,
 * AUDIT_GET, AUDIT_SIGNAL_INFO) are passed to the reply pipe, never logged.
 */
#ifndef VIGIL_LISTENER_H
#define VIGIL_LISTENER_H

#include <stdint.h>

#include "ring.h"

#define LISTENER_REPLY_DATA 256

/* One routed reply; written atomically to the reply pipe (< PIPE_BUF). */
struct listener_reply {
	uint16_t type;		/* NLMSG_ERROR, AUDIT_GET, AUDIT_SIGNAL_INFO */
	uint32_t seq;
	int32_t error;		/* NLMSG_ERROR: 0 = ACK, else -errno */
	uint32_t len;		/* bytes in data */
	char data[LISTENER_REPLY_DATA];
};

struct listener_stats {
	uint64_t received;	/* netlink messages read */
	uint64_t events;	/* records moved into the ring */
	uint64_t replies;	/* replies routed */
	uint64_t replies_dropped;	/* reply pipe full: nobody was waiting */
	uint64_t skipped;
	uint64_t spoofed;	/* not from the kernel: ignored */
	uint64_t truncated;	/* larger than a record can be */
	uint64_t recv_errors;
	uint64_t batches;	/* recvmmsg calls that returned records */
	uint64_t delivery_failures;	/* kernel sends to us that timed out
					 * (socket full > 100 ms): records lost */
	uint64_t spilled;	/* records that went through the spill */
	uint64_t spill_full;	/* times the spill was full (the listener
				 * then waited for the ring) */
	uint64_t spill_records, spill_bytes;	/* in the spill now */
	uint64_t spill_high;	/* most spill memory ever in use */
};

struct listener;

/* recvmmsg batch: records taken from the socket in one call at most */
#define LISTENER_BATCH	128

/* Time batching (listener.c): how long the listener naps after a read of
 * n records (blocked: the read had waited for the first; last_type: the
 * last record's type; now: monotonic ns), 0 for no nap, updating pace.
 * Pure, so the unit test can drive it with made-up clocks. */
struct listener_pace {
	uint64_t last_read_ns;		/* when the previous read returned */
	uint64_t last_block_ns;		/* when the last blocking read woke */
	int sparse;			/* blocking reads wake > 8 ms apart */
};
uint64_t listener_nap_ns(struct listener_pace *p, int n, int blocked,
			 uint16_t last_type, uint64_t now);

/* Start the thread reading nlfd. reply_fd is the write end of a non-blocking
 * pipe. Returns NULL on failure (errno set). */
struct listener *listener_start(int nlfd, struct ring *ring, int reply_fd,
				size_t spill_max);
/* Ask the thread to read what the socket still holds, then stop; joins it. */
void listener_stop(struct listener *l);
void listener_get_stats(struct listener *l, struct listener_stats *st);

#endif
