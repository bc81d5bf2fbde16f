/* writer.c - ring -> log. See writer.h.
 *
 * Each pass takes every published record, formats it into one buffer and
 * writes the buffer with one write(2); ring space is released only after the
 * write, so a record is either on its way to disk or still in the ring.
 * Flush policies: none (no sync), incremental (fsync every freq records, in
 * this thread), incremental_async (every freq records, a helper thread
 * fsyncs), data/sync (each batch is written then fdatasync'd/fsync'd before
 * it counts as written: one sync per batch instead of one per line).
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "logfile.h"
#include "writer.h"

#define OUT_BUF		(1024 * 1024)
#define SYNC_GATHER_NS	5000000

enum cmd_kind { CMD_RECORD, CMD_ROTATE, CMD_RESUME, CMD_UPDATE, CMD_SYNC, CMD_STOP };

struct cmd {
	struct cmd *next;
	enum cmd_kind kind;
	uint16_t type;
	int *done;			/* CMD_SYNC */
	struct writer_settings settings;	/* CMD_UPDATE */
	char payload[];
};

struct writer {
	struct ring *ring;
	struct writer_settings s;
	struct format_ctx *fmt;
	struct logfile lf;
	pthread_t thread;
	char *out;
	size_t out_len;
	uint64_t out_records;
	uint64_t since_sync;

	pthread_mutex_t lock;		/* mailbox and sync_cond */
	pthread_cond_t sync_cond;
	struct cmd *head, **tail;

	/* incremental_async: the helper that fsyncs */
	pthread_t syncer;
	pthread_mutex_t sync_lock;
	pthread_cond_t sync_wake;
	int sync_fd;			/* dup of the log fd to sync, -1 none */
	int sync_stop;
	int syncer_running;

	_Atomic uint64_t written, discarded, lost, bytes, errors, syncs, batches;
	_Atomic int64_t log_size;
	_Atomic int log_open;
};

/* --- incremental_async helper ------------------------------------------- */

static void *syncer_run(void *arg)
{
	struct writer *w = arg;

	pthread_mutex_lock(&w->sync_lock);
	for (;;) {
		while (w->sync_fd < 0 && !w->sync_stop)
			pthread_cond_wait(&w->sync_wake, &w->sync_lock);
		if (w->sync_fd >= 0) {
			int fd = w->sync_fd;

			w->sync_fd = -1;
			pthread_mutex_unlock(&w->sync_lock);
			fdatasync(fd);
			close(fd);
			atomic_fetch_add(&w->syncs, 1);
			/* let requests gather: one sync then covers them all */
			nanosleep(&(struct timespec){ .tv_nsec = SYNC_GATHER_NS }, NULL);
			pthread_mutex_lock(&w->sync_lock);
			continue;
		}
		break;
	}
	pthread_mutex_unlock(&w->sync_lock);
	return NULL;
}

static void request_async_sync(struct writer *w)
{
	int fd = dup(w->lf.fd);

	if (fd < 0)
		return;
	pthread_mutex_lock(&w->sync_lock);
	if (w->sync_fd >= 0)
		close(w->sync_fd);	/* a sync is pending already: one is enough */
	w->sync_fd = fd;
	pthread_cond_signal(&w->sync_wake);
	pthread_mutex_unlock(&w->sync_lock);
}

/* --- output ------------------------------------------------------------- */

static int logging(const struct writer *w)
{
	return w->s.to_stdout || (w->s.write_logs && w->lf.fd >= 0);
}

static void flush_out(struct writer *w)
{
	int e = 0;

	if (!w->out_len)
		return;
	if (w->s.to_stdout) {
		struct logfile so = { .fd = STDOUT_FILENO };
		e = logfile_write(&so, w->out, w->out_len);
	} else if (w->lf.fd >= 0) {
		e = logfile_write(&w->lf, w->out, w->out_len);
		if (!e) {
			switch (w->s.flush) {
			case CONFIG_FLUSH_DATA:
				e = fdatasync(w->lf.fd) < 0 ? -errno : 0;
				atomic_fetch_add(&w->syncs, 1);
				break;
			case CONFIG_FLUSH_SYNC:
				e = fsync(w->lf.fd) < 0 ? -errno : 0;
				atomic_fetch_add(&w->syncs, 1);
				break;
			case CONFIG_FLUSH_INCREMENTAL:
			case CONFIG_FLUSH_INCREMENTAL_ASYNC:
				w->since_sync += w->out_records;
				if (w->s.freq && w->since_sync >= w->s.freq) {
					w->since_sync = 0;
					if (w->s.flush == CONFIG_FLUSH_INCREMENTAL) {
						fsync(w->lf.fd);
						atomic_fetch_add(&w->syncs, 1);
					} else {
						request_async_sync(w);
					}
				}
				break;
			case CONFIG_FLUSH_NONE:
				break;
			}
		}
		atomic_store(&w->log_size, (int64_t)w->lf.size);
	}
	if (e) {
		/* auditd's disk_error_action = syslog behaviour; the records
		 * are counted so the loss is never silent */
		atomic_fetch_add(&w->errors, 1);
		atomic_fetch_add(&w->lost, w->out_records);
		log_err("Audit daemon detected an error writing an event to disk (%s)",
			strerror(-e));
	} else {
		atomic_fetch_add(&w->written, w->out_records);
		atomic_fetch_add(&w->bytes, w->out_len);
	}
	w->out_len = 0;
	w->out_records = 0;
}

