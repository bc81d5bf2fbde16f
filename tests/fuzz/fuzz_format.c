/* fuzz_format.c - libFuzzer target: arbitrary kernel records through the
 * RAW and ENRICHED formatters (include/format.h).
 *
 * Input: byte 0 chooses the options (bit 0: a node name, bit 1: uid/gid
 * names that need encoding), bytes 1-2 are the record type (little endian),
 * the rest is the payload exactly as the kernel would hand it over, any
 * length, any byte.
 *
 * Besides the sanitizers, every line must keep the log's format, because a
 * reader (ausearch, a SIEM) splits the log on '\n' and a record that can
 * add a line can forge one:
 *   - the length is at most FORMAT_LINE_MAX, 0 only for EOE;
 *   - the line ends with its one '\n' and holds no other '\n' and no NUL;
 *   - it starts with "node=NAME " when a node is set, then "type=";
 *   - ENRICHED is the RAW line plus, optionally, 0x1D and the fields.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"

#define NODE	"fuzz-node"

/* Names that exercise the encoder: plain, absent, hostile, at the cap. */
static int fake_name(unsigned id, char *buf, size_t len)
{
	static const char *const names[] = {
		"root2", NULL, "a\nb c\"\x1d\x80z",
		"n123456789012345678901234567890123456789012345678901234567890123456789",
	};
	const char *n = names[id % 4];

	if (!n)
		return -1;
	snprintf(buf, len, "%s", n);
	return 0;
}

static int fake_uid(uid_t uid, char *buf, size_t len, void *arg)
{
	(void)arg;
	return fake_name((unsigned)uid, buf, len);
}

static int fake_gid(gid_t gid, char *buf, size_t len, void *arg)
{
	(void)arg;
	return fake_name((unsigned)gid + 1, buf, len);
}

static void check_line(const char *out, size_t n, unsigned type, int node)
{
	const char *nl;

	if (type == 1320) {
		if (n != 0)
			abort();	/* EOE is never written */
		return;
	}
	if (n == 0 || n > FORMAT_LINE_MAX)
		abort();
	nl = memchr(out, '\n', n);
	if (nl != out + n - 1)
		abort();	/* a second line, or none */
	if (memchr(out, '\0', n))
		abort();	/* readers stop at a NUL */
	if (node) {
		if (strncmp(out, "node=" NODE " type=", sizeof("node=" NODE " type=") - 1))
			abort();
	} else if (strncmp(out, "type=", 5)) {
		abort();
	}
}

static char raw[FORMAT_LINE_MAX], enr[FORMAT_LINE_MAX];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct names_lookup fake = { fake_uid, fake_gid, NULL };
	struct format_ctx *ctx;
	unsigned type;
	int node;
	size_t rn, en;

	if (size < 3)
		return 0;
	node = data[0] & 1;
	type = (unsigned)data[1] | (unsigned)data[2] << 8;
	/* a fresh context per input: the name cache must not make a crash
	 * depend on what ran before */
	ctx = format_create(&fake);
	if (!ctx)
		abort();
	if (node && format_set_node(ctx, NODE))
		abort();

	format_set_log(ctx, FORMAT_LOG_RAW);
	rn = format_record(ctx, type, (const char *)data + 3, size - 3, raw);
	check_line(raw, rn, type, node);

	format_set_log(ctx, FORMAT_LOG_ENRICHED);
	en = format_record(ctx, type, (const char *)data + 3, size - 3, enr);
	check_line(enr, en, type, node);
	if (rn) {
		/* ENRICHED adds to the RAW text, it never changes it */
		if (en < rn || memcmp(raw, enr, rn - 1))
			abort();
		if (en > rn && enr[rn - 1] != 0x1d)
			abort();
	}
	format_destroy(ctx);
	return 0;
}
