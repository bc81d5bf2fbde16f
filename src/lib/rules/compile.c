/* compile.c - one auditctl command line -> actions (rules, control ops),
 * exactly as Debian's auditctl 3.0.9 reads it.
 *
 * Everything here was observed, not assumed: tests/data/rules/capture.sh
 * runs /sbin/auditctl under strace on ~850 command lines and rules-file
 * lines and records what it sends, prints and exits with; the unit test
 * compiles the same words and compares byte for byte. What auditctl does:
 *
 * - Options are read with GNU getopt_long (permuting: non-option words
 *   are moved to the end and reported afterwards as "parameter passed
 *   without an option given"; long options may be abbreviated). Each
 *   option acts when it is read: -b/-e/-f/-r are sent at once, so a later
 *   error leaves them done; the rule itself is sent after the last option.
 * - -t, -m, -q, --reset-lost, --reset_backlog_wait_time_actual and
 *   --loginuid-immutable end the line on the spot: whatever follows is
 *   not even read, and a rule built so far is dropped. -i, -c, -v, -s, -l,
 *   -D and --signal end the option loop but the leftover words are still
 *   reported. -h prints the usage and fails.
 * - -s, -l, -D and -m check the word count of the whole line.
 * - Keys (-k and -F key=) are joined with 0x01 and become one key field
 *   appended after all options, even after an error (its own error then
 *   adds a second message); -F key!=x and other operators are an
 *   ordinary field in place.
 * - Without -S, every list but task gets all syscalls.
 * - Messages: most go through audit_msg (stderr on the command line,
 *   syslog during -R); the -F/-C field errors are fprintf'd to stderr
 *   (marked RULES_DIAG_STDERR).
 * Known differences: auditctl crashes on "x -l" (strcmp of a NULL word);
 * here that is "Only -k or -i options are allowed".
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <syslog.h>
#include "util.h"
#include "compile-internal.h"
#include "tables.h"


/* --- messages ------------------------------------------------------------ */

