/* test_frame.c - the remote logging frames (frame.c): what audisp-remote
 * sends parses, what the receiver answers is what audisp-remote reads
 * (bytes taken from Debian's auditd 3.0.9 and audisp-remote on the wire),
 * and what must be refused is. Also netq.c: records in, answers out. */
#include <check.h>

#include "unit.h"
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "frame.h"
#include "netq.h"
#include "ring.h"

/* audisp-remote's first record: MESSAGE, seq 2, as captured */
static const unsigned char wire_msg[] = {
	0xfe, 0x00, 0x00, 0xff, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x20, 0x00, 0x02, 0x00, 0x00, 0x00,
	't', 'y', 'p', 'e', '=', 'U', 'S', 'E', 'R', ' ', 'm', 's', 'g', '=', 'a', 'u',
	'd', 'i', 't', '(', '1', '.', '0', ':', '1', ')', ':', ' ', 'a', '=', '1', '\n',
};
/* auditd's ACK to it, and the ENDING it sends at shutdown */
static const unsigned char wire_ack[] = {
	0xfe, 0x00, 0x00, 0xff, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00,
};
static const unsigned char wire_ending[] = {
	0xfe, 0x00, 0x00, 0xff, 0x00, 0x00, 0x01, 0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
};

START_TEST(test_parse_audisp_remote)
{
	struct frame f;
	size_t used, i;
	char text[FRAME_MAX_PAYLOAD];

	ck_assert_int_eq(frame_parse(wire_msg, sizeof(wire_msg), &f, &used), FRAME_OK);
	ck_assert_uint_eq(used, sizeof(wire_msg));
	ck_assert_uint_eq(f.type, FRAME_MESSAGE);
	ck_assert_uint_eq(f.seq, 2);
	ck_assert_uint_eq(f.len, 32);
	/* the trailing newline goes, as auditd strips it */
	ck_assert_uint_eq(frame_text(f.payload, f.len, text), 31);
	ck_assert(memcmp(text, "type=USER msg=audit(1.0:1): a=1", 31) == 0);
	/* any prefix is short, and says so at once */
	for (i = 0; i < sizeof(wire_msg); i++)
		ck_assert_int_eq(frame_parse(wire_msg, i, &f, &used), FRAME_SHORT);
}
END_TEST

START_TEST(test_pack_replies)
{
	unsigned char out[FRAME_MAX];

	ck_assert_uint_eq(frame_pack(out, FRAME_ACK, 2, "", 0), 16);
	ck_assert(memcmp(out, wire_ack, 16) == 0);
	ck_assert_uint_eq(frame_pack(out, FRAME_ENDING, 0, "", 0), 16);
	ck_assert(memcmp(out, wire_ending, 16) == 0);
	/* an error reply carries its text, length in the header */
	ck_assert_uint_eq(frame_pack(out, FRAME_DISKFULL, 7, "disk full", 9), 25);
	/* the answers' frames, as auditd sends them */
	ck_assert_uint_eq(netq_reply(NETQ_ACK, 2, out), 16);
	ck_assert(memcmp(out, wire_ack, 16) == 0);
	ck_assert_uint_eq(netq_reply(NETQ_DISKLOW, 2, out), 16);
	ck_assert_uint_eq(netq_reply(NETQ_DISKERROR, 2, out), 16 + 16);
	ck_assert(memcmp(out + 16, "disk write error", 16) == 0);
	ck_assert_uint_eq(netq_reply(NETQ_SUSPENDED, 2, out), 16 + 24);
	ck_assert(memcmp(out + 16, "remote logging suspended", 24) == 0);
	ck_assert_uint_eq(netq_reply(NETQ_DISKFULL, 7, out), 25);
	ck_assert_uint_eq(out[10], 9);
	ck_assert_uint_eq(out[6], 0x01);
	ck_assert_uint_eq(out[9], 0x60);
	ck_assert(memcmp(out + 16, "disk full", 9) == 0);
}
END_TEST

START_TEST(test_refused)
{
	unsigned char b[FRAME_HDR_SIZE + 4];
	struct frame f;
	size_t used;

	/* text: refused from its first byte */
	ck_assert_int_eq(frame_parse("t", 1, &f, &used), FRAME_BAD_MAGIC);
	ck_assert_int_eq(frame_parse("type=USER", 9, &f, &used), FRAME_BAD_MAGIC);
	/* one byte of the magic wrong */
	memcpy(b, wire_msg, 16);
	b[3] = 0xfe;
	ck_assert_int_eq(frame_parse(b, 4, &f, &used), FRAME_BAD_MAGIC);
	/* length 8971 and 65535 */
	frame_pack(b, FRAME_MESSAGE, 1, "", 0);
	b[10] = 8971 & 0xff;
	b[11] = 8971 >> 8;
	ck_assert_int_eq(frame_parse(b, 16, &f, &used), FRAME_TOO_LONG);
	b[10] = b[11] = 0xff;
	ck_assert_int_eq(frame_parse(b, 16, &f, &used), FRAME_TOO_LONG);
	/* replies and unknown types from a client */
	frame_pack(b, FRAME_ACK, 1, "", 0);
	ck_assert_int_eq(frame_parse(b, 16, &f, &used), FRAME_BAD_TYPE);
	frame_pack(b, 5, 1, "abcd", 4);
	ck_assert_int_eq(frame_parse(b, 20, &f, &used), FRAME_BAD_TYPE);
	ck_assert_uint_eq(used, 0);
}
END_TEST

