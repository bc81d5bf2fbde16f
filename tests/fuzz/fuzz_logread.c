/* fuzz_logread.c - libFuzzer target: any bytes as an audit log through
 * logread (lines) and the event assembly (include/search.h), as ausearch
 * reads a file.
 *
 * Besides the sanitizers it checks what the tools rely on:
 *   - every line lies inside the input and is at most LOGREAD_CHUNK bytes;
 *   - every record added comes out in exactly one event, once the input
 *     is flushed, with the bytes it had when read (held lines are not
 *     overwritten), and nothing is held after;
 *   - events come out in (sec, milli, serial) order within what was held
 *     (never before one that was lower when they completed: checked as
 *     non-decreasing after the flush, where everything is complete).
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "search.h"

/* A line's bytes, summed over lines: what went in comes out unchanged
 * (a held line whose memory was reused would not). */
static uint64_t digest(const char *p, size_t n)
{
	uint64_t h = 1469598103934665603ULL;

	while (n--)
		h = (h ^ (unsigned char)*p++) * 1099511628211ULL;
	return h;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct logread *lr = logread_create();
	struct searchasm *a = searchasm_create(size ? data[0] % 4 + 1 : 2, 0, 0);
	const struct search_event *ev;
	const char *line, *ts;
	size_t len, tslen, added = 0, given = 0, total = 0, i;
	uint64_t sum_in = 0, sum_out = 0;
	long long psec = LLONG_MIN;	/* a stamp can be read as a negative second */
	int fd = memfd_create("fuzz_logread", 0), held;

	if (!lr || !a || fd < 0)
		abort();
	if (size && write(fd, data, size) != (ssize_t)size)
		abort();
	lseek(fd, 0, SEEK_SET);
	/* half the inputs kept by reference, as the tools keep them, half
	 * copied */
	held = size && (data[0] & 0x80);
	logread_attach(lr, fd);
	while (logread_next(lr, &line, &len) == 1) {
		if (len > LOGREAD_CHUNK)
			abort();
		total += len;
		if (total > size)
			abort();
		if ((held ? searchasm_add_held(a, lr, line, len, &ts, &tslen) :
			    searchasm_add(a, line, len, &ts, &tslen)) ==
		    SEARCHASM_ADDED) {
			added++;
			sum_in += digest(line, len);
		}
		while ((ev = searchasm_next(a))) {
			given += ev->nrecs;
			for (i = 0; i < ev->nrecs; i++)
				sum_out += digest(ev->recs[i].line, ev->recs[i].len);
		}
	}
	searchasm_flush(a);
	while ((ev = searchasm_next(a))) {
		if (ev->sec < psec)
			abort();
		psec = ev->sec;
		given += ev->nrecs;
		for (i = 0; i < ev->nrecs; i++)
			sum_out += digest(ev->recs[i].line, ev->recs[i].len);
	}
	if (given != added || sum_in != sum_out || searchasm_held(a))
		abort();
	close(fd);
	searchasm_destroy(a);
	logread_destroy(lr);
	return 0;
}
