/* test_daemonrec.c - auditd's own record payloads, field by field (auditd(8)).
 * The header "audit(sec.msec:serial): " is checked for shape, the rest
 * exactly. */
#include <check.h>

#include "unit.h"
#include <regex.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "daemonrec.h"

/* Split off the header and check its shape; return the body. */
static const char *body(const char *payload)
{
	regex_t re;
	const char *p;

	ck_assert_int_eq(regcomp(&re, "^audit\\([0-9]+\\.[0-9]{3}:[0-9]+\\): ", REG_EXTENDED), 0);
	ck_assert_msg(regexec(&re, payload, 0, NULL, 0) == 0, "bad header: %s", payload);
	regfree(&re);
	p = strstr(payload, "): ");
	return p + 3;
}

static void sender(struct daemonrec_sender *s, const char *ctx)
{
	unsigned char reply[8 + 64];
	uint32_t auid = 1000;
	int32_t pid = (int32_t)getpid();
	size_t len = 8;

	memcpy(reply, &auid, 4);
	memcpy(reply + 4, &pid, 4);
	if (ctx) {
		memcpy(reply + 8, ctx, strlen(ctx));
		len += strlen(ctx);
	}
	daemonrec_sender_from_reply(s, reply, len);
}

static unsigned own_ses(void)
{
	unsigned v = 4294967295u;
	FILE *f = fopen("/proc/self/sessionid", "r");

	if (f) {
		if (fscanf(f, "%u", &v) != 1)
			v = 4294967295u;
		fclose(f);
	}
	return v;
}

START_TEST(test_signal_records_with_sender)
{
	struct daemonrec d = { .serial = 41 };
	struct daemonrec_sender s;
	char out[DAEMONREC_MAX], want[512];

	sender(&s, NULL);
	ck_assert_int_eq(s.valid, 1);
	daemonrec_end(&d, out, &s);
	snprintf(want, sizeof(want), "op=terminate auid=1000 uid=%u ses=%u pid=%d res=success",
		 (unsigned)getuid(), own_ses(), (int)getpid());
	ck_assert_str_eq(body(out), want);
	ck_assert_ptr_nonnull(strstr(out, ":41): "));

	daemonrec_rotate(&d, out, &s);
	snprintf(want, sizeof(want), "op=rotate-logs auid=1000 uid=%u ses=%u pid=%d res=success",
		 (unsigned)getuid(), own_ses(), (int)getpid());
	ck_assert_str_eq(body(out), want);
	ck_assert_ptr_nonnull(strstr(out, ":42): "));

	daemonrec_resume(&d, out, &s);
	snprintf(want, sizeof(want), "op=resume-logging auid=1000 uid=%u ses=%u pid=%d res=success",
		 (unsigned)getuid(), own_ses(), (int)getpid());
	ck_assert_str_eq(body(out), want);

	daemonrec_config(&d, out, &s, 1);
	snprintf(want, sizeof(want), "op=reconfigure state=changed auid=1000 pid=%d subj=? res=success",
		 (int)getpid());
	ck_assert_str_eq(body(out), want);

	daemonrec_config(&d, out, &s, 0);
	snprintf(want, sizeof(want),
		 "op=reconfigure state=no-change auid=1000 uid=%u ses=%u pid=%d res=failed",
		 (unsigned)getuid(), own_ses(), (int)getpid());
	ck_assert_str_eq(body(out), want);
}
END_TEST

START_TEST(test_sender_label)
{
	struct daemonrec d = { .serial = 1 };
	struct daemonrec_sender s;
	char out[DAEMONREC_MAX], want[512];

	sender(&s, "unconfined_u:unconfined_r:unconfined_t:s0");
	daemonrec_end(&d, out, &s);
	snprintf(want, sizeof(want), "op=terminate auid=1000 uid=%u ses=%u pid=%d "
		 "subj=unconfined_u:unconfined_r:unconfined_t:s0 res=success",
		 (unsigned)getuid(), own_ses(), (int)getpid());
	ck_assert_str_eq(body(out), want);
	daemonrec_config(&d, out, &s, 1);
	snprintf(want, sizeof(want), "op=reconfigure state=changed auid=1000 pid=%d "
		 "subj=unconfined_u:unconfined_r:unconfined_t:s0 res=success", (int)getpid());
	ck_assert_str_eq(body(out), want);
}
END_TEST

START_TEST(test_without_sender)
{
	struct daemonrec d = { .serial = 1 };
	char out[DAEMONREC_MAX];

	daemonrec_end(&d, out, NULL);
	ck_assert_str_eq(body(out), "op=terminate auid=-1 uid=-1 ses=-1 pid=-1 subj=? res=success");
	daemonrec_rotate(&d, out, NULL);
	ck_assert_str_eq(body(out), "op=rotate-logs auid=-1 pid=-1 subj=? res=failed");
	daemonrec_resume(&d, out, NULL);
	ck_assert_str_eq(body(out), "op=resume-logging auid=-1 pid=-1 subj=? res=success");
	daemonrec_config(&d, out, NULL, 1);
	ck_assert_str_eq(body(out), "op=reconfigure state=no-change auid=-1 pid=-1 subj=? res=failed");
}
END_TEST

START_TEST(test_start_and_abort)
{
	struct daemonrec d = { .serial = 7 };
	char out[DAEMONREC_MAX], want[512];
	regex_t re;

	daemonrec_start(&d, out, "enriched");
	ck_assert_int_eq(regcomp(&re, "^op=start ver=3\\.0\\.9 format=enriched kernel=[^ ]{1,56} "
				 "auid=[0-9]+ pid=[0-9]+ uid=[0-9]+ ses=[0-9]+ (subj=[^ ]+ )?res=success$",
				 REG_EXTENDED), 0);
	ck_assert_msg(regexec(&re, body(out), 0, NULL, 0) == 0, "%s", out);
	regfree(&re);
	snprintf(want, sizeof(want), " pid=%d ", (int)getpid());
	ck_assert_ptr_nonnull(strstr(out, want));

	daemonrec_abort(&d, out, "set-pid");
	ck_assert_int_eq(regcomp(&re, "^op=set-pid auid=[0-9]+ pid=[0-9]+ uid=[0-9]+ ses=[0-9]+ "
				 "(subj=[^ ]+ )?res=failed$", REG_EXTENDED), 0);
	ck_assert_msg(regexec(&re, body(out), 0, NULL, 0) == 0, "%s", out);
	regfree(&re);
	ck_assert_ptr_nonnull(strstr(out, ":8): "));
}
END_TEST

START_TEST(test_short_reply_is_no_sender)
{
	struct daemonrec_sender s;

	daemonrec_sender_from_reply(&s, "abc", 3);
	ck_assert_int_eq(s.valid, 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("daemonrec");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_signal_records_with_sender);
	tcase_add_test(tc, test_sender_label);
	tcase_add_test(tc, test_without_sender);
	tcase_add_test(tc, test_start_and_abort);
	tcase_add_test(tc, test_short_reply_is_no_sender);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
