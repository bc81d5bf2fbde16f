/* augen.c - what augenrules asks of the kernel, and the daemon's startup
 * loader: rules.d -> audit.rules -> kernel, as Debian's unit does with
 * `augenrules --load` once auditd runs (augenrules(8)).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <sys/stat.h>
#include <unistd.h>

#include "netlink.h"
#include "rules.h"

#define STATUS_TIMEOUT_MS	2000

int rules_kernel_immutable(void)
{
	struct audit_status st;
	int fd = netlink_open(NETLINK_MODE_REQUEST, 0), e;

	if (fd < 0)
		return 0;
	e = netlink_get_status(fd, &st, STATUS_TIMEOUT_MS);
	close(fd);
	return e == 0 && st.enabled == 2;
}

static int is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* rules.d -> audit.rules. Returns 0 when audit.rules is worth loading
 * (written, unchanged, or left as it was after a failure), -1 when there
 * is nothing to load. *failed is set when something went wrong. */
static int refresh(const char *rules_dir, const char *dest, int *failed,
		   const struct rules_diag *diag)
{
	unsigned nrules;
	size_t len;
	char *text;
	int r;

	if (!is_dir(rules_dir)) {
		if (access(dest, F_OK) != 0) {
			rules_diag_say(diag, LOG_INFO, "No rules to load: neither %s nor %s exists",
			    rules_dir, dest);
			return -1;
		}
		rules_diag_say(diag, LOG_NOTICE, "No rules directory - %s; loading %s as it is",
		    rules_dir, dest);
		return 0;
	}
	if (rules_merge_dir(rules_dir, &text, &len, &nrules, diag) < 0) {
		*failed = 1;
		return access(dest, F_OK) == 0 ? 0 : -1;
	}
	r = rules_update_file(dest, text, len, 0, diag);
	free(text);
	if (r == RULES_FILE_CHANGED)
		rules_diag_say(diag, LOG_NOTICE, "Merged %u lines from %s into %s", nrules,
		    rules_dir, dest);
	else if (r < 0)
		*failed = 1;
	return 0;
}

int rules_daemon_load(const char *confdir, const struct rules_diag *diag)
{
	struct rules_load_result res;
	char *rules_dir = NULL, *dest = NULL;
	int failed = 0, rc;

	if (asprintf(&rules_dir, "%s/rules.d", confdir) < 0 ||
	    asprintf(&dest, "%s/audit.rules", confdir) < 0) {
		rules_diag_say(diag, LOG_ERR, "Out of memory loading the rules");
		free(rules_dir);
		return -1;
	}
	if (rules_kernel_immutable()) {
		rules_diag_say(diag, LOG_NOTICE, "The audit system is in immutable mode, "
		    "rules from %s not loaded", confdir);
		goto out;
	}
	if (refresh(rules_dir, dest, &failed, diag) < 0)
		goto out;
	memset(&res, 0, sizeof(res));
	rc = rules_load_file(dest, diag, &res);
	if (res.immutable)
		rules_diag_say(diag, LOG_NOTICE, "The audit system is in immutable mode, "
		    "rules from %s not loaded", dest);
	else if (rc || res.errors)
		rules_diag_say(diag, LOG_ERR, "Rules from %s loaded with errors: %u of %u lines "
		    "failed, %u rules added", dest, res.errors, res.lines, res.rules);
	else
		rules_diag_say(diag, LOG_NOTICE, "Loaded %u rules from %s", res.rules, dest);
	if (rc || res.errors)
		failed = 1;
out:
	free(rules_dir);
	free(dest);
	return failed ? -1 : 0;
}
