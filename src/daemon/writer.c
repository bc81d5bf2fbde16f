/* writer.c - ring -> log, and the log file policy. See writer.h.
 *
 * Each pass takes every published record, formats it into one buffer and
 * writes the buffer with one write(2); ring space is released only after the
 * write, so a record is either on its way to disk or still in the ring.
 * Flush policies: none (no sync), incremental (fsync every freq records, in
 * this thread), incremental_async (every freq records, a helper thread
 * fsyncs), data/sync (each batch is written then fdatasync'd/fsync'd before
 * it counts as written: one sync per batch instead of one per line).
 *
 * The file policy (auditd 3.0.9's, auditd.conf(5)) lives here too:
 *  - max_log_file is checked after every record, as auditd does, so a
 *    rotation happens between two records; the check is one comparison;
 *  - free space (fstatfs) and the identity of the file behind the path are
 *    checked every CHECK_BYTES written or CHECK_NS, whichever comes first,
 *    not per record as auditd does (its fstatfs per line is one of its
 *    costs); space.c decides what fires;
 *  - a failed write runs disk_full_action (ENOSPC) or disk_error_action;
 *    a torn last line is cut back so the file stays parseable, and records
 *    that did not reach the file are counted as lost;
 *  - suspended logging closes the file (so it can be moved); records that
 *    arrive meanwhile are consumed and counted, not written, as auditd
 *    discards them: the kernel is not held back by a suspension.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/vfs.h>
#include <time.h>
#include <unistd.h>

#include "action.h"
#include "dispatch.h"
#include "log.h"
#include "util.h"
#include "logfile.h"
#include "netq.h"
#include "space.h"
#include "writer.h"

#define OUT_BUF		(1024 * 1024)
#define SYNC_GATHER_NS	5000000
#define CHECK_BYTES	(64 * 1024)
#define CHECK_NS	100000000LL
#define NO_LIMIT	UINT64_MAX
/* auditd's syslog variant of disk_error_action reports this many errors
 * in a row, then stays quiet until a write succeeds */
#define DISK_ERROR_REPORTS	5
/* network records taken per pass (each client has one in flight) */
#define NET_BATCH	256

enum cmd_kind { CMD_RECORD, CMD_ROTATE, CMD_RESUME, CMD_UPDATE, CMD_SYNC, CMD_STOP };

struct cmd {
	struct cmd *next;
	enum cmd_kind kind;
	uint16_t type;
	int *done;			/* CMD_SYNC */
	struct writer_settings *settings;	/* CMD_UPDATE */
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
	struct dispatch *dispatching;	/* records staged for the plugins, to publish */
	uint64_t net_tokens[NET_BATCH];	/* network records in out, answered once written */
	int net_fds[NET_BATCH];
	unsigned net_n;

	/* file policy; the writer thread's alone */
	int suspended;
	struct space_latch latch;
	unsigned disk_errors;		/* failed writes in a row */
	int last_write_failed;
	uint64_t size_limit;		/* max_log_file in bytes, NO_LIMIT: no action */
	uint64_t size_trigger;		/* size_limit, or NO_LIMIT until the next check */
	uint64_t check_bytes, check_records;	/* written since the last check */
	struct timespec last_check;
	unsigned known_logs;
	int rotating;			/* an action of a failed rotation may not rotate */

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
	_Atomic uint64_t rotations, reopens;
	_Atomic int64_t log_size;
	_Atomic int log_open, a_suspended, a_disk_full, a_space_done, a_admin_done, a_disk_error;
	_Atomic unsigned a_known_logs;
};

static void flush_out(struct writer *w);
static int rotate(struct writer *w, unsigned limit);

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
	int fd = fcntl(w->lf.fd, F_DUPFD_CLOEXEC, 0);

	if (fd < 0)
		return;
	pthread_mutex_lock(&w->sync_lock);
	if (w->sync_fd >= 0)
		close(w->sync_fd);	/* a sync is pending already: one is enough */
	w->sync_fd = fd;
	pthread_cond_signal(&w->sync_wake);
	pthread_mutex_unlock(&w->sync_lock);
}

