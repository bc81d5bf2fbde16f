/* ruledata.c - the parts of struct audit_rule_data that options other than
 * -F and -C build: the syscall mask (-S), watches (-w, -W) and their
 * permissions (-p), and the keys (-k) joined into one field. fieldpair.c
 * adds the -F and -C fields; compile.c decides when each applies.
 */
#include <ctype.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <syslog.h>
#include "util.h"
#include "compile-internal.h"
#include "tables.h"

#define KEY_SEPARATOR	0x01	/* between the keys of one rule */

/* --- syscalls ------------------------------------------------------------- */

void compile_mask_all(struct audit_rule_data *r)
{
	memset(r->mask, 0xff, sizeof(r->mask));
}

/* One syscall word into mask for arch elf; -1 if unknown. */
static int syscall_word(uint32_t *mask, uint32_t elf, const char *w)
{
	long nr;

	if (strcmp(w, "all") == 0) {
		memset(mask, 0xff, AUDIT_BITMASK_SIZE * sizeof(*mask));
		return 0;
	}
	nr = tables_syscall_number(elf, w);
	if (nr < 0) {
		if (!isdigit((unsigned char)w[0]))
			return -1;
		nr = strtol(w, NULL, 0);
	}
	if (nr < 0 || nr >= AUDIT_BITMASK_SIZE * 32)
		return -1;
	mask[nr / 32] |= 1u << (nr % 32);
	return 0;
}

/* A -S argument: one word, or a comma list whose empty items are skipped.
 * Returns the word that failed, or NULL. */
static const char *syscall_list(uint32_t *mask, uint32_t elf, const char *arg,
				char *buf, size_t bufsz)
{
	char *w, *save;

	if (strchr(arg, ',') == NULL)
		return syscall_word(mask, elf, arg) ? arg : NULL;
	snprintf(buf, bufsz, "%s", arg);
	for (w = strtok_r(buf, ",", &save); w; w = strtok_r(NULL, ",", &save))
		if (syscall_word(mask, elf, w))
			return w;
	return NULL;
}

/* Without -F arch, names are the machine's own; the kernel then applies
 * the numbers to both ABIs. auditctl warns when the same words read as a
 * 32-bit list give another mask. */
static uint32_t mismatch_arch(uint32_t elf)
{
	switch (elf) {
	case AUDIT_ARCH_X86_64: return AUDIT_ARCH_I386;
	case AUDIT_ARCH_PPC64: return AUDIT_ARCH_PPC;
	case AUDIT_ARCH_S390X: return AUDIT_ARCH_S390;
	}
	return elf;
}

static void check_mismatch(struct compile *c, const char *arg)
{
	uint32_t mask[AUDIT_BITMASK_SIZE] = { 0 };
	uint32_t elf = mismatch_arch(c->elf);
	char *buf = strdup(arg), *w, *save;

	if (buf == NULL)
		return;
	for (w = strtok_r(buf, ",", &save); w; w = strtok_r(NULL, ",", &save))
		syscall_word(mask, elf, w);
	free(buf);
	if (memcmp(mask, c->rule->mask, sizeof(mask)) == 0)
		return;
	if (c->lineno)
		compile_say(c, LOG_WARNING, "WARNING - 32/64 bit syscall mismatch "
			    "in line %u, you should specify an arch", c->lineno);
	else
		compile_say(c, LOG_WARNING, "WARNING - 32/64 bit syscall "
			    "mismatch, you should specify an arch");
}

int compile_syscall(struct compile *c, const char *arg)
{
	static const struct {
		int list;
		const char *msg;
	} refused[] = {
		{ AUDIT_FILTER_TASK, "Error: syscall auditing being added to task list" },
		{ AUDIT_FILTER_USER, "Error: syscall auditing being added to user list" },
		{ AUDIT_FILTER_FS, "Error: syscall auditing being added to filesystem list" },
	};
	int unknown_arch = c->elf == 0;
	const char *bad;
	char *buf;
	size_t i;

	for (i = 0; i < NELEM(refused); i++) {
		if (c->add == refused[i].list || c->del == refused[i].list) {
			compile_say(c, LOG_ERR, "%s", refused[i].msg);
			return RV_ERROR;
		}
	}
	if (c->exclude) {
		compile_say(c, LOG_ERR, "Error: syscall auditing cannot be put "
			    "on exclude list");
		return RV_ERROR;
	}
	if (unknown_arch) {
		if (c->native == 0) {
			compile_say(c, LOG_ERR, "Error detecting machine type");
			return RV_ERROR;
		}
		c->elf = c->native;
	}
	buf = malloc(strlen(arg) + 1);
	if (buf == NULL)
		return RV_ERROR;
	bad = syscall_list(c->rule->mask, c->elf, arg, buf, strlen(arg) + 1);
	if (bad) {
		compile_say(c, LOG_ERR, "Syscall name unknown: %s", bad);
		free(buf);
		return RV_ERROR;
	}
	free(buf);
	c->syscall_added = 1;
	if (unknown_arch && c->add != LIST_UNSET)
		check_mismatch(c, arg);
	return RV_KEEP;
}

/* --- keys ------------------------------------------------------------------ */