static void add_record(struct writer *w, unsigned type, const char *payload, size_t len)
{
	size_t n;

	if (!logging(w)) {
		atomic_fetch_add(&w->discarded, 1);
		return;
	}
	if (OUT_BUF - w->out_len < FORMAT_LINE_MAX)
		flush_out(w);
	n = format_record(w->fmt, type, payload, len, w->out + w->out_len);
	if (n) {
		w->out_len += n;
		w->out_records++;
	}
}

/* Everything published now: format, write, then release the ring space. */
static int drain(struct writer *w)
{
	const struct ring_rec *rec;
	uint64_t cur = 0, n = 0;

	while ((rec = ring_next(w->ring, &cur))) {
		if (rec->flags & RING_REC_NOPAYLOAD)
			add_record(w, rec->type, "lost", 4);
		else
			add_record(w, rec->type, rec->data, rec->len);
		n++;
	}
	if (!n)
		return 0;
	flush_out(w);
	ring_release(w->ring, cur, n);
	atomic_fetch_add(&w->batches, 1);
	return 1;
}

/* --- settings ----------------------------------------------------------- */

static int open_log(struct writer *w)
{
	int e;

	if (w->s.to_stdout || !w->s.write_logs)
		return 0;
	snprintf(w->lf.path, sizeof(w->lf.path), "%s", w->s.log_file);
	w->lf.group = w->s.log_group;
	e = logfile_open(&w->lf);
	atomic_store(&w->log_open, w->lf.fd >= 0);
	atomic_store(&w->log_size, (int64_t)w->lf.size);
	return e;
}

static void apply(struct writer *w, const struct writer_settings *s)
{
	int reopen = strcmp(s->log_file, w->s.log_file) || s->log_group != w->s.log_group ||
		     s->write_logs != w->s.write_logs;

	flush_out(w);
	w->s = *s;
	format_set_log(w->fmt, s->log_format);
	format_set_node(w->fmt, s->node[0] ? s->node : NULL);
	if (reopen) {
		logfile_close(&w->lf);
		open_log(w);
	}
}

/* --- thread ------------------------------------------------------------- */

static struct cmd *take_cmds(struct writer *w)
{
	struct cmd *c;

	pthread_mutex_lock(&w->lock);
	c = w->head;
	w->head = NULL;
	w->tail = &w->head;
	pthread_mutex_unlock(&w->lock);
	return c;
}

/* Returns 1 when asked to stop. */
static int run_cmds(struct writer *w)
{
	struct cmd *c = take_cmds(w), *next;
	int stop = 0;

	for (; c; c = next) {
		next = c->next;
		switch (c->kind) {
		case CMD_RECORD:
			add_record(w, c->type, c->payload, strlen(c->payload));
			break;
		case CMD_ROTATE:
			flush_out(w);
			if (!w->s.to_stdout && w->lf.fd >= 0) {
				logfile_rotate(&w->lf, w->s.num_logs,
					       w->s.max_log_file_action == CONFIG_ACTION_KEEP_LOGS);
				atomic_store(&w->log_open, w->lf.fd >= 0);
			}
			add_record(w, c->type, c->payload, strlen(c->payload));
			break;
		case CMD_RESUME:
			flush_out(w);
			if (w->lf.fd < 0)
				open_log(w);
			add_record(w, c->type, c->payload, strlen(c->payload));
			break;
		case CMD_UPDATE:
			apply(w, &c->settings);
			break;
		case CMD_SYNC:
			flush_out(w);
			pthread_mutex_lock(&w->lock);
			*c->done = 1;
			pthread_cond_broadcast(&w->sync_cond);
			pthread_mutex_unlock(&w->lock);
			break;
		case CMD_STOP:
			stop = 1;
			break;
		}
		free(c);
	}
	flush_out(w);
	return stop;
}