/* --- state the main thread can see ------------------------------------- */

static void publish(struct writer *w)
{
	atomic_store(&w->log_open, w->lf.fd >= 0);
	atomic_store(&w->log_size, (int64_t)w->lf.size);
	atomic_store(&w->a_suspended, w->suspended);
	atomic_store(&w->a_disk_full, w->latch.disk_full);
	atomic_store(&w->a_space_done, w->latch.space_done);
	atomic_store(&w->a_admin_done, w->latch.admin_done);
	atomic_store(&w->a_disk_error, w->disk_errors != 0);
	atomic_store(&w->a_known_logs, w->known_logs);
}

static int file_policy_on(const struct writer *w)
{
	return !w->s.to_stdout && w->s.write_logs;
}

static void set_size_limit(struct writer *w)
{
	w->size_limit = NO_LIMIT;
	if (file_policy_on(w) && w->s.max_log_file_action != CONFIG_ACTION_IGNORE)
		w->size_limit = (uint64_t)w->s.max_log_file * SPACE_MIB;
	w->size_trigger = w->size_limit;
}

static int open_log(struct writer *w)
{
	int e;

	if (!file_policy_on(w))
		return 0;
	snprintf(w->lf.path, sizeof(w->lf.path), "%s", w->s.log_file);
	w->lf.group = w->s.log_group;
	e = logfile_open(&w->lf);
	w->size_trigger = w->size_limit;
	publish(w);
	return e;
}

/* Logging stops and the file is closed, so that an administrator or a
 * helper can move it; SIGUSR2 resumes. */
static void suspend(struct writer *w)
{
	flush_out(w);
	logfile_close(&w->lf);
	w->suspended = 1;
	publish(w);
}

/* --- actions ------------------------------------------------------------ */

enum trigger { TRIG_SPACE_LEFT, TRIG_ADMIN_SPACE_LEFT, TRIG_DISK_FULL, TRIG_DISK_ERROR };

/* What auditd 3.0.9 says for each trigger and action (its syslog lines,
 * word for word, and its mail). NULL: nothing more to say. */
static const struct trigger_text {
	const char *keyword;
	const char *syslog;		/* syslog action */
	const char *mail_line;		/* email action: the syslog line */
	const char *mail_subject;
	const char *mail_body;
	const char *suspend;
	const char *single;
	const char *halt;
} triggers[] = {
	[TRIG_SPACE_LEFT] = {
		"space_left_action",
		"Audit daemon is low on disk space for logging",
		"Audit daemon is low on disk space for logging",
		"Audit Disk Space Alert",
		"The audit daemon is low on disk space for logging! Please take action\n"
		"to ensure no loss of service.",
		"Audit daemon is suspending logging due to low disk space.",
		"The audit daemon is now changing the system to single user mode",
		"The audit daemon is now halting the system",
	},
	[TRIG_ADMIN_SPACE_LEFT] = {
		"admin_space_left_action",
		"Audit daemon is low on disk space for logging",
		"Audit daemon is very low on disk space for logging",
		"Audit Admin Space Alert",
		"The audit daemon is very low on disk space for logging! Immediate action\n"
		"is required to ensure no loss of service.",
		"Audit daemon is suspending logging due to low disk space.",
		"The audit daemon is now changing the system to single user mode",
		"The audit daemon is now halting the system",
	},
	[TRIG_DISK_FULL] = {
		"disk_full_action", NULL, NULL, NULL, NULL,
		"Audit daemon is suspending logging due to no space left on logging partition.",
		"The audit daemon is now changing the system to single user mode due to no space "
		"left on logging partition",
		"The audit daemon is now halting the system due to no space left on logging "
		"partition",
	},
	[TRIG_DISK_ERROR] = {
		"disk_error_action", NULL, NULL, NULL, NULL,
		"Audit daemon is suspending logging due to previously mentioned write error",
		"The audit daemon is now changing the system to single user mode due to "
		"previously mentioned write error",
		"The audit daemon is now halting the system due to previously mentioned write "
		"error.",
	},
};

