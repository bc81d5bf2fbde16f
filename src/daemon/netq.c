/* netq.c - receiver -> writer records, writer -> receiver answers. See
 * netq.h. Each record in the ring is its 8-byte token, the client's
 * socket (4 bytes), then its text. */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include "log.h"
#include "util.h"
#include "netq.h"

/* Room for the records of many clients: each has at most one in flight,
 * but DAEMON_ACCEPT/CLOSE records come on top. */
#define NETQ_RING_BYTES		(4 * 1024 * 1024)
#define TOKEN			sizeof(uint64_t)
#define FD			sizeof(int32_t)
#define HEAD			(TOKEN + FD)

static const struct reply_frame {
	uint32_t type;
	const char *text;
	int written;
} replies[] = {
	[NETQ_ACK] = { FRAME_ACK, "", 1 },
	[NETQ_DISKLOW] = { FRAME_DISKLOW, "", 1 },
	[NETQ_DISKFULL] = { FRAME_DISKFULL, "disk full", 0 },
	[NETQ_DISKERROR] = { FRAME_DISKERROR, "disk write error", 0 },
	[NETQ_SUSPENDED] = { FRAME_DISKERROR, "remote logging suspended", 0 },
};

struct netq {
	struct ring *ring;
	struct ring *wake;
	pthread_mutex_t lock;		/* the answers */
	struct netq_answer *answers;
	size_t n, cap;
	_Atomic size_t waiting;		/* n, readable without the lock */
	_Atomic unsigned eager;		/* clients with input waiting on an answer */
	int added;			/* writer's: answers since the last publish */
	int kick;			/* writer's: one of them needs the receiver */
	_Atomic int signalled;		/* the eventfd was written */
	int fd;				/* eventfd: answers the receiver must act on */
	char *stage;			/* receiver's scratch: token + text */
	int (*inline_fn)(void *);	/* writer_net_inline */
	void *inline_arg;
	_Atomic int inlining;		/* the receiver's thread writes: it takes
					 * the answers itself, no wakeup needed */
};

struct netq *netq_create(struct ring *wake)
{
	struct netq *q = calloc(1, sizeof(*q));

	if (!q)
		return NULL;
	q->wake = wake;
	pthread_mutex_init(&q->lock, NULL);
	q->ring = ring_create(NETQ_RING_BYTES);
	q->fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	q->stage = malloc(HEAD + 65536);
	if (!q->ring || q->fd < 0 || !q->stage) {
		netq_destroy(q);
		return NULL;
	}
	return q;
}

void netq_destroy(struct netq *q)
{
	if (!q)
		return;
	ring_destroy(q->ring);
	if (q->fd >= 0)
		close(q->fd);
	free(q->answers);
	free(q->stage);
	pthread_mutex_destroy(&q->lock);
	free(q);
}

int netq_put(struct netq *q, uint64_t token, int fd, uint16_t type, uint16_t flags,
	     const char *text, size_t len)
{
	int32_t f = fd;

	if (len > 65536)
		len = 65536;
	memcpy(q->stage, &token, TOKEN);
	memcpy(q->stage + TOKEN, &f, FD);
	memcpy(q->stage + HEAD, text, len);
	return ring_put(q->ring, type, flags, q->stage, (uint32_t)(HEAD + len));
}

void netq_commit(struct netq *q)
{
	int done;

	ring_publish(q->ring);
	if (q->inline_fn) {
		atomic_store(&q->inlining, 1);
		done = q->inline_fn(q->inline_arg);
		atomic_store(&q->inlining, 0);
		if (done)
			return;
	}
	ring_kick(q->wake);
}

void netq_set_inline(struct netq *q, int (*fn)(void *), void *arg)
{
	q->inline_fn = fn;
	q->inline_arg = arg;
}

int netq_answer_fd(struct netq *q)
{
	return q->fd;
}

size_t netq_reply(enum netq_result r, uint32_t seq, unsigned char *out)
{
	return frame_pack(out, replies[r].type, seq, replies[r].text, strlen(replies[r].text));
}

int netq_written(enum netq_result r)
{
	return replies[r].written;
}

