/* admit.c - the network receiver's door: who gets in, and what is said
 * about it. See remote-int.h.
 *
 * Separate from the thread (remote.c) and from serving a client
 * (rclient.c) because this is where an outsider decides the load: every
 * connection costs a descriptor, a DAEMON_ACCEPT/DAEMON_CLOSE record and
 * maybe a syslog line, so the client cap, the back-off when descriptors
 * run out and the rate limits on records and lines all live here, in
 * auditd's order of checks.
 */
#include <errno.h>
#include <stdarg.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "ratelimit.h"
#include "remote-int.h"
#include "tcpsock.h"
#include "tls.h"

#define CLIENT_SNDBUF		8192	/* SO_SNDBUF (the kernel doubles it) */
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
void admit_conn_record(struct remote *r, uint16_t type, const char *text)
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
void admit_conn_say(struct remote *r, int prio, const char *fmt, ...)
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
void admit_summary(struct remote *r)
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

void admit_tls_say(void *r, int prio, const char *line)
{
	admit_conn_say(r, prio, "%s", line);
}

/* the TLS connections' records (tls.h): DAEMON_ACCEPT and DAEMON_CLOSE
 * through the rate limit, as for plain clients; CRYPTO_* only follow an
 * authenticated handshake */
void admit_tls_record(void *arg, unsigned type, const char *text)
{
	struct remote *r = arg;

	if (type == DAEMONREC_ACCEPT || type == DAEMONREC_CLOSE)
		admit_conn_record(r, (uint16_t)type, text);
	else
		daemon_record(r, (uint16_t)type, text);
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
	admit_conn_record(r, DAEMONREC_ACCEPT, text);
}

/* vigil_tcp_max_clients, lowered to leave the rest of the daemon
 * FD_RESERVE descriptors under RLIMIT_NOFILE (said when it is lowered) */
void admit_set_cap(struct remote *r)
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
		struct epoll_event ev = { .events = events, .data.ptr = remote_tag(TAG_LISTEN + i) };

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
	admit_conn_say(r, LOG_ERR, "Unable to accept TCP connection (%s); not accepting for %u ms",
		 strerror(err), r->backoff_ms);
	listening(r, 0);
	it.it_value.tv_sec = r->backoff_ms / 1000;
	it.it_value.tv_nsec = (long)(r->backoff_ms % 1000) * 1000000L;
	timerfd_settime(r->backoff_fd, 0, &it, NULL);
}

void admit_backed_off(struct remote *r)
{
	uint64_t v;

	if (read(r->backoff_fd, &v, sizeof(v)) < 0 && errno != EAGAIN)
		log_warn("Network receiver: cannot read its timer (%s)", strerror(errno));
	listening(r, EPOLLIN);
}

void admit_accept(struct remote *r, int lfd)
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
			admit_conn_say(r, LOG_ERR, "Unable to accept TCP connection");
		return;
	}
	r->backoff_ms = 0;
	tcpsock_peer(&sa, addr, &port);
	/* vigil's cap first: it costs nothing, and keeps descriptors for the
	 * rest of the daemon */
	if (atomic_load(&r->a_active) >= r->cap) {
		atomic_fetch_add(&r->refused_cap, 1);
		admit_conn_say(r, LOG_ERR, "Too many network clients (%u) - connection from %s:%u rejected",
			 r->cap, addr, port);
		refuse(r, fd, "max-clients", addr, port);
		return;
	}
	/* auditd's order: tcp_wrappers, then the port, then the address.
	 * hosts_access reads files and may resolve names: it blocks this
	 * thread (and the clients it serves), not the log. */
	if (r->s.use_libwrap && !tcpsock_wrap_allows(fd)) {
		admit_conn_say(r, LOG_ERR, "TCP connection from %s:%u rejected", addr, port);
		refuse(r, fd, "wrap", addr, port);
		return;
	}
	if (port < r->s.min_port || port > r->s.max_port) {
		admit_conn_say(r, LOG_ERR, "TCP connection from %s:%u rejected", addr, port);
		refuse(r, fd, "port", addr, port);
		return;
	}
	if (same_address(r, addr) >= r->s.max_per_addr) {
		admit_conn_say(r, LOG_ERR, "Too many connections from %s:%u - rejected", addr, port);
		refuse(r, fd, "dup", addr, port);
		return;
	}
	if (r->tls && !tls_server_room(r->tls)) {
		admit_conn_say(r, LOG_ERR, "TLS handshake limit reached, rejecting %s:%u", addr, port);
		refuse(r, fd, "handshake-limit", addr, port);
		return;
	}
	c = calloc(1, sizeof(*c));
	if (!c || (r->tls && !(c->tls = tls_conn_new(r->tls, fd, addr, port, c)))) {
		admit_conn_say(r, LOG_ERR, "Network receiver: no memory for a client");
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
		admit_conn_record(r, DAEMONREC_ACCEPT, text);
	}
	ev.data.ptr = c;
	if (epoll_ctl(r->ep, EPOLL_CTL_ADD, fd, &ev) < 0) {
		log_err("Network receiver: cannot watch a client (%s)", strerror(errno));
		rclient_close(r, c);
		return;
	}
	c->pending = 1;
	if (c->tls)
		rclient_handshake(r, c);
	else
		rclient_serve(r, c);
}

void admit_init(struct remote *r)
{
	admit_set_cap(r);
	ratelimit_init(&r->rec_rl, CONN_BURST, CONN_PER_SEC, ratelimit_now());
	ratelimit_init(&r->say_rl, CONN_BURST, CONN_PER_SEC, ratelimit_now());
}
