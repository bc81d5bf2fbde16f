/* fuzz_rules_format.c - libFuzzer target: kernel rules (the payload of an
 * AUDIT_LIST_RULES reply) through the decompiler, as auditctl -l lists
 * them.
 *
 * The input is { u8 flags, bytes }: bit 0 asks for -l -i, bit 1 for a small
 * output buffer; the bytes are one or more rules, each { u16 length (LE),
 * payload }, rendered in order through one listing context as a real
 * listing is. Each payload is copied into a buffer of exactly its length,
 * so that the sanitizers see a read past what the rule claims.
 *
 * Checks beyond the sanitizers: the answer is a length, -EINVAL or (small
 * buffer only) -ENOSPC; a length is the string's; nothing is written past
 * the output buffer; a refused rule leaves the listing context alone.
 * Seeds: tests/fuzz/corpus/rules_format, made from the golden rules by
 * tests/fuzz/seed-rules-format.py.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <linux/audit.h>
#include "rules.h"

#define OUT_MAX		65536
#define OUT_SMALL	64
#define CANARY		0x5a

static char out[OUT_MAX + 1];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rules_fmt_ctx ctx;
	unsigned flags;
	size_t outsz, pos = 1;

	if (size < 1)
		return 0;
	flags = data[0] & 1 ? RULES_FMT_INTERPRET : 0;
	outsz = data[0] & 2 ? OUT_SMALL : OUT_MAX;
	rules_fmt_init(&ctx, AUDIT_ARCH_X86_64);
	while (pos + 2 <= size) {
		size_t len = (size_t)data[pos] | (size_t)data[pos + 1] << 8;
		struct rules_fmt_ctx before = ctx;
		void *rule;
		int n;

		pos += 2;
		if (len > size - pos)
			len = size - pos;
		rule = malloc(len ? len : 1);
		if (rule == NULL)
			abort();
		memcpy(rule, data + pos, len);
		pos += len;
		out[outsz] = CANARY;
		n = rules_format_next(&ctx, rule, len, flags, out, outsz);
		free(rule);
		if (out[outsz] != CANARY)
			abort();
		if (n >= 0) {
			if ((size_t)n >= outsz || strlen(out) != (size_t)n)
				abort();
		} else if (n == -EINVAL || (n == -ENOSPC && outsz == OUT_SMALL)) {
			if (memcmp(&before, &ctx, sizeof(ctx)) != 0)
				abort();
		} else {
			abort();
		}
	}
	return 0;
}
