/* rules.h - audit rules as auditctl knows them: rule text -> kernel rule
 * (struct audit_rule_data) -> the text `auditctl -l` prints, the rules.d
 * merge of augenrules, and loading a rules file into the kernel.
 *
 * Modules (src/lib/rules/):
 *   fields.c    the -F field table, filter lists, operators: data
 *   compile.c   one auditctl command line -> actions (rules, control ops);
 *               cmdline.c its words, ruledata.c and fieldpair.c the rule
 *   decompile.c kernel rule -> `auditctl -l` text
 *   exec.c      actions -> netlink requests and acks (auditctl, -R, daemon)
 *   merge.c     the rules.d files -> audit.rules text (augenrules), and
 *               keeping audit.rules up to date (.prev, mode 0640)
 *   augen.c     augenrules' kernel checks and the daemon's startup loader
 * Nothing here prints: messages go through a struct rules_diag so that
 * auditctl writes them to stderr and the daemon to its log. */
#ifndef VIGIL_RULES_H
#define VIGIL_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <linux/audit.h>

/* --- diagnostics ---------------------------------------------------------- */

/* Where messages go. prio is a syslog priority (LOG_ERR, LOG_WARNING, ...);
 * msg is one line without the newline, worded as Debian's auditctl words it
 * (two of auditctl's own texts end in a newline, which msg then keeps:
 * "Multiple rule insert/delete operations are not allowed\n" after -a and
 * "Rule is not empty\n"; printed with a newline they leave an empty line
 * on stderr as auditctl does).
 * The compiler marks the -F/-C field errors ("-F unknown field: x") with
 * RULES_DIAG_STDERR in prio: auditctl fprintf()s those to stderr even while
 * it reads a rules file with -R, where its other messages go to syslog. */
struct rules_diag {
	void (*emit)(void *arg, int prio, const char *msg);
	void *arg;
};

/* --- the field table (fields.c) ------------------------------------------ */

/* How a field's value is written in rule text and rendered by auditctl -l. */
enum rules_value_kind {
	RULES_VAL_NUMBER,	/* signed decimal or 0x hex; -l prints signed */
	RULES_VAL_UNSIGNED,	/* inode: -l prints unsigned */
	RULES_VAL_UID,		/* number, -1, unset, or user name */
	RULES_VAL_GID,		/* number or group name */
	RULES_VAL_SESSION,	/* number or unset */
	RULES_VAL_ARCH,		/* b32, b64, machine name or number */
	RULES_VAL_MSGTYPE,	/* message type name or number */
	RULES_VAL_EXIT,		/* number or -ERRNONAME */
	RULES_VAL_PERM,		/* rwxa letters */
	RULES_VAL_FILETYPE,	/* file, dir, socket, ... */
	RULES_VAL_FSTYPE,	/* tracefs, debugfs, ... or number */
	RULES_VAL_ARG,		/* a0-a3: number, -l prints hex */
	RULES_VAL_STRING,	/* length in the value slot, bytes in buf */
	RULES_VAL_COMPARE,	/* AUDIT_FIELD_COMPARE, made by -C */
};

struct rules_field {
	const char *name;		/* as auditctl -F spells it */
	uint32_t id;			/* AUDIT_* field number */
	enum rules_value_kind kind;
	uint32_t lists;			/* bit (1u << AUDIT_FILTER_x) per list allowed */
	uint32_t ops;			/* bit per operator allowed, RULES_OP_BIT() */
};

/* Name (including aliases such as loginuid) -> field; NULL if unknown. */
const struct rules_field *rules_field_by_name(const char *name);
/* Kernel field id -> field (the name auditctl -l prints); NULL if unknown. */
const struct rules_field *rules_field_by_id(uint32_t id);
/* Whether the kernel carries the field's value in the rule's buf (a string
 * of values[i] bytes) rather than in values[i] itself. */
bool rules_field_is_string(uint32_t id);

