/* fuzz_tlskeys.c - libFuzzer target: any bytes as a TLS key file and as
 * a tls_allowed_clients list (tlskeys.c), as the receiver reads them.
 *
 * The first byte chooses which (even: key, odd: list). Checks beyond the
 * sanitizers: a parsed key is 32..255 bytes and is the hex of the first
 * line; a refusal says why in a message naming the file; every client
 * of a parsed list has a valid identity, is found by it, is counted in
 * enabled when it is, and has a key= path in per-identity mode only;
 * identities are unique.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tlskeys.h"

static void check_key(const char *text, size_t len)
{
	struct tlskeys_key k;
	char err[TLSKEYS_ERR_MAX] = "";
	char hex[3];
	size_t i;

	if (tlskeys_parse_key("/f", text, len, &k, err, sizeof(err)) < 0) {
		if (k.len || strstr(err, "/f") == NULL)
			abort();
		return;
	}
	if (k.len < TLSKEYS_KEY_MIN || k.len > TLSKEYS_KEY_MAX || len < 2 * k.len)
		abort();
	for (i = 0; i < k.len; i++) {
		snprintf(hex, sizeof(hex), "%02x", k.key[i]);
		if (strncasecmp(hex, text + 2 * i, 2) != 0)
			abort();
	}
	if (len > 2 * k.len && text[2 * k.len] != '\n' && text[2 * k.len] != '\r')
		abort();
}

static void check_acl(const char *text, size_t len)
{
	struct tlskeys_acl a;
	char err[TLSKEYS_ERR_MAX] = "";
	size_t i, enabled = 0;

	if (tlskeys_parse_acl("/f", text, len, &a, err, sizeof(err)) < 0) {
		if (strstr(err, "/f") == NULL)
			abort();
		return;
	}
	for (i = 0; i < a.n; i++) {
		const struct tlskeys_client *c = &a.v[i];

		if (!tlskeys_identity_ok(c->identity, c->id_len) ||
		    strlen(c->identity) != c->id_len)
			abort();
		if (tlskeys_find(&a, c->identity, c->id_len) != c)
			abort();
		if ((c->key_path != NULL) != a.per_identity)
			abort();
		if (c->key_path && c->key_path[0] != '/')
			abort();
		enabled += (size_t)c->enabled;
	}
	if (enabled != a.enabled)
		abort();
	tlskeys_acl_free(&a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	if (data[0] & 1)
		check_acl((const char *)data + 1, size - 1);
	else
		check_key((const char *)data + 1, size - 1);
	return 0;
}