static const char *trigger_exe(const struct writer *w, enum trigger t)
{
	switch (t) {
	case TRIG_SPACE_LEFT:
		return w->s.space_left_exe;
	case TRIG_ADMIN_SPACE_LEFT:
		return w->s.admin_space_left_exe;
	case TRIG_DISK_FULL:
		return w->s.disk_full_exe;
	case TRIG_DISK_ERROR:
		return w->s.disk_error_exe;
	}
	return "";
}

static void run_action(struct writer *w, enum trigger t, enum config_action action)
{
	const struct trigger_text *tx = &triggers[t];

	switch (action) {
	case CONFIG_ACTION_IGNORE:
	case CONFIG_ACTION_KEEP_LOGS:
		break;
	case CONFIG_ACTION_SYSLOG:
		if (tx->syslog)
			log_msg(LOG_ALERT, "%s", tx->syslog);
		break;
	case CONFIG_ACTION_ROTATE:
		if (w->s.num_logs > 1) {
			log_notice("Audit daemon rotating log files");
			rotate(w, w->s.num_logs);
		}
		break;
	case CONFIG_ACTION_EMAIL:
		if (tx->mail_subject) {
			action_mail(w->s.action_mail_acct, tx->mail_subject, tx->mail_body);
			log_msg(LOG_ALERT, "%s", tx->mail_line);
		}
		break;
	case CONFIG_ACTION_EXEC:
		/* the helper may move or compress the log: close it first */
		suspend(w);
		log_notice("Audit daemon suspended logging and runs %s (%s); "
			   "logging resumes on SIGUSR2", trigger_exe(w, t), tx->keyword);
		action_exec(trigger_exe(w, t));
		break;
	case CONFIG_ACTION_SUSPEND:
		log_msg(LOG_ALERT, "%s", tx->suspend);
		suspend(w);
		break;
	case CONFIG_ACTION_SINGLE:
		log_msg(LOG_ALERT, "%s", tx->single);
		action_runlevel("1");
		break;
	case CONFIG_ACTION_HALT:
		log_msg(LOG_ALERT, "%s", tx->halt);
		action_runlevel("0");
		break;
	}
	publish(w);
}

static void disk_full(struct writer *w)
{
	log_msg(LOG_ALERT, "Audit daemon has no space left on logging partition");
	run_action(w, TRIG_DISK_FULL, w->s.space.disk_full_action);
}

/* func names the operation, as auditd's message does ("write", "fsync",
 * "rotate", "reopen", ...). vigil reports the error itself whatever the
 * action (auditd only with syslog, then speaks of a "previously mentioned"
 * error), and runs a non-syslog action once per run of failures. */
static void disk_error(struct writer *w, const char *func, int err)
{
	enum config_action action = w->s.disk_error_action;

	w->disk_errors++;
	if (action != CONFIG_ACTION_IGNORE && w->disk_errors <= DISK_ERROR_REPORTS)
		log_msg(LOG_ALERT, "%s: Audit daemon detected an error writing an event to disk (%s)",
			func, strerror(err));
	if (action != CONFIG_ACTION_SYSLOG && w->disk_errors == 1)
		run_action(w, TRIG_DISK_ERROR, action);
	publish(w);
}

static void write_failed(struct writer *w, int e, const char *func)
{
	atomic_fetch_add(&w->errors, 1);
	if (e == -ENOSPC) {
		if (space_enospc(&w->latch, &w->s.space))
			disk_full(w);
		publish(w);
	} else {
		disk_error(w, func, -e);
	}
}

