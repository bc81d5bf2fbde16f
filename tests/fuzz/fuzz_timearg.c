/* fuzz_timearg.c - libFuzzer target: any bytes as the words of -ts/-te
 * (include/search.h timearg_parse), up to two words split at the first NUL.
 *
 * Besides the sanitizers it checks that a refusal always says why (a
 * message ending in a newline) and that an answer is never the error
 * value of mktime. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "search.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct timearg_clock clk = { 1796563879, 1000.4, 0 };
	char buf[256], msg[512];
	const char *w1, *w2;
	time_t t;
	int end;

	if (size == 0 || size >= sizeof(buf))
		return 0;
	end = data[0] & 1;
	memcpy(buf, data + 1, size - 1);
	buf[size - 1] = '\0';
	w1 = buf;
	w2 = memchr(buf, '\0', size - 1) && strlen(buf) + 1 < size - 1 ?
	     buf + strlen(buf) + 1 : NULL;
	msg[0] = '\0';
	if (timearg_parse(end, *w1 ? w1 : NULL, w2, &clk, &t, msg,
			  sizeof(msg)) < 0) {
		size_t n = strlen(msg);

		if (n == 0 || msg[n - 1] != '\n')
			abort();
	} else if (t == (time_t)-1) {
		abort();
	}
	return 0;
}
