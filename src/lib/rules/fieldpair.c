/* fieldpair.c - one -F or -C pair into the rule being compiled, with the
 * checks, value readings and messages of Debian's auditctl 3.0.9.
 *
 * All of it is observed behaviour (tests/data/rules/compile/cases.golden):
 * - the operator is the first of != >= <= &= = > < & found anywhere in the
 *   pair, in that order ("pid<>1" is field "pid<" with ">" and "1");
 * - numbers are read as strtol/strtoul with base 0 and no check of what
 *   follows ("12abc" is 12), then cut to 32 bits; where a field takes a
 *   negative number it must look like "-<digit>";
 * - field names match case-insensitively and messages show the name as
 *   typed;
 * - the kernel is assumed to have the extended exclude filter and session
 *   id filtering (6.18 does).
 */
#include <ctype.h>
#include <errno.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <syslog.h>
#include "util.h"
#include "compile-internal.h"
#include "tables.h"

#define MAX_FIELDS	(AUDIT_MAX_FIELDS - 1)	/* auditctl keeps one spare */

static int digit(char ch)
{
	return isdigit((unsigned char)ch);
}

/* "-<digit>...": the negative numbers auditctl takes */
static int negative(const char *v)
{
	return v[0] == '-' && digit(v[1]);
}

static uint32_t num_signed(const char *v)
{
	return (uint32_t)strtol(v, NULL, 0);
}

static uint32_t num_unsigned(const char *v)
{
	return (uint32_t)strtoul(v, NULL, 0);
}

/* Split pair at its operator: pair keeps the name, *value the rest. */
static int split_pair(char *pair, uint32_t *op, char **value)
{
	const char *text;
	size_t i;

	for (i = 0; (text = rules_op_at(i, op)) != NULL; i++) {
		char *at = strstr(pair, text);

		if (at) {
			memset(at, 0, strlen(text));
			*value = at + strlen(text);
			return 0;
		}
	}
	return -1;
}

/* The fields the exclude list takes when the kernel has the extended
 * exclude filter. */
static int exclude_ok(uint32_t field)
{
	switch (field) {
	case AUDIT_PID: case AUDIT_UID: case AUDIT_GID: case AUDIT_LOGINUID:
	case AUDIT_MSGTYPE: case AUDIT_SUBJ_USER: case AUDIT_SUBJ_ROLE:
	case AUDIT_SUBJ_TYPE: case AUDIT_SUBJ_SEN: case AUDIT_SUBJ_CLR:
	case AUDIT_EXE:
		return 1;
	}
	return 0;
}

/* Fields auditctl itself confines to the exit list (the rest of the
 * table's list masks is left for the kernel to enforce). */
static int exit_only(uint32_t field)
{
	switch (field) {
	case AUDIT_EXIT: case AUDIT_OBJ_USER: case AUDIT_OBJ_ROLE:
	case AUDIT_OBJ_TYPE: case AUDIT_OBJ_LEV_LOW: case AUDIT_OBJ_LEV_HIGH:
	case AUDIT_WATCH: case AUDIT_DIR: case AUDIT_PERM: case AUDIT_FILETYPE:
	case AUDIT_INODE: case AUDIT_DEVMAJOR: case AUDIT_DEVMINOR:
	case AUDIT_SUCCESS: case AUDIT_PPID:
		return 1;
	}
	return 0;
}

static const struct {
	const char *name;
	uint32_t mode;
} file_types[] = {
	{ "file", 0100000 }, { "dir", 0040000 }, { "socket", 0140000 },
	{ "link", 0120000 }, { "character", 0020000 }, { "block", 0060000 },
	{ "fifo", 0010000 },
};

/* <linux/magic.h>: the two file systems auditctl 3.0.9 names */
static const struct {
	const char *name;
	uint32_t magic;
} fs_types[] = {
	{ "debugfs", 0x64626720 }, { "tracefs", 0x74726163 },
};

/* errno name with an optional leading '-' ("-EACCES"), 0 if unknown */
static int32_t errno_value(const char *v)
{
	int neg = v[0] == '-';
	int nr = tables_errno_number(v + neg);

	if (nr <= 0)
		return 0;
	return neg ? -nr : nr;
}

static int rule_room(struct compile *c, size_t more)
{
	size_t need = c->rule->buflen + more;

	if (need > c->cap) {
		size_t cap = c->cap ? c->cap : 256;
		struct audit_rule_data *r;

		while (cap < need)
			cap *= 2;
		r = realloc(c->rule, sizeof(*r) + cap);
		if (r == NULL)
			return -1;
		c->rule = r;
		c->cap = cap;
	}
	return 0;
}

