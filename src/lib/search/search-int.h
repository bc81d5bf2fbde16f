/* search-int.h - what the modules of src/lib/search share and nobody
 * else sees. */
#ifndef VIGIL_SEARCH_INT_H
#define VIGIL_SEARCH_INT_H

#include <stddef.h>
#include <time.h>

#include "search.h"

/* header.c: a record line's identity and type */
struct searchhdr {
	long long sec;
	unsigned milli;
	unsigned long serial;
	const char *node;	/* inside the line, node_len bytes */
	size_t node_len;
	int type;
};

/* The type names last looked up (a log is mostly a few types). */
#define SEARCHHDR_CACHE	4
struct searchhdr_type {
	char name[24];
	size_t len;
	int type;
};
struct searchhdr_cache {
	struct searchhdr_type types[SEARCHHDR_CACHE];
	unsigned next;
};

/* The header of line into h: SEARCHASM_ADDED; SEARCHASM_IGNORED for a
 * line without one or outside [start, end] (0: open); SEARCHASM_BADTIME
 * with the refused stamp in *ts. c starts zeroed. */
enum searchasm_added searchhdr_read(struct searchhdr_cache *c, unsigned timeout,
				    time_t start, time_t end, const char *line,
				    size_t len, struct searchhdr *h,
				    const char **ts, size_t *tslen);

#endif
