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
#include <libgen.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <syslog.h>
#include "util.h"
#include "compile-internal.h"
#include "tables.h"

#define KEY_SEPARATOR	0x01	/* between the keys of one rule */

/* setopt's verdicts, as auditctl has them */
enum {
	RV_ERROR = -1,		/* failed */
	RV_DONE = -2,		/* succeeded, nothing more to send */
	RV_REPLY = 0,		/* succeeded; status reply may follow */
	RV_RULE = 1,		/* a rule to send */
	RV_KEEP = 100,		/* this option leaves the verdict as it was */
};

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

/* --- getopt_long, as glibc does it (permuting) ------------------------- */

static const char optstring[] = "hicslDvtC:e:f:r:b:a:A:d:S:F:m:R:w:W:k:p:q:";

enum {
	OPT_LOGINUID_IMMUTABLE = 1,
	OPT_BACKLOG_WAIT_TIME,
	OPT_RESET_LOST,
	OPT_RESET_BWT_ACTUAL,
	OPT_SIGNAL,
};

static const struct {
	const char *name;
	int has_arg;
	int val;
} long_opts[] = {
	{ "loginuid-immutable", 0, OPT_LOGINUID_IMMUTABLE },
	{ "backlog_wait_time", 1, OPT_BACKLOG_WAIT_TIME },
	{ "reset-lost", 0, OPT_RESET_LOST },
	{ "reset_backlog_wait_time_actual", 0, OPT_RESET_BWT_ACTUAL },
	{ "signal", 1, OPT_SIGNAL },
};

struct getopt {
	int argc;
	char **argv;		/* our copy, permuted like glibc's */
	int optind;
	const char *nextchar;
	int first_nonopt, last_nonopt;
	char *optarg;
};

static int nonoption(const char *w)
{
	return w[0] != '-' || w[1] == 0;
}

/* Move the non-options seen so far after the options that followed them. */
static void exchange(struct getopt *g)
{
	int bottom = g->first_nonopt, middle = g->last_nonopt, top = g->optind;
	int nn = middle - bottom, no = top - middle, i;
	char **tmp = malloc((size_t)nn * sizeof(*tmp) + 1);

	if (tmp == NULL)
		return;
	for (i = 0; i < nn; i++)
		tmp[i] = g->argv[bottom + i];
	for (i = 0; i < no; i++)
		g->argv[bottom + i] = g->argv[middle + i];
	for (i = 0; i < nn; i++)
		g->argv[bottom + no + i] = tmp[i];
	free(tmp);
	g->first_nonopt += top - g->last_nonopt;
	g->last_nonopt = top;
}

static int long_option(struct getopt *g)
{
	const char *name = g->nextchar, *end = strchr(name, '=');
	size_t len = end ? (size_t)(end - name) : strlen(name);
	int found = -1, ambiguous = 0;
	size_t i;

	for (i = 0; i < NELEM(long_opts); i++)
		if (strlen(long_opts[i].name) == len &&
		    strncmp(long_opts[i].name, name, len) == 0)
			found = (int)i;
	if (found < 0) {
		for (i = 0; i < NELEM(long_opts); i++) {
			if (strncmp(long_opts[i].name, name, len))
				continue;
			if (found >= 0)
				ambiguous = 1;
			else
				found = (int)i;
		}
	}
	g->optind++;
	g->nextchar = NULL;
	if (found < 0 || ambiguous)
		return '?';
	if (end) {
		if (!long_opts[found].has_arg)
			return '?';
		g->optarg = (char *)end + 1;
	} else if (long_opts[found].has_arg) {
		if (g->optind >= g->argc)
			return '?';
		g->optarg = g->argv[g->optind++];
	}
	return long_opts[found].val;
}

