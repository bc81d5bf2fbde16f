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

/* the interpretations of 2.7.3 */
enum sf_kind {
	K_NONE, K_UID, K_GID, K_SYSCALL, K_ARCH, K_EXIT, K_ESCAPED, K_KEY,
	K_PERM, K_MODE, K_MODE_SHORT, K_SOCKADDR, K_PROM, K_CAPABILITY,
	K_SUCCESS, K_ARG, K_SIGNAL, K_LIST, K_TTY_DATA, K_SESSION, K_CAPS,
	K_NFPROTO, K_ICMP, K_PROTO, K_ADDR, K_PERSONALITY, K_SECCOMP,
	K_OFLAG, K_MMAP, K_MAC, K_PROCTITLE, K_HOOK, K_ACTION, K_MACPROTO,
	K_IOCTL, K_RESP, K_MCGRP, K_RESOLVE, K_PATH_FLAGS, K_ACCT,
};

enum sf_kind sf_field_kind(int rtype, const char *name, size_t nlen,
			   const char *v, size_t vlen);
bool sf_all_hex(const char *v, size_t n);

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

/* ---- values.c and args.c ---- */

/* strtoull(3) on a value: false on ERANGE (auparse's conversion error) */
bool sf_number(const char *v, size_t n, int base, unsigned long long *out);
void sf_put_fmt(struct sfout *o, const char *fmt, unsigned long long v);
/* "conversion error(v)" */
void sf_conversion_error(struct sfout *o, const char *v, size_t n);
/* syscall= and a0..a3 of record r (argn from the name) */
void sf_put_syscall(struct searchfmt *f, struct sfout *o,
		    const struct record *r, const char *v, size_t n);
void sf_put_arg(struct searchfmt *f, struct sfout *o, const struct record *r,
		unsigned argn, const char *v, size_t n);

/* ---- normalize.c: what the csv/text line says ---- */

struct fld {
	const struct record *r;
	const char *name, *v;
	size_t nlen, vlen;
};

/* the field name of record r (NULL: false) */
bool sf_find(const struct record *r, const char *name, struct fld *out);

/* what one line says */
struct norm {
	const struct record *first;
	struct fld session, prime, sec, result, obj, obj_sec, obj2, key, how;
	struct fld subj_label, obj_label, action_fld;
	bool has_session, has_prime, has_sec, has_result, has_obj, has_obj_sec,
	     has_obj2, has_key, has_how, has_subj_label, has_obj_label;
	bool obj_is_name;	/* the object's field name, not its value */
	bool has_action_fld;	/* the action is a field's value (op) */
	bool avc_denied;	/* result "failed" without a result field */
	bool obj_is_file, obj_is_saddr;
	const char *kind, *subj_kind, *action, *obj_kind, *how_literal;
	char obj_path[4096], obj2_path[4096];
	size_t obj_path_len, obj2_path_len;
	bool has_obj_path, has_obj2_path;
};

/* false: the normalizer refuses the event (the line says nothing) */
bool sf_normalize(struct searchfmt *f, struct norm *nm,
		  const struct record *recs, size_t n);

#endif
