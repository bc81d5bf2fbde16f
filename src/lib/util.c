/* util.c - allocate-or-die and fatal() (util.h). */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "util.h"

static void *checked(void *p)
{
	if (!p) {
		log_err("out of memory");
		abort();
	}
	return p;
}

void *xmalloc(size_t size)
{
	return checked(malloc(size ? size : 1));
}

void *xcalloc(size_t n, size_t size)
{
	return checked(calloc(n ? n : 1, size ? size : 1));
}

void *xrealloc(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size) {
		log_err("out of memory");
		abort();
	}
	size_t bytes = n * size;

	return checked(realloc(p, bytes ? bytes : 1));
}

char *xstrdup(const char *s)
{
	return checked(strdup(s));
}

void fatal(int status, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	log_err("%s", msg);
	exit(status);
}
