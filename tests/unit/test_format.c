/* test_format.c - RAW / node= / ENRICHED lines, byte for byte.
 *
 * The golden tests replay records through format_record() and compare with
 * what Debian's auditd 3.0.9 wrote for them (tests/data/oracle/: observed
 * runs plus hand-made records run through the real libauparse, see its
 * README).  User and group names come from names.txt, not from this
 * machine, so the test does not depend on the passwd it runs on.
 */
#include <check.h>

#include "unit.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "format.h"

/* ---- names: a small table instead of the machine's passwd/group ---- */

#define MAX_NAMES 128

struct name_table {
	int n;
	struct {
		int gid;
		uint32_t id;
		char name[96];
	} e[MAX_NAMES];
	unsigned calls;
};

static int table_find(struct name_table *t, int gid, uint32_t id, char *buf,
		      size_t len)
{
	int i;

	t->calls++;
	for (i = 0; i < t->n; i++) {
		if (t->e[i].gid == gid && t->e[i].id == id) {
			snprintf(buf, len, "%s", t->e[i].name);
			return 0;
		}
	}
	return -1;
}

static int uid_name(uid_t uid, char *buf, size_t len, void *arg)
{
	return table_find(arg, 0, uid, buf, len);
}

static int gid_name(gid_t gid, char *buf, size_t len, void *arg)
{
	return table_find(arg, 1, gid, buf, len);
}

static void table_add(struct name_table *t, int gid, uint32_t id, const char *name)
{
	ck_assert_int_lt(t->n, MAX_NAMES);
	t->e[t->n].gid = gid;
	t->e[t->n].id = id;
	snprintf(t->e[t->n].name, sizeof(t->e[t->n].name), "%s", name);
	t->n++;
}

static const char *oracle_dir(void)
{
	const char *d = getenv("VIGIL_ORACLE_DIR");

	return d ? d : "tests/data/oracle";
}

static char *slurp(const char *name, size_t *len)
{
	char path[512];
	FILE *f;
	char *buf;
	long n;

	snprintf(path, sizeof(path), "%s/%s", oracle_dir(), name);
	f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	ck_assert_ptr_nonnull(buf);
	ck_assert_int_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = 0;
	fclose(f);
	*len = (size_t)n;
	return buf;
}

static void table_load(struct name_table *t)
{
	size_t len;
	char *text = slurp("names.txt", &len), *line, *save = NULL;

	memset(t, 0, sizeof(*t));
	for (line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		char kind[8], name[96];
		unsigned long id;

		if (line[0] == '#')
			continue;
		ck_assert_int_eq(sscanf(line, "%7s %lu %95s", kind, &id, name), 3);
		table_add(t, strcmp(kind, "gid") == 0, (uint32_t)id, name);
	}
	free(text);
}

static struct format_ctx *new_ctx(struct name_table *t, enum format_log log,
				  const char *node)
{
	struct names_lookup lookup = { uid_name, gid_name, t };
	struct format_ctx *ctx = format_create(&lookup);

	ck_assert_ptr_nonnull(ctx);
	format_set_log(ctx, log);
	ck_assert_int_eq(format_set_node(ctx, node), 0);
	return ctx;
}

/* ---- golden replays ---- */

static uint32_t le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

