/* fuzz_frame.c - libFuzzer target: bytes from a network client through
 * the receiver's frame parser (frame.c), as remote.c uses it.
 *
 * The input is a stream. Its first byte chooses how it is cut into reads
 * (1 to 256 bytes each, from a small generator seeded by that byte), so
 * frames split at every place are tried; each read is appended to a
 * buffer of one maximal frame, as a client's buffer is, and the buffer is
 * parsed until it needs more. A malformed frame ends the "connection": the
 * buffer is emptied, as closing the client does.
 *
 * Checks beyond the sanitizers: a parsed frame lies inside the buffer, its
 * length is at most 8970 and its type one a client may send; a frame that
 * needs more never comes from a full buffer (a whole frame always fits);
 * the logged text has no newline and is no longer than the payload; a
 * frame packed from what was parsed parses back to the same fields.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "frame.h"

static unsigned char buf[FRAME_MAX];
static char text[FRAME_MAX_PAYLOAD];
static unsigned char packed[FRAME_MAX];

static void check_frame(const struct frame *f, size_t used, size_t have)
{
	struct frame g;
	size_t n, used2;

	if (used != FRAME_HDR_SIZE + (size_t)f->len || used > have)
		abort();
	if (f->len > FRAME_MAX_PAYLOAD)
		abort();
	if (f->type != FRAME_MESSAGE && f->type != FRAME_HEARTBEAT)
		abort();
	if (f->payload != buf + FRAME_HDR_SIZE)
		abort();
	n = frame_text(f->payload, f->len, text);
	if (n > f->len || memchr(text, '\n', n) || memchr(text, '\r', n))
		abort();
	if (frame_pack(packed, f->type, f->seq, (const char *)f->payload, f->len) != used)
		abort();
	if (frame_parse(packed, used, &g, &used2) != FRAME_OK || used2 != used ||
	    g.type != f->type || g.seq != f->seq || g.len != f->len ||
	    memcmp(g.payload, f->payload, f->len) != 0)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint32_t rnd;
	size_t have = 0, pos = 1;

	if (size < 1)
		return 0;
	rnd = data[0] | 1u;
	while (pos < size) {
		size_t chunk, room, used;
		enum frame_status st;
		struct frame f;

		rnd = rnd * 1103515245u + 12345u;
		chunk = 1 + (rnd >> 16) % 256;
		if (chunk > size - pos)
			chunk = size - pos;
		room = sizeof(buf) - have;
		if (chunk > room)
			chunk = room;
		memcpy(buf + have, data + pos, chunk);
		have += chunk;
		pos += chunk;
		for (;;) {
			st = frame_parse(buf, have, &f, &used);
			if (st == FRAME_OK) {
				check_frame(&f, used, have);
				have -= used;
				memmove(buf, buf + used, have);
				if (!have)
					break;
				continue;
			}
			if (st == FRAME_SHORT) {
				if (have == sizeof(buf))
					abort();
				break;
			}
			if (used)
				abort();
			have = 0;	/* the receiver closes this client */
			break;
		}
	}
	return 0;
}
