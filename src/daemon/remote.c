/* remote.c - the network receiver. See remote.h.
 *
 * One thread, one epoll set: the listening sockets, the clients (edge
 * triggered), the writer's answers (netq), the idle timer and a wake
 * eventfd. A client whose record is with the writer is not read until
 * the answer comes; its next frames wait in its buffer or in the kernel,
 * so replies go out in the order of the frames and at most one record per
 * client is ever in flight. A lock-step client (audisp-remote) costs one
 * recv and one send per record here.
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
#include <stdarg.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include "frame.h"
#include "log.h"
#include "ratelimit.h"
#include "remote.h"
#include "tcpsock.h"
#include "tls.h"

#define MAX_LISTEN		2
#define OUT_MAX			4096	/* replies not yet taken by a slow client */
#define CLIENT_SNDBUF		8192	/* SO_SNDBUF (the kernel doubles it) */
#define ANSWERS_MAX		64
#define STOP_ANSWER_MS		5000	/* at shutdown, the longest wait for the writer */
#define PUT_RETRY_MS		10	/* the writer's queue is full: look again */
#define AWAIT_ANSWER_NS		200000	/* see await_answer() */
/* Descriptors kept for the rest of the daemon (log, rotation, plugins,
 * state report, reload) whatever vigil_tcp_max_clients says: the cap is
 * lowered to RLIMIT_NOFILE less this. */
#define FD_RESERVE		128
/* Connection records and their syslog lines: an outsider decides how many
 * connections there are, so at most CONN_BURST at once and CONN_PER_SEC a
 * second after that; the rest are counted, and said once a second. */
#define CONN_BURST		200
#define CONN_PER_SEC		20
#define SUMMARY_S		1
/* accept failing for want of descriptors or memory: stop watching the
 * listening sockets for this long, doubling up to the max */
#define BACKOFF_MIN_MS		50
#define BACKOFF_MAX_MS		1000

struct client {
	struct client *next;
	struct client *dead_next;	/* closed: freed after this round of events */
	int closed;
	uint32_t id;
	int fd;
	char addr[INET6_ADDRSTRLEN];
	unsigned port;
	int pending;			/* the kernel may hold more of its bytes */
	int stalled;			/* its next record found the queue full */
	int waiting;			/* a record is with the writer */
	int eager;			/* ... and more input: counted in netq_eager */
	uint64_t answers;		/* answers taken */
	uint32_t waiting_seq;
	int eof;			/* the peer is gone: close once answered */
	int active;			/* something arrived since the last idle tick */
	struct tls_conn *tls;		/* transport = tls, else NULL */
	size_t in_len;
	size_t out_len;
	unsigned char in[FRAME_MAX];
	unsigned char out[OUT_MAX];
};

struct settings {
	unsigned min_port, max_port;
	unsigned max_per_addr;
	unsigned long max_idle;
	unsigned max_clients;
	int distribute;
	int use_libwrap;
};

struct remote {
	pthread_t thread;
	int ep;
	int listen_fd[MAX_LISTEN];
	int nlisten;
	int bind_err;			/* remote_bind's errno, reported by remote_start */
	int wake_fd;			/* new settings, or stop */
	int timer_fd;
	int summary_fd;			/* one-shot: say what the rate limit held back */
	int backoff_fd;			/* one-shot: watch the listening sockets again */
	unsigned backoff_ms;		/* 0: accepting */
	unsigned cap;			/* max_clients, within the descriptor limit */
	struct ratelimit rec_rl, say_rl;
	uint64_t held_accepts, held_closes, held_lines;	/* since the last summary */
	int summary_armed;
	struct netq *q;
	struct daemonrec *rec;
	struct tls_server *tls;		/* transport = tls, else NULL */
	struct client *clients;
	struct client *dead;
	uint32_t next_id;
	unsigned outstanding;		/* records with the writer, answers to come */
	int pending_put;		/* a frame waits for room in the queue */
	char text[FRAME_MAX_PAYLOAD];

	pthread_mutex_t lock;		/* settings from the main thread */
	struct settings s, next;
	int changed;

