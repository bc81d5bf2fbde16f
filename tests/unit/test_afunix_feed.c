/* test_afunix_feed.c - audisp-af_unix's feed (src/tools/audisp-af_unix/
 * feed.c, included): what it sends for an event is what vigil's builtin
 * af_unix sends for the same record, checked against the daemon's own
 * encoders: dispatch_encode_binary for binary, format_plugin_raw (the
 * line of a version 0 record, as dispatch.c's plugin_line in RAW) for
 * string; and the input read whole in both binary forms and as lines,
 * however the bytes arrive. */
#include <check.h>

#include "unit.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dispatch.h"
#include "util.h"
#include "format.h"
#include "../../src/tools/audisp-af_unix/feed.c"

static const struct {
	unsigned type;
	const char *text;
} recs[] = {
	{ 1300, "audit(1700000000.001:7): arch=c000003e syscall=59 success=yes exit=0 key=(null)" },
	{ 1320, "audit(1700000000.001:7): " },
	{ 1999, "audit(1700000000.001:7): x=1" },
	{ 1327, "audit(1700000000.001:7): proctitle=2F62696E\nnewline" },
};

static size_t feed_in(struct feed *f, const char *data, size_t len)
{
	size_t room;
	char *at = feed_space(f, &room);

	if (len > room)
		len = room;
	memcpy(at, data, len);
	feed_filled(f, len);
	return len;
}

START_TEST(test_binary_out_is_dispatch_encode_binary)
{
	static char want[DISPATCH_HDR_SIZE + DISPATCH_DATA_SIZE], got[FEED_OUT_MAX];
	struct format_ctx *ctx = format_create(NULL);
	struct feed_event ev = { 0 };
	size_t i, n;

	for (i = 0; i < NELEM(recs); i++) {
		ev.version = i & 1;
		ev.type = recs[i].type;
		ev.data = recs[i].text;
		ev.len = strlen(recs[i].text);
		n = dispatch_encode_binary(ev.version, ev.type, ev.data, ev.len, want);
		ck_assert_uint_eq(feed_encode(ctx, FEED_OUT_BINARY, &ev, got), n);
		ck_assert_mem_eq(got, want, n);
	}
	format_destroy(ctx);
}
END_TEST

START_TEST(test_string_out_is_plugin_line)
{
	static char want[FORMAT_LINE_MAX + 1], got[FEED_OUT_MAX];
	struct format_ctx *ctx = format_create(NULL);
	struct feed_event ev = { 0 };
	size_t i, n;

	for (i = 0; i < NELEM(recs); i++) {
		ev.type = recs[i].type;
		ev.data = recs[i].text;
		ev.len = strlen(recs[i].text);
		n = format_plugin_raw(ctx, ev.type, ev.data, ev.len, want);
		want[n++] = '\n';
		ck_assert_uint_eq(feed_encode(ctx, FEED_OUT_STRING, &ev, got), n);
		ck_assert_mem_eq(got, want, n);
	}
	/* version 1: the line is the data */
	ev.version = 1;
	ev.data = "node=a type=EOE msg=audit(1.2:3):";
	ev.len = strlen(ev.data);
	n = feed_encode(ctx, FEED_OUT_STRING, &ev, got);
	ck_assert_uint_eq(n, ev.len + 1);
	ck_assert_mem_eq(got, "node=a type=EOE msg=audit(1.2:3):\n", n);
	format_destroy(ctx);
}
END_TEST

/* The same three records through feed_next, in pieces of every size from
 * 1 byte: padded and unpadded binary, and lines. */
static void read_back(int form, size_t piece)
{
	static char stream[3 * (DISPATCH_HDR_SIZE + DISPATCH_DATA_SIZE) + 64];
	struct feed *f = malloc(sizeof(*f));
	struct feed_event ev;
	size_t len = 0, at = 0, i;
	unsigned got = 0;
	int r;

	for (i = 0; i < 3; i++) {
		size_t n = strlen(recs[i].text);

		if (form == 2) {
			memcpy(stream + len, recs[i].text, n);
			len += n;
			stream[len++] = '\n';
			continue;
		}
		dispatch_encode_binary(0, recs[i].type, recs[i].text, n, stream + len);
		len += form == 0 ? DISPATCH_HDR_SIZE + DISPATCH_DATA_SIZE : DISPATCH_HDR_SIZE + n;
	}
	feed_init(f);
	while (at < len || got < 3) {
		int eof = at >= len;

		if (!eof)
			at += feed_in(f, stream + at, len - at < piece ? len - at : piece);
		while ((r = feed_next(f, at >= len, &ev)) == 1) {
			ck_assert_uint_lt(got, 3);
			ck_assert_uint_eq(ev.len, strlen(recs[got].text));
			ck_assert_mem_eq(ev.data, recs[got].text, ev.len);
			if (form != 2)
				ck_assert_uint_eq(ev.type, recs[got].type);
			got++;
		}
		ck_assert_int_eq(r, 0);
		if (eof)
			break;
	}
	ck_assert_uint_eq(got, 3);
	free(f);
}

START_TEST(test_read_every_form_in_pieces)
{
	static const size_t pieces[] = { 1, 7, 16, 100, 8986, 65536 };
	size_t i;
	int form;

	for (form = 0; form < 3; form++)
		for (i = 0; i < NELEM(pieces); i++)
			read_back(form, pieces[i]);
}
END_TEST

START_TEST(test_bad_header)
{
	struct feed *f = malloc(sizeof(*f));
	struct feed_event ev;
	uint32_t h[4] = { 0, 16, 1300, 9000 };

	feed_init(f);
	feed_in(f, (const char *)h, sizeof(h));
	ck_assert_int_eq(feed_next(f, 0, &ev), -1);
	free(f);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("afunix_feed");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_binary_out_is_dispatch_encode_binary);
	tcase_add_test(tc, test_string_out_is_plugin_line);
	tcase_add_test(tc, test_read_every_form_in_pieces);
	tcase_add_test(tc, test_bad_header);
	suite_add_tcase(s, tc);
	return unit_run_skipping(s, "afunix_feed", NULL);
}
