/* log.h - the daemon's own diagnostics: syslog, or stderr in debug/foreground mode.
 *
 * One way to report, chosen once at startup (log_init). Audit records never go
 * through here; they go to the audit log via the writer.
 */
#ifndef VIGIL_LOG_H
#define VIGIL_LOG_H

#include <syslog.h>

enum log_sink {
	LOG_SINK_STDERR,	/* -f, tests, tools */
	LOG_SINK_SYSLOG,	/* daemon (also with -n), as auditd */
};

void log_init(enum log_sink sink, int debug);
/* openlog(ident, LOG_PID, facility) for the syslog sink. Until then
 * syslog(3) uses its defaults (the program's name, LOG_USER, no pid), as
 * auditd's messages about its configuration do: it opens the log only
 * once configured, when it daemonizes. */
void log_open(const char *ident, int facility);
int log_debug_enabled(void);
void log_msg(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Test hook: while fn is set, every message that passes the debug filter is
 * formatted and handed to fn instead of the sink. NULL restores the sink. */
typedef void (*log_capture_fn)(int prio, const char *msg, void *arg);
void log_set_capture(log_capture_fn fn, void *arg);

#define log_err(...)	log_msg(LOG_ERR, __VA_ARGS__)
#define log_warn(...)	log_msg(LOG_WARNING, __VA_ARGS__)
#define log_notice(...)	log_msg(LOG_NOTICE, __VA_ARGS__)
#define log_info(...)	log_msg(LOG_INFO, __VA_ARGS__)
#define log_dbg(...)	log_msg(LOG_DEBUG, __VA_ARGS__)

#endif
