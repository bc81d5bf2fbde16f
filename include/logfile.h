/* logfile.h - the audit log file: safe open, permissions, rotation, size. */
#ifndef VIGIL_LOGFILE_H
#define VIGIL_LOGFILE_H

#include <stddef.h>
#include <sys/types.h>

struct logfile {
	int fd;			/* -1 when closed */
	char path[4096];
	gid_t group;		/* log_group: 0 = root only (0600), else 0640 */
	int sync_flags;		/* extra open flags (none today: data/sync are batch+sync) */
	off_t size;		/* bytes in the active file */
	dev_t dev;		/* identity of what we opened, to notice replacement */
	ino_t ino;
};

void logfile_init(struct logfile *lf);
/* Open (creating if needed) lf->path for appending with O_NOFOLLOW and fix
 * its mode/owner and its directory's. Returns 0 or -errno (message logged). */
int logfile_open(struct logfile *lf);
void logfile_close(struct logfile *lf);
/* Write all of buf; returns 0 or -errno. */
int logfile_write(struct logfile *lf, const char *buf, size_t len);
/* Rotate: <path>.N-1 -> .N ... active -> .1, reopen. num_logs < 2: no-op
 * (returns 1). keep_logs: shift without limit. Returns 0, 1, or -errno. */
int logfile_rotate(struct logfile *lf, unsigned num_logs, int keep_logs);

#endif
