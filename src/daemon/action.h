/* action.h - what the log file policy does outside the log: run an exec
 * helper, change the runlevel, send a mail alert.
 *
 * Called from the writer thread (by the file policy, filepolicy.c). Each
 * starts one child and returns without waiting for it (the main loop reaps
 * children on SIGCHLD), so neither the writer nor the listener ever waits on
 * a helper. Children start with an
 * empty environment, default signal dispositions and an empty signal mask
 * (the daemon ignores or blocks nearly every signal, and a helper must not
 * inherit that; glibc's posix_spawn leaves its own two internal signals,
 * 32 and 33, ignored), and with no descriptor of the daemon's beyond 0-2. */
#ifndef VIGIL_ACTION_H
#define VIGIL_ACTION_H

#include <sys/types.h>

#define ACTION_INIT		"/sbin/init"
#define ACTION_SENDMAIL		"/usr/lib/sendmail"

/* Run an exec helper: PATH must still pass auditd's checks (absolute,
 * regular file, owned by root, mode 0750, 0755 or 0555) when it is run,
 * since it runs as root. No arguments. 0 or -errno (message logged); on
 * success the helper's pid goes to *pid unless pid is NULL. */
int action_exec(const char *path, pid_t *pid);

/* /sbin/init LEVEL ("1" for single, "0" for halt). 0 or -errno. */
int action_runlevel(const char *level);

/* Mail through /usr/lib/sendmail -t -f<acct>, as auditd does. When the
 * mailer is missing the alert cannot be sent: that is logged, naming the
 * account and the subject. 0 or -errno. */
int action_mail(const char *acct, const char *subject, const char *body);

#endif
