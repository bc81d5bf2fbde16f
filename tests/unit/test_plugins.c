/* test_plugins.c - plugins.d files (plugins.c) and what a binary-format
 * plugin receives (dispatch_encode_binary). The expected messages are
 * those of Debian's auditd 3.0.9 on the same files (auditd -f with a
 * plugin_dir holding them); "@F" stands for the file's path. */
#include <check.h>

#include "unit.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dispatch.h"
#include "log.h"
#include "plugins.h"

#define FILE_NAME "/etc/audit/plugins.d//x.conf"

static char logs[16][600];
static int nlogs;

static void capture(int prio, const char *msg, void *arg)
{
	(void)prio;
	(void)arg;
	if (nlogs < 16)
		snprintf(logs[nlogs++], sizeof(logs[0]), "%s", msg);
}

static void setup(void)
{
	log_init(LOG_SINK_STDERR, 0);
	log_set_capture(capture, NULL);
	nlogs = 0;
}

static void teardown(void)
{
	log_set_capture(NULL, NULL);
}

static int parse(const char *text, struct plugins_conf *c)
{
	FILE *f = fmemopen((void *)text, strlen(text), "r");
	int rc;

	ck_assert_ptr_nonnull(f);
	rc = plugins_parse(f, FILE_NAME, "x.conf", c);
	fclose(f);
	return rc;
}

/* the first message, with @F for the file */
static void expect_msg(const char *want)
{
	char buf[600];
	const char *at = strstr(want, "@F");

	if (at)
		snprintf(buf, sizeof(buf), "%.*s%s%s", (int)(at - want), want, FILE_NAME, at + 2);
	else
		snprintf(buf, sizeof(buf), "%s", want);
	ck_assert_int_ge(nlogs, 1);
	ck_assert_str_eq(logs[0], buf);
}

START_TEST(test_syslog_conf)
{
	struct plugins_conf c;

	/* Debian's syslog.conf, activated */
	ck_assert_int_eq(parse("# comment\n\nactive = yes\ndirection = out\n"
			       "path = /bin/sh\ntype = always \nargs = LOG_INFO\n"
			       "format = string\n", &c), 0);
	ck_assert_int_eq(nlogs, 0);
	ck_assert_int_eq(c.active, 1);
	ck_assert_str_eq(c.name, "x.conf");
	ck_assert_str_eq(c.path, "/bin/sh");
	ck_assert_int_eq(c.type, PLUGINS_ALWAYS);
	ck_assert_int_eq(c.format, PLUGINS_STRING);
	ck_assert_int_eq(c.nargs, 1);
	ck_assert_str_eq(c.args[0], "LOG_INFO");
	ck_assert_uint_ne(c.ino, 0);
}
END_TEST

START_TEST(test_defaults_and_inactive)
{
	struct plugins_conf c;

	/* inactive: the program is not looked at */
	ck_assert_int_eq(parse("path = /no/such/program\n", &c), 0);
	ck_assert_int_eq(c.active, 0);
	ck_assert_int_eq(c.type, PLUGINS_ALWAYS);
	ck_assert_int_eq(c.format, PLUGINS_STRING);
	ck_assert_int_eq(c.nargs, 0);
	ck_assert_int_eq(nlogs, 0);
}
END_TEST

START_TEST(test_af_unix_conf)
{
	struct plugins_conf c;
	char path[256];
	mode_t mode;

	ck_assert_int_eq(parse("active = yes\ndirection = out\npath = builtin_af_unix\n"
			       "type = builtin \nargs = 0640 /var/run/audispd_events\n"
			       "format = binary\n", &c), 0);
	ck_assert_int_eq(c.type, PLUGINS_BUILTIN);
	ck_assert_int_eq(c.format, PLUGINS_BINARY);
	ck_assert_int_eq(c.nargs, 2);
	ck_assert_int_eq(plugins_af_unix_args(&c, path, sizeof(path), &mode), 0);
	ck_assert_str_eq(path, "/var/run/audispd_events");
	ck_assert_uint_eq(mode, 0640);
	/* either order, and the defaults */
	c.nargs = 2;
	strcpy(c.args[0], "/tmp/x.sock");
	strcpy(c.args[1], "0600");
	ck_assert_int_eq(plugins_af_unix_args(&c, path, sizeof(path), &mode), 0);
	ck_assert_str_eq(path, "/tmp/x.sock");
	ck_assert_uint_eq(mode, 0600);
	c.nargs = 0;
	ck_assert_int_eq(plugins_af_unix_args(&c, path, sizeof(path), &mode), 0);
	ck_assert_str_eq(path, PLUGINS_AF_UNIX_PATH);
	ck_assert_uint_eq(mode, 0640);
	c.nargs = 1;
	strcpy(c.args[0], "string");
	ck_assert_int_eq(plugins_af_unix_args(&c, path, sizeof(path), &mode), -1);
}
END_TEST

