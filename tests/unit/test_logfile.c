/* test_logfile.c - the audit log file (logfile.c): rotation naming, the
 * rotation sequence and what it leaves after a failed step, keep_logs,
 * startup housekeeping, the unsafe-directory refusal and the detection of
 * a log deleted underneath. The tests that make files need root (the log
 * directory must be root's, as in the daemon); as another user they pass
 * without checking anything and say so. */
#include <check.h>

#include "unit.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "log.h"
#include "logfile.h"

/* --- naming, with a fake filesystem ------------------------------------- */

static const char *fake_present[16];

static int fake_exists(int dirfd, const char *name)
{
	(void)dirfd;
	size_t i;

	for (i = 0; fake_present[i]; i++)
		if (!strcmp(fake_present[i], name))
			return 1;
	return 0;
}

static void fake(const char *a, const char *b, const char *c, const char *d)
{
	memset(fake_present, 0, sizeof(fake_present));
	fake_present[0] = a;
	fake_present[1] = b;
	fake_present[2] = c;
	fake_present[3] = d;
}

START_TEST(test_rotation_top)
{
	/* nothing archived yet: the active file becomes .1 */
	fake(NULL, NULL, NULL, NULL);
	ck_assert_uint_eq(logfile_rotation_top(-1, "/l", 5, fake_exists), 1);
	ck_assert_uint_eq(logfile_rotation_top(-1, "/l", 0, fake_exists), 1);
	/* num_logs = 2: only .1, overwritten each time */
	fake("/l.1", NULL, NULL, NULL);
	ck_assert_uint_eq(logfile_rotation_top(-1, "/l", 2, fake_exists), 1);
	ck_assert_uint_eq(logfile_rotation_top(-1, "/l", 3, fake_exists), 2);
	/* all of .1...4 there with num_logs 5: .4 (the oldest) is overwritten */
	fake("/l.1", "/l.2", "/l.3", "/l.4");
	ck_assert_uint_eq(logfile_rotation_top(-1, "/l", 5, fake_exists), 4);
	/* keep_logs: the first free number */
	ck_assert_uint_eq(logfile_rotation_top(-1, "/l", 0, fake_exists), 5);
	/* a gap (an interrupted rotation, or a removed archive) is filled
	 * first, so nothing older is dropped */
	fake("/l.1", "/l.3", "/l.4", NULL);
	ck_assert_uint_eq(logfile_rotation_top(-1, "/l", 5, fake_exists), 2);
	ck_assert_uint_eq(logfile_rotation_top(-1, "/l", 0, fake_exists), 2);
	/* numbers beyond num_logs do not count */
	fake("/l.1", "/l.2", "/l.9", NULL);
	ck_assert_uint_eq(logfile_rotation_top(-1, "/l", 3, fake_exists), 2);
}
END_TEST

/* --- real files ---------------------------------------------------------- */

static char dir[64];
static char msgs[8192];

static void capture(int prio, const char *msg, void *arg)
{
	(void)prio;
	(void)arg;
	strncat(msgs, msg, sizeof(msgs) - strlen(msgs) - 2);
	strcat(msgs, "\n");
}

static int setup_dir(void)
{
	if (geteuid() != 0) {
		fprintf(stderr, "test_logfile: not root, file tests skipped\n");
		return 0;
	}
	snprintf(dir, sizeof(dir), "/tmp/vigil-unit-logfile.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	msgs[0] = '\0';
	log_set_capture(capture, NULL);
	return 1;
}

static void teardown_dir(void)
{
	char cmd[128];

	log_set_capture(NULL, NULL);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	ck_assert_int_eq(system(cmd), 0);
}

static void open_log(struct logfile *lf)
{
	logfile_init(lf);
	snprintf(lf->path, sizeof(lf->path), "%s/audit.log", dir);
	ck_assert_int_eq(logfile_open(lf), 0);
}

static void put(struct logfile *lf, const char *line)
{
	ck_assert_int_eq(logfile_write(lf, line, strlen(line)), 0);
}

/* the whole content of dir/audit.log<suffix>, "" when missing */
static const char *content(const char *suffix)
{
	static char buf[4096];
	char name[128];
	ssize_t n;
	int fd;

	snprintf(name, sizeof(name), "%s/audit.log%s", dir, suffix);
	buf[0] = '\0';
	fd = open(name, O_RDONLY);
	if (fd < 0)
		return buf;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n > 0 ? n : 0] = '\0';
	return buf;
}

