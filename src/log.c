/* log.c - diagnostics sink. The only state is the sink chosen at startup,
 * set before any thread exists and read-only afterwards. */
#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>

#include "log.h"

static enum log_sink sink = LOG_SINK_STDERR;
static int debug;

void log_init(enum log_sink s, int dbg)
{
	sink = s;
	debug = dbg;
	if (sink == LOG_SINK_SYSLOG)
		openlog("auditd", LOG_PID, LOG_DAEMON);
}

int log_debug_enabled(void)
{
	return debug;
}

void log_msg(int prio, const char *fmt, ...)
{
	va_list ap;

	if (prio == LOG_DEBUG && !debug)
		return;
	va_start(ap, fmt);
	if (sink == LOG_SINK_SYSLOG) {
		vsyslog(prio, fmt, ap);
	} else {
		vfprintf(stderr, fmt, ap);
		fputc('\n', stderr);
	}
	va_end(ap);
}