static const struct refusal {
	const char *text;
	const char *msg;
} refusals[] = {
	{ "active = yes\npath = /bin/sh\nbogus = 1\n", "Unknown keyword \"bogus\" in line 3 of @F" },
	{ "active = yes\npath = /bin/sh\nformat = bogus\n", "Option bogus not found - line 3" },
	{ "active = maybe\n", "Option maybe not found - line 1" },
	{ "active = yes\npath = /bin/sh\ndirection = in\n", "Option in not found - line 3" },
	{ "active = yes\npath = /bin/sh\ntype = sometimes\n", "Option sometimes not found - line 3" },
	{ "active yes\npath = /bin/sh\n", "Missing equal sign for line 1 in @F" },
	{ "active = yes\ndirection = out\n", "Error - plugin (@F) is active but no path given" },
	{ "active = yes\npath = ok.sh\n", "The directory name: . is too short - line 2" },
	{ "active = yes\npath = /a/b.sh\n", "The directory name: /a is too short - line 2" },
	{ "active = yes\npath = /no/such/program\n",
	  "Unable to stat /no/such/program (No such file or directory)" },
	{ "active = yes\npath = /usr/lib\n", "/usr/lib is not a regular file" },
	{ "active = yes\npath = /etc/passwd\n", "/etc/passwd permissions should be 0750" },
	/* 3.0.9 would fork-exec these; vigil refuses them with a reason */
	{ "active = yes\npath = builtin_af_unix\n",
	  "Error - plugin (@F): builtin_af_unix is not a builtin vigil has (type builtin goes "
	  "with path builtin_af_unix)" },
	{ "active = yes\npath = builtin_foo\ntype = builtin\n",
	  "Error - plugin (@F): builtin_foo is not a builtin vigil has (type builtin goes "
	  "with path builtin_af_unix)" },
};

START_TEST(test_refusals)
{
	struct plugins_conf c;

	ck_assert_int_eq(parse(refusals[_i].text, &c), -1);
	expect_msg(refusals[_i].msg);
}
END_TEST

START_TEST(test_three_args_keeps_two)
{
	struct plugins_conf c;

	/* reported, yet the plugin loads with the first two (auditd) */
	ck_assert_int_eq(parse("active = yes\npath = /bin/sh\nargs = a b c\n", &c), 0);
	expect_msg("Wrong number of arguments for line 3 in @F");
	ck_assert_int_eq(c.nargs, 2);
	ck_assert_str_eq(c.args[0], "a");
	ck_assert_str_eq(c.args[1], "b");
}
END_TEST

START_TEST(test_long_line_skipped)
{
	struct plugins_conf c;
	char text[400];

	snprintf(text, sizeof(text), "active = yes\npath = /bin/sh\nargs = %0200d\nformat = binary\n",
		 0);
	ck_assert_int_eq(parse(text, &c), 0);
	expect_msg("Skipping line 3 in @F: too long");
	ck_assert_int_eq(c.nargs, 0);
	ck_assert_int_eq(c.format, PLUGINS_BINARY);
}
END_TEST

START_TEST(test_same)
{
	struct plugins_conf a, b;

	ck_assert_int_eq(parse("active = yes\npath = /bin/sh\nargs = x\n", &a), 0);
	b = a;
	ck_assert(plugins_same(&a, &b));
	strcpy(b.args[0], "y");
	ck_assert(!plugins_same(&a, &b));
	b = a;
	b.format = PLUGINS_BINARY;
	ck_assert(!plugins_same(&a, &b));
}
END_TEST

static void put_file(const char *dir, const char *name, const char *text, mode_t mode)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
	chmod(path, mode);
}