static int mode_of(const char *suffix)
{
	char name[128];
	struct stat st;

	snprintf(name, sizeof(name), "%s/audit.log%s", dir, suffix);
	if (stat(name, &st) < 0)
		return -1;
	return st.st_mode & 07777;
}

static int dir_mode(void)
{
	struct stat st;

	return stat(dir, &st) < 0 ? -1 : (int)(st.st_mode & 07777);
}

START_TEST(test_rotate_num_logs)
{
	static const char *lines[] = { "a\n", "b\n", "c\n", "d\n", "e\n" };
	static const unsigned known[] = { 0, 3, 3, 3, 3 };
	struct logfile_rotation r = { .known_logs = 0 };
	struct logfile lf;
	int i;

	if (!setup_dir())
		return;
	open_log(&lf);
	ck_assert_int_eq(mode_of(""), 0600);
	ck_assert_int_eq(dir_mode(), 0700);	/* the directory */
	for (i = 0; i < 5; i++) {
		put(&lf, lines[i]);
		ck_assert_int_eq(logfile_rotate(&lf, 3, &r), 0);
		ck_assert_int_eq(r.failed, LOGFILE_STEP_DONE);
		ck_assert_uint_eq(r.known_logs, known[i]);
		ck_assert_int_eq(lf.size, 0);
	}
	put(&lf, "f\n");
	ck_assert_str_eq(content(""), "f\n");
	ck_assert_str_eq(content(".1"), "e\n");
	ck_assert_str_eq(content(".2"), "d\n");
	ck_assert_int_eq(mode_of(".3"), -1);
	ck_assert_int_eq(mode_of(""), 0600);
	ck_assert_int_eq(mode_of(".1"), 0400);
	ck_assert_int_eq(mode_of(".2"), 0400);
	logfile_close(&lf);
	teardown_dir();
}
END_TEST

START_TEST(test_rotate_group_modes)
{
	struct logfile_rotation r = { .known_logs = 0 };
	struct logfile lf;

	if (!setup_dir())
		return;
	logfile_init(&lf);
	snprintf(lf.path, sizeof(lf.path), "%s/audit.log", dir);
	lf.group = 4;	/* adm on Debian; any non-root group */
	ck_assert_int_eq(logfile_open(&lf), 0);
	ck_assert_int_eq(dir_mode(), 0750);
	ck_assert_int_eq(mode_of(""), 0640);
	put(&lf, "a\n");
	ck_assert_int_eq(logfile_rotate(&lf, 2, &r), 0);
	ck_assert_int_eq(mode_of(".1"), 0440);
	ck_assert_int_eq(mode_of(""), 0640);
	logfile_close(&lf);
	teardown_dir();
}
END_TEST

/* keep_logs over 5 rotations: every archive kept, newest at .1 */
START_TEST(test_keep_logs)
{
	static const unsigned known[] = { 0, 3, 4, 5, 6 };
	struct logfile_rotation r = { .known_logs = 0 };
	struct logfile lf;
	char line[8], suffix[8];
	int i;

	if (!setup_dir())
		return;
	open_log(&lf);
	for (i = 0; i < 5; i++) {
		snprintf(line, sizeof(line), "%d\n", i);
		put(&lf, line);
		ck_assert_int_eq(logfile_rotate(&lf, 0, &r), 0);
		ck_assert_uint_eq(r.known_logs, known[i]);
	}
	for (i = 0; i < 5; i++) {
		snprintf(line, sizeof(line), "%d\n", 4 - i);
		snprintf(suffix, sizeof(suffix), ".%d", i + 1);
		ck_assert_str_eq(content(suffix), line);
		ck_assert_int_eq(mode_of(suffix), 0400);
	}
	ck_assert_str_eq(content(""), "");
	logfile_close(&lf);
	teardown_dir();
}
END_TEST

/* A rename that fails half way (here .2 cannot become .3, a non-empty
 * directory is in the way): the rotation stops, the log keeps its name and
 * its writable mode and stays open, nothing is lost; once the obstacle is
 * gone the next rotation fills the gap and completes. */
