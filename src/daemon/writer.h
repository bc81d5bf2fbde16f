/* writer.h - the writer thread: ring -> formatted lines -> log, under the
 * flush policy of auditd.conf, with the network receiver's replies once
 * their records are written. The log file and its policy (max_log_file,
 * rotation, the space, disk_full and disk_error actions, suspend and
 * resume) are filepolicy.h's, run in this thread. Commands from the main
 * thread (daemon records, rotate, resume, new settings, stop) go through a
 * small mailbox and are taken between batches, so they are ordered with the
 * records around them. Everything the writer and the policy do, helpers and
 * mail included, happens in the writer thread: the listener never waits on
 * it. */
#ifndef VIGIL_WRITER_H
#define VIGIL_WRITER_H

#include <stdint.h>
#include <sys/types.h>

#include "config.h"
#include "format.h"
#include "filepolicy.h"
#include "ring.h"

struct dispatch;
struct netq;

/* What the writer needs of auditd.conf; a copy travels with each update. */
struct writer_settings {
	int to_stdout;			/* -f: records go to stdout, no log file */
	int write_logs;
	enum format_log log_format;
	char node[256];			/* resolved node name, "" for none */
	enum config_flush flush;
	unsigned freq;
	/* the log file and its policy (filepolicy_settings_from fills it) */
	struct filepolicy_settings file;
	struct dispatch *dispatch;	/* plugins (dispatch.h), NULL: none */
	struct netq *netq;		/* network records (netq.h), NULL: none */
};

struct writer_stats {
	uint64_t records_written;	/* lines handed to the log (kernel + daemon) */
	uint64_t records_discarded;	/* write_logs = no: consumed, not written */
	uint64_t records_suspended;	/* consumed while logging was suspended */
	uint64_t records_lost;		/* a write failed: counted, reported */
	uint64_t bytes_written;
	uint64_t write_errors;
	uint64_t syncs;
	uint64_t batches;
	uint64_t rotations;		/* done, by size, space or SIGUSR1 */
	uint64_t reopens;		/* log found deleted or replaced, reopened */
	int64_t log_size;
	int log_open;
	/* auditd's state report flags */
	int suspended;			/* "logging suspended" */
	int disk_full;			/* "space left on partition = no" */
	int space_action_done;		/* "file system space action performed" */
	int admin_action_done;		/* "admin space action performed" */
	int disk_error;			/* "disk error detected" */
	unsigned logs_detected;		/* "logs detected last rotate/shift" */
};
struct writer;

/* Opens the log (unless to_stdout or !write_logs) and starts the thread.
 * NULL on failure (message logged). */
struct writer *writer_start(struct ring *ring, const struct writer_settings *s);
/* Queue a daemon record (type 1200..1299, payload "audit(t:s): ..."). */
void writer_record(struct writer *w, uint16_t type, const char *payload);
/* Rotate now (SIGUSR1; keep_logs shifts without limit), then write the
 * record into the new file. */
void writer_rotate(struct writer *w, uint16_t type, const char *payload);
/* SIGUSR2: clear the suspended state and the space and error latches,
 * reopen the log if it was closed, then write the record. */
void writer_resume(struct writer *w, uint16_t type, const char *payload);
/* SIGCHLD, once the main thread has reaped: if max_log_file's exec helper
 * (4.1) has exited, logging resumes (filepolicy_child_exited). */
void writer_child_exited(struct writer *w);
void writer_update(struct writer *w, const struct writer_settings *s);
/* Drain the ring completely, sync and close. The listener must be stopped. */
void writer_stop(struct writer *w);
/* Wait until everything queued before this call is written (tests, state). */
void writer_sync_point(struct writer *w);
void writer_get_stats(struct writer *w, struct writer_stats *st);
/* netq's inline hook (netq_set_inline, arg the writer): when the writer
 * thread is idle (asleep, the kernel ring empty), write the network
 * records committed and answer them in the caller's thread, under the
 * lock the writer thread holds whenever it works; 1 when done so, 0 when
 * the writer must be woken. A lock-step client's round trip then crosses
 * one thread, as auditd's does, instead of two. */
int writer_net_inline(void *w);

#endif
