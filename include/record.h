/* record.h - the record library (src/lib/record/): one audit record read
 * into fields, the names of its ids, the interpretation of its values.
 *
 * Three modules, a prefix each:
 *   record_  parse.c   a log line (or a kernel record) -> type, time,
 *                      serial, node and name=value slices, read as
 *                      libauparse 3.0.9 reads them; no allocation
 *   names_   names.c   uid/gid -> the name ENRICHED writes, cached, with a
 *                      replaceable lookup (NSS by default)
 *   interp_  interp.c, interp-args.c   values as auparse interprets them:
 *                      ENRICHED's SADDR/SYSCALL/ARCH/ids, and the syscall
 *                      arguments of `auditctl -l -i`
 * Rendering lines (RAW, node=, ENRICHED) is format.h (render.c, node.c).
 */
#ifndef VIGIL_RECORD_H
#define VIGIL_RECORD_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "tables.h"

/* ---- parse.c ------------------------------------------------------------- */

/* AUDIT_INTERP_SEPARATOR: what ENRICHED writes before its fields. */
#define RECORD_SEP		0x1d
/* Field offsets are 16 bits: the longest line record_parse() reads. */
#define RECORD_LINE_MAX		65535
/* A field takes at least "=v" and a space: enough fields for any line of
 * len bytes. */
#define RECORD_FIELDS_FOR(len)	((len) / 3 + 1)

/* One name=value, as offsets into the line (record.line). */
struct record_field {
	uint16_t name, name_len;
	uint16_t val, val_len;
	uint8_t kind;		/* enum tables_field_kind: what ENRICHED writes */
};

struct record {
	const char *line;
	size_t len;
	int rtype;		/* from type=; 0 when not where auparse looks,
				 * -1 for a name it does not know */
	unsigned long long sec;	/* msg=audit(sec.milli:serial) */
	unsigned milli;
	unsigned long serial;
	const char *node;	/* a leading node=, NULL without */
	size_t node_len;
	/* what auparse takes from fixed positions only (2nd/3rd/6th field,
	 * 11th/12th for SECCOMP, one more after a node=) */
	int machine;		/* from arch=: libaudit's machine, -1 none,
				 * -2 not a number */
	uint32_t arch;		/* AUDIT_ARCH_*, when machine >= 0 */
	int syscall;		/* from syscall=, else -1 */
	unsigned long long a0;	/* from a0=, else 0 */
	const char *interp;	/* text after a 0x1D inside the line, or NULL */
	size_t interp_len;
	/* the caller's storage: fields past max_fields are not kept */
	struct record_field *fields;
	size_t max_fields;
	size_t nfields;
};

/* Read a log line ("[node=N ]type=T msg=audit(...): ...", no newline) the
 * way libauparse 3.0.9's parse_up_record() does: a value loses one each of
 * a trailing ':' ',' '\'' ')', "msg='" opens a user message's own fields,
 * the SELinux AVC text has two unlabelled ones (not kept), a hex key= list
 * counts as several fields. r->fields and r->max_fields must be set; the
 * rest is filled. Returns 0, or -1 when auparse drops the line (a
 * timestamp it refuses, an AVC permission list too long, len 0 or above
 * RECORD_LINE_MAX). No allocation. */
int record_parse(struct record *r, const char *line, size_t len);

/* The same for a record as the kernel sends it: type, and the payload
 * "audit(sec.milli:serial): ..." (len bytes, not NUL-terminated). Field
 * positions count as in the line auditd writes for it, without node=. */
int record_parse_kernel(struct record *r, unsigned type, const char *payload,
			size_t len);

/* The value an item "name=value" after the record's own 0x1D gives for a
 * field (name in lower case, nlen bytes): auparse prefers it to its own
 * interpretation. Returns 1 and the slice, or 0. */
int record_interp_find(const struct record *r, const char *name, size_t nlen,
		       const char **val, size_t *vlen);

/* ---- names.c ------------------------------------------------------------- */

/* Name lookups, replaceable so that tests do not depend on the machine's
 * passwd/group. Return 0 and fill buf with the name, or -1 when there is
 * no such entry. */
struct names_lookup {
	int (*uid_name)(uid_t uid, char *buf, size_t len, void *arg);
	int (*gid_name)(gid_t gid, char *buf, size_t len, void *arg);
	void *arg;
};

