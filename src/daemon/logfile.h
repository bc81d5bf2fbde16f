/* logfile.h - the audit log file: safe open, permissions, size, rotation.
 *
 * Rotation is an explicit sequence of steps (logfile_rotate). Whatever step
 * fails, or wherever the machine stops, the files left are a consistent set:
 * the active log either still holds everything written to it or has become
 * <path>.1 after being synced, archives never overwrite one another except
 * the oldest when num_logs is reached, and a gap in the numbering left by an
 * interrupted rotation is what the next rotation fills first. */
#ifndef VIGIL_LOGFILE_H
#define VIGIL_LOGFILE_H

#include <stddef.h>
#include <sys/types.h>

struct logfile {
	int fd;			/* -1 when closed */
	int dirfd;		/* the checked directory of path: -1 until a
				 * logfile_open checks one, then held (also
				 * while the log is closed) until the next
				 * logfile_open; while -1, a rotation of the
				 * closed log goes by path, as it always did */
	char path[4096];
	gid_t group;		/* log_group: 0 = root only (0600), else 0640 */
	off_t size;		/* bytes in the active file */
	dev_t dev;		/* identity of what we opened, to notice replacement */
	ino_t ino;
};

/* Names of archives: "<path>.<n>" fits in this. */
#define LOGFILE_NAME_MAX	(4096 + 16)

/* The steps of a rotation, in order; a failure names the one that failed. */
enum logfile_step {
	LOGFILE_STEP_SYNC,	/* fsync the outgoing file */
	LOGFILE_STEP_SHIFT,	/* rename .n-1 -> .n down to .1 -> .2 */
	LOGFILE_STEP_ARCHIVE,	/* rename the active file -> .1 */
	LOGFILE_STEP_OPEN,	/* create the new active file */
	LOGFILE_STEP_DONE,
};

struct logfile_rotation {
	enum logfile_step failed;	/* LOGFILE_STEP_DONE on success */
	int error;			/* -errno of the failed step */
	unsigned top;			/* highest archive index written */
	unsigned known_logs;		/* auditd's "logs detected last rotate/shift":
					 * top + 1 when an archive moved, else
					 * left as the caller had it */
	char from[LOGFILE_NAME_MAX];	/* the rename that failed */
	char to[LOGFILE_NAME_MAX];
};

void logfile_init(struct logfile *lf);
/* Open (creating if needed) lf->path for appending with O_NOFOLLOW and fix
 * its mode/owner and its directory's. The directory must be owned by root
 * and not writable by group or others; it is opened and checked here, and
 * the file, its rotation and its archives are then reached only through
 * that open directory (openat, renameat, unlinkat), never by path. A partial last line (a write cut
 * short by a crash) is ended with a newline, every byte kept. 0 or -errno
 * (message logged). */
int logfile_open(struct logfile *lf);
/* fsync and close the file (the directory stays held, for a rotation while
 * logging is suspended). */
void logfile_close(struct logfile *lf);
/* Write all of buf; returns 0 or -errno. lf->size counts what reached the
 * file, also when the write fails half way. */
int logfile_write(struct logfile *lf, const char *buf, size_t len);
/* Cut the file back to size bytes (a torn last line after a failed write). */
int logfile_truncate(struct logfile *lf, off_t size);
/* 1 when lf->path no longer names the open file (deleted, renamed or
 * replaced underneath, its directory too), 0 when it does or cannot be
 * told. By path on purpose: the caller reopens, and logfile_open checks
 * whatever the path leads to now. */
int logfile_replaced(const struct logfile *lf);

/* Where the next rotation writes: the first missing archive index in
 * 1..limit-1 (limit = num_logs), or limit-1 when none is missing (the
 * oldest is overwritten); limit 0 means no limit (keep_logs). Archives are
 * "<base>.<n>" in dirfd; exists() is faccessat(2) in the daemon and a fake
 * in the unit tests. */
unsigned logfile_rotation_top(int dirfd, const char *base, unsigned limit,
			      int (*exists)(int dirfd, const char *name));
/* Rotate: limit = num_logs (>= 2), or 0 for keep_logs. Returns 0 or the
 * failed step's -errno; r says which step and names. On failure the log
 * stays open on the old file with its writable mode back, except when even
 * that could not be kept (lf->fd == -1). A closed log (logging suspended)
 * is rotated too, as auditd does, but no new one is created: that waits
 * for logfile_open when logging resumes. known_logs is carried in r. */
int logfile_rotate(struct logfile *lf, unsigned limit, struct logfile_rotation *r);

/* Startup housekeeping of auditd: archives <path>.1.. get 0400 (0440 with a
 * group); with rotate, archives numbered num_logs and above are removed
 * (each removal logged). */
void logfile_fix_archives(const struct logfile *lf, unsigned num_logs);
void logfile_remove_excess(const struct logfile *lf, unsigned num_logs);

#endif
