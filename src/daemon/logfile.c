/* logfile.c - open/permission/rotation of the audit log (auditd 3.0.9
 * naming and modes; the directory is repaired only when it is already a
 * safe, root-owned one, as auditd 4.2.2 does, instead of chmod'ing any
 * directory the log happens to be in). See logfile.h for the rotation's
 * promise. */
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
	lf->dirfd = -1;
}

/* The log's name inside its directory: every file operation goes through
 * lf->dirfd, the directory that was checked, never through the path again
 * (a directory swapped on the path after the check is not used). A log
 * never opened (no directory checked yet) is rotated by its path, as it
 * always was. */
static int dir_fd(const struct logfile *lf)
{
	return lf->dirfd >= 0 ? lf->dirfd : AT_FDCWD;
}

static const char *base_of(const struct logfile *lf)
{
	const char *slash = strrchr(lf->path, '/');

	return slash && lf->dirfd >= 0 ? slash + 1 : lf->path;
}

static mode_t file_mode(const struct logfile *lf)
{
	return lf->group ? 0640 : 0600;
}

/* what the outgoing file and every archive get */
static mode_t sealed_mode(const struct logfile *lf)
{
	return lf->group ? 0440 : 0400;
}

/* "<path>.<n>" for messages; its name in the directory starts at the
 * returned offset */
static size_t archive_name(char *buf, const struct logfile *lf, unsigned n)
{
	snprintf(buf, LOGFILE_NAME_MAX, "%s.%u", lf->path, n);
	return (size_t)(base_of(lf) - lf->path);
}

static void dir_of(char *buf, size_t len, const char *path)
{
	char tmp[LOGFILE_NAME_MAX];

	snprintf(tmp, sizeof(tmp), "%s", path);
	snprintf(buf, len, "%s", dirname(tmp));
}

/* Root's, and writable by root only: who can write the directory can
 * replace the log. */
static int check_dir(const char *dir, const struct stat *st)
{
	if (!S_ISDIR(st->st_mode)) {
		log_err("The audit log directory %s is not a directory", dir);
		return -ENOTDIR;
	}
	if (st->st_uid != 0) {
		log_err("Unsafe audit log directory %s: it is owned by uid %u, not by root; "
			"refusing to log there", dir, (unsigned)st->st_uid);
		return -EPERM;
	}
	if (st->st_mode & 0022) {
		log_err("Unsafe audit log directory %s: it is writable by %s (mode %04o); "
			"refusing to log there", dir,
			(st->st_mode & 0002) ? "others" : "its group", (unsigned)(st->st_mode & 07777));
		return -EPERM;
	}
	return 0;
}

/* Open the directory of lf->path and check it, keeping it as lf->dirfd.
 * The one held before, if any, goes first: a directory is held only with
 * the path it was checked for. */
static int open_dir(struct logfile *lf)
{
	char dir[LOGFILE_NAME_MAX];
	struct stat st;
	int fd, e;

	if (lf->dirfd >= 0)
		close(lf->dirfd);
	lf->dirfd = -1;
	dir_of(dir, sizeof(dir), lf->path);
	if (strlen(dir) < 4) {
		log_err("The audit log directory %s is too short a path", dir);
		return -EINVAL;
	}
	/* judged before opening: the daemon has no CAP_DAC_OVERRIDE, so a
	 * directory of another user may not even open, and the message must
	 * still say why it is refused */
	if (lstat(dir, &st) < 0) {
		e = errno;
		log_err("Could not open audit log directory %s (%s)", dir, strerror(e));
		return -e;
	}
	e = check_dir(dir, &st);
	if (e)
		return e;
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		e = errno;
		log_err("Could not open audit log directory %s (%s)", dir, strerror(e));
		return -e;
	}
	/* and again on what was opened, in case it was swapped meanwhile */
	if (fstat(fd, &st) < 0 || (e = check_dir(dir, &st)) != 0) {
		close(fd);
		return e ? e : -EIO;
	}
	lf->dirfd = fd;
	return 0;
}

/* The held directory checked again (a rotation reopens the log through
 * the checks, as auditd's does), then given auditd's modes. */
static int settle_dir(const struct logfile *lf)
{
	char dir[LOGFILE_NAME_MAX];
	struct stat st;
	int e;

	dir_of(dir, sizeof(dir), lf->path);
	if (fstat(lf->dirfd, &st) < 0)
		return -errno;
	e = check_dir(dir, &st);
	if (e)
		return e;
	/* a dedicated log directory gets auditd's modes; a shared system
	 * directory such as /var/log is left alone */
	if (strcmp(dir, "/var/log") != 0) {
		if (fchmod(lf->dirfd, lf->group ? 0750 : 0700) < 0 ||
		    fchown(lf->dirfd, 0, lf->group) < 0)
			log_warn("Could not set permissions of %s (%s)", dir, strerror(errno));
	}
	return 0;
}