START_TEST(test_failed_shift_resumes)
{
	struct logfile_rotation r = { .known_logs = 0 };
	struct logfile lf;
	char name[128];

	if (!setup_dir())
		return;
	open_log(&lf);
	put(&lf, "one\n");
	ck_assert_int_eq(logfile_rotate(&lf, 4, &r), 0);
	put(&lf, "two\n");
	ck_assert_int_eq(logfile_rotate(&lf, 4, &r), 0);
	put(&lf, "three\n");
	/* active "three", .1 "two", .2 "one"; .3 is an obstacle */
	snprintf(name, sizeof(name), "%s/audit.log.3", dir);
	ck_assert_int_eq(mkdir(name, 0700), 0);
	snprintf(name, sizeof(name), "%s/audit.log.3/x", dir);
	ck_assert_int_eq(close(open(name, O_CREAT | O_WRONLY, 0600)), 0);

	ck_assert_int_ne(logfile_rotate(&lf, 4, &r), 0);
	ck_assert_int_eq(r.failed, LOGFILE_STEP_SHIFT);
	ck_assert_ptr_nonnull(strstr(r.from, "audit.log.2"));
	ck_assert_ptr_nonnull(strstr(r.to, "audit.log.3"));
	ck_assert_int_ge(lf.fd, 0);
	ck_assert_int_eq(mode_of(""), 0600);
	put(&lf, "four\n");
	ck_assert_str_eq(content(""), "three\nfour\n");
	ck_assert_str_eq(content(".1"), "two\n");
	ck_assert_str_eq(content(".2"), "one\n");

	/* obstacle removed: the same rotation goes through */
	ck_assert_int_eq(unlink(name), 0);
	snprintf(name, sizeof(name), "%s/audit.log.3", dir);
	ck_assert_int_eq(rmdir(name), 0);
	ck_assert_int_eq(logfile_rotate(&lf, 4, &r), 0);
	ck_assert_str_eq(content(""), "");
	ck_assert_str_eq(content(".1"), "three\nfour\n");
	ck_assert_str_eq(content(".2"), "two\n");
	ck_assert_str_eq(content(".3"), "one\n");
	logfile_close(&lf);
	teardown_dir();
}
END_TEST

/* What a crash between steps leaves (a gap in the numbering) is what the
 * next rotation fills; nothing older is dropped for it. */
START_TEST(test_gap_is_filled)
{
	struct logfile_rotation r = { .known_logs = 0 };
	struct logfile lf;
	char name[128];
	int i;

	if (!setup_dir())
		return;
	open_log(&lf);
	for (i = 0; i < 4; i++) {
		put(&lf, i == 0 ? "0\n" : i == 1 ? "1\n" : i == 2 ? "2\n" : "3\n");
		ck_assert_int_eq(logfile_rotate(&lf, 5, &r), 0);
	}
	/* .1 "3", .2 "2", .3 "1", .4 "0"; the crash took .2 away half-moved */
	snprintf(name, sizeof(name), "%s/audit.log.2", dir);
	ck_assert_int_eq(unlink(name), 0);
	put(&lf, "4\n");
	ck_assert_int_eq(logfile_rotate(&lf, 5, &r), 0);
	ck_assert_uint_eq(r.top, 2);
	ck_assert_str_eq(content(".1"), "4\n");
	ck_assert_str_eq(content(".2"), "3\n");
	ck_assert_str_eq(content(".3"), "1\n");
	ck_assert_str_eq(content(".4"), "0\n");
	logfile_close(&lf);
	teardown_dir();
}
END_TEST

/* While logging is suspended the log is closed; SIGUSR1 still rotates it
 * (auditd does), and the new log waits for the resume. */
START_TEST(test_rotate_closed)
{
	struct logfile_rotation r = { .known_logs = 0 };
	struct logfile lf;

	if (!setup_dir())
		return;
	open_log(&lf);
	put(&lf, "before suspension\n");
	logfile_close(&lf);
	ck_assert_int_eq(logfile_rotate(&lf, 3, &r), 0);
	ck_assert_int_eq(lf.fd, -1);
	ck_assert_str_eq(content(".1"), "before suspension\n");
	ck_assert_int_eq(mode_of(".1"), 0400);
	ck_assert_int_eq(mode_of(""), -1);
	/* again with no active log: the archives still move up, as in auditd */
	ck_assert_int_eq(logfile_rotate(&lf, 3, &r), 0);
	ck_assert_str_eq(content(".2"), "before suspension\n");
	ck_assert_int_eq(logfile_open(&lf), 0);
	ck_assert_str_eq(content(""), "");
	logfile_close(&lf);
	teardown_dir();
}
END_TEST

