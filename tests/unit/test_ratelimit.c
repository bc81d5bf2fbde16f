/* test_ratelimit.c - the token bucket: a burst passes, then per_sec a
 * second; what is held back is counted. */
#include <check.h>

#include "ratelimit.h"
#include "unit.h"

#define SEC 1000000000ULL

START_TEST(test_burst_then_rate)
{
	struct ratelimit rl;
	uint64_t t = 5 * SEC;
	int i, passed = 0;

	ratelimit_init(&rl, 10, 2, t);
	for (i = 0; i < 100; i++)
		passed += ratelimit_allow(&rl, t);
	ck_assert_int_eq(passed, 10);
	ck_assert_uint_eq(rl.suppressed, 90);
	/* one second later: two more */
	passed = 0;
	for (i = 0; i < 100; i++)
		passed += ratelimit_allow(&rl, t + SEC);
	ck_assert_int_eq(passed, 2);
	ck_assert_uint_eq(rl.suppressed, 188);
}
END_TEST

START_TEST(test_refill_is_capped_at_burst)
{
	struct ratelimit rl;
	int i, passed = 0;

	ratelimit_init(&rl, 3, 100, 0);
	for (i = 0; i < 10; i++)
		passed += ratelimit_allow(&rl, 3600 * SEC);
	ck_assert_int_eq(passed, 3);
}
END_TEST

START_TEST(test_time_going_back_gives_nothing)
{
	struct ratelimit rl;

	ratelimit_init(&rl, 1, 1, 10 * SEC);
	ck_assert_int_eq(ratelimit_allow(&rl, 10 * SEC), 1);
	ck_assert_int_eq(ratelimit_allow(&rl, 9 * SEC), 0);
	ck_assert_int_eq(ratelimit_allow(&rl, 11 * SEC), 1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("ratelimit");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_burst_then_rate);
	tcase_add_test(tc, test_refill_is_capped_at_burst);
	tcase_add_test(tc, test_time_going_back_gives_nothing);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