/* Replays <rec> and compares every line with <log>; returns lines compared. */
static int replay(const char *rec, const char *log, enum format_log mode,
		  const char *node)
{
	static char out[FORMAT_LINE_MAX];
	struct name_table t;
	struct format_ctx *ctx;
	size_t rlen, llen, off = 0, loff = 0;
	char *recs, *lines;
	int compared = 0, index = 0;

	table_load(&t);
	ctx = new_ctx(&t, mode, node);
	recs = slurp(rec, &rlen);
	lines = slurp(log, &llen);
	while (off + 8 <= rlen) {
		uint32_t type = le32((unsigned char *)recs + off);
		uint32_t len = le32((unsigned char *)recs + off + 4);
		size_t n;
		char *nl;

		ck_assert_uint_le(off + 8 + len, rlen);
		n = format_record(ctx, type, recs + off + 8, len, out);
		off += 8 + len;
		index++;
		if (type == 1320) {
			ck_assert_uint_eq(n, 0);
			continue;
		}
		nl = memchr(lines + loff, '\n', llen - loff);
		ck_assert_msg(nl != NULL, "%s: no line for record %d", log, index);
		ck_assert_msg(n == (size_t)(nl - lines - loff) + 1 &&
			      memcmp(out, lines + loff, n) == 0,
			      "%s record %d (type %u):\nwant %.*s\ngot  %.*s", log,
			      index, type, (int)(nl - lines - loff),
			      lines + loff, (int)n, out);
		loff = (size_t)(nl - lines) + 1;
		compared++;
	}
	ck_assert_uint_eq(loff, llen);
	free(recs);
	free(lines);
	format_destroy(ctx);
	printf("golden %s: %d lines identical\n", log, compared);
	return compared;
}

START_TEST(golden_observed_raw)
{
	ck_assert_int_gt(replay("raw.rec", "raw.log", FORMAT_LOG_RAW, NULL), 100);
}
END_TEST

START_TEST(golden_observed_enriched)
{
	ck_assert_int_gt(replay("enr.rec", "enr.log", FORMAT_LOG_ENRICHED, NULL),
			 100);
}
END_TEST

START_TEST(golden_observed_enriched_node)
{
	ck_assert_int_gt(replay("enrhost.rec", "enrhost.log",
				FORMAT_LOG_ENRICHED, "vm"), 100);
}
END_TEST

START_TEST(golden_synthetic)
{
	ck_assert_int_gt(replay("synthetic.rec", "synthetic.raw.log",
				FORMAT_LOG_RAW, NULL), 200);
	ck_assert_int_gt(replay("synthetic.rec", "synthetic.enr.log",
				FORMAT_LOG_ENRICHED, NULL), 200);
	ck_assert_int_gt(replay("synthetic.rec", "synthetic.enrhost.log",
				FORMAT_LOG_ENRICHED, "vm"), 200);
}
END_TEST

/* ---- focused cases ---- */

static struct name_table test_names;
static char out[FORMAT_LINE_MAX];

static void setup(void)
{
	memset(&test_names, 0, sizeof(test_names));
	table_add(&test_names, 0, 1000, "alice");
	table_add(&test_names, 1, 1000, "staff");
	table_add(&test_names, 0, 65534, "nobody");
	table_add(&test_names, 1, 65534, "nogroup");
}

/* Formats text (a NUL-terminated payload) and returns the line. */
static const char *fmt(struct format_ctx *ctx, unsigned type, const char *text)
{
	size_t n = format_record(ctx, type, text, strlen(text), out);

	out[n] = 0;
	return out;
}

#define TS "audit(1700000000.123:42): "

START_TEST(raw_line)
{
	struct format_ctx *ctx = new_ctx(&test_names, FORMAT_LOG_RAW, NULL);

	ck_assert_str_eq(fmt(ctx, 1300, TS "arch=c000003e syscall=2 uid=0"),
			 "type=SYSCALL msg=" TS "arch=c000003e syscall=2 uid=0\n");
	ck_assert_str_eq(fmt(ctx, 1338, TS "x=1"),
			 "type=UNKNOWN[1338] msg=" TS "x=1\n");
	ck_assert_str_eq(fmt(ctx, 1334, TS "x=1"), "type=BPF msg=" TS "x=1\n");
	ck_assert_str_eq(fmt(ctx, 70000, TS "x=1"),
			 "type=UNKNOWN[70000] msg=" TS "x=1\n");
	ck_assert_uint_eq(format_record(ctx, 1300, NULL, 0, out), 22);
	ck_assert_int_eq(memcmp(out, "type=SYSCALL msg=lost\n", 22), 0);
	/* the kernel's %.*s stops at a NUL */
	ck_assert_uint_eq(format_record(ctx, 1300, TS "a=1\0b=2", sizeof(TS) + 6,
					out), sizeof("type=SYSCALL msg=" TS "a=1"));
	format_destroy(ctx);
}
END_TEST

