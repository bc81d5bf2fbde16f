/* tlskeys.h - the TLS receiver's key material and client list, as text
 * and as files (auditd.conf(5): tls_psk_file, tls_allowed_clients).
 *
 * No OpenSSL here: pure parsing (fuzzed, tests/fuzz/fuzz_tlskeys.c) and
 * the file checks done on the opened descriptor. Errors are returned as
 * one line of text naming the file (and line) for the caller to log.
 *
 * Key file: the first line is the key in hex, at least 32 bytes (64 hex
 * digits), at most TLSKEYS_KEY_MAX; a trailing CR/LF is dropped, nothing
 * else may stand on that line; later lines are not read. Regular file,
 * owned by root, mode exactly 0400, not a symbolic link.
 *
 * Client list: one client a line, "identity enabled|disabled [notes]"
 * (status in any case), or "identity status key=/absolute/path" for
 * per-identity keys, in which case every line must have one, no two
 * lines the same path nor the same key. Lines starting with '#' and
 * blank lines are skipped; a line is at most 510 characters. An identity
 * is 1..255 printable ASCII characters without space, each listed once.
 * Regular file, owned by root, writable by nobody else, not a symbolic
 * link.
 */
#ifndef VIGIL_TLSKEYS_H
#define VIGIL_TLSKEYS_H

#include <stddef.h>

#define TLSKEYS_ID_MAX		255
#define TLSKEYS_KEY_MIN		32
#define TLSKEYS_KEY_MAX		255	/* 510 hex digits: one line */
#define TLSKEYS_LINE_MAX	510
#define TLSKEYS_ERR_MAX		512

struct tlskeys_key {
	size_t len;			/* 0: none */
	unsigned char key[TLSKEYS_KEY_MAX];
};

struct tlskeys_client {
	char identity[TLSKEYS_ID_MAX + 1];
	size_t id_len;
	int enabled;
	char *key_path;			/* per-identity mode, else NULL */
	struct tlskeys_key key;		/* loaded from key_path */
};

struct tlskeys_acl {
	struct tlskeys_client *v;
	size_t n;
	size_t enabled;
	int per_identity;		/* every line has key= */
};

/* 1 when id[0..len) may be an identity. */
int tlskeys_identity_ok(const void *id, size_t len);
/* Equal without a data-dependent early exit (lengths aside). */
int tlskeys_equal(const void *a, size_t alen, const void *b, size_t blen);

/* Parse what a key file holds (text[0..len), name for messages). 0, or -1
 * with err set. */
int tlskeys_parse_key(const char *name, const char *text, size_t len, struct tlskeys_key *k,
		      char *err, size_t errlen);
/* Parse a client list; per-identity keys are named, not loaded. acl is
 * filled only on success (free it with tlskeys_acl_free). */
int tlskeys_parse_acl(const char *name, const char *text, size_t len, struct tlskeys_acl *acl,
		      char *err, size_t errlen);

/* The files, checked as the header says; tlskeys_load_acl loads the
 * per-identity keys too and refuses two clients with the same key. */
int tlskeys_load_key(const char *path, struct tlskeys_key *k, char *err, size_t errlen);
int tlskeys_load_acl(const char *path, struct tlskeys_acl *acl, char *err, size_t errlen);

const struct tlskeys_client *tlskeys_find(const struct tlskeys_acl *acl, const void *id,
					  size_t len);
/* Wipe the keys and free. */
void tlskeys_acl_free(struct tlskeys_acl *acl);
void tlskeys_key_wipe(struct tlskeys_key *k);

#endif
