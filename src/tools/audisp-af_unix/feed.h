/* feed.h - audisp-af_unix's input and output: the events auditd writes on
 * a plugin's stdin, and the bytes each becomes on the socket.
 *
 * The input is either format of plugins.d (auditd(8), dispatch.h): binary
 * (a 16-byte header version, 16, type, size in host order, then the data,
 * padded to 8970 bytes as vigil's daemon and 3.0.9 write it, or not, as
 * 4.1.1 and later write it) or string (one line per record). The first
 * byte tells which: a header starts with its version, 0 or 1; a line
 * with a letter. The output is the one of the builtin af_unix plugin of
 * vigil's daemon for the same format: the same bytes.
 */
#ifndef AF_UNIX_FEED_H
#define AF_UNIX_FEED_H

#include <stddef.h>

#include "format.h"

#define FEED_HDR_SIZE	16
#define FEED_DATA_SIZE	8970
/* the input buffer: the longest line read whole (a longer one is cut) */
#define FEED_BUF	(64 * 1024)
/* what feed_encode writes at most */
#define FEED_OUT_MAX	(FEED_BUF + 1)

enum feed_out {
	FEED_OUT_STRING,
	FEED_OUT_BINARY,
};

struct feed_event {
	int is_line;		/* a line of the string input (no newline) */
	unsigned version;	/* binary input: the header's */
	unsigned type;
	const char *data;	/* valid until the next feed_space() */
	size_t len;
};

struct feed {
	enum { FEED_UNKNOWN, FEED_BINARY, FEED_STRING } form;
	int frames_known;	/* binary: whether the sender pads is known */
	int exact;		/* ... and it does not */
	size_t skip;		/* padding still to skip */
	size_t have, pos;
	char buf[FEED_BUF];
};

void feed_init(struct feed *f);
/* Where to read the next bytes (room of them), then feed_filled(n). */
char *feed_space(struct feed *f, size_t *room);
void feed_filled(struct feed *f, size_t n);
/* The next whole event: 1, 0 when more bytes are needed (or, with eof,
 * none is left: an incomplete last one is dropped), -1 when the stream
 * is not the binary format (a header out of its bounds). */
int feed_next(struct feed *f, int eof, struct feed_event *ev);

/* The bytes of ev for the socket, in out (FEED_OUT_MAX bytes); ctx (no
 * node, RAW) renders a version 0 record as a line. Returns their count. */
size_t feed_encode(const struct format_ctx *ctx, enum feed_out how,
		   const struct feed_event *ev, char *out);

#endif
