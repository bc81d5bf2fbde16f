/* test_filepolicy.c - the log file policy's decisions without a disk
 * (filepolicy.c): the verdicts of max_log_file's actions, the disk_error
 * latch (five reports in a row, a non-syslog action once per run of
 * failures, cleared by a good write), the ENOSPC latch of disk_full_action,
 * what SIGUSR2 clears, a rotation that fails or succeeds on paths that
 * do not exist (nothing is created), and 4.1's max_log_file exec helper
 * ending its suspension when it exits. No root needed. */
#include <check.h>

#include "unit.h"
#include <errno.h>
#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "filepolicy.h"
#include "log.h"

/* a log path under a regular file: every step of a rotation fails with
 * ENOTDIR, and nothing on any disk is touched */
#define NOT_A_DIR	"/dev/null/vigil/audit.log"
/* a log path under a missing directory: a rotation of the closed log
 * finds nothing to move and succeeds */
#define NO_DIR		"/nonexistent-vigil-unit/audit.log"

static char msgs[16384];

static void capture(int prio, const char *msg, void *arg)
{
	(void)prio;
	(void)arg;
	strncat(msgs, msg, sizeof(msgs) - strlen(msgs) - 2);
	strcat(msgs, "\n");
}

static unsigned count_msg(const char *text)
{
	unsigned n = 0;
	const char *p = msgs;

	while ((p = strstr(p, text)) != NULL) {
		n++;
		p += strlen(text);
	}
	return n;
}

static void setup(void)
{
	msgs[0] = '\0';
	log_set_capture(capture, NULL);
}

static void teardown(void)
{
	log_set_capture(NULL, NULL);
}

static void init(struct filepolicy *fp, enum config_action size_action, unsigned num_logs,
		 enum config_action full, enum config_action error, const char *path)
{
	struct filepolicy_settings s;

	memset(&s, 0, sizeof(s));
	snprintf(s.log_file, sizeof(s.log_file), "%s", path);
	s.num_logs = num_logs;
	s.max_log_file = 1;
	s.max_log_file_action = size_action;
	s.space.space_left_action = CONFIG_ACTION_IGNORE;
	s.space.admin_space_left_action = CONFIG_ACTION_IGNORE;
	s.space.disk_full_action = full;
	s.disk_error_action = error;
	filepolicy_init(fp, &s, 1);
	/* as if the log were there: rotations act on the path */
	snprintf(fp->lf.path, sizeof(fp->lf.path), "%s", path);
}

static struct filepolicy_stats stats(struct filepolicy *fp)
{
	struct filepolicy_stats st;

	filepolicy_stats(fp, &st);
	return st;
}

#define MIB	(1024 * 1024)

START_TEST(test_size_verdicts)
{
	static const struct {
		enum config_action action;
		unsigned num_logs;
		enum filepolicy_verdict verdict;
		int rearmed;		/* still due after the verdict */
	} cases[] = {
		{ CONFIG_ACTION_SYSLOG, 5, FILEPOLICY_GO, 0 },
		{ CONFIG_ACTION_SUSPEND, 5, FILEPOLICY_SUSPEND, 1 },
		{ CONFIG_ACTION_ROTATE, 5, FILEPOLICY_ROTATE, 1 },
		{ CONFIG_ACTION_ROTATE, 1, FILEPOLICY_GO, 0 },
		{ CONFIG_ACTION_KEEP_LOGS, 0, FILEPOLICY_KEEP_LOGS, 1 },
		{ CONFIG_ACTION_EXEC, 5, FILEPOLICY_EXEC, 1 },
	};
	struct filepolicy fp;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		msgs[0] = '\0';
		init(&fp, cases[i].action, cases[i].num_logs, CONFIG_ACTION_SUSPEND,
		     CONFIG_ACTION_SYSLOG, NO_DIR);
		/* auditd's check: (bytes / MiB) >= max_log_file */
		ck_assert(!filepolicy_size_due(&fp, MIB - 1));
		ck_assert(filepolicy_size_due(&fp, MIB));
		ck_assert_int_eq(filepolicy_size_reached(&fp), cases[i].verdict);
		ck_assert_int_eq(filepolicy_size_due(&fp, MIB), cases[i].rearmed);
		ck_assert_uint_eq(count_msg("Audit daemon log file is larger than max size"),
				  cases[i].action == CONFIG_ACTION_SYSLOG);
	}

	/* ignore: never due */
	init(&fp, CONFIG_ACTION_IGNORE, 5, CONFIG_ACTION_SUSPEND, CONFIG_ACTION_SYSLOG, NO_DIR);
	ck_assert(!filepolicy_size_due(&fp, (size_t)1 << 40));

	/* the suspend verdict carried out */
	init(&fp, CONFIG_ACTION_SUSPEND, 5, CONFIG_ACTION_SUSPEND, CONFIG_ACTION_SYSLOG, NO_DIR);
	filepolicy_act(&fp, filepolicy_size_reached(&fp));
	ck_assert_int_eq(stats(&fp).suspended, 1);
	ck_assert_uint_eq(count_msg("suspending logging due to logfile size."), 1);
}
END_TEST