START_TEST(test_housekeeping)
{
	struct logfile lf;
	char name[128];
	int i;

	if (!setup_dir())
		return;
	open_log(&lf);
	for (i = 1; i <= 7; i++) {
		snprintf(name, sizeof(name), "%s/audit.log.%d", dir, i);
		ck_assert_int_eq(close(open(name, O_CREAT | O_WRONLY, 0644)), 0);
		ck_assert_int_eq(chmod(name, 0644), 0);
	}
	logfile_fix_archives(&lf, 5);
	ck_assert_int_eq(mode_of(".1"), 0400);
	ck_assert_int_eq(mode_of(".4"), 0400);
	ck_assert_int_eq(mode_of(".5"), 0644);
	logfile_remove_excess(&lf, 5);
	ck_assert_int_eq(mode_of(".4"), 0400);
	ck_assert_int_eq(mode_of(".5"), -1);
	ck_assert_int_eq(mode_of(".7"), -1);
	ck_assert_ptr_nonnull(strstr(msgs, "audit.log.5 removed as it exceeds num_logs parameter"));
	ck_assert_ptr_nonnull(strstr(msgs, "audit.log.7 removed as it exceeds num_logs parameter"));
	logfile_close(&lf);
	teardown_dir();
}
END_TEST

START_TEST(test_unsafe_directory)
{
	struct logfile lf;

	if (!setup_dir())
		return;
	ck_assert_int_eq(chmod(dir, 0777), 0);
	logfile_init(&lf);
	snprintf(lf.path, sizeof(lf.path), "%s/audit.log", dir);
	ck_assert_int_eq(logfile_open(&lf), -EPERM);
	ck_assert_ptr_nonnull(strstr(msgs, "Unsafe audit log directory"));
	ck_assert_ptr_nonnull(strstr(msgs, "writable by others"));
	ck_assert_int_eq(chmod(dir, 0770), 0);
	ck_assert_int_eq(logfile_open(&lf), -EPERM);
	ck_assert_ptr_nonnull(strstr(msgs, "writable by its group"));
	ck_assert_int_eq(chmod(dir, 0700), 0);
	ck_assert_int_eq(chown(dir, 1000, 0), 0);
	ck_assert_int_eq(logfile_open(&lf), -EPERM);
	ck_assert_ptr_nonnull(strstr(msgs, "owned by uid 1000, not by root"));
	ck_assert_int_eq(chown(dir, 0, 0), 0);
	ck_assert_int_eq(logfile_open(&lf), 0);
	/* the log itself a symlink: refused (O_NOFOLLOW) */
	logfile_close(&lf);
	ck_assert_int_eq(unlink(lf.path), 0);
	ck_assert_int_eq(symlink("/etc/passwd", lf.path), 0);
	ck_assert_int_lt(logfile_open(&lf), 0);
	ck_assert_int_eq(lf.fd, -1);
	teardown_dir();
}
END_TEST

/* A log cut short by a crash: the torn line is ended, nothing removed. */
START_TEST(test_torn_tail_ended)
{
	struct logfile lf;
	char name[128];
	int fd;

	if (!setup_dir())
		return;
	snprintf(name, sizeof(name), "%s/audit.log", dir);
	fd = open(name, O_CREAT | O_WRONLY, 0600);
	ck_assert_int_eq(write(fd, "whole\ntor", 9), 9);
	close(fd);
	open_log(&lf);
	ck_assert_int_eq(lf.size, 10);
	put(&lf, "next\n");
	ck_assert_str_eq(content(""), "whole\ntor\nnext\n");
	ck_assert_ptr_nonnull(strstr(msgs, "ended with a partial line"));
	logfile_close(&lf);
	/* a whole last line is left alone */
	msgs[0] = '\0';
	open_log(&lf);
	ck_assert_int_eq(lf.size, 15);
	ck_assert_ptr_null(strstr(msgs, "partial"));
	logfile_close(&lf);
	teardown_dir();
}
END_TEST

START_TEST(test_replaced_and_truncate)
{
	struct logfile lf;
	char moved[128];

	if (!setup_dir())
		return;
	open_log(&lf);
	put(&lf, "whole\npart");
	ck_assert_int_eq(logfile_truncate(&lf, 6), 0);
	ck_assert_str_eq(content(""), "whole\n");
	ck_assert_int_eq(logfile_replaced(&lf), 0);
	/* renamed away */
	snprintf(moved, sizeof(moved), "%s/moved", dir);
	ck_assert_int_eq(rename(lf.path, moved), 0);
	ck_assert_int_eq(logfile_replaced(&lf), 1);
	/* replaced by another file of the same name */
	ck_assert_int_eq(close(open(lf.path, O_CREAT | O_WRONLY, 0600)), 0);
	ck_assert_int_eq(logfile_replaced(&lf), 1);
	logfile_close(&lf);
	open_log(&lf);
	ck_assert_int_eq(logfile_replaced(&lf), 0);
	/* deleted */
	ck_assert_int_eq(unlink(lf.path), 0);
	ck_assert_int_eq(logfile_replaced(&lf), 1);
	logfile_close(&lf);
	teardown_dir();
}
END_TEST