/* Which files a directory contributes, as 3.0.9 picks them. */
START_TEST(test_load_dir)
{
	char dir[] = "/tmp/vigil-test-plugins.XXXXXX", cmd[600];
	const char *on = "active = yes\npath = /bin/sh\n";
	struct plugins_list l;

	if (geteuid() != 0)
		return;		/* the files must be root's */
	ck_assert_ptr_nonnull(mkdtemp(dir));
	put_file(dir, "b.conf", on, 0640);
	put_file(dir, "a.conf", on, 0640);
	put_file(dir, "noext", on, 0640);
	put_file(dir, "x.rpmsave", on, 0640);
	put_file(dir, ".hidden.conf", on, 0640);
	put_file(dir, "two.dots.conf", on, 0640);
	put_file(dir, "off.conf", "active = no\npath = /bin/sh\n", 0640);
	put_file(dir, "ww.conf", on, 0646);
	put_file(dir, "bad.conf", "active = yes\nformat = xml\npath = /bin/sh\n", 0640);
	ck_assert_int_eq(plugins_load(dir, &l), 0);
	ck_assert_uint_eq(l.n, 4);
	ck_assert_str_eq(l.v[0].name, "a.conf");
	ck_assert_str_eq(l.v[1].name, "b.conf");
	ck_assert_str_eq(l.v[2].name, "noext");
	ck_assert_str_eq(l.v[3].name, "x.rpmsave");
	ck_assert_int_eq(nlogs, 4);
	ck_assert_str_eq(logs[0], "Option xml not found - line 2");
	ck_assert_str_eq(logs[1], "Skipping bad.conf plugin due to errors");
	ck_assert(strstr(logs[2], "/ww.conf is world writable") != NULL);
	ck_assert_str_eq(logs[3], "Skipping ww.conf plugin due to errors");
	plugins_free(&l);
	ck_assert_int_eq(plugins_load("/no/such/dir/", &l), -2);
	ck_assert_uint_eq(l.n, 0);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}
END_TEST

START_TEST(test_binary_encoding)
{
	static char out[DISPATCH_HDR_SIZE + DISPATCH_DATA_SIZE];
	static char big[DISPATCH_DATA_SIZE + 100];
	const char *p = "audit(1.002:3): a=b";
	uint32_t h[4];
	size_t i;

	memset(out, 'x', sizeof(out));
	ck_assert_uint_eq(dispatch_encode_binary(0, 1300, p, strlen(p), out),
			  DISPATCH_HDR_SIZE + DISPATCH_DATA_SIZE);
	memcpy(h, out, sizeof(h));
	ck_assert_uint_eq(h[0], 0);
	ck_assert_uint_eq(h[1], 16);
	ck_assert_uint_eq(h[2], 1300);
	ck_assert_uint_eq(h[3], strlen(p));
	ck_assert(memcmp(out + 16, p, strlen(p)) == 0);
	/* 3.0.9 sends its whole data area: the rest is zeros here */
	for (i = 16 + strlen(p); i < sizeof(out); i++)
		ck_assert_int_eq(out[i], 0);
	/* a longer line is cut to the data area */
	memset(big, 'y', sizeof(big));
	dispatch_encode_binary(1, 1300, big, sizeof(big), out);
	memcpy(h, out, sizeof(h));
	ck_assert_uint_eq(h[0], 1);
	ck_assert_uint_eq(h[3], DISPATCH_DATA_SIZE);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("plugins");
	TCase *tc = tcase_create("plugins");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_syslog_conf);
	tcase_add_test(tc, test_defaults_and_inactive);
	tcase_add_test(tc, test_af_unix_conf);
	tcase_add_loop_test(tc, test_refusals, 0, sizeof(refusals) / sizeof(refusals[0]));
	tcase_add_test(tc, test_three_args_keeps_two);
	tcase_add_test(tc, test_long_line_skipped);
	tcase_add_test(tc, test_same);
	tcase_add_test(tc, test_load_dir);
	tcase_add_test(tc, test_binary_encoding);
	suite_add_tcase(s, tc);
	return unit_run_skipping(s, "test_plugins",
				 unit_not_root() ? "not root: test_load_dir skipped" : NULL);
}
