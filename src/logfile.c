/* logfile.c - open/permission/rotation of the audit log (auditd 3.0.9
 * naming and modes; the directory is repaired only when it is already a
 * safe, root-owned one, as auditd 4.2.2 does, instead of chmod'ing any
 * directory the log happens to be in). */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "log.h"
#include "logfile.h"

void logfile_init(struct logfile *lf)
{
	memset(lf, 0, sizeof(*lf));
	lf->fd = -1;
}

static mode_t file_mode(const struct logfile *lf)
{
	return lf->group ? 0640 : 0600;
}

static int fix_dir(const struct logfile *lf)
{
	char tmp[sizeof(lf->path)];
	const char *dir;
	struct stat st;
	int fd;

	snprintf(tmp, sizeof(tmp), "%s", lf->path);
	dir = dirname(tmp);
	if (strlen(dir) < 4) {
		log_err("The audit log directory %s is too short a path", dir);
		return -EINVAL;
	}
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		int e = errno;
		log_err("Could not open audit log directory %s (%s)", dir, strerror(e));
		return -e;
	}
	if (fstat(fd, &st) < 0 || st.st_uid != 0 || (st.st_mode & 0022)) {
		log_err("Unsafe audit log directory %s: it must be owned by root and not "
			"writable by group or others", dir);
		close(fd);
		return -EPERM;
	}
	/* a dedicated log directory gets auditd's modes; a shared system
	 * directory such as /var/log is left alone */
	if (strcmp(dir, "/var/log") != 0) {
		if (fchmod(fd, lf->group ? 0750 : 0700) < 0 ||
		    fchown(fd, 0, lf->group) < 0)
			log_warn("Could not set permissions of %s (%s)", dir, strerror(errno));
	}
	close(fd);
	return 0;
}

int logfile_open(struct logfile *lf)
{
	struct stat st;
	int fd, e;

	e = fix_dir(lf);
	if (e)
		return e;
	do
		fd = open(lf->path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC |
			  lf->sync_flags, file_mode(lf));
	while (fd < 0 && errno == ENFILE);
	if (fd < 0) {
		e = errno;
		log_err("Unable to open %s (%s)", lf->path, strerror(e));
		return -e;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		log_err("%s is not a regular file", lf->path);
		close(fd);
		return -EINVAL;
	}
	if (fchmod(fd, file_mode(lf)) < 0 || fchown(fd, 0, lf->group) < 0)
		log_warn("Could not set permissions of %s (%s)", lf->path, strerror(errno));
	lf->fd = fd;
	lf->size = st.st_size;
	lf->dev = st.st_dev;
	lf->ino = st.st_ino;
	return 0;
}

void logfile_close(struct logfile *lf)
{
	if (lf->fd >= 0) {
		fsync(lf->fd);
		close(lf->fd);
	}
	lf->fd = -1;
}

int logfile_write(struct logfile *lf, const char *buf, size_t len)
{
	while (len) {
		ssize_t n = write(lf->fd, buf, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		buf += n;
		len -= (size_t)n;
		lf->size += n;
	}
	return 0;
}

static int shift(const char *from, const char *to)
{
	if (rename(from, to) < 0 && errno != ENOENT)
		return -errno;
	return 0;
}

int logfile_rotate(struct logfile *lf, unsigned num_logs, int keep_logs)
{
	char from[sizeof(lf->path) + 16], to[sizeof(lf->path) + 16];
	unsigned n, last;
	int e;

	if (!keep_logs && num_logs < 2) {
		log_notice("Log rotation disabled (num_logs < 2), skipping");
		return 1;
	}
	if (keep_logs) {
		/* shift every archive up by one: find the first free index */
		for (last = 1; ; last++) {
			snprintf(to, sizeof(to), "%s.%u", lf->path, last);
			if (access(to, F_OK) < 0)
				break;
		}
	} else {
		last = num_logs - 1;
	}
	/* the outgoing file becomes read-only before it is an archive */
	if (lf->fd >= 0) {
		if (fchmod(lf->fd, lf->group ? 0440 : 0400) < 0)
			log_warn("Could not chmod %s (%s)", lf->path, strerror(errno));
		logfile_close(lf);
	}
	for (n = last; n > 1; n--) {
		snprintf(from, sizeof(from), "%s.%u", lf->path, n - 1);
		snprintf(to, sizeof(to), "%s.%u", lf->path, n);
		e = shift(from, to);
		if (e)
			goto err;
	}
	snprintf(to, sizeof(to), "%s.1", lf->path);
	e = shift(lf->path, to);
	if (e)
		goto err;
	return logfile_open(lf);
err:
	log_err("Error rotating logs (%s)", strerror(-e));
	/* keep logging to the active path whatever happened */
	if (lf->fd < 0)
		logfile_open(lf);
	return e;
}