static void put_field(struct compile *c, uint32_t field, uint32_t op,
		      uint32_t value)
{
	struct audit_rule_data *r = c->rule;

	r->fields[r->field_count] = field;
	r->fieldflags[r->field_count] = op;
	r->values[r->field_count] = value;
	r->field_count++;
}

int compile_add_string(struct compile *c, uint32_t field, uint32_t op,
		       const char *s, size_t len)
{
	if (rule_room(c, len))
		return -1;
	memcpy(c->rule->buf + c->rule->buflen, s, len);
	c->rule->buflen += len;
	put_field(c, field, op, (uint32_t)len);
	return 0;
}

static enum fieldpair_err read_uid(struct compile *c, const char *v,
				   uint32_t *out)
{
	struct passwd *pw;

	if (digit(v[0]))
		*out = num_unsigned(v);
	else if (negative(v))
		*out = num_signed(v);
	else if (strcmp(v, "unset") == 0)
		*out = 0xffffffffu;
	else if ((pw = getpwnam(v)) != NULL)
		*out = pw->pw_uid;
	else {
		compile_say(c, LOG_ERR, "Unknown user: %s", v);
		return FP_REPORTED;
	}
	return FP_OK;
}

static enum fieldpair_err read_gid(struct compile *c, const char *v,
				   uint32_t *out)
{
	struct group *gr;

	if (digit(v[0]))
		*out = num_signed(v);
	else if ((gr = getgrnam(v)) != NULL)
		*out = gr->gr_gid;
	else {
		compile_say(c, LOG_ERR, "Unknown group: %s", v);
		return FP_REPORTED;
	}
	return FP_OK;
}

static enum fieldpair_err read_arch(struct compile *c, const char *v,
				    uint32_t *out)
{
	uint32_t elf;

	if (digit(v[0])) {
		unsigned long n;

		errno = 0;
		n = strtoul(v, NULL, 0);
		if (errno)
			return FP_ELF;
		elf = (uint32_t)n;
		if (tables_arch_name(elf) == NULL)
			return FP_ELF;
	} else if (strcasecmp(v, "b32") == 0) {
		elf = tables_arch_biarch(c->native, 32);
	} else if (strcasecmp(v, "b64") == 0) {
		elf = tables_arch_biarch(c->native, 64);
	} else {
		elf = tables_arch_number(v);
	}
	if (elf == 0)
		return FP_ELF;
	*out = elf;
	return FP_OK;
}

static enum fieldpair_err read_perm(const char *v, uint32_t *out)
{
	uint32_t val = 0;
	size_t i;

	if (strlen(v) > 4)
		return FP_STRLONG;
	for (i = 0; v[i]; i++) {
		switch (tolower((unsigned char)v[i])) {
		case 'r': val |= AUDIT_PERM_READ; break;
		case 'w': val |= AUDIT_PERM_WRITE; break;
		case 'x': val |= AUDIT_PERM_EXEC; break;
		case 'a': val |= AUDIT_PERM_ATTR; break;
		default: return FP_PERM;
		}
	}
	*out = val;
	return FP_OK;
}

/* A string field: the bytes go to buf, the length to the value slot. */
static enum fieldpair_err add_string(struct compile *c, uint32_t field,
				     uint32_t op, const char *v)
{
	size_t len = strlen(v);

	if (field == AUDIT_FILTERKEY) {
		if (!(c->syscall_added || c->perm_added || c->exe_added ||
		      c->fs_added))
			return FP_KEYDEP;
		if (len > AUDIT_MAX_KEY_LEN)
			return FP_STRLONG;
	} else if (len > PATH_MAX) {
		return FP_STRLONG;
	}
	if (compile_add_string(c, field, op, v, len))
		return FP_NOMEM;
	return FP_OK;
}

enum fieldpair_err fieldpair_add(struct compile *c, char *pair, int flags)
{
	const struct rules_field *f;
	enum fieldpair_err err = FP_OK;
	uint32_t op, value = 0;
	char *v;

	if (c->rule->field_count >= MAX_FIELDS)
		return FP_TOOMANY;
	if (split_pair(pair, &op, &v))
		return FP_OPMISSING;
	if (pair[0] == 0)
		return FP_NAMEMISSING;
	if (v[0] == 0)
		return FP_VALMISSING;
	f = rules_field_by_name(pair);
	if (f == NULL)
		return FP_UNKNOWN;
	if (flags == AUDIT_FILTER_EXCLUDE && !exclude_ok(f->id))
		return FP_EXCLUDE;
	if (exit_only(f->id) && flags != AUDIT_FILTER_EXIT)
		return FP_EXITONLY;

