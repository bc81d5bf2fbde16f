/* dispatch.c - plugins.d -> plugin processes and the builtin af_unix
 * socket, one queue and one thread per plugin. See dispatch.h.
 *
 * Producer: the writer thread. It takes the lock at its first record of a
 * batch and drops it in dispatch_publish, so the plugin list cannot
 * change under it and costs one lock per batch, not per record. Each
 * record is encoded for each plugin (line or binary data) and staged in
 * that plugin's ring; a ring holding q_depth records, or without room for
 * the bytes, is full: the record is dropped for that plugin only and
 * overflow_action runs. Nothing here ever waits for a plugin.
 *
 * Consumer: one thread per plugin. It writes whole batches to the
 * plugin's end of a socketpair (non-blocking, polled, so a stop request
 * is seen even while the plugin does not read), releases ring space only
 * for records completely written, and restarts a plugin that died (up to
 * max_restarts), sending again the records it had not fully received.
 * Liveness is watched through a pidfd, so the main thread may reap the
 * children as it always does.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/pidfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "action.h"
#include "dispatch.h"
#include "log.h"
#include "util.h"
#include "plugins.h"
#include "ring.h"
#include "tables.h"

#define AUDIT_EOE		1320
#define OVERFLOW_REPORTS	5	/* auditd's QUEUE_FULL_LIMIT */
#define WAKE_MS			200	/* a plugin thread looks at its flags this often */
#define DRAIN_MS		1000	/* at stop: the longest wait for a queue to empty */
#define EXIT_GRACE_MS		500	/* after end of file, before SIGTERM */
#define TERM_GRACE_MS		1000	/* after SIGTERM: the longest wait for its exit */
#define OUT_BUF			(128 * 1024)
#define BATCH_MAX		256	/* records per write */
#define RING_MIN		(256 * 1024)
#define RING_MAX		(64 * 1024 * 1024)
#define RING_BYTES_PER_SLOT	1024

enum stop_mode { RUN, STOP_DRAIN, STOP_NOW };

struct plugin {
	struct plugin *next;
	struct dispatch *d;
	struct plugins_conf conf;
	struct ring *ring;
	pthread_t thread;
	int started;			/* thread created */

	/* producer (writer thread, under d->lock) */
	uint64_t pushed;
	int staged;

	/* consumer */
	_Atomic uint64_t taken;
	_Atomic int stop;		/* enum stop_mode */
	_Atomic int hup;		/* send SIGHUP to the process */
	_Atomic int respawn;		/* the program changed: start it again */
	_Atomic int revive;		/* a reload: a plugin that gave up runs again */
	_Atomic int dead;		/* gave up after max_restarts: no more records */
	_Atomic int up;			/* a process runs (af_unix: a socket listens) */
	unsigned restarts;
	pid_t pid;
	int pidfd;
	int sock;			/* our end of the plugin's stdin */
	int listen_fd;			/* builtin_af_unix */
	char sock_path[sizeof(((struct sockaddr_un *)0)->sun_path)];
	char *out;
	_Atomic uint64_t sent;
	_Atomic uint64_t dropped;
};

struct dispatch {
	pthread_mutex_t lock;		/* the list and the settings vs the producer */
	struct plugin *plugins;
	int producing;			/* the producer holds lock (its own field) */

	/* settings, under lock */
	struct format_ctx *fmt;		/* for records the writer did not format */
	enum format_log log;
	int version;			/* protocol: 1 with ENRICHED or node=, else 0 */
	char node[256];
	size_t node_len;
	unsigned q_depth;
	enum config_action overflow_action;
	_Atomic unsigned max_restarts;

	char *line;			/* producer scratch: one line */
	unsigned overflow_reports;	/* producer */

	_Atomic unsigned active;
	_Atomic int linked;		/* plugins is not empty: worth the lock */
	_Atomic int suspended;
	_Atomic int overflow;
	_Atomic uint64_t max_depth;
	_Atomic uint64_t restarts;
};

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- encoding ------------------------------------------------------------ */