START_TEST(raw_newlines_and_spaces)
{
	struct format_ctx *ctx = new_ctx(&test_names, FORMAT_LOG_RAW, NULL);

	ck_assert_str_eq(fmt(ctx, 1100, TS "a=1\nb=2\n\nc=3"),
			 "type=USER_AUTH msg=" TS "a=1 b=2  c=3\n");
	ck_assert_str_eq(fmt(ctx, 1100, TS "a=1 "),
			 "type=USER_AUTH msg=" TS "a=1\n");
	ck_assert_str_eq(fmt(ctx, 1100, TS "a=1  "),
			 "type=USER_AUTH msg=" TS "a=1 \n");
	ck_assert_str_eq(fmt(ctx, 1100, TS "a=1\n"),
			 "type=USER_AUTH msg=" TS "a=1\n");
	ck_assert_str_eq(fmt(ctx, 1100, TS "a=1 \n"),
			 "type=USER_AUTH msg=" TS "a=1 \n");
	format_destroy(ctx);
}
END_TEST

START_TEST(eoe_not_written)
{
	struct format_ctx *ctx = new_ctx(&test_names, FORMAT_LOG_RAW, NULL);

	ck_assert_uint_eq(format_record(ctx, 1320, TS, sizeof(TS) - 1, out), 0);
	format_set_log(ctx, FORMAT_LOG_ENRICHED);
	ck_assert_uint_eq(format_record(ctx, 1320, TS, sizeof(TS) - 1, out), 0);
	format_destroy(ctx);
}
END_TEST

START_TEST(node_prefix)
{
	struct format_ctx *ctx = new_ctx(&test_names, FORMAT_LOG_RAW, "host-1");

	ck_assert_str_eq(fmt(ctx, 1300, TS "uid=0"),
			 "node=host-1 type=SYSCALL msg=" TS "uid=0\n");
	format_set_log(ctx, FORMAT_LOG_ENRICHED);
	ck_assert_str_eq(fmt(ctx, 1300, TS "arch=40000003 syscall=64 uid=1000"),
			 "node=host-1 type=SYSCALL msg=" TS
			 "arch=40000003 syscall=64 uid=1000"
			 "\x1d" "ARCH=i386 SYSCALL=getppid UID=\"alice\"\n");
	ck_assert_int_eq(format_set_node(ctx, NULL), 0);
	ck_assert_str_eq(fmt(ctx, 1300, TS "x=1"), "type=SYSCALL msg=" TS "x=1\n");
	format_destroy(ctx);
}
END_TEST

/* payload of n bytes: the timestamp, then filler */
static size_t filler(char *buf, size_t n, const char *tail)
{
	size_t tl = strlen(tail);

	memcpy(buf, TS "a=", sizeof(TS "a=") - 1);
	memset(buf + sizeof(TS "a=") - 1, 'x', n - (sizeof(TS "a=") - 1) - tl);
	memcpy(buf + n - tl, tail, tl);
	return n;
}

