/* rulesfile.c - `auditctl -R FILE` and the daemon's loader: auditctl's
 * file checks, its 6144-byte lines, -i/-c, its line errors and message
 * routing (see exec.c), with the rule additions pipelined in trains.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#include <linux/audit.h>

#include "netlink.h"
#include "rules.h"
#include "exec-internal.h"

#define FILE_LINE_MAX	6144	/* auditctl's fgets buffer for -R */

/* --- the rules file ---------------------------------------------------------------- */

/* Pipelining. auditctl sends a rule, waits for its ack, reads the next line.
 * Here the consecutive lines that only add a rule (no -i/-c, no other act)
 * are compiled ahead and sent as one train of up to BATCH_RULES requests in
 * a single sendmsg; the kernel takes them in file order and queues one ack
 * each, and the acks are then read back by sequence number and handled line
 * by line in order, each line's held compile messages first, exactly as
 * auditctl would have printed them. Any other line first drains the train,
 * so -D, -b, -e, -i, -c and errors happen at the same point as in auditctl.
 *
 * What auditctl would not have done: when line k of a train fails and
 * neither -i nor -c is in force, auditctl stops there and never sends lines
 * k+1.., but the kernel has already been given them. We take back those it
 * accepted (AUDIT_DEL_RULE of the same bytes, newest first). That restores
 * the rule list exactly: a rule the kernel accepted was not already there
 * (it refuses duplicates with EEXIST), and deleting it touches nothing else.
 * The cost, on an error path only: the kernel logs an add_rule and a
 * remove_rule CONFIG_CHANGE for each, the rules were live for the few
 * microseconds in between, and each deletion waits for an RCU grace period
 * in the kernel (~12 ms here), which the train length (BATCH_RULES) bounds
 * to under a second. Bounding the train further would not avoid any of it
 * (any rule after a failing one in the same train has the same problem) and
 * predicting the kernel's refusals (EEXIST, EINVAL for field combinations it
 * rejects, EPERM once locked) cannot be done reliably from user space. With
 * -i or -c in force every line is sent anyway, so nothing is taken back. */

/* A line failed. auditctl names it, then stops unless -i or -c came
 * before; -c makes the exit status 1 at the end, -i alone 0. */
static void line_failed(struct rules_exec *ex, unsigned lineno)
{
	exec_say(ex, LOG_ERR, "There was an error in line %u of %s", lineno, ex->path);
	if (ex->res)
		ex->res->errors++;
	if (ex->cont)
		ex->cont_failed = 1;
	else if (!ex->ignore) {
		ex->stop = 1;
		ex->file_status = 1;
	}
}

static void on_pending_ack(void *arg, unsigned index, int value)
{
	struct rules_exec *ex = arg;

	if (index < ex->npend && !ex->pend[index].acked) {
		ex->pend[index].acked = 1;
		ex->pend[index].err = value < 0 ? value : 0;
	}
}

static void pending_release(struct pending *p)
{
	free(p->rule);
	p->rule = NULL;
	exec_held_release(&p->msgs);
}

/* Remove again the rules of pend[from..npend) that the kernel took, newest
 * first. They were sent in the same train as a rule that failed, which
 * auditctl would have stopped at: it never sends them. */
static void undo_after(struct rules_exec *ex, unsigned from)
{
	struct audit_rule_data **rules;
	size_t *lens;
	unsigned i, n = 0;

	rules = calloc(ex->npend, sizeof(*rules));
	lens = calloc(ex->npend, sizeof(*lens));
	if (!rules || !lens)
		goto out;
	for (i = ex->npend; i-- > from;) {
		if (!ex->pend[i].acked || ex->pend[i].err)
			continue;
		rules[n] = ex->pend[i].rule;
		lens[n++] = ex->pend[i].len;
	}
	if (n) {
		int e = exec_rules_train(ex, AUDIT_DEL_RULE, rules, lens, n);

		if (e < 0)
			exec_say(ex, LOG_ERR, "Could not take back %u rules sent after line %u "
			    "of %s (%s)", n, ex->pend[from - 1].lineno, ex->path, strerror(-e));
	}
out:
	free(rules);
	free(lens);
}

/* Send the batch, collect its acks and give, line by line in order, what
 * auditctl would have said; stop at a failed line unless -i/-c. */
