/* unit.h - what every check suite's main does: run one suite, exit 1 on
 * any failure, 77 (skipped, as make check-unit counts it) when some of its
 * tests could not run as this user. Each tests/unit/test_*.c is its own
 * program. */
#ifndef VIGIL_UNIT_H
#define VIGIL_UNIT_H

#include <check.h>
#include <stdio.h>
#include <unistd.h>

#define UNIT_SKIP	77

/* NULL as root; otherwise why a suite needing root skips tests. */
static inline const char *unit_not_root(void)
{
	return geteuid() == 0 ? NULL : "not root";
}

/* Run s: 1 on any failure; else UNIT_SKIP, after printing name and
 * skipped, when skipped is set (tests that need root returned early);
 * else 0. */
static inline int unit_run_skipping(Suite *s, const char *name,
				    const char *skipped)
{
	SRunner *sr = srunner_create(s);
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	if (failed)
		return 1;
	if (skipped) {
		printf("%s: SKIP (%s)\n", name, skipped);
		return UNIT_SKIP;
	}
	return 0;
}

static inline int unit_run(Suite *s)
{
	return unit_run_skipping(s, NULL, NULL);
}

#endif
