/* rclient.c - one client of the network receiver, once admitted: its
 * TLS handshake, its frames, the writer's answers, its replies, its end.
 * See remote-int.h.
 *
 * Separate from the thread (remote.c) and the door (admit.c) because it
 * is the record path: a lock-step client (audisp-remote) costs one recv
 * and one send per record here, and each client has at most one record
 * with the writer, so its replies keep the order of its frames.
 *
 * Where auditd 3.0.9 is lenient in ways that can corrupt the log, vigil
 * closes the connection instead (DAEMON_CLOSE and a syslog line say why):
 * data that is not a frame (3.0.9 reads newline-terminated text from it
 * and then discards it), a length above 8970 (3.0.9 writes the first 8970
 * bytes and goes out of step), a type a client may not send (3.0.9 logs
 * the payload of any type). An empty MESSAGE is acknowledged and not
 * written (3.0.9 writes an empty line); a frame cut by a disconnection is
 * dropped (3.0.9 writes what it has).
 */
#include <errno.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "frame.h"
#include "log.h"
#include "netq.h"
#include "remote-int.h"
#include "tls.h"

#define ANSWERS_MAX		64
#define AWAIT_ANSWER_NS		200000	/* see await_answer() */

/* A waiting client with input of its own (more frames, its end) must be
 * served when its answer comes, which then has to wake this thread. */
static void want_answer(struct remote *r, struct client *c)
{
	if (c->eager || !c->waiting)
		return;
	c->eager = 1;
	netq_eager(r->q, 1);
}

static void answered(struct remote *r, struct client *c)
{
	c->waiting = 0;
	c->answers++;
	if (c->eager) {
		c->eager = 0;
		netq_eager(r->q, -1);
	}
}

void rclient_close(struct remote *r, struct client *c)
{
	struct client **pp;
	char text[160];

	/* a refused TLS handshake was never accepted */
	if (!c->tls || tls_conn_established(c->tls)) {
		snprintf(text, sizeof(text), "addr=%s port=%u res=success", c->addr, c->port);
		admit_conn_record(r, DAEMONREC_CLOSE, text);
	}
	tls_conn_free(c->tls);	/* CRYPTO_KEY_USER after DAEMON_CLOSE, as auditd 4.2 */
	close(c->fd);		/* which takes it out of the epoll set */
	answered(r, c);
	for (pp = &r->clients; *pp; pp = &(*pp)->next) {
		if (*pp == c) {
			*pp = c->next;
			break;
		}
	}
	/* an event of this round may still name it */
	c->closed = 1;
	c->dead_next = r->dead;
	r->dead = c;
	atomic_fetch_sub(&r->a_active, 1);
}

/* The client's bytes, in clear or through its TLS session. */
static ssize_t client_recv(struct client *c, void *buf, size_t len)
{
	return c->tls ? tls_conn_recv(c->tls, buf, len) : recv(c->fd, buf, len, MSG_DONTWAIT);
}

static ssize_t client_send(struct client *c, const void *buf, size_t len)
{
	return c->tls ? tls_conn_send(c->tls, buf, len)
		      : send(c->fd, buf, len, MSG_NOSIGNAL | MSG_DONTWAIT);
}

