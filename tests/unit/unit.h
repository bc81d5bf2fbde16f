/* unit.h - what every check suite's main does: run one suite, exit 1 on
 * any failure. Each tests/unit/test_*.c is its own program. */
#ifndef VIGIL_UNIT_H
#define VIGIL_UNIT_H

#include <check.h>

static inline int unit_run(Suite *s)
{
	SRunner *sr = srunner_create(s);
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}

#endif
