/* searchx.h - an event's searchable items, as audit 3.0.9's ausearch and
 * aureport pull them out of its records (src/lib/search/extract.c and
 * extract_rec.c; the project's spec of the tools, 1.5 and 3.2).
 *
 * Per record type, only the fields asked for are looked for, each by
 * substring from where the last one ended, a value ending at the next
 * space. A field asked for that is missing or unterminated drops the whole
 * event: the same answers need the same misses.
 *
 * The two tools read most types alike; where they do not, the difference
 * is data (struct searchx_dialect: the --debug codes, a few habits) or a
 * flag of struct searchx_need, and the types only one of them reads its
 * own way stay in the tool, built from the helpers below.
 *
 * Items are kept in an arena that is reused from event to event: no
 * allocation per record once it has grown to the largest event.
 */
#ifndef VIGIL_SEARCHX_H
#define VIGIL_SEARCHX_H

#include <stddef.h>
#include <stdint.h>

#include "search.h"

#define SEARCHX_MAX_LIST	64
#define SEARCHX_UNSET		(~0ULL)	/* a number not extracted */

/* An AVC decision: the labels of one avc: record (aureport -a). */
struct searchx_avc {
	const char *comm, *subj, *obj, *tclass, *perms;
	int result;		/* -1 unset, 0 denied, 1 granted */
};

struct searchx_items {
	/* SEARCHX_UNSET when not extracted (syscall: the dialect's) */
	unsigned long long pid, ppid, session, syscall, exit;
	/* ids as 32-bit values: "-1" is 4294967295 */
	unsigned long long uid, euid, auid, gid, egid;
	int exit_set;
	int success;		/* -1 unset, 0 failed, 1 success */
	int machine;		/* SYSCALL's arch= as a libaudit machine, -1 */
	uint32_t arch;		/* its AUDIT_ARCH_*, 0 none */
	/* the names an ENRICHED log gave the ids, or NULL */
	const char *uid_name, *euid_name, *auid_name;
	const char *comm, *exe, *terminal, *host, *cwd, *uuid, *vm;
	const char *acct, *tty_data;
	const char *files[SEARCHX_MAX_LIST], *nametypes[SEARCHX_MAX_LIST];
	const char *keys[SEARCHX_MAX_LIST];
	const char *subjects[SEARCHX_MAX_LIST], *objects[SEARCHX_MAX_LIST];
	struct searchx_avc avcs[SEARCHX_MAX_LIST];
	size_t nfiles, nkeys, nsubjects, nobjects, navcs;
	/* decoded strings live here: while an event is read, a kept string
	 * is an offset (searchx_text() reads it), a pointer afterwards */
	char *arena;
	size_t arena_len, arena_cap;
	char *scratch;		/* the record being read, NUL-terminated */
	size_t scratch_cap;
};

/* The --debug code of a field: when it is missing (and required), when
 * no space ends it (or its string is malformed), when its number is out
 * of range. */
struct searchx_code {
	unsigned char missing, unterm, range;
};

/* How one tool reads the types both read. */
struct searchx_dialect {
	int cut;		/* a number out of range cuts the record there
				 * (what --debug then prints) */
	int addr_after_hostname; /* hostname=? falls back to an addr= after
				  * it, not anywhere after the last field */
	unsigned long long syscall_unset;
	struct {
		struct searchx_code ppid, pid, auid, uid, gid, euid, egid;
		struct searchx_code tty, ses, comm, exe;
	} task;			/* SYSCALL's task info, FEATURE_CHANGE... */
	struct {
		struct searchx_code arch, syscall, success, exit, a0, a1;
	} syscall;
	struct {
		struct searchx_code pid, uid, auid, ses, tty, res;
	} user;			/* user-space messages */
	struct {
		struct searchx_code auid, pid, uid, ses;
	} daemon;
	struct {
		struct searchx_code auid, ses;
	} config;		/* CONFIG_CHANGE, MAC_* */
	struct {
		struct searchx_code pid, uid;
	} login;
	struct {
		struct searchx_code auid, gid, ses, pid;
	} generic;		/* SECCOMP, ANOM_*, ... */
};