/* Replies go out at once; what the socket does not take waits in out. */
static int flush_replies(struct client *c)
{
	ssize_t n;

	while (c->out_len) {
		n = client_send(c, c->out, c->out_len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0 && errno == EAGAIN ? 0 : -1;
		memmove(c->out, c->out + n, c->out_len - (size_t)n);
		c->out_len -= (size_t)n;
	}
	return 0;
}

static int queue_reply(struct client *c, const unsigned char *f, size_t n)
{
	if (c->out_len + n > sizeof(c->out))
		return -1;	/* it sends and never reads: give up on it */
	memcpy(c->out + c->out_len, f, n);
	c->out_len += n;
	return flush_replies(c);
}

int rclient_reply(struct client *c, uint32_t type, uint32_t seq, const char *text)
{
	unsigned char f[FRAME_HDR_SIZE + 64];

	return queue_reply(c, f, frame_pack(f, type, seq, text, strlen(text)));
}

static void drop_client(struct remote *r, struct client *c, const char *why)
{
	admit_conn_say(r, LOG_WARNING, "client %s:%u %s - closing the connection", c->addr, c->port,
		 why);
	rclient_close(r, c);
}

/* tcp_client_max_idle: auditd's line, newline included */
void rclient_drop_idle(struct remote *r, struct client *c)
{
	admit_conn_say(r, LOG_NOTICE, "client %s:%u idle too long - closing connection\n", c->addr,
		 c->port);
	rclient_close(r, c);
}

/* Handle the frames in c->in, one record in flight at most. Returns -1
 * when the client was closed. */
static int take_frames(struct remote *r, struct client *c)
{
	struct settings *s = &r->s;
	enum frame_status st;
	struct frame f;
	size_t used, len;

	while (!c->waiting && c->in_len) {
		st = frame_parse(c->in, c->in_len, &f, &used);
		if (st == FRAME_SHORT)
			break;
		if (st != FRAME_OK) {
			atomic_fetch_add(&r->bad_frames, 1);
			drop_client(r, c, frame_status_text(st));
			return -1;
		}
		if (f.type == FRAME_HEARTBEAT) {
			atomic_fetch_add(&r->heartbeats, 1);
			if (rclient_reply(c, FRAME_ACK, f.seq, "") < 0) {
				drop_client(r, c, "does not read its replies");
				return -1;
			}
		} else {
			len = frame_text(f.payload, f.len, r->text);
			if (len == 0) {
				/* nothing to write: auditd would write an empty line */
				if (rclient_reply(c, FRAME_ACK, f.seq, "") < 0) {
					drop_client(r, c, "does not read its replies");
					return -1;
				}
			} else {
				/* the writer must not write clear text into a TLS
				 * stream, nor send around replies queued here */
				if (netq_put(r->q, (uint64_t)c->id << 32 | f.seq,
					     c->tls || c->out_len ? -1 : c->fd, NETQ_TEXT,
					     s->distribute ? NETQ_DISPATCH : 0, r->text, len) < 0) {
					/* no room: this frame waits, the client too */
					r->pending_put = 1;
					c->stalled = 1;
					return 0;
				}
				c->waiting = 1;
				c->waiting_seq = f.seq;
				if (c->in_len > used || c->pending || c->eof || c->out_len || c->tls)
					want_answer(r, c);
				netq_commit(r->q);
				r->outstanding++;
			}
		}
		c->in_len -= used;
		memmove(c->in, c->in + used, c->in_len);
	}
	if (c->eof && !c->waiting) {
		if (c->in_len)
			admit_conn_say(r, LOG_WARNING,
				 "client %s:%u closed in the middle of a frame; %zu bytes dropped",
				 c->addr, c->port, c->in_len);
		rclient_close(r, c);
		return -1;
	}
	return 0;
}

/* Handle what the client sent, reading more while it is not waiting for
 * an answer. Edge-triggered: a read shorter than asked took everything
 * there was, and new bytes bring a new event. */
void rclient_serve(struct remote *r, struct client *c)
{
	size_t room;
	ssize_t n;

	for (;;) {
		if (take_frames(r, c) < 0)
			return;
		room = sizeof(c->in) - c->in_len;
		if (c->waiting || c->stalled || c->eof || !c->pending || !room)
			return;
		n = client_recv(c, c->in + c->in_len, room);
		if (n > 0) {
			c->in_len += (size_t)n;
			c->active = 1;
			if (c->tls ? tls_conn_drained(c->tls) : (size_t)n < room)
				c->pending = 0;
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		c->pending = 0;
		if (n < 0 && errno == EAGAIN)
			continue;
		if (n < 0)
			admit_conn_say(r, LOG_WARNING, "client %s:%u socket closed unexpectedly", c->addr,
				 c->port);
		c->eof = 1;
	}
}

/* transport = tls: the handshake, driven by the client's events; its
 * records come from tls.c, refusals included */
void rclient_handshake(struct remote *r, struct client *c)
{
	switch (tls_conn_handshake(c->tls)) {
	case TLS_WANT:
		return;
	case TLS_FAIL:
		atomic_fetch_add(&r->rejected, 1);
		rclient_close(r, c);
		return;
	case TLS_DONE:
		atomic_fetch_add(&r->total, 1);
		c->pending = 1;
		rclient_serve(r, c);
	}
}

static struct client *find_client(struct remote *r, uint32_t id)
{
	struct client *c;

	for (c = r->clients; c; c = c->next)
		if (c->id == id)
			return c;
	return NULL;
}

/* The writer sent each reply already; what a full socket did not take is
 * sent from here. The client's next frames are served. */
void rclient_take_answers(struct remote *r)
{
	struct netq_answer a[ANSWERS_MAX];
	unsigned char f[FRAME_HDR_SIZE + 64];
	size_t n, i, len;

	while ((n = netq_answers(r->q, a, ANSWERS_MAX)) > 0) {
		for (i = 0; i < n; i++) {
			struct client *c;

			r->outstanding--;
			if (!a[i].token)
				continue;	/* a connection record */
			c = find_client(r, (uint32_t)(a[i].token >> 32));
			if (!c || !c->waiting || c->waiting_seq != (uint32_t)a[i].token)
				continue;	/* closed meanwhile */
			answered(r, c);
			if (netq_written(a[i].result))
				atomic_fetch_add(&r->records, 1);
			if (a[i].result != NETQ_ACK)
				atomic_fetch_add(&r->error_replies, 1);
			len = netq_reply(a[i].result, c->waiting_seq, f);
			if (a[i].sent < len && queue_reply(c, f + a[i].sent, len - a[i].sent) < 0) {
				drop_client(r, c, "does not read its replies");
				continue;
			}
			if (!atomic_load(&r->stopping))
				rclient_serve(r, c);
		}
		if (n < ANSWERS_MAX)
			break;
	}
}

/* A client spoke while its record is with the writer. A lock-step client
 * (audisp-remote) speaks only once it has its reply, so the writer has
 * sent it and is about to hand over the answer, unless the wakeup of that
 * very client preempted it: yield to it for a moment rather than have
 * every answer wake this thread. Past that, the answer must wake us. */
static void await_answer(struct remote *r, struct client *c)
{
	struct timespec t0, now;

	uint64_t before = c->answers;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	do {
		if (netq_has_answers(r->q)) {
			rclient_take_answers(r);
			if (c->closed || c->answers != before)
				return;
		}
		sched_yield();
		clock_gettime(CLOCK_MONOTONIC, &now);
	} while ((now.tv_sec - t0.tv_sec) * 1000000000L + (now.tv_nsec - t0.tv_nsec) <
		 AWAIT_ANSWER_NS);
	want_answer(r, c);
	if (netq_has_answers(r->q))
		rclient_take_answers(r);
}

/* An epoll event for c. EPOLLOUT: replies a full socket did not take go
 * out now it has drained. */
void rclient_event(struct remote *r, struct client *c, uint32_t events)
{
	if (!c->closed && (events & EPOLLOUT) && c->out_len &&
	    (!c->tls || tls_conn_established(c->tls)) && flush_replies(c) < 0)
		drop_client(r, c, "does not read its replies");
	if (!c->closed && c->tls && !tls_conn_established(c->tls)) {
		rclient_handshake(r, c);
	} else if (!c->closed &&
		   (c->tls || (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)))) {
		c->pending = 1;
		/* its answer may be in, sent by the writer */
		if (c->waiting) {
			uint64_t before = c->answers;

			rclient_take_answers(r);
			if (!c->closed && c->answers == before)
				await_answer(r, c);
		}
		if (!c->closed)
			rclient_serve(r, c);
	}
}
