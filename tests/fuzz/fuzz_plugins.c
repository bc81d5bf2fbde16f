/* fuzz_plugins.c - libFuzzer target: plugins.d file text through
 * plugins_parse(), and an accepted builtin_af_unix's arguments through
 * plugins_af_unix_args(), as the dispatcher reads them.
 *
 * The parser only stats the program a file names (never opens or runs it),
 * so the input goes through as it is. Checks beyond the sanitizers, on an
 * accepted file: every text field is terminated in its array, the
 * enumerations hold one of their values, there are at most
 * PLUGINS_ARGS_MAX arguments, an active plugin names a program or the one
 * builtin, the same text gives the same result; the builtin's socket path
 * fits and its mode has no bit above 07777.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "plugins.h"

static void quiet(int prio, const char *msg, void *arg)
{
	(void)prio;
	(void)msg;
	(void)arg;
}

static int parse(const uint8_t *data, size_t size, struct plugins_conf *c)
{
	FILE *f;
	int rc;

	/* fmemopen refuses a zero-length buffer: an empty file is one byte
	 * of nothing past its end */
	f = fmemopen((void *)(size ? data : (const uint8_t *)""), size ? size : 1, "r");
	if (!f)
		abort();
	if (!size)
		fgetc(f);
	rc = plugins_parse(f, "fuzz.conf", "fuzz", c);
	fclose(f);
	return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct plugins_conf a, b;
	static int init;
	char path[PLUGINS_PATH_MAX];
	mode_t mode;
	int ra, rb, i;

	if (!init) {
		log_init(LOG_SINK_STDERR, 1);
		log_set_capture(quiet, NULL);
		init = 1;
	}
	ra = parse(data, size, &a);
	rb = parse(data, size, &b);
	if (ra != rb || (ra == 0 && memcmp(&a, &b, sizeof(a)) != 0))
		abort();	/* the same text, another result */
	if (ra != 0)
		return 0;
	if (!memchr(a.name, '\0', sizeof(a.name)) || !memchr(a.path, '\0', sizeof(a.path)))
		abort();
	if ((a.active != 0 && a.active != 1) || a.nargs < 0 || a.nargs > PLUGINS_ARGS_MAX)
		abort();
	if (a.type != PLUGINS_ALWAYS && a.type != PLUGINS_BUILTIN)
		abort();
	if (a.format != PLUGINS_STRING && a.format != PLUGINS_BINARY)
		abort();
	for (i = 0; i < PLUGINS_ARGS_MAX; i++)
		if (!memchr(a.args[i], '\0', sizeof(a.args[i])))
			abort();
	if (a.active && !a.path[0])
		abort();
	if (a.active && a.type == PLUGINS_BUILTIN) {
		if (strcmp(a.path, PLUGINS_AF_UNIX) != 0)
			abort();
		if (plugins_af_unix_args(&a, path, sizeof(path), &mode) == 0 &&
		    (!memchr(path, '\0', sizeof(path)) || (mode & ~07777)))
			abort();
	}
	return 0;
}
