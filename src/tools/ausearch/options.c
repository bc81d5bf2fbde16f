/* options.c - ausearch's command line as audit 3.0.9 reads it (the
 * project's spec of the tools, 1.1 and 2.2): no getopt; each word looked
 * up whole; an option's argument is the next word unless it starts with
 * '-'; the first error stops the scan. */
#include <ctype.h>
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ausearch.h"
#include "tables.h"
#include "util.h"

/* How an option takes its argument. */
enum arg_mode {
	ARG_NONE,	/* none; a following word is the next option */
	ARG_REFUSED,	/* none; a following word is an error */
	ARG_NEEDED,	/* the next word, unless it starts with '-' */
	ARG_DASH,	/* the next word, even one starting with '-' */
	ARG_TIME,	/* one or two words (-ts, -te) */
};

struct opt;
typedef int (*opt_fn)(struct query *q, const struct opt *o, const char *typed,
		      const char *arg);

struct opt {
	const char *s, *l;
	enum arg_mode mode;
	opt_fn fn;
	int which;		/* which field, for the shared handlers */
};

static int starts_digit(const char *s)
{
	return isdigit((unsigned char)s[0]);
}

static int err(const char *fmt, const char *arg)
{
	fprintf(stderr, fmt, arg);
	return -1;
}

/* ---- handlers ------------------------------------------------------------ */

static int opt_event(struct query *q, const struct opt *o, const char *t,
		     const char *arg)
{
	(void)o; (void)t;
	if (!starts_digit(arg))
		return err("Audit event id must be a numeric value, was %s\n",
			   arg);
	errno = 0;
	q->event_id.v = strtoul(arg, NULL, 10);
	if (errno)
		return err("%s", "Illegal value for audit event ID");
	q->event_id.set = 1;
	return 0;
}

enum { NUM_PID, NUM_PPID };
static int opt_pid(struct query *q, const struct opt *o, const char *t,
		   const char *arg)
{
	struct as_num *n = o->which == NUM_PID ? &q->pid : &q->ppid;

	(void)t;
	if (!starts_digit(arg))
		return err(o->which == NUM_PID ?
			   "Process id must be a numeric value, was %s\n" :
			   "Parent process id must be a numeric value, was %s\n",
			   arg);
	n->v = (unsigned long long)strtol(arg, NULL, 10);
	n->set = 1;
	return 0;
}

static int opt_session(struct query *q, const struct opt *o, const char *t,
		       const char *arg)
{
	(void)o; (void)t;
	if (!starts_digit(arg) && !(arg[0] == '-' && starts_digit(arg + 1)))
		return err("Session id must be a numeric value, was %s\n", arg);
	errno = 0;
	q->session.v = (unsigned)strtol(arg, NULL, 10);
	if (errno)
		return err("Error converting %s\n", arg);
	q->session.set = 1;
	return 0;
}

static int opt_exit(struct query *q, const struct opt *o, const char *t,
		    const char *arg)
{
	(void)o; (void)t;
	if (starts_digit(arg) || (arg[0] == '-' && starts_digit(arg + 1))) {
		errno = 0;
		q->exit.v = (unsigned long long)strtoll(arg, NULL, 0);
		if (errno)
			return err("Error converting %s\n", arg);
	} else {
		int e = tables_errno_number(arg);

		if (e < 0)
			return err("Unknown errno, was %s\n", arg);
		q->exit.v = (unsigned long long)e;
	}
	q->exit.set = 1;
	return 0;
}

static int opt_eoe(struct query *q, const struct opt *o, const char *t,
		   const char *arg)
{
	unsigned long v;

	(void)o; (void)t;
	if (!starts_digit(arg))
		return err("End of Event Timeout must be a numeric value, "
			   "was %s\n", arg);
	errno = 0;
	v = strtoul(arg, NULL, 10);
	if (errno || v == 0 || v > 0xffffffffUL)
		return err("Illegal value for End of Event Timeout, was %s\n",
			   arg);
	q->eoe_timeout = (unsigned)v;
	return 0;
}

static int opt_escape(struct query *q, const struct opt *o, const char *t,
		      const char *arg)
{
	static const char *const modes[] = {
		[AS_ESC_RAW] = "raw", [AS_ESC_TTY] = "tty",
		[AS_ESC_SHELL] = "shell", [AS_ESC_SHELL_QUOTE] = "shell_quote",
	};
	size_t i;

	(void)o; (void)t;
	for (i = 0; i < NELEM(modes); i++)
		if (strcmp(arg, modes[i]) == 0) {
			q->escape = (enum as_escape)i;
			return 0;
		}
	return err("Unknown option (%s)\n", arg);
}