	_Atomic int stopping;
	_Atomic unsigned a_active;
	_Atomic uint64_t total, rejected, records, heartbeats, error_replies, bad_frames, idle_closed;
	_Atomic uint64_t refused_cap, records_held, lines_held, backoffs;
	_Atomic unsigned a_cap;
};

/* epoll tags for what is not a client */
static char tag_wake, tag_timer, tag_answer, tag_summary, tag_backoff, tag_listen[MAX_LISTEN];

static void settings_from(struct settings *s, const struct config *cfg)
{
	s->min_port = cfg->tcp_client_min_port;
	s->max_port = cfg->tcp_client_max_port;
	s->max_per_addr = cfg->tcp_max_per_addr;
	s->max_idle = cfg->tcp_client_max_idle;
	s->max_clients = cfg->vigil_tcp_max_clients;
	s->distribute = cfg->distribute_network;
	s->use_libwrap = cfg->use_libwrap;
}

/* ---- records for the writer ------------------------------------------------ */

static void put_wait(struct remote *r, uint64_t token, uint16_t type, uint16_t flags,
		     const char *text, size_t len)
{
	int waited = 0;

	while (netq_put(r->q, token, -1, type, flags, text, len) < 0) {
		/* the writer is behind by megabytes: give it a moment */
		netq_commit(r->q);
		if (waited++ == 500) {
			log_err("Network receiver: the writer takes no records; %s dropped",
				type == NETQ_TEXT ? "a record" : "a connection record");
			return;
		}
		usleep(PUT_RETRY_MS * 1000);
	}
	netq_commit(r->q);
	r->outstanding++;
}

/* DAEMON_ACCEPT / DAEMON_CLOSE, in the queue's order with the records */
static void daemon_record(struct remote *r, uint16_t type, const char *text)
{
	char payload[DAEMONREC_MAX];

	daemonrec_net(r->rec, payload, text);
	put_wait(r, 0, type, 0, payload, strlen(payload));
}

static void arm_summary(struct remote *r)
{
	struct itimerspec it = { { 0, 0 }, { SUMMARY_S, 0 } };

	if (r->summary_armed)
		return;
	r->summary_armed = 1;
	timerfd_settime(r->summary_fd, 0, &it, NULL);
}

/* A connection's DAEMON_ACCEPT or DAEMON_CLOSE, through the rate limit */
static void conn_record(struct remote *r, uint16_t type, const char *text)
{
	if (ratelimit_allow(&r->rec_rl, ratelimit_now())) {
		daemon_record(r, type, text);
		return;
	}
	if (type == DAEMONREC_ACCEPT)
		r->held_accepts++;
	else
		r->held_closes++;
	atomic_fetch_add(&r->records_held, 1);
	arm_summary(r);
}

/* A syslog line about one connection, through a rate limit of its own */
__attribute__((format(printf, 3, 4)))
static void conn_say(struct remote *r, int prio, const char *fmt, ...)
{
	char line[512];
	va_list ap;

	if (!ratelimit_allow(&r->say_rl, ratelimit_now())) {
		r->held_lines++;
		atomic_fetch_add(&r->lines_held, 1);
		arm_summary(r);
		return;
	}
	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	log_msg(prio, "%s", line);
}

/* What the rate limits held back since the last summary: one record of
 * each type and one syslog line, so the log still accounts for every
 * connection. */
static void summary(struct remote *r)
{
	char text[160];
	uint64_t v;

	if (read(r->summary_fd, &v, sizeof(v)) < 0 && errno != EAGAIN)
		log_warn("Network receiver: cannot read its timer (%s)", strerror(errno));
	r->summary_armed = 0;
	if (r->held_accepts) {
		snprintf(text, sizeof(text), "op=rate-limit suppressed=%llu res=no",
			 (unsigned long long)r->held_accepts);
		daemon_record(r, DAEMONREC_ACCEPT, text);
	}
	if (r->held_closes) {
		snprintf(text, sizeof(text), "op=rate-limit suppressed=%llu res=no",
			 (unsigned long long)r->held_closes);
		daemon_record(r, DAEMONREC_CLOSE, text);
	}
	if (r->held_accepts || r->held_closes || r->held_lines)
		log_warn("Network receiver: more than %u connection events a second; not recorded: %llu DAEMON_ACCEPT, %llu DAEMON_CLOSE, %llu syslog lines",
			 CONN_PER_SEC, (unsigned long long)r->held_accepts,
			 (unsigned long long)r->held_closes, (unsigned long long)r->held_lines);
	r->held_accepts = r->held_closes = r->held_lines = 0;
}

