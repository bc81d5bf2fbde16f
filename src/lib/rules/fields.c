/* fields.c - the -F field table, the filter lists and the operators.
 *
 * Facts observed with Debian's auditctl 3.0.9 on kernel 6.18 (every field
 * tried on every list and with every operator; see
 * tests/unit/test_rules_compile.c):
 * - names match case-insensitively ("PID=1"); loginuid is an alias of auid
 *   and -l prints auid; field_compare is accepted by -F as a plain number;
 *   loginuid_set (24) has no name.
 * - auditctl itself restricts lists and operators only where `lists` and
 *   `ops` below say so; everything else it sends and lets the kernel refuse
 *   (EINVAL), so those masks allow it.
 * - on the exclude list (the kernel has the extended-exclude feature) only
 *   pid, uid, gid, auid, msgtype, subj_* and exe pass.
 */
#include <string.h>
#include <strings.h>
#include "util.h"
#include "rules.h"


#define L(x)	(1u << AUDIT_FILTER_##x)
/* every list auditctl lets a field through on, except exclude */
#define L_ANY	(L(USER) | L(TASK) | L(ENTRY) | L(EXIT) | L(FS) | \
		 (1u << 7 /* io_uring */))
#define L_EXCL	L(EXCLUDE)
#define L_EXIT	L(EXIT)

#define O(op)	RULES_OP_BIT(op)
#define O_ALL	(O(AUDIT_BIT_MASK) | O(AUDIT_LESS_THAN) | \
		 O(AUDIT_GREATER_THAN) | O(AUDIT_NOT_EQUAL) | O(AUDIT_EQUAL) | \
		 O(AUDIT_BIT_TEST) | O(AUDIT_LESS_THAN_OR_EQUAL) | \
		 O(AUDIT_GREATER_THAN_OR_EQUAL))
#define O_EQNE	(O(AUDIT_EQUAL) | O(AUDIT_NOT_EQUAL))
#define O_EQ	O(AUDIT_EQUAL)

/* Ordered by kernel id, the first entry of an id being the name -l prints;
 * rules_field_by_name() scans it (under 60 entries). */
static const struct rules_field fields[] = {
	{ "pid", AUDIT_PID, RULES_VAL_NUMBER, L_ANY | L_EXCL, O_ALL },
	{ "uid", AUDIT_UID, RULES_VAL_UID, L_ANY | L_EXCL, O_ALL },
	{ "euid", AUDIT_EUID, RULES_VAL_UID, L_ANY, O_ALL },
	{ "suid", AUDIT_SUID, RULES_VAL_UID, L_ANY, O_ALL },
	{ "fsuid", AUDIT_FSUID, RULES_VAL_UID, L_ANY, O_ALL },
	{ "gid", AUDIT_GID, RULES_VAL_GID, L_ANY | L_EXCL, O_ALL },
	{ "egid", AUDIT_EGID, RULES_VAL_GID, L_ANY, O_ALL },
	{ "sgid", AUDIT_SGID, RULES_VAL_GID, L_ANY, O_ALL },
	{ "fsgid", AUDIT_FSGID, RULES_VAL_GID, L_ANY, O_ALL },
	{ "auid", AUDIT_LOGINUID, RULES_VAL_UID, L_ANY | L_EXCL, O_ALL },
	{ "loginuid", AUDIT_LOGINUID, RULES_VAL_UID, L_ANY | L_EXCL, O_ALL },
	{ "pers", AUDIT_PERS, RULES_VAL_NUMBER, L_ANY, O_ALL },
	{ "arch", AUDIT_ARCH, RULES_VAL_ARCH, L_ANY, O_EQNE },
	{ "msgtype", AUDIT_MSGTYPE, RULES_VAL_MSGTYPE, L(USER) | L_EXCL, O_ALL },
	{ "subj_user", AUDIT_SUBJ_USER, RULES_VAL_STRING, L_ANY | L_EXCL, O_ALL },
	{ "subj_role", AUDIT_SUBJ_ROLE, RULES_VAL_STRING, L_ANY | L_EXCL, O_ALL },
	{ "subj_type", AUDIT_SUBJ_TYPE, RULES_VAL_STRING, L_ANY | L_EXCL, O_ALL },
	{ "subj_sen", AUDIT_SUBJ_SEN, RULES_VAL_STRING, L_ANY | L_EXCL, O_ALL },
	{ "subj_clr", AUDIT_SUBJ_CLR, RULES_VAL_STRING, L_ANY | L_EXCL, O_ALL },
	{ "ppid", AUDIT_PPID, RULES_VAL_NUMBER, L_EXIT, O_ALL },
	{ "obj_user", AUDIT_OBJ_USER, RULES_VAL_STRING, L_EXIT, O_ALL },
	{ "obj_role", AUDIT_OBJ_ROLE, RULES_VAL_STRING, L_EXIT, O_ALL },
	{ "obj_type", AUDIT_OBJ_TYPE, RULES_VAL_STRING, L_EXIT, O_ALL },
	{ "obj_lev_low", AUDIT_OBJ_LEV_LOW, RULES_VAL_STRING, L_EXIT, O_ALL },
	{ "obj_lev_high", AUDIT_OBJ_LEV_HIGH, RULES_VAL_STRING, L_EXIT, O_ALL },
	{ "sessionid", AUDIT_SESSIONID, RULES_VAL_SESSION,
	  L(USER) | L(EXIT), O_ALL },
	{ "fstype", AUDIT_FSTYPE, RULES_VAL_FSTYPE, L(FS), O_EQNE },
	{ "devmajor", AUDIT_DEVMAJOR, RULES_VAL_NUMBER, L_EXIT, O_ALL },
	{ "devminor", AUDIT_DEVMINOR, RULES_VAL_NUMBER, L_EXIT, O_ALL },
	{ "inode", AUDIT_INODE, RULES_VAL_UNSIGNED, L_EXIT, O_EQNE },
	{ "exit", AUDIT_EXIT, RULES_VAL_EXIT, L_EXIT, O_ALL },
	{ "success", AUDIT_SUCCESS, RULES_VAL_NUMBER, L_EXIT, O_ALL },
	{ "path", AUDIT_WATCH, RULES_VAL_STRING, L_EXIT, O_ALL },
	{ "perm", AUDIT_PERM, RULES_VAL_PERM, L_EXIT, O_EQ },
	{ "dir", AUDIT_DIR, RULES_VAL_STRING, L_EXIT, O_ALL },
	{ "filetype", AUDIT_FILETYPE, RULES_VAL_FILETYPE, L_EXIT, O_ALL },
	{ "obj_uid", AUDIT_OBJ_UID, RULES_VAL_UID, L_ANY, O_ALL },
	{ "obj_gid", AUDIT_OBJ_GID, RULES_VAL_GID, L_ANY, O_ALL },
	{ "field_compare", AUDIT_FIELD_COMPARE, RULES_VAL_COMPARE, L_ANY,
	  O_ALL },
	{ "exe", AUDIT_EXE, RULES_VAL_STRING, L_ANY | L_EXCL, O_EQNE },
	{ "saddr_fam", AUDIT_SADDR_FAM, RULES_VAL_NUMBER, L_ANY, O_ALL },
	{ "a0", AUDIT_ARG0, RULES_VAL_ARG, L_ANY, O_ALL },
	{ "a1", AUDIT_ARG1, RULES_VAL_ARG, L_ANY, O_ALL },
	{ "a2", AUDIT_ARG2, RULES_VAL_ARG, L_ANY, O_ALL },
	{ "a3", AUDIT_ARG3, RULES_VAL_ARG, L_ANY, O_ALL },
	{ "key", AUDIT_FILTERKEY, RULES_VAL_STRING, L_ANY, O_ALL },
};