START_TEST(length_caps)
{
	static char payload[FORMAT_PAYLOAD_MAX];
	struct format_ctx *ctx = new_ctx(&test_names, FORMAT_LOG_RAW, NULL);
	size_t n;

	/* without a node auditd builds the line in 8938 bytes */
	filler(payload, FORMAT_PAYLOAD_MAX, " uid=1");
	n = format_record(ctx, 1300, payload, FORMAT_PAYLOAD_MAX, out);
	ck_assert_uint_eq(n, 8937 + 1);
	ck_assert_int_eq(out[n - 1], '\n');
	/* a cut line keeps a trailing space: the trim uses the full length */
	filler(payload, 8937 - 17, "y ");
	n = format_record(ctx, 1300, payload, 8937 - 17, out);
	ck_assert_uint_eq(n, 8936 + 1);
	filler(payload, 8937 - 17 + 5, " xxxxx");
	n = format_record(ctx, 1300, payload, 8937 - 17 + 5, out);
	ck_assert_uint_eq(n, 8937 + 1);
	ck_assert_int_eq(out[n - 2], ' ');
	/* with a node: 9193 bytes, and the stored line stops at 8969 */
	ck_assert_int_eq(format_set_node(ctx, "vm"), 0);
	filler(payload, FORMAT_PAYLOAD_MAX, " uid=1");
	n = format_record(ctx, 1300, payload, FORMAT_PAYLOAD_MAX, out);
	ck_assert_uint_eq(n, 8969 + 1);
	/* ENRICHED too: the tail is cut, not dropped */
	format_set_node(ctx, NULL);
	format_set_log(ctx, FORMAT_LOG_ENRICHED);
	filler(payload, 8920, " uid=1000 uid=1000 uid=1000 uid=1000 uid=1000");
	n = format_record(ctx, 1300, payload, 8920, out);
	ck_assert_uint_eq(n, 8969 + 1);
	ck_assert_int_eq(memcmp(out + 8937, "\x1dUID=\"alice\" UID=\"ali", 21), 0);
	ck_assert_int_eq(out[8969], '\n');
	format_destroy(ctx);
}
END_TEST

START_TEST(enriched_nothing_to_add)
{
	struct format_ctx *ctx = new_ctx(&test_names, FORMAT_LOG_ENRICHED, NULL);

	ck_assert_str_eq(fmt(ctx, 1327, TS "proctitle=6C73"),
			 "type=PROCTITLE msg=" TS "proctitle=6C73\n");
	/* TRUSTED_APP text is not interpreted at all */
	ck_assert_str_eq(fmt(ctx, 1121, TS "uid=0 auid=1000 arch=c000003e"),
			 "type=TRUSTED_APP msg=" TS "uid=0 auid=1000 arch=c000003e\n");
	/* a timestamp auparse refuses means no enrichment */
	ck_assert_str_eq(fmt(ctx, 1300, "audit(0.000:5): uid=0"),
			 "type=SYSCALL msg=audit(0.000:5): uid=0\n");
	/* "name=" with no value is not a field */
	ck_assert_str_eq(fmt(ctx, 1300, TS "uid= gid"),
			 "type=SYSCALL msg=" TS "uid= gid\n");
	format_destroy(ctx);
}
END_TEST

START_TEST(enriched_ids)
{
	struct format_ctx *ctx = new_ctx(&test_names, FORMAT_LOG_ENRICHED, NULL);

	ck_assert_str_eq(fmt(ctx, 1300, TS "auid=4294967295 uid=0 gid=4294967295 "
			     "euid=1000 egid=1000 suid=12345 sgid=4294967294 "
			     "fsuid=-1 ouid=4294967296 ogid=99999999999999999999"),
			 "type=SYSCALL msg=" TS "auid=4294967295 uid=0 "
			 "gid=4294967295 euid=1000 egid=1000 suid=12345 "
			 "sgid=4294967294 fsuid=-1 ouid=4294967296 "
			 "ogid=99999999999999999999\x1d"
			 "AUID=\"unset\" UID=\"root\" GID=\"unset\" "
			 "EUID=\"alice\" EGID=\"staff\" SUID=\"unknown(12345)\" "
			 "SGID=\"unknown(-2)\" FSUID=\"unset\" OUID=\"root\" "
			 "OGID=636F6E76657273696F6E206572726F72283939393939393939"
			 "39393939393939393939393929\n");
	/* id is a uid in user records and a gid in group records */
	ck_assert_str_eq(fmt(ctx, 1112, TS "pid=1 uid=0 msg='op=login id=1000 "
			     "acct=\"alice\" res=success'"),
			 "type=USER_LOGIN msg=" TS "pid=1 uid=0 msg='op=login "
			 "id=1000 acct=\"alice\" res=success'\x1d"
			 "UID=\"root\" ID=\"alice\"\n");
	ck_assert_str_eq(fmt(ctx, 1116, TS "pid=1 msg='op=add id=1000'"),
			 "type=ADD_GROUP msg=" TS "pid=1 msg='op=add id=1000'\x1d"
			 "ID=\"staff\"\n");
	/* EXECVE arguments start with 'a': auid there is not an id */
	ck_assert_str_eq(fmt(ctx, 1309, TS "argc=1 a0=\"x\" auid=1000 uid=1000"),
			 "type=EXECVE msg=" TS "argc=1 a0=\"x\" auid=1000 uid=1000"
			 "\x1dUID=\"alice\"\n");
	format_destroy(ctx);
}
END_TEST

