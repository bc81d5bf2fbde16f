/* exec.c - compiled auditctl commands -> netlink requests and acks, the way
 * Debian's auditctl 3.0.9 performs them (auditctl(8)): what it prints on
 * stdout, the messages it gives and where they go, its exit statuses.
 * This file: one command line, its messages, the socket. Each option's
 * request and output are in acts.c; the rules-file loop of `auditctl -R`,
 * which pipelines the rule additions so that the daemon's start does not
 * pay one round trip a rule, in rulesfile.c.
 *
 * Observed behaviour this file reproduces (Debian 12, auditctl 3.0.9):
 * - auditctl acts option by option: -b/-e/-f/-r/--reset-lost/-s/-l/-m ...
 *   are performed while the options are parsed; a rule (-a -A -d -w -W) is
 *   sent once all options are parsed. A -i or -c anywhere on the line
 *   cancels that last step (the rule is not sent, no status is printed).
 * - after -b -e -f -r --backlog_wait_time (and no rule) it prints the
 *   status as read right after the FIRST of them (`-b 100 -b 200` prints
 *   backlog_limit 100), without the loginuid_immutable line of -s.
 * - its message mode: while it reads a rules file, its messages (and the
 *   "There was an error in line" lines) go to syslog, LOG_USER, ident
 *   "auditctl", until the first rule request of the file has been sent;
 *   from then on to stderr. The -F and -C value errors always go to
 *   stderr (RULES_DIAG_STDERR, marked by the compiler).
 * - a rules file is read with a 6144-byte fgets: a longer line is cut and
 *   each piece counts as a line of its own.
 * - -D lists the rules, deletes each (or each whose key contains the -k
 *   text), then lists again as -l (-k) would; "No rules" only when the
 *   kernel has none at all.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <unistd.h>
#include <linux/audit.h>

#include "util.h"
#include "netlink.h"
#include "rules.h"
#include "tables.h"
#include "exec-internal.h"

#define VERSION_TEXT	"auditctl version 3.0.9"

/* --- messages ------------------------------------------------------------- */

void exec_emit(struct rules_exec *ex, int prio, const char *text)
{
	if (!ex->diag || !ex->diag->emit)
		return;
	if (!(prio & RULES_DIAG_STDERR) && ex->syslog_mode)
		prio |= RULES_DIAG_SYSLOG;
	ex->diag->emit(ex->diag->arg, prio, text);
}