/* 3.0.9's --debug codes, the same in ausearch and aureport (observed:
 * aureport --debug over every test log, each report): a designated
 * initializer list for the code members of struct searchx_dialect.
 * SEARCHX_C(c): missing c, unterminated c + 1, out of range c + 2. */
#define SEARCHX_C(c)	{ (c), (c) + 1, (c) + 2 }
#define SEARCHX_CODES_309						\
	.task = {							\
		.ppid = SEARCHX_C(13), .pid = SEARCHX_C(16),		\
		.auid = SEARCHX_C(19), .uid = SEARCHX_C(22),		\
		.gid = SEARCHX_C(25), .euid = SEARCHX_C(28),		\
		.egid = SEARCHX_C(31), .tty = { 0, 34, 0 },		\
		.ses = SEARCHX_C(34), .comm = { 38, 37, 0 },		\
		.exe = { 40, 39, 0 },					\
	},								\
	.syscall = {							\
		.arch = SEARCHX_C(1), .syscall = SEARCHX_C(4),		\
		.success = { 0, 7, 0 }, .exit = SEARCHX_C(8),		\
		.a0 = SEARCHX_C(11), .a1 = SEARCHX_C(11),		\
	},								\
	.user = {							\
		.pid = SEARCHX_C(1), .uid = SEARCHX_C(4),		\
		.auid = SEARCHX_C(7), .ses = SEARCHX_C(9),		\
		.tty = { 0, 19, 0 }, .res = { 0, 21, 0 },		\
	},								\
	.daemon = { .auid = SEARCHX_C(2), .pid = SEARCHX_C(4),		\
		    .uid = SEARCHX_C(6), .ses = SEARCHX_C(8) },		\
	.config = { .auid = SEARCHX_C(1), .ses = SEARCHX_C(3) },	\
	.login = { .pid = SEARCHX_C(1), .uid = SEARCHX_C(3) },		\
	.generic = { .auid = SEARCHX_C(1), .gid = SEARCHX_C(3),	\
		     .ses = SEARCHX_C(5), .pid = SEARCHX_C(7) }

/* What to look for. */
struct searchx_need {
	const struct searchx_dialect *d;
	unsigned pid:1, ppid:1, uid:1, euid:1, auid:1, gid:1, egid:1;
	unsigned tty:1, ses:1, comm:1, exe:1, success:1, exit:1, key:1;
	unsigned file:1, host:1, arch:1, uuid:1, vm:1;
	unsigned subj:1, obj:1;	/* subj=/obj= labels, as ausearch reads */
	unsigned subj_msg:1;	/* subj= skipped in user and LOGIN messages */
	unsigned avc:1;		/* AVC decisions (struct searchx_avc) */
	unsigned nametype:1;	/* PATH's nametype= with each name */
	unsigned acct:1;	/* user messages' acct= */
	unsigned uid2:1;	/* user messages' second uid= */
	unsigned virt_path:1;	/* VIRT_RESOURCE's path= or new-disk= */
	unsigned seccomp:1;	/* SECCOMP's arch= and syscall= */
	unsigned names:1;	/* the ENRICHED names of the ids */
	unsigned tty_data:1;	/* TTY and USER_TTY's data= */
	unsigned apparmor:1;	/* an AppArmor AVC (apparmor=, no tclass=)
				 * is read, not malformed: its profile= is
				 * the subject (ausearch --keep-apparmor) */
};

/* One record: its raw text (NUL-terminated, writable: see cut) and type. */
struct searchx_rec {
	char *s;
	int type;
};

/* A tool's reader of one record: 0, a malformed code (> 0: the event is
 * dropped), or -1 for a type it does not read. */
