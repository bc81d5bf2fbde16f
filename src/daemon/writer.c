/* writer.c - ring -> format -> write -> sync -> replies. See writer.h.
 *
 * Each pass takes every published record, formats it into one buffer and
 * writes the buffer with one write(2); ring space is released only after the
 * write, so a record is either on its way to disk or still in the ring.
 * Flush policies: none (no sync), incremental (fsync every freq records, in
 * this thread), incremental_async (every freq records, at most once per
 * SYNC_GATHER_NS, a helper thread fdatasyncs), data/sync (each batch is
 * written then fdatasync'd/fsync'd before it counts as written: one sync
 * per batch instead of one per line).
 *
 * Which file, and what happens when it grows, fills or fails, is the file
 * policy's (filepolicy.c): the writer tells it each write's outcome and asks
 * it after each record whether max_log_file is reached (one comparison).
 * A failed write keeps whole lines only (a torn last line is cut back so the
 * file stays parseable) and counts the records that did not reach the file
 * as lost; while logging is suspended records are consumed and counted, not
 * written, as auditd discards them: the kernel is not held back.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dispatch.h"
#include "filepolicy.h"
#include "log.h"
#include "util.h"
#include "logfile.h"
#include "netq.h"
#include "writer.h"

#define OUT_BUF		(1024 * 1024)
/* incremental_async: the writer asks for a sync at most once per this long;
 * the records written meanwhile wait for the next request, which covers
 * them all (auditd.conf(5), flush) */
#define SYNC_GATHER_NS	50000000
/* network records taken per pass (each client has one in flight) */
#define NET_BATCH	256

enum cmd_kind { CMD_RECORD, CMD_ROTATE, CMD_RESUME, CMD_CHILD, CMD_UPDATE, CMD_SYNC, CMD_STOP };

struct cmd {
	struct cmd *next;
	enum cmd_kind kind;
	uint16_t type;
	int *done;			/* CMD_SYNC */
	struct writer_settings *settings;	/* CMD_UPDATE */
	char payload[];
};

/* What became of a buffer handed to the log. */
enum out_result {
	OUT_NONE,		/* nothing to write */
	OUT_WRITTEN,		/* written (and synced, if the flush policy says so) */
	OUT_FAILED,		/* a write or sync failed */
	OUT_SUSPENDED,		/* no log open: counted, not written */
};

struct writer {
	struct ring *ring;
	struct writer_settings s;
	struct format_ctx *fmt;
	struct filepolicy fp;		/* the log file and its policy */
	pthread_t thread;
	char *out;
	size_t out_len;
	uint64_t out_records;
	uint64_t since_sync;		/* records written since the last sync (asked) */
	uint64_t sync_asked;		/* incremental_async: last request, monotonic ns */
	struct dispatch *dispatching;	/* records staged for the plugins, to publish */
	uint64_t net_tokens[NET_BATCH];	/* network records in out, answered once written */
	int net_fds[NET_BATCH];
	unsigned net_n;

	/* The writer's state below is its thread's, except while another
	 * thread holds `own` (writer_net_inline): the writer thread holds it
	 * whenever it is not asleep. */
	pthread_mutex_t own;
	int ended;			/* under own: the thread has closed the log */
	int wake_due;			/* under own: the thread will wake when an owed
					 * sync is due (its sleep is timed, or kicked) */
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

	_Atomic uint64_t written, discarded, suspended_recs, lost, bytes, errors, syncs, batches;
};

static void flush_out(struct writer *w);

/* --- incremental_async helper ------------------------------------------- */

/* Waits for a request, syncs, repeats: the writer spaces the requests
 * (ask_owed_sync), so this thread wakes once per sync and never to wait.
 * Requests made while a sync runs replace each other (request_async_sync):
 * the next sync covers them all. */
static void *syncer_run(void *arg)
{
	struct writer *w = arg;

	pthread_mutex_lock(&w->sync_lock);
	for (;;) {
		int fd;

		while (w->sync_fd < 0 && !w->sync_stop)
			pthread_cond_wait(&w->sync_wake, &w->sync_lock);
		if (w->sync_fd < 0)
			break;
		fd = w->sync_fd;
		w->sync_fd = -1;
		pthread_mutex_unlock(&w->sync_lock);
		fdatasync(fd);
		close(fd);
		atomic_fetch_add(&w->syncs, 1);
		pthread_mutex_lock(&w->sync_lock);
	}
	pthread_mutex_unlock(&w->sync_lock);
	return NULL;
}