/* syslog: reported five times in a row, then quiet until a write goes
 * through; the state says "disk error detected" meanwhile. */
START_TEST(test_disk_error_syslog_latch)
{
	struct filepolicy fp;
	int i;

	init(&fp, CONFIG_ACTION_IGNORE, 5, CONFIG_ACTION_SUSPEND, CONFIG_ACTION_SYSLOG, NO_DIR);
	for (i = 0; i < 7; i++)
		filepolicy_write_failed(&fp, -EIO, "write");
	ck_assert_uint_eq(count_msg("write: Audit daemon detected an error writing an event to "
				    "disk (Input/output error)"), 5);
	ck_assert_int_eq(stats(&fp).disk_error, 1);
	ck_assert_int_eq(stats(&fp).suspended, 0);

	filepolicy_written(&fp, 100, 1);
	ck_assert_int_eq(stats(&fp).disk_error, 0);
	filepolicy_sync_failed(&fp, -EIO, "fdatasync");
	ck_assert_uint_eq(count_msg("fdatasync: Audit daemon detected an error"), 1);
	ck_assert_int_eq(stats(&fp).disk_error, 1);
}
END_TEST

/* Any other action runs once per run of failures; ignore says nothing. */
START_TEST(test_disk_error_action_once)
{
	struct filepolicy fp;
	int i;

	init(&fp, CONFIG_ACTION_IGNORE, 5, CONFIG_ACTION_SUSPEND, CONFIG_ACTION_SUSPEND, NO_DIR);
	for (i = 0; i < 3; i++)
		filepolicy_write_failed(&fp, -EIO, "write");
	ck_assert_uint_eq(count_msg("suspending logging due to previously mentioned write error"), 1);
	ck_assert_uint_eq(count_msg("detected an error writing an event"), 3);
	ck_assert_int_eq(stats(&fp).suspended, 1);

	/* a good write ends the run: the next failure acts again */
	filepolicy_written(&fp, 100, 1);
	filepolicy_write_failed(&fp, -EIO, "write");
	ck_assert_uint_eq(count_msg("suspending logging due to previously mentioned write error"), 2);

	msgs[0] = '\0';
	init(&fp, CONFIG_ACTION_IGNORE, 5, CONFIG_ACTION_SUSPEND, CONFIG_ACTION_IGNORE, NO_DIR);
	filepolicy_write_failed(&fp, -EIO, "write");
	ck_assert_str_eq(msgs, "");
	ck_assert_int_eq(stats(&fp).disk_error, 1);
}
END_TEST

/* ENOSPC latches disk_full: its action runs once (rotate excepted, which
 * each shortage may run again); the network replies see DISKFULL. */