/* the whole content of a file, "" when missing */
static const char *file_text(const char *d, const char *name)
{
	static char buf[4096];
	char path[160];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "%s/%s", d, name);
	buf[0] = '\0';
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return buf;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n > 0 ? n : 0] = '\0';
	return buf;
}

static void plant(const char *d, const char *name, const char *text)
{
	char path[160];
	int fd;

	snprintf(path, sizeof(path), "%s/%s", d, name);
	fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0600);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
}

/* The directory is checked when the log is opened; swapping what its path
 * names afterwards (a symlink to another directory, or another directory
 * renamed into place) must not move the writing, the rotation or the
 * housekeeping there: they go on in the directory that was checked. */
START_TEST(test_dir_swapped_after_check)
{
	struct logfile_rotation r = { .known_logs = 0 };
	char held[96], other[96], cmd[320];
	struct logfile lf;

	if (!setup_dir())
		return;
	snprintf(held, sizeof(held), "%s.held", dir);
	snprintf(other, sizeof(other), "%s.other", dir);
	ck_assert_int_eq(mkdir(other, 0700), 0);
	plant(other, "audit.log.1", "other 1\n");
	plant(other, "audit.log.3", "other 3\n");
	open_log(&lf);
	put(&lf, "a\n");

	/* 1. the path becomes a symlink to the other directory */
	ck_assert_int_eq(rename(dir, held), 0);
	ck_assert_int_eq(symlink(other, dir), 0);
	ck_assert_int_eq(logfile_rotate(&lf, 3, &r), 0);
	put(&lf, "b\n");
	logfile_fix_archives(&lf, 3);
	logfile_remove_excess(&lf, 3);
	ck_assert_str_eq(file_text(held, "audit.log.1"), "a\n");
	ck_assert_str_eq(file_text(held, "audit.log"), "b\n");
	ck_assert_str_eq(file_text(other, "audit.log"), "");
	ck_assert_str_eq(file_text(other, "audit.log.1"), "other 1\n");
	ck_assert_str_eq(file_text(other, "audit.log.2"), "");
	ck_assert_str_eq(file_text(other, "audit.log.3"), "other 3\n");

	/* 2. the other directory itself is renamed onto the path */
	ck_assert_int_eq(unlink(dir), 0);
	ck_assert_int_eq(rename(other, dir), 0);
	ck_assert_int_eq(logfile_rotate(&lf, 3, &r), 0);
	put(&lf, "c\n");
	ck_assert_str_eq(file_text(held, "audit.log.2"), "a\n");
	ck_assert_str_eq(file_text(held, "audit.log.1"), "b\n");
	ck_assert_str_eq(file_text(held, "audit.log"), "c\n");
	ck_assert_str_eq(file_text(dir, "audit.log"), "");
	ck_assert_str_eq(file_text(dir, "audit.log.1"), "other 1\n");
	ck_assert_str_eq(file_text(dir, "audit.log.2"), "");
	logfile_close(&lf);
	snprintf(cmd, sizeof(cmd), "rm -rf %s %s", held, other);
	ck_assert_int_eq(system(cmd), 0);
	teardown_dir();
}
END_TEST

int main(void)
{
	Suite *s = suite_create("logfile");
	TCase *tc = tcase_create("logfile");

	tcase_add_test(tc, test_rotation_top);
	tcase_add_test(tc, test_rotate_num_logs);
	tcase_add_test(tc, test_rotate_group_modes);
	tcase_add_test(tc, test_keep_logs);
	tcase_add_test(tc, test_failed_shift_resumes);
	tcase_add_test(tc, test_gap_is_filled);
	tcase_add_test(tc, test_rotate_closed);
	tcase_add_test(tc, test_housekeeping);
	tcase_add_test(tc, test_unsafe_directory);
	tcase_add_test(tc, test_torn_tail_ended);
	tcase_add_test(tc, test_replaced_and_truncate);
	tcase_add_test(tc, test_dir_swapped_after_check);
	suite_add_tcase(s, tc);
	return unit_run_skipping(s, "test_logfile",
				 unit_not_root() ? "not root: file tests skipped" : NULL);
}
