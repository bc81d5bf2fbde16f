/* failfs.c - a FUSE filesystem for tests whose writes fail on demand.
 *
 *   failfs BACKING_DIR MOUNTPOINT CONTROL_FILE
 *
 * Mirrors BACKING_DIR at MOUNTPOINT. While CONTROL_FILE exists, every
 * write, fsync and fdatasync fails with the errno named in it ("EIO",
 * "ENOSPC", "EROFS"; EIO when empty or unknown); remove it and they work
 * again. This is how the integration tests put a real write error under the
 * daemon: the error comes back from write(2) as it would from a failing
 * disk. Runs in the foreground, single-threaded; unmount to stop it.
 * Test code only: built by the test that uses it (needs libfuse3-dev). */
#define FUSE_USE_VERSION 31
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fuse.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

static int backing = -1;
static const char *control;

static const char *rel(const char *path)
{
	while (*path == '/')
		path++;
	return *path ? path : ".";
}

/* 0, or the -errno writes must fail with now */
static int injected(void)
{
	char buf[32] = "";
	FILE *f = fopen(control, "r");

	if (!f)
		return 0;
	if (!fgets(buf, sizeof(buf), f))
		buf[0] = '\0';
	fclose(f);
	if (!strncmp(buf, "ENOSPC", 6))
		return -ENOSPC;
	if (!strncmp(buf, "EROFS", 5))
		return -EROFS;
	return -EIO;
}

static void *ff_init(struct fuse_conn_info *conn, struct fuse_config *cfg)
{
	(void)conn;
	cfg->use_ino = 1;
	cfg->attr_timeout = 0;
	cfg->entry_timeout = 0;
	cfg->negative_timeout = 0;
	return NULL;
}

static int ff_getattr(const char *path, struct stat *st, struct fuse_file_info *fi)
{
	int r = fi ? fstat((int)fi->fh, st) : fstatat(backing, rel(path), st, AT_SYMLINK_NOFOLLOW);

	return r < 0 ? -errno : 0;
}

static int ff_readdir(const char *path, void *buf, fuse_fill_dir_t fill, off_t off,
		      struct fuse_file_info *fi, enum fuse_readdir_flags flags)
{
	struct dirent *de;
	DIR *d;
	int fd;

	(void)off;
	(void)fi;
	(void)flags;
	fd = openat(backing, rel(path), O_RDONLY | O_DIRECTORY);
	if (fd < 0)
		return -errno;
	d = fdopendir(fd);
	if (!d) {
		close(fd);
		return -errno;
	}
	while ((de = readdir(d)))
		fill(buf, de->d_name, NULL, 0, 0);
	closedir(d);
	return 0;
}

static int ff_open(const char *path, struct fuse_file_info *fi)
{
	int fd = openat(backing, rel(path), fi->flags);

	if (fd < 0)
		return -errno;
	fi->fh = (uint64_t)fd;
	return 0;
}

static int ff_create(const char *path, mode_t mode, struct fuse_file_info *fi)
{
	int fd = openat(backing, rel(path), fi->flags | O_CREAT, mode);

	if (fd < 0)
		return -errno;
	fi->fh = (uint64_t)fd;
	return 0;
}

static int ff_read(const char *path, char *buf, size_t len, off_t off, struct fuse_file_info *fi)
{
	ssize_t n = pread((int)fi->fh, buf, len, off);

	(void)path;
	return n < 0 ? -errno : (int)n;
}

static int ff_write(const char *path, const char *buf, size_t len, off_t off,
		    struct fuse_file_info *fi)
{
	int e = injected();
	ssize_t n;

	(void)path;
	if (e)
		return e;
	if (fi->flags & O_APPEND)
		n = write((int)fi->fh, buf, len);
	else
		n = pwrite((int)fi->fh, buf, len, off);
	return n < 0 ? -errno : (int)n;
}

static int ff_fsync(const char *path, int datasync, struct fuse_file_info *fi)
{
	int e = injected();

	(void)path;
	if (e)
		return e;
	return (datasync ? fdatasync((int)fi->fh) : fsync((int)fi->fh)) < 0 ? -errno : 0;
}