static void flush(struct rules_exec *ex)
{
	struct iovec *iov;
	unsigned i;
	int fd, e;

	if (!ex->npend)
		return;
	iov = calloc(ex->npend, sizeof(*iov));
	fd = exec_fd(ex);
	if (!iov)
		e = -ENOMEM;
	else if (fd < 0)
		e = fd;
	else {
		for (i = 0; i < ex->npend; i++)
			iov[i] = (struct iovec){ ex->pend[i].rule, ex->pend[i].len };
		e = netlink_train(fd, AUDIT_ADD_RULE, iov, ex->npend, on_pending_ack, ex,
				  REPLY_TIMEOUT_MS);
	}
	free(iov);
	for (i = 0; i < ex->npend; i++) {
		struct pending *p = &ex->pend[i];
		int err = p->acked ? p->err : (e < 0 ? e : -ETIMEDOUT);

		if (ex->stop) {
			pending_release(p);
			continue;
		}
		exec_held_flush(ex, &p->msgs);
		ex->syslog_mode = 0;	/* a rule request went out */
		if (ex->res)
			ex->res->lines++;
		if (err == -ECONNREFUSED) {
			exec_say(ex, LOG_ERR, "The audit system is disabled");
			ex->stop = 1;
			ex->file_status = 0;
		} else if (err < 0) {
			exec_say_rule_error(ex, AUDIT_ADD_RULE, err);
			line_failed(ex, p->lineno);
			if (ex->stop && i + 1 < ex->npend)
				undo_after(ex, i + 1);
		} else if (ex->res) {
			ex->res->rules++;
		}
		pending_release(p);
	}
	ex->npend = 0;
	ex->pend_bytes = 0;
}

/* Queue a line's rule (taken from cmd) with its held messages. */
static int queue_rule(struct rules_exec *ex, unsigned lineno, struct rules_action *a,
		      struct held *msgs)
{
	struct pending *p;

	if (ex->npend == ex->cappend) {
		unsigned cap = ex->cappend ? 2 * ex->cappend : BATCH_RULES;

		p = realloc(ex->pend, cap * sizeof(*p));
		if (!p)
			return -ENOMEM;
		ex->pend = p;
		ex->cappend = cap;
	}
	p = &ex->pend[ex->npend++];
	memset(p, 0, sizeof(*p));
	p->lineno = lineno;
	p->len = rules_rule_size(&a->rule);
	p->rule = a->rule.data;
	a->rule.data = NULL;	/* ours now */
	p->msgs = *msgs;
	memset(msgs, 0, sizeof(*msgs));
	ex->pend_bytes += NLMSG_SPACE(p->len);
	if (ex->npend >= BATCH_RULES || ex->pend_bytes >= BATCH_BYTES)
		flush(ex);
	return 0;
}

static int lists_or_status(const struct rules_cmd *cmd)
{
	unsigned i;

	for (i = 0; i < cmd->n; i++)
		if (cmd->acts[i].act == RULES_ACT_LIST || cmd->acts[i].act == RULES_ACT_STATUS)
			return 1;
	return 0;
}

/* A line whose only act is one rule to add, and no -i/-c: auditctl would
 * do nothing between sending it and reading the next line, so it can go
 * in the train. Everything else waits for the train's acks first. */
static int pipelinable(const struct rules_cmd *cmd)
{
	return cmd->n == 1 && cmd->acts[0].act == RULES_ACT_ADD &&
	       cmd->acts[0].rule.data && !cmd->flag_i && !cmd->flag_c;
}

static void file_line(struct rules_exec *ex, char *line, unsigned lineno)
{
	struct rules_cmd cmd;
	struct cmd_state cs = { 0 };
	struct held msgs = { 0 };
	struct rules_diag hold = { exec_hold, &msgs };
	char **words = NULL, **argv = NULL;
	int n, rc, r;

	n = rules_split_line(line, &words);
	if (n == 0) {
		free(words);
		return;
	}
	memset(&cmd, 0, sizeof(cmd));
	/* the words go to the option parser after auditctl's own name */
	if (n > 0)
		argv = calloc((size_t)n + 2, sizeof(*argv));
	if (!argv) {
		free(words);
		flush(ex);
		if (!ex->stop)
			line_failed(ex, lineno);
		return;
	}
	argv[0] = (char *)"auditctl";
	memcpy(argv + 1, words, (size_t)n * sizeof(*argv));
	rc = rules_compile_argv(n + 1, argv, lineno, ex->native, &cmd, &hold);
	if (rc == 0 && pipelinable(&cmd)) {
		if (queue_rule(ex, lineno, &cmd.acts[0], &msgs) < 0) {
			exec_held_release(&msgs);
			flush(ex);
			if (!ex->stop)
				line_failed(ex, lineno);
		}
		goto out;
	}
	flush(ex);
	if (ex->stop) {
		exec_held_release(&msgs);
		goto out;
	}
	if (ex->res)
		ex->res->lines++;
	exec_held_flush(ex, &msgs);
	/* -i and -c count from the line that has them, even a failing one.
	 * After -l or -s, -i means "interpret" instead, and stays so for the
	 * listings and status prints of the lines that follow. */
	if (cmd.flag_i && lists_or_status(&cmd))
		ex->interpret = 1;
	else if (cmd.flag_i)
		ex->ignore = 1;
	if (cmd.flag_c)
		ex->cont = 1;
	r = exec_run_acts(ex, &cmd, &cs);
	if (rc < 0 || r != ACT_OK) {
		line_failed(ex, lineno);
		goto out;
	}
	if (cmd.flag_i || cmd.flag_c)
		goto out;
	if (cs.rule) {
		int e = exec_send_rule(ex, cs.rule);

		if (e == -ECONNREFUSED) {
			ex->stop = 1;
			ex->file_status = 0;
		} else if (e < 0) {
			line_failed(ex, lineno);
		} else if (ex->res && cs.rule->act == RULES_ACT_ADD) {
			ex->res->rules++;
		}
	} else if (cs.set_done && cs.have_status) {
		acts_print_status(ex, &cs.status, cs.status_len, ex->interpret);
	}
out:
	rules_cmd_free(&cmd);
	free(argv);
	free(words);
}