size_t dispatch_encode_binary(unsigned version, unsigned type, const char *data, size_t len,
			      char *out)
{
	uint32_t h[4];

	if (len > DISPATCH_DATA_SIZE)
		len = DISPATCH_DATA_SIZE;
	h[0] = version;
	h[1] = DISPATCH_HDR_SIZE;
	h[2] = type;
	h[3] = (uint32_t)len;
	memcpy(out, h, sizeof(h));
	memcpy(out + DISPATCH_HDR_SIZE, data, len);
	/* 3.0.9 writes its whole data area whatever the size */
	memset(out + DISPATCH_HDR_SIZE + len, 0, DISPATCH_DATA_SIZE - len);
	return DISPATCH_HDR_SIZE + DISPATCH_DATA_SIZE;
}

/* "[node=N ]type=NAME msg=PAYLOAD" as auditd's dispatcher rebuilds it for
 * RAW: the payload up to a NUL, newlines blanked, nothing trimmed (unlike
 * the log's line). Returns the length, no newline added. */
static size_t raw_line(const struct dispatch *d, unsigned type, const char *payload,
		       size_t len, char *out)
{
	const char *name = tables_msgtype_name(type);
	char unknown[32];
	size_t n = 0, i, plen, nlen;

	if (!name) {
		snprintf(unknown, sizeof(unknown), "UNKNOWN[%u]", type);
		name = unknown;
	}
	if (d->node[0]) {
		memcpy(out, "node=", 5);
		memcpy(out + 5, d->node, d->node_len);
		out[5 + d->node_len] = ' ';
		n = 6 + d->node_len;
	}
	nlen = strlen(name);
	memcpy(out + n, "type=", 5);
	memcpy(out + n + 5, name, nlen);
	memcpy(out + n + 5 + nlen, " msg=", 5);
	n += nlen + 10;
	plen = strnlen(payload, len < FORMAT_PAYLOAD_MAX ? len : FORMAT_PAYLOAD_MAX);
	memcpy(out + n, payload, plen);
	for (i = n; i < n + plen; i++)
		if (out[i] == '\n')
			out[i] = ' ';
	return n + plen;
}

/* The line (without newline) a plugin gets for a record. */
static size_t plugin_line(struct dispatch *d, unsigned type, const char *payload, size_t len,
			  const char *line, size_t line_len, char *out)
{
	size_t n;

	if (d->log == FORMAT_LOG_RAW)
		return raw_line(d, type, payload, len, out);
	if (line && line_len)
		n = line_len - 1;
	else if (type != AUDIT_EOE && (n = format_record(d->fmt, type, payload, len, out)))
		return n - 1;
	else {
		/* EOE has no fields: ENRICHED leaves the bare header */
		n = raw_line(d, type, payload, len, out);
		if (n && out[n - 1] == ' ')
			n--;
		return n;
	}
	memcpy(out, line, n);
	return n;
}

/* ---- producer ------------------------------------------------------------ */

static void overflow(struct dispatch *d, struct plugin *p)
{
	atomic_fetch_add(&p->dropped, 1);
	atomic_store(&d->overflow, 1);
	switch (d->overflow_action) {
	case CONFIG_ACTION_SYSLOG:
		if (d->overflow_reports >= OVERFLOW_REPORTS)
			break;
		log_err("queue to plugins is full - dropping event (plugin %s)", p->conf.path);
		if (++d->overflow_reports == OVERFLOW_REPORTS)
			log_err("auditd queue full reporting limit reached - ending dropped "
				"event notifications");
		break;
	case CONFIG_ACTION_SUSPEND:
		log_msg(LOG_ALERT, "Auditd is suspending event passing to plugins due to "
			"overflowing its queue.");
		atomic_store(&d->suspended, 1);
		break;
	case CONFIG_ACTION_SINGLE:
		log_msg(LOG_ALERT, "Auditd is now changing the system to single user mode due "
			"to overflowing its queue");
		action_runlevel("1");
		break;
	case CONFIG_ACTION_HALT:
		log_msg(LOG_ALERT, "Auditd is now halting the system due to overflowing its "
			"queue");
		action_runlevel("0");
		break;
	default:
		break;
	}
}