START_TEST(test_enospc_latch)
{
	struct filepolicy fp;

	init(&fp, CONFIG_ACTION_IGNORE, 5, CONFIG_ACTION_SUSPEND, CONFIG_ACTION_SYSLOG, NO_DIR);
	filepolicy_write_failed(&fp, -ENOSPC, "write");
	filepolicy_write_failed(&fp, -ENOSPC, "write");
	ck_assert_uint_eq(count_msg("Audit daemon has no space left on logging partition"), 1);
	ck_assert_uint_eq(count_msg("suspending logging due to no space left"), 1);
	ck_assert_int_eq(filepolicy_disk_full(&fp), 1);
	ck_assert_int_eq(stats(&fp).disk_full, 1);
	/* ENOSPC is no disk error */
	ck_assert_int_eq(stats(&fp).disk_error, 0);
	ck_assert_uint_eq(count_msg("detected an error"), 0);

	msgs[0] = '\0';
	init(&fp, CONFIG_ACTION_IGNORE, 5, CONFIG_ACTION_ROTATE, CONFIG_ACTION_SYSLOG, NO_DIR);
	filepolicy_write_failed(&fp, -ENOSPC, "write");
	filepolicy_write_failed(&fp, -ENOSPC, "write");
	ck_assert_uint_eq(count_msg("Audit daemon has no space left on logging partition"), 2);
	ck_assert_uint_eq(count_msg("Audit daemon rotating log files"), 2);
	ck_assert_uint_eq(stats(&fp).rotations, 2);
}
END_TEST

/* SIGUSR2 clears the suspended state and every latch (the log is not
 * reopened here: the policy keeps no file). */
START_TEST(test_resume_clears_latches)
{
	struct filepolicy_settings s;
	struct filepolicy fp;
	struct filepolicy_stats st;

	memset(&s, 0, sizeof(s));
	s.space.disk_full_action = CONFIG_ACTION_SUSPEND;
	s.disk_error_action = CONFIG_ACTION_SUSPEND;
	filepolicy_init(&fp, &s, 0);
	filepolicy_write_failed(&fp, -ENOSPC, "write");
	filepolicy_write_failed(&fp, -EIO, "write");
	st = stats(&fp);
	ck_assert(st.suspended && st.disk_full && st.disk_error);

	filepolicy_resume(&fp);
	st = stats(&fp);
	ck_assert(!st.suspended && !st.disk_full && !st.disk_error);
	ck_assert(!st.space_action_done && !st.admin_action_done);
	ck_assert_uint_eq(count_msg("Audit daemon is attempting to resume logging."), 1);
	/* and the next failure acts again */
	filepolicy_write_failed(&fp, -ENOSPC, "write");
	ck_assert_uint_eq(count_msg("suspending logging due to no space left"), 2);
}
END_TEST

/* A rotation that fails says which rename, counts an error, leaves the
 * size action off until the next check (not retried per record), and
 * leaves the count of logs as it was; one that succeeds re-arms it. */
START_TEST(test_rotation_failure_and_retry)
{
	struct filepolicy fp;
	struct filepolicy_stats st;

	init(&fp, CONFIG_ACTION_ROTATE, 5, CONFIG_ACTION_SUSPEND, CONFIG_ACTION_SYSLOG, NOT_A_DIR);
	ck_assert_int_eq(filepolicy_size_reached(&fp), FILEPOLICY_ROTATE);
	filepolicy_act(&fp, FILEPOLICY_ROTATE);
	st = stats(&fp);
	ck_assert_uint_eq(st.rotations, 0);
	ck_assert_uint_eq(st.errors, 1);
	ck_assert_uint_eq(st.logs_detected, 0);
	ck_assert_int_eq(st.disk_error, 1);
	ck_assert_uint_eq(count_msg("Audit daemon rotating log files"), 1);
	ck_assert_uint_eq(count_msg("Error rotating logs from " NOT_A_DIR " to " NOT_A_DIR
				    ".1 (Not a directory)"), 1);
	ck_assert_uint_eq(count_msg("rotate2: Audit daemon detected an error writing an event "
				    "to disk (Not a directory)"), 1);
	ck_assert(!filepolicy_size_due(&fp, MIB));

	/* SIGUSR1 tries again at once */
	filepolicy_rotate_now(&fp);
	ck_assert_uint_eq(stats(&fp).errors, 2);

	/* where there is nothing to move, the rotation of a closed log
	 * succeeds and the size action is armed again */
	init(&fp, CONFIG_ACTION_ROTATE, 5, CONFIG_ACTION_SUSPEND, CONFIG_ACTION_SYSLOG, NO_DIR);
	filepolicy_act(&fp, FILEPOLICY_ROTATE);
	st = stats(&fp);
	ck_assert_uint_eq(st.rotations, 1);
	ck_assert_uint_eq(st.errors, 0);
	ck_assert(filepolicy_size_due(&fp, MIB));
}
END_TEST

