/* test_tlskeys.c - the TLS receiver's key file and client list
 * (tlskeys.c): what auditd.conf(5) allows parses, what it does not is
 * refused with the file and line named; the files' checks (root-owned,
 * 0400 keys, no symbolic link, no group or world write on the list) as
 * root, skipped (77) otherwise. */
#include <check.h>

#include "unit.h"
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tlskeys.h"

#define KEY64 "00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF"

static char err[TLSKEYS_ERR_MAX];

static int key(const char *text, struct tlskeys_key *k)
{
	err[0] = '\0';
	return tlskeys_parse_key("/k", text, strlen(text), k, err, sizeof(err));
}

static int acl(const char *text, struct tlskeys_acl *a)
{
	err[0] = '\0';
	return tlskeys_parse_acl("/acl", text, strlen(text), a, err, sizeof(err));
}

START_TEST(test_key_text)
{
	struct tlskeys_key k;
	char longkey[600];

	ck_assert_int_eq(key(KEY64, &k), 0);
	ck_assert_uint_eq(k.len, 32);
	ck_assert_uint_eq(k.key[0], 0x00);
	ck_assert_uint_eq(k.key[31], 0xff);
	ck_assert_int_eq(key(KEY64 "\n", &k), 0);
	ck_assert_int_eq(key(KEY64 "\r\n", &k), 0);
	/* only the first line is the key */
	ck_assert_int_eq(key(KEY64 "\nanything at all\n", &k), 0);
	ck_assert_uint_eq(k.len, 32);
	ck_assert_int_eq(key("", &k), -1);
	ck_assert_str_eq(err, "PSK file /k is empty");
	ck_assert_int_eq(key("\n", &k), -1);
	ck_assert_str_eq(err, "PSK file /k has invalid key format");
	/* 31 bytes */
	ck_assert_int_eq(key("00112233445566778899aabbccddeeff00112233445566778899aabbccddee", &k), -1);
	ck_assert_str_eq(err, "PSK file /k: key too short (31 bytes, need >= 32)");
	ck_assert_uint_eq(k.len, 0);
	ck_assert_int_eq(key(KEY64 "0", &k), -1);
	ck_assert_str_eq(err, "PSK file /k has invalid key format");
	ck_assert_int_eq(key(" " KEY64 " ", &k), -1);
	ck_assert_str_eq(err, "PSK file /k: invalid hex at character 1");
	ck_assert_int_eq(key(KEY64 "zz", &k), -1);
	ck_assert_str_eq(err, "PSK file /k: invalid hex at character 65");
	memset(longkey, 'a', 510);
	longkey[510] = '\0';
	ck_assert_int_eq(key(longkey, &k), 0);
	ck_assert_uint_eq(k.len, 255);
	strcat(longkey, "aa");
	ck_assert_int_eq(key(longkey, &k), -1);
	ck_assert_str_eq(err, "PSK file /k: key line too long (max 510 hex chars)");
}
END_TEST

START_TEST(test_identity)
{
	char id[300];

	ck_assert(tlskeys_identity_ok("node-1.example", 14));
	ck_assert(!tlskeys_identity_ok("", 0));
	ck_assert(!tlskeys_identity_ok("a b", 3));
	ck_assert(!tlskeys_identity_ok("a\tb", 3));
	ck_assert(!tlskeys_identity_ok("a\x7f", 2));
	ck_assert(!tlskeys_identity_ok("\xc3\xa9", 2));
	memset(id, 'x', sizeof(id));
	ck_assert(tlskeys_identity_ok(id, 255));
	ck_assert(!tlskeys_identity_ok(id, 256));
	ck_assert(tlskeys_equal("abc", 3, "abc", 3));
	ck_assert(!tlskeys_equal("abc", 3, "abd", 3));
	ck_assert(!tlskeys_equal("abc", 3, "abcd", 4));
}
END_TEST