/* With no plugin, no lock either: the writer pays one load per record. */
static int produce_lock(struct dispatch *d)
{
	if (!d->producing) {
		if (!atomic_load_explicit(&d->linked, memory_order_relaxed))
			return 0;
		pthread_mutex_lock(&d->lock);
		d->producing = 1;
	}
	return d->plugins && !atomic_load_explicit(&d->suspended, memory_order_relaxed);
}

static int full(const struct dispatch *d, struct plugin *p)
{
	return p->pushed - atomic_load_explicit(&p->taken, memory_order_relaxed) >= d->q_depth;
}

static void stage(struct dispatch *d, struct plugin *p, unsigned type, unsigned version,
		  const char *data, size_t len)
{
	if (ring_put(p->ring, (uint16_t)type, (uint16_t)version, data, (uint32_t)len) < 0) {
		overflow(d, p);
		return;
	}
	p->pushed++;
	p->staged = 1;
}

/* Queue one record for every plugin; line and bin are built at most once. */
static void queue_all(struct dispatch *d, unsigned type, unsigned version,
		      const char *payload, size_t len, const char *line, size_t line_len,
		      int pre_formatted)
{
	size_t n = 0, bin_len;
	const char *bin;
	int have_line = 0;
	struct plugin *p;

	for (p = d->plugins; p; p = p->next) {
		if (atomic_load_explicit(&p->dead, memory_order_relaxed))
			continue;
		/* a full queue costs a comparison, not an encoding */
		if (full(d, p)) {
			overflow(d, p);
			continue;
		}
		if (!have_line && (p->conf.format == PLUGINS_STRING || version == 1)) {
			if (pre_formatted) {
				n = line_len < FORMAT_LINE_MAX - 1 ? line_len : FORMAT_LINE_MAX - 2;
				memcpy(d->line, line, n);
			} else {
				n = plugin_line(d, type, payload, len, line, line_len, d->line);
			}
			d->line[n] = '\n';
			have_line = 1;
		}
		if (p->conf.format == PLUGINS_STRING) {
			stage(d, p, type, version, d->line, n + 1);
			continue;
		}
		/* the kernel's payload may end in a NUL: size is the text's */
		bin = version == 1 ? d->line : payload;
		bin_len = version == 1 ? n : strnlen(payload, len);
		stage(d, p, type, version, bin, bin_len > DISPATCH_DATA_SIZE ? DISPATCH_DATA_SIZE
									       : bin_len);
	}
}

void dispatch_record(struct dispatch *d, unsigned type, const char *payload, size_t len,
		     const char *line, size_t line_len)
{
	if (produce_lock(d))
		queue_all(d, type, (unsigned)d->version, payload, len, line, line_len, 0);
}

/* "node=X type=NAME msg=..." -> NAME's number, 0 if none */
static unsigned text_type(const char *text, size_t len)
{
	char name[64];
	const char *p = text, *end = text + len;
	size_t n;
	int t;

	while (p < end && (size_t)(end - p) >= 5 && memcmp(p, "type=", 5) != 0) {
		p = memchr(p, ' ', (size_t)(end - p));
		if (!p)
			return 0;
		p++;
	}
	if (!p || (size_t)(end - p) < 5)
		return 0;
	p += 5;
	for (n = 0; p + n < end && p[n] != ' ' && n < sizeof(name) - 1; n++)
		name[n] = p[n];
	name[n] = '\0';
	t = tables_msgtype_number(name);
	return t < 0 ? 0 : (unsigned)t;
}

void dispatch_text(struct dispatch *d, const char *text, size_t len)
{
	unsigned version;

	if (!produce_lock(d))
		return;
	/* auditd: version 1 if the sender enriched the record */
	version = memchr(text, 0x1d, len) ? 1 : 0;
	queue_all(d, text_type(text, len), version, text, len, text, len, 1);
}

void dispatch_publish(struct dispatch *d)
{
	struct plugin *p;

	if (!d->producing)
		return;
	for (p = d->plugins; p; p = p->next) {
		uint64_t depth;

		if (!p->staged)
			continue;
		p->staged = 0;
		ring_publish(p->ring);
		depth = p->pushed - atomic_load_explicit(&p->taken, memory_order_relaxed);
		if (depth > atomic_load_explicit(&d->max_depth, memory_order_relaxed))
			atomic_store_explicit(&d->max_depth, depth, memory_order_relaxed);
	}
	d->producing = 0;
	pthread_mutex_unlock(&d->lock);
}

