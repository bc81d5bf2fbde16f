/* tlskeys.c - key files and the client list of the TLS receiver. See
 * tlskeys.h; auditd.conf(5) for the formats.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tlskeys.h"
#include "util.h"

#define ACL_FILE_MAX	(1024 * 1024)	/* a list longer than this is a mistake */

static int fail(char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	return -1;
}

int tlskeys_identity_ok(const void *id, size_t len)
{
	const unsigned char *p = id;
	size_t i;

	if (len == 0 || len > TLSKEYS_ID_MAX)
		return 0;
	for (i = 0; i < len; i++)
		if (p[i] < 0x21 || p[i] > 0x7e)
			return 0;
	return 1;
}

int tlskeys_equal(const void *a, size_t alen, const void *b, size_t blen)
{
	const volatile unsigned char *p = a, *q = b;
	unsigned char d = 0;
	size_t i;

	if (alen != blen)
		return 0;
	for (i = 0; i < alen; i++)
		d |= p[i] ^ q[i];
	return d == 0;
}

void tlskeys_key_wipe(struct tlskeys_key *k)
{
	explicit_bzero(k, sizeof(*k));
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int tlskeys_parse_key(const char *name, const char *text, size_t len, struct tlskeys_key *k,
		      char *err, size_t errlen)
{
	const char *nl = memchr(text, '\n', len);
	size_t n = nl ? (size_t)(nl - text) : len, i;
	int hi, lo;

	memset(k, 0, sizeof(*k));
	if (!nl && len == 0)
		return fail(err, errlen, "PSK file %s is empty", name);
	if (n > 0 && text[n - 1] == '\r')
		n--;
	if (n > TLSKEYS_LINE_MAX)
		return fail(err, errlen, "PSK file %s: key line too long (max %d hex chars)",
			    name, TLSKEYS_LINE_MAX);
	if (n == 0 || n % 2)
		return fail(err, errlen, "PSK file %s has invalid key format", name);
	for (i = 0; i < n; i += 2) {
		hi = hexval((unsigned char)text[i]);
		lo = hexval((unsigned char)text[i + 1]);
		if (hi < 0 || lo < 0) {
			tlskeys_key_wipe(k);
			return fail(err, errlen, "PSK file %s: invalid hex at character %zu",
				    name, i + (hi < 0 ? 1 : 2));
		}
		k->key[k->len++] = (unsigned char)(hi << 4 | lo);
	}
	if (k->len < TLSKEYS_KEY_MIN) {
		tlskeys_key_wipe(k);
		return fail(err, errlen, "PSK file %s: key too short (%zu bytes, need >= %d)",
			    name, n / 2, TLSKEYS_KEY_MIN);
	}
	return 0;
}

const struct tlskeys_client *tlskeys_find(const struct tlskeys_acl *acl, const void *id,
					  size_t len)
{
	size_t i;

	for (i = 0; i < acl->n; i++)
		if (tlskeys_equal(acl->v[i].identity, acl->v[i].id_len, id, len))
			return &acl->v[i];
	return NULL;
}

void tlskeys_acl_free(struct tlskeys_acl *acl)
{
	size_t i;

	for (i = 0; i < acl->n; i++) {
		tlskeys_key_wipe(&acl->v[i].key);
		free(acl->v[i].key_path);
	}
	free(acl->v);
	memset(acl, 0, sizeof(*acl));
}

/* One line, without its end: 0 done (or skipped), -1 with err. */
static int acl_line(const char *name, unsigned lineno, char *line, struct tlskeys_acl *acl,
		    size_t *cap, char *err, size_t errlen)
{
	char *save, *id, *status, *extra;
	struct tlskeys_client *c;
	size_t i;

	if (line[0] == '#')
		return 0;
	id = strtok_r(line, " \t", &save);
	if (!id)
		return 0;
	status = strtok_r(NULL, " \t", &save);
	if (!status)
		return fail(err, errlen, "%s:%u: missing status field", name, lineno);
	if (!tlskeys_identity_ok(id, strlen(id)))
		return fail(err, errlen, "%s:%u: invalid identity (1 to %d printable characters)",
			    name, lineno, TLSKEYS_ID_MAX);
	if (tlskeys_find(acl, id, strlen(id)))
		return fail(err, errlen, "%s:%u: duplicate identity '%s'", name, lineno, id);
	if (acl->n == *cap) {
		*cap = *cap ? 2 * *cap : 8;
		acl->v = xrealloc(acl->v, *cap, sizeof(*acl->v));
	}
	c = &acl->v[acl->n];
	memset(c, 0, sizeof(*c));
	if (strcasecmp(status, "enabled") == 0)
		c->enabled = 1;
	else if (strcasecmp(status, "disabled") != 0)
		return fail(err, errlen, "%s:%u: invalid status '%s'; must be 'enabled' or 'disabled'",
			    name, lineno, status);
	/* key= names a key only when a path follows: notes may say key=... */
	extra = strtok_r(NULL, " \t", &save);
	if (extra && strncmp(extra, "key=/", 5) == 0) {
		if (strtok_r(NULL, " \t", &save))
			return fail(err, errlen, "%s:%u: unexpected token after key= path", name,
				    lineno);
		for (i = 0; i < acl->n; i++)
			if (acl->v[i].key_path && strcmp(acl->v[i].key_path, extra + 4) == 0)
				return fail(err, errlen, "%s:%u: duplicate key file path '%s'", name,
					    lineno, extra + 4);
		c->key_path = xstrdup(extra + 4);
	}
	memcpy(c->identity, id, strlen(id) + 1);
	c->id_len = strlen(id);
	acl->n++;
	acl->enabled += (size_t)c->enabled;
	return 0;
}

int tlskeys_parse_acl(const char *name, const char *text, size_t len, struct tlskeys_acl *acl,
		      char *err, size_t errlen)
{
	struct tlskeys_acl a = { 0 };
	char line[TLSKEYS_LINE_MAX + 2];
	size_t pos = 0, n, cap = 0, keyed = 0, i;
	unsigned lineno = 0;
	const char *nl;

	while (pos < len) {
		lineno++;
		nl = memchr(text + pos, '\n', len - pos);
		n = nl ? (size_t)(nl - (text + pos)) : len - pos;
		if (n > 0 && text[pos + n - 1] == '\r')
			n--;
		if (n > TLSKEYS_LINE_MAX) {
			fail(err, errlen, "%s:%u: line too long (max %d chars)", name, lineno,
			     TLSKEYS_LINE_MAX);
			goto bad;
		}
		memcpy(line, text + pos, n);
		line[n] = '\0';
		if (memchr(text + pos, '\0', n)) {
			fail(err, errlen, "%s:%u: NUL byte in line", name, lineno);
			goto bad;
		}
		if (acl_line(name, lineno, line, &a, &cap, err, errlen) < 0)
			goto bad;
		pos += nl ? (size_t)(nl - (text + pos)) + 1 : len - pos;
	}
	for (i = 0; i < a.n; i++)
		keyed += a.v[i].key_path != NULL;
	if (keyed && keyed != a.n) {
		fail(err, errlen, "%s: %zu of %zu entries have per-identity keys; "
		     "all entries must have key= or none", name, keyed, a.n);
		goto bad;
	}
	a.per_identity = keyed > 0;
	*acl = a;
	return 0;
bad:
	tlskeys_acl_free(&a);
	return -1;
}

/* ---- files ------------------------------------------------------------------ */

enum file_kind { KIND_KEY, KIND_ACL };

/* Open without following a link, check what was opened, read it whole
 * (up to max bytes). Returns the bytes read, or -1 with err. */
static ssize_t read_checked(const char *path, enum file_kind kind, char *buf, size_t max,
			    char *err, size_t errlen)
{
	const char *what = kind == KIND_KEY ? "PSK file" : "ACL file";
	struct stat st;
	size_t have = 0;
	ssize_t n;
	int fd;

	/* O_NONBLOCK: a FIFO put there cannot hold the daemon up */
	fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return fail(err, errlen, "Unable to open %s %s (%s)", what, path,
			    errno == ELOOP ? "it is a symbolic link" : strerror(errno));
	if (fstat(fd, &st) < 0) {
		fail(err, errlen, "Unable to stat %s %s (%s)", what, path, strerror(errno));
		goto bad;
	}
	if (!S_ISREG(st.st_mode)) {
		fail(err, errlen, "%s %s is not a regular file", what, path);
		goto bad;
	}
	if (st.st_uid != 0) {
		fail(err, errlen, "%s %s is not owned by root (uid %u)", what, path,
		     (unsigned)st.st_uid);
		goto bad;
	}
	if (kind == KIND_KEY && (st.st_mode & 07777) != 0400) {
		fail(err, errlen, "%s %s is not mode 0400 (it's %#o) - compromised key?", what,
		     path, (unsigned)(st.st_mode & 07777));
		goto bad;
	}
	if (kind == KIND_ACL && (st.st_mode & 022)) {
		fail(err, errlen, "%s %s is group-writable or world-writable (mode %#o)", what,
		     path, (unsigned)(st.st_mode & 07777));
		goto bad;
	}
	if (kind == KIND_ACL && st.st_size > ACL_FILE_MAX) {
		fail(err, errlen, "%s %s is larger than %d bytes", what, path, ACL_FILE_MAX);
		goto bad;
	}
	while (have < max) {
		n = read(fd, buf + have, max - have);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			fail(err, errlen, "I/O error reading %s %s (%s)", what, path,
			     strerror(errno));
			goto bad;
		}
		if (n == 0)
			break;
		have += (size_t)n;
	}
	close(fd);
	return (ssize_t)have;
bad:
	close(fd);
	return -1;
}

