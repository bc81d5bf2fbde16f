/* test_lineformat.c - whatever bytes a record carries, it is one log line.
 *
 * The log is read line by line (ausearch, aureport, a SIEM): a record that
 * could write a '\n' of its own could also write a forged record after it.
 * The kernel passes some text through untouched (the msg='...' of user
 * messages, a socket path that ENRICHED decodes into SADDR=), so every byte
 * value is tried in each, in RAW and ENRICHED, with and without a node.
 */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "format.h"
#include "unit.h"

#define HDR "audit(1700000000.123:77): "

static char line[FORMAT_LINE_MAX];

/* Exactly one '\n', at the end, and no NUL before it. */
static void assert_one_line(size_t n, unsigned byte)
{
	ck_assert_msg(n > 0, "byte 0x%02x: no line", byte);
	ck_assert_msg(memchr(line, '\n', n) == line + n - 1,
		      "byte 0x%02x: not exactly one line: %.*s", byte, (int)n, line);
	ck_assert_msg(memchr(line, '\0', n) == NULL, "byte 0x%02x: NUL in line", byte);
}

static unsigned each_mode(const char *payload, size_t len, unsigned type, unsigned byte,
			  const char *must_contain)
{
	static const enum format_log logs[] = { FORMAT_LOG_RAW, FORMAT_LOG_ENRICHED };
	unsigned checked = 0;
	int node;
	size_t i;

	for (node = 0; node < 2; node++) {
		for (i = 0; i < 2; i++) {
			struct format_ctx *ctx = format_create(NULL);
			size_t n;

			ck_assert_ptr_nonnull(ctx);
			format_set_log(ctx, logs[i]);
			if (node)
				ck_assert_int_eq(format_set_node(ctx, "host1"), 0);
			n = format_record(ctx, type, payload, len, line);
			assert_one_line(n, byte);
			if (must_contain && logs[i] == FORMAT_LOG_ENRICHED)
				ck_assert_msg(memmem(line, n, must_contain, strlen(must_contain)),
					      "byte 0x%02x: %s missing in %.*s", byte,
					      must_contain, (int)n, line);
			format_destroy(ctx);
			checked++;
		}
	}
	return checked;
}

/* A user message (type 1100-1199): the kernel copies the text as sent. */
START_TEST(test_user_message_every_byte)
{
	unsigned b, checked = 0;

	for (b = 0; b < 256; b++) {
		/* "a" BYTE "b", then a forged record on a line of its own */
		char payload[] = HDR "pid=1 uid=0 auid=0 ses=1 msg='a?b\n"
				 "type=USER_LOGIN msg=audit(1700000000.123:78): res=success'";

		*strchr(payload, '?') = (char)b;
		checked += each_mode(payload, sizeof(payload) - 1, 1105, b, NULL);
	}
	ck_assert_uint_eq(checked, 256 * 4);
}
END_TEST

/* An AF_UNIX socket path: ENRICHED decodes it into SADDR={ ... path=... }.
 * Any user can connect() to such a path when connect is audited. */
START_TEST(test_socket_path_every_byte)
{
	unsigned b, checked = 0;

	for (b = 1; b < 256; b++) {
		char payload[256];
		/* family 1 (AF_UNIX), path "/a" BYTE "type=AVC" */
		int n = snprintf(payload, sizeof(payload),
				 HDR "saddr=01002F61%02X747970653D415643", b);

		checked += each_mode(payload, (size_t)n, 1306, b, "SADDR={ saddr_fam=local path=/a");
	}
	ck_assert_uint_eq(checked, 255 * 4);
}
END_TEST

/* The same record with a newline: the decoded path keeps its place in the
 * line, the newline becomes a space as RAW turns one into a space. */
START_TEST(test_socket_path_newline_is_a_space)
{
	struct format_ctx *ctx = format_create(NULL);
	static const char payload[] = HDR "saddr=01002F610A747970653D415643";
	size_t n;

	format_set_log(ctx, FORMAT_LOG_ENRICHED);
	n = format_record(ctx, 1306, payload, sizeof(payload) - 1, line);
	line[n - 1] = '\0';
	ck_assert_str_eq(line, "type=SOCKADDR msg=" HDR "saddr=01002F610A747970653D415643"
			 "\x1dSADDR={ saddr_fam=local path=/a type=AVC }");
	format_destroy(ctx);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("lineformat");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_user_message_every_byte);
	tcase_add_test(tc, test_socket_path_every_byte);
	tcase_add_test(tc, test_socket_path_newline_is_a_space);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