START_TEST(odd_names_hex_encoded)
{
	struct name_table t;
	struct format_ctx *ctx;
	char long_name[80];

	memset(&t, 0, sizeof(t));
	table_add(&t, 0, 1, "a b");
	table_add(&t, 0, 2, "q\"q");
	table_add(&t, 0, 3, "del\x7f");
	table_add(&t, 0, 4, "caf\xc3\xa9");
	table_add(&t, 0, 5, "x~y!");
	table_add(&t, 0, 6, "tab\there");
	memset(long_name, 'n', 70);
	long_name[70] = 0;
	table_add(&t, 0, 7, long_name);
	ctx = new_ctx(&t, FORMAT_LOG_ENRICHED, NULL);
	ck_assert_str_eq(fmt(ctx, 1300, TS "uid=1 uid=2 uid=3 uid=4 uid=5 uid=6"),
			 "type=SYSCALL msg=" TS "uid=1 uid=2 uid=3 uid=4 uid=5 "
			 "uid=6\x1dUID=612062 UID=712271 UID=64656C7F "
			 "UID=636166C3A9 UID=\"x~y!\" UID=7461620968657265\n");
	/* names are cut at 63 bytes, as auparse's char[64] does */
	fmt(ctx, 1300, TS "uid=7");
	ck_assert_ptr_nonnull(strstr(out, "\x1dUID=\""));
	ck_assert_uint_eq(strlen(strstr(out, "\x1dUID=\"")), 6 + 63 + 2);
	format_destroy(ctx);
}
END_TEST

START_TEST(name_caches)
{
	struct format_ctx *ctx = new_ctx(&test_names, FORMAT_LOG_ENRICHED, NULL);
	unsigned i, before;

	/* 0 and -1 never reach the lookup */
	fmt(ctx, 1300, TS "uid=0 gid=0 auid=4294967295 gid=4294967295");
	ck_assert_uint_eq(test_names.calls, 0);
	fmt(ctx, 1300, TS "uid=1000 euid=1000 gid=1000 suid=12345");
	ck_assert_uint_eq(test_names.calls, 3);	/* uid 1000, gid 1000, 12345 */
	fmt(ctx, 1300, TS "uid=1000 gid=1000 suid=12345 ouid=12345");
	ck_assert_uint_eq(test_names.calls, 3);	/* hits, misses remembered */
	/* account changes flush: before ADD_USER/ADD_GROUP ... */
	fmt(ctx, 1114, TS "pid=1 uid=1000 msg='id=12345'");
	ck_assert_uint_eq(test_names.calls, 5);
	/* ... and after USER_MGMT, DEL_USER, DEL_GROUP, GRP_MGMT */
	fmt(ctx, 1115, TS "pid=1 uid=1000 msg='id=12345'");
	ck_assert_uint_eq(test_names.calls, 5);
	fmt(ctx, 1300, TS "uid=1000");
	ck_assert_uint_eq(test_names.calls, 6);
	/* many distinct ids: evictions keep answers right */
	before = test_names.calls;
	for (i = 0; i < 2000; i++) {
		char text[64];

		snprintf(text, sizeof(text), TS "uid=%u", 2000 + i % 700);
		fmt(ctx, 1300, text);
		snprintf(text, sizeof(text), "\x1dUID=\"unknown(%u)\"\n",
			 2000 + i % 700);
		ck_assert_ptr_nonnull(strstr(out, text));
	}
	ck_assert_uint_gt(test_names.calls - before, 700);
	fmt(ctx, 1300, TS "uid=1000 gid=65534");
	ck_assert_ptr_nonnull(strstr(out, "UID=\"alice\" GID=\"nogroup\"\n"));
	format_destroy(ctx);
}
END_TEST