/* --- rotation ----------------------------------------------------------- */

/* limit: num_logs, or 0 for keep_logs. 0 when done. */
static int rotate(struct writer *w, unsigned limit)
{
	struct logfile_rotation r;
	int e;

	flush_out(w);
	if (w->rotating)
		return -EBUSY;
	r.known_logs = w->known_logs;
	e = logfile_rotate(&w->lf, limit, &r);
	w->known_logs = r.known_logs;
	if (!e) {
		atomic_fetch_add(&w->rotations, 1);
		w->size_trigger = w->size_limit;
		publish(w);
		return 0;
	}
	/* the size check retries at the next periodic check, not per record */
	w->size_trigger = NO_LIMIT;
	w->rotating = 1;
	switch (r.failed) {
	case LOGFILE_STEP_SYNC:
		log_err("Error syncing %s before rotating it (%s)", w->lf.path, strerror(-e));
		write_failed(w, e, "rotate-sync");
		break;
	case LOGFILE_STEP_SHIFT:
	case LOGFILE_STEP_ARCHIVE:
		log_err("Error rotating logs from %s to %s (%s)", r.from, r.to, strerror(-e));
		write_failed(w, e, r.failed == LOGFILE_STEP_SHIFT ? "rotate" : "rotate2");
		break;
	case LOGFILE_STEP_OPEN:
	case LOGFILE_STEP_DONE:
		log_msg(LOG_CRIT, "Could not reopen a log after rotating.");
		if (w->lf.fd < 0)
			w->suspended = 1;
		else
			log_notice("Audit daemon keeps logging to %s", w->lf.path);
		disk_error(w, "reopen", -e);
		break;
	}
	w->rotating = 0;
	publish(w);
	return e;
}

/* max_log_file reached by the record just added. */
static void size_reached(struct writer *w)
{
	switch (w->s.max_log_file_action) {
	case CONFIG_ACTION_SYSLOG:
		/* auditd says it after every record while over; once per
		 * check interval says the same */
		log_err("Audit daemon log file is larger than max size");
		w->size_trigger = NO_LIMIT;
		break;
	case CONFIG_ACTION_SUSPEND:
		flush_out(w);
		log_err("Audit daemon is suspending logging due to logfile size.");
		suspend(w);
		break;
	case CONFIG_ACTION_ROTATE:
		if (w->s.num_logs < 2) {
			w->size_trigger = NO_LIMIT;
			break;
		}
		flush_out(w);
		log_notice("Audit daemon rotating log files");
		rotate(w, w->s.num_logs);
		break;
	case CONFIG_ACTION_KEEP_LOGS:
		flush_out(w);
		log_notice("Audit daemon rotating log files with keep option");
		rotate(w, 0);
		break;
	default:
		w->size_trigger = NO_LIMIT;
		break;
	}
}

/* --- periodic checks ---------------------------------------------------- */

static int64_t elapsed_ns(const struct timespec *a, const struct timespec *b)
{
	return (int64_t)(b->tv_sec - a->tv_sec) * 1000000000LL + (b->tv_nsec - a->tv_nsec);
}

/* vigil's improvement over auditd, which keeps appending to a log deleted
 * or renamed underneath it: say so, and log to the path again. */
static void reopen_replaced(struct writer *w, uint64_t records, int64_t ns)
{
	int e;

	log_warn("The audit log %s was deleted or replaced while in use; reopening it "
		 "(of the %llu records written in the %lld ms before this check, those "
		 "after the change went to the old file)", w->lf.path,
		 (unsigned long long)records, (long long)(ns / 1000000));
	logfile_close(&w->lf);
	atomic_fetch_add(&w->reopens, 1);
	e = open_log(w);
	if (e) {
		log_msg(LOG_CRIT, "Could not reopen a log after it was deleted or replaced");
		w->suspended = 1;
		disk_error(w, "reopen", -e);
	}
	publish(w);
}

