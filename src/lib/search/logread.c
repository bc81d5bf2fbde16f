/* logread.c - audit logs as lines for ausearch and aureport: large reads
 * into one buffer, lines cut as the tools' fgets() cuts them, the rotated
 * set of a log listed oldest first. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "search.h"
#include "util.h"

/* Large enough that a read costs little per line, small enough to stay in
 * the cache beside the events being built. */
#define LOGREAD_BUF	(1 << 20)

struct logread {
	char *buf;
	size_t pos, end;	/* unread bytes: buf[pos, end) */
	int fd;
	int eof;
};

struct logread *logread_create(void)
{
	struct logread *lr = calloc(1, sizeof(*lr));

	if (!lr)
		return NULL;
	lr->buf = malloc(LOGREAD_BUF);
	if (!lr->buf) {
		free(lr);
		return NULL;
	}
	lr->fd = -1;
	return lr;
}

void logread_destroy(struct logread *lr)
{
	if (!lr)
		return;
	free(lr->buf);
	free(lr);
}

void logread_attach(struct logread *lr, int fd)
{
	lr->fd = fd;
	lr->pos = lr->end = 0;
	lr->eof = 0;
}

/* Move what is left to the front and read until the buffer is full or the
 * file ends: 0, or -1 on a read error. */
static int logread_fill(struct logread *lr)
{
	ssize_t n;

	if (lr->pos) {
		memmove(lr->buf, lr->buf + lr->pos, lr->end - lr->pos);
		lr->end -= lr->pos;
		lr->pos = 0;
	}
	while (lr->end < LOGREAD_BUF) {
		n = read(lr->fd, lr->buf + lr->end, LOGREAD_BUF - lr->end);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (n == 0) {
			lr->eof = 1;
			break;
		}
		lr->end += (size_t)n;
		/* a pipe gives what it has: enough to go on with */
		if (lr->end - lr->pos >= LOGREAD_CHUNK)
			break;
	}
	return 0;
}

int logread_next(struct logread *lr, const char **line, size_t *len)
{
	size_t avail, span, n;
	const char *p, *nl, *nul;

	for (;;) {
		avail = lr->end - lr->pos;
		span = avail < LOGREAD_CHUNK ? avail : LOGREAD_CHUNK;
		p = lr->buf + lr->pos;
		nl = memchr(p, '\n', span);
		if (nl || avail >= LOGREAD_CHUNK || (lr->eof && avail))
			break;
		if (lr->eof)
			return 0;
		if (logread_fill(lr) < 0)
			return -1;
	}
	if (nl) {
		n = (size_t)(nl - p);
		lr->pos += n + 1;
	} else {
		n = span;
		lr->pos += n;
	}
	nul = memchr(p, '\0', n);
	*line = p;
	*len = nul ? (size_t)(nul - p) : n;
	return 1;
}

void logread_rotated(const char *base, struct logread_files *files)
{
	size_t n = 0, cap = 0, i;
	char **newest = NULL;
	char *path;

	for (;;) {
		if (n == 0) {
			path = xstrdup(base);
		} else {
			size_t sz = strlen(base) + 24;

			path = xmalloc(sz);
			snprintf(path, sz, "%s.%zu", base, n);
		}
		if (access(path, R_OK) != 0) {
			free(path);
			break;
		}
		if (n == cap) {
			cap = cap ? 2 * cap : 8;
			newest = xrealloc(newest, cap, sizeof(*newest));
		}
		newest[n++] = path;
	}
	/* oldest first */
	for (i = 0; i < n / 2; i++) {
		path = newest[i];
		newest[i] = newest[n - 1 - i];
		newest[n - 1 - i] = path;
	}
	files->paths = newest;
	files->n = n;
}

void logread_files_free(struct logread_files *files)
{
	size_t i;

	for (i = 0; i < files->n; i++)
		free(files->paths[i]);
	free(files->paths);
	files->paths = NULL;
	files->n = 0;
}