const struct rules_field *rules_field_by_name(const char *name)
{
	size_t i;

	for (i = 0; i < NELEM(fields); i++)
		if (strcasecmp(fields[i].name, name) == 0)
			return &fields[i];
	return NULL;
}

const struct rules_field *rules_field_by_id(uint32_t id)
{
	size_t i;

	for (i = 0; i < NELEM(fields); i++)
		if (fields[i].id == id)
			return &fields[i];
	return NULL;
}

bool rules_field_is_string(uint32_t id)
{
	const struct rules_field *f = rules_field_by_id(id);

	return f && f->kind == RULES_VAL_STRING;
}

/* indexed by AUDIT_FILTER_* */
static const char *const lists[] = {
	[AUDIT_FILTER_USER] = "user",
	[AUDIT_FILTER_TASK] = "task",
	[AUDIT_FILTER_ENTRY] = "entry",
	[AUDIT_FILTER_WATCH] = "watch",
	[AUDIT_FILTER_EXIT] = "exit",
	[AUDIT_FILTER_EXCLUDE] = "exclude",
	[AUDIT_FILTER_FS] = "filesystem",
	[7] = "io_uring",	/* AUDIT_FILTER_URING_EXIT, newer headers */
};

int rules_list_number(const char *name)
{
	size_t i;

	for (i = 0; i < NELEM(lists); i++)
		if (lists[i] && strcmp(lists[i], name) == 0)
			return (int)i;
	return -1;
}

const char *rules_list_name(uint32_t list)
{
	return list < NELEM(lists) ? lists[list] : NULL;
}

/* two-character operators first, so that "<=" is not read as "<"; -F
 * and -C split "field OP value" at the first of these found (fieldpair.c) */
static const struct {
	const char *text;
	uint32_t op;
} ops[] = {
	{ "!=", AUDIT_NOT_EQUAL },
	{ ">=", AUDIT_GREATER_THAN_OR_EQUAL },
	{ "<=", AUDIT_LESS_THAN_OR_EQUAL },
	{ "&=", AUDIT_BIT_TEST },
	{ "=", AUDIT_EQUAL },
	{ ">", AUDIT_GREATER_THAN },
	{ "<", AUDIT_LESS_THAN },
	{ "&", AUDIT_BIT_MASK },
};

uint32_t rules_op_parse(const char *s, size_t *len)
{
	size_t i;

	for (i = 0; i < NELEM(ops); i++) {
		size_t n = strlen(ops[i].text);

		if (strncmp(s, ops[i].text, n) == 0) {
			*len = n;
			return ops[i].op;
		}
	}
	*len = 0;
	return 0;
}

const char *rules_op_name(uint32_t op)
{
	size_t i;

	for (i = 0; i < NELEM(ops); i++)
		if (ops[i].op == op)
			return ops[i].text;
	return NULL;
}

const char *rules_op_at(size_t i, uint32_t *op)
{
	if (i >= NELEM(ops))
		return NULL;
	*op = ops[i].op;
	return ops[i].text;
}