static void *run(void *arg)
{
	struct writer *w = arg;
	int stop = 0;

	for (;;) {
		/* Records already in the ring arrived before any command now
		 * in the mailbox: they go first (into the file being rotated,
		 * before DAEMON_END...). DAEMON_START is queued before the
		 * listener starts, so it still opens the log. */
		int busy = drain(w);

		stop = run_cmds(w) || stop;
		if (busy)
			continue;
		if (stop && ring_empty(w->ring))
			break;
		ring_wait_data(w->ring, -1);
	}
	flush_out(w);
	logfile_close(&w->lf);
	atomic_store(&w->log_open, 0);
	return NULL;
}

static void post(struct writer *w, struct cmd *c)
{
	c->next = NULL;
	pthread_mutex_lock(&w->lock);
	*w->tail = c;
	w->tail = &c->next;
	pthread_mutex_unlock(&w->lock);
	ring_kick(w->ring);
}

static struct cmd *new_cmd(enum cmd_kind kind, uint16_t type, const char *payload)
{
	size_t len = payload ? strlen(payload) : 0;
	struct cmd *c = calloc(1, sizeof(*c) + len + 1);

	if (!c) {
		log_err("out of memory");
		abort();
	}
	c->kind = kind;
	c->type = type;
	if (payload)
		memcpy(c->payload, payload, len + 1);
	return c;
}

struct writer *writer_start(struct ring *ring, const struct writer_settings *s)
{
	struct writer *w = calloc(1, sizeof(*w));

	if (!w)
		return NULL;
	w->ring = ring;
	w->s = *s;
	w->tail = &w->head;
	w->sync_fd = -1;
	logfile_init(&w->lf);
	pthread_mutex_init(&w->lock, NULL);
	pthread_cond_init(&w->sync_cond, NULL);
	pthread_mutex_init(&w->sync_lock, NULL);
	pthread_cond_init(&w->sync_wake, NULL);
	w->out = malloc(OUT_BUF);
	w->fmt = format_create(NULL);
	if (!w->out || !w->fmt)
		goto fail;
	format_set_log(w->fmt, s->log_format);
	format_set_node(w->fmt, s->node[0] ? s->node : NULL);
	if (open_log(w))
		goto fail;
	if (pthread_create(&w->syncer, NULL, syncer_run, w))
		goto fail;
	w->syncer_running = 1;
	if (pthread_create(&w->thread, NULL, run, w))
		goto fail;
	return w;
fail:
	if (w->syncer_running) {
		pthread_mutex_lock(&w->sync_lock);
		w->sync_stop = 1;
		pthread_cond_signal(&w->sync_wake);
		pthread_mutex_unlock(&w->sync_lock);
		pthread_join(w->syncer, NULL);
	}
	logfile_close(&w->lf);
	if (w->fmt)
		format_destroy(w->fmt);
	free(w->out);
	free(w);
	return NULL;
}

void writer_record(struct writer *w, uint16_t type, const char *payload)
{
	post(w, new_cmd(CMD_RECORD, type, payload));
}

void writer_rotate(struct writer *w, uint16_t type, const char *payload)
{
	post(w, new_cmd(CMD_ROTATE, type, payload));
}

void writer_resume(struct writer *w, uint16_t type, const char *payload)
{
	post(w, new_cmd(CMD_RESUME, type, payload));
}

void writer_update(struct writer *w, const struct writer_settings *s)
{
	struct cmd *c = new_cmd(CMD_UPDATE, 0, NULL);

	c->settings = *s;
	post(w, c);
}

void writer_sync_point(struct writer *w)
{
	int done = 0;
	struct cmd *c = new_cmd(CMD_SYNC, 0, NULL);

	c->done = &done;
	post(w, c);
	pthread_mutex_lock(&w->lock);
	while (!done)
		pthread_cond_wait(&w->sync_cond, &w->lock);
	pthread_mutex_unlock(&w->lock);
}

void writer_stop(struct writer *w)
{
	if (!w)
		return;
	post(w, new_cmd(CMD_STOP, 0, NULL));
	pthread_join(w->thread, NULL);
	pthread_mutex_lock(&w->sync_lock);
	w->sync_stop = 1;
	pthread_cond_signal(&w->sync_wake);
	pthread_mutex_unlock(&w->sync_lock);
	pthread_join(w->syncer, NULL);
	format_destroy(w->fmt);
	free(w->out);
	free(w);
}

void writer_get_stats(struct writer *w, struct writer_stats *st)
{
	st->records_written = atomic_load(&w->written);
	st->records_discarded = atomic_load(&w->discarded);
	st->records_lost = atomic_load(&w->lost);
	st->bytes_written = atomic_load(&w->bytes);
	st->write_errors = atomic_load(&w->errors);
	st->syncs = atomic_load(&w->syncs);
	st->batches = atomic_load(&w->batches);
	st->log_size = atomic_load(&w->log_size);
	st->log_open = atomic_load(&w->log_open);
}
