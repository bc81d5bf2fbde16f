/* spawn.c - start a child with a pidfd from its own clone. See spawn.h.
 *
 * posix_spawn(3) cannot do two things the daemon needs: give back a pidfd
 * (pidfd_open(2) after it names whatever has the pid by then, if the
 * child was already reaped) and reset oom_score_adj and the nice value,
 * which are inherited across fork and exec (proc(5), setpriority(2)).
 * So the child is made as posix_spawn makes it, with clone(2) sharing the
 * daemon's memory and holding the parent until it has exec'd or failed
 * (CLONE_VM | CLONE_VFORK: no copy of the daemon's mappings), plus
 * CLONE_PIDFD. The child runs only async-signal-safe calls on a stack of
 * its own and reports a failure through memory the parent reads after
 * the clone returns.
 *
 * The sanitizers cannot follow a child that shares the parent's memory on
 * a stack of its own (ThreadSanitizer's clone() interceptor aborts in its
 * fork bookkeeping; AddressSanitizer warns at the child's exec that it
 * cannot tell the stack), so a sanitizer's build forks (intercepted) and
 * takes the pidfd after, with the failure sent back through a
 * close-on-exec pipe: test builds only, where the pid reuse race does not
 * matter. The plain build's unit and integration tests run the clone.
 */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/pidfd.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "spawn.h"
#include "util.h"

#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
#define SPAWN_FORK	1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer) || __has_feature(address_sanitizer)
#define SPAWN_FORK	1
#endif
#endif

#define CHILD_STACK	(64 * 1024)

struct child {
	const char *path;
	char *const *argv;
	int stdin_fd;
	int errfd;		/* SPAWN_FORK: where the child writes err */
	volatile int err;	/* set by the child when it cannot exec */
};

static void reset_signals(void)
{
	struct sigaction dfl;
	sigset_t none;
	int sig;

	memset(&dfl, 0, sizeof(dfl));
	dfl.sa_handler = SIG_DFL;
	for (sig = 1; sig < NSIG; sig++)
		sigaction(sig, &dfl, NULL);	/* fails harmlessly for KILL, STOP, glibc's */
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
}

/* What the daemon raised for itself is not for its children: a child that
 * runs wild must stay the one the OOM killer picks, and must not compete
 * with the daemon's boost. Raising both is allowed without privilege. */
static void reset_limits(void)
{
	int fd = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);

	if (fd >= 0) {
		if (write(fd, "0", 1) != 1) {
			/* nothing to report from here; the child runs anyway */
		}
		close(fd);
	}
	setpriority(PRIO_PROCESS, 0, 0);
}

static int child_main(void *arg)
{
	static char *const empty_env[] = { NULL };
	struct child *c = arg;

	reset_limits();
	if (c->stdin_fd >= 0) {
		if (c->stdin_fd == STDIN_FILENO)
			fcntl(STDIN_FILENO, F_SETFD, 0);
		else if (dup2(c->stdin_fd, STDIN_FILENO) < 0)
			goto fail;
	}
	/* close-on-exec rather than closed: SPAWN_FORK's error pipe must
	 * stay open until the exec */
	if (close_range(STDERR_FILENO + 1, ~0U, CLOSE_RANGE_CLOEXEC) < 0)
		goto fail;
	/* last, so that no signal handler of the daemon runs in here */
	reset_signals();
	execve(c->path, c->argv, empty_env);
fail:
	c->err = errno ? errno : EINVAL;
	if (c->errfd >= 0 && write(c->errfd, (const void *)&c->err, sizeof(int)) < 0) {
		/* the parent then sees an exec that worked and a child that
		 * exits 127 */
	}
	_exit(127);
}

#ifdef SPAWN_FORK
static int spawn_forked(struct child *c, pid_t *pid)
{
	siginfo_t si;
	int p[2], err = 0, pidfd;

	if (pipe2(p, O_CLOEXEC) < 0)
		return -errno;
	c->errfd = p[1];
	*pid = fork();
	if (*pid == 0) {
		close(p[0]);
		child_main(c);
	}
	close(p[1]);
	if (*pid < 0) {
		err = errno;
		close(p[0]);
		return -err;
	}
	if (read(p[0], &err, sizeof(err)) != (ssize_t)sizeof(err))
		err = 0;	/* end of file: it exec'd */
	close(p[0]);
	pidfd = pidfd_open(*pid, 0);
	if (err || pidfd < 0) {
		if (!err)
			err = errno;
		waitid(P_PID, (id_t)*pid, &si, WEXITED);
		if (pidfd >= 0)
			close(pidfd);
		*pid = 0;
		return -err;
	}
	return pidfd;
}
#endif

int spawn_run(const char *path, char *const argv[], int stdin_fd, pid_t *pid)
{
	struct child c = { .path = path, .argv = argv, .stdin_fd = stdin_fd, .errfd = -1 };
	sigset_t all, old;
	siginfo_t si;
	char *stack;
	int pidfd = -1, e;

#ifdef SPAWN_FORK
	(void)all, (void)old, (void)si, (void)stack, (void)pidfd, (void)e;
	return spawn_forked(&c, pid);
#endif
	stack = xmalloc(CHILD_STACK);
	/* the child shares this memory until it execs: no signal handler of
	 * the daemon may run in it meanwhile, so everything stays blocked
	 * across the clone (the child unblocks for itself) */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	*pid = clone(child_main, stack + CHILD_STACK,
		     CLONE_VM | CLONE_VFORK | CLONE_PIDFD | SIGCHLD, &c, (pid_t *)&pidfd);
	e = errno;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	free(stack);
	if (*pid < 0)
		return -e;
	if (c.err) {
		/* it never ran the program: reap it here, by its pidfd */
		waitid(P_PIDFD, (id_t)pidfd, &si, WEXITED);
		close(pidfd);
		*pid = 0;
		return -c.err;
	}
	return pidfd;
}
