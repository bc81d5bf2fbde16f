/* searchfmt-internal.h - what interpret.c and normalize.c share: the
 * formatter's state, the output buffer, and one field's value rendered as
 * ausearch -i renders it. Only src/lib/search/{interpret,normalize}.c. */
#ifndef VIGIL_SEARCHFMT_INTERNAL_H
#define VIGIL_SEARCHFMT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "searchfmt.h"

/* a value rendered can outgrow its text (tty data: 4x, cap sets) */
#define SEARCHFMT_SCRATCH	(8 * RECORD_LINE_MAX + 4096)

struct searchfmt {
	struct searchfmt_options o;
	struct names *names;
	const char *error;
	bool header_done;		/* csv */
	uint32_t arch;			/* the record's arch= so far, or 0 */
	char *val;			/* SEARCHFMT_SCRATCH each */
	char *esc;
};

/* Text written with a length; past cap only counted. */
struct sfout {
	char *p;
	size_t len, cap;
};

void sf_put(struct sfout *o, const char *s, size_t n);
void sf_puts(struct sfout *o, const char *s);
void sf_putc(struct sfout *o, char c);
/* s escaped per mode (1.7 of the spec) */
void sf_put_escaped(struct sfout *o, enum searchfmt_escape mode,
		    const char *s, size_t n);

#define SF_UNCLASSIFIED	0x1	/* printed as it is, never escaped */
#define SF_TTY_DATA	0x2	/* no separator after it */
#define SF_MAC_LABEL	0x4	/* keeps its commas */

/* How a field is interpreted in a record of type rtype: SF_* flags. */
unsigned sf_field_flags(int rtype, const char *name, size_t nlen,
			const char *v, size_t vlen);
/* The interpreted value of field name=v (v as delimited by the -i scan,
 * quotes included) of record r, escaped as ausearch escapes it. Points
 * into f's scratch (valid until the next call) or at v. */
const char *sf_value(struct searchfmt *f, const struct record *r,
		     const char *name, size_t nlen, const char *v,
		     size_t vlen, size_t *len);

#endif
