/* remote-int.h - what the network receiver's modules share; private to
 * them (remote.h is the daemon's view).
 *
 *   remote.c   the thread: its epoll set and run loop, setup and
 *              teardown, settings from SIGHUP, the idle timer
 *   admit.c    who gets in: accept, the client cap, the back-off when
 *              descriptors run out, refusals, and the rate limits on
 *              connection records and syslog lines
 *   rclient.c  one client once in: the TLS handshake, frames, the
 *              writer's answers, replies, closing
 *
 * Everything here runs in the receiver's thread (setup excepted, before
 * the thread starts). Other threads touch struct remote only through
 * its _Atomic counters (remote_get_stats), `stopping`, and the settings
 * handed over under `lock`.
 */
#ifndef VIGIL_REMOTE_INT_H
#define VIGIL_REMOTE_INT_H

#include <netinet/in.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include "frame.h"
#include "ratelimit.h"
#include "remote.h"
#include "tls.h"

#define MAX_LISTEN		2
#define OUT_MAX			4096	/* replies not yet taken by a slow client */
#define PUT_RETRY_MS		10	/* the writer's queue is full: look again */

/* epoll tags for what is not a client: the addresses of this constant
 * table (remote.c), which no client can have. Constant, so no state is
 * shared through it; admit.c needs TAG_LISTEN + i to pause and resume
 * the listening sockets. */
enum remote_tag {
	TAG_WAKE,		/* new settings, or stop */
	TAG_TIMER,		/* the idle tick */
	TAG_ANSWER,		/* the writer's answers (netq) */
	TAG_SUMMARY,		/* say what the rate limits held back */
	TAG_BACKOFF,		/* watch the listening sockets again */
	TAG_LISTEN,		/* listening socket i is TAG_LISTEN + i */
	REMOTE_TAGS = TAG_LISTEN + MAX_LISTEN
};

extern const char remote_tags[REMOTE_TAGS];

/* The epoll data.ptr for tag t (epoll never writes through it) */
static inline void *remote_tag(int t)
{
	return (void *)&remote_tags[t];
}

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

/* ---- admit.c ---- */

/* The client cap and the rate limits, before the thread starts */
void admit_init(struct remote *r);
/* vigil_tcp_max_clients as it may apply under RLIMIT_NOFILE (again on SIGHUP) */
void admit_set_cap(struct remote *r);
/* Accept one connection on listening socket lfd, or refuse it (recorded) */
void admit_accept(struct remote *r, int lfd);
/* The back-off timer expired: watch the listening sockets again */
void admit_backed_off(struct remote *r);
/* A connection's DAEMON_ACCEPT or DAEMON_CLOSE, through its rate limit */
void admit_conn_record(struct remote *r, uint16_t type, const char *text);
/* A syslog line about one connection, through its rate limit */
__attribute__((format(printf, 3, 4)))
void admit_conn_say(struct remote *r, int prio, const char *fmt, ...);
/* The summary timer expired (or shutdown): record and say what the rate
 * limits held back */
void admit_summary(struct remote *r);
/* tls_server_new's emit and say functions (tls.h); arg is the remote */
void admit_tls_record(void *arg, unsigned type, const char *text);
void admit_tls_say(void *arg, int prio, const char *line);

/* ---- rclient.c ---- */

/* An epoll event for client c: replies to flush, the handshake, input */
void rclient_event(struct remote *r, struct client *c, uint32_t events);
/* Read and handle what c sent while it has no record with the writer */
void rclient_serve(struct remote *r, struct client *c);
/* transport = tls: take c's handshake a step further */
void rclient_handshake(struct remote *r, struct client *c);
/* Take every answer the writer has, send what it could not, serve on */
void rclient_take_answers(struct remote *r);
/* A reply frame to c (queued when the socket is full); -1: give up on c */
int rclient_reply(struct client *c, uint32_t type, uint32_t seq, const char *text);
/* Close c (DAEMON_CLOSE); freed by the thread after this round of events */
void rclient_close(struct remote *r, struct client *c);
/* tcp_client_max_idle: auditd's syslog line, then close c */
void rclient_drop_idle(struct remote *r, struct client *c);

#endif
