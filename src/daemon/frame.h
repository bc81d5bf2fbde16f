/* frame.h - the framing of auditd's remote logging protocol ("managed"
 * format of audisp-remote), both directions.
 *
 * A frame is a 16-byte header then length bytes of payload. Every field
 * is little-endian on the wire (auditd's source calls it network order;
 * it is not). Pure functions: no I/O, no allocation; every input is
 * bounded by the length given, so a hostile peer can only get a status.
 *
 *   offset size field
 *        0    4 magic 0xff0000fe (holds no '\n': text framing can tell)
 *        4    1 header version
 *        5    1 message version
 *        6    4 type
 *       10    2 payload length (0..8970)
 *       12    4 sequence id, echoed in the reply
 */
#ifndef VIGIL_FRAME_H
#define VIGIL_FRAME_H

#include <stddef.h>
#include <stdint.h>

#define FRAME_MAGIC		0xff0000feu
#define FRAME_HDR_SIZE		16
#define FRAME_MAX_PAYLOAD	8970	/* MAX_AUDIT_MESSAGE_LENGTH */
#define FRAME_MAX		(FRAME_HDR_SIZE + FRAME_MAX_PAYLOAD)

/* Types; the masks classify replies (audisp-remote acts on them). */
#define FRAME_MESSAGE		0x00000000u
#define FRAME_HEARTBEAT		0x00000001u
#define FRAME_ACK		0x40000000u
#define FRAME_ENDING		0x40000001u
#define FRAME_DISKLOW		0x50000001u
#define FRAME_DISKFULL		0x60000001u
#define FRAME_DISKERROR		0x60000002u
#define FRAME_MASK_REPLY	0x40000000u
#define FRAME_MASK_FATAL	0x20000000u
#define FRAME_MASK_WARNING	0x10000000u

enum frame_status {
	FRAME_OK,		/* a whole frame; *used bytes */
	FRAME_SHORT,		/* a prefix of a valid frame: read more */
	FRAME_BAD_MAGIC,	/* not this protocol (or out of step) */
	FRAME_TOO_LONG,		/* length above FRAME_MAX_PAYLOAD */
	FRAME_BAD_TYPE,		/* a client may send MESSAGE and HEARTBEAT only */
};

struct frame {
	uint8_t hver;
	uint8_t mver;
	uint32_t type;
	uint16_t len;
	uint32_t seq;
	const unsigned char *payload;	/* len bytes inside the parsed buffer */
};

/* The frame a client sent, at the start of buf[0..len). The magic is
 * checked on as many bytes as there are, so garbage is refused at once
 * rather than after 16 bytes. */
enum frame_status frame_parse(const void *buf, size_t len, struct frame *f, size_t *used);

/* A reply or request: header (+ text, at most FRAME_MAX_PAYLOAD bytes of
 * it) into out, which holds FRAME_MAX bytes. Returns the frame's size. */
size_t frame_pack(void *out, uint32_t type, uint32_t seq, const char *text, size_t len);

/* A MESSAGE payload as the log line it becomes (out: FRAME_MAX_PAYLOAD
 * bytes): the text up to a NUL (auditd treats it as a C string), one
 * trailing newline dropped as auditd does, and any other newline or
 * carriage return made a space, so that a peer cannot start a forged
 * line of its own. Returns the length. */
size_t frame_text(const unsigned char *payload, size_t len, char *out);

const char *frame_status_text(enum frame_status s);

#endif
