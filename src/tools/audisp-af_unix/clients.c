/* clients.c - audisp-af_unix's socket and its clients. See clients.h. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

#include "clients.h"
#include "log.h"
#include "util.h"

#define FLUSH_IOV	64	/* queued events written by one sendmsg */

/* an event's bytes, shared by the queues that hold it */
struct ev {
	unsigned refs;
	size_t len;
	char data[];
};

struct client {
	int fd;
	uint64_t id;
	struct ev **q;		/* depth slots, from head, count of them */
	unsigned head, count;
	size_t off;		/* bytes of the head event already written */
	uint64_t sent, dropped, max_queued;
};

struct clients {
	int listen_fd;
	int accept_paused;	/* out of descriptors until a client goes */
	char path[sizeof(((struct sockaddr_un *)0)->sun_path)];
	dev_t dev;
	ino_t ino;
	unsigned depth;
	struct client *v;
	size_t n, cap;
	struct clients_stats st;
};

struct clients *clients_open(const char *path, mode_t mode, unsigned depth)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	struct clients *c;
	struct stat st;
	mode_t old;
	int fd, r, e;

	if (strlen(path) >= sizeof(sa.sun_path)) {
		errno = ENAMETOOLONG;
		return NULL;
	}
	memcpy(sa.sun_path, path, strlen(path) + 1);
	/* an earlier run's socket goes; anything else stays, and bind(2)
	 * then refuses it (it never follows a symlink there) */
	if (lstat(path, &st) == 0 && S_ISSOCK(st.st_mode) && unlink(path) < 0)
		return NULL;
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (fd < 0)
		return NULL;
	/* bind(2) creates the file without the umask's bits: with this
	 * umask it has its mode from the start, never a moment with more
	 * (this program has one thread, the umask is its own) */
	old = umask(~mode & 0777);
	r = bind(fd, (struct sockaddr *)&sa, sizeof(sa));
	umask(old);
	if (r < 0)
		goto fail;
	if (lstat(path, &st) < 0 || listen(fd, SOMAXCONN) < 0) {
		e = errno;
		unlink(path);
		errno = e;
		goto fail;
	}
	c = xcalloc(1, sizeof(*c));
	memcpy(c->path, sa.sun_path, sizeof(c->path));
	c->dev = st.st_dev;
	c->ino = st.st_ino;
	c->listen_fd = fd;
	c->depth = depth;
	return c;
fail:
	e = errno;
	close(fd);
	errno = e;
	return NULL;
}

static void unref(struct ev *e)
{
	if (--e->refs == 0)
		free(e);
}

static void drop_client(struct clients *c, struct client *cl)
{
	while (cl->count) {
		unref(cl->q[cl->head]);
		cl->head = (cl->head + 1) % c->depth;
		cl->count--;
	}
	close(cl->fd);
	cl->fd = -1;
	free(cl->q);
	cl->q = NULL;
	c->st.closed++;
	c->accept_paused = 0;
}

/* the clients that went, out of the array */
static void compact(struct clients *c)
{
	size_t i, k = 0;

	for (i = 0; i < c->n; i++)
		if (c->v[i].fd >= 0)
			c->v[k++] = c->v[i];
	c->n = k;
}

void clients_close(struct clients *c)
{
	struct stat st;
	size_t i;

	if (!c)
		return;
	for (i = 0; i < c->n; i++)
		drop_client(c, &c->v[i]);
	close(c->listen_fd);
	if (lstat(c->path, &st) == 0 && st.st_dev == c->dev && st.st_ino == c->ino)
		unlink(c->path);
	free(c->v);
	free(c);
}

/* n bytes written: the events done leave the queue */
static void advance(struct clients *c, struct client *cl, size_t n)
{
	while (n) {
		struct ev *e = cl->q[cl->head];
		size_t rest = e->len - cl->off;

		if (n < rest) {
			cl->off += n;
			return;
		}
		n -= rest;
		cl->off = 0;
		unref(e);
		cl->head = (cl->head + 1) % c->depth;
		cl->count--;
		cl->sent++;
		c->st.sent++;
	}
}

/* As much of the queue as the socket takes now; -1 when the client is
 * gone (what it did not get is lost with it). */
static int flush(struct clients *c, struct client *cl)
{
	struct iovec iov[FLUSH_IOV];
	struct msghdr mh;
	unsigned i, k;
	ssize_t n;

	while (cl->count) {
		k = cl->count < FLUSH_IOV ? cl->count : FLUSH_IOV;
		for (i = 0; i < k; i++) {
			struct ev *e = cl->q[(cl->head + i) % c->depth];
			size_t skip = i ? 0 : cl->off;

			iov[i].iov_base = e->data + skip;
			iov[i].iov_len = e->len - skip;
		}
		memset(&mh, 0, sizeof(mh));
		mh.msg_iov = iov;
		mh.msg_iovlen = k;
		n = sendmsg(cl->fd, &mh, MSG_NOSIGNAL | MSG_DONTWAIT);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno == EAGAIN ? 0 : -1;
		advance(c, cl, (size_t)n);
	}
	return 0;
}