	switch (f->id) {
	case AUDIT_UID: case AUDIT_EUID: case AUDIT_SUID: case AUDIT_FSUID:
	case AUDIT_LOGINUID: case AUDIT_OBJ_UID:
		err = read_uid(c, v, &value);
		break;
	case AUDIT_GID: case AUDIT_EGID: case AUDIT_SGID: case AUDIT_FSGID:
	case AUDIT_OBJ_GID:
		err = read_gid(c, v, &value);
		break;
	case AUDIT_EXIT:
		if (digit(v[0]) || negative(v))
			value = num_signed(v);
		else if ((value = (uint32_t)errno_value(v)) == 0)
			err = FP_ERRNO;
		break;
	case AUDIT_MSGTYPE:
		if (flags != AUDIT_FILTER_EXCLUDE && flags != AUDIT_FILTER_USER)
			err = FP_MSGTYPE_LIST;
		else if (digit(v[0]))
			value = num_signed(v);
		else if (tables_msgtype_number(v) > 0)
			value = (uint32_t)tables_msgtype_number(v);
		else
			err = FP_MSGTYPE;
		break;
	case AUDIT_WATCH: case AUDIT_DIR:
		c->perm_added = 1;
		/* fallthrough */
	case AUDIT_OBJ_USER: case AUDIT_OBJ_ROLE: case AUDIT_OBJ_TYPE:
	case AUDIT_OBJ_LEV_LOW: case AUDIT_OBJ_LEV_HIGH:
	case AUDIT_SUBJ_USER: case AUDIT_SUBJ_ROLE: case AUDIT_SUBJ_TYPE:
	case AUDIT_SUBJ_SEN: case AUDIT_SUBJ_CLR: case AUDIT_FILTERKEY:
		return add_string(c, f->id, op, v);
	case AUDIT_EXE:
		if (op != AUDIT_EQUAL && op != AUDIT_NOT_EQUAL)
			return FP_OPEQNE;
		c->exe_added = 1;
		return add_string(c, f->id, op, v);
	case AUDIT_ARCH:
		if (c->syscall_added)
			err = FP_ARCHPLACE;
		else if (op != AUDIT_EQUAL && op != AUDIT_NOT_EQUAL)
			err = FP_OPEQNE;
		else if ((err = read_arch(c, v, &value)) == FP_OK)
			c->elf = value;
		break;
	case AUDIT_PERM:
		if (op != AUDIT_EQUAL)
			err = FP_OPEQ;
		else
			err = read_perm(v, &value);
		break;
	case AUDIT_FILETYPE: {
		size_t i;

		err = FP_FILETYPE;
		for (i = 0; i < NELEM(file_types); i++)
			if (strcasecmp(v, file_types[i].name) == 0) {
				value = file_types[i].mode;
				err = FP_OK;
			}
		break;
	}
	case AUDIT_ARG0: case AUDIT_ARG1: case AUDIT_ARG2: case AUDIT_ARG3:
		if (digit(v[0]))
			value = num_unsigned(v);
		else if (negative(v))
			value = num_signed(v);
		else
			err = FP_NUMBER;
		break;
	case AUDIT_SESSIONID:
		/* anything else is taken as 0, as auditctl 3.0.9 does */
		if (flags != AUDIT_FILTER_EXCLUDE && flags != AUDIT_FILTER_USER &&
		    flags != AUDIT_FILTER_EXIT)
			err = FP_SESSION_LIST;
		else if (digit(v[0]))
			value = num_unsigned(v);
		else if (negative(v))
			value = num_signed(v);
		else if (strcmp(v, "unset") == 0)
			value = 0xffffffffu;
		break;
	case AUDIT_FSTYPE:
		if (flags != AUDIT_FILTER_FS) {
			err = FP_FSTYPE_LIST;
		} else if (op != AUDIT_EQUAL && op != AUDIT_NOT_EQUAL) {
			err = FP_OPEQNE;
		} else if (digit(v[0])) {
			/* all ones is the "no such file system" answer of
			 * auditctl's name lookup, so a number that reads as
			 * it is unknown too */
			value = num_unsigned(v);
			if (value == 0xffffffffu)
				err = FP_FSTYPE;
		} else {
			size_t i;

			err = FP_FSTYPE;
			for (i = 0; i < NELEM(fs_types); i++)
				if (strcasecmp(v, fs_types[i].name) == 0) {
					value = fs_types[i].magic;
					err = FP_OK;
				}
		}
		if (err == FP_OK)
			c->fs_added = 1;
		break;
	case AUDIT_INODE:
		if (op != AUDIT_EQUAL && op != AUDIT_NOT_EQUAL)
			err = FP_OPEQNE;
		else if (digit(v[0]))
			value = num_unsigned(v);
		else
			err = FP_NUMBER;
		break;
	case AUDIT_SADDR_FAM:
		/* any text is read as strtoul reads it ("abc" is 0, 2^32
		 * wraps to 0) and a family at or past AF_MAX refused */
		value = num_unsigned(v);
		if (value >= RULES_AF_MAX)
			err = FP_TOOLARGE;
		break;
	default:	/* pid, pers, ppid, devmajor, success, ... */
		if (digit(v[0]))
			value = num_signed(v);
		else
			err = FP_NUMBER;
		break;
	}
	if (err != FP_OK)
		return err;
	put_field(c, f->id, op, value);
	return FP_OK;
}