/* ---- plugin processes ---------------------------------------------------- */

static int spawn(struct plugin *p)
{
	static char *const empty_env[] = { NULL };
	char *argv[PLUGINS_ARGS_MAX + 2];
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	sigset_t none, all;
	int sv[2], e, i;

	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0)
		return -errno;
	argv[0] = p->conf.path;
	for (i = 0; i < p->conf.nargs; i++)
		argv[i + 1] = p->conf.args[i];
	argv[i + 1] = NULL;
	/* default signal dispositions and an empty mask (the daemon ignores
	 * or blocks nearly everything), no environment, stdin the socket,
	 * nothing open above stderr */
	sigemptyset(&none);
	sigfillset(&all);
	posix_spawnattr_init(&attr);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setsigdefault(&attr, &all);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, sv[1], STDIN_FILENO);
	posix_spawn_file_actions_addclosefrom_np(&fa, STDERR_FILENO + 1);
	e = posix_spawn(&p->pid, p->conf.path, &fa, &attr, argv, empty_env);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&attr);
	close(sv[1]);
	if (e) {
		close(sv[0]);
		return -e;
	}
	fcntl(sv[0], F_SETFL, O_NONBLOCK);
	/* a plugin that died at once may be reaped already: then no pidfd,
	 * and the socket tells */
	p->pidfd = pidfd_open(p->pid, 0);
	p->sock = sv[0];
	atomic_store(&p->up, 1);
	return 0;
}

static int process_gone(struct plugin *p)
{
	struct pollfd f[2] = {
		{ .fd = p->pidfd, .events = POLLIN },
		{ .fd = p->sock, .events = 0 },
	};

	if (p->sock < 0)
		return 1;
	if (poll(f, 2, 0) <= 0)
		return 0;
	return (f[0].revents & POLLIN) || (f[1].revents & (POLLHUP | POLLERR));
}

static void signal_process(struct plugin *p, int sig)
{
	if (p->pidfd >= 0)
		pidfd_send_signal(p->pidfd, sig, NULL, 0);
}

/* End of file first (a plugin that reads to the end exits by itself),
 * then SIGTERM, and a while for it to act on it, so that a daemon that
 * has stopped leaves no plugin running behind it; the main thread reaps. */
static void end_process(struct plugin *p, int grace_ms)
{
	struct pollfd f = { .fd = p->pidfd, .events = POLLIN };

	if (p->sock >= 0)
		close(p->sock);
	p->sock = -1;
	if (p->pidfd >= 0) {
		if (grace_ms <= 0 || poll(&f, 1, grace_ms) <= 0) {
			signal_process(p, SIGTERM);
			if (poll(&f, 1, TERM_GRACE_MS) <= 0)
				log_warn("plugin %s (pid %d) is still running %d ms after SIGTERM",
					 p->conf.path, (int)p->pid, TERM_GRACE_MS);
		}
		close(p->pidfd);
	}
	p->pidfd = -1;
	p->pid = 0;
	atomic_store(&p->up, 0);
}

/* After the process is found gone: auditd's messages, then a restart if
 * max_restarts allows. Returns 0 when a process runs again. */
static int restart(struct plugin *p)
{
	int e;

	log_err("plugin %s terminated unexpectedly", p->conf.path);
	end_process(p, 0);
	for (;;) {
		if (p->restarts >= atomic_load(&p->d->max_restarts)) {
			log_err("plugin %s has exceeded max_restarts", p->conf.path);
			atomic_store(&p->dead, 1);
			return -1;
		}
		p->restarts++;
		atomic_fetch_add(&p->d->restarts, 1);
		e = spawn(p);
		if (!e) {
			log_err("plugin %s was restarted", p->conf.path);
			return 0;
		}
		log_err("plugin %s could not be started (%s)", p->conf.path, strerror(-e));
	}
}

/* ---- consumer ------------------------------------------------------------ */

struct batch {
	size_t len;
	unsigned n;
	size_t end[BATCH_MAX];		/* where each record ends in out */
	uint64_t cursor[BATCH_MAX];	/* the ring cursor after it */
};

