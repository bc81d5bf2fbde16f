/* fieldkind.c - which interpretation ausearch -i gives a field, by its
 * name and record type (../shared/spec: ausearch 2.7.2).
 */
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "searchfmt-internal.h"

/* sorted by name (bsearch) */
static const struct {
	const char *name;
	enum sf_kind kind;
} kinds[] = {
	{ "a0", K_ARG }, { "a1", K_ARG }, { "a2", K_ARG }, { "a3", K_ARG },
	{ "acct", K_ACCT }, { "action", K_ACTION }, { "addr", K_ADDR },
	{ "arch", K_ARCH }, { "auid", K_UID }, { "cap_fe", K_NONE },
	{ "cap_fi", K_CAPS }, { "cap_fp", K_CAPS }, { "cap_pa", K_CAPS },
	{ "cap_pe", K_CAPS }, { "cap_pi", K_CAPS }, { "cap_pp", K_CAPS },
	{ "capability", K_CAPABILITY }, { "cgroup", K_ESCAPED },
	{ "cmd", K_ESCAPED }, { "code", K_SECCOMP }, { "comm", K_ESCAPED },
	{ "cwd", K_ESCAPED }, { "data", K_TTY_DATA }, { "device", K_ESCAPED },
	{ "dir", K_ESCAPED }, { "egid", K_GID }, { "euid", K_UID },
	{ "exe", K_ESCAPED }, { "exit", K_EXIT }, { "family", K_NFPROTO },
	{ "fi", K_CAPS }, { "file", K_ESCAPED }, { "flags", K_MMAP },
	{ "fp", K_CAPS }, { "fsgid", K_GID }, { "fsuid", K_UID },
	{ "gid", K_GID }, { "grp", K_ESCAPED }, { "hook", K_HOOK },
	{ "icmptype", K_ICMP }, { "id", K_UID }, { "igid", K_GID },
	{ "img-ctx", K_MAC }, { "inode_gid", K_GID }, { "inode_uid", K_UID },
	{ "invalid_context", K_ESCAPED }, { "ioctlcmd", K_IOCTL },
	{ "iuid", K_UID }, { "key", K_KEY }, { "list", K_LIST },
	{ "macproto", K_MACPROTO }, { "mode", K_MODE }, { "name", K_ESCAPED },
	{ "new-chardev", K_ESCAPED }, { "new-disk", K_ESCAPED },
	{ "new-fs", K_ESCAPED }, { "new-net", K_ESCAPED },
	{ "new-rng", K_ESCAPED }, { "new_gid", K_GID },
	{ "new_group", K_ESCAPED }, { "new_pe", K_CAPS },
	{ "new_pi", K_CAPS }, { "new_pp", K_CAPS }, { "nl-mcgrp", K_MCGRP },
	{ "oauid", K_UID }, { "obj", K_MAC }, { "obj_gid", K_GID },
	{ "obj_uid", K_UID }, { "ocomm", K_ESCAPED }, { "oflag", K_OFLAG },
	{ "ogid", K_GID }, { "old-auid", K_UID },
	{ "old-chardev", K_ESCAPED }, { "old-disk", K_ESCAPED },
	{ "old-fs", K_ESCAPED }, { "old-net", K_ESCAPED },
	{ "old-rng", K_ESCAPED }, { "old_pa", K_CAPS }, { "old_pe", K_CAPS },
	{ "old_pi", K_CAPS }, { "old_pp", K_CAPS }, { "old_prom", K_PROM },
	{ "ouid", K_UID }, { "pa", K_CAPS }, { "path", K_ESCAPED },
	{ "pe", K_CAPS }, { "per", K_PERSONALITY }, { "perm", K_PERM },
	{ "perm_mask", K_PERM }, { "pi", K_CAPS }, { "pp", K_CAPS },
	{ "proctitle", K_PROCTITLE }, { "prom", K_PROM },
	{ "proto", K_PROTO }, { "res", K_SUCCESS }, { "resolve", K_RESOLVE },
	{ "resp", K_RESP }, { "result", K_SUCCESS },
	{ "root_dir", K_ESCAPED }, { "saddr", K_SOCKADDR },
	{ "sauid", K_UID }, { "scontext", K_MAC }, { "ses", K_SESSION },
	{ "sgid", K_GID }, { "sig", K_SIGNAL }, { "sigev_signo", K_SIGNAL },
	{ "subj", K_MAC }, { "suid", K_UID }, { "sw", K_ESCAPED },
	{ "syscall", K_SYSCALL }, { "tcontext", K_MAC }, { "uid", K_UID },
	{ "vm", K_ESCAPED }, { "vm-ctx", K_MAC }, { "watch", K_ESCAPED },
};