/* Filter list name ("exit", "exclude", ...) <-> AUDIT_FILTER_* number. */
int rules_list_number(const char *name);	/* -1 if unknown */
const char *rules_list_name(uint32_t list);	/* NULL if unknown */

/* Operators: text ("!=", "&=", ...) <-> AUDIT_* operator value. */
#define RULES_OP_BIT(op)	(1u << ((op) >> 27))
/* Longest operator that starts s (two-character ones first); its length
 * in *len; 0 if none. */
uint32_t rules_op_parse(const char *s, size_t *len);
const char *rules_op_name(uint32_t op);		/* NULL if unknown */
/* The operators in the order auditctl looks for them in "field OP value"
 * (two-character ones first): the i-th's text and *op, NULL past the end. */
const char *rules_op_at(size_t i, uint32_t *op);

struct rules_diag;
/* printf to diag's emit (nothing when diag or its emit is NULL) */
void rules_diag_say(const struct rules_diag *diag, int prio, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* --- one kernel rule -------------------------------------------------------- */

/* A kernel rule ready to send: header and string buffer in one allocation
 * of sizeof(struct audit_rule_data) + data->buflen bytes. */
struct rules_rule {
	struct audit_rule_data *data;
};

static inline size_t rules_rule_size(const struct rules_rule *r)
{
	return sizeof(*r->data) + r->data->buflen;
}

/* --- compiler (compile.c) ------------------------------------------------ */

/* What one auditctl option does. auditctl acts option by option (a -b is
 * sent before a later -a is even parsed); a command is those acts in order. */
enum rules_act {
	RULES_ACT_ADD,		/* rule: AUDIT_ADD_RULE (-a, -A, -w) */
	RULES_ACT_DEL,		/* rule: AUDIT_DEL_RULE (-d, -W) */
	RULES_ACT_DEL_ALL,	/* -D; str: the key of -D -k, or NULL */
	RULES_ACT_LIST,		/* -l; str: the key of -l -k, or NULL */
	RULES_ACT_STATUS,	/* -s */
	RULES_ACT_SET,		/* -b -f -r -e --backlog_wait_time: mask
				 * (AUDIT_STATUS_*) and value */
	RULES_ACT_RESET_LOST,	/* --reset-lost */
	RULES_ACT_RESET_BWT_ACTUAL, /* --reset_backlog_wait_time_actual */
	RULES_ACT_LOGINUID_IMMUTABLE, /* --loginuid-immutable */
	RULES_ACT_USER_MSG,	/* -m; str: the text */
	RULES_ACT_SIGNAL,	/* --signal; str: the signal word */
	RULES_ACT_READ_FILE,	/* -R; str: the path */
	RULES_ACT_TRIM,		/* -t */
	RULES_ACT_MAKE_EQUIV,	/* -q; str: "mount,subtree" */
	RULES_ACT_VERSION,	/* -v */
	RULES_ACT_HELP,		/* -h */
};

struct rules_action {
	enum rules_act act;
	struct rules_rule rule;	/* ADD, DEL */
	uint32_t mask;		/* SET */
	uint32_t value;		/* SET */
	char *str;		/* see enum rules_act; malloc'd */
};

struct rules_cmd {
	struct rules_action *acts;
	unsigned n;
	int flag_i;		/* -i seen: ignore errors in a file, or
				 * interpret with -l/-s */
	int flag_c;		/* -c seen: continue past errors */
};

/* Compile one auditctl command line: argv[0] is the program name (for a
 * rules-file line, "auditctl" followed by rules_split_line()'s words, as
 * auditctl does). lineno > 0 for a rules-file line (it appears in messages as
 * auditctl puts it; "-R FILE" is then refused as nested), 0 for the
 * command line. native is the machine's AUDIT_ARCH_* (syscall names and
 * b32/b64 are resolved against it). On error: the acts before the failing
 * option are in cmd (auditctl has already performed them), the message
 * went through diag, and the return is -1; otherwise 0. cmd is always
 * to be released with rules_cmd_free().
 * Acts, as auditctl performs them: the rule (ADD/DEL) comes last, after
 * the control acts of the same line; -h gives HELP and returns -1 (the
 * usage, exit 255); argc < 2 returns -1 with no act (auditctl prints the
 * usage and exits 1); SIGNAL's str is TERM, HUP, USR1, USR2 or CONT;
 * MAKE_EQUIV's str is "mount,subtree" (split at the first comma); USER_MSG's
 * str is the text (auditctl sends "text=" followed by it); LIST and
 * DEL_ALL carry the -k key; -s -i and -l -i set flag_i. */
int rules_compile_argv(int argc, char *const argv[], unsigned lineno,
		       uint32_t native, struct rules_cmd *cmd,
		       const struct rules_diag *diag);
void rules_cmd_free(struct rules_cmd *cmd);

/* Split one rules-file line into words as auditctl 3.0.9 does: only
 * spaces separate (a tab is part of a word), leading spaces are skipped,
 * a line whose first word starts with '#' is a comment, "\ " is a space
 * and "\\" a backslash in every word but the first, and at most
 * strlen(line)/3 + 1 words are kept. The line ends at its first newline.
 * Returns the word count with a malloc'd NULL-terminated *argv (one block:
 * free(*argv) releases all); auditctl puts its own name before the words
 * (argv[0] of rules_compile_argv). 0 (and *argv NULL) for a blank or
 * comment line; -1 for a line of 6144 bytes or more: auditctl reads with
 * fgets() into 6144 bytes, so a longer line reaches it as several lines
 * of 6143 bytes, each numbered and run on its own (the caller must read
 * the file the same way to match it). */
int rules_split_line(const char *line, char ***argv);

/* --- decompiler (decompile.c) ------------------------------------------- */

enum {
	RULES_FMT_INTERPRET = 1,	/* auditctl -l -i: names for numbers */
};

/* Render one kernel rule (len bytes as received from AUDIT_LIST_RULES) as
 * the line `auditctl -l` prints for it, without the newline, into out.
 * native is the machine's AUDIT_ARCH_* value (b32/b64 are relative to it).
 * Returns the length written, -EINVAL for a malformed rule, -ENOSPC if
 * outsz is too small. */
int rules_format(const struct audit_rule_data *r, size_t len, unsigned flags,
		 uint32_t native, char *out, size_t outsz);

/* A whole listing, as `auditctl -l` prints it: auditctl names the syscalls
 * of a rule by the last arch field it has printed so far in the listing
 * (the machine's own at first), so a rule without -F arch after one with
 * "-F arch=b32" shows i386 names, and numbers after an unknown arch.
 * rules_format() is the first rule of a listing; render the rules of an
 * AUDIT_LIST_RULES reply in order through one context to match auditctl
 * byte for byte. A rule that fails leaves the context as it was. */
struct rules_fmt_ctx {
	uint32_t arch;		/* the syscall table in use: AUDIT_ARCH_* */
};
void rules_fmt_init(struct rules_fmt_ctx *ctx, uint32_t native);
int rules_format_next(struct rules_fmt_ctx *ctx,
		      const struct audit_rule_data *r, size_t len,
		      unsigned flags, char *out, size_t outsz);

/* --- loading (exec.c) ------------------------------------------------------- */

struct rules_load_result {
	unsigned lines;		/* rule lines executed */
	unsigned rules;		/* kernel rules added */
	unsigned errors;	/* lines that failed */
	int immutable;		/* the kernel refused: enabled 2 */
};

/* Where Debian's auditctl writes a message, carried in a diag prio above
 * LOG_PRIMASK (mask them off before syslog(3)). Without either: stderr.
 * RULES_DIAG_STDERR is the compiler's to set: auditctl prints the message
 * straight to stderr whatever its message mode (the -F / -C value errors).
 * RULES_DIAG_SYSLOG is the executor's: auditctl sends the message to
 * syslog, its mode while reading a rules file until the file's first rule
 * request has gone out. rules_load_file() hands neither to its caller. */
#define RULES_DIAG_STDERR	0x100
#define RULES_DIAG_SYSLOG	0x200
#define RULES_DIAG_FLAGS	(RULES_DIAG_STDERR | RULES_DIAG_SYSLOG)

/* What auditctl prints on stdout (-l, -s, "No rules", the status after
 * -b -e -f -r, -v, -h), one line at a time, without the newline. */
struct rules_out {
	void (*line)(void *arg, const char *text);
	void *arg;
};

/* An executor: auditctl's state between commands (its netlink socket,
 * opened at the first request; its listing state; its message mode).
 * out may be NULL (nothing printed). NULL when out of memory. */
struct rules_exec;
struct rules_exec *rules_exec_open(const struct rules_diag *diag,
				   const struct rules_out *out);
void rules_exec_close(struct rules_exec *ex);

/* auditctl's command line (argv[0] its name): compile and perform it.
 * Returns auditctl's exit status (0, 1 from -R, 255). */
int rules_exec_argv(struct rules_exec *ex, int argc, char *const argv[]);

/* `auditctl -R path` (see rules_load_file); res may be NULL. */
int rules_exec_file(struct rules_exec *ex, const char *path,
		    struct rules_load_result *res);

/* auditctl's usage text, to out. */
void rules_exec_usage(struct rules_exec *ex);

/* Load a rules file into the kernel the way `auditctl -R path` does: same
 * ownership checks, same per-line semantics (-i, -c, stop at the first
 * failing line otherwise), same messages through diag. Opens its own
 * netlink socket; pipelines AUDIT_ADD_RULE requests and collects the acks.
 * Returns the exit status auditctl would have (0 or 1); res may be NULL. */
int rules_load_file(const char *path, const struct rules_diag *diag,
		    struct rules_load_result *res);

/* --- rules.d merge (merge.c) -------------------------------------------- */

/* Merge dir/\*.rules as augenrules does (version sort, comments and blank
 * lines dropped, last bare -D first, then the last -b, the last -f, the
 * rest in order, the last -e at the end) into a malloc'd text starting with
 * augenrules' header line. Returns 0 with *text and *len set, or -errno (message
 * through diag). *nrules is the number of rule lines (0: "No rules"). */
int rules_merge_dir(const char *dir, char **text, size_t *len,
		    unsigned *nrules, const struct rules_diag *diag);

enum {
	RULES_FILE_SAME,	/* path already holds text: "No change" */
	RULES_FILE_CHANGED,	/* it did not (or did not exist) */
};

/* Bring path (audit.rules) to text as augenrules installs its result:
 * when the bytes differ, the old file (if any) is kept as path.prev and
 * text replaces it with mode 0640 (a temporary file renamed over it).
 * check_only compares without writing. Returns RULES_FILE_SAME,
 * RULES_FILE_CHANGED (written unless check_only) or -errno (message
 * through diag; an unreadable old file is left alone). */
int rules_update_file(const char *path, const char *text, size_t len,
		      int check_only, const struct rules_diag *diag);

/* --- augenrules and the daemon's loader (augen.c) ------------------------ */

/* 1 when the kernel's audit configuration is locked (enabled 2), 0 when it
 * is not or the status cannot be read (augenrules 4.x then goes on). */
int rules_kernel_immutable(void);

/* The daemon's startup: unless the kernel is immutable, merge
 * confdir/rules.d, write confdir/audit.rules when it changed (as
 * augenrules) and load it (as auditctl -R). Without rules.d an existing
 * audit.rules is loaded as it is. Everything it has to say, including
 * auditctl's messages with file and line, goes through diag. Returns 0,
 * or -1 when something failed (said through diag). */
int rules_daemon_load(const char *confdir, const struct rules_diag *diag);

#endif
