/* decompile.c - a kernel rule (struct audit_rule_data from AUDIT_LIST_RULES)
 * -> the line Debian's `auditctl -l` (and `-l -i`) prints for it.
 *
 * Every rendering rule here was observed with auditctl 3.0.9 on rules loaded
 * into the kernel, including raw rules auditctl cannot write; the pairs are
 * in tests/data/rules/list/ (regen.sh) and test_rules_format.c checks them
 * byte for byte. Where auditctl is odd it is reproduced on purpose:
 * - a watch (see is_watch) is printed field by field in stored order:
 *   "-w PATH", " -p PERM", " -k KEY", whatever the order or the action;
 * - arch fields come first, then -S, then the other fields in stored
 *   order; the syscall names follow the last arch printed, even one of an
 *   earlier rule (struct rules_fmt_ctx);
 * - "-S all" means the first 63 mask words are full: the kernel keeps the
 *   syscall-class bits of the last word for itself;
 * - a field with no name prints as " f<id><op><value>" (no -F), a
 *   comparison auditctl has no name for prints nothing, a list it has no
 *   name for (io_uring) prints as "(null)", glibc's rendering of NULL;
 * - values are signed decimal except inode (unsigned), a0-a3 (0x%X), exit
 *   (-ENAME), msgtype and fstype (names), perm (rwxa), and exe prints "="
 *   whatever its operator;
 * - -i names the arch and prints auid/sessionid -1 as "unset"; a0-a3 of a
 *   rule with a single syscall and an arch field of its own are named as
 *   libauparse names syscall arguments (interp.c), other hex goes lower
 *   case only there.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include "util.h"
#include "record.h"
#include "rules.h"
#include "tables.h"


/* The kernel's class bits live at the top of the last mask word; auditctl
 * looks at the words before it to decide "all". */
#define MASK_WORDS_ALL	(AUDIT_BITMASK_SIZE - 1)
#define ARCH_64BIT	0x80000000u	/* __AUDIT_ARCH_64BIT */
#define PERM_LETTERS	"rwxa"
#define KEY_SEP		'\001'		/* AUDIT_KEY_SEPARATOR */
#define NULL_NAME	"(null)"

/* filesystem magic numbers auditctl 3.0.9 names (cgroup, cgroup2: not) */
static const struct {
	uint32_t magic;
	const char *name;
} fstypes[] = {
	{ 0x74726163, "tracefs" },
	{ 0x64626720, "debugfs" },
};

/* AUDIT_COMPARE_* -> the two field names -C prints, from <linux/audit.h> */
static const char *const compares[][2] = {
	[AUDIT_COMPARE_UID_TO_OBJ_UID] = { "uid", "obj_uid" },
	[AUDIT_COMPARE_GID_TO_OBJ_GID] = { "gid", "obj_gid" },
	[AUDIT_COMPARE_EUID_TO_OBJ_UID] = { "euid", "obj_uid" },
	[AUDIT_COMPARE_EGID_TO_OBJ_GID] = { "egid", "obj_gid" },
	[AUDIT_COMPARE_AUID_TO_OBJ_UID] = { "auid", "obj_uid" },
	[AUDIT_COMPARE_SUID_TO_OBJ_UID] = { "suid", "obj_uid" },
	[AUDIT_COMPARE_SGID_TO_OBJ_GID] = { "sgid", "obj_gid" },
	[AUDIT_COMPARE_FSUID_TO_OBJ_UID] = { "fsuid", "obj_uid" },
	[AUDIT_COMPARE_FSGID_TO_OBJ_GID] = { "fsgid", "obj_gid" },
	[AUDIT_COMPARE_UID_TO_AUID] = { "uid", "auid" },
	[AUDIT_COMPARE_UID_TO_EUID] = { "uid", "euid" },
	[AUDIT_COMPARE_UID_TO_FSUID] = { "uid", "fsuid" },
	[AUDIT_COMPARE_UID_TO_SUID] = { "uid", "suid" },
	[AUDIT_COMPARE_AUID_TO_FSUID] = { "auid", "fsuid" },
	[AUDIT_COMPARE_AUID_TO_SUID] = { "auid", "suid" },
	[AUDIT_COMPARE_AUID_TO_EUID] = { "auid", "euid" },
	[AUDIT_COMPARE_EUID_TO_SUID] = { "euid", "suid" },
	[AUDIT_COMPARE_EUID_TO_FSUID] = { "euid", "fsuid" },
	[AUDIT_COMPARE_SUID_TO_FSUID] = { "suid", "fsuid" },
	[AUDIT_COMPARE_GID_TO_EGID] = { "gid", "egid" },
	[AUDIT_COMPARE_GID_TO_FSGID] = { "gid", "fsgid" },
	[AUDIT_COMPARE_GID_TO_SGID] = { "gid", "sgid" },
	[AUDIT_COMPARE_EGID_TO_FSGID] = { "egid", "fsgid" },
	[AUDIT_COMPARE_EGID_TO_SGID] = { "egid", "sgid" },
	[AUDIT_COMPARE_SGID_TO_FSGID] = { "sgid", "fsgid" },
};