START_TEST(sockaddr_families)
{
	static const struct {
		const char *hex, *want;
	} cases[] = {
		{ "02000016C0A801140000000000000000",
		  "{ saddr_fam=inet laddr=192.168.1.20 lport=22 }" },
		{ "0200001601020304", "{ saddr_fam=inet sockaddr len too short }" },
		{ "0A0001BB000000000000000000000000000000000000000100000000",
		  "{ saddr_fam=inet6 laddr=::1 lport=443 }" },
		{ "0A0001BB0000000000000000000000000000FFFF7F00000100000000",
		  "{ saddr_fam=inet6 laddr=::ffff:127.0.0.1 lport=443 }" },
		{ "0A0001BB00000000", "{ saddr_fam=inet6 sockaddr6 len too short }" },
		{ "01002F72756E2F782E736F636B00",
		  "{ saddr_fam=local path=/run/x.sock }" },
		{ "01000061627374726163742D6E616D65",
		  "{ saddr_fam=local path=abstract-name }" },
		{ "010041", "{ saddr_fam=local sockaddr len too short }" },
		/* a path a local user bound: CR, ESC, 0x1D and LF become spaces */
		{ "01002F740D1B1D0A7800", "{ saddr_fam=local path=/t    x }" },
		{ "0100001B5B324A0D1D", "{ saddr_fam=local path= [2J   }" },
		{ "10000000D204000001000000",
		  "{ saddr_fam=netlink nlnk-fam=16 nlnk-pid=1234 }" },
		{ "1000000000000000", "{ saddr_fam=netlink len too short }" },
		{ "03004E3043414C4C00", "{ saddr_fam=ax25 call=N0CALL" },
		{ "080000000700", "{ saddr_fam=atmpvc int=7 }" },
		{ "0900313233", "{ saddr_fam=x25 laddr=123 }" },
		{ "11000000", "{ saddr_fam=packet (unsupported) }" },
		{ "2C000000", "{ saddr_fam=xdp (unsupported) }" },
		{ "1B000000", "unknown-family(27)" },
		{ "00000000", "unknown-family(0)" },
		{ "(null)", "unknown-family(28200)" },
		{ "0", "malformed-host(0)" },
		{ "zz", "malformed-host(zz)" },
	};
	struct format_ctx *ctx = new_ctx(&test_names, FORMAT_LOG_ENRICHED, NULL);
	char text[256], want[512];
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(text, sizeof(text), TS "saddr=%s", cases[i].hex);
		snprintf(want, sizeof(want), "type=SOCKADDR msg=%s\x1dSADDR=%s\n",
			 text, cases[i].want);
		ck_assert_str_eq(fmt(ctx, 1306, text), want);
	}
	/* saddr is not a sockaddr in AVC records */
	ck_assert_str_eq(fmt(ctx, 1400, TS "avc:  denied  { read } for saddr=0200"),
			 "type=AVC msg=" TS "avc:  denied  { read } for saddr=0200\n");
	format_destroy(ctx);
}
END_TEST