static void check_space(struct writer *w)
{
	struct statfs sf;
	struct space_fs fs;
	unsigned fire;

	if (fstatfs(w->lf.fd, &sf) < 0)
		return;
	fs.bavail = sf.f_bavail;
	fs.blocks = sf.f_blocks;
	fs.bsize = (uint64_t)sf.f_bsize;
	fire = space_evaluate(&w->latch, &w->s.space, &fs);
	publish(w);
	if (fire & SPACE_FIRE_RECOVERED)
		log_notice("Audit daemon has space left on the logging partition again");
	if (fire & SPACE_FIRE_DISK_FULL)
		disk_full(w);
	if (fire & SPACE_FIRE_SPACE_LEFT)
		run_action(w, TRIG_SPACE_LEFT, w->s.space.space_left_action);
	if (fire & SPACE_FIRE_ADMIN)
		run_action(w, TRIG_ADMIN_SPACE_LEFT, w->s.space.admin_space_left_action);
}

static void check_now(struct writer *w)
{
	struct timespec now;
	uint64_t records = w->check_records;
	int64_t ns;

	clock_gettime(CLOCK_MONOTONIC_COARSE, &now);
	ns = elapsed_ns(&w->last_check, &now);
	w->last_check = now;
	w->check_bytes = 0;
	w->check_records = 0;
	/* a size action that gave up for now (syslog said it, a rotation
	 * failed) may try again */
	w->size_trigger = w->size_limit;
	if (!file_policy_on(w) || w->lf.fd < 0)
		return;
	if (logfile_replaced(&w->lf))
		reopen_replaced(w, records, ns);
	/* after a failed write the latch is already set; the space is
	 * looked at again once a write goes through */
	if (w->lf.fd >= 0 && !w->last_write_failed)
		check_space(w);
}

static void maybe_check(struct writer *w)
{
	struct timespec now;

	if (w->lf.fd < 0)
		return;
	if (w->check_bytes < CHECK_BYTES) {
		clock_gettime(CLOCK_MONOTONIC_COARSE, &now);
		if (elapsed_ns(&w->last_check, &now) < CHECK_NS)
			return;
	}
	check_now(w);
}

/* --- output ------------------------------------------------------------- */