START_TEST(test_acl_text)
{
	struct tlskeys_acl a;
	const struct tlskeys_client *c;

	ck_assert_int_eq(acl("# identity status notes\n\n   \t\nhost-1\tenabled prod web host\n"
			     "host-2 DISABLED retired\r\nhost-3 Enabled key=not-a-path notes\n", &a), 0);
	ck_assert_uint_eq(a.n, 3);
	ck_assert_uint_eq(a.enabled, 2);
	ck_assert_int_eq(a.per_identity, 0);
	c = tlskeys_find(&a, "host-2", 6);
	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(c->enabled, 0);
	ck_assert_ptr_null(c->key_path);
	ck_assert_ptr_null(tlskeys_find(&a, "host", 4));
	ck_assert_ptr_null(c = tlskeys_find(&a, "host-33", 7));
	tlskeys_acl_free(&a);

	ck_assert_int_eq(acl("", &a), 0);
	ck_assert_uint_eq(a.n, 0);
	ck_assert_int_eq(acl("a enabled key=/etc/audit/a.key\nb disabled key=/etc/audit/b.key\n", &a), 0);
	ck_assert_int_eq(a.per_identity, 1);
	ck_assert_str_eq(tlskeys_find(&a, "b", 1)->key_path, "/etc/audit/b.key");
	tlskeys_acl_free(&a);

	ck_assert_int_eq(acl("a\n", &a), -1);
	ck_assert_str_eq(err, "/acl:1: missing status field");
	ck_assert_int_eq(acl("# c\na on\n", &a), -1);
	ck_assert_str_eq(err, "/acl:2: invalid status 'on'; must be 'enabled' or 'disabled'");
	ck_assert_int_eq(acl("a enabled\na disabled\n", &a), -1);
	ck_assert_str_eq(err, "/acl:2: duplicate identity 'a'");
	ck_assert_int_eq(acl("a enabled key=/k\nb enabled key=/k\n", &a), -1);
	ck_assert_str_eq(err, "/acl:2: duplicate key file path '/k'");
	ck_assert_int_eq(acl("a enabled key=/k extra\n", &a), -1);
	ck_assert_str_eq(err, "/acl:1: unexpected token after key= path");
	ck_assert_int_eq(acl("a enabled key=/k\nb enabled\n", &a), -1);
	ck_assert_str_eq(err, "/acl: 1 of 2 entries have per-identity keys; "
			      "all entries must have key= or none");
	ck_assert_int_eq(acl("caf\xc3\xa9 enabled\n", &a), -1);
	ck_assert_str_eq(err, "/acl:1: invalid identity (1 to 255 printable characters)");
}
END_TEST

START_TEST(test_acl_long_lines)
{
	struct tlskeys_acl a;
	char text[1200];

	memset(text, 'x', 255);
	strcpy(text + 255, " enabled ");
	memset(text + 264, 'n', 246);		/* 510 characters */
	strcpy(text + 510, "\n");
	ck_assert_int_eq(acl(text, &a), 0);
	ck_assert_uint_eq(a.n, 1);
	tlskeys_acl_free(&a);
	strcpy(text + 510, "n\n");
	ck_assert_int_eq(acl(text, &a), -1);
	ck_assert_str_eq(err, "/acl:1: line too long (max 510 chars)");
	memset(text, 'x', 256);
	strcpy(text + 256, " enabled\n");
	ck_assert_int_eq(acl(text, &a), -1);
	ck_assert_str_eq(err, "/acl:1: invalid identity (1 to 255 printable characters)");
	ck_assert_int_eq(tlskeys_parse_acl("/acl", "a enabled\0b", 11, &a, err, sizeof(err)), -1);
	ck_assert_str_eq(err, "/acl:1: NUL byte in line");
}
END_TEST

/* ---- files, as root ---------------------------------------------------------- */

static char dir[] = "/tmp/vigil-tlskeys.XXXXXX";

static const char *put(const char *name, const char *text, mode_t mode)
{
	static char path[4][256];
	static int i;
	char *p = path[i++ % 4];
	int fd;

	snprintf(p, 256, "%s/%s", dir, name);
	unlink(p);
	fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	ck_assert_int_eq(chmod(p, mode), 0);
	return p;
}