/* -C: the pairs the kernel compares (<linux/audit.h> AUDIT_COMPARE_*),
 * either way round. */
static const struct {
	uint32_t a, b, which;
} comparisons[] = {
	{ AUDIT_UID, AUDIT_OBJ_UID, AUDIT_COMPARE_UID_TO_OBJ_UID },
	{ AUDIT_GID, AUDIT_OBJ_GID, AUDIT_COMPARE_GID_TO_OBJ_GID },
	{ AUDIT_EUID, AUDIT_OBJ_UID, AUDIT_COMPARE_EUID_TO_OBJ_UID },
	{ AUDIT_EGID, AUDIT_OBJ_GID, AUDIT_COMPARE_EGID_TO_OBJ_GID },
	{ AUDIT_LOGINUID, AUDIT_OBJ_UID, AUDIT_COMPARE_AUID_TO_OBJ_UID },
	{ AUDIT_SUID, AUDIT_OBJ_UID, AUDIT_COMPARE_SUID_TO_OBJ_UID },
	{ AUDIT_SGID, AUDIT_OBJ_GID, AUDIT_COMPARE_SGID_TO_OBJ_GID },
	{ AUDIT_FSUID, AUDIT_OBJ_UID, AUDIT_COMPARE_FSUID_TO_OBJ_UID },
	{ AUDIT_FSGID, AUDIT_OBJ_GID, AUDIT_COMPARE_FSGID_TO_OBJ_GID },
	{ AUDIT_UID, AUDIT_LOGINUID, AUDIT_COMPARE_UID_TO_AUID },
	{ AUDIT_UID, AUDIT_EUID, AUDIT_COMPARE_UID_TO_EUID },
	{ AUDIT_UID, AUDIT_FSUID, AUDIT_COMPARE_UID_TO_FSUID },
	{ AUDIT_UID, AUDIT_SUID, AUDIT_COMPARE_UID_TO_SUID },
	{ AUDIT_LOGINUID, AUDIT_FSUID, AUDIT_COMPARE_AUID_TO_FSUID },
	{ AUDIT_LOGINUID, AUDIT_SUID, AUDIT_COMPARE_AUID_TO_SUID },
	{ AUDIT_LOGINUID, AUDIT_EUID, AUDIT_COMPARE_AUID_TO_EUID },
	{ AUDIT_EUID, AUDIT_SUID, AUDIT_COMPARE_EUID_TO_SUID },
	{ AUDIT_EUID, AUDIT_FSUID, AUDIT_COMPARE_EUID_TO_FSUID },
	{ AUDIT_SUID, AUDIT_FSUID, AUDIT_COMPARE_SUID_TO_FSUID },
	{ AUDIT_GID, AUDIT_EGID, AUDIT_COMPARE_GID_TO_EGID },
	{ AUDIT_GID, AUDIT_FSGID, AUDIT_COMPARE_GID_TO_FSGID },
	{ AUDIT_GID, AUDIT_SGID, AUDIT_COMPARE_GID_TO_SGID },
	{ AUDIT_EGID, AUDIT_FSGID, AUDIT_COMPARE_EGID_TO_FSGID },
	{ AUDIT_EGID, AUDIT_SGID, AUDIT_COMPARE_EGID_TO_SGID },
	{ AUDIT_SGID, AUDIT_FSGID, AUDIT_COMPARE_SGID_TO_FSGID },
};