static void request_async_sync(struct writer *w, int log_fd)
{
	int fd = fcntl(log_fd, F_DUPFD_CLOEXEC, 0);

	if (fd < 0)
		return;
	pthread_mutex_lock(&w->sync_lock);
	if (w->sync_fd >= 0)
		close(w->sync_fd);	/* a sync is pending already: one is enough */
	w->sync_fd = fd;
	pthread_cond_signal(&w->sync_wake);
	pthread_mutex_unlock(&w->sync_lock);
}

/* incremental_async: freq records written and no sync asked for them yet */
static int sync_owed(const struct writer *w)
{
	return w->s.flush == CONFIG_FLUSH_INCREMENTAL_ASYNC && w->s.freq &&
	       w->since_sync >= w->s.freq;
}

/* Asks for the owed sync once SYNC_GATHER_NS have passed since the last
 * request (at once with force); -1 when none is owed any more, else the
 * milliseconds until it may be asked for (rounded up: a sleep that long
 * ends past the window). With the log closed there is nothing to ask:
 * closing it synced it (logfile_close). */
static int ask_owed_sync(struct writer *w, int force)
{
	int fd = filepolicy_log(&w->fp)->fd;
	uint64_t now, due;

	if (!sync_owed(w))
		return -1;
	now = util_mono_ns();
	due = w->sync_asked + SYNC_GATHER_NS;
	if (!force && now < due)
		return (int)((due - now + 999999) / 1000000);
	w->since_sync = 0;
	w->sync_asked = now;
	if (fd >= 0)
		request_async_sync(w, fd);
	return -1;
}

/* --- output ------------------------------------------------------------- */

/* Records go to a log file (not -f, write_logs = yes): while it is closed
 * they count as suspended, otherwise as discarded. */
static int file_logging(const struct writer *w)
{
	return !w->s.to_stdout && w->s.write_logs;
}

static int logging(const struct writer *w)
{
	return w->s.to_stdout || (w->s.write_logs && filepolicy_log_open(&w->fp));
}

/* The complete lines at the start of buf[0..len): their count, and in
 * *keep the bytes they take. */
static uint64_t whole_lines(const char *buf, size_t len, size_t *keep)
{
	uint64_t n = 0;
	size_t i;

	*keep = 0;
	for (i = 0; i < len; i++) {
		if (buf[i] == '\n') {
			n++;
			*keep = i + 1;
		}
	}
	return n;
}

static int sync_log(struct writer *w, int fd, uint64_t records, const char **func)
{
	int e = 0;

	switch (w->s.flush) {
	case CONFIG_FLUSH_DATA:
		*func = "fdatasync";
		e = fdatasync(fd) < 0 ? -errno : 0;
		atomic_fetch_add(&w->syncs, 1);
		break;
	case CONFIG_FLUSH_SYNC:
		*func = "fsync";
		e = fsync(fd) < 0 ? -errno : 0;
		atomic_fetch_add(&w->syncs, 1);
		break;
	case CONFIG_FLUSH_INCREMENTAL:
		w->since_sync += records;
		if (w->s.freq && w->since_sync >= w->s.freq) {
			w->since_sync = 0;
			*func = "fsync";
			e = fsync(fd) < 0 ? -errno : 0;
			atomic_fetch_add(&w->syncs, 1);
		}
		break;
	case CONFIG_FLUSH_INCREMENTAL_ASYNC:
		/* owed until its window is up: asked for then, by a later
		 * write or when the thread goes idle (run) */
		w->since_sync += records;
		ask_owed_sync(w, 0);
		break;
	case CONFIG_FLUSH_NONE:
		break;
	}
	return e;
}

static enum out_result write_out(struct writer *w)
{
	struct logfile *lf = filepolicy_log(&w->fp);
	size_t len = w->out_len, keep;
	uint64_t records = w->out_records, whole;
	const char *func = "write";
	off_t before;
	int e;

