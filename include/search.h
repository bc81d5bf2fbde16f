/* search.h - what ausearch and aureport share (src/lib/search/): reading
 * audit logs as lines, assembling the lines into events the way audit
 * 3.0.9's tools do, and their -ts/-te time arguments.
 *
 * Three modules, a prefix each:
 *   logread_   logread.c   input files (a rotated set oldest first, a file,
 *                          stdin) -> lines, with large reads
 *   searchasm_ event.c     lines -> events: identity (sec, milli, serial,
 *                          node), end_of_event_timeout, late records,
 *                          output order; linear time
 *   timearg_   timearg.c   "-ts/-te [date] [time]" -> seconds
 *   evcursor_  evcursor.c  an event's fields walked with libauparse's
 *                          cursor (aulast, aulastlog)
 * The facts they follow are in the project's spec of the tools
 * (ausearch-aureport.md, sections 1.2 to 1.4 and 1.6).
 */
#ifndef VIGIL_SEARCH_H
#define VIGIL_SEARCH_H

#include <stddef.h>
#include <time.h>

#include "record.h"

/* ---- logread.c ----------------------------------------------------------- */

/* The tools read lines with a buffer of 8970 bytes (fgets): a longer line
 * comes as several lines of at most this many bytes, newline included. */
#define LOGREAD_CHUNK		8969

struct logread;

/* NULL when out of memory. */
struct logread *logread_create(void);
void logread_destroy(struct logread *lr);
/* Read fd from now on (its file ends the previous one; fd is not closed
 * by logread). */
void logread_attach(struct logread *lr, int fd);
/* The next line: 1 with *line and *len (no newline; cut at a NUL byte, as
 * a C string read by fgets would be), 0 at end of file, -1 on a read
 * error (errno set). *line is valid until the next call, or while held.
 * A last line without its newline is a line. */
int logread_next(struct logread *lr, const char **line, size_t *len);
/* Keep a line logread_next() gave valid until it is dropped (the memory
 * it was read into is not reused meanwhile): each hold has its drop. */
void logread_hold(struct logread *lr, const char *line);
void logread_drop(struct logread *lr, const char *line);

/* A rotated set BASE.N ... BASE.1, BASE: probed with access(R_OK) from
 * BASE upward to the first missing one, listed oldest first. */
struct logread_files {
	char **paths;
	size_t n;
};
/* Fills files (n may be 0: even BASE is missing). */
void logread_rotated(const char *base, struct logread_files *files);
void logread_files_free(struct logread_files *files);

#define LOGREAD_AUDITD_CONF	"/etc/audit/auditd.conf"
#define LOGREAD_DEFAULT_LOG	"/var/log/audit/audit.log"
/* What ausearch and aureport take from auditd.conf: log_file (default
 * LOGREAD_DEFAULT_LOG) and end_of_event_timeout (default 2). 0 when read
 * (missing keys keep their defaults), -1 when the file could not be read. */
int logread_conf(char *log_file, size_t sz, unsigned *timeout);

/* ---- event.c ------------------------------------------------------------- */

/* One record of an event, the line as it was read. */
struct search_rec {
	const char *line;
	size_t len;
	size_t raw_len;		/* bytes before a 0x1D (len without one) */
	int type;		/* from type=, -1 when unknown */
};

/* An event: records with the same time, serial and node. */
struct search_event {
	long long sec;
	unsigned milli;
	unsigned long serial;
	const char *node;	/* NUL-terminated, or NULL without node= */
	int type;		/* its first record's type */
	int enriched;		/* some record held a 0x1D */
	unsigned marks;		/* what searchasm_mark() gave its lines */
	size_t nrecs;
	const struct search_rec *recs;	/* in the order they were read */
};

enum searchasm_added {
	SEARCHASM_ADDED,	/* the line joined or began an event */
	SEARCHASM_IGNORED,	/* not a record, out of the time range, a
				 * stray EOE: dropped without a word */
	SEARCHASM_BADTIME,	/* a timestamp the tools refuse: they say
				 * "Error extracting time stamp (<ts>)" */
};

struct searchasm;

/* eoe_timeout: seconds (auditd.conf's end_of_event_timeout); start and
 * end: the -ts/-te range in seconds, 0 for none. NULL when out of
 * memory. */
struct searchasm *searchasm_create(unsigned eoe_timeout, time_t start,
				   time_t end);
void searchasm_destroy(struct searchasm *a);
/* Give one line (no newline). On SEARCHASM_BADTIME, *ts and *tslen are
 * the refused timestamp text (inside line). Allocates only while the
 * number of open events or an event's size grows past what it has had. */
enum searchasm_added searchasm_add(struct searchasm *a, const char *line,
				   size_t len, const char **ts, size_t *tslen);
/* The same for a line that lr's logread_next() just gave: kept by
 * reference (held, see logread_hold) rather than copied, until the event
 * is given back. The assembly must then be destroyed before lr. */