static int open_rules_file(struct rules_exec *ex, const char *path, FILE **fp)
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0) {
		if (errno == ENOENT)
			exec_say(ex, LOG_ERR, "audit rules file %s doesn't exist", path);
		else
			exec_say(ex, LOG_ERR, "Error opening %s (%s)", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0) {
		exec_say(ex, LOG_ERR, "Error fstat'ing %s (%s)", path, strerror(errno));
		goto bad;
	}
	if (st.st_uid != 0) {
		exec_say(ex, LOG_ERR, "Error - %s isn't owned by root", path);
		goto bad;
	}
	if (st.st_mode & S_IWOTH) {
		exec_say(ex, LOG_ERR, "Error - %s is world writable", path);
		goto bad;
	}
	if (!S_ISREG(st.st_mode)) {
		exec_say(ex, LOG_ERR, "Error - %s is not a regular file", path);
		goto bad;
	}
	*fp = fdopen(fd, "r");
	if (!*fp) {
		exec_say(ex, LOG_ERR, "Error - fdopen failed (%s)", strerror(errno));
		goto bad;
	}
	return 0;
bad:
	close(fd);
	return -1;
}

int rulesfile_exec(struct rules_exec *ex, const char *path)
{
	struct audit_status st;
	char buf[FILE_LINE_MAX];
	unsigned lineno = 0;
	FILE *f = NULL;
	int e, status;

	ex->syslog_mode = 1;
	ex->path = path;
	ex->ignore = ex->cont = ex->cont_failed = ex->stop = ex->interpret = 0;
	ex->file_status = 0;
	e = exec_get_status(ex, &st, NULL);
	if (e < 0) {
		exec_say(ex, LOG_ERR, "Error sending status request (%s)", strerror(-e));
		status = 1;
		goto out;
	}
	if (st.enabled == 2) {
		exec_say(ex, LOG_ERR, "The audit system is in immutable mode, no rule changes allowed");
		if (ex->res)
			ex->res->immutable = 1;
		status = 0;
		goto out;
	}
	if (open_rules_file(ex, path, &f) < 0) {
		status = 1;
		goto out;
	}
	while (!ex->stop && fgets(buf, sizeof(buf), f)) {
		char *nl = strchr(buf, '\n');

		if (nl)
			*nl = '\0';
		file_line(ex, buf, ++lineno);
	}
	flush(ex);
	fclose(f);
	if (ex->stop)
		status = ex->file_status;
	else
		status = ex->cont_failed ? 1 : 0;
out:
	ex->syslog_mode = 0;
	ex->path = NULL;
	return status;
}

int rules_exec_file(struct rules_exec *ex, const char *path, struct rules_load_result *res)
{
	int status;

	ex->res = res;
	if (res)
		memset(res, 0, sizeof(*res));
	status = rulesfile_exec(ex, path);
	ex->res = NULL;
	return status;
}

/* The daemon's loader: auditctl -R without stdout, its messages without
 * the routing flags (the daemon logs them all). */
static void strip_emit(void *arg, int prio, const char *msg)
{
	const struct rules_diag *d = arg;

	if (d && d->emit)
		d->emit(d->arg, prio & ~RULES_DIAG_FLAGS, msg);
}

int rules_load_file(const char *path, const struct rules_diag *diag,
		    struct rules_load_result *res)
{
	struct rules_diag strip = { strip_emit, (void *)diag };
	struct rules_load_result local;
	struct rules_exec *ex = rules_exec_open(&strip, NULL);
	int status;

	if (!res)
		res = &local;
	if (!ex) {
		memset(res, 0, sizeof(*res));
		if (diag && diag->emit)
			diag->emit(diag->arg, LOG_ERR, "Out of memory loading the rules");
		return 1;
	}
	status = rules_exec_file(ex, path, res);
	rules_exec_close(ex);
	return status;
}
