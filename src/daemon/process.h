/* process.h - the daemon as a process: its exit statuses (auditd's), the
 * fork whose parent exits only once the child says how its start went,
 * the pid file, resource limits, OOM score, the capabilities it keeps, and
 * its signals (all ignored, the ones it acts on read from a signalfd). */
#ifndef VIGIL_PROCESS_H
#define VIGIL_PROCESS_H

#define EXIT_INIT	1
#define EXIT_USAGE	2
#define EXIT_PRIV	4
#define EXIT_CONFIG	6

/* Fork; the parent waits on a pipe for the child's startup status and
 * exits with it. In the child, *ready_fd is the pipe's write end. */
void process_daemonize(int *ready_fd);
/* Give the waiting parent the status (0: registered and logging), once. */
void process_tell_parent(int *ready_fd, unsigned char status);
/* Write our pid ("" : no pid file). Says why and returns -1. */
int process_write_pid_file(const char *path);
void process_raise_limits(void);
void process_protect_from_oom(void);
int process_drop_capabilities(int multicast);
/* A signalfd for the signals the loop acts on; every other ignored. */
int process_signals(void);

#endif
