/* frame.c - auditd's remote logging frames. See frame.h. */
#include <string.h>

#include "frame.h"

static uint32_t get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

enum frame_status frame_parse(const void *buf, size_t len, struct frame *f, size_t *used)
{
	const unsigned char *p = buf;
	unsigned char magic[4];
	size_t n = len < 4 ? len : 4;

	*used = 0;
	put32(magic, FRAME_MAGIC);
	if (memcmp(p, magic, n) != 0)
		return FRAME_BAD_MAGIC;
	if (len < FRAME_HDR_SIZE)
		return FRAME_SHORT;
	f->hver = p[4];
	f->mver = p[5];
	f->type = get32(p + 6);
	f->len = (uint16_t)(p[10] | p[11] << 8);
	f->seq = get32(p + 12);
	f->payload = p + FRAME_HDR_SIZE;
	if (f->len > FRAME_MAX_PAYLOAD)
		return FRAME_TOO_LONG;
	if (f->type != FRAME_MESSAGE && f->type != FRAME_HEARTBEAT)
		return FRAME_BAD_TYPE;
	if (len - FRAME_HDR_SIZE < f->len)
		return FRAME_SHORT;
	*used = FRAME_HDR_SIZE + f->len;
	return FRAME_OK;
}

size_t frame_pack(void *out, uint32_t type, uint32_t seq, const char *text, size_t len)
{
	unsigned char *p = out;

	if (len > FRAME_MAX_PAYLOAD)
		len = FRAME_MAX_PAYLOAD;
	put32(p, FRAME_MAGIC);
	p[4] = 0;
	p[5] = 0;
	put32(p + 6, type);
	p[10] = (unsigned char)len;
	p[11] = (unsigned char)(len >> 8);
	put32(p + 12, seq);
	if (len)
		memcpy(p + FRAME_HDR_SIZE, text, len);
	return FRAME_HDR_SIZE + len;
}

size_t frame_text(const unsigned char *payload, size_t len, char *out)
{
	const unsigned char *nul;
	size_t i;

	if (len > FRAME_MAX_PAYLOAD)
		len = FRAME_MAX_PAYLOAD;
	nul = memchr(payload, '\0', len);
	if (nul)
		len = (size_t)(nul - payload);
	if (len && payload[len - 1] == '\n')
		len--;
	for (i = 0; i < len; i++)
		out[i] = payload[i] == '\n' || payload[i] == '\r' ? ' ' : (char)payload[i];
	return len;
}

const char *frame_status_text(enum frame_status s)
{
	switch (s) {
	case FRAME_OK:
		return "ok";
	case FRAME_SHORT:
		return "incomplete frame";
	case FRAME_BAD_MAGIC:
		return "not a frame of the audit remote protocol (bad magic)";
	case FRAME_TOO_LONG:
		return "payload longer than 8970 bytes";
	case FRAME_BAD_TYPE:
		return "a type a client may not send";
	}
	return "?";
}