static void tls_say(void *r, int prio, const char *line)
{
	conn_say(r, prio, "%s", line);
}

/* the TLS connections' records (tls.h): DAEMON_ACCEPT and DAEMON_CLOSE
 * through the rate limit, as for plain clients; CRYPTO_* only follow an
 * authenticated handshake */
static void tls_record(void *arg, unsigned type, const char *text)
{
	struct remote *r = arg;

	if (type == DAEMONREC_ACCEPT || type == DAEMONREC_CLOSE)
		conn_record(r, (uint16_t)type, text);
	else
		daemon_record(r, (uint16_t)type, text);
}

/* ---- clients ------------------------------------------------------------- */

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

static void close_client(struct remote *r, struct client *c)
{
	struct client **pp;
	char text[160];

	/* a refused TLS handshake was never accepted */
	if (!c->tls || tls_conn_established(c->tls)) {
		snprintf(text, sizeof(text), "addr=%s port=%u res=success", c->addr, c->port);
		conn_record(r, DAEMONREC_CLOSE, text);
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

static int reply(struct client *c, uint32_t type, uint32_t seq, const char *text)
{
	unsigned char f[FRAME_HDR_SIZE + 64];

	return queue_reply(c, f, frame_pack(f, type, seq, text, strlen(text)));
}

static void drop_client(struct remote *r, struct client *c, const char *why)
{
	conn_say(r, LOG_WARNING, "client %s:%u %s - closing the connection", c->addr, c->port,
		 why);
	close_client(r, c);
}

/* tcp_client_max_idle: auditd's line, newline included */
static void drop_idle_client(struct remote *r, struct client *c)
{
	conn_say(r, LOG_NOTICE, "client %s:%u idle too long - closing connection\n", c->addr,
		 c->port);
	close_client(r, c);
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
			if (reply(c, FRAME_ACK, f.seq, "") < 0) {
				drop_client(r, c, "does not read its replies");
				return -1;
			}
		} else {
			len = frame_text(f.payload, f.len, r->text);
			if (len == 0) {
				/* nothing to write: auditd would write an empty line */
				if (reply(c, FRAME_ACK, f.seq, "") < 0) {
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
			conn_say(r, LOG_WARNING,
				 "client %s:%u closed in the middle of a frame; %zu bytes dropped",
				 c->addr, c->port, c->in_len);
		close_client(r, c);
		return -1;
	}
	return 0;
}

/* Handle what the client sent, reading more while it is not waiting for
 * an answer. Edge-triggered: a read shorter than asked took everything
 * there was, and new bytes bring a new event. */
static void serve(struct remote *r, struct client *c)
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
			/* TLS reads a record at a time: only EAGAIN says drained */
			if ((size_t)n < room && !c->tls)
				c->pending = 0;
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		c->pending = 0;
		if (n < 0 && errno == EAGAIN)
			continue;
		if (n < 0)
			conn_say(r, LOG_WARNING, "client %s:%u socket closed unexpectedly", c->addr,
				 c->port);
		c->eof = 1;
	}
}

/* transport = tls: the handshake, driven by the client's events; its
 * records come from tls.c, refusals included */
static void handshake(struct remote *r, struct client *c)
{
	switch (tls_conn_handshake(c->tls)) {
	case TLS_WANT:
		return;
	case TLS_FAIL:
		atomic_fetch_add(&r->rejected, 1);
		close_client(r, c);
		return;
	case TLS_DONE:
		atomic_fetch_add(&r->total, 1);
		c->pending = 1;
		serve(r, c);
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
static void take_answers(struct remote *r)
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
				serve(r, c);
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
			take_answers(r);
			if (c->closed || c->answers != before)
				return;
		}
		sched_yield();
		clock_gettime(CLOCK_MONOTONIC, &now);
	} while ((now.tv_sec - t0.tv_sec) * 1000000000L + (now.tv_nsec - t0.tv_nsec) <
		 AWAIT_ANSWER_NS);
	want_answer(r, c);
	if (netq_has_answers(r->q))
		take_answers(r);
}

