/* record-internal.h - text helpers the record library's modules share.
 * Not part of record.h: only src/lib/record/ includes it.
 *
 * The put_* helpers write at p and return the end, without a NUL: lines
 * are built with lengths, and no printf runs on the hot path. They are
 * inline on purpose: the RAW path is a few of them per record.
 */
#ifndef VIGIL_RECORD_INTERNAL_H
#define VIGIL_RECORD_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "record.h"

static inline char *put(char *p, const char *s, size_t n)
{
	memcpy(p, s, n);
	return p + n;
}

#define PUT_LIT(p, lit) put(p, lit, sizeof(lit) - 1)

static inline char *put_str(char *p, const char *s)
{
	return put(p, s, strlen(s));
}

static inline char *put_ulong(char *p, unsigned long long v)
{
	char tmp[24];
	int n = 0;

	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n)
		*p++ = tmp[--n];
	return p;
}

static inline char *put_long(char *p, long long v)
{
	if (v < 0) {
		*p++ = '-';
		return put_ulong(p, 0 - (unsigned long long)v);
	}
	return put_ulong(p, (unsigned long long)v);
}

static inline int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static inline bool is_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static inline bool slice_is(const char *s, size_t n, const char *lit, size_t litlen)
{
	return n == litlen && memcmp(s, lit, n) == 0;
}

#define SLICE_IS(s, n, lit) slice_is(s, n, lit, sizeof(lit) - 1)

/* strtoul(3)/strtoull(3) on a slice: white space, sign, digits (and 0x
 * for base 16); no digits is 0; above max sets *range (ERANGE). */
static inline unsigned long long parse_ul(const char *s, size_t n, int base,
					  unsigned long long max, bool *range)
{
	const char *end = s + n;
	unsigned long long v = 0;
	bool neg = false, over = false;

	*range = false;
	while (s < end && is_space((unsigned char)*s))
		s++;
	if (s < end && (*s == '+' || *s == '-'))
		neg = *s++ == '-';
	if (base == 16 && end - s >= 3 && s[0] == '0' &&
	    (s[1] == 'x' || s[1] == 'X') && hexval((unsigned char)s[2]) >= 0)
		s += 2;
	for (; s < end; s++) {
		int d = hexval((unsigned char)*s);

		if (d < 0 || d >= base)
			break;
		if (__builtin_mul_overflow(v, (unsigned)base, &v) ||
		    __builtin_add_overflow(v, (unsigned)d, &v) || v > max)
			over = true;
	}
	if (over) {
		*range = true;
		return max;
	}
	return neg ? (0 - v) & max : v;
}

/* The id values whose text needs neither a number nor a lookup ("0",
 * "4294967295"): most ids of most records. Inline so that the renderer
 * answers them without a call; interp_id() starts with it. NULL for the
 * others. */
static inline const char *interp_id_fixed(const char *v, size_t n, size_t *len)
{
	if (n == 1 && v[0] == '0') {
		*len = sizeof("\"root\"") - 1;
		return "\"root\"";
	}
	if (n == 10 && memcmp(v, "4294967295", 10) == 0) {
		*len = sizeof("\"unset\"") - 1;
		return "\"unset\"";
	}
	return NULL;
}

/* record_parse() for the renderer, which has just written the type name at
 * type_at (type_at_len bytes) for type: its number needs no lookup. flags:
 * PARSE_SLACK, the buffer may be read 63 bytes past len (it holds
 * FORMAT_LINE_MAX); PARSE_KINDS_ONLY, keep only the fields ENRICHED writes
 * (kind not TABLES_FIELD_NONE: a fourth of a SYSCALL record's, and the
 * stores of the others cost ENRICHED 3%). */
#define PARSE_SLACK		1u
#define PARSE_KINDS_ONLY	2u
int record_parse_known(struct record *r, const char *line, size_t len,
		       const char *type_at, size_t type_at_len, int type,
		       unsigned flags);

#endif