int compile_key(struct compile *c, const char *k)
{
	size_t have = strlen(c->key);

	if (strlen(k) + have + (have != 0) > AUDIT_MAX_KEY_LEN) {
		compile_say(c, LOG_ERR, "key option exceeds size limit");
		return RV_ERROR;
	}
	if (strchr(k, KEY_SEPARATOR))
		compile_say(c, LOG_ERR, "key %s has illegal character", k);
	if (have)
		c->key[have++] = KEY_SEPARATOR;
	strcpy(c->key + have, k);
	return RV_KEEP;
}

/* --- watches --------------------------------------------------------------- */

static int check_path(struct compile *c, const char *path)
{
	char *copy;
	size_t base;

	if (strlen(path) >= PATH_MAX) {
		compile_say(c, LOG_ERR, "The path passed for the watch is too big");
		return -1;
	}
	if (path[0] != '/') {
		compile_say(c, LOG_ERR, "The path must start with '/'");
		return -1;
	}
	copy = strdup(path);
	if (copy == NULL)
		return -1;
	base = strlen(basename(copy));
	free(copy);
	if (base > NAME_MAX) {
		compile_say(c, LOG_ERR, "The base name of the path is too big");
		return -1;
	}
	if (strstr(path, ".."))
		compile_say(c, LOG_WARNING,
			    "Warning - relative path notation is not supported");
	if (strchr(path, '*') || strchr(path, '?'))
		compile_say(c, LOG_WARNING,
			    "Warning - wildcard notation is not supported");
	return 0;
}

/* -w/-W: a path field (a directory, as stat() finds it now, is watched as
 * a tree), all permissions, all syscalls. */
static int setup_watch(struct compile *c, const char *arg)
{
	char path[PATH_MAX];
	size_t len;
	struct stat st;
	uint32_t type = AUDIT_WATCH;

	if (check_path(c, arg))
		return RV_ERROR;
	len = strlen(arg);
	memcpy(path, arg, len + 1);
	if (len > 2 && path[len - 1] == '/')
		while (len > 1 && path[len - 1] == '/')
			path[--len] = 0;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		type = AUDIT_DIR;
	if (c->rule->field_count) {
		/* libaudit's text ends in a newline */
		compile_say(c, LOG_ERR, "Rule is not empty\n");
		return RV_ERROR;
	}
	compile_mask_all(c->rule);
	if (compile_add_string(c, type, AUDIT_EQUAL, path, len))
		return RV_ERROR;
	c->rule->fields[1] = AUDIT_PERM;
	c->rule->fieldflags[1] = AUDIT_EQUAL;
	c->rule->values[1] = AUDIT_PERM_READ | AUDIT_PERM_WRITE |
			     AUDIT_PERM_EXEC | AUDIT_PERM_ATTR;
	c->rule->field_count = 2;
	c->perm_added = 1;
	return RV_RULE;
}

int compile_watch(struct compile *c, int ch, const char *arg)
{
	if (ch == 'w') {
		if (c->add != LIST_UNSET || c->del != LIST_UNSET) {
			compile_say(c, LOG_ERR,
				    "watch option can't be given with a syscall");
			return RV_ERROR;
		}
		c->add = AUDIT_FILTER_EXIT;
	} else {
		c->del = AUDIT_FILTER_EXIT;
	}
	c->action = AUDIT_ALWAYS;
	c->syscall_added = 1;
	return setup_watch(c, arg);
}

/* -p: sets every perm field of the rule, or appends one. */
int compile_perm(struct compile *c, const char *arg)
{
	struct audit_rule_data *r = c->rule;
	uint32_t val = 0, i, done = 0;
	size_t n;

	if (c->add == LIST_UNSET && c->del == LIST_UNSET) {
		compile_say(c, LOG_ERR,
			    "permission option needs a watch given prior to it");
		return RV_ERROR;
	}
	if (strlen(arg) > 4) {
		compile_say(c, LOG_ERR, "permission %s is too long", arg);
		return RV_ERROR;
	}
	for (n = 0; arg[n]; n++) {
		switch (tolower((unsigned char)arg[n])) {
		case 'r': val |= AUDIT_PERM_READ; break;
		case 'w': val |= AUDIT_PERM_WRITE; break;
		case 'x': val |= AUDIT_PERM_EXEC; break;
		case 'a': val |= AUDIT_PERM_ATTR; break;
		default:
			compile_say(c, LOG_ERR, "Permission %c isn't supported",
				    arg[n]);
			return RV_ERROR;
		}
	}
	if (r->field_count < 1) {
		compile_say(c, LOG_ERR,
			    "Permissions should be preceeded by other fields");
		return RV_ERROR;
	}
	for (i = 0; i < r->field_count; i++)
		if (r->fields[i] == AUDIT_PERM) {
			r->values[i] = val;
			done = 1;
		}
	if (!done) {
		if (r->field_count >= AUDIT_MAX_FIELDS - 1) {
			compile_say(c, LOG_ERR,
				    "Too many fields when adding permissions");
			return RV_ERROR;
		}
		r->fields[r->field_count] = AUDIT_PERM;
		r->fieldflags[r->field_count] = AUDIT_EQUAL;
		r->values[r->field_count] = val;
		r->field_count++;
	}
	c->perm_added = 1;
	return RV_RULE;
}
