/* action.c - helpers, runlevel changes and mail alerts. See action.h. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"
#include "action.h"
#include "log.h"
#include "spawn.h"

/* The modes auditd 3.0.9 accepts for an exec helper (config.c checks the
 * same at load time; the file may have changed since). */
static const mode_t exec_modes[] = { 0750, 0755, 0555 };

static int check_helper(const char *path)
{
	struct stat st;
	size_t i;

	if (path[0] != '/') {
		log_msg(LOG_ALERT, "Audit daemon refuses to run %s: not an absolute path", path);
		return -EINVAL;
	}
	if (stat(path, &st) < 0) {
		int e = errno;
		log_msg(LOG_ALERT, "Audit daemon failed to exec %s", path);
		return -e;
	}
	if (!S_ISREG(st.st_mode) || st.st_uid != 0) {
		log_msg(LOG_ALERT, "Audit daemon refuses to run %s: it must be a regular file owned by root",
			  path);
		return -EPERM;
	}
	for (i = 0; i < NELEM(exec_modes); i++)
		if ((st.st_mode & 07777) == exec_modes[i])
			return 0;
	log_msg(LOG_ALERT, "Audit daemon refuses to run %s: its permissions should be 0750, 0755 or 0555",
		  path);
	return -EPERM;
}

/* Helpers are not watched here: the pidfd is not kept (the main loop reaps
 * every child); the pid goes to the caller that waits for one (the file
 * policy's max_log_file exec helper). */
static int spawn(const char *path, char *const argv[], int stdin_fd, pid_t *child)
{
	pid_t pid;
	int fd = spawn_run(path, argv, stdin_fd, &pid);

	if (fd < 0)
		return fd;
	close(fd);
	if (child)
		*child = pid;
	return 0;
}

int action_exec(const char *path, pid_t *pid)
{
	char *argv[] = { (char *)path, NULL };
	int e = check_helper(path);

	if (e)
		return e;
	e = spawn(path, argv, -1, pid);
	if (e)
		log_msg(LOG_ALERT, "Audit daemon failed to exec %s", path);
	return e;
}

int action_runlevel(const char *level)
{
	char *argv[] = { (char *)ACTION_INIT, (char *)level, NULL };
	int e = spawn(ACTION_INIT, argv, -1, NULL);

	if (e)
		log_msg(LOG_ALERT, "Audit daemon failed to fork switching runlevels");
	return e;
}

int action_mail(const char *acct, const char *subject, const char *body)
{
	char from[300];
	char *argv[] = { (char *)ACTION_SENDMAIL, (char *)"-t", from, NULL };
	char msg[1024];
	int p[2], e, n;

	if (access(ACTION_SENDMAIL, X_OK) < 0) {
		/* auditd's line, then one that says what was not sent */
		log_err("Error - %s isn't executable", ACTION_SENDMAIL);
		log_msg(LOG_ALERT, "Audit daemon could not mail \"%s\" to %s: no mailer at %s",
			  subject, acct, ACTION_SENDMAIL);
		return -ENOENT;
	}
	if (pipe2(p, O_CLOEXEC) < 0) {
		log_msg(LOG_ALERT, "Audit daemon failed to create pipe while sending email alert");
		return -errno;
	}
	snprintf(from, sizeof(from), "-f%s", acct);
	e = spawn(ACTION_SENDMAIL, argv, p[0], NULL);
	close(p[0]);
	if (e) {
		log_msg(LOG_ALERT, "Audit daemon failed to exec %s", ACTION_SENDMAIL);
		close(p[1]);
		return e;
	}
	n = snprintf(msg, sizeof(msg), "To: %s\nFrom: root\nSubject: %s\n\n%s\n.\n\n",
		     acct, subject, body);
	if (n < 0 || (size_t)n >= sizeof(msg))
		n = (int)strlen(msg);
	/* far below a pipe's capacity: this never waits for the mailer */
	if (write(p[1], msg, (size_t)n) != n) {
		e = -errno;
		log_err("Error - starting mail");
	}
	close(p[1]);
	return e;
}