enum fieldpair_err fieldpair_compare(struct compile *c, char *pair, int flags)
{
	const struct rules_field *left, *right;
	uint32_t op;
	char *v, *at;
	size_t i;

	if (c->rule->field_count >= MAX_FIELDS)
		return FP_TOOMANY;
	if ((at = strstr(pair, "!=")) != NULL) {
		op = AUDIT_NOT_EQUAL;
		at[0] = at[1] = 0;
		v = at + 2;
	} else if ((at = strchr(pair, '=')) != NULL) {
		op = AUDIT_EQUAL;
		at[0] = 0;
		v = at + 1;
	} else {
		return FP_C_OPEQNE;
	}
	if (pair[0] == 0)
		return FP_C_NAMEMISSING;
	if (v[0] == 0)
		return FP_C_VALMISSING;
	if ((left = rules_field_by_name(pair)) == NULL)
		return FP_C_UNKNOWN;
	if ((right = rules_field_by_name(v)) == NULL)
		return FP_C_RIGHT;
	if (flags != AUDIT_FILTER_EXIT)
		return FP_EXITONLY;
	for (i = 0; i < NELEM(comparisons); i++) {
		if ((left->id == comparisons[i].a && right->id == comparisons[i].b) ||
		    (left->id == comparisons[i].b && right->id == comparisons[i].a)) {
			put_field(c, AUDIT_FIELD_COMPARE, op, comparisons[i].which);
			return FP_OK;
		}
	}
	return FP_C_INCOMPAT;
}

/* auditctl's wording; "%s" is the pair as the parser left it. */
static const char *const messages[] = {
	[FP_NOMEM] = "Out of memory adding %s",
	[FP_TOOMANY] = "Too many fields in rule: %s",
	[FP_OPMISSING] = "-F missing operation for %s",
	[FP_NAMEMISSING] = "-F missing field name before operator for %s",
	[FP_VALMISSING] = "-F missing value after operation for %s",
	[FP_UNKNOWN] = "-F unknown field: %s",
	[FP_EXCLUDE] = "Only msgtype, *uid, *gid, pid, and subj* fields can "
		       "be used with exclude filter",
	[FP_EXITONLY] = "%s can only be used with exit filter list",
	[FP_ERRNO] = "-F unknown errno - %s",
	[FP_MSGTYPE_LIST] = "msgtype field can only be used with exclude or "
			    "user filter list",
	[FP_MSGTYPE] = "-F unknown message type - %s",
	[FP_KEYDEP] = "Key field needs a watch, syscall or exe path given "
		      "prior to it",
	[FP_STRLONG] = "String value too long",
	[FP_OPEQNE] = "%s only takes = or != operators",
	[FP_ARCHPLACE] = "arch must be before -S",
	[FP_ELF] = "arch elf mapping not found",
	[FP_OPEQ] = "%s only takes = operator",
	[FP_PERM] = "Permission can only contain  'rwxa'",
	[FP_FILETYPE] = "-F unknown file type -  %s",
	[FP_NUMBER] = "-F value should be number for %s",
	[FP_SESSION_LIST] = "%s must be used with exclude, user, or exit "
			    "filter",
	[FP_FSTYPE_LIST] = "%s field is not valid for the filter",
	[FP_FSTYPE] = "file system type is unknown for field: %s",
	[FP_TOOLARGE] = "value is too large for field: %s",
	[FP_C_OPEQNE] = "%s only takes = or != operators",
	[FP_C_NAMEMISSING] = "-C missing field name before operator for %s",
	[FP_C_VALMISSING] = "-C missing value after operation for  %s",
	[FP_C_UNKNOWN] = "-C unknown field: %s",
	[FP_C_RIGHT] = "-C unknown right hand value for comparison with: %s",
	[FP_C_INCOMPAT] = "-C incompatible comparison %s",
};

void fieldpair_message(struct compile *c, enum fieldpair_err err,
		       const char *what)
{
	char msg[PATH_MAX + 256];
	const char *fmt, *pct;

	if (err == FP_OK || err == FP_REPORTED || (size_t)err >= NELEM(messages))
		return;
	fmt = messages[err];
	/* every message has at most one %s: no format string from data */
	pct = strstr(fmt, "%s");
	if (pct)
		snprintf(msg, sizeof(msg), "%.*s%s%s", (int)(pct - fmt), fmt,
			 what, pct + 2);
	else
		snprintf(msg, sizeof(msg), "%s", fmt);
	if (c->diag && c->diag->emit)
		c->diag->emit(c->diag->arg, LOG_ERR | RULES_DIAG_STDERR, msg);
}