/* ---- accepting ------------------------------------------------------------ */

static unsigned same_address(struct remote *r, const char *addr)
{
	struct client *c;
	unsigned n = 0;

	for (c = r->clients; c; c = c->next)
		if (strcmp(c->addr, addr) == 0)
			n++;
	return n;
}

static void refuse(struct remote *r, int fd, const char *op, const char *addr, unsigned port)
{
	char text[160];

	close(fd);
	atomic_fetch_add(&r->rejected, 1);
	snprintf(text, sizeof(text), "op=%s addr=%s port=%u res=no", op, addr, port);
	conn_record(r, DAEMONREC_ACCEPT, text);
}

/* vigil_tcp_max_clients, lowered to leave the rest of the daemon
 * FD_RESERVE descriptors under RLIMIT_NOFILE (said when it is lowered) */
static void set_cap(struct remote *r)
{
	struct rlimit rl;
	unsigned cap = r->s.max_clients;

	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
		unsigned fit = rl.rlim_cur > FD_RESERVE * 2 ? (unsigned)(rl.rlim_cur - FD_RESERVE) :
			       (unsigned)(rl.rlim_cur / 2);

		if (cap > fit) {
			log_warn("vigil_tcp_max_clients %u lowered to %u: the descriptor limit is %llu",
				 cap, fit, (unsigned long long)rl.rlim_cur);
			cap = fit;
		}
	}
	r->cap = cap;
	atomic_store(&r->a_cap, cap);
}

static void listening(struct remote *r, uint32_t events)
{
	int i;

	for (i = 0; i < r->nlisten; i++) {
		struct epoll_event ev = { .events = events, .data.ptr = &tag_listen[i] };

		if (epoll_ctl(r->ep, EPOLL_CTL_MOD, r->listen_fd[i], &ev) < 0)
			log_err("Network receiver: cannot watch its listening socket (%s)",
				strerror(errno));
	}
}

/* accept4 failed for want of descriptors or memory: with a level-
 * triggered listening socket, trying again at once would spin. Stop
 * watching it for a while (doubling while it goes on failing); the
 * kernel keeps new connections in the listen queue meanwhile. */
static void back_off(struct remote *r, int err)
{
	struct itimerspec it = { { 0, 0 }, { 0, 0 } };

	r->backoff_ms = r->backoff_ms ? r->backoff_ms * 2 : BACKOFF_MIN_MS;
	if (r->backoff_ms > BACKOFF_MAX_MS)
		r->backoff_ms = BACKOFF_MAX_MS;
	atomic_fetch_add(&r->backoffs, 1);
	conn_say(r, LOG_ERR, "Unable to accept TCP connection (%s); not accepting for %u ms",
		 strerror(err), r->backoff_ms);
	listening(r, 0);
	it.it_value.tv_sec = r->backoff_ms / 1000;
	it.it_value.tv_nsec = (long)(r->backoff_ms % 1000) * 1000000L;
	timerfd_settime(r->backoff_fd, 0, &it, NULL);
}

static void backed_off(struct remote *r)
{
	uint64_t v;

	if (read(r->backoff_fd, &v, sizeof(v)) < 0 && errno != EAGAIN)
		log_warn("Network receiver: cannot read its timer (%s)", strerror(errno));
	listening(r, EPOLLIN);
}