size_t netq_answers(struct netq *q, struct netq_answer *out, size_t max)
{
	uint64_t v;
	size_t n;

	if (atomic_exchange(&q->signalled, 0) && read(q->fd, &v, sizeof(v)) < 0 &&
	    errno != EAGAIN)
		log_warn("netq: cannot read the answer eventfd (%s)", strerror(errno));
	pthread_mutex_lock(&q->lock);
	n = q->n < max ? q->n : max;
	memcpy(out, q->answers, n * sizeof(*out));
	memmove(q->answers, q->answers + n, (q->n - n) * sizeof(*q->answers));
	q->n -= n;
	atomic_store_explicit(&q->waiting, q->n, memory_order_relaxed);
	pthread_mutex_unlock(&q->lock);
	if (n == max) {
		/* more wait: stay readable */
		v = 1;
		atomic_store(&q->signalled, 1);
		if (write(q->fd, &v, sizeof(v)) < 0)
			log_warn("netq: cannot write the answer eventfd (%s)", strerror(errno));
	}
	return n;
}

int netq_next(struct netq *q, uint64_t *cursor, struct netq_item *it)
{
	const struct ring_rec *rec = ring_next(q->ring, cursor);

	if (!rec)
		return 0;
	int32_t fd;

	memcpy(&it->token, rec->data, TOKEN);
	memcpy(&fd, rec->data + TOKEN, FD);
	it->fd = fd;
	it->type = rec->type;
	it->flags = rec->flags;
	it->text = rec->data + HEAD;
	it->len = rec->len - HEAD;
	return 1;
}

void netq_release(struct netq *q, uint64_t cursor, uint64_t n)
{
	ring_release(q->ring, cursor, n);
}

void netq_answer(struct netq *q, uint64_t token, int fd, enum netq_result r)
{
	unsigned char f[FRAME_HDR_SIZE + 64];
	size_t len = 0, sent = 0;
	ssize_t n;

	if (fd >= 0) {
		len = netq_reply(r, (uint32_t)token, f);
		do
			n = send(fd, f, len, MSG_DONTWAIT | MSG_NOSIGNAL);
		while (n < 0 && errno == EINTR);
		if (n > 0)
			sent = (size_t)n;
	}
	pthread_mutex_lock(&q->lock);
	if (q->n == q->cap) {
		size_t cap = q->cap ? 2 * q->cap : 64;
		q->answers = xrealloc(q->answers, cap, sizeof(*q->answers));
		q->cap = cap;
	}
	q->answers[q->n].token = token;
	q->answers[q->n].result = r;
	q->answers[q->n].sent = sent;
	q->n++;
	pthread_mutex_unlock(&q->lock);
	q->added = 1;
	/* a reply that went out needs nothing more now: the receiver takes
	 * the answer when the client's next frame comes (or when it needs
	 * it); one that did not, or a connection record, wakes it */
	if (fd < 0 || sent < len)
		q->kick = 1;
}

int netq_has_answers(struct netq *q)
{
	return atomic_load(&q->waiting) != 0;
}

void netq_eager(struct netq *q, int delta)
{
	atomic_fetch_add(&q->eager, (unsigned)delta);
}

void netq_answers_publish(struct netq *q)
{
	uint64_t one = 1;

	if (!q->added)
		return;
	pthread_mutex_lock(&q->lock);
	atomic_store(&q->waiting, q->n);
	pthread_mutex_unlock(&q->lock);
	q->added = 0;
	/* eager is read after waiting is stored, and netq_eager's caller
	 * reads waiting after storing eager: one of the two sees the other.
	 * Written inline, the receiver is awake and looks (netq_commit). */
	if ((!q->kick && !atomic_load(&q->eager)) || atomic_load(&q->inlining)) {
		q->kick = 0;
		return;
	}
	q->kick = 0;
	atomic_store(&q->signalled, 1);
	if (write(q->fd, &one, sizeof(one)) < 0 && errno != EAGAIN)
		log_warn("netq: cannot write the answer eventfd (%s)", strerror(errno));
}
