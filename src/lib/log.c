/* log.c - diagnostics sink. The only state is the sink chosen at startup,
 * set before any thread exists and read-only afterwards (the capture hook is
 * for unit tests only, set the same way). */
#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>

#include "log.h"

static enum log_sink sink = LOG_SINK_STDERR;
static int debug;
static log_capture_fn capture;
static void *capture_arg;

void log_init(enum log_sink s, int dbg)
{
	sink = s;
	debug = dbg;
}

void log_open(const char *ident, int facility)
{
	if (sink == LOG_SINK_SYSLOG)
		openlog(ident, LOG_PID, facility);
}

void log_set_capture(log_capture_fn fn, void *arg)
{
	capture = fn;
	capture_arg = arg;
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
	if (capture) {
		char msg[2048];

		vsnprintf(msg, sizeof(msg), fmt, ap);
		capture(prio, msg, capture_arg);
	} else if (sink == LOG_SINK_SYSLOG) {
		vsyslog(prio, fmt, ap);
	} else {
		vfprintf(stderr, fmt, ap);
		fputc('\n', stderr);
	}
	va_end(ap);
}