static void accept_one(struct remote *r, int lfd)
{
	struct sockaddr_storage sa;
	socklen_t slen = sizeof(sa);
	char addr[INET6_ADDRSTRLEN], text[160];
	/* EPOLLOUT: replies a full socket did not take go out when it drains
	 * (an edge only after a send found it full, so no cost otherwise) */
	struct epoll_event ev = { .events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET };
	struct client *c;
	unsigned port;
	int fd, one = 1, sndbuf = CLIENT_SNDBUF;

	fd = accept4(lfd, (struct sockaddr *)&sa, &slen, SOCK_NONBLOCK | SOCK_CLOEXEC);
	if (fd < 0) {
		if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM)
			back_off(r, errno);
		else if (errno != EAGAIN && errno != EINTR && errno != ECONNABORTED)
			conn_say(r, LOG_ERR, "Unable to accept TCP connection");
		return;
	}
	r->backoff_ms = 0;
	tcpsock_peer(&sa, addr, &port);
	/* vigil's cap first: it costs nothing, and keeps descriptors for the
	 * rest of the daemon */
	if (atomic_load(&r->a_active) >= r->cap) {
		atomic_fetch_add(&r->refused_cap, 1);
		conn_say(r, LOG_ERR, "Too many network clients (%u) - connection from %s:%u rejected",
			 r->cap, addr, port);
		refuse(r, fd, "max-clients", addr, port);
		return;
	}
	/* auditd's order: tcp_wrappers, then the port, then the address.
	 * hosts_access reads files and may resolve names: it blocks this
	 * thread (and the clients it serves), not the log. */
	if (r->s.use_libwrap && !tcpsock_wrap_allows(fd)) {
		conn_say(r, LOG_ERR, "TCP connection from %s:%u rejected", addr, port);
		refuse(r, fd, "wrap", addr, port);
		return;
	}
	if (port < r->s.min_port || port > r->s.max_port) {
		conn_say(r, LOG_ERR, "TCP connection from %s:%u rejected", addr, port);
		refuse(r, fd, "port", addr, port);
		return;
	}
	if (same_address(r, addr) >= r->s.max_per_addr) {
		conn_say(r, LOG_ERR, "Too many connections from %s:%u - rejected", addr, port);
		refuse(r, fd, "dup", addr, port);
		return;
	}
	if (r->tls && !tls_server_room(r->tls)) {
		conn_say(r, LOG_ERR, "TLS handshake limit reached, rejecting %s:%u", addr, port);
		refuse(r, fd, "handshake-limit", addr, port);
		return;
	}
	c = calloc(1, sizeof(*c));
	if (!c || (r->tls && !(c->tls = tls_conn_new(r->tls, fd, addr, port, c)))) {
		conn_say(r, LOG_ERR, "Network receiver: no memory for a client");
		free(c);
		refuse(r, fd, "alloc", addr, port);
		return;
	}
	setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof(one));
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	/* replies are a few dozen bytes: a client that does not read them
	 * must not grow its socket's buffer to tcp_wmem's megabytes of kernel
	 * memory (autotuning), per client */
	setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof(sndbuf));
	c->fd = fd;
	c->id = ++r->next_id ? r->next_id : ++r->next_id;	/* 0 is the daemon's */
	snprintf(c->addr, sizeof(c->addr), "%s", addr);
	c->port = port;
	c->active = 1;
	c->next = r->clients;
	r->clients = c;
	atomic_fetch_add(&r->a_active, 1);
	if (!c->tls) {	/* TLS: once the handshake is done (tls.c) */
		atomic_fetch_add(&r->total, 1);
		snprintf(text, sizeof(text), "addr=%s port=%u res=success", addr, port);
		conn_record(r, DAEMONREC_ACCEPT, text);
	}
	ev.data.ptr = c;
	if (epoll_ctl(r->ep, EPOLL_CTL_ADD, fd, &ev) < 0) {
		log_err("Network receiver: cannot watch a client (%s)", strerror(errno));
		close_client(r, c);
		return;
	}
	c->pending = 1;
	if (c->tls)
		handshake(r, c);
	else
		serve(r, c);
}

/* ---- idle clients ----------------------------------------------------------- */

