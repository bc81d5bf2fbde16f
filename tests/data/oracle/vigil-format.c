/* vigil-format.c - format_record() over a record stream, for diff-fuzz.py.
 * usage: vigil-format [-e] [-n node] < records > framed lines
 * Same input as auparse-oracle; each line is written as u32 length + bytes.
 * Names come from this machine's passwd/group, as they do for the oracle. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "format.h"

int main(int argc, char **argv)
{
	static char buf[70000], out[FORMAT_LINE_MAX];
	struct format_ctx *ctx = format_create(NULL);
	uint32_t h[2];
	int i;

	if (ctx == NULL)
		return 1;
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-e") == 0)
			format_set_log(ctx, FORMAT_LOG_ENRICHED);
		else if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
			format_set_node(ctx, argv[++i]);
	}
	while (fread(h, 4, 2, stdin) == 2) {
		uint32_t n;

		if (h[1] > sizeof(buf) || fread(buf, 1, h[1], stdin) != h[1])
			return 1;
		n = (uint32_t)format_record(ctx, h[0], buf, h[1], out);
		if (n == 0)
			continue;
		fwrite(&n, 4, 1, stdout);
		fwrite(out, 1, n, stdout);
	}
	format_destroy(ctx);
	return 0;
}