	if (!len)
		return OUT_NONE;
	/* the buffer is handed over before the policy hears of the outcome
	 * (it may rotate or close the file) */
	w->out_len = 0;
	w->out_records = 0;
	if (w->s.to_stdout) {
		struct logfile so = { .fd = STDOUT_FILENO };

		e = logfile_write(&so, w->out, len);
		if (e) {
			atomic_fetch_add(&w->errors, 1);
			atomic_fetch_add(&w->lost, records);
			return OUT_FAILED;
		}
		atomic_fetch_add(&w->written, records);
		atomic_fetch_add(&w->bytes, len);
		return OUT_WRITTEN;
	}
	if (lf->fd < 0) {
		atomic_fetch_add(&w->suspended_recs, records);
		return OUT_SUSPENDED;
	}
	before = lf->size;
	e = logfile_write(lf, w->out, len);
	if (e) {
		/* keep whole lines only: a torn line would confuse every reader */
		whole = whole_lines(w->out, (size_t)(lf->size - before), &keep);
		if ((off_t)keep < lf->size - before)
			logfile_truncate(lf, before + (off_t)keep);
		atomic_fetch_add(&w->written, whole);
		atomic_fetch_add(&w->bytes, keep);
		atomic_fetch_add(&w->lost, records - whole);
		atomic_fetch_add(&w->errors, 1);
		filepolicy_write_failed(&w->fp, e, func);
		return OUT_FAILED;
	}
	atomic_fetch_add(&w->written, records);
	atomic_fetch_add(&w->bytes, len);
	filepolicy_written(&w->fp, len, records);
	e = sync_log(w, lf->fd, records, &func);
	if (e) {
		atomic_fetch_add(&w->errors, 1);
		filepolicy_sync_failed(&w->fp, e, func);
		return OUT_FAILED;
	}
	return OUT_WRITTEN;
}

/* max_log_file reached by the record just added: what the policy does to
 * the file comes after the records held here are in it. */
static void size_reached(struct writer *w)
{
	enum filepolicy_verdict v = filepolicy_size_reached(&w->fp);

	if (v == FILEPOLICY_GO)
		return;
	flush_out(w);
	filepolicy_act(&w->fp, v);
}

static void add_record(struct writer *w, unsigned type, const char *payload, size_t len)
{
	size_t n;

	if (OUT_BUF - w->out_len < FORMAT_LINE_MAX)
		flush_out(w);	/* may run an action that stops logging */
	if (!logging(w)) {
		/* plugins get every record, logged or not (auditd) */
		if (w->s.dispatch) {
			w->dispatching = w->s.dispatch;
			dispatch_record(w->s.dispatch, type, payload, len, NULL, 0);
		}
		if (file_logging(w))
			atomic_fetch_add(&w->suspended_recs, 1);
		else
			atomic_fetch_add(&w->discarded, 1);
		return;
	}
	n = format_record(w->fmt, type, payload, len, w->out + w->out_len);
	if (w->s.dispatch) {
		w->dispatching = w->s.dispatch;
		dispatch_record(w->s.dispatch, type, payload, len, w->out + w->out_len, n);
	}
	if (n) {
		w->out_len += n;
		w->out_records++;
		/* auditd's check after each record: (bytes / MiB) >= max */
		if (filepolicy_size_due(&w->fp, w->out_len))
			size_reached(w);
	}
}

/* --- network records (remote.c, through netq.c) ------------------------- */

static void net_settle(struct writer *w, enum netq_result r)
{
	unsigned i;

	for (i = 0; i < w->net_n; i++)
		netq_answer(w->s.netq, w->net_tokens[i], w->net_fds[i], r);
	w->net_n = 0;
}

/* Every write of the buffer goes through here: the network records in it
 * are answered once it is written under the flush policy (synced for
 * data/sync), with auditd's replies: ACK, DISKLOW past space_left,
 * DISKFULL, DISKERROR, or "remote logging suspended". */
static void flush_out(struct writer *w)
{
	enum out_result r = write_out(w);

	if (!w->net_n || r == OUT_NONE)
		return;
	switch (r) {
	case OUT_FAILED:
		net_settle(w, filepolicy_disk_full(&w->fp) ? NETQ_DISKFULL : NETQ_DISKERROR);
		break;
	case OUT_SUSPENDED:
		net_settle(w, NETQ_SUSPENDED);
		break;
	default:
		net_settle(w, filepolicy_space_low(&w->fp) ? NETQ_DISKLOW : NETQ_ACK);
		break;
	}
}

/* A network record's text is already a line: it is written as it came
 * (auditd); DAEMON_ACCEPT/CLOSE are formatted like any daemon record. */