static void arm_idle(struct remote *r)
{
	struct itimerspec it = { { 0, 0 }, { 0, 0 } };

	it.it_value.tv_sec = (time_t)r->s.max_idle;
	it.it_interval.tv_sec = (time_t)r->s.max_idle;
	timerfd_settime(r->timer_fd, 0, &it, NULL);
}

/* auditd's rule: a client that sent nothing since the previous tick */
static void idle_tick(struct remote *r)
{
	struct client *c, *next;
	uint64_t v;

	if (read(r->timer_fd, &v, sizeof(v)) < 0)
		return;
	take_answers(r);	/* a client waiting on one is not idle */
	for (c = r->clients; c; c = next) {
		next = c->next;
		if (c->active || c->waiting) {
			c->active = 0;
			continue;
		}
		atomic_fetch_add(&r->idle_closed, 1);
		drop_idle_client(r, c);
	}
}

/* ---- the thread ------------------------------------------------------------- */

static void bury(struct remote *r)
{
	struct client *c;

	while ((c = r->dead)) {
		r->dead = c->dead_next;
		free(c);
	}
}

/* SIGHUP with transport = tls: the key and the client list again; a
 * client whose identity is no longer enabled goes (DAEMON_CLOSE and
 * CRYPTO_KEY_USER, as auditd 4.2) */
static void tls_reload(struct remote *r)
{
	struct client *c, *next;

	tls_server_reload(r->tls);
	for (c = r->clients; c; c = next) {
		next = c->next;
		if (c->tls && tls_conn_established(c->tls) && !tls_conn_allowed(c->tls))
			close_client(r, c);
	}
}

static void take_settings(struct remote *r)
{
	unsigned long idle = r->s.max_idle;
	uint64_t v;

	if (read(r->wake_fd, &v, sizeof(v)) < 0)
		return;

	pthread_mutex_lock(&r->lock);
	if (r->changed) {
		r->s = r->next;
		r->changed = 0;
	}
	pthread_mutex_unlock(&r->lock);
	if (idle != r->s.max_idle)
		arm_idle(r);
	set_cap(r);
	if (r->tls)
		tls_reload(r);
}

/* A frame that found the queue full: try again for every client that waits. */
static void retry_puts(struct remote *r)
{
	struct client *c, *next;

	r->pending_put = 0;
	for (c = r->clients; c; c = next) {
		next = c->next;
		if (c->stalled) {
			c->stalled = 0;
			serve(r, c);
		}
	}
}

/* Shutdown: the writer answers what it holds, every client gets ENDING
 * and goes (DAEMON_CLOSE each); the thread ends once the writer has
 * taken every record. */