typedef int (*searchx_reader)(struct searchx_items *it,
			      const struct searchx_need *n,
			      const struct searchx_rec *r);

/* ---- extract.c: the items, the scan, the finders -------------------------- */

void searchx_init(struct searchx_items *it);
void searchx_free(struct searchx_items *it);
/* Reads ev's records with read: 0, or the malformed code (the event is
 * dropped). With debug, stderr gets 3.0.9's --debug notes. */
int searchx_scan(struct searchx_items *it, const struct searchx_need *n,
		 searchx_reader read, int debug,
		 const struct search_event *ev);

/* Keeps n bytes of s (and a NUL) for the event. */
const char *searchx_keep(struct searchx_items *it, const char *s, size_t n);
/* The text of a string kept during this event. */
char *searchx_text(const struct searchx_items *it, const char *kept);
void searchx_add_file(struct searchx_items *it, const char *name,
		      const char *nametype);

/* name= from *cur: 1 with the value (up to the next space) and *cur at its
 * end, 0 when absent, -1 when no space ends it. */
int searchx_field(const char **cur, const char *name, const char **val,
		  size_t *len);
/* The same, the value running to the end of the record when no space
 * ends it (never -1). */
int searchx_field_last(const char **cur, const char *name, const char **val,
		       size_t *len);
/* uid= not preceded by 'a' (auid=), like searchx_field. */
int searchx_uid_field(const char **cur, const char **val, size_t *len);
/* strtoull: 0, -1 out of range */
int searchx_num(const char *v, int base, unsigned long long *out);
/* A named string field ("quoted", (literal) or hex), kept: 1 found, 0
 * absent, -1 malformed. *cur moves past it. */
int searchx_str_field(struct searchx_items *it, const char **cur,
		      const char *name, const char **out);
/* A string value at v, kept; *cur past it; NULL when malformed. */
const char *searchx_str_value(struct searchx_items *it, const char *v,
			      const char **cur, size_t *outlen);
/* A number field by d's codes: 0 (absent and not required, or *dest
 * set), or the code. id: kept as a 32-bit value. */
int searchx_get_num(const struct searchx_need *n, const char **cur,
		    const char *name, int base, int required, int id,
		    const struct searchx_code *code, unsigned long long *dest);
/* The same for a value v (len bytes) already found. */
int searchx_num_code(const struct searchx_need *n, const char *v, size_t len,
		     int base, int id, const struct searchx_code *code,
		     unsigned long long *dest);
/* Hex pairs of v (len bytes) into out, up to the first that is not one:
 * the bytes written. */
size_t searchx_unhex(const char *v, size_t len, unsigned char *out,
		     size_t cap);
/* A label ending at a space (or the end), kept; NULL if absent. */
const char *searchx_label(struct searchx_items *it, const char *s,
			  const char *name);
/* "avc: ... { perms }": the success and, into a, the decision and perms. */
void searchx_avc_decision(struct searchx_items *it, const char *s,
			  struct searchx_avc *a);

/* ---- extract_rec.c: the types both tools read ----------------------------- */

/* 0, a malformed code, or -1 when t is not one of them. */
int searchx_record(struct searchx_items *it, const struct searchx_need *n,
		   const struct searchx_rec *r);
/* The task info of SYSCALL, FEATURE_CHANGE, ANOM_LINK from cur. */
int searchx_task_info(struct searchx_items *it, const struct searchx_need *n,
		      const struct searchx_rec *r, const char *cur);
int searchx_user(struct searchx_items *it, const struct searchx_need *n,
		 const struct searchx_rec *r);
int searchx_avc(struct searchx_items *it, const struct searchx_need *n,
		const struct searchx_rec *r);
/* SECCOMP, ANOM_PROMISCUOUS, ANOM_ABEND and others: exe= required when
 * asked for and exe_required. */
int searchx_generic_ids(struct searchx_items *it, const struct searchx_need *n,
			const struct searchx_rec *r, int exe_required);

#endif
