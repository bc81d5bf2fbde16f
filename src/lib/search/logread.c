/* logread.c - audit logs as lines for ausearch and aureport: large reads
 * into one buffer, lines cut as the tools' fgets() cuts them, the rotated
 * set of a log listed oldest first. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "search.h"
#include "util.h"

/* Large enough that a read costs little per line, small enough to stay in
 * the cache beside the events being built. */
#define LOGREAD_BUF	(1 << 20)

/* A mapped file: its lines stay valid until logread_destroy(); the pages
 * below released are given back as the events using them go. */
struct logread_map {
	char *base;
	size_t size, released;
};

struct logread {
	char *buf;		/* the read buffer, or the current mapping */
	size_t pos, end;	/* unread bytes: buf[pos, end) */
	int fd;
	int eof;
	char *readbuf;
	struct logread_map *maps;
	size_t nmaps, maps_cap;
	int mapped;		/* reading maps[nmaps - 1] */
};

struct logread *logread_create(void)
{
	struct logread *lr = calloc(1, sizeof(*lr));

	if (!lr)
		return NULL;
	lr->buf = lr->readbuf = malloc(LOGREAD_BUF);
	if (!lr->buf) {
		free(lr);
		return NULL;
	}
	lr->fd = -1;
	return lr;
}

void logread_destroy(struct logread *lr)
{
	size_t i;

	if (!lr)
		return;
	for (i = 0; i < lr->nmaps; i++)
		munmap(lr->maps[i].base, lr->maps[i].size);
	free(lr->maps);
	free(lr->readbuf);
	free(lr);
}

void logread_attach(struct logread *lr, int fd)
{
	lr->fd = fd;
	lr->buf = lr->readbuf;
	lr->pos = lr->end = 0;
	lr->eof = 0;
	lr->mapped = 0;
}

int logread_map(struct logread *lr, int fd)
{
	struct logread_map *m;
	struct stat st;
	void *p;

	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_size <= 0)
		return 0;
	if (lr->nmaps == lr->maps_cap) {
		size_t cap = lr->maps_cap ? 2 * lr->maps_cap : 4;

		m = realloc(lr->maps, cap * sizeof(*m));
		if (!m)
			return 0;
		lr->maps = m;
		lr->maps_cap = cap;
	}
	p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (p == MAP_FAILED)
		return 0;
	madvise(p, (size_t)st.st_size, MADV_SEQUENTIAL);
	m = &lr->maps[lr->nmaps++];
	m->base = p;
	m->size = (size_t)st.st_size;
	m->released = 0;
	lr->fd = fd;
	lr->buf = p;
	lr->pos = 0;
	lr->end = m->size;
	lr->eof = 1;
	lr->mapped = 1;
	return 1;
}

/* Give back the whole pages of m below offset upto. */
static void map_release(struct logread_map *m, size_t upto)
{
	long page = sysconf(_SC_PAGESIZE);
	size_t to = upto & ~((size_t)page - 1);

	if (to > m->released) {
		madvise(m->base + m->released, to - m->released, MADV_DONTNEED);
		m->released = to;
	}
}

void logread_release(struct logread *lr, const char *below)
{
	size_t i;

	for (i = 0; i < lr->nmaps; i++) {
		struct logread_map *m = &lr->maps[i];
		int current = lr->mapped && i == lr->nmaps - 1;

		if (below && below >= m->base && below < m->base + m->size) {
			map_release(m, (size_t)(below - m->base));
			return;
		}
		/* nothing held lies here: all of it, up to what is read */
		map_release(m, current ? lr->pos : m->size);
	}
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

/* See search.h: the tools' reading of auditd.conf, shared by ausearch and
 * aureport. */
int logread_conf(char *log_file, size_t sz, unsigned *timeout)
{
	FILE *f = fopen(LOGREAD_AUDITD_CONF, "r");
	char line[1024];

	snprintf(log_file, sz, "%s", LOGREAD_DEFAULT_LOG);
	*timeout = 2;
	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		char *k = line, *eq, *v, *e;

		while (*k == ' ' || *k == '\t')
			k++;
		if (*k == '#' || !(eq = strchr(k, '=')))
			continue;
		for (e = eq; e > k && (e[-1] == ' ' || e[-1] == '\t'); e--)
			;
		*e = '\0';
		v = eq + 1;
		while (*v == ' ' || *v == '\t')
			v++;
		v[strcspn(v, " \t\r\n")] = '\0';
		if (strcmp(k, "log_file") == 0)
			snprintf(log_file, sz, "%s", v);
		else if (strcmp(k, "end_of_event_timeout") == 0 && *v)
			*timeout = (unsigned)strtoul(v, NULL, 10);
	}
	fclose(f);
	return 0;
}