/* The NSS lookups (getpwuid_r/getgrgid_r), the default. */
int names_nss_uid(uid_t uid, char *buf, size_t len, void *arg);
int names_nss_gid(gid_t gid, char *buf, size_t len, void *arg);

struct names;

/* lookup may be NULL: NSS. NULL when out of memory. */
struct names *names_create(const struct names_lookup *lookup);
void names_destroy(struct names *n);
/* Forget every answer (an account was added or removed). */
void names_flush(struct names *n);
/* The value ENRICHED writes for a uid (gid 0) or gid (gid 1) that is
 * neither 0 nor -1: the name encoded ("alice", or hex), else
 * "unknown(id)"; one lookup per id until flushed. Sets *len; the text
 * lives until the next call. */
const char *names_value(struct names *n, int gid, uint32_t id, size_t *len);

/* ---- interp.c: ENRICHED's values ----------------------------------------- */

/* Each writes at out and returns the end (no NUL). out must hold 2 * n +
 * 160 bytes. */

/* libaudit's audit_encode_nv_string() value: "text", or upper-case hex
 * when text holds '"', a byte below 0x21, 0x7f or above. */
char *interp_encode(char *out, const char *s, size_t n);
/* print_sockaddr(): "{ saddr_fam=inet laddr=... lport=... }" */
char *interp_sockaddr(char *out, const char *v, size_t n);
/* print_syscall(): by the record's arch (else host_arch, an AUDIT_ARCH_*
 * value or 0), socketcall/ipc with their call from a0. */
char *interp_syscall(char *out, const struct record *r, uint32_t host_arch,
		     const char *v, size_t n);
/* print_arch() */
char *interp_arch(char *out, const struct record *r, const char *v, size_t n);
/* A UID or GID field's value, encoded: "root", "unset", a name from
 * names, or "conversion error(...)" as hex. */
char *interp_id(char *out, struct names *names, int gid, const char *v,
		size_t n);
/* print_escaped(): an id value taken from the record's own interpretation
 * text, decoded into out (n bytes at most); returns its length. */
size_t interp_escaped(const char *v, size_t n, char *out);

/* Address family number -> auparse's name ("inet", "local"), NULL if none. */
const char *interp_sockfam_name(unsigned family);
/* socketcall(2) / ipc(2) call number -> name ("connect", "semop"), NULL. */
const char *interp_socketcall_name(long call);
const char *interp_ipccall_name(long call);

/* ---- interp-args.c: auditctl -l -i --------------------------------------- */

/* The name `auditctl -l -i` gives to argument argn (0-3) = val of syscall
 * number syscall on arch (AUDIT_ARCH_*), as libauparse interprets it;
 * a0 and a1 are the rule's a0/a1 printed before it (0 if none: the level
 * of a setsockopt, the flags of an open). Writes a NUL-terminated name
 * into out (INTERP_ARG_MAX is always enough) and returns its length, or
 * -1 when there is nothing to say (auditctl then prints 0x<hex>).
 * uid/gid arguments are looked up in the passwd/group databases and
 * socket protocols in the protocols database, as auditctl does. */
#define INTERP_ARG_MAX		512
int interp_syscall_arg(uint32_t arch, int syscall, unsigned argn, uint32_t val,
		       uint32_t a0, uint32_t a1, char *out, size_t outsz);
/* The same with uid/gid names from lookup (NULL: NSS), for ausearch -i. */
int interp_syscall_arg_names(uint32_t arch, int syscall, unsigned argn,
			     uint32_t val, uint32_t a0, uint32_t a1,
			     const struct names_lookup *lookup, char *out,
			     size_t outsz);

/* A record field's value named as a syscall argument of the same kind
 * would be (ausearch -i: sig=, oflag=, flags= of MMAP, per=, ioctlcmd=):
 * NUL-terminated into out, its length, or -1 when there is no name (the
 * capability kind: only known numbers). */
enum interp_value_kind {
	INTERP_VALUE_SIGNAL,
	INTERP_VALUE_CAPABILITY,
	INTERP_VALUE_OPEN,
	INTERP_VALUE_MMAP,
	INTERP_VALUE_PERSONALITY,
	INTERP_VALUE_IOCTL,
	INTERP_VALUE_MODE_SHORT,
	INTERP_VALUE_MODE,
};
int interp_value(enum interp_value_kind kind, uint32_t val, char *out,
		 size_t outsz);

#endif
