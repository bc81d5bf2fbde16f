/* loadfile.c - rules_load_file() on its own, as the daemon calls it: prints
 * each message it is given ("<prio> text"), then its status and result.
 * For tests/integration/rules-diff.sh.
 *   cc -std=c11 -Iinclude -o loadfile tests/lib/loadfile.c build/libvigil.a */
#include <stdio.h>

#include "rules.h"

static void show(void *arg, int prio, const char *msg)
{
	(void)arg;
	printf("<%d> %s\n", prio, msg);
}

int main(int argc, char *argv[])
{
	struct rules_diag diag = { show, NULL };
	struct rules_load_result res;
	int status;

	if (argc != 2) {
		fprintf(stderr, "usage: loadfile FILE\n");
		return 2;
	}
	status = rules_load_file(argv[1], &diag, &res);
	printf("status=%d lines=%u rules=%u errors=%u immutable=%d\n", status,
	       res.lines, res.rules, res.errors, res.immutable);
	return 0;
}