START_TEST(test_two_frames_and_max)
{
	static unsigned char b[2 * FRAME_MAX];
	static char payload[FRAME_MAX_PAYLOAD];
	struct frame f;
	size_t n, used;

	memset(payload, 'x', sizeof(payload));
	n = frame_pack(b, FRAME_MESSAGE, 3, payload, sizeof(payload));
	ck_assert_uint_eq(n, FRAME_MAX);
	n += frame_pack(b + n, FRAME_HEARTBEAT, 4, "", 0);
	ck_assert_int_eq(frame_parse(b, n, &f, &used), FRAME_OK);
	ck_assert_uint_eq(used, FRAME_MAX);
	ck_assert_uint_eq(f.len, FRAME_MAX_PAYLOAD);
	ck_assert_int_eq(frame_parse(b + used, n - used, &f, &used), FRAME_OK);
	ck_assert_uint_eq(f.type, FRAME_HEARTBEAT);
	ck_assert_uint_eq(f.seq, 4);
	ck_assert_uint_eq(used, 16);
}
END_TEST

START_TEST(test_text)
{
	char out[FRAME_MAX_PAYLOAD];
	const unsigned char nl[] = "a\nb\rc\n";
	const unsigned char nul[] = { 'a', 'b', 0, 'c' };

	/* one trailing newline dropped, others and CR become spaces */
	ck_assert_uint_eq(frame_text(nl, 6, out), 5);
	ck_assert(memcmp(out, "a b c", 5) == 0);
	/* a NUL ends the text, as auditd reads it as a C string */
	ck_assert_uint_eq(frame_text(nul, 4, out), 2);
	ck_assert_uint_eq(frame_text((const unsigned char *)"\n", 1, out), 0);
	ck_assert_uint_eq(frame_text((const unsigned char *)"", 0, out), 0);
}
END_TEST

START_TEST(test_netq)
{
	struct ring *wake = ring_create(65536);
	struct netq *q = netq_create(wake);
	struct netq_item it;
	uint64_t cur = 0;
	struct netq_answer a[4];
	unsigned char f[FRAME_HDR_SIZE + 64], got[64];
	int sv[2];

	ck_assert_ptr_nonnull(q);
	ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
	ck_assert_int_eq(netq_put(q, 7, sv[0], NETQ_TEXT, NETQ_DISPATCH, "abc", 3), 0);
	ck_assert_int_eq(netq_put(q, 0, -1, 1207, 0, "audit(1.0:1): x", 15), 0);
	/* staged records are invisible until committed */
	ck_assert_int_eq(netq_next(q, &cur, &it), 0);
	cur = 0;
	netq_commit(q);
	ck_assert_int_eq(ring_wait_data(wake, 0), 1);	/* the writer was kicked */
	ck_assert_int_eq(netq_next(q, &cur, &it), 1);
	ck_assert_uint_eq(it.token, 7);
	ck_assert_int_eq(it.fd, sv[0]);
	ck_assert_uint_eq(it.type, NETQ_TEXT);
	ck_assert_uint_eq(it.flags, NETQ_DISPATCH);
	ck_assert_uint_eq(it.len, 3);
	ck_assert(memcmp(it.text, "abc", 3) == 0);
	ck_assert_int_eq(netq_next(q, &cur, &it), 1);
	ck_assert_uint_eq(it.type, 1207);
	ck_assert_int_eq(it.fd, -1);
	ck_assert_int_eq(netq_next(q, &cur, &it), 0);
	netq_release(q, cur, 2);
	/* the reply goes out on the client's socket with the answer */
	ck_assert(!netq_has_answers(q));
	netq_answer(q, 7, sv[0], NETQ_DISKFULL);
	netq_answer(q, 0, -1, NETQ_ACK);
	netq_answers_publish(q);
	ck_assert(netq_has_answers(q));
	ck_assert_uint_eq(netq_reply(NETQ_DISKFULL, 7, f), 25);
	ck_assert_int_eq(read(sv[1], got, sizeof(got)), 25);
	ck_assert(memcmp(got, f, 25) == 0);
	ck_assert_uint_eq(netq_answers(q, a, 1), 1);
	ck_assert_uint_eq(a[0].token, 7);
	ck_assert_int_eq(a[0].result, NETQ_DISKFULL);
	ck_assert_uint_eq(a[0].sent, 25);
	ck_assert_uint_eq(netq_answers(q, a, 4), 1);
	ck_assert_uint_eq(a[0].token, 0);
	ck_assert_uint_eq(a[0].sent, 0);
	ck_assert_uint_eq(netq_answers(q, a, 4), 0);
	ck_assert(!netq_has_answers(q));
	close(sv[0]);
	close(sv[1]);
	netq_destroy(q);
	ring_destroy(wake);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("frame");
	TCase *tc = tcase_create("frame");

	tcase_add_test(tc, test_parse_audisp_remote);
	tcase_add_test(tc, test_pack_replies);
	tcase_add_test(tc, test_refused);
	tcase_add_test(tc, test_two_frames_and_max);
	tcase_add_test(tc, test_text);
	tcase_add_test(tc, test_netq);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