static const char *const actions[] = {
	[AUDIT_NEVER] = "never",
	[AUDIT_POSSIBLE] = "possible",
	[AUDIT_ALWAYS] = "always",
};

/* The output line: appends stop at the first overflow, which is reported
 * once at the end. */
struct line {
	char *p;
	size_t size;
	size_t len;
	bool full;
};

__attribute__((format(printf, 2, 3)))
static void put(struct line *o, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (o->full)
		return;
	va_start(ap, fmt);
	n = vsnprintf(o->p + o->len, o->size - o->len, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= o->size - o->len) {
		o->full = true;
		return;
	}
	o->len += (size_t)n;
}

/* One rule with its string fields located in buf. */
struct rule_view {
	const struct audit_rule_data *r;
	const char *str[AUDIT_MAX_FIELDS];	/* string fields only */
	size_t slen[AUDIT_MAX_FIELDS];		/* up to the first NUL */
};

/* Check the lengths the kernel (or anyone) sent before reading anything
 * they describe. */
static int view_rule(struct rule_view *v, const struct audit_rule_data *r,
		     size_t len)
{
	size_t off = 0;
	uint32_t i;

	if (r == NULL || len < sizeof(*r))
		return -EINVAL;
	if (r->field_count > AUDIT_MAX_FIELDS)
		return -EINVAL;
	if (r->buflen > len - sizeof(*r))
		return -EINVAL;
	v->r = r;
	for (i = 0; i < r->field_count; i++) {
		v->str[i] = NULL;
		v->slen[i] = 0;
		if (!rules_field_is_string(r->fields[i]))
			continue;
		if (r->values[i] > r->buflen - off)
			return -EINVAL;
		v->str[i] = r->buf + off;
		/* the kernel packs strlen() bytes; auditctl prints with %s */
		v->slen[i] = strnlen(r->buf + off, r->values[i]);
		off += r->values[i];
	}
	return 0;
}

static const char *list_name(uint32_t flags)
{
	uint32_t list = flags & ~AUDIT_FILTER_PREPEND;

	/* 3.0.9 knows the lists up to filesystem; io_uring came later */
	if (list > AUDIT_FILTER_FS)
		return NULL_NAME;
	return rules_list_name(list) ? rules_list_name(list) : NULL_NAME;
}

static const char *action_name(uint32_t action)
{
	return action < NELEM(actions) && actions[action] ? actions[action]
							   : NULL_NAME;
}

static const char *op_name(uint32_t op)
{
	const char *s = rules_op_name(op);

	return s ? s : NULL_NAME;
}

/* The lists whose rules carry no syscalls (auditctl prints no -S). */
static bool list_has_syscalls(uint32_t flags)
{
	switch (flags & ~AUDIT_FILTER_PREPEND) {
	case AUDIT_FILTER_USER:
	case AUDIT_FILTER_TASK:
	case AUDIT_FILTER_EXCLUDE:
	case AUDIT_FILTER_FS:
		return false;
	}
	return true;
}

static bool all_syscalls(const struct audit_rule_data *r)
{
	int i;

	if (!list_has_syscalls(r->flags))
		return true;
	for (i = 0; i < MASK_WORDS_ALL; i++)
		if (r->mask[i] != ~0u)
			return false;
	return true;
}

/* auditctl lists a rule as -w when it has a perm field, nothing but
 * path/dir/perm/key fields, and all syscalls. */
static bool is_watch(const struct audit_rule_data *r)
{
	bool perm = false;
	uint32_t i;

	for (i = 0; i < r->field_count; i++) {
		switch (r->fields[i]) {
		case AUDIT_PERM:
			perm = true;
			break;
		case AUDIT_WATCH:
		case AUDIT_DIR:
		case AUDIT_FILTERKEY:
			break;
		default:
			return false;
		}
	}
	return perm && all_syscalls(r);
}