static void add_net(struct writer *w, const struct netq_item *it)
{
	if (it->type != NETQ_TEXT) {
		add_record(w, it->type, it->text, it->len);
		netq_answer(w->s.netq, it->token, -1, NETQ_ACK);
		return;
	}
	if (OUT_BUF - w->out_len < FORMAT_LINE_MAX)
		flush_out(w);
	if (w->s.dispatch && (it->flags & NETQ_DISPATCH)) {
		w->dispatching = w->s.dispatch;
		dispatch_text(w->s.dispatch, it->text, it->len);
	}
	if (!logging(w)) {
		/* auditd: ACK with write_logs = no, an error while suspended */
		if (file_logging(w)) {
			atomic_fetch_add(&w->suspended_recs, 1);
			netq_answer(w->s.netq, it->token, it->fd, NETQ_SUSPENDED);
		} else {
			atomic_fetch_add(&w->discarded, 1);
			netq_answer(w->s.netq, it->token, it->fd, NETQ_ACK);
		}
		return;
	}
	memcpy(w->out + w->out_len, it->text, it->len);
	w->out[w->out_len + it->len] = '\n';
	w->out_len += it->len + 1;
	w->out_records++;
	w->net_tokens[w->net_n] = it->token;
	w->net_fds[w->net_n++] = it->fd;
	if (filepolicy_size_due(&w->fp, w->out_len))
		size_reached(w);
}

