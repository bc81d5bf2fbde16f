/* filepolicy.h - the audit log file and auditd 3.0.9's policy over it
 * (auditd.conf(5), auditd(8)): which file is open, max_log_file and its action,
 * rotation and keep_logs, 4.1's exec helper that ends its own suspension,
 * the space_left, admin_space_left, disk_full and disk_error actions with
 * auditd's latches, suspend and resume, and a log deleted or replaced
 * underneath.
 *
 * The writer (writer.c) appends to the file this module keeps open and tells
 * it what happened: a write went through, a write or sync failed, a batch is
 * done (the periodic checks). The policy acts on the file itself (rotate,
 * close, reopen) and never calls back into the writer. Its one demand on the
 * writer is the order of the bytes: every call below is made with nothing
 * held in the writer's buffer, except filepolicy_size_reached, whose verdict
 * tells the writer to write out what it holds before filepolicy_act.
 *
 * Writer thread only, except filepolicy_stats (any thread: it reads the
 * atomics the policy publishes). The struct is embedded in the writer (no
 * allocation); its fields are this module's, the inline checks below read
 * two of them on the writer's per-record path. */
#ifndef VIGIL_FILEPOLICY_H
#define VIGIL_FILEPOLICY_H

#include <stdatomic.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "config.h"
#include "logfile.h"
#include "space.h"

/* What auditd.conf says about the log file; a copy travels with each
 * update of the writer. */
struct filepolicy_settings {
	char log_file[4096];
	gid_t log_group;
	unsigned num_logs;
	unsigned long max_log_file;	/* MiB */
	enum config_action max_log_file_action;
	char max_log_file_exe[4096];
	struct space_policy space;
	enum config_action disk_error_action;
	char space_left_exe[4096];
	char admin_space_left_exe[4096];
	char disk_full_exe[4096];
	char disk_error_exe[4096];
	char action_mail_acct[256];
};

/* Copy auditd.conf's file options (log_file, log_group, num_logs,
 * max_log_file*, the space, disk_full and disk_error actions with their
 * helpers, the mail account) into s. */
void filepolicy_settings_from(struct filepolicy_settings *s, const struct config *cfg);

/* What filepolicy_size_reached asks of the writer. */
enum filepolicy_verdict {
	FILEPOLICY_GO,		/* keep writing: nothing to do, or done */
	FILEPOLICY_ROTATE,	/* write out what is held, then filepolicy_act */
	FILEPOLICY_KEEP_LOGS,	/* the same, rotating without a limit */
	FILEPOLICY_SUSPEND,	/* the same, then logging stops */
	FILEPOLICY_EXEC,	/* the same, then the helper runs (4.1) */
};

struct filepolicy_stats {
	uint64_t rotations;		/* done, by size, space or SIGUSR1 */
	uint64_t reopens;		/* log found deleted or replaced, reopened */
	uint64_t errors;		/* failed rotation steps (the writer counts its writes) */
	int64_t log_size;
	int log_open;
	int suspended;			/* "logging suspended" */
	int disk_full;			/* "space left on partition = no" */
	int space_action_done;		/* "file system space action performed" */
	int admin_action_done;		/* "admin space action performed" */
	int disk_error;			/* "disk error detected" */
	unsigned logs_detected;		/* "logs detected last rotate/shift" */
};

struct filepolicy {
	struct filepolicy_settings s;
	int on;				/* a log file is kept (not -f, write_logs) */
	struct logfile lf;
	int suspended;
	struct space_latch latch;
	unsigned disk_errors;		/* failed writes in a row */
	int last_write_failed;
	uint64_t size_limit;		/* max_log_file in bytes, UINT64_MAX: no action */
	uint64_t size_trigger;		/* size_limit, or UINT64_MAX until the next check */
	uint64_t check_bytes, check_records;	/* written since the last check */
	struct timespec last_check;
	unsigned known_logs;
	int rotating;			/* an action of a failed rotation may not rotate */
	pid_t helper;			/* max_log_file's exec helper running, 0: none */

	_Atomic uint64_t a_rotations, a_reopens, a_errors;
	_Atomic int64_t a_log_size;
	_Atomic int a_log_open, a_suspended, a_disk_full, a_space_done, a_admin_done, a_disk_error;
	_Atomic unsigned a_known_logs;
};

/* No I/O: settings, limits, the clock of the periodic checks. on: a log
 * file is kept at all (not -f, write_logs = yes). */
void filepolicy_init(struct filepolicy *fp, const struct filepolicy_settings *s, int on);
/* Open the log and do what auditd does before the first record (archives'
 * modes, excess logs, the size and space checks, which may act). 0, or
 * -errno when the log cannot be opened (message logged). */
int filepolicy_open(struct filepolicy *fp);
/* fsync and close the log (at stop). */
void filepolicy_close(struct filepolicy *fp);

/* The file the writer appends to (fd -1: none, records are not logged). */
static inline struct logfile *filepolicy_log(struct filepolicy *fp)
{
	return &fp->lf;
}

static inline int filepolicy_log_open(const struct filepolicy *fp)
{
	return fp->lf.fd >= 0;
}

/* Per record: whether pending bytes not yet written take the log to
 * max_log_file (auditd's check after every record). One comparison. */
static inline int filepolicy_size_due(const struct filepolicy *fp, size_t pending)
{
	return (uint64_t)fp->lf.size + pending >= fp->size_trigger;
}

/* max_log_file reached: the syslog action is said here (once until the
 * next check), anything that touches the file is the verdict. */
enum filepolicy_verdict filepolicy_size_reached(struct filepolicy *fp);
/* Carry out a verdict once the writer holds nothing. */
void filepolicy_act(struct filepolicy *fp, enum filepolicy_verdict v);

/* After the writer's write of bytes (records lines) went through. */
void filepolicy_written(struct filepolicy *fp, size_t bytes, uint64_t records);
/* A write failed (err -errno; a torn line already cut back): runs
 * disk_full_action (ENOSPC) or disk_error_action with auditd's latches.
 * func names the operation in the message ("write"). */
void filepolicy_write_failed(struct filepolicy *fp, int err, const char *func);
/* The same for the flush policy's fdatasync/fsync after a good write. */
void filepolicy_sync_failed(struct filepolicy *fp, int err, const char *func);
/* After each batch: the free space and the identity of the file behind
 * the path, every 64 KiB written or 100 ms, whichever comes first. */
void filepolicy_check(struct filepolicy *fp);

/* For the network receiver's replies (DISKFULL, DISKLOW). */
int filepolicy_disk_full(const struct filepolicy *fp);
int filepolicy_space_low(const struct filepolicy *fp);

/* SIGHUP with new settings (auditd's reconfigure): a changed log file,
 * group or on reopens the log (at resume when suspended); changed space
 * settings clear the latches; then the size and space checks. */
void filepolicy_update(struct filepolicy *fp, const struct filepolicy_settings *s, int on);
/* SIGCHLD: some child of the daemon exited (the main thread reaped it).
 * When it was max_log_file's exec helper and logging is still suspended,
 * logging resumes as on SIGUSR2, without a DAEMON_RESUME record. */
void filepolicy_child_exited(struct filepolicy *fp);
/* SIGUSR1 (auditd's rotate_logs_now). */
void filepolicy_rotate_now(struct filepolicy *fp);
/* SIGUSR2 (auditd's resume_logging): clear the suspended state and the
 * latches, reopen the log if it was closed. */
void filepolicy_resume(struct filepolicy *fp);

void filepolicy_stats(struct filepolicy *fp, struct filepolicy_stats *st);

#endif
