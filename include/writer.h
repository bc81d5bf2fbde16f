/* writer.h - the writer thread: ring -> formatted lines -> log, with the
 * flush policy. Commands from the main thread (daemon records, rotate,
 * resume, new settings, stop) go through a small mailbox and are taken
 * between batches, so they are ordered with the records around them. */
#ifndef VIGIL_WRITER_H
#define VIGIL_WRITER_H

#include <stdint.h>
#include <sys/types.h>

#include "config.h"
#include "format.h"
#include "ring.h"

/* What the writer needs of auditd.conf; a copy travels with each update. */
struct writer_settings {
	int to_stdout;			/* -f: records go to stdout, no log file */
	int write_logs;
	enum format_log log_format;
	char node[256];			/* resolved node name, "" for none */
	char log_file[4096];
	gid_t log_group;
	enum config_flush flush;
	unsigned freq;
	unsigned num_logs;
	enum config_action max_log_file_action;
};

struct writer_stats {
	uint64_t records_written;	/* lines handed to the log (kernel + daemon) */
	uint64_t records_discarded;	/* write_logs = no: consumed, not written */
	uint64_t records_lost;		/* a write failed: counted, reported */
	uint64_t bytes_written;
	uint64_t write_errors;
	uint64_t syncs;
	uint64_t batches;
	int64_t log_size;
	int log_open;
};

struct writer;

/* Opens the log (unless to_stdout or !write_logs) and starts the thread.
 * NULL on failure (message logged). */
struct writer *writer_start(struct ring *ring, const struct writer_settings *s);
/* Queue a daemon record (type 1200..1299, payload "audit(t:s): ..."). */
void writer_record(struct writer *w, uint16_t type, const char *payload);
/* Rotate now (SIGUSR1), then write the record into the new file. */
void writer_rotate(struct writer *w, uint16_t type, const char *payload);
/* Reopen a closed log (SIGUSR2), then write the record. */
void writer_resume(struct writer *w, uint16_t type, const char *payload);
void writer_update(struct writer *w, const struct writer_settings *s);
/* Drain the ring completely, sync and close. The listener must be stopped. */
void writer_stop(struct writer *w);
/* Wait until everything queued before this call is written (tests, state). */
void writer_sync_point(struct writer *w);
void writer_get_stats(struct writer *w, struct writer_stats *st);

#endif
