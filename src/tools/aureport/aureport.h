/* aureport.h - the parts of aureport: options.c (the command line),
 * extract.c (an event's items, as 3.0.9's aureport reads them),
 * report.c (selection, counting, rows and totals), aureport.c (input,
 * framing). The facts are the project's spec of the tools, section 3. */
#ifndef VIGIL_AUREPORT_H
#define VIGIL_AUREPORT_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "search.h"
#include "searchfmt.h"

/* The reports, in the order of the usage text's selectors. */
enum ar_report {
	AR_SUMMARY,		/* no selector: the main summary */
	AR_AVC, AR_AUTH, AR_COMM, AR_CONFIG, AR_CRYPTO, AR_EVENT, AR_FILE,
	AR_HOST, AR_INTEGRITY, AR_KEY, AR_LOGIN, AR_MODS, AR_MAC,
	AR_ANOMALY, AR_PID, AR_RESPONSE, AR_SYSCALL, AR_TIME, AR_TERM,
	AR_TTY, AR_USER, AR_VIRT, AR_EXE,
	AR_NREPORTS
};

/* --escape: the search formatter's modes (searchfmt.h) */
enum ar_escape {
	AR_ESC_RAW = SEARCHFMT_ESC_RAW,
	AR_ESC_TTY = SEARCHFMT_ESC_TTY,
	AR_ESC_SHELL = SEARCHFMT_ESC_SHELL,
	AR_ESC_SHELL_QUOTE = SEARCHFMT_ESC_SHELL_QUOTE,
};

#define AR_MAX_NODES	64

struct ar_opts {
	enum ar_report report;
	int summary;		/* --summary */
	int success;		/* --failed 0, --success 1, else -1 */
	int add, del, no_config;
	int debug, input_logs;
	int interpret;		/* -i */
	enum ar_escape escape;
	const char *input;
	time_t start, end;	/* 0: none */
	unsigned eoe_timeout;	/* 0: auditd.conf's */
	const char *nodes[AR_MAX_NODES];
	size_t nnodes;
};

/* usage.c */
extern const char aureport_usage[];

/* options.c: fills o from argv; -1 after the message(s) and the usage
 * (exit 1), 1 when the run is over with exit 0 (--help, --version), 2
 * when it is over with exit 1 and nothing more ("Unimplemented option"),
 * else 0. */
int options_parse(struct ar_opts *o, int argc, char **argv);

/* extract.c ---------------------------------------------------------------- */

#define AR_NOT_SET	(-2LL)	/* an id aureport did not extract */
#define AR_MAX_LIST	64

/* An AVC decision: the labels of one avc: record. */
struct ar_avc {
	const char *comm, *subj, *obj, *tclass, *perms;
	int result;		/* -1 unset, 0 denied, 1 granted */
};

struct ar_items {
	long long pid;		/* -1: none */
	long long auid, uid;	/* AR_NOT_SET: none */
	long long session;
	int success;		/* -1 unset, 0 failed, 1 success */
	long syscall;		/* 0: none */
	uint32_t arch;		/* AUDIT_ARCH_*, 0: none (-i) */
	const char *exe, *comm, *terminal, *host, *acct, *cwd, *tty_data;
	/* -i: the names an ENRICHED log gave auid and uid, or NULL */
	const char *auid_name, *uid_name;
	const char *files[AR_MAX_LIST], *nametypes[AR_MAX_LIST];
	const char *keys[AR_MAX_LIST];
	struct ar_avc avcs[AR_MAX_LIST];
	size_t nfiles, nkeys, navcs;
	/* decoded strings live here */
	char *arena;
	size_t arena_len, arena_cap;
	char *scratch;
	size_t scratch_cap;
};

void ar_items_init(struct ar_items *it);
void ar_items_free(struct ar_items *it);
/* 0, or the malformed code (the event is not counted); with debug, the
 * notes 3.0.9's --debug prints go to stderr. */
int ar_items_extract(struct ar_items *it, enum ar_report report, int debug,
		     int interpret, const struct search_event *ev);

/* report.c ----------------------------------------------------------------- */

struct report;

struct report *report_create(const struct ar_opts *o);
void report_destroy(struct report *r);
/* The leading empty line and the title block. */
void report_title(const struct report *r);
/* One event of the input (after the time filter of the assembly). */
void report_event(struct report *r, const struct search_event *ev);
/* The end: totals, the "no events" line; returns the exit status. */
int report_finish(struct report *r);
/* The main summary's time range: the first record line (see aureport.c)
 * and the last event of the last file. */
void report_set_range(struct report *r, long long first_sec,
		      unsigned first_milli, long long last_sec,
		      unsigned last_milli);

/* escaping (1.7) */
void ar_put_escaped(const char *s, enum ar_escape mode);
/* ttydata.c: TTY data= as --tty prints it */
void ar_put_tty_data(const char *v);

#endif