static int logging(const struct writer *w)
{
	return w->s.to_stdout || (w->s.write_logs && w->lf.fd >= 0);
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

static int sync_log(struct writer *w, uint64_t records, const char **func)
{
	int e = 0;

	switch (w->s.flush) {
	case CONFIG_FLUSH_DATA:
		*func = "fdatasync";
		e = fdatasync(w->lf.fd) < 0 ? -errno : 0;
		atomic_fetch_add(&w->syncs, 1);
		break;
	case CONFIG_FLUSH_SYNC:
		*func = "fsync";
		e = fsync(w->lf.fd) < 0 ? -errno : 0;
		atomic_fetch_add(&w->syncs, 1);
		break;
	case CONFIG_FLUSH_INCREMENTAL:
	case CONFIG_FLUSH_INCREMENTAL_ASYNC:
		w->since_sync += records;
		if (w->s.freq && w->since_sync >= w->s.freq) {
			w->since_sync = 0;
			if (w->s.flush == CONFIG_FLUSH_INCREMENTAL) {
				*func = "fsync";
				e = fsync(w->lf.fd) < 0 ? -errno : 0;
				atomic_fetch_add(&w->syncs, 1);
			} else {
				request_async_sync(w);
			}
		}
		break;
	case CONFIG_FLUSH_NONE:
		break;
	}
	return e;
}

static void write_out(struct writer *w)
{
	size_t len = w->out_len, keep;
	uint64_t records = w->out_records, whole;
	const char *func = "write";
	off_t before;
	int e;

	if (!len)
		return;
	/* the buffer is handed over before any action can run (an action
	 * may rotate, which flushes again) */
	w->out_len = 0;
	w->out_records = 0;
	if (w->s.to_stdout) {
		struct logfile so = { .fd = STDOUT_FILENO };

		e = logfile_write(&so, w->out, len);
		if (e) {
			atomic_fetch_add(&w->errors, 1);
			atomic_fetch_add(&w->lost, records);
		} else {
			atomic_fetch_add(&w->written, records);
			atomic_fetch_add(&w->bytes, len);
		}
		return;
	}
	if (w->lf.fd < 0) {
		atomic_fetch_add(&w->suspended_recs, records);
		return;
	}
	before = w->lf.size;
	e = logfile_write(&w->lf, w->out, len);
	if (e) {
		/* keep whole lines only: a torn line would confuse every reader */
		whole = whole_lines(w->out, (size_t)(w->lf.size - before), &keep);
		if ((off_t)keep < w->lf.size - before)
			logfile_truncate(&w->lf, before + (off_t)keep);
		atomic_fetch_add(&w->written, whole);
		atomic_fetch_add(&w->bytes, keep);
		atomic_fetch_add(&w->lost, records - whole);
		w->last_write_failed = 1;
		publish(w);
		write_failed(w, e, func);
		return;
	}
	atomic_fetch_add(&w->written, records);
	atomic_fetch_add(&w->bytes, len);
	w->check_bytes += len;
	w->check_records += records;
	w->last_write_failed = 0;
	if (w->disk_errors) {
		w->disk_errors = 0;
		publish(w);
	}
	atomic_store(&w->log_size, (int64_t)w->lf.size);
	e = sync_log(w, records, &func);
	if (e)
		write_failed(w, e, func);
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
		if (file_policy_on(w))
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
		if ((uint64_t)w->lf.size + w->out_len >= w->size_trigger)
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
 * DISKFULL, DISKERROR, or "remote logging suspended". A nested call (an
 * action run by the write) finds the buffer handed over and answers
 * nothing; the outer one does. */
static void flush_out(struct writer *w)
{
	uint64_t errors, suspended;

	if (!w->net_n || !w->out_len) {
		write_out(w);
		return;
	}
	errors = atomic_load(&w->errors);
	suspended = atomic_load(&w->suspended_recs);
	write_out(w);
	if (atomic_load(&w->errors) != errors)
		net_settle(w, w->latch.disk_full ? NETQ_DISKFULL : NETQ_DISKERROR);
	else if (atomic_load(&w->suspended_recs) != suspended)
		net_settle(w, NETQ_SUSPENDED);
	else
		net_settle(w, w->latch.space_done ? NETQ_DISKLOW : NETQ_ACK);
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
		if (file_policy_on(w)) {
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
	if ((uint64_t)w->lf.size + w->out_len >= w->size_trigger)
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
	maybe_check(w);
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
			maybe_check(w);
		add_net(w, &it);
		n++;
	}
	if (!n)
		return 0;
	flush_out(w);
	publish_dispatch(w);
	netq_release(w->s.netq, cur, n);
	netq_answers_publish(w->s.netq);
	maybe_check(w);
	return 1;
}

/* --- settings ----------------------------------------------------------- */

static int same_space(const struct config_space *a, const struct config_space *b)
{
	return a->value == b->value && a->percent == b->percent;
}

static int same_space_policy(const struct writer_settings *a, const struct writer_settings *b)
{
	return same_space(&a->space.space_left, &b->space.space_left) &&
	       same_space(&a->space.admin_space_left, &b->space.admin_space_left) &&
	       a->space.space_left_action == b->space.space_left_action &&
	       a->space.admin_space_left_action == b->space.admin_space_left_action &&
	       a->space.disk_full_action == b->space.disk_full_action &&
	       !strcmp(a->space_left_exe, b->space_left_exe) &&
	       !strcmp(a->admin_space_left_exe, b->admin_space_left_exe) &&
	       !strcmp(a->disk_full_exe, b->disk_full_exe);
}

/* With percentages the order of the thresholds can only be checked on the
 * filesystem; auditd then only complains. */
static void check_threshold_order(struct writer *w)
{
	struct statfs sf;
	struct space_fs fs;
	uint64_t space_mb, admin_mb;

	if (w->lf.fd < 0 || fstatfs(w->lf.fd, &sf) < 0)
		return;
	fs.bavail = sf.f_bavail;
	fs.blocks = sf.f_blocks;
	fs.bsize = (uint64_t)sf.f_bsize;
	if (space_check_order(&w->s.space, &fs, &space_mb, &admin_mb))
		log_err("Error - space_left(%llu) must be larger than admin_space_left(%llu)",
			(unsigned long long)space_mb, (unsigned long long)admin_mb);
}

/* auditd's housekeeping when it opens the log at startup, and after a
 * reload that changed the space settings. */
static void housekeeping(struct writer *w)
{
	if (w->lf.fd < 0)
		return;
	logfile_fix_archives(&w->lf, w->s.num_logs);
	if (w->s.max_log_file_action == CONFIG_ACTION_ROTATE && w->s.num_logs >= 2)
		logfile_remove_excess(&w->lf, w->s.num_logs);
	check_threshold_order(w);
}

/* The checks auditd makes when it opens the log: size, then space. */
static void check_all(struct writer *w)
{
	w->size_trigger = w->size_limit;
	if (w->lf.fd >= 0 && (uint64_t)w->lf.size >= w->size_trigger)
		size_reached(w);
	check_now(w);
}

/* SIGHUP: what auditd 3.0.9 re-applies (auditd(8), SIGHUP). A changed log file,
 * group or write_logs reopens the log (at resume, when suspended); changed
 * space settings clear the latches and are looked at again at once. */
static void apply(struct writer *w, const struct writer_settings *s)
{
	int reopen = strcmp(s->log_file, w->s.log_file) || s->log_group != w->s.log_group ||
		     s->write_logs != w->s.write_logs;
	int space_changed = !same_space_policy(s, &w->s) || s->num_logs != w->s.num_logs;
	int e;

	flush_out(w);
	w->s = *s;
	format_set_log(w->fmt, s->log_format);
	format_set_node(w->fmt, s->node[0] ? s->node : NULL);
	set_size_limit(w);
	if (reopen && !w->suspended) {
		logfile_close(&w->lf);
		e = open_log(w);
		if (e) {
			log_err("Could not reopen a log after reconfigure");
			w->suspended = 1;
			disk_error(w, "reconfig", -e);
		}
	}
	if (space_changed) {
		space_reset(&w->latch);
		housekeeping(w);
	}
	check_all(w);
	publish(w);
}

/* SIGUSR2 (auditd's resume_logging). */
static void resume(struct writer *w)
{
	int e;

	flush_out(w);
	log_notice("Audit daemon is attempting to resume logging.");
	w->suspended = 0;
	w->latch.disk_full = 0;
	if (file_policy_on(w) && w->lf.fd < 0) {
		e = open_log(w);
		if (e) {
			log_warn("Could not reopen a log after resume logging");
			w->suspended = 1;
			disk_error(w, "resume", -e);
		} else {
			log_notice("Audit daemon resumed logging.");
			w->size_trigger = w->size_limit;
			if ((uint64_t)w->lf.size >= w->size_trigger)
				size_reached(w);
		}
	}
	w->disk_errors = 0;
	w->last_write_failed = 0;
	w->latch.space_done = 0;
	w->latch.admin_done = 0;
	publish(w);
}

/* SIGUSR1 (auditd's rotate_logs_now). */
static void rotate_now(struct writer *w)
{
	flush_out(w);
	if (!file_policy_on(w))
		return;
	/* while suspended too, as auditd: the closed log is renamed, and
	 * the new one is created when logging resumes */
	if (w->s.max_log_file_action == CONFIG_ACTION_KEEP_LOGS)
		rotate(w, 0);
	else if (w->s.num_logs < 2)
		log_notice("Log rotation disabled (num_logs < 2), skipping");
	else
		rotate(w, w->s.num_logs);
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

	if (!c)
		return 0;
	for (; c; c = next) {
		next = c->next;
		switch (c->kind) {
		case CMD_RECORD:
			add_record(w, c->type, c->payload, strlen(c->payload));
			break;
		case CMD_ROTATE:
			rotate_now(w);
			add_record(w, c->type, c->payload, strlen(c->payload));
			break;
		case CMD_RESUME:
			resume(w);
			add_record(w, c->type, c->payload, strlen(c->payload));
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
	maybe_check(w);
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

		busy |= drain_net(w);

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
	struct cmd *c = xcalloc(1, sizeof(*c) + len + 1);

	c->kind = kind;
	c->type = type;
	if (payload)
		memcpy(c->payload, payload, len + 1);
	return c;
}

void writer_settings_policy(struct writer_settings *s, const struct config *cfg)
{
	s->num_logs = cfg->num_logs;
	s->max_log_file = cfg->max_log_file;
	s->max_log_file_action = cfg->max_log_file_action;
	s->space.space_left = cfg->space_left;
	s->space.admin_space_left = cfg->admin_space_left;
	s->space.space_left_action = cfg->space_left_action;
	s->space.admin_space_left_action = cfg->admin_space_left_action;
	s->space.disk_full_action = cfg->disk_full_action;
	s->disk_error_action = cfg->disk_error_action;
	snprintf(s->space_left_exe, sizeof(s->space_left_exe), "%s", cfg->space_left_exe);
	snprintf(s->admin_space_left_exe, sizeof(s->admin_space_left_exe), "%s",
		 cfg->admin_space_left_exe);
	snprintf(s->disk_full_exe, sizeof(s->disk_full_exe), "%s", cfg->disk_full_exe);
	snprintf(s->disk_error_exe, sizeof(s->disk_error_exe), "%s", cfg->disk_error_exe);
	snprintf(s->action_mail_acct, sizeof(s->action_mail_acct), "%s", cfg->action_mail_acct);
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
	clock_gettime(CLOCK_MONOTONIC_COARSE, &w->last_check);
	w->out = malloc(OUT_BUF);
	w->fmt = format_create(NULL);
	if (!w->out || !w->fmt)
		goto fail;
	format_set_log(w->fmt, s->log_format);
	format_set_node(w->fmt, s->node[0] ? s->node : NULL);
	set_size_limit(w);
	if (open_log(w))
		goto fail;
	/* before any record, as auditd: archives, excess logs, size, space */
	housekeeping(w);
	check_all(w);
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
	st->records_written = atomic_load(&w->written);
	st->records_discarded = atomic_load(&w->discarded);
	st->records_suspended = atomic_load(&w->suspended_recs);
	st->records_lost = atomic_load(&w->lost);
	st->bytes_written = atomic_load(&w->bytes);
	st->write_errors = atomic_load(&w->errors);
	st->syncs = atomic_load(&w->syncs);
	st->batches = atomic_load(&w->batches);
	st->rotations = atomic_load(&w->rotations);
	st->reopens = atomic_load(&w->reopens);
	st->log_size = atomic_load(&w->log_size);
	st->log_open = atomic_load(&w->log_open);
	st->suspended = atomic_load(&w->a_suspended);
	st->disk_full = atomic_load(&w->a_disk_full);
	st->space_action_done = atomic_load(&w->a_space_done);
	st->admin_action_done = atomic_load(&w->a_admin_done);
	st->disk_error = atomic_load(&w->a_disk_error);
	st->logs_detected = atomic_load(&w->a_known_logs);
}