void exec_say(struct rules_exec *ex, int prio, const char *fmt, ...)
{
	char *msg = NULL;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vasprintf(&msg, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	exec_emit(ex, prio, msg);
	free(msg);
}

void exec_print(struct rules_exec *ex, const char *fmt, ...)
{
	char line[1024];
	va_list ap;

	if (!ex->out.line)
		return;
	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	ex->out.line(ex->out.arg, line);
}

/* The compiler's messages are held, then given in order with the routing
 * of the moment auditctl would have printed them. */
void exec_hold(void *arg, int prio, const char *msg)
{
	struct held *h = arg;
	struct held_msg *v;

	if (h->n == h->cap) {
		unsigned cap = h->cap ? 2 * h->cap : 4;

		v = realloc(h->v, cap * sizeof(*v));
		if (!v)
			return;
		h->v = v;
		h->cap = cap;
	}
	h->v[h->n].prio = prio;
	h->v[h->n].text = strdup(msg);
	if (h->v[h->n].text)
		h->n++;
}

void exec_held_release(struct held *h)
{
	unsigned i;

	for (i = 0; i < h->n; i++)
		free(h->v[i].text);
	free(h->v);
	memset(h, 0, sizeof(*h));
}

void exec_held_flush(struct rules_exec *ex, struct held *h)
{
	unsigned i;

	for (i = 0; i < h->n; i++)
		exec_emit(ex, h->v[i].prio, h->v[i].text);
	exec_held_release(h);
}


/* --- netlink ---------------------------------------------------------------- */

int exec_fd(struct rules_exec *ex)
{
	if (ex->fd < 0)
		ex->fd = netlink_open(NETLINK_MODE_REQUEST, 0);
	return ex->fd;
}

/* A request and its ack. Returns the ack's value (0, -errno, or the
 * positive count some AUDIT_SET resets answer with). */
int exec_request(struct rules_exec *ex, uint16_t type, const void *data, size_t len)
{
	int fd = exec_fd(ex);

	return fd < 0 ? fd : netlink_request(fd, type, data, len, REPLY_TIMEOUT_MS);
}

int exec_get_status(struct rules_exec *ex, struct audit_status *st, size_t *len)
{
	int fd = exec_fd(ex);

	if (fd < 0)
		return fd;
	return netlink_get(fd, AUDIT_GET, NULL, 0, st, sizeof(*st), len, REPLY_TIMEOUT_MS);
}

static void on_train_ack(void *arg, unsigned index, int value)
{
	int *first_err = arg;

	(void)index;
	if (value < 0 && !*first_err)
		*first_err = value;
}

int exec_rules_train(struct rules_exec *ex, uint16_t type, struct audit_rule_data *const *rules,
		     const size_t *lens, unsigned count)
{
	struct iovec iov[BATCH_RULES];
	int fd = exec_fd(ex), e = 0, err = 0;
	unsigned i, j;

	if (fd < 0)
		return fd;
	for (i = 0; i < count && e == 0 && err == 0; i += BATCH_RULES) {
		unsigned cnt = count - i < BATCH_RULES ? count - i : BATCH_RULES;

		for (j = 0; j < cnt; j++)
			iov[j] = (struct iovec){ rules[i + j], lens[i + j] };
		e = netlink_train(fd, type, iov, cnt, on_train_ack, &err, REPLY_TIMEOUT_MS);
	}
	return e < 0 ? e : err;
}

/* --- -h ------------------------------------------------------------------------- */

static const char *const usage_lines[] = {
	"usage: auditctl [options]",
	"    -a <l,a>                          Append rule to end of <l>ist with <a>ction",
	"    -A <l,a>                          Add rule at beginning of <l>ist with <a>ction",
	"    -b <backlog>                      Set max number of outstanding audit buffers",
	"                                      allowed Default=64",
	"    -c                                Continue through errors in rules",
	"    -C f=f                            Compare collected fields if available:",
	"                                      Field name, operator(=,!=), field name",
	"    -d <l,a>                          Delete rule from <l>ist with <a>ction",
	"                                      l=task,exit,user,exclude,filesystem",
	"                                      a=never,always",
	"    -D                                Delete all rules and watches",
	"    -e [0..2]                         Set enabled flag",
	"    -f [0..2]                         Set failure flag",
	"                                      0=silent 1=printk 2=panic",
	"    -F f=v                            Build rule: field name, operator(=,!=,<,>,<=,",
	"                                      >=,&,&=) value",
	"    -h                                Help",
	"    -i                                Ignore errors when reading rules from file",
	"    -k <key>                          Set filter key on audit rule",
	"    -l                                List rules",
	"    -m text                           Send a user-space message",
	"    -p [r|w|x|a]                      Set permissions filter on watch",
	"                                      r=read, w=write, x=execute, a=attribute",
	"    -q <mount,subtree>                make subtree part of mount point's dir watches",
	"    -r <rate>                         Set limit in messages/sec (0=none)",
	"    -R <file>                         read rules from file",
	"    -s                                Report status",
	"    -S syscall                        Build rule: syscall name or number",
	"    --signal <signal>                 Send the specified signal to the daemon",
	"    -t                                Trim directory watches",
	"    -v                                Version",
	"    -w <path>                         Insert watch at <path>",
	"    -W <path>                         Remove watch at <path>",
	"    --loginuid-immutable              Make loginuids unchangeable once set",
	"    --backlog_wait_time               Set the kernel backlog_wait_time",
	"    --reset-lost                      Reset the lost record counter",
	"    --reset_backlog_wait_time_actual  Reset the actual backlog wait time counter",
};

void rules_exec_usage(struct rules_exec *ex)
{
	size_t i;

	for (i = 0; i < NELEM(usage_lines); i++)
		exec_print(ex, "%s", usage_lines[i]);
}


/* --- acting on one command ----------------------------------------------------- */

/* Perform the options of cmd that auditctl performs while it parses them,
 * in order; the rule (ADD/DEL) is left in cs for the last step. Stops at the
 * first that fails. */
int exec_run_acts(struct rules_exec *ex, const struct rules_cmd *cmd, struct cmd_state *cs)
{
	unsigned i;
	int r = ACT_OK;

	for (i = 0; i < cmd->n && r == ACT_OK; i++) {
		const struct rules_action *a = &cmd->acts[i];

		switch (a->act) {
		case RULES_ACT_ADD:
		case RULES_ACT_DEL:
			cs->rule = a;
			break;
		case RULES_ACT_DEL_ALL:
			r = acts_del_all(ex, a->str);
			break;
		case RULES_ACT_LIST:
			r = acts_list(ex, a->str, cmd->flag_i || ex->interpret ?
				     RULES_FMT_INTERPRET : 0);
			break;
		case RULES_ACT_STATUS:
			r = acts_status(ex, cmd->flag_i || ex->interpret);
			break;
		case RULES_ACT_SET:
			r = acts_set(ex, a, cs);
			break;
		case RULES_ACT_RESET_LOST:
			r = acts_reset(ex, AUDIT_STATUS_LOST, "lost", "lost");
			break;
		case RULES_ACT_RESET_BWT_ACTUAL:
			r = acts_reset(ex, AUDIT_STATUS_BACKLOG_WAIT_TIME_ACTUAL,
				      "backlog_wait_time_actual", "backlog wait time actual");
			break;
		case RULES_ACT_LOGINUID_IMMUTABLE:
			r = acts_loginuid_immutable(ex);
			break;
		case RULES_ACT_USER_MSG:
			r = acts_user_msg(ex, a->str ? a->str : "");
			break;
		case RULES_ACT_SIGNAL:
			r = acts_signal(ex, a->str ? a->str : "");
			break;
		case RULES_ACT_READ_FILE:
			if (ex->path) {
				exec_say(ex, LOG_ERR, "Error - nested rule files not supported");
				r = ACT_FAIL;
				break;
			}
			cs->did_file = 1;
			cs->file_status = rulesfile_exec(ex, a->str);
			break;
		case RULES_ACT_TRIM:
			r = acts_trim(ex);
			break;
		case RULES_ACT_MAKE_EQUIV:
			r = acts_make_equiv(ex, a->str);
			break;
		case RULES_ACT_VERSION:
			exec_print(ex, VERSION_TEXT);
			break;
		case RULES_ACT_HELP:
			/* usage, and auditctl counts it a failure */
			rules_exec_usage(ex);
			r = ACT_FAIL;
			break;
		}
	}
	return r;
}

static const char *rule_errstr(int e, uint16_t type)
{
	if (type == AUDIT_ADD_RULE && e == -EEXIST)
		return "Rule exists";
	return strerror(-e);
}

void exec_say_rule_error(struct rules_exec *ex, uint16_t type, int e)
{
	if (type == AUDIT_ADD_RULE)
		exec_say(ex, LOG_ERR, "Error sending add rule data request (%s)", rule_errstr(e, type));
	else
		exec_say(ex, LOG_ERR, "Error sending delete rule data request (%s)", rule_errstr(e, type));
}

int exec_send_rule(struct rules_exec *ex, const struct rules_action *a)
{
	uint16_t type = a->act == RULES_ACT_ADD ? AUDIT_ADD_RULE : AUDIT_DEL_RULE;
	int e = exec_request(ex, type, a->rule.data, rules_rule_size(&a->rule));

	/* auditctl's messages go to stderr from its first rule request on */
	ex->syslog_mode = 0;
	if (e < 0) {
		exec_say_rule_error(ex, type, e);
		return e;
	}
	return 0;
}

static uint32_t native_arch(void)
{
	struct utsname u;

	if (uname(&u) < 0)
		return 0;
	return tables_arch_number(u.machine);
}

struct rules_exec *rules_exec_open(const struct rules_diag *diag, const struct rules_out *out)
{
	struct rules_exec *ex = calloc(1, sizeof(*ex));

	if (!ex)
		return NULL;
	ex->diag = diag;
	if (out)
		ex->out = *out;
	ex->fd = -1;
	ex->native = native_arch();
	rules_fmt_init(&ex->fmt, ex->native);
	return ex;
}

void rules_exec_close(struct rules_exec *ex)
{
	if (!ex)
		return;
	if (ex->fd >= 0)
		close(ex->fd);
	free(ex->pend);
	free(ex);
}

int rules_exec_argv(struct rules_exec *ex, int argc, char *const argv[])
{
	struct rules_cmd cmd;
	struct cmd_state cs = { 0 };
	struct held msgs = { 0 };
	struct rules_diag hold = { exec_hold, &msgs };
	int rc, r, status = 0;

	memset(&cmd, 0, sizeof(cmd));
	rc = rules_compile_argv(argc, argv, 0, ex->native, &cmd, &hold);
	/* A failing option comes after the ones auditctl has performed: its
	 * words come after theirs. */
	if (rc == 0)
		exec_held_flush(ex, &msgs);
	r = exec_run_acts(ex, &cmd, &cs);
	exec_held_flush(ex, &msgs);
	if (rc < 0 || r != ACT_OK) {
		status = 255;
		goto out;
	}
	if (cs.did_file)
		status = cs.file_status;
	if (cmd.flag_i || cmd.flag_c)
		goto out;
	if (cs.rule) {
		struct audit_status st;

		/* auditctl asks before it changes a rule */
		if (exec_get_status(ex, &st, NULL) == 0 && st.enabled == 2) {
			exec_say(ex, LOG_ERR, "The audit system is in immutable mode, "
			    "no rule changes allowed");
			goto out;
		}
		if (exec_send_rule(ex, cs.rule) < 0)
			status = 255;
	} else if (cs.set_done && cs.have_status) {
		acts_print_status(ex, &cs.status, cs.status_len, 0);
	}
out:
	rules_cmd_free(&cmd);
	return status;
}

