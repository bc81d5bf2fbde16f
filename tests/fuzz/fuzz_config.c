/* fuzz_config.c - libFuzzer target: auditd.conf text through the parser.
 *
 * The input is the file's contents. It goes through config.c's own reading
 * loop (config.c and the two files of its table are included here, to reach
 * the stream parser without a file per input), with debug logging on so
 * that every message is formatted too.
 *
 * Checks beyond the sanitizers, on every accepted file:
 *   - each number lies within its table's min..max, each enumeration is
 *     one of its words, each text field is terminated in its array;
 *   - the cross-keyword rules hold (space_left > admin_space_left in MiB,
 *     incremental flushing has a non-zero freq);
 *   - parsing the same text twice gives the same struct, byte for byte.
 *
 * The parser opens the log_file path it is given and resolves the domain
 * of action_mail_acct; under a fuzzer those become any path and any name,
 * so they are fenced: nothing under /dev, /proc or /sys is opened, and no
 * name but localhost is resolved (no DNS traffic, no device side effects).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netdb.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static int fenced_open(const char *path, int flags, ...)
{
	static const char *const fenced[] = { "/dev", "/proc", "/sys" };
	char real[PATH_MAX];
	size_t i;

	if (flags & O_CREAT) {
		errno = EACCES;		/* the parser never creates */
		return -1;
	}
	/* resolve first: "/tmp/../dev/x" and symlinks into /dev count */
	if (!realpath(path, real))
		snprintf(real, sizeof(real), "%s", path);
	for (i = 0; i < sizeof(fenced) / sizeof(fenced[0]); i++) {
		size_t n = strlen(fenced[i]);

		if (strncmp(real, fenced[i], n) == 0 && (real[n] == '/' || !real[n])) {
			errno = ENOENT;
			return -1;
		}
	}
	return open(path, flags);
}

static int fenced_getaddrinfo(const char *node, const char *service,
			      const struct addrinfo *hints, struct addrinfo **res)
{
	if (!node || strcmp(node, "localhost") != 0)
		return EAI_NONAME;
	return getaddrinfo(node, service, hints, res);
}

#include "../../src/lib/config-options.c"
#define open(...)		fenced_open(__VA_ARGS__)
#define getaddrinfo(...)	fenced_getaddrinfo(__VA_ARGS__)
#include "../../src/lib/config-values.c"
#undef open
#undef getaddrinfo
#include "../../src/lib/config.c"

static void quiet(int prio, const char *msg, void *arg)
{
	(void)prio;
	(void)msg;
	(void)arg;
}

static int parse(const uint8_t *data, size_t size, struct config *cfg)
{
	struct conffile cf;
	FILE *f;
	int rc;

	config_defaults(cfg);
	if (size == 0)
		return 0;
	f = fmemopen((void *)data, size, "r");
	if (!f)
		abort();
	conffile_init(&cf, f, "fuzz.conf");
	rc = parse_stream(&cf, cfg);
	conffile_close(&cf);
	return rc;
}

static int is_word(const struct conffile_word *w, int v)
{
	for (; w->name; w++)
		if (w->value == v)
			return 1;
	return 0;
}

/* Every field the table fills is valid, or still its default. */
static void check_fields(const struct config *cfg, const struct config *def)
{
	size_t i;

	for (i = 0; i < config_noptions; i++) {
		const struct config_option *o = &config_options[i];
		const char *f = (const char *)cfg + o->off;

		if (!o->size)
			continue;
		if (o->exe_off) {
			const char *exe = (const char *)cfg + o->exe_off;

			if (!memchr(exe, '\0', CONFIG_PATH_MAX))
				abort();
		}
		if (memcmp(f, (const char *)def + o->off, o->size) == 0)
			continue;
		if (o->parse == config_parse_uint) {
			unsigned long v;

			if (o->size == sizeof(unsigned long)) {
				memcpy(&v, f, sizeof(v));
			} else {
				unsigned u;

				memcpy(&u, f, sizeof(u));
				v = u;
			}
			if (v < o->min || v > o->max)
				abort();
		} else if (o->parse == config_parse_word || o->parse == config_parse_action) {
			int v;

			memcpy(&v, f, sizeof(v));
			if (!is_word(o->words, v))
				abort();
		} else if (o->parse == config_parse_text || o->parse == config_parse_dir ||
			   o->parse == config_parse_log_file || o->parse == config_parse_email ||
			   o->parse == config_parse_word_text) {
			if (!memchr(f, '\0', o->size))
				abort();
		}
	}
	if (strcmp(cfg->plugin_dir, def->plugin_dir) != 0 &&
	    strlen(cfg->plugin_dir) > 1 &&
	    cfg->plugin_dir[strlen(cfg->plugin_dir) - 1] != '/')
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct config a, b, def;
	static int init;
	int ra, rb;

	if (!init) {
		log_init(LOG_SINK_STDERR, 1);
		log_set_capture(quiet, NULL);
		init = 1;
	}
	config_defaults(&def);
	ra = parse(data, size, &a);
	rb = parse(data, size, &b);
	if (ra != rb || (ra == 0 && memcmp(&a, &b, sizeof(a)) != 0))
		abort();	/* the same text, another result */
	if (ra != 0)
		return 0;
	check_fields(&a, &def);
	if (memcmp(&a, &def, sizeof(a)) != 0) {
		if (!a.space_left.percent && !a.admin_space_left.percent &&
		    a.space_left.value <= a.admin_space_left.value)
			abort();
		if ((a.flush == CONFIG_FLUSH_INCREMENTAL ||
		     a.flush == CONFIG_FLUSH_INCREMENTAL_ASYNC) && a.freq == 0)
			abort();
	}
	return 0;
}