START_TEST(syscall_names)
{
	struct format_ctx *ctx = new_ctx(&test_names, FORMAT_LOG_ENRICHED, NULL);

	ck_assert_str_eq(fmt(ctx, 1300, TS "arch=c000003e syscall=64 a0=1"),
			 "type=SYSCALL msg=" TS "arch=c000003e syscall=64 a0=1"
			 "\x1d" "ARCH=x86_64 SYSCALL=semget\n");
	ck_assert_str_eq(fmt(ctx, 1300, TS "arch=40000003 syscall=64 a0=1"),
			 "type=SYSCALL msg=" TS "arch=40000003 syscall=64 a0=1"
			 "\x1d" "ARCH=i386 SYSCALL=getppid\n");
	/* socketcall and ipc show the call taken from a0 (6th field) */
	ck_assert_str_eq(fmt(ctx, 1300, TS "arch=40000003 syscall=102 "
			     "success=yes exit=0 a0=3 a1=0"),
			 "type=SYSCALL msg=" TS "arch=40000003 syscall=102 "
			 "success=yes exit=0 a0=3 a1=0\x1d" "ARCH=i386 "
			 "SYSCALL=socketcall(connect)\n");
	ck_assert_str_eq(fmt(ctx, 1300, TS "arch=40000003 syscall=117 "
			     "success=yes exit=0 a0=15 a1=0"),
			 "type=SYSCALL msg=" TS "arch=40000003 syscall=117 "
			 "success=yes exit=0 a0=15 a1=0\x1d" "ARCH=i386 "
			 "SYSCALL=ipc(shmat)\n");
	ck_assert_str_eq(fmt(ctx, 1300, TS "arch=c000003e syscall=9999"),
			 "type=SYSCALL msg=" TS "arch=c000003e syscall=9999"
			 "\x1d" "ARCH=x86_64 SYSCALL=unknown-syscall(9999)\n");
	/* arch and syscall count only as the 2nd and 3rd field */
	ck_assert_str_eq(fmt(ctx, 1300, TS "x=1 arch=40000003 syscall=64"),
			 "type=SYSCALL msg=" TS "x=1 arch=40000003 syscall=64"
			 "\x1d" "ARCH=i386 SYSCALL=unknown-syscall(-1)\n");
	ck_assert_str_eq(fmt(ctx, 1300, TS "arch=40000028 syscall=1"),
			 "type=SYSCALL msg=" TS "arch=40000028 syscall=1"
			 "\x1d" "ARCH=armeb SYSCALL=exit\n");
	ck_assert_str_eq(fmt(ctx, 1300, TS "arch=12345 syscall=1"),
			 "type=SYSCALL msg=" TS "arch=12345 syscall=1"
			 "\x1d" "ARCH=unknown-elf-type(12345) SYSCALL=write\n");
	format_destroy(ctx);
}
END_TEST

START_TEST(daemon_records)
{
	struct format_ctx *ctx = new_ctx(&test_names, FORMAT_LOG_ENRICHED, NULL);

	ck_assert_str_eq(fmt(ctx, 1200, "audit(1795255207.637:4200): op=start "
			     "ver=3.0.9 format=enriched kernel=6.1.0 "
			     "auid=4294967295 pid=2466 uid=0 ses=4294967295 "
			     "res=success"),
			 "type=DAEMON_START msg=audit(1795255207.637:4200): "
			 "op=start ver=3.0.9 format=enriched kernel=6.1.0 "
			 "auid=4294967295 pid=2466 uid=0 ses=4294967295 "
			 "res=success\x1d" "AUID=\"unset\" UID=\"root\"\n");
	ck_assert_str_eq(fmt(ctx, 1203, "audit(1795255209.671:9769): "
			     "op=reconfigure state=changed auid=0 pid=2453 "
			     "subj=? res=success"),
			 "type=DAEMON_CONFIG msg=audit(1795255209.671:9769): "
			 "op=reconfigure state=changed auid=0 pid=2453 subj=? "
			 "res=success\x1d" "AUID=\"root\"\n");
	ck_assert_str_eq(fmt(ctx, 1201, TS "op=terminate auid=-1 uid=-1 ses=-1 "
			     "pid=-1 subj=? res=success"),
			 "type=DAEMON_END msg=" TS "op=terminate auid=-1 uid=-1 "
			 "ses=-1 pid=-1 subj=? res=success\x1d" "AUID=\"unset\" "
			 "UID=\"unset\"\n");
	format_destroy(ctx);
}
END_TEST