int tlskeys_load_key(const char *path, struct tlskeys_key *k, char *err, size_t errlen)
{
	char buf[TLSKEYS_LINE_MAX + 2];	/* the key line and its end */
	ssize_t n;
	int rc;

	n = read_checked(path, KIND_KEY, buf, sizeof(buf), err, errlen);
	if (n < 0)
		return -1;
	rc = tlskeys_parse_key(path, buf, (size_t)n, k, err, errlen);
	explicit_bzero(buf, sizeof(buf));
	return rc;
}

int tlskeys_load_acl(const char *path, struct tlskeys_acl *acl, char *err, size_t errlen)
{
	struct tlskeys_acl a;
	char *buf = xmalloc(ACL_FILE_MAX), why[TLSKEYS_ERR_MAX];
	ssize_t n;
	size_t i, j;

	n = read_checked(path, KIND_ACL, buf, ACL_FILE_MAX, err, errlen);
	if (n < 0 || tlskeys_parse_acl(path, buf, (size_t)n, &a, err, errlen) < 0) {
		free(buf);
		return -1;
	}
	free(buf);
	for (i = 0; i < a.n; i++) {
		if (!a.v[i].key_path)
			continue;
		if (tlskeys_load_key(a.v[i].key_path, &a.v[i].key, why, sizeof(why)) < 0) {
			fail(err, errlen, "%s: the key of '%s': %s", path, a.v[i].identity, why);
			goto bad;
		}
		for (j = 0; j < i; j++)
			if (tlskeys_equal(a.v[j].key.key, a.v[j].key.len, a.v[i].key.key,
					  a.v[i].key.len)) {
				fail(err, errlen, "%s: identities '%s' and '%s' have identical key material",
				     path, a.v[j].identity, a.v[i].identity);
				goto bad;
			}
	}
	*acl = a;
	return 0;
bad:
	tlskeys_acl_free(&a);
	return -1;
}
