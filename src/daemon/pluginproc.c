/* pluginproc.c - one plugin's thread: the consumer of its queue, and the
 * process (or builtin_af_unix client) it writes to. See pluginproc.h.
 *
 * The thread writes whole batches to the plugin's end of a socketpair
 * (non-blocking, polled, so a stop request is seen even while the plugin
 * does not read), releases ring space only for records completely
 * written, and restarts a plugin that died (up to max_restarts), sending
 * again the records it had not fully received. Liveness is watched
 * through a pidfd, so the main thread may reap the children as it always
 * does.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/pidfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "dispatch.h"
#include "log.h"
#include "pluginproc.h"
#include "spawn.h"
#include "util.h"

#define WAKE_MS			200	/* a plugin thread looks at its flags this often */
#define DRAIN_MS		1000	/* at stop: the longest wait for a queue to empty */
#define EXIT_GRACE_MS		500	/* after end of file, before SIGTERM */
#define TERM_GRACE_MS		1000	/* after SIGTERM: the longest wait for its exit */
#define OUT_BUF			(128 * 1024)
#define BATCH_MAX		256	/* records per write */
#define RING_MIN		(256 * 1024)
#define RING_MAX		(64 * 1024 * 1024)
#define RING_BYTES_PER_SLOT	1024


/* ---- the process ------------------------------------------------------- */

