/* test_space.c - free-space thresholds and the latches of their actions
 * (space.c): the arithmetic auditd uses, and the state machine walked
 * through the shortages an administrator meets. */
#include <check.h>

#include "unit.h"
#include "space.h"

#define BS 4096ULL
#define MB_BLOCKS (SPACE_MIB / BS)

static struct space_fs fs_free(uint64_t free_blocks)
{
	/* a 100 MiB filesystem of 4 KiB blocks */
	struct space_fs fs = { .bavail = free_blocks, .blocks = 100 * MB_BLOCKS, .bsize = BS };
	return fs;
}

static struct space_policy policy(enum config_action sl, enum config_action asl,
				  enum config_action full)
{
	struct space_policy p = {
		.space_left = { 20, 0 },
		.admin_space_left = { 10, 0 },
		.space_left_action = sl,
		.admin_space_left_action = asl,
		.disk_full_action = full,
	};
	return p;
}

START_TEST(test_thresholds)
{
	struct space_fs fs = fs_free(0);
	struct config_space mib = { 75, 0 }, pct = { 25, 1 }, zero = { 0, 0 };

	ck_assert_uint_eq(space_threshold_mb(&mib, &fs), 75);
	ck_assert_uint_eq(space_threshold_blocks(&mib, &fs), 75 * MB_BLOCKS);
	/* 25% of 100 MiB */
	ck_assert_uint_eq(space_threshold_mb(&pct, &fs), 25);
	ck_assert_uint_eq(space_threshold_blocks(&pct, &fs), 25 * MB_BLOCKS);
	ck_assert_uint_eq(space_threshold_blocks(&zero, &fs), 0);
	/* percentages of a filesystem are taken on whole MiB, rounding down:
	 * 10% of 15.9 MiB is 1 MiB */
	fs.blocks = 15 * MB_BLOCKS + MB_BLOCKS - 1;
	pct.value = 10;
	ck_assert_uint_eq(space_threshold_mb(&pct, &fs), 1);
	/* 1 KiB blocks: 1024 blocks a MiB */
	fs.bsize = 1024;
	ck_assert_uint_eq(space_threshold_blocks(&mib, &fs), 75 * 1024);
	fs.bsize = 0;
	ck_assert_uint_eq(space_threshold_blocks(&mib, &fs), 0);
}
END_TEST

START_TEST(test_order_with_percentages)
{
	struct space_fs fs = fs_free(0);
	struct space_policy p = policy(CONFIG_ACTION_SYSLOG, CONFIG_ACTION_SUSPEND,
				       CONFIG_ACTION_SUSPEND);
	uint64_t a, b;

	p.space_left = (struct config_space){ 10, 1 };	/* 10 MiB */
	p.admin_space_left = (struct config_space){ 20, 0 };
	ck_assert_int_eq(space_check_order(&p, &fs, &a, &b), -1);
	ck_assert_uint_eq(a, 10);
	ck_assert_uint_eq(b, 20);
	p.admin_space_left = (struct config_space){ 5, 1 };
	ck_assert_int_eq(space_check_order(&p, &fs, &a, &b), 0);
	/* absolute pairs are config.c's business */
	p = policy(CONFIG_ACTION_SYSLOG, CONFIG_ACTION_SUSPEND, CONFIG_ACTION_SUSPEND);
	ck_assert_int_eq(space_check_order(&p, &fs, &a, &b), 0);
}
END_TEST