static void take(struct plugin *p, const struct ring_rec *rec, uint64_t cursor, struct batch *b)
{
	if (p->conf.format == PLUGINS_BINARY)
		b->len += dispatch_encode_binary(rec->flags, rec->type, rec->data, rec->len,
						 p->out + b->len);
	else {
		memcpy(p->out + b->len, rec->data, rec->len);
		b->len += rec->len;
	}
	b->end[b->n] = b->len;
	b->cursor[b->n] = cursor;
	b->n++;
}

static size_t record_room(const struct plugin *p, const struct ring_rec *rec)
{
	return p->conf.format == PLUGINS_BINARY ? DISPATCH_HDR_SIZE + DISPATCH_DATA_SIZE
						: rec->len;
}

/* The next records, encoded into p->out. */
static void fill(struct plugin *p, struct batch *b)
{
	const struct ring_rec *rec;
	uint64_t cur = 0, before;

	b->len = 0;
	b->n = 0;
	for (;;) {
		before = cur;
		rec = ring_next(p->ring, &cur);
		if (!rec)
			break;
		if (b->n == BATCH_MAX || b->len + record_room(p, rec) > OUT_BUF) {
			cur = before;
			break;
		}
		take(p, rec, cur, b);
	}
}

/* Release the first done records of b. */
static void release(struct plugin *p, const struct batch *b, unsigned done, int delivered)
{
	if (!done)
		return;
	ring_release(p->ring, b->cursor[done - 1], done);
	atomic_fetch_add(&p->taken, done);
	if (delivered)
		atomic_fetch_add(&p->sent, done);
	else
		atomic_fetch_add(&p->dropped, done);
}

/* Write b to fd; returns the bytes written before an error or a stop
 * request (the whole batch on success). *err: 0, or -errno. */
static size_t write_all(struct plugin *p, int fd, const struct batch *b, int *err)
{
	struct pollfd f = { .fd = fd, .events = POLLOUT };
	size_t done = 0;
	ssize_t n;

	*err = 0;
	while (done < b->len) {
		n = send(fd, p->out + done, b->len - done, MSG_NOSIGNAL | MSG_DONTWAIT);
		if (n > 0) {
			done += (size_t)n;
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno != EAGAIN) {
			*err = -errno;
			break;
		}
		/* the plugin is not reading: wait, but keep an eye on stop
		 * requests and on the process */
		if (atomic_load(&p->stop) == STOP_NOW) {
			*err = -ECANCELED;
			break;
		}
		if (p->pidfd >= 0 && fd == p->sock && process_gone(p)) {
			*err = -EPIPE;
			break;
		}
		poll(&f, 1, WAKE_MS);
	}
	return done;
}

static unsigned records_done(const struct batch *b, size_t bytes)
{
	unsigned i = 0;

	while (i < b->n && b->end[i] <= bytes)
		i++;
	return i;
}

static void discard_all(struct plugin *p)
{
	struct batch b;

	for (;;) {
		fill(p, &b);
		if (!b.n)
			return;
		release(p, &b, b.n, 0);
	}
}

static int stopping(struct plugin *p, int64_t *deadline)
{
	int s = atomic_load(&p->stop);

	if (s == RUN)
		return 0;
	if (s == STOP_NOW)
		return 1;
	if (!*deadline)
		*deadline = now_ms() + DRAIN_MS;
	return ring_empty(p->ring) || now_ms() >= *deadline;
}

/* The flags the main thread sets: HUP, a changed program, a reload that
 * revives a plugin that gave up. */
static void take_requests(struct plugin *p)
{
	if (atomic_exchange(&p->respawn, 0) && !atomic_load(&p->dead)) {
		end_process(p, EXIT_GRACE_MS);
		if (spawn(p))
			restart(p);
	}
	if (atomic_exchange(&p->revive, 0) && atomic_load(&p->dead)) {
		p->restarts = 0;
		discard_all(p);
		if (!spawn(p)) {
			atomic_store(&p->dead, 0);
			log_notice("plugin %s started again by the reload", p->conf.path);
		}
	}
	if (atomic_exchange(&p->hup, 0))
		signal_process(p, SIGHUP);
}

