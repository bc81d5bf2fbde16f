/* names.c - uid/gid -> the value ENRICHED writes for it, cached.
 *
 * auditd 3.0.9 asks auparse, which asks NSS once per id and remembers the
 * answer until auditd flushes its caches around account changes (see
 * render.c). Here a small set-associative LRU cache per kind holds the
 * rendered value ("name" encoded, or "unknown(n)"), so a hit costs no
 * lookup and no encoding: the writer calls this for every id field.
 */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>

#include "record-internal.h"

#define CACHE_SETS		64
#define CACHE_WAYS		4
#define NAME_MAX_LEN		63	/* auparse copies names into char[64] */
#define VALUE_MAX		160	/* 63 bytes hex-encoded, quotes, ... */

struct name_entry {
	uint32_t id;
	uint32_t used;		/* LRU clock, 0 = empty */
	uint16_t len;
	char text[VALUE_MAX];	/* the value as written: "name" or hex */
};

struct name_cache {
	struct name_entry set[CACHE_SETS][CACHE_WAYS];
	uint32_t clock;
};

struct names {
	struct names_lookup lookup;
	struct name_cache uids;
	struct name_cache gids;
};

/* getpwuid_r or getgrgid_r with a buffer that grows on ERANGE (up to 1 MiB):
 * the name of uid or gid id, copied into buf. 0, or -1 without one. */
static int nss_name(int group, unsigned id, char *buf, size_t len)
{
	struct passwd pw, *pres = NULL;
	struct group gr, *gres = NULL;
	char stack[2048], *tmp = stack;
	size_t tmplen = sizeof(stack);
	const char *name;
	int rc = -1;

	for (;;) {
		int err = group ? getgrgid_r((gid_t)id, &gr, tmp, tmplen, &gres)
				: getpwuid_r((uid_t)id, &pw, tmp, tmplen, &pres);

		if (err != ERANGE || tmplen > (1u << 20))
			break;
		if (tmp != stack)
			free(tmp);
		tmplen *= 2;
		tmp = malloc(tmplen);
		if (tmp == NULL)
			return -1;
	}
	name = group ? (gres ? gres->gr_name : NULL) : (pres ? pres->pw_name : NULL);
	if (name != NULL && len > 0) {
		strncpy(buf, name, len - 1);
		buf[len - 1] = 0;
		rc = 0;
	}
	if (tmp != stack)
		free(tmp);
	return rc;
}

int names_nss_uid(uid_t uid, char *buf, size_t len, void *arg)
{
	(void)arg;
	return nss_name(0, uid, buf, len);
}

int names_nss_gid(gid_t gid, char *buf, size_t len, void *arg)
{
	(void)arg;
	return nss_name(1, gid, buf, len);
}

struct names *names_create(const struct names_lookup *lookup)
{
	struct names *n = calloc(1, sizeof(*n));

	if (n == NULL)
		return NULL;
	if (lookup) {
		n->lookup = *lookup;
	} else {
		n->lookup.uid_name = names_nss_uid;
		n->lookup.gid_name = names_nss_gid;
	}
	return n;
}

void names_destroy(struct names *n)
{
	free(n);
}

static void cache_flush(struct name_cache *c)
{
	memset(c->set, 0, sizeof(c->set));
	c->clock = 0;
}

void names_flush(struct names *n)
{
	cache_flush(&n->uids);
	cache_flush(&n->gids);
}

/* A cache hit, or a lookup whose answer (name or unknown(n)) is
 * remembered either way. */
const char *names_value(struct names *n, int gid, uint32_t id, size_t *len)
{
	struct name_cache *c = gid ? &n->gids : &n->uids;
	struct name_entry *set = c->set[(id ^ (id >> 6)) % CACHE_SETS];
	struct name_entry *e, *victim = &set[0];
	char name[256];
	char *p;
	int i, rc;

	if (++c->clock == 0) {	/* wrapped: start the ages over */
		cache_flush(c);
		c->clock = 1;
	}
	for (i = 0; i < CACHE_WAYS; i++) {
		e = &set[i];
		if (e->used && e->id == id) {
			e->used = c->clock;
			*len = e->len;
			return e->text;
		}
		if (e->used < victim->used)
			victim = e;
	}
	if (gid)
		rc = n->lookup.gid_name((gid_t)id, name, sizeof(name),
					n->lookup.arg);
	else
		rc = n->lookup.uid_name((uid_t)id, name, sizeof(name),
					n->lookup.arg);
	e = victim;
	if (rc == 0) {
		size_t nlen = strnlen(name, sizeof(name));

		if (nlen > NAME_MAX_LEN)
			nlen = NAME_MAX_LEN;
		p = interp_encode(e->text, name, nlen);
	} else {
		p = PUT_LIT(e->text, "\"unknown(");
		p = put_long(p, (int32_t)id);
		p = PUT_LIT(p, ")\"");
	}
	e->len = (uint16_t)(p - e->text);
	e->id = id;
	e->used = c->clock;
	*len = e->len;
	return e->text;
}