/* Down through space_left, admin_space_left and a full disk, then back up. */
START_TEST(test_syslog_latch_and_recovery)
{
	struct space_policy p = policy(CONFIG_ACTION_SYSLOG, CONFIG_ACTION_SYSLOG,
				       CONFIG_ACTION_SYSLOG);
	struct space_latch l = { 0 };
	struct space_fs fs;

	fs = fs_free(50 * MB_BLOCKS);
	ck_assert_uint_eq(space_evaluate(&l, &p, &fs), 0);
	fs = fs_free(20 * MB_BLOCKS - 1);
	ck_assert_uint_eq(space_evaluate(&l, &p, &fs), SPACE_FIRE_SPACE_LEFT);
	ck_assert_int_eq(l.space_done, 1);
	/* latched: the same shortage says nothing more */
	ck_assert_uint_eq(space_evaluate(&l, &p, &fs), 0);
	fs = fs_free(5 * MB_BLOCKS);
	ck_assert_uint_eq(space_evaluate(&l, &p, &fs), SPACE_FIRE_ADMIN);
	ck_assert_uint_eq(space_evaluate(&l, &p, &fs), 0);
	fs = fs_free(SPACE_DISK_FULL_BLOCKS - 1);
	ck_assert_uint_eq(space_evaluate(&l, &p, &fs), SPACE_FIRE_DISK_FULL);
	ck_assert_int_eq(l.disk_full, 1);
	ck_assert_uint_eq(space_evaluate(&l, &p, &fs), 0);
	/* space comes back: the disk-full latch and the syslog latches clear */
	fs = fs_free(60 * MB_BLOCKS);
	ck_assert_uint_eq(space_evaluate(&l, &p, &fs), SPACE_FIRE_RECOVERED);
	ck_assert_int_eq(l.disk_full, 0);
	ck_assert_int_eq(l.space_done, 0);
	ck_assert_int_eq(l.admin_done, 0);
	/* and the next shortage is reported again */
	fs = fs_free(1 * MB_BLOCKS);
	ck_assert_uint_eq(space_evaluate(&l, &p, &fs), SPACE_FIRE_SPACE_LEFT | SPACE_FIRE_ADMIN);
}
END_TEST

/* Actions other than syslog stay latched until SIGUSR2 (space_reset). */
START_TEST(test_other_actions_stay_latched)
{
	static const enum config_action actions[] = {
		CONFIG_ACTION_IGNORE, CONFIG_ACTION_EMAIL, CONFIG_ACTION_EXEC,
		CONFIG_ACTION_SUSPEND, CONFIG_ACTION_SINGLE, CONFIG_ACTION_HALT,
	};
	size_t i;

	for (i = 0; i < sizeof(actions) / sizeof(actions[0]); i++) {
		struct space_policy p = policy(actions[i], actions[i], CONFIG_ACTION_SUSPEND);
		struct space_latch l = { 0 };
		struct space_fs low = fs_free(15 * MB_BLOCKS), high = fs_free(90 * MB_BLOCKS);

		ck_assert_uint_eq(space_evaluate(&l, &p, &low), SPACE_FIRE_SPACE_LEFT);
		ck_assert_uint_eq(space_evaluate(&l, &p, &high), 0);
		ck_assert_int_eq(l.space_done, 1);
		ck_assert_uint_eq(space_evaluate(&l, &p, &low), 0);
		space_reset(&l);
		ck_assert_int_eq(l.space_done, 0);
		ck_assert_uint_eq(space_evaluate(&l, &p, &low), SPACE_FIRE_SPACE_LEFT);
	}
}
END_TEST

/* rotate never latches: each check below the threshold rotates again. */
START_TEST(test_rotate_does_not_latch)
{
	struct space_policy p = policy(CONFIG_ACTION_ROTATE, CONFIG_ACTION_ROTATE,
				       CONFIG_ACTION_ROTATE);
	struct space_latch l = { 0 };
	struct space_fs fs = fs_free(5 * MB_BLOCKS), full = fs_free(0);
	int i;

	for (i = 0; i < 3; i++)
		ck_assert_uint_eq(space_evaluate(&l, &p, &fs),
				  SPACE_FIRE_SPACE_LEFT | SPACE_FIRE_ADMIN);
	ck_assert_int_eq(l.space_done, 0);
	ck_assert_int_eq(l.admin_done, 0);
	for (i = 0; i < 3; i++) {
		ck_assert_uint_eq(space_evaluate(&l, &p, &full), SPACE_FIRE_DISK_FULL);
		ck_assert_int_eq(space_enospc(&l, &p), 1);
	}
}
END_TEST