static void finish(struct remote *r)
{
	struct timespec start, now;
	struct client *c;
	int i;

	for (i = 0; i < r->nlisten; i++)
		close(r->listen_fd[i]);
	r->nlisten = 0;
	clock_gettime(CLOCK_MONOTONIC, &start);
	for (;;) {
		take_answers(r);
		if (!r->outstanding)
			break;
		clock_gettime(CLOCK_MONOTONIC, &now);
		if ((now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000 >
		    STOP_ANSWER_MS) {
			log_warn("Network receiver: %u records still with the writer at shutdown",
				 r->outstanding);
			return;
		}
		usleep(1000);
	}
	while ((c = r->clients)) {
		reply(c, FRAME_ENDING, 0, "");
		close_client(r, c);
	}
	if (r->summary_armed)
		summary(r);
	/* the DAEMON_CLOSE records are written before the daemon goes on */
	clock_gettime(CLOCK_MONOTONIC, &start);
	while (r->outstanding) {
		take_answers(r);
		clock_gettime(CLOCK_MONOTONIC, &now);
		if (now.tv_sec - start.tv_sec > STOP_ANSWER_MS / 1000)
			break;
		usleep(1000);
	}
}

static void *run(void *arg)
{
	struct remote *r = arg;
	struct epoll_event ev[64];
	struct client *late;
	int n, i, k;

	for (;;) {
		/* answers of records written in this thread (netq_commit) */
		while (netq_has_answers(r->q))
			take_answers(r);
		n = epoll_wait(r->ep, ev, 64,
			       r->pending_put ? PUT_RETRY_MS : tls_server_wait_ms(r->tls));
		if (n < 0 && errno != EINTR) {
			log_err("Network receiver: epoll_wait failed (%s)", strerror(errno));
			break;
		}
		for (i = 0; i < n; i++) {
			void *p = ev[i].data.ptr;

			if (p == &tag_wake) {
				if (atomic_load(&r->stopping))
					goto out;
				take_settings(r);
			} else if (p == &tag_answer)
				take_answers(r);
			else if (p == &tag_timer)
				idle_tick(r);
			else if (p == &tag_summary)
				summary(r);
			else if (p == &tag_backoff)
				backed_off(r);
			else if ((char *)p >= tag_listen && (char *)p < tag_listen + MAX_LISTEN) {
				k = (int)((char *)p - tag_listen);
				accept_one(r, r->listen_fd[k]);
			} else {
				struct client *c = p;

				if (!c->closed && (ev[i].events & EPOLLOUT) && c->out_len &&
				    (!c->tls || tls_conn_established(c->tls)) && flush_replies(c) < 0)
					drop_client(r, c, "does not read its replies");
				if (!c->closed && c->tls && !tls_conn_established(c->tls)) {
					handshake(r, c);
				} else if (!c->closed &&
					   (c->tls || (ev[i].events &
						       (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)))) {
					c->pending = 1;
					/* its answer may be in, sent by the writer */
					if (c->waiting) {
						uint64_t before = c->answers;

						take_answers(r);
						if (!c->closed && c->answers == before)
							await_answer(r, c);
					}
					if (!c->closed)
						serve(r, c);
				}
			}
		}
		if (r->pending_put)
			retry_puts(r);
		while (r->tls && (late = tls_server_expired(r->tls))) {
			atomic_fetch_add(&r->rejected, 1);
			close_client(r, late);	/* handshake-timeout, recorded */
		}
		bury(r);
	}
out:
	finish(r);
	bury(r);
	return NULL;
}

/* ---- setup ----------------------------------------------------------------- */

static int watch(struct remote *r, int fd, void *tag)
{
	struct epoll_event ev = { .events = EPOLLIN, .data.ptr = tag };

	return epoll_ctl(r->ep, EPOLL_CTL_ADD, fd, &ev);
}

struct remote *remote_bind(const struct config *cfg)
{
	struct remote *r = calloc(1, sizeof(*r));
	int fd;

	if (!r)
		return NULL;
	r->wake_fd = r->timer_fd = r->summary_fd = r->backoff_fd = r->ep = -1;
	if (cfg->transport == CONFIG_TRANSPORT_KRB5)
		return r;	/* remote_start says why */
	fd = tcpsock_listen(AF_INET6, cfg->tcp_listen_port, cfg->tcp_listen_queue);
	if (fd == -EAFNOSUPPORT)
		fd = tcpsock_listen(AF_INET, cfg->tcp_listen_port, cfg->tcp_listen_queue);
	if (fd < 0)
		r->bind_err = -fd;
	else
		r->listen_fd[r->nlisten++] = fd;
	return r;
}

struct remote *remote_start(struct remote *r, const struct config *cfg, struct netq *q,
			    struct daemonrec *rec)
{
	int i;

	if (!r) {
		log_err("Network receiver: out of memory");
		return NULL;
	}
	r->q = q;
	r->rec = rec;
	pthread_mutex_init(&r->lock, NULL);
	settings_from(&r->s, cfg);
	if (cfg->transport == CONFIG_TRANSPORT_KRB5) {
		log_err("transport krb5 is not supported by vigil's network receiver (no GSSAPI): "
			"set transport = tcp or tls in auditd.conf");
		goto fail;
	}
	if (cfg->transport == CONFIG_TRANSPORT_TLS &&
	    !(r->tls = tls_server_new(cfg, tls_record, tls_say, r))) {
		log_err("Failed to initialize TLS server context");
		goto fail;
	}
	if (r->bind_err) {
		log_err("Cannot bind listener socket to port %u (%s)", cfg->tcp_listen_port,
			strerror(r->bind_err));
		goto fail;
	}
	r->ep = epoll_create1(EPOLL_CLOEXEC);
	r->wake_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	r->timer_fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
	r->summary_fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
	r->backoff_fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
	if (r->ep < 0 || r->wake_fd < 0 || r->timer_fd < 0 || r->summary_fd < 0 ||
	    r->backoff_fd < 0 ||
	    watch(r, r->wake_fd, &tag_wake) || watch(r, r->timer_fd, &tag_timer) ||
	    watch(r, r->summary_fd, &tag_summary) || watch(r, r->backoff_fd, &tag_backoff) ||
	    watch(r, netq_answer_fd(q), &tag_answer)) {
		log_err("Network receiver: cannot set up (%s)", strerror(errno));
		goto fail;
	}
	for (i = 0; i < r->nlisten; i++)
		if (watch(r, r->listen_fd[i], &tag_listen[i]))
			goto fail;
	arm_idle(r);
	set_cap(r);
	ratelimit_init(&r->rec_rl, CONN_BURST, CONN_PER_SEC, ratelimit_now());
	ratelimit_init(&r->say_rl, CONN_BURST, CONN_PER_SEC, ratelimit_now());
	if (pthread_create(&r->thread, NULL, run, r)) {
		log_err("Network receiver: cannot start its thread");
		goto fail;
	}
	pthread_setname_np(r->thread, "auditd-remote");
	log_notice("Listening on TCP port %u, protocol %s", cfg->tcp_listen_port,
		   config_transport_name(cfg->transport));
	return r;
fail:
	for (i = 0; i < r->nlisten; i++)
		close(r->listen_fd[i]);
	if (r->ep >= 0)
		close(r->ep);
	if (r->wake_fd >= 0)
		close(r->wake_fd);
	if (r->timer_fd >= 0)
		close(r->timer_fd);
	if (r->summary_fd >= 0)
		close(r->summary_fd);
	if (r->backoff_fd >= 0)
		close(r->backoff_fd);
	tls_server_free(r->tls);
	pthread_mutex_destroy(&r->lock);
	free(r);
	return NULL;
}

void remote_reconfigure(struct remote *r, const struct config *cfg)
{
	uint64_t one = 1;

	if (!r)
		return;
	pthread_mutex_lock(&r->lock);
	settings_from(&r->next, cfg);
	r->changed = 1;
	pthread_mutex_unlock(&r->lock);
	if (write(r->wake_fd, &one, sizeof(one)) < 0)
		log_err("Network receiver: cannot wake its thread (%s)", strerror(errno));
}

void remote_stop(struct remote *r)
{
	uint64_t one = 1;

	if (!r)
		return;
	atomic_store(&r->stopping, 1);
	if (write(r->wake_fd, &one, sizeof(one)) < 0)
		log_err("Network receiver: cannot wake its thread (%s)", strerror(errno));
	pthread_join(r->thread, NULL);
	close(r->ep);
	close(r->wake_fd);
	close(r->timer_fd);
	close(r->summary_fd);
	close(r->backoff_fd);
	tls_server_free(r->tls);
	pthread_mutex_destroy(&r->lock);
	free(r);
}

void remote_get_stats(struct remote *r, struct remote_stats *st)
{
	memset(st, 0, sizeof(*st));
	if (!r)
		return;
	st->listening = 1;
	st->active = atomic_load(&r->a_active);
	st->total = atomic_load(&r->total);
	st->rejected = atomic_load(&r->rejected);
	st->records = atomic_load(&r->records);
	st->heartbeats = atomic_load(&r->heartbeats);
	st->error_replies = atomic_load(&r->error_replies);
	st->bad_frames = atomic_load(&r->bad_frames);
	st->idle_closed = atomic_load(&r->idle_closed);
	st->max_clients = atomic_load(&r->a_cap);
	st->refused_cap = atomic_load(&r->refused_cap);
	st->records_held = atomic_load(&r->records_held);
	st->lines_held = atomic_load(&r->lines_held);
	st->backoffs = atomic_load(&r->backoffs);
}