static int next_option(struct getopt *g)
{
	const char *spec;
	int ch;

	g->optarg = NULL;
	if (g->nextchar == NULL || *g->nextchar == 0) {
		if (g->last_nonopt > g->optind)
			g->last_nonopt = g->optind;
		if (g->first_nonopt > g->optind)
			g->first_nonopt = g->optind;
		if (g->first_nonopt != g->last_nonopt &&
		    g->last_nonopt != g->optind)
			exchange(g);
		else if (g->last_nonopt != g->optind)
			g->first_nonopt = g->optind;
		while (g->optind < g->argc && nonoption(g->argv[g->optind]))
			g->optind++;
		g->last_nonopt = g->optind;
		if (g->optind != g->argc && strcmp(g->argv[g->optind], "--") == 0) {
			g->optind++;
			if (g->first_nonopt != g->last_nonopt &&
			    g->last_nonopt != g->optind)
				exchange(g);
			else if (g->first_nonopt == g->last_nonopt)
				g->first_nonopt = g->optind;
			g->last_nonopt = g->argc;
			g->optind = g->argc;
		}
		if (g->optind == g->argc) {
			if (g->first_nonopt != g->last_nonopt)
				g->optind = g->first_nonopt;
			return -1;
		}
		if (g->argv[g->optind][1] == '-') {
			g->nextchar = g->argv[g->optind] + 2;
			return long_option(g);
		}
		g->nextchar = g->argv[g->optind] + 1;
	}
	ch = (unsigned char)*g->nextchar++;
	spec = ch ? strchr(optstring, ch) : NULL;
	if (*g->nextchar == 0)
		g->optind++;
	if (spec == NULL || ch == ':')
		return '?';
	if (spec[1] == ':') {
		if (*g->nextchar) {
			g->optarg = (char *)g->nextchar;
			g->optind++;
		} else if (g->optind == g->argc) {
			ch = '?';
		} else {
			g->optarg = g->argv[g->optind++];
		}
		g->nextchar = NULL;
	}
	return ch;
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

/* --- syscalls ------------------------------------------------------------- */

static void mask_all(struct audit_rule_data *r)
{
	memset(r->mask, 0xff, sizeof(r->mask));
}

/* One syscall word into mask for arch elf; -1 if unknown. */
static int syscall_word(uint32_t *mask, uint32_t elf, const char *w)
{
	long nr;

	if (strcmp(w, "all") == 0) {
		memset(mask, 0xff, AUDIT_BITMASK_SIZE * sizeof(*mask));
		return 0;
	}
	nr = tables_syscall_number(elf, w);
	if (nr < 0) {
		if (!isdigit((unsigned char)w[0]))
			return -1;
		nr = strtol(w, NULL, 0);
	}
	if (nr < 0 || nr >= AUDIT_BITMASK_SIZE * 32)
		return -1;
	mask[nr / 32] |= 1u << (nr % 32);
	return 0;
}

/* A -S argument: one word, or a comma list whose empty items are skipped.
 * Returns the word that failed, or NULL. */
static const char *syscall_list(uint32_t *mask, uint32_t elf, const char *arg,
				char *buf, size_t bufsz)
{
	char *w, *save;

	if (strchr(arg, ',') == NULL)
		return syscall_word(mask, elf, arg) ? arg : NULL;
	snprintf(buf, bufsz, "%s", arg);
	for (w = strtok_r(buf, ",", &save); w; w = strtok_r(NULL, ",", &save))
		if (syscall_word(mask, elf, w))
			return w;
	return NULL;
}

/* Without -F arch, names are the machine's own; the kernel then applies
 * the numbers to both ABIs. auditctl warns when the same words read as a
 * 32-bit list give another mask. */
static uint32_t mismatch_arch(uint32_t elf)
{
	switch (elf) {
	case AUDIT_ARCH_X86_64: return AUDIT_ARCH_I386;
	case AUDIT_ARCH_PPC64: return AUDIT_ARCH_PPC;
	case AUDIT_ARCH_S390X: return AUDIT_ARCH_S390;
	}
	return elf;
}

static void check_mismatch(struct compile *c, const char *arg)
{
	uint32_t mask[AUDIT_BITMASK_SIZE] = { 0 };
	uint32_t elf = mismatch_arch(c->elf);
	char *buf = strdup(arg), *w, *save;

	if (buf == NULL)
		return;
	for (w = strtok_r(buf, ",", &save); w; w = strtok_r(NULL, ",", &save))
		syscall_word(mask, elf, w);
	free(buf);
	if (memcmp(mask, c->rule->mask, sizeof(mask)) == 0)
		return;
	if (c->lineno)
		compile_say(c, LOG_WARNING, "WARNING - 32/64 bit syscall mismatch "
			    "in line %u, you should specify an arch", c->lineno);
	else
		compile_say(c, LOG_WARNING, "WARNING - 32/64 bit syscall "
			    "mismatch, you should specify an arch");
}

static int opt_syscall(struct compile *c, const char *arg)
{
	static const struct {
		int list;
		const char *msg;
	} refused[] = {
		{ AUDIT_FILTER_TASK, "Error: syscall auditing being added to task list" },
		{ AUDIT_FILTER_USER, "Error: syscall auditing being added to user list" },
		{ AUDIT_FILTER_FS, "Error: syscall auditing being added to filesystem list" },
	};
	int unknown_arch = c->elf == 0;
	const char *bad;
	char *buf;
	size_t i;

	for (i = 0; i < NELEM(refused); i++) {
		if (c->add == refused[i].list || c->del == refused[i].list) {
			compile_say(c, LOG_ERR, "%s", refused[i].msg);
			return RV_ERROR;
		}
	}
	if (c->exclude) {
		compile_say(c, LOG_ERR, "Error: syscall auditing cannot be put "
			    "on exclude list");
		return RV_ERROR;
	}
	if (unknown_arch) {
		if (c->native == 0) {
			compile_say(c, LOG_ERR, "Error detecting machine type");
			return RV_ERROR;
		}
		c->elf = c->native;
	}
	buf = malloc(strlen(arg) + 1);
	if (buf == NULL)
		return RV_ERROR;
	bad = syscall_list(c->rule->mask, c->elf, arg, buf, strlen(arg) + 1);
	if (bad) {
		compile_say(c, LOG_ERR, "Syscall name unknown: %s", bad);
		free(buf);
		return RV_ERROR;
	}
	free(buf);
	c->syscall_added = 1;
	if (unknown_arch && c->add != LIST_UNSET)
		check_mismatch(c, arg);
	return RV_KEEP;
}

/* --- keys ------------------------------------------------------------------ */

static int add_key(struct compile *c, const char *k)
{
	size_t have = strlen(c->key);

	if (strlen(k) + have + (have != 0) > AUDIT_MAX_KEY_LEN) {
		compile_say(c, LOG_ERR, "key option exceeds size limit");
		return RV_ERROR;
	}
	if (strchr(k, KEY_SEPARATOR))
		compile_say(c, LOG_ERR, "key %s has illegal character", k);
	if (have)
		c->key[have++] = KEY_SEPARATOR;
	strcpy(c->key + have, k);
	return RV_KEEP;
}

/* --- watches --------------------------------------------------------------- */

static int check_path(struct compile *c, const char *path)
{
	char *copy;
	size_t base;

	if (strlen(path) >= PATH_MAX) {
		compile_say(c, LOG_ERR, "The path passed for the watch is too big");
		return -1;
	}
	if (path[0] != '/') {
		compile_say(c, LOG_ERR, "The path must start with '/'");
		return -1;
	}
	copy = strdup(path);
	if (copy == NULL)
		return -1;
	base = strlen(basename(copy));
	free(copy);
	if (base > NAME_MAX) {
		compile_say(c, LOG_ERR, "The base name of the path is too big");
		return -1;
	}
	if (strstr(path, ".."))
		compile_say(c, LOG_WARNING,
			    "Warning - relative path notation is not supported");
	if (strchr(path, '*') || strchr(path, '?'))
		compile_say(c, LOG_WARNING,
			    "Warning - wildcard notation is not supported");
	return 0;
}

/* -w/-W: a path field (a directory, as stat() finds it now, is watched as
 * a tree), all permissions, all syscalls. */
static int setup_watch(struct compile *c, const char *arg)
{
	char path[PATH_MAX];
	size_t len;
	struct stat st;
	uint32_t type = AUDIT_WATCH;

	if (check_path(c, arg))
		return RV_ERROR;
	len = strlen(arg);
	memcpy(path, arg, len + 1);
	if (len > 2 && path[len - 1] == '/')
		while (len > 1 && path[len - 1] == '/')
			path[--len] = 0;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		type = AUDIT_DIR;
	if (c->rule->field_count) {
		/* libaudit's text ends in a newline */
		compile_say(c, LOG_ERR, "Rule is not empty\n");
		return RV_ERROR;
	}
	mask_all(c->rule);
	if (compile_add_string(c, type, AUDIT_EQUAL, path, len))
		return RV_ERROR;
	c->rule->fields[1] = AUDIT_PERM;
	c->rule->fieldflags[1] = AUDIT_EQUAL;
	c->rule->values[1] = AUDIT_PERM_READ | AUDIT_PERM_WRITE |
			     AUDIT_PERM_EXEC | AUDIT_PERM_ATTR;
	c->rule->field_count = 2;
	c->perm_added = 1;
	return RV_RULE;
}

static int opt_watch(struct compile *c, int ch, const char *arg)
{
	if (ch == 'w') {
		if (c->add != LIST_UNSET || c->del != LIST_UNSET) {
			compile_say(c, LOG_ERR,
				    "watch option can't be given with a syscall");
			return RV_ERROR;
		}
		c->add = AUDIT_FILTER_EXIT;
	} else {
		c->del = AUDIT_FILTER_EXIT;
	}
	c->action = AUDIT_ALWAYS;
	c->syscall_added = 1;
	return setup_watch(c, arg);
}

/* -p: sets every perm field of the rule, or appends one. */
static int opt_perm(struct compile *c, const char *arg)
{
	struct audit_rule_data *r = c->rule;
	uint32_t val = 0, i, done = 0;
	size_t n;

	if (c->add == LIST_UNSET && c->del == LIST_UNSET) {
		compile_say(c, LOG_ERR,
			    "permission option needs a watch given prior to it");
		return RV_ERROR;
	}
	if (strlen(arg) > 4) {
		compile_say(c, LOG_ERR, "permission %s is too long", arg);
		return RV_ERROR;
	}
	for (n = 0; arg[n]; n++) {
		switch (tolower((unsigned char)arg[n])) {
		case 'r': val |= AUDIT_PERM_READ; break;
		case 'w': val |= AUDIT_PERM_WRITE; break;
		case 'x': val |= AUDIT_PERM_EXEC; break;
		case 'a': val |= AUDIT_PERM_ATTR; break;
		default:
			compile_say(c, LOG_ERR, "Permission %c isn't supported",
				    arg[n]);
			return RV_ERROR;
		}
	}
	if (r->field_count < 1) {
		compile_say(c, LOG_ERR,
			    "Permissions should be preceeded by other fields");
		return RV_ERROR;
	}
	for (i = 0; i < r->field_count; i++)
		if (r->fields[i] == AUDIT_PERM) {
			r->values[i] = val;
			done = 1;
		}
	if (!done) {
		if (r->field_count >= AUDIT_MAX_FIELDS - 1) {
			compile_say(c, LOG_ERR,
				    "Too many fields when adding permissions");
			return RV_ERROR;
		}
		r->fields[r->field_count] = AUDIT_PERM;
		r->fieldflags[r->field_count] = AUDIT_EQUAL;
		r->values[r->field_count] = val;
		r->field_count++;
	}
	c->perm_added = 1;
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
	struct getopt g;
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
	case OPT_BACKLOG_WAIT_TIME:
		return opt_number(c, cmd, AUDIT_STATUS_BACKLOG_WAIT_TIME,
				  "Backlog_wait_time", arg);
	case 'l':
		return opt_list(l);
	case 'a':
	case 'A':
	case 'd':
		return opt_rule(c, ch, arg);
	case 'S':
		return opt_syscall(c, arg);
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
			return add_key(c, arg + 4);
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
		return opt_watch(c, ch, arg);
	case 'k':
		if (!(c->syscall_added || c->perm_added || c->exe_added ||
		      c->fs_added) || list_of(c) == LIST_UNSET) {
			compile_say(c, LOG_ERR, "key option needs a watch or "
				    "syscall given prior to it");
			return RV_ERROR;
		}
		return add_key(c, arg);
	case 'p':
		return opt_perm(c, arg);
	case 'q':
		rc = opt_equiv(c, cmd, arg);
		*stop = rc == RV_DONE;
		return rc;
	case 't':
		*stop = 1;
		return act_str(cmd, RULES_ACT_TRIM, NULL) ? RV_ERROR : RV_DONE;
	case 'v':
		return act_str(cmd, RULES_ACT_VERSION, NULL) ? RV_ERROR : RV_DONE;
	case OPT_LOGINUID_IMMUTABLE:
		*stop = 1;
		return act_str(cmd, RULES_ACT_LOGINUID_IMMUTABLE, NULL) ?
			RV_ERROR : RV_DONE;
	case OPT_RESET_LOST:
		*stop = 1;
		return act_str(cmd, RULES_ACT_RESET_LOST, NULL) ?
			RV_ERROR : RV_DONE;
	case OPT_RESET_BWT_ACTUAL:
		*stop = 1;
		return act_str(cmd, RULES_ACT_RESET_BWT_ACTUAL, NULL) ?
			RV_ERROR : RV_DONE;
	case OPT_SIGNAL:
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
			mask_all(c->rule);
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

	while (retval >= 0 && (ch = next_option(&l.g)) != -1) {
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

/* --- rules-file lines ------------------------------------------------------ */

#define LINE_SIZE 6144		/* auditctl's fgets() buffer */

/* auditctl marks "\ " and "\\" before splitting, with bytes that cannot
 * be typed in a rule: both characters of the pair become 0x07 (space) or
 * 0x04 (backslash). */
static void mark_escapes(char *s)
{
	int esc = 0;

	for (; *s; s++) {
		if (*s == '\\' && !esc) {
			esc = 1;
			continue;
		}
		if (esc) {
			if (*s == ' ')
				s[-1] = s[0] = 0x07;
			else if (*s == '\\')
				s[-1] = s[0] = 0x04;
		}
		esc = 0;
	}
}

/* ... and turns each marked pair back into its one character, in every
 * word but the first. */
static void unmark_escapes(char *w)
{
	char *in = w, *out = w;

	while (*in) {
		if ((*in == 0x07 || *in == 0x04) && in[1]) {
			*out++ = *in == 0x07 ? ' ' : '\\';
			in += 2;
		} else {
			*out++ = *in++;
		}
	}
	*out = 0;
}

int rules_split_line(const char *line, char ***argv)
{
	size_t len = strcspn(line, "\n"), nf, i;
	char **v, *text, *w, *save;

	*argv = NULL;
	if (len >= LINE_SIZE)
		return -1;
	for (i = 0; i < len && line[i] == ' '; i++)
		;
	if (i == len)
		return 0;
	/* auditctl's room: a third of the line plus three slots, one of them
	 * its own name and one the final NULL */
	nf = len / 3 + 3;
	v = malloc(nf * sizeof(*v) + len + 1);
	if (v == NULL)
		return -1;
	text = (char *)(v + nf);
	memcpy(text, line, len);
	text[len] = 0;
	mark_escapes(text);
	w = strtok_r(text, " ", &save);
	if (w == NULL || w[0] == '#') {
		free(v);
		return 0;
	}
	i = 0;
	v[i++] = w;			/* the first word keeps its marks */
	while ((w = strtok_r(NULL, " ", &save)) != NULL && i + 1 < nf - 1) {
		unmark_escapes(w);
		v[i++] = w;
	}
	v[i] = NULL;
	*argv = v;
	return (int)i;
}