enum searchasm_added searchasm_add_held(struct searchasm *a,
					struct logread *lr, const char *line,
					size_t len, const char **ts,
					size_t *tslen);
/* OR marks into the event the line just added joined or began (nothing
 * when it was not added): callers note, while the line is at hand, what
 * they will want to know of the event, such as whether a search string
 * is in it at all. */
void searchasm_mark(struct searchasm *a, unsigned marks);
/* The next event to output, in the tools' order, or NULL while the oldest
 * event held is still open. The event lives until the next call. */
const struct search_event *searchasm_next(struct searchasm *a);
/* End of the last input: every open event is complete (searchasm_next
 * then gives them all). Not called at the end of a file that another
 * follows, nor with --checkpoint. */
void searchasm_flush(struct searchasm *a);
/* Read fd to its end through lr into a (lines held, not copied) and give
 * each event as it completes to fn; last: fd ends the input (flush).
 * The loop aulast and auvirt share; a read error ends the input as its
 * end would. */
void searchasm_feed(struct searchasm *a, struct logread *lr, int fd, int last,
		    void (*fn)(void *ctx, const struct search_event *ev),
		    void *ctx);
/* Events held (open or complete, not yet given). */
size_t searchasm_held(const struct searchasm *a);

/* ---- timearg.c ----------------------------------------------------------- */

/* What a -ts/-te word names, when it is one of the keywords. */
enum timearg_keyword {
	TIMEARG_NONE = -1,
	TIMEARG_NOW,
	TIMEARG_RECENT,
	TIMEARG_BOOT,
	TIMEARG_TODAY,
	TIMEARG_YESTERDAY,
	TIMEARG_THIS_WEEK,
	TIMEARG_WEEK_AGO,
	TIMEARG_THIS_MONTH,
	TIMEARG_THIS_YEAR,
};
enum timearg_keyword timearg_keyword(const char *word);

/* The clock the keywords are computed from (tests set both). */
struct timearg_clock {
	time_t now;
	double uptime;		/* seconds since boot (/proc/uptime), or -1 */
	int uptime_errno;	/* why uptime is -1 */
};
/* Fill clock from time() and /proc/uptime. */
void timearg_clock_now(struct timearg_clock *clock);

/* -ts (end 0) or -te (end 1) with date (a keyword or a %x date, or NULL
 * for today) and time (%X, "HH:MM" taken as HH:MM:00, or NULL): the
 * seconds in *out, 0; or -1 with the tools' message (one line, with its
 * newline) in msg. A keyword with a NULL time is the keyword alone. */
int timearg_parse(int end, const char *date, const char *time,
		  const struct timearg_clock *clock, time_t *out,
		  char *msg, size_t msgsz);

/* The option -ts (end 0) or -te (end 1), typed as typed, with the nwords
 * words that follow it on the command line: *used words taken, the
 * seconds in *out, 0; 1 for "-ts checkpoint" when checkpoint_ok
 * (ausearch's --checkpoint); -1 after the tools' message on stderr. */
int timearg_option(int end, int checkpoint_ok, const char *typed,
		   char **words, int nwords, int *used, time_t *out);

/* ---- evcursor.c ---------------------------------------------------------- */

/* An event's records parsed (record_parse) and a cursor on one field, as
 * libauparse's auparse_find_field() and friends move it (spec 6 and 7). */
struct evcursor {
	struct record *recs;
	size_t nrecs, recs_cap;
	struct record_field *fields;
	size_t fields_cap;
	size_t rec, field;	/* rec == nrecs: past the last record */
};

void evcursor_init(struct evcursor *c);
void evcursor_free(struct evcursor *c);
/* Parse ev's records (ev must outlive the cursor's use); the cursor on
 * the first record's first field. */
void evcursor_load(struct evcursor *c, const struct search_event *ev);
/* auparse_first_record(): back to the first record's first field. */
void evcursor_first(struct evcursor *c);
/* auparse_next_field(): 1, or 0 at the record's last field (no move). */
int evcursor_next_field(struct evcursor *c);
/* auparse_find_field(): the field at the cursor if it is name, else
 * evcursor_find_next(). The value (*len bytes) or NULL. */
const char *evcursor_find(struct evcursor *c, const char *name, size_t *len);
/* auparse_find_field_next(): the next field called name after the
 * cursor, in this record or a later one; NULL leaves the cursor past the
 * last record (every search fails until evcursor_first()), except from
 * a record's last field: NULL at once, the cursor where it was. */
const char *evcursor_find_next(struct evcursor *c, const char *name,
			       size_t *len);
/* The record and field at the cursor, NULL past the end. */
const struct record *evcursor_record(const struct evcursor *c);
const struct record_field *evcursor_field(const struct evcursor *c);
/* auparse_get_field_int() on a value: strtol's long as an int, -1 when
 * out of range. */
int evcursor_int(const char *v, size_t len);

#endif
