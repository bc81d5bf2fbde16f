/* fieldkinds.c - which fields ENRICHED interprets, as auparse 3.0.9 decides.
 *
 * Derived by observation, not copied: every lowercase identifier in Debian's
 * libauparse.so.0 (3.0.9) was put as a field into a record of every message
 * type libaudit names, and auparse_get_field_type() was asked for its kind.
 * The names below are all that came back as UID, GID, SYSCALL, ARCH or
 * SOCKADDR, the only kinds auditd's format_enrich() writes; the exceptions
 * are every (record type, field) pair whose kind differed from the name's
 * usual one.  tests/unit/test_tables.c re-checks both tables, and the
 * golden data in tests/data/oracle/ exercises them through format.c.
 */
#include <string.h>
#include "util.h"
#include "tables.h"

/* A perfect hash over (length, first char, last char, third char from the
 * end) for the 25 names: no two share a slot, and -Woverride-init (part of
 * -Wextra) turns a future collision into a build error. */
#define FK_HASH(len, first, last, third) \
	(((len) + 4 * (first) + (last) + 27 * (third)) & 63)
#define FK(name, first, last, third, kind)                                  \
	[FK_HASH(sizeof(name) - 1, first, last, third)] = {                  \
		name, sizeof(name) - 1, TABLES_FIELD_##kind                  \
	}

struct fieldkind {
	const char *name;
	unsigned char len;
	unsigned char kind;
};

static const struct fieldkind kinds[64] = {
	FK("auid", 'a', 'd', 'u', UID),
	FK("uid", 'u', 'd', 'u', UID),
	FK("euid", 'e', 'd', 'u', UID),
	FK("suid", 's', 'd', 'u', UID),
	FK("fsuid", 'f', 'd', 'u', UID),
	FK("ouid", 'o', 'd', 'u', UID),
	FK("oauid", 'o', 'd', 'u', UID),
	FK("old-auid", 'o', 'd', 'u', UID),
	FK("iuid", 'i', 'd', 'u', UID),
	FK("id", 'i', 'd', 'i', UID),
	FK("inode_uid", 'i', 'd', 'u', UID),
	FK("sauid", 's', 'd', 'u', UID),
	FK("obj_uid", 'o', 'd', 'u', UID),
	FK("gid", 'g', 'd', 'g', GID),
	FK("egid", 'e', 'd', 'g', GID),
	FK("sgid", 's', 'd', 'g', GID),
	FK("fsgid", 'f', 'd', 'g', GID),
	FK("ogid", 'o', 'd', 'g', GID),
	FK("igid", 'i', 'd', 'g', GID),
	FK("inode_gid", 'i', 'd', 'g', GID),
	FK("new_gid", 'n', 'd', 'g', GID),
	FK("obj_gid", 'o', 'd', 'g', GID),
	FK("syscall", 's', 'l', 'a', SYSCALL),
	FK("arch", 'a', 'h', 'r', ARCH),
	FK("saddr", 's', 'r', 'd', SOCKADDR),
};

enum tables_field_kind tables_field_kind(const char *name, size_t len)
{
	const struct fieldkind *k;
	unsigned char third;

	if (len == 0 || len > 9)
		return TABLES_FIELD_NONE;
	third = (unsigned char)(len >= 3 ? name[len - 3] : name[0]);
	k = &kinds[FK_HASH(len, (unsigned char)name[0],
			   (unsigned char)name[len - 1], third)];
	if (k->len != len)
		return TABLES_FIELD_NONE;
	while (len--) {		/* at most 9 bytes: no memcmp call */
		if (k->name[len] != name[len])
			return TABLES_FIELD_NONE;
	}
	return (enum tables_field_kind)k->kind;
}

/* Record types whose fields auparse reads differently.  name NULL: every
 * field of that type.  The reasons, for the next reader: a TRUSTED_APP
 * record is free text from an application, so nothing in it is trusted as
 * an id; EXECVE arguments are a0, a1, ... and auparse treats every field
 * starting with 'a' there as an escaped argument; in AVC and NETFILTER_PKT
 * saddr is a printed address, not a hex sockaddr; in group management
 * records id is a group. */
static const struct {
	unsigned rtype;
	const char *name;
	enum tables_field_kind kind;
} exceptions[] = {
	{ 1116 /* ADD_GROUP */, "id", TABLES_FIELD_GID },
	{ 1117 /* DEL_GROUP */, "id", TABLES_FIELD_GID },
	{ 1121 /* TRUSTED_APP */, NULL, TABLES_FIELD_NONE },
	{ 1132 /* GRP_MGMT */, "id", TABLES_FIELD_GID },
	{ 1309 /* EXECVE */, "arch", TABLES_FIELD_NONE },
	{ 1309 /* EXECVE */, "auid", TABLES_FIELD_NONE },
	{ 1324 /* NETFILTER_PKT */, "saddr", TABLES_FIELD_NONE },
	{ 1400 /* AVC */, "saddr", TABLES_FIELD_NONE },
};

enum tables_field_kind tables_field_kind_in(unsigned rtype, const char *name,
					   size_t len,
					   enum tables_field_kind base)
{
	size_t i;

	for (i = 0; i < NELEM(exceptions); i++) {
		if (exceptions[i].rtype != rtype)
			continue;
		if (exceptions[i].name == NULL)
			return exceptions[i].kind;
		if (strlen(exceptions[i].name) == len &&
		    memcmp(exceptions[i].name, name, len) == 0)
			return exceptions[i].kind;
	}
	return base;
}

int tables_field_rtype_special(unsigned rtype)
{
	size_t i;

	for (i = 0; i < NELEM(exceptions); i++) {
		if (exceptions[i].rtype == rtype)
			return 1;
	}
	return 0;
}