static void run_program(struct plugin *p)
{
	int64_t deadline = 0;
	struct batch b;
	size_t wrote;
	unsigned done;
	int e;

	e = spawn(p);
	if (e) {
		log_err("plugin %s could not be started (%s)", p->conf.path, strerror(-e));
		if (restart(p))
			discard_all(p);
	}
	while (!stopping(p, &deadline)) {
		take_requests(p);
		if (atomic_load(&p->dead)) {
			/* the producer skips it; what was queued goes */
			discard_all(p);
			ring_wait_data(p->ring, WAKE_MS);
			continue;
		}
		if (process_gone(p) && restart(p))
			continue;
		fill(p, &b);
		if (!b.n) {
			ring_wait_data(p->ring, WAKE_MS);
			continue;
		}
		wrote = write_all(p, p->sock, &b, &e);
		done = records_done(&b, wrote);
		release(p, &b, done, 1);
		/* a record not wholly written goes again to the restarted
		 * plugin (auditd re-sends the event that failed) */
		if (e && e != -ECANCELED && restart(p) == 0)
			continue;
	}
	end_process(p, EXIT_GRACE_MS);
}

/* ---- builtin_af_unix ------------------------------------------------------ */

static int af_unix_open(struct plugin *p)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	char path[PLUGINS_PATH_MAX];
	mode_t mode;
	int fd;

	if (plugins_af_unix_args(&p->conf, path, sizeof(path), &mode))
		return -1;
	if (strlen(path) >= sizeof(sa.sun_path)) {
		log_err("%s: socket path %s is too long", p->conf.name, path);
		return -1;
	}
	snprintf(sa.sun_path, sizeof(sa.sun_path), "%s", path);
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (fd < 0) {
		log_err("Cannot create af_unix socket (%s)", strerror(errno));
		return -1;
	}
	unlink(path);		/* a stale socket from an earlier run */
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 || chmod(path, mode) < 0 ||
	    listen(fd, 5) < 0) {
		log_err("Cannot listen on af_unix socket %s (%s)", path, strerror(errno));
		close(fd);
		unlink(path);
		return -1;
	}
	snprintf(p->sock_path, sizeof(p->sock_path), "%s", path);
	p->listen_fd = fd;
	atomic_store(&p->up, 1);
	return 0;
}

/* One client at a time, as auditd's builtin: the next is accepted only
 * once this one is gone (what it sends is read and ignored). */