/* SIGUSR1 follows max_log_file_action: keep_logs rotates without a
 * limit, num_logs < 2 only says so. */
START_TEST(test_rotate_now)
{
	struct filepolicy fp;

	init(&fp, CONFIG_ACTION_SYSLOG, 1, CONFIG_ACTION_SUSPEND, CONFIG_ACTION_SYSLOG, NO_DIR);
	filepolicy_rotate_now(&fp);
	ck_assert_uint_eq(count_msg("Log rotation disabled (num_logs < 2), skipping"), 1);
	ck_assert_uint_eq(stats(&fp).rotations, 0);

	init(&fp, CONFIG_ACTION_KEEP_LOGS, 1, CONFIG_ACTION_SUSPEND, CONFIG_ACTION_SYSLOG, NO_DIR);
	filepolicy_rotate_now(&fp);
	ck_assert_uint_eq(stats(&fp).rotations, 1);
}
END_TEST

/* max_log_file_action = exec (4.1): suspended while the helper runs;
 * its exit (reaped elsewhere, as the main thread does) resumes logging,
 * another child's does not. /bin/true passes the helper checks. */
START_TEST(test_exec_helper_resumes)
{
	struct filepolicy_settings s;
	struct filepolicy fp;
	pid_t other;

	memset(&s, 0, sizeof(s));
	s.max_log_file = 1;
	s.max_log_file_action = CONFIG_ACTION_EXEC;
	snprintf(s.max_log_file_exe, sizeof(s.max_log_file_exe), "/bin/true");
	filepolicy_init(&fp, &s, 0);
	filepolicy_act(&fp, FILEPOLICY_EXEC);
	ck_assert_int_eq(stats(&fp).suspended, 1);
	ck_assert_int_gt(fp.helper, 0);
	ck_assert_uint_eq(count_msg("Audit daemon suspended logging and runs /bin/true "
				    "(max_log_file_action); logging resumes when it exits"), 1);

	/* while the helper runs, another child's SIGCHLD changes nothing */
	other = fork();
	ck_assert_int_ge(other, 0);
	if (other == 0)
		_exit(0);
	ck_assert_int_eq(waitpid(other, NULL, 0), other);
	{
		pid_t helper = fp.helper;

		fp.helper = fork();	/* stands in for a helper still running */
		ck_assert_int_ge(fp.helper, 0);
		if (fp.helper == 0) {
			pause();
			_exit(0);
		}
		filepolicy_child_exited(&fp);
		ck_assert_int_eq(stats(&fp).suspended, 1);
		kill(fp.helper, SIGKILL);
		ck_assert_int_eq(waitpid(fp.helper, NULL, 0), fp.helper);
		waitpid(helper, NULL, 0);
	}
	filepolicy_child_exited(&fp);
	ck_assert_int_eq(stats(&fp).suspended, 0);
	ck_assert_int_eq(fp.helper, 0);
	ck_assert_uint_eq(count_msg("Audit daemon is attempting to resume logging."), 1);
	/* said once: a later SIGCHLD finds no helper */
	filepolicy_child_exited(&fp);
	ck_assert_uint_eq(count_msg("Audit daemon is attempting to resume logging."), 1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("filepolicy");
	TCase *tc = tcase_create("filepolicy");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_size_verdicts);
	tcase_add_test(tc, test_disk_error_syslog_latch);
	tcase_add_test(tc, test_disk_error_action_once);
	tcase_add_test(tc, test_enospc_latch);
	tcase_add_test(tc, test_resume_clears_latches);
	tcase_add_test(tc, test_rotation_failure_and_retry);
	tcase_add_test(tc, test_rotate_now);
	tcase_add_test(tc, test_exec_helper_resumes);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
