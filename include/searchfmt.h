/* searchfmt.h - how ausearch 3.0.9 prints an event's records with -i
 * (interpret.c) and with --format csv|text (normalize.c).
 *
 * Each record is a struct record from record_parse() (record.h); an event
 * is its records in arrival order. The functions write at most cap bytes
 * at out (no NUL) and return the length the whole text takes, as
 * snprintf(3) does: a return above cap means out holds a truncated copy.
 * No allocation after searchfmt_create().
 */
#ifndef VIGIL_SEARCHFMT_H
#define VIGIL_SEARCHFMT_H

#include <stddef.h>
#include <stdio.h>
#include <stdint.h>

#include "record.h"

/* --escape */
enum searchfmt_escape {
	SEARCHFMT_ESC_RAW,
	SEARCHFMT_ESC_TTY,		/* the default */
	SEARCHFMT_ESC_SHELL,
	SEARCHFMT_ESC_SHELL_QUOTE,
};

/* --extra-* (csv) */
#define SEARCHFMT_EXTRA_KEYS	0x1
#define SEARCHFMT_EXTRA_LABELS	0x2
#define SEARCHFMT_EXTRA_OBJ2	0x4
#define SEARCHFMT_EXTRA_TIME	0x8

struct searchfmt_options {
	enum searchfmt_escape escape;
	unsigned extra;			/* SEARCHFMT_EXTRA_* */
	/* uid/gid names; NULL: the passwd/group databases (NSS) */
	const struct names_lookup *lookup;
	/* AUDIT_ARCH_* of this machine: syscalls of records without arch= */
	uint32_t host_arch;
};

struct searchfmt;

/* NULL when out of memory. o may be NULL: tty escaping, NSS, x86_64. */
struct searchfmt *searchfmt_create(const struct searchfmt_options *o);
void searchfmt_destroy(struct searchfmt *f);

/* --escape's rule (spec 1.7), for every text the tools escape: s (n
 * bytes) to f, control bytes as \ooo, shell characters with a backslash. */
void searchfmt_write_escaped(FILE *f, enum searchfmt_escape mode, const char *s, size_t n);

/* "--escape WORD" -> mode; -1 for a word ausearch refuses. */
int searchfmt_escape_mode(const char *word);

/* What ausearch wants on stderr for the last call ("can't find time
 * stamp\n", "error normalizing SYSCALL\n"), or NULL. */
const char *searchfmt_error(const struct searchfmt *f);

/* ausearch -i: the record's line as interpreted (what 3.0.9 prints for
 * it, newline included), into out. 0 and an error when the line has no
 * time stamp. The caller prints "----" and the records last first. */
size_t searchfmt_interpret(struct searchfmt *f, const struct record *r,
			   char *out, size_t cap);

/* One field name=v of record r (v as record_parse() delimits it) as -i
 * interprets it, which is what libauparse's auparse_interpret_field()
 * gives (aulast: the user name of an auid, an acct): escaped per the
 * options, *len bytes at the result, valid until the next call. */
const char *searchfmt_field(struct searchfmt *f, const struct record *r,
			    const char *name, size_t nlen, const char *v,
			    size_t vlen, size_t *len);

/* --format csv / text: one event = its records in order. csv writes its
 * header line before the first event's line. */
size_t searchfmt_csv(struct searchfmt *f, const struct record *recs, size_t n,
		     char *out, size_t cap);
size_t searchfmt_text(struct searchfmt *f, const struct record *recs,
		      size_t n, char *out, size_t cap);

#endif
