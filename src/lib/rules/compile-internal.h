/* compile-internal.h - what the compiler's files share: the state of one
 * auditctl command line being compiled (compile.c), its words (cmdline.c),
 * the rule parts built from -S/-w/-W/-p/-k (ruledata.c) and from -F/-C
 * (fieldpair.c). Not part of rules.h. */
#ifndef VIGIL_RULES_COMPILE_INTERNAL_H
#define VIGIL_RULES_COMPILE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <linux/audit.h>
#include "rules.h"

#define LIST_UNSET	(-1)

/* What an option did: its verdict on the line so far. */
enum {
	RV_ERROR = -1,		/* failed */
	RV_DONE = -2,		/* succeeded, nothing more to send */
	RV_REPLY = 0,		/* succeeded; status reply may follow */
	RV_RULE = 1,		/* a rule to send */
	RV_KEEP = 100,		/* this option leaves the verdict as it was */
};

/* The long options' values (short ones are their letter). */
enum {
	CMDLINE_LOGINUID_IMMUTABLE = 1,
	CMDLINE_BACKLOG_WAIT_TIME,
	CMDLINE_RESET_LOST,
	CMDLINE_RESET_BWT_ACTUAL,
	CMDLINE_SIGNAL,
};

/* getopt_long's state over our own copy of the words. */
struct cmdline {
	int argc;
	char **argv;		/* our copy, permuted like glibc's */
	int optind;
	const char *nextchar;
	int first_nonopt, last_nonopt;
	char *optarg;
};

/* The next option (its letter or CMDLINE_*), '?' for a bad one, -1 at the
 * end; optarg set for one that takes a word. optind starts at 1. */
int cmdline_next(struct cmdline *g);

struct compile {
	const struct rules_diag *diag;
	unsigned lineno;
	uint32_t native;		/* the machine's AUDIT_ARCH_* */

	/* the rule being built: header, then buflen string bytes */
	struct audit_rule_data *rule;
	size_t cap;			/* bytes allocated for buf[] */

	int add, del;			/* list of -a/-A/-w, of -d/-W */
	int prepend;			/* -A */
	int action;			/* -1 until given */
	int multiple;			/* -a/-A/-d seen */
	int exclude;			/* a list word named exclude */

	/* what the rule has so far, as auditctl tracks it */
	int syscall_added, perm_added, exe_added, fs_added;
	uint32_t elf;			/* arch for syscall names, 0: none yet */

	char key[AUDIT_MAX_KEY_LEN + 1];	/* -k / -F key= joined by 0x01 */
};

/* Field and comparison errors, worded by fieldpair_message(). */
/* The bound auditctl 3.0.9 puts on -F saddr_fam: AF_MAX of Debian 12's
 * build (46); a family from 46 up is "too large" (auditctl(8), -F). */
#define RULES_AF_MAX	46

enum fieldpair_err {
	FP_OK,
	FP_REPORTED,		/* already said through diag */
	FP_NOMEM,
	FP_TOOMANY,
	FP_OPMISSING,
	FP_NAMEMISSING,
	FP_VALMISSING,
	FP_UNKNOWN,
	FP_EXCLUDE,
	FP_EXITONLY,
	FP_ERRNO,
	FP_MSGTYPE_LIST,
	FP_MSGTYPE,
	FP_KEYDEP,
	FP_STRLONG,
	FP_OPEQNE,
	FP_ARCHPLACE,
	FP_ELF,
	FP_OPEQ,
	FP_PERM,
	FP_FILETYPE,
	FP_NUMBER,
	FP_SESSION_LIST,
	FP_FSTYPE_LIST,
	FP_FSTYPE,
	FP_TOOLARGE,
	FP_C_OPEQNE,
	FP_C_NAMEMISSING,
	FP_C_VALMISSING,
	FP_C_UNKNOWN,
	FP_C_RIGHT,
	FP_C_INCOMPAT,
};

/* -F pair (modified in place: the field name is cut at the operator, as
 * auditctl's messages then show it) for list flags (LIST_UNSET if none). */
enum fieldpair_err fieldpair_add(struct compile *c, char *pair, int flags);
/* -C pair, likewise. */
enum fieldpair_err fieldpair_compare(struct compile *c, char *pair, int flags);
/* Report err about what (the pair as left by the functions above) the way
 * auditctl does: on stderr even while reading a rules file
 * (RULES_DIAG_STDERR). */
void fieldpair_message(struct compile *c, enum fieldpair_err err,
		       const char *what);

/* ruledata.c: -S, -k, -w/-W, -p; each returns an RV_* verdict. */
int compile_syscall(struct compile *c, const char *arg);
int compile_key(struct compile *c, const char *k);
int compile_watch(struct compile *c, int ch, const char *arg);
int compile_perm(struct compile *c, const char *arg);
/* Every syscall: -w rules, and lists other than task without -S. */
void compile_mask_all(struct audit_rule_data *r);

/* Append a string field; -1 if out of memory. */
int compile_add_string(struct compile *c, uint32_t field, uint32_t op,
		       const char *s, size_t len);
/* Messages through c->diag (syslog while reading a rules file). */
void compile_say(struct compile *c, int prio, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
