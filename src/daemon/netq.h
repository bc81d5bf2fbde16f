/* netq.h - records from the network receiver to the writer, and the
 * writer's answers back.
 *
 * Records travel in an SPSC ring of their own (the receiver produces, the
 * writer consumes), so the kernel's listener -> ring -> writer path keeps
 * its single producer; the receiver kicks the writer's ring to wake it.
 * Answers (one per record, after the record is written under the flush
 * policy) come back through a small locked list and an eventfd the
 * receiver polls. The reply frame itself is sent by the writer's thread,
 * on the client's socket, as soon as the answer is known: a lock-step
 * client then waits for one thread wakeup less. The receiver keeps that
 * socket open, and sends nothing on it, while the client has a record in
 * the queue; it sends what the writer could not (a full socket buffer).
 */
#ifndef VIGIL_NETQ_H
#define VIGIL_NETQ_H

#include <stddef.h>
#include <stdint.h>

#include "frame.h"
#include "ring.h"

/* Record types: network text (written as it is), or a daemon record
 * (DAEMON_ACCEPT/DAEMON_CLOSE: formatted like any record). */
#define NETQ_TEXT		0
/* flags */
#define NETQ_DISPATCH		0x1	/* also to the plugins (distribute_network) */

enum netq_result {
	NETQ_ACK,		/* written (or write_logs = no) */
	NETQ_DISKLOW,		/* written, but space_left was crossed */
	NETQ_DISKFULL,		/* not written: no space */
	NETQ_DISKERROR,		/* not written: write error */
	NETQ_SUSPENDED,		/* not written: logging is suspended */
};

struct netq_item {
	uint64_t token;		/* the receiver's: which client; the low 32 bits
				 * are the frame's sequence number */
	int fd;			/* the client's socket, -1 for a daemon record */
	uint16_t type;
	uint16_t flags;
	const char *text;
	size_t len;
};

struct netq_answer {
	uint64_t token;
	enum netq_result result;
	size_t sent;		/* bytes of the reply frame already sent */
};

struct netq;

/* wake: the writer's ring, kicked when records are committed. */
struct netq *netq_create(struct ring *wake);
void netq_destroy(struct netq *q);

/* Receiver. netq_put stages (0, or -1 when there is no room now);
 * netq_commit makes the staged records visible and has them written:
 * by the receiver's own thread through the hook below when the writer
 * lets it (it is idle), else by waking the writer. */
int netq_put(struct netq *q, uint64_t token, int fd, uint16_t type, uint16_t flags,
	     const char *text, size_t len);
void netq_commit(struct netq *q);
/* After netq_commit the answers of records written inline wake nobody:
 * the receiver takes them (netq_has_answers) before it sleeps again. */
/* The writer's offer to write network records in the caller's thread:
 * fn(arg) returns 1 when it wrote what was committed, 0 when the writer
 * must be woken instead. Set once, before the receiver starts. */
void netq_set_inline(struct netq *q, int (*fn)(void *), void *arg);
/* Readable when an answer needs the receiver (a reply the writer could
 * not send whole, a connection record's); netq_answers takes every
 * answer waiting, in order, whether it woke the receiver or not. */
int netq_answer_fd(struct netq *q);
/* A lock-step client's answer needs no wakeup (its next frame brings
 * one); a client that has more input already (pipelined frames, its
 * end) does. delta +1 when such a client starts waiting, -1 when its
 * answer is taken: while any is counted, every answer wakes the
 * receiver. After +1 the caller must look at netq_has_answers() again. */
void netq_eager(struct netq *q, int delta);
/* Whether answers wait, without a syscall (for a short spin). */
int netq_has_answers(struct netq *q);
size_t netq_answers(struct netq *q, struct netq_answer *out, size_t max);
/* The reply frame for an answer (out: FRAME_HDR_SIZE + 64 bytes): ACK,
 * DISKLOW with no text, DISKFULL "disk full", DISKERROR "disk write
 * error" or "remote logging suspended", as auditd answers. */
size_t netq_reply(enum netq_result r, uint32_t seq, unsigned char *out);
/* Whether the answer means the record is in the log. */
int netq_written(enum netq_result r);

/* Writer. */
int netq_next(struct netq *q, uint64_t *cursor, struct netq_item *it);
void netq_release(struct netq *q, uint64_t cursor, uint64_t n);
/* The answer for a record: its reply goes to fd at once (as much as the
 * socket takes without waiting), then the answer to the receiver. */
void netq_answer(struct netq *q, uint64_t token, int fd, enum netq_result r);
/* Wake the receiver if answers were added. */
void netq_answers_publish(struct netq *q);

#endif
