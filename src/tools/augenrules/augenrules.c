/* augenrules.c - vigil's augenrules: merge rules.d into audit.rules and
 * optionally load it, with the messages and exit codes of Debian's script
 * (3.0.9, plus 4.x's immutable check; augenrules(8)). The merge itself is
 * src/lib/rules/merge.c, the load is auditctl -R's (src/lib/rules/exec.c).
 *
 *   augenrules [--check|--load] [-c DIR]
 *
 * DIR (vigil extension, like auditd -c; else $VIGIL_AUDIT_DIR, else
 * /etc/audit) holds rules.d and audit.rules. Messages go to standard output
 * as the script's echo puts them, prefixed with the program's path as the
 * shell shows it in $0; --load prints what `auditctl -R` prints, where it
 * prints it (stdout, stderr, or syslog as "auditctl").
 */
#include <errno.h>
#include <limits.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rules.h"

#define DEFAULT_DIR	"/etc/audit"
#define DIR_ENV		"VIGIL_AUDIT_DIR"
#define RESTORECON	"/sbin/restorecon"

extern char **environ;

struct run {
	char prog[PATH_MAX];	/* $0 */
	int check_only;		/* --check */
	int load;		/* --load */
	const char *dir;
	char *rules_dir;
	char *dest;
};

/* What the shell would call $0 for a script started under the name argv0:
 * a name without a slash is found along PATH first, and the shell sees the
 * path that was executed. */
static void shell_name(const char *argv0, char *out, size_t outsz)
{
	const char *path = getenv("PATH"), *p, *end;

	snprintf(out, outsz, "%s", argv0);
	if (strchr(argv0, '/'))
		return;
	if (!path)
		path = "/bin:/usr/bin";	/* execvp's default */
	for (p = path; ; p = end + 1) {
		char cand[PATH_MAX];
		struct stat st;
		int n;

		end = strchrnul(p, ':');
		if (end == p)
			n = snprintf(cand, sizeof(cand), "%s", argv0);
		else
			n = snprintf(cand, sizeof(cand), "%.*s/%s", (int)(end - p), p, argv0);
		if (n > 0 && (size_t)n < sizeof(cand) && stat(cand, &st) == 0 &&
		    S_ISREG(st.st_mode) && access(cand, X_OK) == 0) {
			snprintf(out, outsz, "%s", cand);
			return;
		}
		if (!*end)
			return;
	}
}

/* The merge's and auditctl's messages: standard error, or syslog where
 * auditctl sends them (the messages of a rules file before its first rule
 * request). */
static void print_diag(void *arg, int prio, const char *msg)
{
	(void)arg;
	if (prio & RULES_DIAG_SYSLOG) {
		openlog("auditctl", 0, LOG_USER);
		syslog(prio & LOG_PRIMASK, "%s", msg);
		closelog();
		return;
	}
	fprintf(stderr, "%s\n", msg);
}

/* What auditctl prints on standard output ("No rules", the status after
 * -b, -e, -f). */
static void print_out(void *arg, const char *text)
{
	(void)arg;
	printf("%s\n", text);
}

static const struct rules_diag diag = { print_diag, NULL };
static const struct rules_out out = { print_out, NULL };

static void __attribute__((noreturn)) usage(const struct run *r)
{
	printf("Usage: %s [--check|--load]\n", r->prog);
	exit(1);
}

static void parse_args(int argc, char **argv, struct run *r)
{
	int i;

	shell_name(argv[0] ? argv[0] : "augenrules", r->prog, sizeof(r->prog));
	r->dir = getenv(DIR_ENV);
	if (!r->dir || !r->dir[0])
		r->dir = DEFAULT_DIR;
	/* the script takes its words in any order and any number */
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--check") == 0)
			r->check_only = 1;
		else if (strcmp(argv[i], "--load") == 0)
			r->load = 1;
		else if (strcmp(argv[i], "-c") == 0 && i + 1 < argc)
			r->dir = argv[++i];
		else
			usage(r);
	}
	if (asprintf(&r->rules_dir, "%s/rules.d", r->dir) < 0 ||
	    asprintf(&r->dest, "%s/audit.rules", r->dir) < 0) {
		fprintf(stderr, "%s: out of memory\n", r->prog);
		exit(1);
	}
}

/* --load: the result goes to the kernel as `auditctl -R` would send it;
 * its exit status becomes ours. */
static int try_load(const struct run *r)
{
	struct rules_exec *ex;
	int status;

	if (!r->load)
		return 0;
	ex = rules_exec_open(&diag, &out);
	if (!ex) {
		fprintf(stderr, "%s: out of memory\n", r->prog);
		return 1;
	}
	status = rules_exec_file(ex, r->dest, NULL);
	rules_exec_close(ex);
	return status;
}

/* 4.x: a locked kernel would refuse the rules; leave everything as it is. */
static void exit_if_immutable(const struct run *r)
{
	if (rules_kernel_immutable()) {
		printf("%s: Audit system is in immutable mode - exiting with no changes\n",
		       r->prog);
		exit(0);
	}
}

/* On SELinux MLS systems the new file needs its label, as the script does. */
static void restore_context(const char *path)
{
	char *const args[] = { (char *)RESTORECON, (char *)"-F", (char *)path, NULL };
	int status;
	pid_t pid;

	if (access(RESTORECON, X_OK) != 0)
		return;
	if (posix_spawn(&pid, RESTORECON, NULL, NULL, args, environ) == 0)
		waitpid(pid, &status, 0);
}

static int is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int main(int argc, char **argv)
{
	struct run r = { 0 };
	unsigned nrules;
	size_t len;
	char *text;
	int state, failed;

	setvbuf(stdout, NULL, _IOLBF, 0);
	parse_args(argc, argv, &r);
	if (!is_dir(r.rules_dir)) {
		printf("%s: No rules directory - %s\n", r.prog, r.rules_dir);
		try_load(&r);
		return 1;
	}
	if (rules_merge_dir(r.rules_dir, &text, &len, &nrules, &diag) < 0)
		return 1;
	state = rules_update_file(r.dest, text, len, 1, &diag);
	if (state < 0)
		return 1;
	if (state == RULES_FILE_SAME) {
		printf("%s: No change\n", r.prog);
		exit_if_immutable(&r);
		return try_load(&r);
	}
	if (r.check_only) {
		printf("%s: Rules have changed and should be updated\n", r.prog);
		return 0;
	}
	exit_if_immutable(&r);
	/* A file that cannot be written leaves the old one, which is still
	 * loaded (as the script's failed cp would), but the run has failed. */
	failed = rules_update_file(r.dest, text, len, 0, &diag) < 0;
	free(text);
	if (!failed)
		restore_context(r.dest);
	return try_load(&r) || failed;
}