/* A log whose last byte is not a newline was cut short (a crash, a full
 * disk under another daemon): end that line, keeping every byte, so that
 * the next record starts a line of its own and readers see both. */
static void end_torn_line(const struct logfile *lf, int fd, const struct stat *st)
{
	struct stat rst;
	char last;
	int rfd;

	if (st->st_size == 0)
		return;
	rfd = openat(lf->dirfd, base_of(lf), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (rfd < 0)
		return;
	if (fstat(rfd, &rst) == 0 && rst.st_dev == st->st_dev && rst.st_ino == st->st_ino &&
	    pread(rfd, &last, 1, st->st_size - 1) == 1 && last != '\n') {
		if (write(fd, "\n", 1) == 1)
			log_warn("The audit log %s ended with a partial line (a write cut short); "
				 "ended it so that the next record starts a line", lf->path);
	}
	close(rfd);
}

/* The active file, opened (or created) in the held directory. */
static int open_in_dir(struct logfile *lf)
{
	struct stat st;
	int fd, e;

	e = settle_dir(lf);
	if (e)
		return e;
	do
		fd = openat(lf->dirfd, base_of(lf),
			    O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, file_mode(lf));
	while (fd < 0 && errno == ENFILE);
	if (fd < 0) {
		struct stat there;

		e = errno;
		log_msg(LOG_CRIT, fstatat(lf->dirfd, base_of(lf), &there, AT_SYMLINK_NOFOLLOW) == 0
				  ? "Couldn't open log file %s (%s)"
				  : "Couldn't create log file %s (%s)",
			lf->path, strerror(e));
		return -e;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		log_err("%s is not a regular file", lf->path);
		close(fd);
		return -EINVAL;
	}
	if (fchmod(fd, file_mode(lf)) < 0)
		log_err("Couldn't change permissions of log file (%s)", strerror(errno));
	if (fchown(fd, 0, lf->group) < 0)
		log_err("Couldn't change ownership of log file (%s)", strerror(errno));
	end_torn_line(lf, fd, &st);
	if (fstat(fd, &st) < 0) {
		e = errno;
		close(fd);
		return -e;
	}
	lf->fd = fd;
	lf->size = st.st_size;
	lf->dev = st.st_dev;
	lf->ino = st.st_ino;
	return 0;
}

int logfile_open(struct logfile *lf)
{
	int e = open_dir(lf);

	return e ? e : open_in_dir(lf);
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

int logfile_truncate(struct logfile *lf, off_t size)
{
	if (ftruncate(lf->fd, size) < 0)
		return -errno;
	lf->size = size;
	return 0;
}

int logfile_replaced(const struct logfile *lf)
{
	struct stat st;

	if (lf->fd < 0)
		return 0;
	if (lstat(lf->path, &st) < 0)
		return errno == ENOENT;
	return st.st_dev != lf->dev || st.st_ino != lf->ino;
}

/* --- rotation --------------------------------------------------------- */

static int exists(int dirfd, const char *name)
{
	return faccessat(dirfd, name, F_OK, 0) == 0;
}

unsigned logfile_rotation_top(int dirfd, const char *base, unsigned limit,
			      int (*exists_fn)(int dirfd, const char *name))
{
	char name[LOGFILE_NAME_MAX];
	unsigned n;

	for (n = 1; limit == 0 || n + 1 < limit; n++) {
		snprintf(name, sizeof(name), "%s.%u", base, n);
		if (!exists_fn(dirfd, name))
			return n;
	}
	return limit - 1;
}

/* Renames and the new file reach the disk, not just the page cache. */
static void sync_dir(const struct logfile *lf)
{
	char dir[LOGFILE_NAME_MAX];
	int fd;

	if (lf->dirfd >= 0) {
		fsync(lf->dirfd);
		return;
	}
	dir_of(dir, sizeof(dir), lf->path);
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

static int step_failed(struct logfile_rotation *r, enum logfile_step step, int err,
		       const char *from, const char *to)
{
	r->failed = step;
	r->error = -err;
	snprintf(r->from, sizeof(r->from), "%s", from);
	snprintf(r->to, sizeof(r->to), "%s", to);
	return -err;
}

static void seal(const struct logfile *lf, int fd)
{
	if (fchmod(fd, sealed_mode(lf)) < 0)
		log_warn("Couldn't change permissions while rotating log file (%s)",
			 strerror(errno));
	if (fchown(fd, 0, lf->group) < 0)
		log_warn("Couldn't change ownership while rotating log file (%s)",
			 strerror(errno));
}

static void unseal(const struct logfile *lf, int fd)
{
	if (fd >= 0 && fchmod(fd, file_mode(lf)) < 0)
		log_warn("Could not restore the mode of %s (%s)", lf->path, strerror(errno));
}

int logfile_rotate(struct logfile *lf, unsigned limit, struct logfile_rotation *r)
{
	char from[LOGFILE_NAME_MAX], to[LOGFILE_NAME_MAX];
	struct logfile old;
	const char *base = base_of(lf);
	size_t at;
	unsigned n;
	int e, fd = lf->fd, closed = lf->fd < 0, moved = 0;

	r->failed = LOGFILE_STEP_DONE;
	r->error = 0;
	r->from[0] = r->to[0] = '\0';

	/* 1. everything written so far is on disk before the name changes
	 * (a closed log, while logging is suspended, was synced at closing) */
	if (closed)
		fd = openat(dir_fd(lf), base, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	else if (fsync(fd) < 0)
		return step_failed(r, LOGFILE_STEP_SYNC, errno, lf->path, "");
	/* the outgoing file is read-only before it becomes an archive */
	if (fd >= 0)
		seal(lf, fd);

	/* 2. make room at .1: each rename goes into a free slot (or over the
	 * oldest), so stopping anywhere loses nothing but that oldest */
	r->top = logfile_rotation_top(dir_fd(lf), base, limit, exists);
	for (n = r->top; n > 1; n--) {
		at = archive_name(from, lf, n - 1);
		archive_name(to, lf, n);
		if (renameat(dir_fd(lf), from + at, dir_fd(lf), to + at) < 0) {
			if (errno == ENOENT)
				continue;
			e = errno;
			goto undo;
		}
		if (!moved)
			r->known_logs = n + 1;
		moved = 1;
	}

	/* 3. the active file becomes .1 (if it is still there at all) */
	snprintf(from, sizeof(from), "%s", lf->path);
	at = archive_name(to, lf, 1);
	moved = 1;
	if (renameat(dir_fd(lf), base, dir_fd(lf), to + at) < 0) {
		if (errno != ENOENT) {
			e = errno;
			n = 1;
			goto undo;
		}
		moved = 0;
	}
	if (closed) {
		/* the new log is created when logging resumes */
		if (fd >= 0)
			close(fd);
		sync_dir(lf);
		return 0;
	}

	/* 4. a new active file; the old one stays open until it exists */
	old = *lf;
	lf->fd = -1;
	e = open_in_dir(lf);
	if (e) {
		/* give the old file its name back and keep writing to it */
		if (!moved || renameat(dir_fd(lf), to + at, dir_fd(lf), base) == 0) {
			*lf = old;
			unseal(lf, lf->fd);
		} else {
			close(old.fd);
		}
		return step_failed(r, LOGFILE_STEP_OPEN, -e, to, lf->path);
	}
	close(old.fd);	/* synced in step 1, nothing written since */
	sync_dir(lf);
	return 0;

undo:
	/* the log keeps its name and its writable mode */
	unseal(lf, fd);
	if (closed && fd >= 0)
		close(fd);
	return step_failed(r, n == 1 ? LOGFILE_STEP_ARCHIVE : LOGFILE_STEP_SHIFT, e, from, to);
}

/* --- startup housekeeping ------------------------------------------------ */

void logfile_fix_archives(const struct logfile *lf, unsigned num_logs)
{
	char name[LOGFILE_NAME_MAX];
	unsigned n;

	for (n = 1; n < num_logs; n++) {
		struct stat st;
		size_t at;
		int fd;

		at = archive_name(name, lf, n);
		fd = openat(dir_fd(lf), name + at, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
		if (fd < 0) {
			if (errno == ENOENT)
				break;
			continue;
		}
		if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
		    (fchmod(fd, sealed_mode(lf)) < 0 || fchown(fd, 0, lf->group) < 0))
			log_warn("Could not set permissions of %s (%s)", name, strerror(errno));
		close(fd);
	}
}

void logfile_remove_excess(const struct logfile *lf, unsigned num_logs)
{
	char name[LOGFILE_NAME_MAX];
	unsigned n;

	for (n = num_logs; ; n++) {
		size_t at = archive_name(name, lf, n);

		if (unlinkat(dir_fd(lf), name + at, 0) < 0)
			break;
		log_notice("Log %s removed as it exceeds num_logs parameter", name);
	}
}