static int ff_release(const char *path, struct fuse_file_info *fi)
{
	(void)path;
	close((int)fi->fh);
	return 0;
}

static int ff_truncate(const char *path, off_t size, struct fuse_file_info *fi)
{
	int fd, r;

	if (fi)
		return ftruncate((int)fi->fh, size) < 0 ? -errno : 0;
	fd = openat(backing, rel(path), O_WRONLY);
	if (fd < 0)
		return -errno;
	r = ftruncate(fd, size) < 0 ? -errno : 0;
	close(fd);
	return r;
}

static int ff_rename(const char *from, const char *to, unsigned int flags)
{
	return renameat2(backing, rel(from), backing, rel(to), flags) < 0 ? -errno : 0;
}

static int ff_unlink(const char *path)
{
	return unlinkat(backing, rel(path), 0) < 0 ? -errno : 0;
}

static int ff_mkdir(const char *path, mode_t mode)
{
	return mkdirat(backing, rel(path), mode) < 0 ? -errno : 0;
}

static int ff_rmdir(const char *path)
{
	return unlinkat(backing, rel(path), AT_REMOVEDIR) < 0 ? -errno : 0;
}

static int ff_chmod(const char *path, mode_t mode, struct fuse_file_info *fi)
{
	if (fi)
		return fchmod((int)fi->fh, mode) < 0 ? -errno : 0;
	return fchmodat(backing, rel(path), mode, 0) < 0 ? -errno : 0;
}

static int ff_chown(const char *path, uid_t uid, gid_t gid, struct fuse_file_info *fi)
{
	if (fi)
		return fchown((int)fi->fh, uid, gid) < 0 ? -errno : 0;
	return fchownat(backing, rel(path), uid, gid, AT_SYMLINK_NOFOLLOW) < 0 ? -errno : 0;
}

static int ff_utimens(const char *path, const struct timespec tv[2], struct fuse_file_info *fi)
{
	if (fi)
		return futimens((int)fi->fh, tv) < 0 ? -errno : 0;
	return utimensat(backing, rel(path), tv, AT_SYMLINK_NOFOLLOW) < 0 ? -errno : 0;
}

static int ff_statfs(const char *path, struct statvfs *sv)
{
	(void)path;
	return fstatvfs(backing, sv) < 0 ? -errno : 0;
}

static const struct fuse_operations ops = {
	.init = ff_init,
	.getattr = ff_getattr,
	.readdir = ff_readdir,
	.open = ff_open,
	.create = ff_create,
	.read = ff_read,
	.write = ff_write,
	.fsync = ff_fsync,
	.release = ff_release,
	.truncate = ff_truncate,
	.rename = ff_rename,
	.unlink = ff_unlink,
	.mkdir = ff_mkdir,
	.rmdir = ff_rmdir,
	.chmod = ff_chmod,
	.chown = ff_chown,
	.utimens = ff_utimens,
	.statfs = ff_statfs,
};

int main(int argc, char **argv)
{
	char *args[] = { argv[0], "-f", "-s", "-o", "default_permissions,fsname=failfs",
			 NULL, NULL };

	if (argc != 4) {
		fprintf(stderr, "usage: failfs BACKING_DIR MOUNTPOINT CONTROL_FILE\n");
		return 2;
	}
	backing = open(argv[1], O_RDONLY | O_DIRECTORY);
	if (backing < 0) {
		perror(argv[1]);
		return 1;
	}
	/* fuse_main moves to / before serving: keep the control file's path
	 * meaning what it meant here */
	if (argv[3][0] != '/') {
		static char abs[4096];
		char cwd[2048];

		if (!getcwd(cwd, sizeof(cwd)))
			return 1;
		snprintf(abs, sizeof(abs), "%s/%s", cwd, argv[3]);
		control = abs;
	} else {
		control = argv[3];
	}
	args[5] = argv[2];
	return fuse_main(6, args, &ops, NULL);
}