/* A full disk found by a failed write, then by a check. */
START_TEST(test_enospc_latch)
{
	struct space_policy p = policy(CONFIG_ACTION_SYSLOG, CONFIG_ACTION_SUSPEND,
				       CONFIG_ACTION_SUSPEND);
	struct space_latch l = { 0 };
	struct space_fs full = fs_free(2);

	ck_assert_int_eq(space_enospc(&l, &p), 1);
	ck_assert_int_eq(space_enospc(&l, &p), 0);
	/* the check agrees the disk is full: already done */
	ck_assert_uint_eq(space_evaluate(&l, &p, &full), 0);
	/* below the disk-full line only the disk-full action is considered */
	ck_assert_int_eq(l.space_done, 0);
	ck_assert_int_eq(l.admin_done, 0);
	space_reset(&l);
	ck_assert_uint_eq(space_evaluate(&l, &p, &full), SPACE_FIRE_DISK_FULL);
}
END_TEST

/* No threshold configured (0): never fires, however low. */
START_TEST(test_zero_thresholds)
{
	struct space_policy p = policy(CONFIG_ACTION_SUSPEND, CONFIG_ACTION_SUSPEND,
				       CONFIG_ACTION_SUSPEND);
	struct space_latch l = { 0 };
	struct space_fs fs = fs_free(SPACE_DISK_FULL_BLOCKS);

	p.space_left.value = 0;
	p.admin_space_left.value = 0;
	ck_assert_uint_eq(space_evaluate(&l, &p, &fs), 0);
}
END_TEST

/* Randomized walk: the latches always mean "fired and not yet reset", and
 * an action never fires twice without a reset or (syslog) a recovery. */
START_TEST(test_random_walk)
{
	static const enum config_action actions[] = {
		CONFIG_ACTION_IGNORE, CONFIG_ACTION_SYSLOG, CONFIG_ACTION_EMAIL,
		CONFIG_ACTION_SUSPEND, CONFIG_ACTION_EXEC,
	};
	unsigned seed = 12345;
	int round, i;

	for (round = 0; round < 200; round++) {
		enum config_action a = actions[round % 5];
		struct space_policy p = policy(a, a, CONFIG_ACTION_SUSPEND);
		struct space_latch l = { 0 };
		int fired_space = 0;

		for (i = 0; i < 500; i++) {
			struct space_fs fs;
			unsigned fire;

			seed = seed * 1103515245 + 12345;
			if ((seed >> 16) % 50 == 0) {
				space_reset(&l);
				fired_space = 0;
				continue;
			}
			fs = fs_free(((seed >> 8) % 40) * MB_BLOCKS + (seed % 7));
			fire = space_evaluate(&l, &p, &fs);
			if (fs.bavail < SPACE_DISK_FULL_BLOCKS) {
				ck_assert(!(fire & (SPACE_FIRE_SPACE_LEFT | SPACE_FIRE_ADMIN)));
				continue;
			}
			if (fire & SPACE_FIRE_SPACE_LEFT) {
				ck_assert_int_eq(fired_space, 0);
				fired_space = 1;
			}
			if (fs.bavail >= 20 * MB_BLOCKS && a == CONFIG_ACTION_SYSLOG)
				fired_space = 0;
			ck_assert_int_eq(l.space_done, fired_space);
		}
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("space");
	TCase *tc = tcase_create("space");

	tcase_add_test(tc, test_thresholds);
	tcase_add_test(tc, test_order_with_percentages);
	tcase_add_test(tc, test_syslog_latch_and_recovery);
	tcase_add_test(tc, test_other_actions_stay_latched);
	tcase_add_test(tc, test_rotate_does_not_latch);
	tcase_add_test(tc, test_enospc_latch);
	tcase_add_test(tc, test_zero_thresholds);
	tcase_add_test(tc, test_random_walk);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
