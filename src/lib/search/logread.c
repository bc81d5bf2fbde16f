/* logread.c - audit logs as lines for ausearch and aureport: large reads
 * into aligned chunks, lines cut as the tools' fgets() cuts them, the
 * rotated set of a log listed oldest first.
 *
 * The lines stay in the chunk they were read into, so that the event
 * assembly can keep them by reference: it holds the chunk of each line it
 * keeps (logread_hold) and drops it when the event is given
 * (logread_drop). A chunk nobody holds is reused or given back to the
 * system once reading has left it, so memory follows the events still
 * open, not the size of the log. read(2), not mmap(2): measured on a
 * 169 MB log, scanning a mapping cost four times the reads (page tables
 * and TLB misses for every page), and a log truncated under a mapping
 * would kill the tool with SIGBUS. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "search.h"
#include "util.h"

/* A chunk: CHUNK bytes at an address that is a multiple of CHUNK, its
 * header first, so that any line's chunk is its address rounded down.
 * Large enough that a read costs little per line. */
#define CHUNK		((size_t)1 << 20)
#define CHUNK_DATA	64		/* the header's room */

struct chunk {
	size_t refs;			/* lines held by events */
	struct chunk *next;		/* the spare list */
};

struct logread {
	struct chunk *cur;	/* the chunk being read into */
	char *buf;		/* its data */
	size_t pos, end;	/* unread bytes: buf[pos, end) */
	int fd;
	int eof;
	struct chunk *spare;
	size_t nspare;
	/* the first NUL byte at or after nul_from: nul_at, or nul_scanned
	 * when there is none before it (lines rarely hold one: a scan per
	 * read, not per line) */
	int nul_ok;
	size_t nul_from, nul_at, nul_scanned;
};

static char *chunk_data(struct chunk *c)
{
	return (char *)c + CHUNK_DATA;
}

#define DATA_MAX	(CHUNK - CHUNK_DATA)
#define READ_STEP	((size_t)128 << 10)

/* mmap twice the size and keep the aligned middle. */
static struct chunk *chunk_new(struct logread *lr)
{
	struct chunk *c = lr->spare;
	uintptr_t p, a;
	void *m;

	if (c) {
		lr->spare = c->next;
		lr->nspare--;
		c->refs = 0;
		return c;
	}
	/* the first chunk is faulted in as it is used (a short log, a
	 * fuzzer's input, touches a few pages); the next ones, needed when
	 * events hold chunks, at once */
	m = mmap(NULL, 2 * CHUNK, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | (lr->cur ? MAP_POPULATE : 0), -1, 0);
	if (m == MAP_FAILED)
		return NULL;
	p = (uintptr_t)m;
	a = (p + CHUNK - 1) & ~(uintptr_t)(CHUNK - 1);
	if (a > p)
		munmap(m, a - p);
	munmap((void *)(a + CHUNK), p + 2 * CHUNK - (a + CHUNK));
	c = (struct chunk *)a;
	c->refs = 0;
	c->next = NULL;
	return c;
}

/* c is held by nobody and read no more. */
static void chunk_done(struct logread *lr, struct chunk *c)
{
	c->next = lr->spare;
	lr->spare = c;
	lr->nspare++;
}

struct logread *logread_create(void)
{
	struct logread *lr = calloc(1, sizeof(*lr));

	if (!lr)
		return NULL;
	lr->cur = chunk_new(lr);
	if (!lr->cur) {
		free(lr);
		return NULL;
	}
	lr->buf = chunk_data(lr->cur);
	lr->fd = -1;
	return lr;
}

/* The event assembly is destroyed first (search.h): it drops what it
 * held, so every chunk but the current one is a spare by now. */
void logread_destroy(struct logread *lr)
{
	struct chunk *c, *next;

	if (!lr)
		return;
	munmap(lr->cur, CHUNK);
	for (c = lr->spare; c; c = next) {
		next = c->next;
		munmap(c, CHUNK);
	}
	free(lr);
}

void logread_attach(struct logread *lr, int fd)
{
	lr->nul_ok = 0;
	/* what the previous file left unread is gone with it */
	lr->fd = fd;
	lr->pos = lr->end;
	lr->eof = 0;
}

static struct chunk *chunk_of(const char *line)
{
	return (struct chunk *)((uintptr_t)line & ~(uintptr_t)(CHUNK - 1));
}

void logread_hold(struct logread *lr, const char *line)
{
	(void)lr;
	chunk_of(line)->refs++;
}

void logread_drop(struct logread *lr, const char *line)
{
	struct chunk *c = chunk_of(line);

	if (--c->refs == 0 && c != lr->cur)
		chunk_done(lr, c);
}

/* Room to read into: what is left moves to the front of the chunk when
 * nobody holds it, else to a new one. 0, or -1 out of memory. */
static int make_room(struct logread *lr)
{
	size_t left = lr->end - lr->pos;
	struct chunk *old = lr->cur, *c;

	if (old->refs == 0) {
		memmove(lr->buf, lr->buf + lr->pos, left);
	} else {
		c = chunk_new(lr);
		if (!c)
			return -1;
		memcpy(chunk_data(c), lr->buf + lr->pos, left);
		lr->cur = c;
		lr->buf = chunk_data(c);
	}
	lr->pos = 0;
	lr->end = left;
	lr->nul_ok = 0;
	return 0;
}

/* Read until the chunk is full or the file ends: 0, or -1 on a read
 * error. */
static int logread_fill(struct logread *lr)
{
	ssize_t n;

	if (lr->pos && DATA_MAX - lr->end < LOGREAD_CHUNK + 1 &&
	    make_room(lr) < 0) {
		errno = ENOMEM;
		return -1;
	}
	while (lr->end < DATA_MAX) {
		size_t want = DATA_MAX - lr->end;

		/* a step at a time: the lines are scanned while the cache
		 * still holds what read() wrote (a whole chunk at once was
		 * read back from memory: memchr then cost as much as the
		 * read) */
		if (want > READ_STEP)
			want = READ_STEP;
		n = read(lr->fd, lr->buf + lr->end, want);
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

/* The offset of the first NUL at or after from (from >= pos), or end. */
static size_t next_nul(struct logread *lr, size_t from)
{
	const char *z;

	if (!lr->nul_ok || from < lr->nul_from || lr->nul_at < from) {
		z = memchr(lr->buf + from, '\0', lr->end - from);
		lr->nul_ok = 1;
		lr->nul_from = from;
		lr->nul_at = z ? (size_t)(z - lr->buf) : lr->end;
		lr->nul_scanned = lr->end;
	} else if (lr->nul_at == lr->nul_scanned && lr->nul_scanned < lr->end) {
		z = memchr(lr->buf + lr->nul_scanned, '\0',
			   lr->end - lr->nul_scanned);
		lr->nul_at = z ? (size_t)(z - lr->buf) : lr->end;
		lr->nul_scanned = lr->end;
	}
	return lr->nul_at;
}

int logread_next(struct logread *lr, const char **line, size_t *len)
{
	size_t avail, span, n, at, nul;
	const char *p, *nl;

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
	at = lr->pos;
	if (nl) {
		n = (size_t)(nl - p);
		lr->pos += n + 1;
	} else {
		n = span;
		lr->pos += n;
	}
	nul = next_nul(lr, at);
	*line = p;
	*len = nul < at + n ? nul - at : n;
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