/* The plugins see a batch once it is in the log. */
static void publish_dispatch(struct writer *w)
{
	if (w->dispatching) {
		dispatch_publish(w->dispatching);
		w->dispatching = NULL;
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
	publish_dispatch(w);
	ring_release(w->ring, cur, n);
	atomic_fetch_add(&w->batches, 1);
	filepolicy_check(&w->fp);
	return 1;
}

/* Network records after the kernel's: written, answered, released. */
static int drain_net(struct writer *w)
{
	struct netq_item it;
	uint64_t cur = 0, n = 0;

	if (!w->s.netq)
		return 0;
	/* The reply says what the disk is like after the write; the space is
	 * looked at after a write at most every 100 ms, so a client that
	 * speaks after a quiet spell would be answered from the look taken
	 * before it: look first if one is due (the buffer is empty here). */
	while (n < NET_BATCH && netq_next(w->s.netq, &cur, &it)) {
		if (!n)
			filepolicy_check(&w->fp);
		add_net(w, &it);
		n++;
	}
	if (!n)
		return 0;
	flush_out(w);
	publish_dispatch(w);
	netq_release(w->s.netq, cur, n);
	netq_answers_publish(w->s.netq);
	filepolicy_check(&w->fp);
	return 1;
}

/* --- commands ----------------------------------------------------------- */

/* The policy acts on the file only when the buffer is empty: what was
 * received before the command goes to the file as it was. */

/* SIGHUP: new settings (the policy's part: filepolicy_update). */
static void apply(struct writer *w, const struct writer_settings *s)
{
	flush_out(w);
	/* the new flush or freq must not strand a sync owed under the old */
	ask_owed_sync(w, 1);
	w->s = *s;
	format_set_log(w->fmt, s->log_format);
	format_set_node(w->fmt, s->node[0] ? s->node : NULL);
	filepolicy_update(&w->fp, &s->file, file_logging(w));
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

/* Runs the commands taken; returns 1 when asked to stop. */
static int run_cmds(struct writer *w, struct cmd *c)
{
	struct cmd *next;
	int stop = 0;

	if (!c)
		return 0;
	for (; c; c = next) {
		next = c->next;
		switch (c->kind) {
		case CMD_RECORD:
			add_record(w, c->type, c->payload, strlen(c->payload));
			break;
		case CMD_ROTATE:
			flush_out(w);
			filepolicy_rotate_now(&w->fp);
			add_record(w, c->type, c->payload, strlen(c->payload));
			break;
		case CMD_RESUME:
			flush_out(w);
			filepolicy_resume(&w->fp);
			add_record(w, c->type, c->payload, strlen(c->payload));
			break;
		case CMD_CHILD:
			flush_out(w);
			filepolicy_child_exited(&w->fp);
			break;
		case CMD_UPDATE:
			apply(w, c->settings);
			free(c->settings);
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
	publish_dispatch(w);
	filepolicy_check(&w->fp);
	return stop;
}

static void *run(void *arg)
{
	struct writer *w = arg;
	int stop = 0, timeout;

	pthread_mutex_lock(&w->own);
	for (;;) {
		/* Records published before a command was posted go first
		 * (into the file being rotated, before DAEMON_END, before a
		 * sync point answers): so the commands are taken BEFORE the
		 * ring is drained; taken after, a record published between
		 * the drain and the take would come after its command.
		 * DAEMON_START is queued before the listener starts, so it
		 * still opens the log. */
		struct cmd *cmds = take_cmds(w);
		int busy = drain(w);

		busy |= drain_net(w);

		stop = run_cmds(w, cmds) || stop;
		if (busy)
			continue;
		if (stop && ring_empty(w->ring))
			break;
		/* An owed sync bounds the sleep: past its window, with nothing
		 * new (ring_wait_data's timeout), the next pass asks for it. */
		timeout = ask_owed_sync(w, 0);
		w->wake_due = timeout >= 0;
		pthread_mutex_unlock(&w->own);
		ring_wait_data(w->ring, timeout);
		pthread_mutex_lock(&w->own);
	}
	flush_out(w);
	/* an owed sync is asked for now, whatever its window: writer_stop
	 * lets the helper do it before it ends */
	ask_owed_sync(w, 1);
	filepolicy_close(&w->fp);
	w->ended = 1;
	pthread_mutex_unlock(&w->own);
	return NULL;
}

int writer_net_inline(void *arg)
{
	struct writer *w = arg;

	/* busy with the kernel's records (or about to be): its turn */
	if (!ring_empty(w->ring) || pthread_mutex_trylock(&w->own))
		return 0;
	if (w->ended) {
		pthread_mutex_unlock(&w->own);
		return 0;
	}
	while (drain_net(w))
		;
	/* A sync owed now is asked for by the writer thread once its window
	 * is up: wake it if its sleep has no end, so it sleeps timed. */
	if (sync_owed(w) && !w->wake_due) {
		w->wake_due = 1;
		ring_kick(w->ring);
	}
	pthread_mutex_unlock(&w->own);
	return 1;
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
	struct cmd *c = xcalloc(1, sizeof(*c) + len + 1);

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
	filepolicy_init(&w->fp, &s->file, file_logging(w));
	pthread_mutex_init(&w->lock, NULL);
	pthread_mutex_init(&w->own, NULL);
	pthread_cond_init(&w->sync_cond, NULL);
	pthread_mutex_init(&w->sync_lock, NULL);
	pthread_cond_init(&w->sync_wake, NULL);
	w->out = malloc(OUT_BUF);
	w->fmt = format_create(NULL);
	if (!w->out || !w->fmt)
		goto fail;
	format_set_log(w->fmt, s->log_format);
	format_set_node(w->fmt, s->node[0] ? s->node : NULL);
	if (filepolicy_open(&w->fp))
		goto fail;
	if (pthread_create(&w->syncer, NULL, syncer_run, w))
		goto fail;
	w->syncer_running = 1;
	if (pthread_create(&w->thread, NULL, run, w))
		goto fail;
	/* named for top -H and the tests that time each thread */
	pthread_setname_np(w->syncer, "auditd-sync");
	pthread_setname_np(w->thread, "auditd-writer");
	return w;
fail:
	if (w->syncer_running) {
		pthread_mutex_lock(&w->sync_lock);
		w->sync_stop = 1;
		pthread_cond_signal(&w->sync_wake);
		pthread_mutex_unlock(&w->sync_lock);
		pthread_join(w->syncer, NULL);
	}
	filepolicy_close(&w->fp);
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

void writer_child_exited(struct writer *w)
{
	post(w, new_cmd(CMD_CHILD, 0, NULL));
}

void writer_update(struct writer *w, const struct writer_settings *s)
{
	struct cmd *c = new_cmd(CMD_UPDATE, 0, NULL);

	c->settings = xmalloc(sizeof(*c->settings));
	*c->settings = *s;
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
	struct filepolicy_stats fs;

	filepolicy_stats(&w->fp, &fs);
	st->records_written = atomic_load(&w->written);
	st->records_discarded = atomic_load(&w->discarded);
	st->records_suspended = atomic_load(&w->suspended_recs);
	st->records_lost = atomic_load(&w->lost);
	st->bytes_written = atomic_load(&w->bytes);
	st->write_errors = atomic_load(&w->errors) + fs.errors;
	st->syncs = atomic_load(&w->syncs);
	st->batches = atomic_load(&w->batches);
	st->rotations = fs.rotations;
	st->reopens = fs.reopens;
	st->log_size = fs.log_size;
	st->log_open = fs.log_open;
	st->suspended = fs.suspended;
	st->disk_full = fs.disk_full;
	st->space_action_done = fs.space_action_done;
	st->admin_action_done = fs.admin_action_done;
	st->disk_error = fs.disk_error;
	st->logs_detected = fs.logs_detected;
}