static void put_perm(struct line *o, uint32_t perm)
{
	static const uint32_t bits[] = {
		AUDIT_PERM_READ, AUDIT_PERM_WRITE, AUDIT_PERM_EXEC,
		AUDIT_PERM_ATTR,
	};
	size_t i;

	for (i = 0; i < NELEM(bits); i++)
		if (perm & bits[i])
			put(o, "%c", PERM_LETTERS[i]);
}

/* One "prefix<component>" per non-empty 0x01-separated key component
 * (auditctl splits with strtok). */
static void put_keys(struct line *o, const char *prefix, const char *key,
		     size_t len)
{
	size_t i = 0;

	while (i < len) {
		size_t j = i;

		while (j < len && key[j] != KEY_SEP)
			j++;
		if (j > i)
			put(o, "%s%.*s", prefix, (int)(j - i), key + i);
		i = j + 1;
	}
}

static void format_watch(struct line *o, const struct rule_view *v)
{
	const struct audit_rule_data *r = v->r;
	uint32_t i;

	for (i = 0; i < r->field_count; i++) {
		switch (r->fields[i]) {
		case AUDIT_WATCH:
		case AUDIT_DIR:
			put(o, "-w %.*s", (int)v->slen[i], v->str[i]);
			break;
		case AUDIT_PERM:
			put(o, " -p ");
			put_perm(o, r->values[i]);
			break;
		case AUDIT_FILTERKEY:
			put_keys(o, " -k ", v->str[i], v->slen[i]);
			break;
		}
	}
}

static void put_arch(struct line *o, uint32_t op, uint32_t arch,
		     unsigned flags)
{
	const char *name = tables_arch_name(arch);

	put(o, " -F arch%s", op_name(op));
	if (name == NULL)
		put(o, "0x%X", arch);
	else if (flags & RULES_FMT_INTERPRET)
		put(o, "%s", name);
	else
		put(o, "b%d", arch & ARCH_64BIT ? 64 : 32);
}

/* What one rule's rendering carries from field to field. */
struct fmt {
	struct line o;
	const struct rule_view *v;
	unsigned flags;
	uint32_t arch;		/* syscall table: the last arch printed */
	bool own_arch;		/* this rule has an arch field */
	int syscall;		/* the rule's only syscall, or -1 */
	uint32_t args[2];	/* a0 and a1 as printed so far (-i) */
};

static void put_syscalls(struct fmt *f)
{
	const struct audit_rule_data *r = f->v->r;
	const char *sep = " -S ";
	int nr, count = 0;

	if (all_syscalls(r)) {
		put(&f->o, " -S all");
		return;
	}
	for (nr = 0; nr < AUDIT_BITMASK_SIZE * 32; nr++) {
		const char *name;

		if (!(r->mask[AUDIT_WORD(nr)] & AUDIT_BIT(nr)))
			continue;
		name = tables_syscall_name(f->arch, nr);
		if (name)
			put(&f->o, "%s%s", sep, name);
		else
			put(&f->o, "%s%d", sep, nr);
		sep = ",";
		f->syscall = count++ ? -1 : nr;
	}
}

/* a0-a3: auditctl -l -i has the arguments of a rule with a single syscall
 * interpreted the way ausearch -i interprets that syscall's arguments, if
 * the rule has an arch field of its own (a rule that borrows the syscall
 * table of an earlier one is not interpreted), and lower-case hex when
 * there is nothing to say; otherwise, and without -i, upper-case hex. */
static void put_arg(struct fmt *f, unsigned argn, uint32_t val)
{
	char buf[INTERP_ARG_MAX];

	if (!(f->flags & RULES_FMT_INTERPRET) || f->syscall < 0) {
		put(&f->o, "0x%X", val);
		return;
	}
	if (f->own_arch &&
	    interp_syscall_arg(f->arch, f->syscall, argn, val, f->args[0],
			       f->args[1], buf, sizeof(buf)) >= 0)
		put(&f->o, "%s", buf);
	else
		put(&f->o, "0x%x", val);
	/* later arguments are read in the light of earlier ones (the level
	 * of a setsockopt, the flags of an open): the last value printed */
	if (argn < NELEM(f->args))
		f->args[argn] = val;
}

