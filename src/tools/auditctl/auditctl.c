/* auditctl.c - vigil's auditctl: Debian's auditctl 3.0.9 command line, its
 * output, messages and exit statuses (auditctl(8)), on vigil's rules modules:
 * compile.c turns the options into acts, exec.c performs them.
 *
 * What is decided here, before any option is read (observed):
 * - no option at all: the usage on stdout, exit 1;
 * - CAP_AUDIT_CONTROL is needed ("You must be root to run this program.",
 *   exit 4), except for a lone -h or --help, and a lone -l by euid 0 (the
 *   kernel then decides);
 * - messages go to stderr, or to syslog (LOG_USER, ident "auditctl") where
 *   the executor says auditctl would send them there (-R).
 */
#include <cap-ng.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include "rules.h"

#define EXIT_NOT_ROOT	4

static void to_stdout(void *arg, const char *text)
{
	(void)arg;
	printf("%s\n", text);
}

static void to_user(void *arg, int prio, const char *msg)
{
	(void)arg;
	if (prio & RULES_DIAG_SYSLOG)
		syslog(prio & LOG_PRIMASK, "%s", msg);
	else
		fprintf(stderr, "%s\n", msg);
}

static int may_run(int argc, char *argv[])
{
	if (argc == 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0))
		return 1;
	if (argc == 2 && strcmp(argv[1], "-l") == 0 && geteuid() == 0)
		return 1;
	if (capng_get_caps_process() < 0)
		return 0;
	return capng_have_capability(CAPNG_EFFECTIVE, CAP_AUDIT_CONTROL);
}

int main(int argc, char *argv[])
{
	struct rules_diag diag = { to_user, NULL };
	struct rules_out out = { to_stdout, NULL };
	struct rules_exec *ex;
	int status;

	openlog("auditctl", 0, LOG_USER);
	ex = rules_exec_open(&diag, &out);
	if (!ex) {
		fprintf(stderr, "Out of memory\n");
		return 1;
	}
	if (argc < 2) {
		rules_exec_usage(ex);
		status = 1;
	} else if (!may_run(argc, argv)) {
		fprintf(stderr, "You must be root to run this program.\n");
		status = EXIT_NOT_ROOT;
	} else {
		status = rules_exec_argv(ex, argc, argv);
	}
	rules_exec_close(ex);
	return status;
}