static void af_unix_accept(struct plugin *p)
{
	struct pollfd f = { .fd = p->sock, .events = POLLIN | POLLRDHUP };
	char junk[256];
	int fd;

	if (p->sock >= 0 && poll(&f, 1, 0) > 0) {
		if ((f.revents & (POLLHUP | POLLRDHUP | POLLERR)) ||
		    recv(p->sock, junk, sizeof(junk), MSG_DONTWAIT) == 0) {
			close(p->sock);
			p->sock = -1;
		}
	}
	if (p->sock >= 0)
		return;
	fd = accept4(p->listen_fd, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
	if (fd >= 0)
		p->sock = fd;
}

static void run_af_unix(struct plugin *p)
{
	int64_t deadline = 0;
	struct batch b;
	size_t wrote;
	int e;

	while (!stopping(p, &deadline)) {
		af_unix_accept(p);
		fill(p, &b);
		if (!b.n) {
			ring_wait_data(p->ring, p->sock < 0 ? 50 : WAKE_MS);
			continue;
		}
		if (p->sock < 0) {
			/* nobody listens: auditd drops the records too */
			release(p, &b, b.n, 0);
			continue;
		}
		wrote = write_all(p, p->sock, &b, &e);
		if (!e) {
			release(p, &b, b.n, 1);
			continue;
		}
		/* the client went away: what it did not get is lost */
		release(p, &b, records_done(&b, wrote), 1);
		if (e != -ECANCELED) {
			close(p->sock);
			p->sock = -1;
			discard_all(p);
		}
	}
	if (p->sock >= 0)
		close(p->sock);
	p->sock = -1;
	close(p->listen_fd);
	p->listen_fd = -1;
	unlink(p->sock_path);
	atomic_store(&p->up, 0);
}

static void *plugin_thread(void *arg)
{
	struct plugin *p = arg;

	if (p->conf.type == PLUGINS_BUILTIN)
		run_af_unix(p);
	else
		run_program(p);
	return NULL;
}

/* ---- configuration ------------------------------------------------------- */

static size_t ring_bytes(unsigned q_depth)
{
	size_t b = (size_t)q_depth * RING_BYTES_PER_SLOT;

	return b < RING_MIN ? RING_MIN : b > RING_MAX ? RING_MAX : b;
}

static struct plugin *plugin_new(struct dispatch *d, const struct plugins_conf *c)
{
	struct plugin *p = xcalloc(1, sizeof(*p));

	p->d = d;
	p->conf = *c;
	p->pidfd = p->sock = p->listen_fd = -1;
	p->ring = ring_create(ring_bytes(d->q_depth));
	p->out = malloc(OUT_BUF);
	if (!p->ring || !p->out) {
		log_err("Cannot allocate the queue of plugin %s", c->path);
		goto fail;
	}
	if (c->type == PLUGINS_BUILTIN && af_unix_open(p))
		goto fail;
	if (pthread_create(&p->thread, NULL, plugin_thread, p)) {
		log_err("Cannot start the thread of plugin %s", c->path);
		if (p->listen_fd >= 0) {
			close(p->listen_fd);
			unlink(p->sock_path);
		}
		goto fail;
	}
	p->started = 1;
	return p;
fail:
	ring_destroy(p->ring);
	free(p->out);
	free(p);
	return NULL;
}

/* The thread ends (draining first when asked), then everything goes. */
static void plugin_end(struct plugin *p, enum stop_mode how)
{
	if (p->started) {
		atomic_store(&p->stop, how);
		ring_kick(p->ring);
		pthread_join(p->thread, NULL);
	}
	ring_destroy(p->ring);
	free(p->out);
	free(p);
}

struct dispatch *dispatch_create(void)
{
	struct dispatch *d = xcalloc(1, sizeof(*d));

	pthread_mutex_init(&d->lock, NULL);
	d->line = xmalloc(FORMAT_LINE_MAX + 1);
	d->fmt = format_create(NULL);
	if (!d->fmt) {
		log_err("out of memory");
		abort();
	}
	d->q_depth = 2000;
	d->overflow_action = CONFIG_ACTION_SYSLOG;
	return d;
}

static const struct plugins_conf *find_conf(const struct plugins_list *l, const char *name)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].name, name) == 0)
			return &l->v[i];
	return NULL;
}

static struct plugin *find_plugin(struct plugin *list, const char *name)
{
	for (; list; list = list->next)
		if (strcmp(list->conf.name, name) == 0)
			return list;
	return NULL;
}

/* Only the main thread changes the list, so it reads it without the lock;
 * the producer sees the old list or the new one, never a gap. */
