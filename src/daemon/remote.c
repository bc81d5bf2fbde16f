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
 * This file is the thread: the epoll set and its run loop, setup and
 * teardown, SIGHUP's settings, the idle timer. Admission is admit.c,
 * serving a client rclient.c; remote-int.h is what they share.
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include "frame.h"
#include "log.h"
#include "remote-int.h"
#include "tcpsock.h"
#include "tls.h"

#define STOP_ANSWER_MS		5000	/* at shutdown, the longest wait for the writer */

/* the epoll tags (remote-int.h): only their addresses mean anything */
const char remote_tags[REMOTE_TAGS];

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
	rclient_take_answers(r);	/* a client waiting on one is not idle */
	for (c = r->clients; c; c = next) {
		next = c->next;
		if (c->active || c->waiting) {
			c->active = 0;
			continue;
		}
		atomic_fetch_add(&r->idle_closed, 1);
		rclient_drop_idle(r, c);
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
			rclient_close(r, c);
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
	admit_set_cap(r);
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
			rclient_serve(r, c);
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
		rclient_take_answers(r);
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
		rclient_reply(c, FRAME_ENDING, 0, "");
		rclient_close(r, c);
	}
	if (r->summary_armed)
		admit_summary(r);
	/* the DAEMON_CLOSE records are written before the daemon goes on */
	clock_gettime(CLOCK_MONOTONIC, &start);
	while (r->outstanding) {
		rclient_take_answers(r);
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
	int n, i;

	for (;;) {
		/* answers of records written in this thread (netq_commit) */
		while (netq_has_answers(r->q))
			rclient_take_answers(r);
		n = epoll_wait(r->ep, ev, 64,
			       r->pending_put ? PUT_RETRY_MS : tls_server_wait_ms(r->tls));
		if (n < 0 && errno != EINTR) {
			log_err("Network receiver: epoll_wait failed (%s)", strerror(errno));
			break;
		}
		for (i = 0; i < n; i++) {
			const char *p = ev[i].data.ptr;

			if (p < remote_tags || p >= remote_tags + REMOTE_TAGS) {
				rclient_event(r, ev[i].data.ptr, ev[i].events);
				continue;
			}
			switch (p - remote_tags) {
			case TAG_WAKE:
				if (atomic_load(&r->stopping))
					goto out;
				take_settings(r);
				break;
			case TAG_ANSWER:
				rclient_take_answers(r);
				break;
			case TAG_TIMER:
				idle_tick(r);
				break;
			case TAG_SUMMARY:
				admit_summary(r);
				break;
			case TAG_BACKOFF:
				admit_backed_off(r);
				break;
			default:	/* TAG_LISTEN + k: listening socket k */
				admit_accept(r, r->listen_fd[p - remote_tags - TAG_LISTEN]);
			}
		}
		if (r->pending_put)
			retry_puts(r);
		while (r->tls && (late = tls_server_expired(r->tls))) {
			atomic_fetch_add(&r->rejected, 1);
			rclient_close(r, late);	/* handshake-timeout, recorded */
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
	    !(r->tls = tls_server_new(cfg, admit_tls_record, admit_tls_say, r))) {
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
	    watch(r, r->wake_fd, remote_tag(TAG_WAKE)) ||
	    watch(r, r->timer_fd, remote_tag(TAG_TIMER)) ||
	    watch(r, r->summary_fd, remote_tag(TAG_SUMMARY)) ||
	    watch(r, r->backoff_fd, remote_tag(TAG_BACKOFF)) ||
	    watch(r, netq_answer_fd(q), remote_tag(TAG_ANSWER))) {
		log_err("Network receiver: cannot set up (%s)", strerror(errno));
		goto fail;
	}
	for (i = 0; i < r->nlisten; i++)
		if (watch(r, r->listen_fd[i], remote_tag(TAG_LISTEN + i)))
			goto fail;
	arm_idle(r);
	admit_init(r);
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