enum { EXTRA_KEYS, EXTRA_LABELS, EXTRA_OBJ2, EXTRA_TIME };
static int opt_extra(struct query *q, const struct opt *o, const char *t,
		     const char *arg)
{
	int *flags[] = { &q->extra_keys, &q->extra_labels, &q->extra_obj2,
			 &q->extra_time };

	(void)t; (void)arg;
	*flags[o->which] = 1;
	return 0;
}

static int opt_format(struct query *q, const struct opt *o, const char *t,
		      const char *arg)
{
	(void)o; (void)t;
	if (q->format != AS_DEFAULT)
		return err("%s", "Multiple output formats, use only 1\n");
	if (strcmp(arg, "raw") == 0)
		q->format = AS_RAW;
	else if (strcmp(arg, "default") == 0)
		q->format = AS_DEFAULT;
	else if (strncmp(arg, "interpret", 6) == 0)
		q->format = AS_INTERPRET;
	else if (strcmp(arg, "csv") == 0)
		q->format = AS_CSV;
	else if (strcmp(arg, "text") == 0)
		q->format = AS_TEXT;
	else
		return err("Unknown option (%s)\n", arg);
	return 0;
}

static int opt_interpret(struct query *q, const struct opt *o, const char *t,
			 const char *arg)
{
	(void)o; (void)arg;
	if (q->format != AS_DEFAULT)
		return err("Conflicting output format %s\n", t);
	q->format = AS_INTERPRET;
	return 0;
}

static int opt_raw(struct query *q, const struct opt *o, const char *t,
		   const char *arg)
{
	(void)o; (void)t; (void)arg;
	if (q->format != AS_DEFAULT)
		return err("%s", "Conflicting output format --raw\n");
	q->format = AS_RAW;
	return 0;
}

enum { STR_COMM, STR_HOST, STR_KEY, STR_OBJECT, STR_SUBJECT, STR_CONTEXT,
       STR_TERMINAL, STR_UUID, STR_VM, STR_EXE, STR_CHECKPOINT };
static int opt_string(struct query *q, const struct opt *o, const char *t,
		      const char *arg)
{
	const char **slots[] = {
		[STR_COMM] = &q->comm, [STR_HOST] = &q->host,
		[STR_KEY] = &q->key, [STR_OBJECT] = &q->object,
		[STR_SUBJECT] = &q->subject, [STR_CONTEXT] = &q->context,
		[STR_TERMINAL] = &q->terminal, [STR_UUID] = &q->uuid,
		[STR_VM] = &q->vm, [STR_EXE] = &q->exe,
		[STR_CHECKPOINT] = &q->checkpoint,
	};

	(void)t;
	*slots[o->which] = arg;
	return 0;
}

static int opt_file(struct query *q, const struct opt *o, const char *t,
		    const char *arg)
{
	(void)o; (void)t;
	if (strlen(arg) >= 4096)
		return err("File name is too long %s\n", arg);
	q->file = arg;
	return 0;
}

static int opt_input(struct query *q, const struct opt *o, const char *t,
		     const char *arg)
{
	(void)o; (void)t;
	if (strlen(arg) >= 4064)
		return err("File name is too longs %s\n", arg);
	q->input = arg;
	return 0;
}

enum { FLAG_DEBUG, FLAG_LINEBUF, FLAG_JUSTONE, FLAG_WORD, FLAG_INPUTLOGS,
       FLAG_APPARMOR };
static int opt_flag(struct query *q, const struct opt *o, const char *t,
		    const char *arg)
{
	int *flags[] = { &q->debug, &q->line_buffered, &q->just_one,
			 &q->whole_word, &q->input_logs, &q->keep_apparmor };

	(void)t; (void)arg;
	*flags[o->which] = 1;
	return 0;
}

static int opt_node(struct query *q, const struct opt *o, const char *t,
		    const char *arg)
{
	(void)o; (void)t;
	if (q->nnodes < AS_MAX_LIST)
		q->nodes[q->nnodes++] = arg;
	return 0;
}