unsigned dispatch_configure(struct dispatch *d, const struct config *cfg, const char *node,
			    int startup)
{
	struct plugins_list l;
	struct plugin *keep = NULL, **tail = &keep, *gone = NULL, *p, *next;
	unsigned n = 0;
	size_t i;
	int e;

	e = plugins_load(cfg->plugin_dir, &l);
	if (e && e != -ENOENT)
		log_err("Could not read plugin directory %s (%s)", cfg->plugin_dir, strerror(-e));
	/* auditd: the queue may grow on a reload, never shrink */
	if (startup || cfg->q_depth > d->q_depth)
		d->q_depth = cfg->q_depth;

	pthread_mutex_lock(&d->lock);
	/* the kept plugins first, in their order; their links change here */
	for (p = d->plugins; p; p = next) {
		const struct plugins_conf *c = find_conf(&l, p->conf.name);

		next = p->next;
		p->next = NULL;
		if (c && plugins_same(c, &p->conf)) {
			*tail = p;
			tail = &p->next;
			continue;
		}
		p->next = gone;
		gone = p;
	}
	d->plugins = keep;
	atomic_store(&d->linked, keep != NULL);
	for (tail = &d->plugins; *tail; tail = &(*tail)->next)
		;
	pthread_mutex_unlock(&d->lock);

	for (p = keep; p; p = p->next) {
		const struct plugins_conf *c = find_conf(&l, p->conf.name);

		if (c->type == PLUGINS_ALWAYS && (c->dev != p->conf.dev || c->ino != p->conf.ino)) {
			log_notice("Restarting %s since binary changed", p->conf.path);
			p->conf.dev = c->dev;
			p->conf.ino = c->ino;
			atomic_store(&p->respawn, 1);
		} else {
			atomic_store(&p->hup, 1);
		}
		atomic_store(&p->revive, 1);
		ring_kick(p->ring);
	}
	/* new ones start before they are linked in: no record waits on them */
	for (i = 0; i < l.n; i++) {
		struct plugin *fresh;

		if (find_plugin(d->plugins, l.v[i].name))
			continue;
		fresh = plugin_new(d, &l.v[i]);
		if (!fresh)
			continue;
		pthread_mutex_lock(&d->lock);
		*tail = fresh;
		tail = &fresh->next;
		atomic_store(&d->linked, 1);
		pthread_mutex_unlock(&d->lock);
	}
	plugins_free(&l);

	pthread_mutex_lock(&d->lock);
	d->log = cfg->log_format == CONFIG_LOG_ENRICHED ? FORMAT_LOG_ENRICHED : FORMAT_LOG_RAW;
	format_set_log(d->fmt, d->log);
	format_set_node(d->fmt, node && node[0] ? node : NULL);
	snprintf(d->node, sizeof(d->node), "%s", node ? node : "");
	d->node_len = strlen(d->node);
	d->version = d->log == FORMAT_LOG_ENRICHED || d->node[0];
	d->overflow_action = cfg->overflow_action;
	atomic_store(&d->max_restarts, cfg->max_restarts);
	for (p = d->plugins; p; p = p->next)
		n++;
	pthread_mutex_unlock(&d->lock);

	for (p = gone; p; p = next) {
		next = p->next;
		log_notice("Terminating %s because its now inactive", p->conf.path);
		plugin_end(p, STOP_NOW);
	}
	atomic_store(&d->active, n);
	if (startup) {
		if (n)
			log_info("audit dispatcher initialized with q_depth=%u and %u active plugins",
				 d->q_depth, n);
		else
			log_info("No plugins found, not dispatching events");
	}
	return n;
}

void dispatch_resume(struct dispatch *d)
{
	if (atomic_exchange(&d->suspended, 0))
		log_notice("Auditd is resuming event passing to plugins");
}

void dispatch_stop(struct dispatch *d)
{
	struct plugin *p, *next;

	pthread_mutex_lock(&d->lock);
	p = d->plugins;
	d->plugins = NULL;
	atomic_store(&d->linked, 0);
	pthread_mutex_unlock(&d->lock);
	/* every plugin drains at once; then each is joined */
	for (next = p; next; next = next->next) {
		atomic_store(&next->stop, STOP_DRAIN);
		ring_kick(next->ring);
	}
	for (; p; p = next) {
		next = p->next;
		plugin_end(p, STOP_DRAIN);
	}
	atomic_store(&d->active, 0);
}

void dispatch_destroy(struct dispatch *d)
{
	if (!d)
		return;
	dispatch_stop(d);
	format_destroy(d->fmt);
	free(d->line);
	pthread_mutex_destroy(&d->lock);
	free(d);
}

void dispatch_get_stats(struct dispatch *d, struct dispatch_stats *st)
{
	struct plugin *p;

	memset(st, 0, sizeof(*st));
	pthread_mutex_lock(&d->lock);
	st->q_depth = d->q_depth;
	for (p = d->plugins; p; p = p->next) {
		uint64_t depth = p->pushed - atomic_load(&p->taken);

		if (atomic_load(&p->up) && !atomic_load(&p->dead))
			st->active++;
		if (depth > st->depth)
			st->depth = depth;
		st->sent += atomic_load(&p->sent);
		st->dropped += atomic_load(&p->dropped);
	}
	pthread_mutex_unlock(&d->lock);
	st->max_depth = atomic_load(&d->max_depth);
	st->overflow = atomic_load(&d->overflow);
	st->suspended = atomic_load(&d->suspended);
	st->restarts = atomic_load(&d->restarts);
}