void compile_say(struct compile *c, int prio, const char *fmt, ...)
{
	char msg[PATH_MAX + 256];
	va_list ap;

	if (c->diag == NULL || c->diag->emit == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	c->diag->emit(c->diag->arg, prio, msg);
}

/* --- the acts ------------------------------------------------------------ */

static struct rules_action *new_act(struct rules_cmd *cmd, enum rules_act act)
{
	struct rules_action *a;

	if (cmd->n % 8 == 0) {
		a = realloc(cmd->acts, (cmd->n + 8) * sizeof(*a));
		if (a == NULL)
			return NULL;
		cmd->acts = a;
	}
	a = &cmd->acts[cmd->n++];
	memset(a, 0, sizeof(*a));
	a->act = act;
	return a;
}

static int act_str(struct rules_cmd *cmd, enum rules_act act, const char *s)
{
	struct rules_action *a = new_act(cmd, act);

	if (a == NULL)
		return -1;
	if (s && (a->str = strdup(s)) == NULL)
		return -1;
	return 0;
}

static int act_set(struct rules_cmd *cmd, uint32_t mask, uint32_t value)
{
	struct rules_action *a = new_act(cmd, RULES_ACT_SET);

	if (a == NULL)
		return -1;
	a->mask = mask;
	a->value = value;
	return 0;
}

static int act_rule(struct compile *c, struct rules_cmd *cmd,
		    enum rules_act act, int list)
{
	size_t size = sizeof(*c->rule) + c->rule->buflen;
	struct rules_action *a;
	struct audit_rule_data *r = malloc(size);

	if (r == NULL)
		return -1;
	memcpy(r, c->rule, size);
	r->flags = (uint32_t)list | (c->prepend ? AUDIT_FILTER_PREPEND : 0);
	r->action = (uint32_t)c->action;
	a = new_act(cmd, act);
	if (a == NULL) {
		free(r);
		return -1;
	}
	a->rule.data = r;
	return 0;
}

void rules_cmd_free(struct rules_cmd *cmd)
{
	unsigned i;

	if (cmd == NULL)
		return;
	for (i = 0; i < cmd->n; i++) {
		free(cmd->acts[i].rule.data);
		free(cmd->acts[i].str);
	}
	free(cmd->acts);
	cmd->acts = NULL;
	cmd->n = 0;
}

/* --- lists and actions ------------------------------------------------- */

/* The lists auditctl 3.0.9 takes in -a/-A/-d (no entry, watch, io_uring). */
static int list_word(struct compile *c, const char *w)
{
	static const char *const names[] = {
		"task", "exit", "user", "exclude", "filesystem",
	};
	size_t i;

	for (i = 0; i < NELEM(names); i++)
		if (strcmp(w, names[i]) == 0) {
			if (strcmp(w, "exclude") == 0)
				c->exclude = 1;
			return rules_list_number(w);
		}
	return LIST_UNSET;
}

static int action_word(const char *w)
{
	if (strcmp(w, "always") == 0)
		return AUDIT_ALWAYS;
	if (strcmp(w, "never") == 0)
		return AUDIT_NEVER;
	return -1;
}

/* "list,action" or "action,list" into *list; 0 ok, 2 bad, 3 repeated. */
static int rule_setup(struct compile *c, const char *opt, int *list)
{
	const char *comma = strchr(opt, ',');
	char first[64];
	size_t n;
	int act;

	if (++c->multiple != 1)
		return 3;
	if (comma == NULL || strchr(comma + 1, ','))
		return 2;
	n = (size_t)(comma - opt);
	if (n >= sizeof(first))
		return 2;
	memcpy(first, opt, n);
	first[n] = 0;
	if ((act = action_word(first)) >= 0)
		c->action = act;
	else if ((*list = list_word(c, first)) == LIST_UNSET)
		return 2;
	if (*list == LIST_UNSET) {
		*list = list_word(c, comma + 1);
	} else {
		if ((act = action_word(comma + 1)) < 0)
			return 2;
		c->action = act;
	}
	if (*list == LIST_UNSET || c->action < 0)
		return 2;
	return 0;
}

/* -a, -A, -d */
static int opt_rule(struct compile *c, int ch, const char *arg)
{
	static const char *const what[] = {
		['a'] = "Append", ['A'] = "Add", ['d'] = "Delete",
	};
	int rc;

	if (ch != 'd' && strstr(arg, "task") && c->syscall_added) {
		compile_say(c, LOG_ERR, ch == 'a' ?
			    "Syscall auditing requested for task list" :
			    "Error: syscall auditing requested for task list");
		return RV_ERROR;
	}
	rc = rule_setup(c, arg, ch == 'd' ? &c->del : &c->add);
	if (rc == 3) {
		/* -a's message really ends in a newline */
		compile_say(c, LOG_ERR, ch == 'a' ?
			    "Multiple rule insert/delete operations are not allowed\n" :
			    "Multiple rule insert/delete operations are not allowed");
		return RV_ERROR;
	}
	if (rc) {
		compile_say(c, LOG_ERR, "%s rule - bad keyword %s", what[ch], arg);
		return RV_ERROR;
	}
	if (ch == 'A')
		c->prepend = 1;
	return RV_RULE;
}

/* --- control options ---------------------------------------------------- */

/* -b, -r, --backlog_wait_time: a number starting with a digit (base 0,
 * anything after it ignored, more than 64 bits refused, cut to 32) */
static int opt_number(struct compile *c, struct rules_cmd *cmd, uint32_t mask,
		      const char *what, const char *arg)
{
	unsigned long n;

	if (!isdigit((unsigned char)arg[0])) {
		compile_say(c, LOG_ERR, "%s must be a numeric value was %s",
			    what, arg);
		return RV_ERROR;
	}
	errno = 0;
	n = strtoul(arg, NULL, 0);
	if (errno) {
		char low[32];
		size_t i;

		/* "Error converting backlog", "... rate", "... backlog_wait_time" */
		snprintf(low, sizeof(low), "%s", what);
		for (i = 0; low[i]; i++)
			low[i] = (char)tolower((unsigned char)low[i]);
		compile_say(c, LOG_ERR, "Error converting %s", low);
		return RV_ERROR;
	}
	return act_set(cmd, mask, (uint32_t)n) ? RV_ERROR : RV_KEEP;
}

/* -e, -f: exactly "0", "1" or "2" */
static int opt_012(struct compile *c, struct rules_cmd *cmd, uint32_t mask,
		   const char *what, const char *arg)
{
	if (strcmp(arg, "0") && strcmp(arg, "1") && strcmp(arg, "2")) {
		compile_say(c, LOG_ERR, "%s must be 0, 1, or 2 was %s", what, arg);
		return RV_ERROR;
	}
	return act_set(cmd, mask, (uint32_t)(arg[0] - '0')) ? RV_ERROR : RV_KEEP;
}

static int opt_signal(struct compile *c, struct rules_cmd *cmd, const char *arg)
{
	/* 3.0.9's words, then the names 4.x added for the same signals */
	static const char *const names[] = {
		"TERM", "HUP", "USR1", "USR2", "CONT",
		"stop", "reload", "rotate", "resume", "state",
	};
	size_t i;

	for (i = 0; i < NELEM(names); i++)
		if (strcasecmp(arg, names[i]) == 0)
			return act_str(cmd, RULES_ACT_SIGNAL, names[i]) ?
				RV_ERROR : RV_DONE;
	compile_say(c, LOG_ERR, "%s is an unsupported signal", arg);
	return RV_ERROR;
}

/* -q mount,subtree: exactly one comma, something after it */
static int opt_equiv(struct compile *c, struct rules_cmd *cmd, const char *arg)
{
	const char *comma = strchr(arg, ',');

	if (c->syscall_added) {
		compile_say(c, LOG_ERR,
			    "Syscall auditing requested for make equivalent");
		return RV_ERROR;
	}
	if (comma == NULL || comma[1] == 0 || strchr(comma + 1, ',')) {
		compile_say(c, LOG_ERR, "Error parsing equivalent parts");
		return RV_ERROR;
	}
	return act_str(cmd, RULES_ACT_MAKE_EQUIV, arg) ? RV_ERROR : RV_DONE;
}

static int opt_message(struct compile *c, struct rules_cmd *cmd, int count,
		       const char *arg, int *stop)
{
	const char *s;

	if (count > 3) {
		compile_say(c, LOG_ERR, "The -m option must be only the only "
			    "option and takes 1 parameter");
		return RV_ERROR;
	}
	/* auditctl compares a plain (signed) char: bytes >= 0x80 fail too */
	*stop = 1;
	for (s = arg; *s; s++)
		if ((signed char)*s < 32) {
			compile_say(c, LOG_ERR, "Illegal character in audit event");
			return RV_ERROR;
		}
	return act_str(cmd, RULES_ACT_USER_MSG, arg) ? RV_ERROR : RV_DONE;
}

/* --- the line ------------------------------------------------------------ */

struct line {
	struct compile c;
	struct rules_cmd *cmd;
	struct cmdline g;
	int count;		/* words, as -s/-l/-D see them */
	int list_requested;
};

/* -s, -l, -D: they look at the words after them themselves. */
static int opt_status(struct line *l)
{
	struct compile *c = &l->c;

	if (l->count > 3) {
		compile_say(c, LOG_ERR, "Too many options for status command");
		return RV_ERROR;
	}
	if (l->g.optind == 2 && l->count == 3) {
		if (strcmp(l->g.argv[l->g.optind], "-i")) {
			compile_say(c, LOG_ERR, "Only -i option is allowed");
			return RV_ERROR;
		}
		l->cmd->flag_i = 1;
		l->count--;
	}
	return act_str(l->cmd, RULES_ACT_STATUS, NULL) ? RV_ERROR : RV_DONE;
}

static int opt_list(struct line *l)
{
	struct compile *c = &l->c;
	const char *next = l->g.optind < l->g.argc ? l->g.argv[l->g.optind] : NULL;
	const char *key = NULL;

	if (l->count > 4) {
		compile_say(c, LOG_ERR, "Wrong number of options for list request");
		return RV_ERROR;
	}
	if (l->count == 3) {
		if (next == NULL || strcmp(next, "-i")) {
			compile_say(c, LOG_ERR, "Only -k or -i options are allowed");
			return RV_ERROR;
		}
		l->cmd->flag_i = 1;
		l->count--;
	} else if (l->count == 4) {
		if (next == NULL || strcmp(next, "-k")) {
			compile_say(c, LOG_ERR, "Only -k or -i options are allowed");
			return RV_ERROR;
		}
		snprintf(c->key, sizeof(c->key), "%s", l->g.argv[3]);
		key = c->key;
		l->count -= 2;
	}
	l->list_requested = 1;
	return act_str(l->cmd, RULES_ACT_LIST, key) ? RV_ERROR : RV_DONE;
}

static int opt_delete_all(struct line *l)
{
	struct compile *c = &l->c;
	const char *key = NULL;
	int rc;

	if (l->count > 4 || l->count == 3) {
		compile_say(c, LOG_ERR,
			    "Wrong number of options for Delete all request");
		return RV_ERROR;
	}
	if (l->count == 4) {
		const char *next = l->g.argv[l->g.optind];

		if (next == NULL || strcmp(next, "-k")) {
			compile_say(c, LOG_ERR, "Only the -k option is allowed");
			return RV_ERROR;
		}
		snprintf(c->key, sizeof(c->key), "%s", l->g.argv[3]);
		key = c->key;
		l->count -= 2;
	}
	rc = act_str(l->cmd, RULES_ACT_DEL_ALL, key);
	c->key[0] = 0;
	return rc ? RV_ERROR : RV_DONE;
}

static int list_of(struct compile *c)
{
	if (c->add != LIST_UNSET)
		return c->add;
	if (c->del != LIST_UNSET)
		return c->del;
	return LIST_UNSET;
}

/* One option; *stop set when auditctl returns from its loop on the spot
 * (nothing after this option is looked at). */
static int one_option(struct line *l, int ch, int *stop)
{
	struct compile *c = &l->c;
	struct rules_cmd *cmd = l->cmd;
	char *arg = l->g.optarg;
	enum fieldpair_err err;
	int rc;

	switch (ch) {
	case 'h':
		return act_str(cmd, RULES_ACT_HELP, NULL), RV_ERROR;
	case 'i':
		cmd->flag_i = 1;
		return RV_DONE;
	case 'c':
		cmd->flag_c = 1;
		return RV_DONE;
	case 's':
		return opt_status(l);
	case 'e':
		return opt_012(c, cmd, AUDIT_STATUS_ENABLED, "Enable", arg);
	case 'f':
		return opt_012(c, cmd, AUDIT_STATUS_FAILURE, "Failure", arg);
	case 'r':
		return opt_number(c, cmd, AUDIT_STATUS_RATE_LIMIT, "Rate", arg);
	case 'b':
		return opt_number(c, cmd, AUDIT_STATUS_BACKLOG_LIMIT, "Backlog",
				  arg);
	case CMDLINE_BACKLOG_WAIT_TIME:
		return opt_number(c, cmd, AUDIT_STATUS_BACKLOG_WAIT_TIME,
				  "Backlog_wait_time", arg);
	case 'l':
		return opt_list(l);
	case 'a':
	case 'A':
	case 'd':
		return opt_rule(c, ch, arg);
	case 'S':
		return compile_syscall(c, arg);
	case 'F': {
		int flags = list_of(c);
		uint32_t last;

		/* auditctl lets "-F arch=... -t" through without a list */
		if (flags == LIST_UNSET &&
		    (l->g.optind >= l->count || strstr(arg, "arch=") == NULL ||
		     strcmp(l->g.argv[l->g.optind], "-t"))) {
			compile_say(c, LOG_ERR, "List must be given before field");
			return RV_ERROR;
		}
		if (strncmp(arg, "key=", 4) == 0)
			return compile_key(c, arg + 4);
		err = fieldpair_add(c, arg, flags);
		if (err != FP_OK) {
			fieldpair_message(c, err, arg);
			return RV_ERROR;
		}
		last = c->rule->fields[c->rule->field_count - 1];
		if (last == AUDIT_PERM)
			c->perm_added = 1;
		if (last == AUDIT_EXE)
			c->exe_added = 1;
		return RV_KEEP;
	}
	case 'C':
		err = fieldpair_compare(c, arg, list_of(c));
		if (err != FP_OK) {
			fieldpair_message(c, err, arg);
			return RV_ERROR;
		}
		return RV_KEEP;
	case 'm':
		return opt_message(c, cmd, l->count, arg, stop);
	case 'R':
		compile_say(c, LOG_ERR, "Error - nested rule files not supported");
		return RV_ERROR;
	case 'D':
		return opt_delete_all(l);
	case 'w':
	case 'W':
		return compile_watch(c, ch, arg);
	case 'k':
		if (!(c->syscall_added || c->perm_added || c->exe_added ||
		      c->fs_added) || list_of(c) == LIST_UNSET) {
			compile_say(c, LOG_ERR, "key option needs a watch or "
				    "syscall given prior to it");
			return RV_ERROR;
		}
		return compile_key(c, arg);
	case 'p':
		return compile_perm(c, arg);
	case 'q':
		rc = opt_equiv(c, cmd, arg);
		*stop = rc == RV_DONE;
		return rc;
	case 't':
		*stop = 1;
		return act_str(cmd, RULES_ACT_TRIM, NULL) ? RV_ERROR : RV_DONE;
	case 'v':
		return act_str(cmd, RULES_ACT_VERSION, NULL) ? RV_ERROR : RV_DONE;
	case CMDLINE_LOGINUID_IMMUTABLE:
		*stop = 1;
		return act_str(cmd, RULES_ACT_LOGINUID_IMMUTABLE, NULL) ?
			RV_ERROR : RV_DONE;
	case CMDLINE_RESET_LOST:
		*stop = 1;
		return act_str(cmd, RULES_ACT_RESET_LOST, NULL) ?
			RV_ERROR : RV_DONE;
	case CMDLINE_RESET_BWT_ACTUAL:
		*stop = 1;
		return act_str(cmd, RULES_ACT_RESET_BWT_ACTUAL, NULL) ?
			RV_ERROR : RV_DONE;
	case CMDLINE_SIGNAL:
		return opt_signal(c, cmd, arg);
	default: {
		const char *bad = l->g.optind >= 2 ? l->g.argv[l->g.optind - 1] : " ";

		if (c->lineno)
			compile_say(c, LOG_ERR, "Option %s on line %u is invalid",
				    bad, c->lineno);
		else
			compile_say(c, LOG_ERR, "Option %s is invalid", bad);
		return RV_ERROR;
	}
	}
}

/* After the loop: leftover words, the key, then what to send. */
static int finish(struct line *l, int retval)
{
	struct compile *c = &l->c;

	if (l->g.optind == 1) {
		retval = RV_ERROR;
	} else if (l->g.optind < l->count && retval != RV_ERROR) {
		compile_say(c, LOG_ERR, "parameter passed without an option given");
		retval = RV_ERROR;
	}
	if (c->key[0] && !l->list_requested) {
		char pair[sizeof(c->key) + 8];
		int flags = list_of(c);
		enum fieldpair_err err;

		snprintf(pair, sizeof(pair), "key=%s", c->key);
		err = fieldpair_add(c, pair, flags == LIST_UNSET ? 0 : flags);
		if (err != FP_OK) {
			fieldpair_message(c, err, pair);
			retval = RV_ERROR;
		}
	}
	if (retval == RV_REPLY && c->syscall_added) {
		compile_say(c, LOG_ERR, "Error - no list specified");
		return RV_ERROR;
	}
	if (retval > 0) {
		int list = list_of(c);
		enum rules_act act = c->add != LIST_UNSET ? RULES_ACT_ADD :
				     RULES_ACT_DEL;

		if (list == LIST_UNSET) {
			/* auditctl prints the usage and exits 1 */
			act_str(l->cmd, RULES_ACT_HELP, NULL);
			return RV_ERROR;
		}
		if (list != AUDIT_FILTER_TASK && !c->syscall_added)
			compile_mask_all(c->rule);
		if (act_rule(c, l->cmd, act, list))
			return RV_ERROR;
	}
	return retval;
}

int rules_compile_argv(int argc, char *const argv[], unsigned lineno,
		       uint32_t native, struct rules_cmd *cmd,
		       const struct rules_diag *diag)
{
	struct line l;
	int retval = RV_REPLY, stop = 0, ch, i;
	size_t size;
	char *text;

	memset(cmd, 0, sizeof(*cmd));
	if (argc < 2 || argv == NULL)
		return -1;	/* auditctl prints the usage, exits 1 */
	/* only a whole command line "auditctl -R FILE" reads a file */
	if (lineno == 0 && argc == 3 && strcmp(argv[1], "-R") == 0)
		return act_str(cmd, RULES_ACT_READ_FILE, argv[2]) ? -1 : 0;

	memset(&l, 0, sizeof(l));
	l.cmd = cmd;
	l.count = argc;
	l.c.diag = diag;
	l.c.lineno = lineno;
	l.c.native = native;
	l.c.add = l.c.del = LIST_UNSET;
	l.c.action = -1;
	l.c.rule = calloc(1, sizeof(*l.c.rule) + 256);
	l.c.cap = 256;
	/* auditctl cuts -F/-C pairs in place and permutes argv: work on a
	 * copy of both so that the caller's words stay as they were */
	for (i = 0, size = 0; i < argc; i++)
		size += strlen(argv[i]) + 1;
	l.g.argc = argc;
	l.g.argv = malloc(((size_t)argc + 1) * sizeof(char *) + size);
	if (l.c.rule == NULL || l.g.argv == NULL) {
		free(l.c.rule);
		free(l.g.argv);
		return -1;
	}
	text = (char *)(l.g.argv + argc + 1);
	for (i = 0; i < argc; i++) {
		size = strlen(argv[i]) + 1;
		l.g.argv[i] = memcpy(text, argv[i], size);
		text += size;
	}
	l.g.argv[argc] = NULL;
	l.g.optind = l.g.first_nonopt = l.g.last_nonopt = 1;

	while (retval >= 0 && (ch = cmdline_next(&l.g)) != -1) {
		int rc = one_option(&l, ch, &stop);

		if (rc != RV_KEEP)
			retval = rc;
		if (stop)
			break;
	}
	if (!stop)
		retval = finish(&l, retval);
	free(l.c.rule);
	free(l.g.argv);
	return retval == RV_ERROR ? -1 : 0;
}
