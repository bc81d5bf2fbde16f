/* test_kwatch.c - reporting the kernel's lost counter: at once, then at
 * most once a KWATCH_INTERVAL_S, with the sum; resets and the counter as
 * found at startup are not losses. */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "kwatch.h"
#include "log.h"
#include "unit.h"

static char last[2048];
static int reports;

static void capture(int prio, const char *msg, void *arg)
{
	(void)arg;
	if (prio == LOG_WARNING) {
		snprintf(last, sizeof(last), "%s", msg);
		reports++;
	}
}

static void setup(void)
{
	last[0] = '\0';
	reports = 0;
	log_set_capture(capture, NULL);
}

START_TEST(test_startup_value_is_not_a_loss)
{
	struct kwatch k;

	kwatch_init(&k);
	ck_assert_int_eq(kwatch_update(&k, 500, 64, 100), 0);
	ck_assert_int_eq(kwatch_update(&k, 500, 64, 101), 0);
	ck_assert_int_eq(reports, 0);
	ck_assert_uint_eq(k.since_start, 0);
}
END_TEST

START_TEST(test_first_rise_at_once_then_rate_limited)
{
	struct kwatch k;
	time_t t;

	kwatch_init(&k);
	kwatch_update(&k, 10, 64, 1000);
	ck_assert_int_eq(kwatch_update(&k, 25, 64, 1001), 1);
	ck_assert_str_eq(last, "The kernel lost 15 audit records (15 since the daemon started, "
			 "kernel lost counter 25, backlog limit 64): raise the backlog "
			 "(auditctl -b) or let producers wait (--backlog_wait_time)");
	/* a loss every second for a minute: no report until the interval */
	for (t = 1002; t < 1001 + KWATCH_INTERVAL_S; t++)
		ck_assert_int_eq(kwatch_update(&k, 25 + (uint32_t)(t - 1001), 64, t), 0);
	ck_assert_int_eq(reports, 1);
	ck_assert_int_eq(kwatch_update(&k, 100, 64, 1001 + KWATCH_INTERVAL_S), 1);
	ck_assert_int_eq(reports, 2);
	ck_assert_msg(strstr(last, "lost 75 audit records (90 since"), "%s", last);
	/* nothing new: nothing said, even after the interval */
	ck_assert_int_eq(kwatch_update(&k, 100, 64, 5000), 0);
	ck_assert_int_eq(reports, 2);
}
END_TEST

START_TEST(test_reset_counts_from_zero)
{
	struct kwatch k;

	kwatch_init(&k);
	kwatch_update(&k, 1000, 64, 10);
	/* auditctl --reset-lost, then 7 more lost */
	ck_assert_int_eq(kwatch_update(&k, 7, 64, 11), 1);
	ck_assert_uint_eq(k.since_start, 7);
	ck_assert_msg(strstr(last, "lost 7 audit records"), "%s", last);
}
END_TEST

START_TEST(test_wraparound)
{
	struct kwatch k;

	kwatch_init(&k);
	kwatch_update(&k, 4294967290u, 64, 10);
	ck_assert_int_eq(kwatch_update(&k, 4294967295u, 64, 11), 1);
	ck_assert_uint_eq(k.since_start, 5);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("kwatch");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_startup_value_is_not_a_loss);
	tcase_add_test(tc, test_first_rise_at_once_then_rate_limited);
	tcase_add_test(tc, test_reset_counts_from_zero);
	tcase_add_test(tc, test_wraparound);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