void clients_publish(struct clients *c, const char *data, size_t len)
{
	struct ev *e;
	size_t i;

	c->st.events++;
	if (!c->n) {
		/* nobody listens: gone, as with the builtin */
		c->st.unheard++;
		return;
	}
	e = xmalloc(sizeof(*e) + len);
	e->refs = 1;		/* this function's, until every queue has it */
	e->len = len;
	memcpy(e->data, data, len);
	for (i = 0; i < c->n; i++) {
		struct client *cl = &c->v[i];

		if (cl->count == c->depth) {
			cl->dropped++;
			c->st.dropped++;
			continue;
		}
		cl->q[(cl->head + cl->count) % c->depth] = e;
		e->refs++;
		cl->count++;
		if (cl->count > cl->max_queued)
			cl->max_queued = cl->count;
		if (cl->count > c->st.max_queued)
			c->st.max_queued = cl->count;
	}
	unref(e);
	for (i = 0; i < c->n; i++)
		if (flush(c, &c->v[i]) < 0)
			drop_client(c, &c->v[i]);
	compact(c);
}

static void accept_all(struct clients *c)
{
	struct client *cl;
	int fd;

	while (!c->accept_paused) {
		fd = accept4(c->listen_fd, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
		if (fd < 0) {
			if (errno == EMFILE || errno == ENFILE) {
				/* the socket stays readable: wait for a client
				 * to go instead of trying again at once */
				log_warn("cannot accept a client on %s (%s): waiting for one to go",
					 c->path, strerror(errno));
				c->accept_paused = 1;
			}
			return;
		}
		if (c->n == c->cap) {
			c->cap = c->cap ? 2 * c->cap : 8;
			c->v = xrealloc(c->v, c->cap, sizeof(*c->v));
		}
		cl = &c->v[c->n++];
		memset(cl, 0, sizeof(*cl));
		cl->fd = fd;
		cl->id = ++c->st.accepted;
		cl->q = xcalloc(c->depth, sizeof(*cl->q));
	}
}

size_t clients_nfds(const struct clients *c)
{
	return 1 + c->n;
}

size_t clients_pollfds(const struct clients *c, struct pollfd *pfd)
{
	size_t i;

	pfd[0].fd = c->accept_paused ? -1 : c->listen_fd;
	pfd[0].events = POLLIN;
	for (i = 0; i < c->n; i++) {
		pfd[i + 1].fd = c->v[i].fd;
		pfd[i + 1].events = POLLIN | (c->v[i].count ? POLLOUT : 0);
	}
	return 1 + c->n;
}

/* A client sends nothing that means anything: what it sends is read and
 * dropped; end of file or an error is its leaving. */
static int client_left(struct client *cl, short revents)
{
	char junk[512];
	ssize_t n;

	if (revents & (POLLHUP | POLLERR | POLLNVAL))
		return 1;
	if (!(revents & POLLIN))
		return 0;
	do
		n = recv(cl->fd, junk, sizeof(junk), MSG_DONTWAIT);
	while (n > 0 || (n < 0 && errno == EINTR));
	return n == 0 || (n < 0 && errno != EAGAIN);
}

void clients_handle(struct clients *c, const struct pollfd *pfd, size_t n)
{
	size_t i;

	for (i = 0; i + 1 < n && i < c->n; i++) {
		struct client *cl = &c->v[i];

		if (pfd[i + 1].fd != cl->fd || !pfd[i + 1].revents)
			continue;
		if ((pfd[i + 1].revents & POLLOUT) && flush(c, cl) < 0)
			drop_client(c, cl);
		else if (client_left(cl, pfd[i + 1].revents))
			drop_client(c, cl);
	}
	compact(c);
	if (n && (pfd[0].revents & POLLIN))
		accept_all(c);
}

int clients_idle(const struct clients *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (c->v[i].count)
			return 0;
	return 1;
}

void clients_get_stats(const struct clients *c, struct clients_stats *st)
{
	*st = c->st;
}

void clients_report(const struct clients *c, FILE *f)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		const struct client *cl = &c->v[i];

		fprintf(f, "client %llu = queued %u, max queued %llu, sent %llu, dropped %llu\n",
			(unsigned long long)cl->id, cl->count, (unsigned long long)cl->max_queued,
			(unsigned long long)cl->sent, (unsigned long long)cl->dropped);
	}
}