static void put_value(struct fmt *f, const struct rules_field *fld,
		      uint32_t val)
{
	bool interp = f->flags & RULES_FMT_INTERPRET;
	struct line *o = &f->o;
	const char *name;
	size_t i;

	switch (fld->kind) {
	case RULES_VAL_UNSIGNED:
		put(o, "%u", val);
		return;
	case RULES_VAL_UID:
	case RULES_VAL_SESSION:
		/* only the login uid and the session have an "unset" */
		if (interp && val == 0xffffffffu &&
		    (fld->id == AUDIT_LOGINUID || fld->id == AUDIT_SESSIONID)) {
			put(o, "unset");
			return;
		}
		break;
	case RULES_VAL_MSGTYPE:
		name = tables_msgtype_name(val);
		if (name) {
			put(o, "%s", name);
			return;
		}
		break;
	case RULES_VAL_EXIT:
		/* negated as unsigned: -INT_MIN is no int */
		name = (int32_t)val < 0 ? tables_errno_name((int)(0u - val))
					: NULL;
		if (name) {
			put(o, "-%s", name);
			return;
		}
		break;
	case RULES_VAL_PERM:
		put_perm(o, val);
		return;
	case RULES_VAL_FSTYPE:
		for (i = 0; i < NELEM(fstypes); i++)
			if (fstypes[i].magic == val) {
				put(o, "%s", fstypes[i].name);
				return;
			}
		break;
	case RULES_VAL_ARG:
		put_arg(f, fld->id - AUDIT_ARG0, val);
		return;
	default:
		break;
	}
	put(o, "%d", (int32_t)val);
}

static void format_field(struct fmt *f, uint32_t i)
{
	const struct rule_view *v = f->v;
	const struct audit_rule_data *r = v->r;
	const struct rules_field *fld = rules_field_by_id(r->fields[i]);
	uint32_t op = r->fieldflags[i], val = r->values[i];
	struct line *o = &f->o;

	if (fld == NULL) {
		put(o, " f%u%s%d", r->fields[i], op_name(op), (int32_t)val);
		return;
	}
	switch (fld->kind) {
	case RULES_VAL_COMPARE:
		if (val < NELEM(compares) && compares[val][0])
			put(o, " -C %s%s%s", compares[val][0], op_name(op),
			    compares[val][1]);
		return;
	case RULES_VAL_STRING:
		switch (fld->id) {
		case AUDIT_FILTERKEY:
			put_keys(o, " -F key=", v->str[i], v->slen[i]);
			return;
		case AUDIT_EXE:
		case AUDIT_WATCH:
		case AUDIT_DIR:
			/* auditctl writes "=" for exe whatever the operator
			 * (exe!= lists as exe=); the kernel takes path and
			 * dir with = only */
			put(o, " -F %s=%.*s", fld->name, (int)v->slen[i],
			    v->str[i]);
			return;
		}
		put(o, " -F %s%s%.*s", fld->name, op_name(op), (int)v->slen[i],
		    v->str[i]);
		return;
	default:
		put(o, " -F %s%s", fld->name, op_name(op));
		put_value(f, fld, val);
	}
}

static void format_syscall_rule(struct fmt *f)
{
	const struct audit_rule_data *r = f->v->r;
	uint32_t i;

	put(&f->o, "-a %s,%s", action_name(r->action), list_name(r->flags));
	for (i = 0; i < r->field_count; i++) {
		if (r->fields[i] != AUDIT_ARCH)
			continue;
		put_arch(&f->o, r->fieldflags[i], r->values[i], f->flags);
		f->arch = r->values[i];
		f->own_arch = true;
	}
	if (list_has_syscalls(r->flags))
		put_syscalls(f);
	for (i = 0; i < r->field_count; i++)
		if (r->fields[i] != AUDIT_ARCH)
			format_field(f, i);
}

void rules_fmt_init(struct rules_fmt_ctx *ctx, uint32_t native)
{
	ctx->arch = native;
}

int rules_format_next(struct rules_fmt_ctx *ctx,
		      const struct audit_rule_data *r, size_t len,
		      unsigned flags, char *out, size_t outsz)
{
	struct rule_view v;
	struct fmt f = {
		.o = { .p = out, .size = outsz },
		.v = &v,
		.flags = flags,
		.arch = ctx->arch,
		.syscall = -1,
	};
	int err;

	err = view_rule(&v, r, len);
	if (err)
		return err;
	if (outsz == 0)
		return -ENOSPC;
	out[0] = '\0';
	if (is_watch(r))
		format_watch(&f.o, &v);
	else
		format_syscall_rule(&f);
	if (f.o.full)
		return -ENOSPC;
	ctx->arch = f.arch;
	return (int)f.o.len;
}

int rules_format(const struct audit_rule_data *r, size_t len, unsigned flags,
		 uint32_t native, char *out, size_t outsz)
{
	struct rules_fmt_ctx ctx;

	rules_fmt_init(&ctx, native);
	return rules_format_next(&ctx, r, len, flags, out, outsz);
}