START_TEST(test_files)
{
	struct tlskeys_key k;
	struct tlskeys_acl a;
	char link[300], text[600];
	const char *p, *q;

	if (unit_not_root())
		return;
	ck_assert_ptr_nonnull(mkdtemp(dir));
	p = put("psk", KEY64 "\n", 0400);
	ck_assert_int_eq(tlskeys_load_key(p, &k, err, sizeof(err)), 0);
	ck_assert_uint_eq(k.len, 32);
	p = put("psk", KEY64 "\n", 0644);
	ck_assert_int_eq(tlskeys_load_key(p, &k, err, sizeof(err)), -1);
	snprintf(text, sizeof(text), "PSK file %s is not mode 0400 (it's 0644) - compromised key?", p);
	ck_assert_str_eq(err, text);
	p = put("psk", KEY64 "\n", 0400);
	snprintf(link, sizeof(link), "%s/link", dir);
	ck_assert_int_eq(symlink(p, link), 0);
	ck_assert_int_eq(tlskeys_load_key(link, &k, err, sizeof(err)), -1);
	snprintf(text, sizeof(text), "Unable to open PSK file %s (it is a symbolic link)", link);
	ck_assert_str_eq(err, text);
	ck_assert_int_eq(chown(p, 1, 0), 0);
	ck_assert_int_eq(tlskeys_load_key(p, &k, err, sizeof(err)), -1);
	snprintf(text, sizeof(text), "PSK file %s is not owned by root (uid 1)", p);
	ck_assert_str_eq(err, text);
	ck_assert_int_eq(tlskeys_load_key(dir, &k, err, sizeof(err)), -1);
	snprintf(text, sizeof(text), "PSK file %s is not a regular file", dir);
	ck_assert_str_eq(err, text);

	/* the list, then per-identity keys */
	p = put("acl", "a enabled\n", 0644);
	ck_assert_int_eq(tlskeys_load_acl(p, &a, err, sizeof(err)), 0);
	tlskeys_acl_free(&a);
	ck_assert_int_eq(chmod(p, 0664), 0);
	ck_assert_int_eq(tlskeys_load_acl(p, &a, err, sizeof(err)), -1);
	snprintf(text, sizeof(text), "ACL file %s is group-writable or world-writable (mode 0664)", p);
	ck_assert_str_eq(err, text);
	q = put("a.key", KEY64 "\n", 0400);
	snprintf(text, sizeof(text), "a enabled key=%s\nb enabled key=%s/b.key\n", q, dir);
	put("b.key", KEY64 "\n", 0400);
	p = put("acl", text, 0600);
	ck_assert_int_eq(tlskeys_load_acl(p, &a, err, sizeof(err)), -1);
	snprintf(text, sizeof(text), "%s: identities 'a' and 'b' have identical key material", p);
	ck_assert_str_eq(err, text);
	put("b.key", "ff" KEY64 "\n", 0440);
	ck_assert_int_eq(tlskeys_load_acl(p, &a, err, sizeof(err)), -1);
	ck_assert_ptr_nonnull(strstr(err, "the key of 'b': PSK file "));
	put("b.key", "ff" KEY64 "\n", 0400);
	ck_assert_int_eq(tlskeys_load_acl(p, &a, err, sizeof(err)), 0);
	ck_assert_uint_eq(tlskeys_find(&a, "b", 1)->key.len, 33);
	tlskeys_acl_free(&a);
	snprintf(text, sizeof(text), "rm -rf %s", dir);
	ck_assert_int_eq(system(text), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("tlskeys");
	TCase *tc = tcase_create("tlskeys");

	tcase_add_test(tc, test_key_text);
	tcase_add_test(tc, test_identity);
	tcase_add_test(tc, test_acl_text);
	tcase_add_test(tc, test_acl_long_lines);
	tcase_add_test(tc, test_files);
	suite_add_tcase(s, tc);
	return unit_run_skipping(s, "test_tlskeys", unit_not_root());
}
