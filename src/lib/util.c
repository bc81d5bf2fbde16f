/* util.c - allocate-or-die and fatal() (util.h). */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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

const void *util_memfind(const void *hay, size_t n, const void *needle,
			 size_t k)
{
	const char *h = hay, *nd = needle;

	if (k == 0)
		return hay;
	if (k > n)
		return NULL;
	if (k == 1)
		return memchr(h, nd[0], n);
#ifdef __SSE2__
	{
		const __m128i first = _mm_set1_epi8(nd[0]);
		const __m128i last = _mm_set1_epi8(nd[k - 1]);
		size_t i;

		for (i = 0; i + k - 1 + 16 <= n; i += 16) {
			__m128i a = _mm_loadu_si128((const __m128i *)(h + i));
			__m128i b = _mm_loadu_si128((const __m128i *)(h + i + k - 1));
			unsigned m = (unsigned)_mm_movemask_epi8(
				_mm_and_si128(_mm_cmpeq_epi8(a, first),
					      _mm_cmpeq_epi8(b, last)));

			while (m) {
				size_t at = i + (size_t)__builtin_ctz(m);

				if (memcmp(h + at + 1, nd + 1, k - 2) == 0)
					return h + at;
				m &= m - 1;
			}
		}
		/* the last positions, where 16 bytes would run past */
		for (; i + k <= n; i++)
			if (h[i] == nd[0] && memcmp(h + i + 1, nd + 1, k - 1) == 0)
				return h + i;
		return NULL;
	}
#else
	return memmem(h, n, nd, k);
#endif
}