/* A user message can carry its own 0x1D: auparse then takes the text
 * after it as ready-made interpretations. */
START_TEST(embedded_separator)
{
	struct format_ctx *ctx = new_ctx(&test_names, FORMAT_LOG_ENRICHED, NULL);

	ck_assert_str_eq(fmt(ctx, 1100, TS "pid=1 uid=0 auid=1000 msg='x"
			     "\x1dUID=\"bob\" AUID=zz'"),
			 "type=USER_AUTH msg=" TS "pid=1 uid=0 auid=1000 msg='x"
			 "\x1dUID=\"bob\" AUID=zz'\x1dUID=\"bob\" AUID=\"zz'\"\n");
	format_destroy(ctx);
}
END_TEST

START_TEST(resolve_node)
{
	char name[256], err[256], host[256];

	ck_assert_int_eq(format_resolve_node(FORMAT_NAME_NONE, NULL, name,
					     sizeof(name), err, sizeof(err)), 0);
	ck_assert_str_eq(name, "");
	ck_assert_int_eq(format_resolve_node(FORMAT_NAME_USER, NULL, name,
					     sizeof(name), err, sizeof(err)), -1);
	ck_assert_str_eq(err, "User defined name missing");
	ck_assert_int_eq(format_resolve_node(FORMAT_NAME_USER, "edge-7", name,
					     sizeof(name), err, sizeof(err)), 0);
	ck_assert_str_eq(name, "edge-7");
	ck_assert_int_eq(gethostname(host, sizeof(host)), 0);
	ck_assert_int_eq(format_resolve_node(FORMAT_NAME_HOSTNAME, NULL, name,
					     sizeof(name), err, sizeof(err)), 0);
	ck_assert_str_eq(name, host);
	/* fqd/numeric depend on the resolver: success, or auditd's message */
	if (format_resolve_node(FORMAT_NAME_NUMERIC, NULL, name, sizeof(name),
				err, sizeof(err)) != 0)
		ck_assert_int_eq(strncmp(err, "Cannot resolve hostname ", 24), 0);
	if (format_resolve_node(FORMAT_NAME_FQD, NULL, name, sizeof(name), err,
				sizeof(err)) != 0)
		ck_assert_int_eq(strncmp(err, "Cannot resolve hostname ", 24), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("format");
	TCase *golden = tcase_create("golden");
	TCase *unit = tcase_create("unit");

	tcase_add_test(golden, golden_observed_raw);
	tcase_add_test(golden, golden_observed_enriched);
	tcase_add_test(golden, golden_observed_enriched_node);
	tcase_add_test(golden, golden_synthetic);
	tcase_add_checked_fixture(unit, setup, NULL);
	tcase_add_test(unit, raw_line);
	tcase_add_test(unit, raw_newlines_and_spaces);
	tcase_add_test(unit, eoe_not_written);
	tcase_add_test(unit, node_prefix);
	tcase_add_test(unit, length_caps);
	tcase_add_test(unit, enriched_nothing_to_add);
	tcase_add_test(unit, enriched_ids);
	tcase_add_test(unit, odd_names_hex_encoded);
	tcase_add_test(unit, name_caches);
	tcase_add_test(unit, sockaddr_families);
	tcase_add_test(unit, syscall_names);
	tcase_add_test(unit, daemon_records);
	tcase_add_test(unit, embedded_separator);
	tcase_add_test(unit, resolve_node);
	suite_add_tcase(s, golden);
	suite_add_tcase(s, unit);
	return unit_run(s);
}
