/* feed.c - audisp-af_unix's input and output. See feed.h. */
#include <stdint.h>
#include <string.h>

#include "feed.h"
#include "tables.h"

_Static_assert(FEED_OUT_MAX >= FORMAT_LINE_MAX + 1, "a rendered line fits");
_Static_assert(FEED_OUT_MAX >= FEED_HDR_SIZE + FEED_DATA_SIZE, "a frame fits");

void feed_init(struct feed *f)
{
	memset(f, 0, sizeof(*f));
}

char *feed_space(struct feed *f, size_t *room)
{
	if (f->pos) {
		memmove(f->buf, f->buf + f->pos, f->have - f->pos);
		f->have -= f->pos;
		f->pos = 0;
	}
	*room = sizeof(f->buf) - f->have;
	return f->buf + f->have;
}

void feed_filled(struct feed *f, size_t n)
{
	f->have += n;
}

static uint32_t u32_at(const char *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

/* After a binary event's data come the zeros that fill its 8970-byte data
 * area, or, from a sender that does not pad, the next header right away.
 * The first padded event tells which, for the rest of the stream: where a
 * header has its size field (16), padding has zeros, or (padding shorter
 * than 8 bytes) the next header's version, 0 or 1. Returns 1 once no
 * padding is left to skip. */
static int skip_padding(struct feed *f, int eof)
{
	size_t avail = f->have - f->pos, n;
	const char *p = f->buf + f->pos;

	if (!f->skip)
		return 1;
	if (!f->frames_known) {
		if (avail < 8 && !eof)
			return 0;
		f->frames_known = 1;
		if (avail >= 8 && u32_at(p) <= 1 && u32_at(p + 4) == FEED_HDR_SIZE) {
			f->exact = 1;
			f->skip = 0;
			return 1;
		}
	}
	n = avail < f->skip ? avail : f->skip;
	f->pos += n;
	f->skip -= n;
	return !f->skip;
}

static int next_frame(struct feed *f, struct feed_event *ev)
{
	size_t avail = f->have - f->pos;
	const char *p = f->buf + f->pos;
	uint32_t size;

	if (avail < FEED_HDR_SIZE)
		return 0;
	size = u32_at(p + 12);
	if (u32_at(p) > 1 || u32_at(p + 4) != FEED_HDR_SIZE || size > FEED_DATA_SIZE)
		return -1;
	if (avail < FEED_HDR_SIZE + size)
		return 0;
	ev->is_line = 0;
	ev->version = u32_at(p);
	ev->type = u32_at(p + 8);
	ev->data = p + FEED_HDR_SIZE;
	ev->len = size;
	f->pos += FEED_HDR_SIZE + size;
	f->skip = f->exact ? 0 : FEED_DATA_SIZE - size;
	return 1;
}

/* A line, or a piece of a line longer than the buffer. */
static int next_line(struct feed *f, struct feed_event *ev)
{
	size_t avail = f->have - f->pos, len, used;
	const char *p = f->buf + f->pos;
	const char *nl = memchr(p, '\n', avail);

	if (nl)
		used = (len = (size_t)(nl - p)) + 1;
	else if (avail == sizeof(f->buf))
		used = len = avail;
	else
		return 0;
	memset(ev, 0, sizeof(*ev));
	ev->is_line = 1;
	ev->data = p;
	ev->len = len;
	f->pos += used;
	return 1;
}

int feed_next(struct feed *f, int eof, struct feed_event *ev)
{
	if (f->form == FEED_BINARY && !skip_padding(f, eof))
		return 0;
	if (f->have == f->pos)
		return 0;
	if (f->form == FEED_UNKNOWN)
		f->form = f->buf[f->pos] == 0 || f->buf[f->pos] == 1 ? FEED_BINARY : FEED_STRING;
	return f->form == FEED_STRING ? next_line(f, ev) : next_frame(f, ev);
}

/* ---- output ------------------------------------------------------------ */

static int starts(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);

	return len >= n && !memcmp(s, prefix, n);
}

/* Where word (e.g. "type=") starts a field of the line, or NULL. */
static const char *field_at(const char *line, size_t len, const char *word)
{
	const char *p = line, *end = line + len;

	while (p && !starts(p, (size_t)(end - p), word)) {
		p = memchr(p, ' ', (size_t)(end - p));
		if (p)
			p++;
	}
	return p;
}

static unsigned type_number(const char *p, const char *end)
{
	char name[64];
	size_t n;
	int t;

	for (n = 0; p + n < end && p[n] != ' ' && n < sizeof(name) - 1; n++)
		name[n] = p[n];
	name[n] = '\0';
	t = tables_msgtype_number(name);
	return t < 0 ? 0 : (unsigned)t;
}

/* A line of the string input as the binary form carries its record:
 * version 1 (the whole line) when the daemon wrote a node= or ENRICHED
 * line, else version 0 with the kernel's text after "msg=". A version 0
 * line whose record had newlines has them blanked: they stay blanks. */
static void line_as_frame(const struct feed_event *ev, struct feed_event *out)
{
	const char *end = ev->data + ev->len;
	const char *t = field_at(ev->data, ev->len, "type=");
	const char *m = t ? field_at(t, (size_t)(end - t), "msg=") : NULL;

	out->is_line = 0;
	out->type = t ? type_number(t + 5, end) : 0;
	out->version = 1;
	out->data = ev->data;
	out->len = ev->len;
	if (t == ev->data && m && !memchr(ev->data, 0x1d, ev->len)) {
		out->version = 0;
		out->data = m + 4;
		out->len = (size_t)(end - out->data);
	}
	if (out->len > FEED_DATA_SIZE)
		out->len = FEED_DATA_SIZE;
}

size_t feed_encode(const struct format_ctx *ctx, enum feed_out how,
		   const struct feed_event *ev, char *out)
{
	struct feed_event fr;
	uint32_t h[4];
	size_t n;

	if (how == FEED_OUT_STRING) {
		/* version 0 carries the kernel's text: the line is auditd's
		 * "type=NAME msg=TEXT"; a record from the network (its text
		 * already a line) and version 1 are lines already */
		if (!ev->is_line && ev->version == 0 && starts(ev->data, ev->len, "audit(")) {
			n = format_plugin_raw(ctx, ev->type, ev->data, ev->len, out);
		} else {
			n = ev->len < FEED_OUT_MAX - 1 ? ev->len : FEED_OUT_MAX - 1;
			memcpy(out, ev->data, n);
		}
		out[n++] = '\n';
		return n;
	}
	if (ev->is_line) {
		line_as_frame(ev, &fr);
		ev = &fr;
	}
	h[0] = ev->version;
	h[1] = FEED_HDR_SIZE;
	h[2] = ev->type;
	h[3] = (uint32_t)ev->len;
	memcpy(out, h, sizeof(h));
	memcpy(out + FEED_HDR_SIZE, ev->data, ev->len);
	/* the whole data area, as the builtin writes it */
	memset(out + FEED_HDR_SIZE + ev->len, 0, FEED_DATA_SIZE - ev->len);
	return FEED_HDR_SIZE + FEED_DATA_SIZE;
}
