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
#include "searchx.h"

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

/* An id (auid, uid, session) as aureport keeps it: signed 32-bit. */
static inline long long ar_id(unsigned long long v)
{
	return v == SEARCHX_UNSET ? AR_NOT_SET : (long long)(int)(uint32_t)v;
}

/* 0, or the malformed code (the event is not counted); with debug, the
 * notes 3.0.9's --debug prints go to stderr. The items: searchx.h, with
 * pid and syscall read as signed (-1 and 0: none). */
int ar_items_extract(struct searchx_items *it, enum ar_report report,
		     int debug, int interpret, const struct search_event *ev);

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
