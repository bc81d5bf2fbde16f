/* test_search_timearg.c - -ts/-te words as audit 3.0.9's tools read them,
 * in the C locale and UTC, against a fixed clock. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "search.h"
#include "unit.h"

/* Sun Dec  6 13:31:19 2026 UTC, 1000 s after boot */
static const struct timearg_clock clk = { 1796563879, 1000.4, 0 };
#define MIDNIGHT (1796563879 - (13 * 3600 + 31 * 60 + 19))

static time_t ok(int end, const char *date, const char *time)
{
	char msg[256] = "";
	time_t t = 0;

	ck_assert_msg(timearg_parse(end, date, time, &clk, &t, msg,
				    sizeof(msg)) == 0, "%s", msg);
	return t;
}

static const char *bad(int end, const char *date, const char *time)
{
	static char msg[256];
	time_t t;

	msg[0] = '\0';
	ck_assert_int_eq(timearg_parse(end, date, time, &clk, &t, msg,
				       sizeof(msg)), -1);
	return msg;
}

START_TEST(test_keywords)
{
	ck_assert_int_eq(ok(0, "now", NULL), clk.now);
	ck_assert_int_eq(ok(0, "recent", NULL), clk.now - 600);
	ck_assert_int_eq(ok(0, "boot", NULL), clk.now - 1000);
	ck_assert_int_eq(ok(0, "today", NULL), MIDNIGHT);
	ck_assert_int_eq(ok(1, "today", NULL), clk.now);
	ck_assert_int_eq(ok(0, "yesterday", NULL), MIDNIGHT - 86400);
	/* a Sunday: this week starts today */
	ck_assert_int_eq(ok(0, "this-week", NULL), MIDNIGHT);
	ck_assert_int_eq(ok(0, "week-ago", NULL), MIDNIGHT - 7 * 86400);
	ck_assert_int_eq(ok(0, "this-month", NULL), MIDNIGHT - 5 * 86400);
	ck_assert_int_eq(ok(0, "this-year", NULL), 1767225600);
	ck_assert_int_eq(ok(0, "today", "10:00:00"), MIDNIGHT + 36000);
	ck_assert_int_eq(ok(0, "now", "00:00:00"), clk.now);
	ck_assert_int_eq(ok(0, "recent", "10:00"), MIDNIGHT + 36000);
	ck_assert_int_eq(timearg_keyword("Today"), TIMEARG_NONE);
}
END_TEST

START_TEST(test_dates_and_times)
{
	ck_assert_int_eq(ok(0, "12/06/26", NULL), MIDNIGHT);
	ck_assert_int_eq(ok(1, "12/05/26", NULL), clk.now - 86400);
	ck_assert_int_eq(ok(0, NULL, "13:31:19"), clk.now);
	ck_assert_int_eq(ok(0, NULL, "13:31"), clk.now - 19);
	ck_assert_int_eq(ok(0, "12/06/26", "13:31:19"), clk.now);
}
END_TEST

START_TEST(test_messages)
{
	ck_assert_str_eq(bad(0, "12/06/2026", NULL),
			 "Error parsing start date (12/06/2026)\n");
	ck_assert_str_eq(bad(0, "2026-12-06", NULL),
			 "Invalid start date (2026-12-06). Month, Day, and Year are required.\n");
	ck_assert_str_eq(bad(1, "Today", NULL),
			 "Invalid end date (Today). Month, Day, and Year are required.\n");
	ck_assert_str_eq(bad(0, "12/06/26", "junk"),
			 "Invalid start time (junk). Hour, Minute, and Second are required.\n");
	ck_assert_str_eq(bad(1, NULL, "13:31:19.5"),
			 "Error parsing end time (13:31:19.5)\n");
	ck_assert_str_eq(bad(0, "01/01/03", NULL), "Error - year is 2003\n");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("search_timearg");
	TCase *tc = tcase_create("core");

	setenv("TZ", "UTC", 1);
	tzset();
	tcase_add_test(tc, test_keywords);
	tcase_add_test(tc, test_dates_and_times);
	tcase_add_test(tc, test_messages);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
