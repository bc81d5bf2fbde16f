/* conffile.h - the files of auditd's family: auditd.conf, plugins.d, and the
 * plugins' own configs. One way to open them, read them and split them.
 *
 * The reading rules are auditd 3.0.9's (auditd.conf(5)), which every file of
 * the family shares:
 * - lines are read with fgets() into CONFFILE_LINE_MAX bytes, so a line of
 *   159 characters or more, and a last line without its newline, are skipped
 *   with "Skipping line N in FILE: too long";
 * - tokens are split on ' ' only, as "keyword = value [option]"; the '='
 *   must be a token of its own; a fifth token is reported ("Wrong number of
 *   arguments") but the line is still applied with the fourth as option;
 * - a line whose first token starts with '#' is a comment.
 * Messages name the file and line, in auditd's wording; each caller decides
 * what an error costs (auditd.conf stops, a plugin file is skipped).
 */
#ifndef VIGIL_CONFFILE_H
#define VIGIL_CONFFILE_H

#include <stdio.h>
#include <sys/types.h>

/* auditd 3.0.9 reads lines with fgets() into 160 bytes: a line of 159 or more
 * characters (newline not counted) is skipped as too long. */
#define CONFFILE_LINE_MAX	160

/* What a kind of file must be before it is read: owned by root, a regular
 * file, none of the writable bits set. The messages are the kind's own
 * (auditd words them per file); each takes the file name (fstat_failed:
 * strerror). opened, when set, is logged at debug level once open. */
struct conffile_kind {
	mode_t writable;		/* e.g. S_IWOTH: group-writable allowed */
	const char *opened;
	const char *fstat_failed;
	const char *not_root;
	const char *is_writable;
	const char *not_regular;
};

/* auditd.conf and plugins.d, as auditd 3.0.9 checks them. */
extern const struct conffile_kind conffile_auditd;
extern const struct conffile_kind conffile_plugin;

struct conffile {
	FILE *f;
	const char *file;	/* named in messages */
	int lineno;		/* the line conffile_next() returned */
	int nlines;		/* lines read so far, skipped ones included */
	char buf[CONFFILE_LINE_MAX];
};

/* One split line: keyword = value [option], pointing into the line. */
struct conffile_line {
	const char *file;
	int lineno;
	char *name;
	char *value;
	char *option;
};

/* A keyword's value among a list of words, ended by { NULL, 0 }. */
struct conffile_word {
	const char *name;
	int value;
};

/* Open file read-only, close-on-exec, non-blocking (a FIFO planted as the
 * file must not hang the reader: it is refused as not regular), O_NOFOLLOW
 * unless follow_links, then check it as kind says. Returns 0; a positive
 * errno when open(2) failed, not reported (a missing auditd.conf is not an
 * error, a missing plugin file is: the caller words it); or -1 when the file
 * was refused, reported. */
int conffile_open(struct conffile *cf, const char *file, int follow_links,
		  const struct conffile_kind *kind);

/* Read text already open (unit tests, fuzz targets); file names it. */
void conffile_init(struct conffile *cf, FILE *f, const char *file);
void conffile_close(struct conffile *cf);

/* The next line that fits, without its newline, numbered in cf->lineno;
 * NULL at the end. A line too long is reported once and skipped. */
char *conffile_next(struct conffile *cf);

/* Split the line conffile_next() returned, in place, into ln. Reports a
 * wrong number of tokens and a missing '='. Returns 0 with ln->name NULL for
 * a blank line or a comment, 0 with name and value set (option may be
 * NULL) for a line to apply, or -1 when the line has no value. */
int conffile_split(struct conffile *cf, char *buf, struct conffile_line *ln);

/* The word matching s, case-insensitive, or NULL. */
const struct conffile_word *conffile_word_find(const struct conffile_word *w,
					       const char *s);
/* The name of value in w, or "unknown". */
const char *conffile_word_name(const struct conffile_word *w, int value);

/* ln->value looked up in w into *out; "Option V not found - line N" and -1
 * when it is not there. */
int conffile_word(const struct conffile_word *w, const struct conffile_line *ln,
		  int *out);

/* The messages every file of the family shares; each returns -1. */
int conffile_not_found(const struct conffile_line *ln);
int conffile_unknown_keyword(const struct conffile_line *ln);

/* Copy s into dst[size]; "Value S is too long - line N" and -1 when it
 * does not fit. */
int conffile_copy(char *dst, size_t size, const struct conffile_line *ln,
		  const char *s);

#endif