#define T_EXECVE	1309
#define T_AVC		1400
#define T_NETFILTER_PKT	1324
#define T_USER_TTY	1124
#define T_PATH		1302
#define T_MQ_OPEN	1312
#define T_CRYPTO_KEY_USER 2404
#define T_ADD_GROUP	1116
#define T_DEL_GROUP	1117
#define T_GRP_MGMT	1132
#define T_TRUSTED_APP	1121
#define T_KERN_MODULE	1330

static int kind_cmp(const void *key, const void *elt)
{
	const char *a = key, *b = *(const char *const *)elt;

	/* most probes differ in the first byte: no call for those */
	if (a[0] != b[0])
		return (unsigned char)a[0] - (unsigned char)b[0];
	return strcmp(a, b);
}

bool sf_all_hex(const char *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strchr("0123456789abcdefABCDEF", v[i]) || v[i] == 0)
			return false;
	return true;	/* an empty value too, as auparse checks it */
}

static bool all_digits(const char *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (v[i] < '0' || v[i] > '9')
			return false;
	return true;
}

enum sf_kind sf_field_kind(int rtype, const char *name, size_t nlen,
			    const char *v, size_t vlen)
{
	char key[32];
	const void *hit;

	/* the first field's name carries a space: not part of the lookup */
	while (nlen && *name == ' ') {
		name++;
		nlen--;
	}
	if (nlen == 0 || nlen >= sizeof(key))
		return K_NONE;
	if (rtype == T_EXECVE && name[0] == 'a' &&
	    !(nlen == 4 && memcmp(name, "argc", 4) == 0) &&
	    !memmem(name, nlen, "_len", 4))
		return K_ESCAPED;
	if (nlen == 4 && memcmp(name, "acct", 4) == 0)
		return (vlen && v[0] == '"') || sf_all_hex(v, vlen) ?
		       K_ACCT : K_NONE;
	if (rtype == T_TRUSTED_APP) {
		if (vlen && v[0] == '"')
			return K_ESCAPED;
		if (all_digits(v, vlen))
			return K_NONE;
		return sf_all_hex(v, vlen) ? K_ESCAPED : K_NONE;
	}
	memcpy(key, name, nlen);
	key[nlen] = '\0';
	/* the names a record type reads its own way: only those types
	 * compare names here (a SYSCALL record, most of a log, none) */
	switch (rtype) {
	case T_AVC:
		if (strcmp(key, "saddr") == 0)
			return K_NONE;
		break;
	case T_NETFILTER_PKT:
		if (strcmp(key, "saddr") == 0)
			return K_ADDR;
		break;
	case T_USER_TTY:
		if (strcmp(key, "msg") == 0)
			return K_ESCAPED;
		break;
	case T_PATH:
		if (strcmp(key, "flags") == 0)
			return K_PATH_FLAGS;
		break;
	case T_MQ_OPEN:
		if (strcmp(key, "mode") == 0)
			return K_MODE_SHORT;
		break;
	case T_CRYPTO_KEY_USER:
		if (strcmp(key, "fp") == 0)
			return K_NONE;
		break;
	case T_ADD_GROUP:
	case T_DEL_GROUP:
	case T_GRP_MGMT:
		if (strcmp(key, "id") == 0)
			return K_GID;
		break;
	case T_KERN_MODULE:
		if (strcmp(key, "name") == 0)
			return K_ESCAPED;
		break;
	}

	hit = bsearch(key, kinds, NELEM(kinds), sizeof(kinds[0]), kind_cmp);
	if (hit == NULL)
		return K_NONE;
	return ((const __typeof__(kinds[0]) *)hit)->kind;
}

unsigned sf_field_flags(int rtype, const char *name, size_t nlen,
			const char *v, size_t vlen)
{
	switch (sf_field_kind(rtype, name, nlen, v, vlen)) {
	case K_NONE:
		return SF_UNCLASSIFIED;
	case K_TTY_DATA:
		return SF_TTY_DATA;
	case K_MAC:
		return SF_MAC_LABEL;
	default:
		return 0;
	}
}