static int spawn(struct plugin *p)
{
	char *argv[PLUGINS_ARGS_MAX + 2];
	struct stat st;
	int sv[2], fd, i;

	/* checked at load, and again before every start: the file may have
	 * been made writable to others since (plugins.h) */
	if (plugins_check_program(p->conf.path, &st) < 0)
		return -EPERM;
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0)
		return -errno;
	argv[0] = p->conf.path;
	for (i = 0; i < p->conf.nargs; i++)
		argv[i + 1] = p->conf.args[i];
	argv[i + 1] = NULL;
	/* stdin the socket; the rest is what every child gets (spawn.h) */
	fd = spawn_run(p->conf.path, argv, sv[1], &p->pid);
	close(sv[1]);
	if (fd < 0) {
		close(sv[0]);
		return fd;
	}
	fcntl(sv[0], F_SETFL, O_NONBLOCK);
	/* from the clone itself: it names this plugin even once the main
	 * thread has reaped it */
	p->pidfd = fd;
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
	struct stat st;
	int e;

	log_err("plugin %s terminated unexpectedly", p->conf.path);
	end_process(p, 0);
	for (;;) {
		if (p->restarts_done >= atomic_load(p->max_restarts)) {
			log_err("plugin %s has exceeded max_restarts", p->conf.path);
			atomic_store(&p->dead, 1);
			return -1;
		}
		if (plugins_check_program(p->conf.path, &st) < 0) {
			/* no second try can make the program safe */
			log_err("plugin %s was not restarted", p->conf.path);
			atomic_store(&p->dead, 1);
			return -1;
		}
		p->restarts_done++;
		atomic_fetch_add(p->restarts, 1);
		e = spawn(p);
		if (!e) {
			log_notice("plugin %s was restarted", p->conf.path);
			return 0;
		}
		log_err("Error running %s (%s) continuing without it", p->conf.path, strerror(-e));
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
		if (atomic_load(&p->stop) == PLUGINPROC_NOW) {
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

	if (s == PLUGINPROC_RUN)
		return 0;
	if (s == PLUGINPROC_NOW)
		return 1;
	if (!*deadline)
		*deadline = util_mono_ms() + DRAIN_MS;
	return ring_empty(p->ring) || util_mono_ms() >= *deadline;
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
		p->restarts_done = 0;
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
		log_err("Error running %s (%s) continuing without it", p->conf.path, strerror(-e));
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

/* A listening socket at path with mode, without a moment where another
 * user could make the daemon act on what the path names: bind(2) creates
 * the socket with the process umask (shared by every thread, so not
 * changed here) and a socket has no fd to fchmod, so auditd's chmod by
 * path after bind follows whatever was put there meanwhile (a symlink to
 * /etc/shadow, in a world-writable directory). Instead the socket is
 * bound in a private directory (mkdtemp: 0700, root's) next to path,
 * given its mode there, and renamed onto path: rename(2) replaces what is
 * there, a symlink included, without following it. The bind goes through
 * /proc/self/fd/N/ so that a long path fits sun_path as it did, under the
 * path's own last name (what ss(8) shows as the socket's name). Returns
 * the socket, or -1 with errno set. */
static int bind_in_private_dir(const char *path, mode_t mode, struct stat *st)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	char tmp[PLUGINS_PATH_MAX + 32];
	const char *slash = strrchr(path, '/');
	const char *name = slash ? slash + 1 : path;
	int fd = -1, dfd = -1, e, n;

	snprintf(tmp, sizeof(tmp), "%.*s/.vigil-af_unix.XXXXXX",
		 slash ? (int)(slash - path) : 1, slash ? path : ".");
	if (!mkdtemp(tmp))
		return -1;
	dfd = open(tmp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (dfd < 0)
		goto fail;
	n = snprintf(sa.sun_path, sizeof(sa.sun_path), "/proc/self/fd/%d/%s", dfd, name);
	if (n < 0 || (size_t)n >= sizeof(sa.sun_path) || !name[0]) {
		name = "s";
		snprintf(sa.sun_path, sizeof(sa.sun_path), "/proc/self/fd/%d/s", dfd);
	}
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 ||
	    fchmodat(dfd, name, mode, 0) < 0 || fstatat(dfd, name, st, AT_SYMLINK_NOFOLLOW) < 0 ||
	    renameat(dfd, name, AT_FDCWD, path) < 0)
		goto fail;
	close(dfd);
	rmdir(tmp);
	return fd;
fail:
	e = errno;
	if (fd >= 0)
		close(fd);
	if (dfd >= 0) {
		unlinkat(dfd, name, 0);
		close(dfd);
	}
	rmdir(tmp);
	errno = e;
	return -1;
}

static int af_unix_open(struct plugin *p)
{
	struct sockaddr_un sa;
	char path[PLUGINS_PATH_MAX];
	struct stat st;
	mode_t mode;
	int fd;

	if (plugins_af_unix_args(&p->conf, path, sizeof(path), &mode))
		return -1;
	if (strlen(path) >= sizeof(sa.sun_path)) {
		log_err("%s: socket path %s is too long", p->conf.name, path);
		return -1;
	}
	/* a stale socket from an earlier run is replaced by the rename */
	fd = bind_in_private_dir(path, mode, &st);
	if (fd < 0 || listen(fd, 5) < 0) {
		log_err("Couldn't bind af_unix socket (%s)", strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(path);
		}
		return -1;
	}
	snprintf(p->sock_path, sizeof(p->sock_path), "%s", path);
	p->sock_dev = st.st_dev;
	p->sock_ino = st.st_ino;
	p->listen_fd = fd;
	atomic_store(&p->up, 1);
	return 0;
}

/* The socket goes with its plugin, but only if the path still names it:
 * after a reload that changed the plugin's mode, the new socket at the
 * same path was made before the old plugin ends. */
static void af_unix_remove(const struct plugin *p)
{
	struct stat st;

	if (lstat(p->sock_path, &st) == 0 && st.st_dev == p->sock_dev && st.st_ino == p->sock_ino)
		unlink(p->sock_path);
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
	af_unix_remove(p);
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
/* ---- start and end ------------------------------------------------------- */

static size_t ring_bytes(unsigned q_depth)
{
	size_t b = (size_t)q_depth * RING_BYTES_PER_SLOT;

	return b < RING_MIN ? RING_MIN : b > RING_MAX ? RING_MAX : b;
}

struct plugin *pluginproc_start(const struct plugins_conf *c, unsigned q_depth,
				_Atomic unsigned *max_restarts,
				_Atomic uint64_t *restarts)
{
	struct plugin *p = xcalloc(1, sizeof(*p));

	p->conf = *c;
	p->max_restarts = max_restarts;
	p->restarts = restarts;
	p->pidfd = p->sock = p->listen_fd = -1;
	p->ring = ring_create(ring_bytes(q_depth));
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
			af_unix_remove(p);
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
void pluginproc_end(struct plugin *p, enum pluginproc_stop how)
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
