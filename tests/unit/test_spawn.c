/* test_spawn.c - how the daemon starts a child (spawn.c): the pidfd comes
 * from the clone and names the child, the child does not keep the
 * daemon's OOM protection, nice value, blocked signals or descriptors,
 * and a program that cannot run is an error with nothing left behind.
 * The OOM and nice part needs root (lowering either needs privilege). */
#include <check.h>

#include "unit.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "spawn.h"

static int read_oom(void)
{
	char buf[16] = "";
	int fd = open("/proc/self/oom_score_adj", O_RDONLY);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_gt(read(fd, buf, sizeof(buf) - 1), 0);
	close(fd);
	return atoi(buf);
}

static int write_oom(const char *v)
{
	int fd = open("/proc/self/oom_score_adj", O_WRONLY), ok;

	ck_assert_int_ge(fd, 0);
	ok = write(fd, v, strlen(v)) == (ssize_t)strlen(v);
	close(fd);
	return ok;
}

/* the child's report through a pipe on its stdin's other end */
static void run(const char *script, char *out, size_t len)
{
	char *argv[] = { (char *)"/bin/sh", (char *)"-c", (char *)script, NULL };
	int p[2], pidfd, n, got = 0;
	siginfo_t si;
	pid_t pid;

	ck_assert_int_eq(pipe2(p, O_CLOEXEC), 0);
	/* the write end becomes the child's stdin: it reports to fd 0 */
	pidfd = spawn_run("/bin/sh", argv, p[1], &pid);
	close(p[1]);
	ck_assert_int_ge(pidfd, 0);
	ck_assert_int_gt(pid, 0);
	while ((n = read(p[0], out + got, len - 1 - got)) > 0)
		got += n;
	out[got] = '\0';
	close(p[0]);
	/* the pidfd is the child's: it reaps it */
	memset(&si, 0, sizeof(si));
	ck_assert_int_eq(waitid(P_PIDFD, (id_t)pidfd, &si, WEXITED), 0);
	ck_assert_int_eq(si.si_pid, pid);
	ck_assert_int_eq(si.si_status, 0);
	close(pidfd);
}

START_TEST(test_child_resets)
{
	char out[512], *ign;
	sigset_t usr1, old;
	int keep, oom = -1000;

	if (unit_not_root())
		return;
	/* the daemon's -1000 needs CAP_SYS_RESOURCE (not in every
	 * container); any value but 0 shows the reset */
	if (!write_oom("-1000")) {
		ck_assert(write_oom("500"));
		oom = 500;
	}
	ck_assert_int_eq(setpriority(PRIO_PROCESS, 0, -4), 0);
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigprocmask(SIG_BLOCK, &usr1, &old);
	signal(SIGTERM, SIG_IGN);
	keep = open("/dev/null", O_RDONLY);	/* not CLOEXEC: must not reach it */
	ck_assert_int_ge(keep, 3);
	run("{ echo oom=$(cat /proc/self/oom_score_adj);"
	    " echo nice=$(cut -d' ' -f19 /proc/self/stat);"
	    " grep -E '^Sig(Blk|Ign)' /proc/self/status;"
	    " ls /proc/self/fd | tr '\\n' ' '; echo; } >&0",
	    out, sizeof(out));
	ck_assert_ptr_nonnull(strstr(out, "oom=0\n"));
	ck_assert_ptr_nonnull(strstr(out, "nice=0\n"));
	ck_assert_ptr_nonnull(strstr(out, "SigBlk:\t0000000000000000\n"));
	/* no standard signal ignored; glibc keeps 32 and 33 to itself
	 * (sigaction(2) on them fails), as posix_spawn(3) does */
	ck_assert_ptr_nonnull((ign = strstr(out, "SigIgn:\t")));
	ck_assert_uint_eq(strtoull(ign + 8, NULL, 16) & 0x7fffffffULL, 0);
	/* sh's own: 0 1 2, and 3 for ls's listing */
	ck_assert_ptr_nonnull(strstr(out, "\n0 1 2 3 \n"));
	/* and the parent keeps what it had */
	ck_assert_int_eq(read_oom(), oom);
	errno = 0;
	ck_assert_int_eq(getpriority(PRIO_PROCESS, 0), -4);
	close(keep);
	sigprocmask(SIG_SETMASK, &old, NULL);
}
END_TEST

START_TEST(test_cannot_run)
{
	char *argv[] = { (char *)"/nonexistent/vigil", NULL };
	pid_t pid = 1;

	ck_assert_int_eq(spawn_run("/nonexistent/vigil", argv, -1, &pid), -ENOENT);
	ck_assert_int_eq(pid, 0);
	/* reaped already: no child is left */
	ck_assert_int_eq(waitpid(-1, NULL, WNOHANG), -1);
	ck_assert_int_eq(errno, ECHILD);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("spawn");
	TCase *tc = tcase_create("spawn");

	tcase_add_test(tc, test_child_resets);
	tcase_add_test(tc, test_cannot_run);
	suite_add_tcase(s, tc);
	return unit_run_skipping(s, "test_spawn", unit_not_root());
}
