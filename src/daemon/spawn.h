/* spawn.h - how the daemon starts every child (plugins, exec actions,
 * sendmail, init): one place for what a child gets and what it must not
 * inherit from the daemon. */
#ifndef VIGIL_SPAWN_H
#define VIGIL_SPAWN_H

#include <sys/types.h>

/* Run path with argv and an empty environment. The child gets default
 * signal dispositions and an empty signal mask, stdin_fd as its stdin (or
 * the daemon's stdin when -1), nothing open above stderr, and neither the
 * daemon's out of memory protection nor its priority_boost: oom_score_adj
 * 0 and nice 0, as any program root starts. Returns a pidfd of the child,
 * made by the same clone that made the child (so it cannot name another
 * process that got the pid later), and its pid in *pid; or -errno when
 * the program could not be run (nothing left running then). The caller
 * closes the pidfd; reaping stays with whoever reaps the daemon's
 * children. */
int spawn_run(const char *path, char *const argv[], int stdin_fd, pid_t *pid);

#endif