static void valid_types(void)
{
	unsigned t;

	fputs("Valid message types are: ALL ", stderr);
	for (t = 0; t < 10000; t++) {
		const char *n = tables_msgtype_name(t);

		if (n && strncmp(n, "UNKNOWN", 7) != 0)
			fprintf(stderr, "%s ", n);
	}
	fputc('\n', stderr);
}

static int opt_message(struct query *q, const struct opt *o, const char *t,
		       const char *arg)
{
	char *list, *tok, *save;
	int rc = 0;

	(void)o; (void)t;
	if (strcasecmp(arg, "ALL") == 0)
		return 0;
	list = xstrdup(arg);
	for (tok = strtok_r(list, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		long v;

		if (starts_digit(tok)) {
			errno = 0;
			v = (long)strtoul(tok, NULL, 10);
			if (errno) {
				fprintf(stderr, "Numeric message type conversion "
					"error (%s) for %s\n", strerror(errno),
					tok);
				valid_types();
				rc = -1;
				break;
			}
		} else {
			v = tables_msgtype_number(tok);
			if (v < 0 || (strncmp(tok, "UNKNOWN[", 8) != 0 &&
				      !tables_msgtype_name((unsigned)v))) {
				valid_types();
				rc = -1;
				break;
			}
		}
		if (q->ntypes == q->types_cap) {
			q->types_cap = q->types_cap ? 2 * q->types_cap : 8;
			q->types = xrealloc(q->types, q->types_cap,
					    sizeof(*q->types));
		}
		q->types[q->ntypes++] = (int)v;
	}
	free(list);
	return rc;
}

static int opt_success(struct query *q, const struct opt *o, const char *t,
		       const char *arg)
{
	(void)o; (void)t;
	if (!strstr(arg, "yes") && !strstr(arg, "no"))
		return err("%s", "Success must be 'yes' or 'no'.\n");
	q->success = strcmp(arg, "yes") == 0;
	return 0;
}

static int opt_syscall(struct query *q, const struct opt *o, const char *t,
		       const char *arg)
{
	int nr;

	(void)o; (void)t;
	if (starts_digit(arg)) {
		errno = 0;
		q->syscall.v = strtoul(arg, NULL, 10);
		if (errno) {
			fprintf(stderr, "Syscall numeric conversion error (%s) "
				"for %s\n", strerror(errno), arg);
			return -1;
		}
	} else {
		uint32_t arch = q->machine >= 0 ? q->arch :
				tables_arch_number("x86_64");

		nr = tables_syscall_number(arch, arg);
		if (nr < 0)
			return err("Syscall %s not found\n", arg);
		q->syscall.v = (unsigned long long)nr;
	}
	q->syscall.set = 1;
	return 0;
}

static int opt_arch(struct query *q, const struct opt *o, const char *t,
		    const char *arg)
{
	uint32_t native = tables_arch_number("x86_64"), arch;

	(void)o; (void)t;
	if (q->machine >= 0)
		return err("%s", q->syscall.set ?
			   "Arch needs to be defined before the syscall\n" :
			   "Arch is already defined\n");
	if (strcmp(arg, "b32") == 0)
		arch = tables_arch_biarch(native, 32);
	else if (strcmp(arg, "b64") == 0)
		arch = tables_arch_biarch(native, 64);
	else
		arch = tables_arch_number(arg);
	if (!arch || tables_arch_machine(arch) < 0)
		return err("Unknown arch %s\n", arg);
	q->arch = arch;
	q->machine = tables_arch_machine(arch);
	return 0;
}

enum { ID_UID, ID_EUID, ID_AUID, ID_UID_ALL };
static int opt_uid(struct query *q, const struct opt *o, const char *t,
		   const char *arg)
{
	static const char *const unknown[] = {
		[ID_UID] = "Effective user ID is non-numeric and unknown (%s)\n",
		[ID_EUID] = "User ID is non-numeric and unknown (%s)\n",
		[ID_AUID] = "Login user ID is non-numeric and unknown (%s)\n",
		[ID_UID_ALL] = "User ID is non-numeric and unknown (%s)\n",
	};
	struct as_id *ids[] = { &q->uid, &q->euid, &q->auid, &q->uid_all };
	struct as_id *id = ids[o->which];

	(void)t;
	if (starts_digit(arg)) {
		errno = 0;
		id->v = strtoul(arg, NULL, 10);
		if (errno) {
			fprintf(stderr, "Numeric user ID conversion error (%s) "
				"for %s\n", strerror(errno), arg);
			return -1;
		}
	} else if (o->which == ID_AUID && arg[0] == '-' &&
		   starts_digit(arg + 1)) {
		errno = 0;
		id->v = (unsigned)strtol(arg, NULL, 10);
		if (errno)
			return err("Error converting %s\n", arg);
	} else {
		if (!getpwnam(arg))
			return err(unknown[o->which], arg);
		id->name = arg;
	}
	id->set = 1;
	return 0;
}

enum { GID_GID, GID_EGID, GID_ALL };
static int opt_gid(struct query *q, const struct opt *o, const char *t,
		   const char *arg)
{
	struct as_num *ids[] = { &q->gid, &q->egid, &q->gid_all };
	struct as_num *id = ids[o->which];

	(void)t;
	if (starts_digit(arg)) {
		errno = 0;
		id->v = strtoul(arg, NULL, 10);
		if (errno) {
			fprintf(stderr, "Numeric group ID conversion error (%s) "
				"for %s\n", strerror(errno), arg);
			return -1;
		}
	} else {
		struct group *g = getgrnam(arg);

		if (!g)
			return err(o->which == GID_EGID ?
				   "Effective group ID is non-numeric and "
				   "unknown (%s)\n" :
				   "Group ID is non-numeric and unknown (%s)\n",
				   arg);
		id->v = g->gr_gid;
	}
	id->set = 1;
	return 0;
}

static const struct opt options[] = {
	{ "-a", "--event", ARG_NEEDED, opt_event, 0 },
	{ NULL, "--arch", ARG_NEEDED, opt_arch, 0 },
	{ "-c", "--comm", ARG_NEEDED, opt_string, STR_COMM },
	{ NULL, "--checkpoint", ARG_NEEDED, opt_string, STR_CHECKPOINT },
	{ NULL, "--debug", ARG_NONE, opt_flag, FLAG_DEBUG },
	{ "-e", "--exit", ARG_DASH, opt_exit, 0 },
	{ NULL, "--eoe-timeout", ARG_NEEDED, opt_eoe, 0 },
	{ NULL, "--escape", ARG_NEEDED, opt_escape, 0 },
	{ NULL, "--extra-keys", ARG_REFUSED, opt_extra, EXTRA_KEYS },
	{ NULL, "--extra-labels", ARG_REFUSED, opt_extra, EXTRA_LABELS },
	{ NULL, "--extra-obj2", ARG_REFUSED, opt_extra, EXTRA_OBJ2 },
	{ NULL, "--extra-time", ARG_REFUSED, opt_extra, EXTRA_TIME },
	{ "-f", "--file", ARG_NEEDED, opt_file, 0 },
	{ NULL, "--format", ARG_NEEDED, opt_format, 0 },
	{ "-ga", "--gid-all", ARG_NEEDED, opt_gid, GID_ALL },
	{ "-ge", "--gid-effective", ARG_NEEDED, opt_gid, GID_EGID },
	{ "-gi", "--gid", ARG_NEEDED, opt_gid, GID_GID },
	{ "-hn", "--host", ARG_NEEDED, opt_string, STR_HOST },
	{ "-i", "--interpret", ARG_REFUSED, opt_interpret, 0 },
	{ "-if", "--input", ARG_NEEDED, opt_input, 0 },
	{ NULL, "--input-logs", ARG_NONE, opt_flag, FLAG_INPUTLOGS },
	{ NULL, "--just-one", ARG_NONE, opt_flag, FLAG_JUSTONE },
	/* vigil's: not in --help, which stays 3.0.9's (ausearch(8)) */
	{ NULL, "--keep-apparmor", ARG_NONE, opt_flag, FLAG_APPARMOR },
	{ "-k", "--key", ARG_NEEDED, opt_string, STR_KEY },
	{ "-l", "--line-buffered", ARG_NONE, opt_flag, FLAG_LINEBUF },
	{ "-m", "--message", ARG_NEEDED, opt_message, 0 },
	{ "-n", "--node", ARG_NEEDED, opt_node, 0 },
	{ "-o", "--object", ARG_NEEDED, opt_string, STR_OBJECT },
	{ "-p", "--pid", ARG_NEEDED, opt_pid, NUM_PID },
	{ "-pp", "--ppid", ARG_NEEDED, opt_pid, NUM_PPID },
	{ "-r", "--raw", ARG_REFUSED, opt_raw, 0 },
	{ "-sc", "--syscall", ARG_NEEDED, opt_syscall, 0 },
	{ "-se", "--context", ARG_NEEDED, opt_string, STR_CONTEXT },
	{ NULL, "--session", ARG_DASH, opt_session, 0 },
	{ "-su", "--subject", ARG_NEEDED, opt_string, STR_SUBJECT },
	{ "-sv", "--success", ARG_NEEDED, opt_success, 0 },
	{ "-te", "--end", ARG_TIME, NULL, 1 },
	{ "-ts", "--start", ARG_TIME, NULL, 0 },
	{ "-tm", "--terminal", ARG_NEEDED, opt_string, STR_TERMINAL },
	{ "-ua", "--uid-all", ARG_NEEDED, opt_uid, ID_UID_ALL },
	{ "-ue", "--uid-effective", ARG_NEEDED, opt_uid, ID_EUID },
	{ "-ui", "--uid", ARG_NEEDED, opt_uid, ID_UID },
	{ "-ul", "--loginuid", ARG_DASH, opt_uid, ID_AUID },
	{ "-uu", "--uuid", ARG_NEEDED, opt_string, STR_UUID },
	{ "-vm", "--vm-name", ARG_NEEDED, opt_string, STR_VM },
	{ "-w", "--word", ARG_NONE, opt_flag, FLAG_WORD },
	{ "-x", "--executable", ARG_NEEDED, opt_string, STR_EXE },
};

static const struct opt *opt_find(const char *word)
{
	size_t i;

	for (i = 0; i < NELEM(options); i++)
		if ((options[i].s && strcmp(word, options[i].s) == 0) ||
		    strcmp(word, options[i].l) == 0)
			return &options[i];
	return NULL;
}

/* -ts/-te (spec 1.6); "-ts checkpoint" is --checkpoint's start (2.9). */
static int opt_time(struct query *q, int end, const char *typed, char **w,
		    int n, int *used)
{
	time_t t;
	int rc = timearg_option(end, 1, typed, w, n, used, &t);

	if (rc == 1)
		q->ts_checkpoint = 1;
	else if (rc == 0 && end)
		q->end = t;
	else if (rc == 0)
		q->start = t;
	return rc < 0 ? -1 : 0;
}

int options_parse(struct query *q, int argc, char **argv)
{
	int c, rc = 0;

	if (argc <= 1) {
		fputs(ausearch_usage, stdout);
		return -1;
	}
	for (c = 1; c < argc && rc == 0; c++) {
		const char *word = argv[c], *arg;
		const struct opt *o;

		if (strcmp(word, "-h") == 0 || strcmp(word, "--help") == 0) {
			fputs(ausearch_usage, stdout);
			return 1;
		}
		if (strcmp(word, "-v") == 0 || strcmp(word, "--version") == 0) {
			puts("ausearch version 3.0.9");
			return 1;
		}
		o = opt_find(word);
		if (!o) {
			fprintf(stderr, "%s is an unsupported option\n", word);
			rc = -1;
			break;
		}
		arg = c + 1 < argc && argv[c + 1][0] != '-' ? argv[c + 1] : NULL;
		switch (o->mode) {
		case ARG_NONE:
			rc = o->fn(q, o, word, NULL);
			break;
		case ARG_REFUSED:
			/* the --extra options are set before the check */
			if (o->fn == opt_extra)
				o->fn(q, o, word, NULL);
			if (arg) {
				fprintf(stderr, "Argument is NOT required for %s\n",
					o->fn == opt_raw ? "--raw" : word);
				rc = -1;
				break;
			}
			rc = o->fn(q, o, word, NULL);
			break;
		case ARG_DASH:
			if (!arg && c + 1 < argc)
				arg = argv[c + 1];
			/* fall through */
		case ARG_NEEDED:
			if (!arg) {
				fprintf(stderr, "Argument is required for %s\n",
					word);
				if (o->fn == opt_message)
					valid_types();
				rc = -1;
				break;
			}
			c++;
			rc = o->fn(q, o, word, arg);
			break;
		case ARG_TIME: {
			int used = 0;

			rc = opt_time(q, o->which, word, argv + c + 1,
				      argc - c - 1, &used);
			c += used;
			break;
		}
		}
	}
	if ((q->extra_time || q->extra_labels || q->extra_keys) &&
	    q->format != AS_CSV) {
		fputs("--extra options requires format to be csv\n", stderr);
		rc = -1;
	}
	return rc;
}
