/* util.h - the helpers every module would otherwise write again: array
 * length, allocate-or-die, fatal(). One of each, here.
 */
#ifndef VIGIL_UTIL_H
#define VIGIL_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* Allocation that cannot fail for the caller: on out of memory the message
 * goes through log_msg() and the process aborts (a core is worth more than
 * limping on without memory). Hot paths allocate nothing, so these are for
 * setup, commands and control paths only. */
/* CLOCK_MONOTONIC in nanoseconds and in milliseconds: for timeouts and
 * intervals, which the wall clock must not move */
static inline uint64_t util_mono_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static inline int64_t util_mono_ms(void)
{
	return (int64_t)(util_mono_ns() / 1000000u);
}

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n, size_t size);
char *xstrdup(const char *s);

/* memmem(3), faster for the short needles searches use: the first and
 * last bytes of needle compared 16 positions at a time, the middle only
 * where both match (glibc's memmem took a fifth of ausearch -k's time on
 * a flood log). Same result as memmem. */
const void *util_memfind(const void *hay, size_t n, const void *needle,
			 size_t k);

/* Report through log_msg() at LOG_ERR and exit(status). For the places that
 * decide a program cannot go on; modules return errors instead. */
void fatal(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), noreturn));

#endif
