/* test_listener_pace.c - the listener's time batching (listener_nap_ns,
 * auditd(8) DESCRIPTION): no nap in a flood, a lone whole event blocks at
 * once, a part of one waits 1 ms for the rest, a steady trickle naps for a
 * batch at the rate seen, never past 8 ms. Clocks are made up. */
#include <check.h>

#include "unit.h"
#include <linux/audit.h>

#include "listener.h"

#define MS	1000000ull

START_TEST(test_flood_no_nap)
{
	struct listener_pace p = { 0 };

	/* half a batch or more: read again at once */
	ck_assert_uint_eq(listener_nap_ns(&p, LISTENER_BATCH / 2, 0, 1300, 10 * MS), 0);
	ck_assert_uint_eq(listener_nap_ns(&p, LISTENER_BATCH, 1, AUDIT_EOE, 11 * MS), 0);
}
END_TEST

START_TEST(test_sparse_whole_event_blocks)
{
	struct listener_pace p = { 0 };

	/* blocking wakes 50 ms apart (20 events a second): sparse */
	listener_nap_ns(&p, 7, 1, AUDIT_EOE, 1000 * MS);
	ck_assert_uint_eq(listener_nap_ns(&p, 7, 1, AUDIT_EOE, 1050 * MS), 0);
	/* a record that comes alone (a user message) ends its event too */
	ck_assert_uint_eq(listener_nap_ns(&p, 1, 1, AUDIT_USER, 1100 * MS), 0);
}
END_TEST

START_TEST(test_sparse_part_waits_for_the_rest)
{
	struct listener_pace p = { 0 };

	listener_nap_ns(&p, 7, 1, AUDIT_EOE, 1000 * MS);
	/* only the SYSCALL record so far: 1 ms for the rest of the event */
	ck_assert_uint_eq(listener_nap_ns(&p, 1, 1, AUDIT_SYSCALL, 1050 * MS), 1 * MS);
	/* the rest, read after the nap: the event is whole, block */
	ck_assert_uint_eq(listener_nap_ns(&p, 6, 0, AUDIT_EOE, 1051 * MS), 0);
}
END_TEST

START_TEST(test_trickle_naps_for_a_batch)
{
	struct listener_pace p = { 0 };

	/* blocking wakes 2 ms apart: not sparse */
	listener_nap_ns(&p, 7, 1, AUDIT_EOE, 1000 * MS);
	/* 1 record in 2 ms: a batch would take 256 ms; at most 8 ms */
	ck_assert_uint_eq(listener_nap_ns(&p, 1, 1, AUDIT_EOE, 1002 * MS), 8 * MS);
	/* 32 records in 4 ms: a batch (128) in 16 ms; still 8 ms at most */
	ck_assert_uint_eq(listener_nap_ns(&p, 32, 0, AUDIT_EOE, 1006 * MS), 8 * MS);
	/* 32 records in 0.5 ms: a batch in 2 ms */
	ck_assert_uint_eq(listener_nap_ns(&p, 32, 0, AUDIT_EOE, 1006 * MS + MS / 2), 2 * MS);
	/* 60 records in 0.1 ms: the 1 ms floor keeps the batches large */
	ck_assert_uint_eq(listener_nap_ns(&p, 60, 0, AUDIT_EOE, 1006 * MS + 6 * MS / 10), 1 * MS);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("listener_pace");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_flood_no_nap);
	tcase_add_test(tc, test_sparse_whole_event_blocks);
	tcase_add_test(tc, test_sparse_part_waits_for_the_rest);
	tcase_add_test(tc, test_trickle_naps_for_a_batch);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
