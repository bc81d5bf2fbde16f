/* process.c - the daemon as a process: fork with a readiness pipe, pid
 * file, limits, OOM score, capabilities, signals. See process.h. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/signalfd.h>
#include <unistd.h>
#include <cap-ng.h>

#include "log.h"
#include "process.h"
#include "util.h"

void process_tell_parent(int *ready_fd, unsigned char status)
{
	if (*ready_fd < 0)
		return;
	if (write(*ready_fd, &status, 1) != 1)
		log_err("Cannot tell parent the startup status");
	close(*ready_fd);
	*ready_fd = -1;
}

/* Fork; the parent waits until the child reports that it is registered
 * and logging (or why not), then exits with that status. */
void process_daemonize(int *ready_fd)
{
	int p[2], fd;
	pid_t pid;
	unsigned char status;

	if (pipe2(p, O_CLOEXEC) < 0) {
		fatal(EXIT_INIT, "Cannot create pipe (%s)", strerror(errno));
	}
	pid = fork();
	if (pid < 0) {
		fatal(EXIT_INIT, "Cannot daemonize (%s)", strerror(errno));
	}
	if (pid > 0) {
		close(p[1]);
		if (read(p[0], &status, 1) != 1)
			_exit(EXIT_INIT);
		_exit(status);
	}
	close(p[0]);
	*ready_fd = p[1];
	if (setsid() < 0)
		log_warn("Cannot detach (%s)", strerror(errno));
	if (chdir("/") < 0)
		log_err("Cannot change working directory to /");
	fd = open("/dev/null", O_RDWR);
	if (fd >= 0) {
		dup2(fd, STDIN_FILENO);
		dup2(fd, STDOUT_FILENO);
		dup2(fd, STDERR_FILENO);
		if (fd > STDERR_FILENO)
			close(fd);
	}
}

int process_write_pid_file(const char *path)
{
	char buf[32];
	int fd, n;

	if (!path[0])
		return 0;
	unlink(path);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0) {
		log_err("Unable to set pidfile (%s)", strerror(errno));
		return -1;
	}
	/* 0644 whatever the umask (077 once daemonized): status scripts
	 * read it without root, as auditd's */
	n = snprintf(buf, sizeof(buf), "%d\n", (int)getpid());
	if (fchmod(fd, 0644) < 0 || write(fd, buf, (size_t)n) != n) {
		log_err("Unable to write pidfile (%s)", strerror(errno));
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

void process_raise_limits(void)
{
	struct rlimit r = { RLIM_INFINITY, RLIM_INFINITY };

	/* a size limit must never make the log writer fail */
	if (setrlimit(RLIMIT_FSIZE, &r) < 0)
		log_warn("Cannot raise RLIMIT_FSIZE (%s)", strerror(errno));
	if (setrlimit(RLIMIT_CPU, &r) < 0)
		log_warn("Cannot raise RLIMIT_CPU (%s)", strerror(errno));
}

void process_protect_from_oom(void)
{
	int fd = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);

	if (fd < 0) {
		log_notice("Cannot open out of memory adjuster");
		return;
	}
	/* without CAP_SYS_RESOURCE (a container, a unit without it) */
	if (write(fd, "-1000", 5) != 5)
		log_notice("Unable to adjust out of memory score");
	close(fd);
}

/* After startup the daemon keeps only:
 *  CAP_AUDIT_CONTROL  enable/register/deregister, AUDIT_SIGNAL_INFO, status;
 *  CAP_AUDIT_READ     the multicast (read-only) mode's group membership;
 *  CAP_CHOWN          give logs and their directory to root:log_group;
 *  CAP_SYS_NICE       re-apply priority_boost on SIGHUP.
 * The bounding set is left alone so that helpers auditd runs as root
 * (exec actions, plugins, /sbin/init) keep the powers they have today.
 * Done before any thread exists: capabilities are per thread. */
int process_drop_capabilities(int multicast)
{
	capng_clear(CAPNG_SELECT_CAPS);
	capng_updatev(CAPNG_ADD, CAPNG_EFFECTIVE | CAPNG_PERMITTED,
		      CAP_AUDIT_CONTROL, CAP_CHOWN, CAP_SYS_NICE, -1);
	if (multicast)
		capng_update(CAPNG_ADD, CAPNG_EFFECTIVE | CAPNG_PERMITTED, CAP_AUDIT_READ);
	if (capng_apply(CAPNG_SELECT_CAPS) < 0) {
		log_err("Cannot drop capabilities");
		return -1;
	}
	return 0;
}

/* Every signal ignored (as auditd), the ones we act on delivered through a
 * signalfd to the main loop. */
int process_signals(void)
{
	struct sigaction ign = { .sa_handler = SIG_IGN };
	sigset_t set;
	int s;

	for (s = 1; s < NSIG; s++) {
		if (s == SIGKILL || s == SIGSTOP || s == SIGCHLD)
			continue;
		sigaction(s, &ign, NULL);
	}
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, SIGUSR2);
	sigaddset(&set, SIGCONT);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, NULL);
	return signalfd(-1, &set, SFD_CLOEXEC);
}
