/* test_config.c - auditd.conf parsing against auditd 3.0.9's behaviour.
 *
 * The expected messages and results of 3.0.9 keywords were taken from
 * Debian's auditd 3.0.9 run on the same file text (unshare -U -r
 * /usr/sbin/auditd -f -c DIR: exit 6 = refused, exit 1 "Cannot change
 * priority" = accepted); report_interval, tls_* and vigil_ring_size are
 * newer than 3.0.9 and follow 4.x or vigil's own wording. Messages are
 * captured through log_set_capture(); "@F" in an expected text stands for
 * the config file.
 *
 * The files must look root-owned. As root that is the default; otherwise
 * main() moves into a user namespace that maps the caller to uid 0, where
 * the tests that chown a file to someone else are skipped (exit 77).
 */
#include <check.h>

#include "unit.h"
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <sched.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <syslog.h>
#include <unistd.h>

#include "config.h"
#include "log.h"

#define OTHER_UID	1000

struct logged {
	int prio;
	char msg[600];
};

static struct logged logs[64];
static int nlogs;
static char dir[64];
static char file[128];
static int can_chown;

static void capture(int prio, const char *msg, void *arg)
{
	(void)arg;
	if (nlogs < (int)(sizeof(logs) / sizeof(logs[0]))) {
		logs[nlogs].prio = prio;
		snprintf(logs[nlogs].msg, sizeof(logs[nlogs].msg), "%s", msg);
		nlogs++;
	}
}

static void setup(void)
{
	snprintf(dir, sizeof(dir), "/tmp/vigil-test-config.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(file, sizeof(file), "%s/auditd.conf", dir);
	log_init(LOG_SINK_STDERR, 0);
	log_set_capture(capture, NULL);
	nlogs = 0;
}

static void teardown(void)
{
	char cmd[128];

	log_set_capture(NULL, NULL);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", dir);
}

static void debug_on(void)
{
	log_init(LOG_SINK_STDERR, 1);
}

static void write_file_n(const char *path, const char *text, size_t len,
			 mode_t mode)
{
	int fd;

	unlink(path);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, text, len), (ssize_t)len);
	ck_assert_int_eq(fchmod(fd, mode), 0);
	close(fd);
}

static void write_file(const char *path, const char *text, mode_t mode)
{
	write_file_n(path, text, strlen(text), mode);
}

/* Write the config file (root-owned 0640) and load it. */
static int load_n(struct config *cfg, const char *text, size_t len)
{
	write_file_n(file, text, len, 0640);
	nlogs = 0;
	return config_load(cfg, file, 0);
}

static int load(struct config *cfg, const char *text)
{
	return load_n(cfg, text, strlen(text));
}

/* A file that passes the post-parse checks, plus the given lines. */
#define GOOD	"space_left = 75\nadmin_space_left = 50\n"

static int load_good(struct config *cfg, const char *lines)
{
	char text[4096];

	snprintf(text, sizeof(text), GOOD "%s", lines);
	return load(cfg, text);
}

/* All captured messages, one per line; "@F" in want is the file name. */
static void expect_log(const char *want)
{
	char got[8192] = "", exp[8192] = "";
	size_t n = 0;
	const char *p;
	int i;

	for (i = 0; i < nlogs; i++)
		n += snprintf(got + n, sizeof(got) - n, "%s%s", i ? "\n" : "",
			      logs[i].msg);
	n = 0;
	for (p = want; *p && n < sizeof(exp) - 1; p++) {
		if (p[0] == '@' && p[1] == 'F') {
			n += snprintf(exp + n, sizeof(exp) - n, "%s", file);
			p++;
		} else {
			exp[n++] = *p;
		}
	}
	exp[n] = '\0';
	ck_assert_str_eq(got, exp);
}

static void expect_prio(int i, int prio)
{
	ck_assert_int_gt(nlogs, i);
	ck_assert_int_eq(logs[i].prio, prio);
}

static void expect_defaults(const struct config *c)
{
	struct config d;

	config_defaults(&d);
	ck_assert_int_eq(memcmp(c, &d, sizeof(d)), 0);
}

static char *path_in(const char *name)
{
	static char buf[4][256];
	static int k;
	char *p = buf[k++ % 4];

	snprintf(p, sizeof(buf[0]), "%s/%s", dir, name);
	return p;
}

/* ---- defaults and whole files -------------------------------------------- */

START_TEST(test_defaults)
{
	struct config c;

	memset(&c, 0xa5, sizeof(c));
	config_defaults(&c);
	ck_assert_int_eq(c.local_events, 1);
	ck_assert_int_eq(c.write_logs, 1);
	ck_assert_str_eq(c.log_file, "/var/log/audit/audit.log");
	ck_assert_int_eq(c.log_format, CONFIG_LOG_ENRICHED);
	ck_assert_uint_eq(c.log_group, 0);
	ck_assert_uint_eq(c.priority_boost, 4);
	ck_assert_int_eq(c.flush, CONFIG_FLUSH_NONE);
	ck_assert_uint_eq(c.freq, 0);
	ck_assert_uint_eq(c.num_logs, 0);
	ck_assert_int_eq(c.name_format, FORMAT_NAME_NONE);
	ck_assert_str_eq(c.name, "");
	ck_assert_uint_eq(c.max_log_file, 0);
	ck_assert_int_eq(c.max_log_file_action, CONFIG_ACTION_IGNORE);
	ck_assert_str_eq(c.max_log_file_exe, "");
	ck_assert_str_eq(c.action_mail_acct, "root");
	ck_assert_int_eq(c.verify_email, 1);
	ck_assert_uint_eq(c.space_left.value, 0);
	ck_assert_int_eq(c.space_left.percent, 0);
	ck_assert_int_eq(c.space_left_action, CONFIG_ACTION_IGNORE);
	ck_assert_str_eq(c.space_left_exe, "");
	ck_assert_uint_eq(c.admin_space_left.value, 0);
	ck_assert_int_eq(c.admin_space_left.percent, 0);
	ck_assert_int_eq(c.admin_space_left_action, CONFIG_ACTION_IGNORE);
	ck_assert_int_eq(c.disk_full_action, CONFIG_ACTION_IGNORE);
	ck_assert_int_eq(c.disk_error_action, CONFIG_ACTION_SYSLOG);
	ck_assert_uint_eq(c.tcp_listen_port, 0);
	ck_assert_uint_eq(c.tcp_listen_queue, 5);
	ck_assert_uint_eq(c.tcp_max_per_addr, 1);
	ck_assert_int_eq(c.use_libwrap, 1);
	ck_assert_uint_eq(c.tcp_client_min_port, 0);
	ck_assert_uint_eq(c.tcp_client_max_port, 65535);
	ck_assert_uint_eq(c.tcp_client_max_idle, 0);
	ck_assert_int_eq(c.transport, CONFIG_TRANSPORT_TCP);
	ck_assert_str_eq(c.krb5_principal, "auditd");
	ck_assert_str_eq(c.krb5_key_file, "/etc/audit/audit.key");
	ck_assert_int_eq(c.distribute_network, 0);
	ck_assert_uint_eq(c.q_depth, 2000);
	ck_assert_int_eq(c.overflow_action, CONFIG_ACTION_SYSLOG);
	ck_assert_uint_eq(c.max_restarts, 10);
	ck_assert_str_eq(c.plugin_dir, "/etc/audit/plugins.d/");
	ck_assert_uint_eq(c.end_of_event_timeout, 2);
	ck_assert_uint_eq(c.report_interval, 0);
	ck_assert_str_eq(c.tls_auth, "");
	ck_assert_str_eq(c.tls_crypto_profile, "");
	ck_assert_str_eq(c.tls_psk_file, "");
	ck_assert_int_eq(c.tls_require_pqc, 0);
	ck_assert_uint_eq(c.vigil_ring_size, 8);
	ck_assert_uint_eq(c.vigil_tcp_max_clients, 512);
}
END_TEST

START_TEST(test_missing_file_gives_defaults)
{
	struct config c;

	memset(&c, 0, sizeof(c));
	ck_assert_int_eq(config_load(&c, file, 0), 0);
	expect_log("Config file @F doesn't exist, skipping");
	expect_prio(0, LOG_WARNING);
	expect_defaults(&c);
}
END_TEST

START_TEST(test_missing_dir_gives_defaults)
{
	struct config c;

	ck_assert_int_eq(config_load(&c, "/nonexistent-vigil/auditd.conf", 0), 0);
	ck_assert_str_eq(logs[0].msg,
			 "Config file /nonexistent-vigil/auditd.conf doesn't exist, skipping");
}
END_TEST

/* No line was counted, so the post-parse checks do not run. */
START_TEST(test_empty_file_gives_defaults)
{
	struct config c;

	ck_assert_int_eq(load(&c, ""), 0);
	expect_log("");
	expect_defaults(&c);
}
END_TEST

/* One counted line is enough for the checks: defaults have 0 <= 0. */
START_TEST(test_comment_only_file_fails_space_check)
{
	struct config c;

	ck_assert_int_eq(load(&c, "# nothing\n"), -1);
	expect_log("Error - space_left(0) must be larger than admin_space_left(0)");
	expect_prio(0, LOG_ERR);
	ck_assert_int_eq(load(&c, "\n"), -1);
	expect_log("Error - space_left(0) must be larger than admin_space_left(0)");
}
END_TEST

static const char stock_conf[] =
	"#\n"
	"# This file controls the configuration of the audit daemon\n"
	"#\n"
	"\n"
	"local_events = yes\n"
	"write_logs = yes\n"
	"log_file = /var/log/audit/audit.log\n"
	"log_group = adm\n"
	"log_format = ENRICHED\n"
	"flush = INCREMENTAL_ASYNC\n"
	"freq = 50\n"
	"max_log_file = 8\n"
	"num_logs = 5\n"
	"priority_boost = 4\n"
	"name_format = NONE\n"
	"##name = mydomain\n"
	"max_log_file_action = ROTATE\n"
	"space_left = 75\n"
	"space_left_action = SYSLOG\n"
	"verify_email = yes\n"
	"action_mail_acct = root\n"
	"admin_space_left = 50\n"
	"admin_space_left_action = SUSPEND\n"
	"disk_full_action = SUSPEND\n"
	"disk_error_action = SUSPEND\n"
	"use_libwrap = yes\n"
	"##tcp_listen_port = 60\n"
	"tcp_listen_queue = 5\n"
	"tcp_max_per_addr = 1\n"
	"##tcp_client_ports = 1024-65535\n"
	"tcp_client_max_idle = 0\n"
	"transport = TCP\n"
	"krb5_principal = auditd\n"
	"##krb5_key_file = /etc/audit/audit.key\n"
	"distribute_network = no\n"
	"q_depth = 2000\n"
	"overflow_action = SYSLOG\n"
	"max_restarts = 10\n"
	"plugin_dir = /etc/audit/plugins.d\n"
	"end_of_event_timeout = 2\n";

/* The stock files name /var/log/audit, which may be missing or closed to
 * us; point log_file into the test directory instead, then load. */
static int load_stock(struct config *c, const char *text)
{
	static const char stock_log[] = "log_file = /var/log/audit/audit.log\n";
	static char buf[16384];
	const char *at = strstr(text, stock_log);

	ck_assert_ptr_nonnull(at);
	snprintf(buf, sizeof(buf), "%.*slog_file = %s\n%s", (int)(at - text), text,
		 path_in("audit.log"), at + strlen(stock_log));
	return load(c, buf);
}

static void check_stock_values(const struct config *c)
{
	struct group *adm = getgrnam("adm");

	ck_assert_int_eq(c->local_events, 1);
	ck_assert_int_eq(c->write_logs, 1);
	ck_assert_str_eq(c->log_file, path_in("audit.log"));
	if (adm)
		ck_assert_uint_eq(c->log_group, adm->gr_gid);
	ck_assert_int_eq(c->log_format, CONFIG_LOG_ENRICHED);
	ck_assert_int_eq(c->flush, CONFIG_FLUSH_INCREMENTAL_ASYNC);
	ck_assert_uint_eq(c->freq, 50);
	ck_assert_uint_eq(c->max_log_file, 8);
	ck_assert_uint_eq(c->num_logs, 5);
	ck_assert_uint_eq(c->priority_boost, 4);
	ck_assert_int_eq(c->name_format, FORMAT_NAME_NONE);
	ck_assert_int_eq(c->max_log_file_action, CONFIG_ACTION_ROTATE);
	ck_assert_uint_eq(c->space_left.value, 75);
	ck_assert_int_eq(c->space_left_action, CONFIG_ACTION_SYSLOG);
	ck_assert_uint_eq(c->admin_space_left.value, 50);
	ck_assert_int_eq(c->admin_space_left_action, CONFIG_ACTION_SUSPEND);
	ck_assert_int_eq(c->disk_full_action, CONFIG_ACTION_SUSPEND);
	ck_assert_int_eq(c->disk_error_action, CONFIG_ACTION_SUSPEND);
	ck_assert_uint_eq(c->tcp_listen_port, 0);
	ck_assert_int_eq(c->transport, CONFIG_TRANSPORT_TCP);
	ck_assert_str_eq(c->krb5_principal, "auditd");
	ck_assert_uint_eq(c->q_depth, 2000);
	ck_assert_int_eq(c->overflow_action, CONFIG_ACTION_SYSLOG);
	ck_assert_str_eq(c->plugin_dir, "/etc/audit/plugins.d/");
	ck_assert_uint_eq(c->end_of_event_timeout, 2);
}

START_TEST(test_debian_stock_file)
{
	struct config c;

	ck_assert_int_eq(load_stock(&c, stock_conf), 0);
	expect_log("");
	check_stock_values(&c);
}
END_TEST

/* vigil's shipped conf/auditd.conf must be Debian's values (run from the
 * top of the tree, as `make check-unit` does). */
START_TEST(test_shipped_conf)
{
	static char text[8192];
	struct config c;
	size_t len;
	FILE *f = fopen("conf/auditd.conf", "r");

	if (!f) {
		fprintf(stderr, "test_shipped_conf: conf/auditd.conf not found, skipped\n");
		return;
	}
	len = fread(text, 1, sizeof(text) - 1, f);
	fclose(f);
	text[len] = '\0';
	ck_assert_int_eq(load_stock(&c, text), 0);
	expect_log("");
	check_stock_values(&c);
	ck_assert_uint_eq(c.vigil_ring_size, 8);
}
END_TEST

START_TEST(test_failed_load_leaves_cfg_alone)
{
	struct config c, before;

	memset(&c, 0x5a, sizeof(c));
	before = c;
	ck_assert_int_eq(load_good(&c, "freq = 7\nflush = bogus\n"), -1);
	ck_assert_int_eq(memcmp(&c, &before, sizeof(c)), 0);
}
END_TEST

START_TEST(test_debug_opened_line)
{
	struct config c;

	debug_on();
	ck_assert_int_eq(load(&c, GOOD), 0);
	expect_log("Config file @F opened for parsing\n"
		   "space_left_parser called with: 75\n"
		   "admin_space_left_parser called with: 50");
	expect_prio(0, LOG_DEBUG);
}
END_TEST

/* auditd names its parser functions, not the keywords. */
static const struct {
	const char *line;
	const char *debug;		/* NULL: no debug line */
} debug_lines[] = {
	{ "local_events = yes", "local_events_parser called with: yes" },
	{ "write_logs = yes", "write_logs_parser called with: yes" },
	{ "log_file = /var/log/audit/audit.log",
	  "log_file_parser called with: /var/log/audit/audit.log" },
	{ "log_format = RAW", "log_format_parser called with: RAW" },
	{ "log_group = 0", "log_group_parser called with: 0" },
	{ "flush = none", "flush_parser called with: none" },
	{ "freq = 0", "freq_parser called with: 0" },
	{ "num_logs = 5", "num_logs_parser called with: 5" },
	{ "name_format = none", "name_format_parser called with: none" },
	{ "name = n", "name_parser called with: n" },
	{ "max_log_file = 8", "max_log_size_parser called with: 8" },
	{ "max_log_file_action = rotate",
	  "max_log_size_action_parser called with: rotate" },
	{ "space_left_action = syslog", "space_action_parser called with: syslog" },
	{ "action_mail_acct = root", "action_mail_acct_parser called with: root" },
	{ "verify_email = yes", "verify_email_parser called with: yes" },
	{ "admin_space_left_action = suspend",
	  "admin_space_left_action_parser called with: suspend" },
	{ "disk_full_action = suspend", "disk_full_action_parser called with: suspend" },
	{ "disk_error_action = suspend",
	  "disk_error_action_parser called with: suspend" },
	{ "priority_boost = 4", "priority_boost_parser called with: 4" },
	{ "tcp_listen_port = 60", "tcp_listen_port_parser called with: 60" },
	{ "tcp_listen_queue = 5", "tcp_listen_queue_parser called with: 5" },
	{ "tcp_max_per_addr = 1", "tcp_max_per_addr_parser called with: 1" },
	{ "use_libwrap = yes", "use_libwrap_parser called with: yes" },
	{ "tcp_client_ports = 1-2", "tcp_listen_queue_parser called with: 1-2" },
	{ "tcp_client_max_idle = 0", "tcp_client_max_idle_parser called with: 0" },
	{ "transport = tcp", "transport_parser called with: tcp" },
	{ "enable_krb5 = no", "enable_krb5_parser called with: no" },
	{ "krb5_principal = auditd", "krb5_principal_parser called with: auditd" },
	{ "krb5_key_file = /k", "krb5_key_file_parser called with: /k" },
	{ "distribute_network = no", "distribute_network_parser called with: no" },
	{ "q_depth = 2000", "q_depth_parser called with: 2000" },
	{ "overflow_action = syslog", "overflow_action_parser called with: syslog" },
	{ "max_restarts = 10", "max_restarts_parser called with: 10" },
	{ "plugin_dir = /p", "plugin_dir_parser called with: /p" },
	{ "end_of_event_timeout = 2", "eoe_timeout_parser called with: 2" },
	{ "report_interval = 5", "report_interval_parser called with: 5" },
	{ "tls_auth = psk", "tls_auth_parser called with: psk" },
	{ "tls_crypto_profile = pqc", "tls_crypto_profile_parser called with: pqc" },
	{ "tls_psk_file = /f", "tls_psk_file_parser called with: /f" },
	{ "tls_psk_identity = i", "tls_psk_identity_parser called with: i" },
	{ "tls_allowed_clients = /a", "tls_allowed_clients_parser called with: /a" },
	{ "tls_cipher_suites = c", "tls_cipher_suites_parser called with: c" },
	{ "tls_key_exchange = k", "tls_key_exchange_parser called with: k" },
	{ "tls_require_pqc = no", "tls_require_pqc_parser called with: no" },
	{ "vigil_ring_size = 8", "vigil_ring_size_parser called with: 8" },
	{ "vigil_tcp_max_clients = 9", "vigil_tcp_max_clients_parser called with: 9" },
	{ "disp_qos = lossy", NULL },
};

START_TEST(test_debug_parser_names)
{
	struct config c;
	char text[512];

	debug_on();
	snprintf(text, sizeof(text), "%s\n", debug_lines[_i].line);
	ck_assert_int_eq(load(&c, text), -1);	/* space check fails last */
	ck_assert_int_ge(nlogs, 2);
	if (debug_lines[_i].debug)
		ck_assert_str_eq(logs[1].msg, debug_lines[_i].debug);
	else
		ck_assert_str_eq(logs[1].msg,
				 "The disp_qos option is deprecated - line 1");
}
END_TEST

START_TEST(test_dispatcher_deprecated)
{
	struct config c;

	debug_on();
	ck_assert_int_eq(load_good(&c, "dispatcher = /sbin/audispd\ndisp_qos = lossy\n"), 0);
	expect_log("Config file @F opened for parsing\n"
		   "space_left_parser called with: 75\n"
		   "admin_space_left_parser called with: 50\n"
		   "dispatch_parser called with: /sbin/audispd\n"
		   "The dispatcher option is deprecated - line 3\n"
		   "The disp_qos option is deprecated - line 4");
	expect_prio(4, LOG_WARNING);
	expect_prio(5, LOG_WARNING);
}
END_TEST

/* ---- tokenizer ------------------------------------------------------------- */

static const struct {
	const char *lines;
	int rc;
	const char *log;
} syntax[] = {
	{ "flush=none\n", -1,
	  "Wrong number of arguments for line 3 in @F\n"
	  "Not processing any more lines in @F" },
	{ "flush =none\n", -1,
	  "Missing equal sign for line 3 in @F\n"
	  "Not processing any more lines in @F" },
	{ "flush= none\n", -1,
	  "Missing equal sign for line 3 in @F\n"
	  "Not processing any more lines in @F" },
	/* tab is not a separator */
	{ "flush\t= none\n", -1,
	  "Missing equal sign for line 3 in @F\n"
	  "Not processing any more lines in @F" },
	{ "\t\n", -1,
	  "Wrong number of arguments for line 3 in @F\n"
	  "Not processing any more lines in @F" },
	{ "flush\n", -1,
	  "Wrong number of arguments for line 3 in @F\n"
	  "Not processing any more lines in @F" },
	{ "flush =\n", -1,
	  "Wrong number of arguments for line 3 in @F\n"
	  "Not processing any more lines in @F" },
	{ "=\n", -1,
	  "Wrong number of arguments for line 3 in @F\n"
	  "Not processing any more lines in @F" },
	{ "= = =\n", -1, "Unknown keyword \"=\" in line 3 of @F" },
	{ "flush = = \n", -1, "Option = not found - line 3" },
	{ "flush = none extra\n", -1,
	  "Keyword \"flush\" has invalid option \"extra\" in line 3 of @F" },
	/* five tokens: reported, then the line is still applied */
	{ "flush = none extra more\n", -1,
	  "Wrong number of arguments for line 3 in @F\n"
	  "Keyword \"flush\" has invalid option \"extra\" in line 3 of @F" },
	{ "space_left_action = syslog extra more\n", 0,
	  "Wrong number of arguments for line 3 in @F" },
	/* no inline comments */
	{ "flush = none # comment\n", -1,
	  "Wrong number of arguments for line 3 in @F\n"
	  "Keyword \"flush\" has invalid option \"#\" in line 3 of @F" },
	{ "#flush = bogus\n", 0, "" },
	{ " #flush = bogus\n", 0, "" },
	{ "#\n", 0, "" },
	{ " \n", 0, "" },
	{ "   flush   =   none   \n", 0, "" },
	{ "foo = bar\n", -1, "Unknown keyword \"foo\" in line 3 of @F" },
	{ "FOO = bar\n", -1, "Unknown keyword \"FOO\" in line 3 of @F" },
	{ "flush = none\r\n", -1, "Option none\r not found - line 3" },
	{ "\n\n# c\n\nfoo = bar\n", -1,
	  "Unknown keyword \"foo\" in line 7 of @F" },
	{ "FLUSH = Incremental_Async\nFreq = 10\n", 0, "" },
	{ "disp_qos = whatever extra\n", -1,
	  "Keyword \"disp_qos\" has invalid option \"extra\" in line 3 of @F" },
	{ "overflow_action = exec /bin/true\n", -1,
	  "Keyword \"overflow_action\" has invalid option \"/bin/true\" in line 3 of @F" },
	/* 4.1's exec takes its helper as the other actions' exec does (3.0.9
	 * said "Keyword ... has invalid option" and "Option exec not found") */
	{ "max_log_file_action = exec\n", -1, "Executable path needed for line 3" },
	{ "max_log_file_action = exec relative.sh\n", -1,
	  "Absolute path needed for relative.sh - line 3" },
	{ "max_log_file_action = rotate /bin/true\n", 0, "" },
};

START_TEST(test_syntax)
{
	struct config c;

	ck_assert_int_eq(load_good(&c, syntax[_i].lines), syntax[_i].rc);
	expect_log(syntax[_i].log);
}
END_TEST

/* fgets() reads past a NUL, but the newline search stops there: the line
 * looks unterminated, so it is "too long" and the next line is taken for
 * its continuation and swallowed, one line number behind (as auditd). */
START_TEST(test_embedded_nul)
{
	static const char text[] = GOOD "name = a\0b\nfoo = bar\nflush = bogus\n";
	struct config c;

	ck_assert_int_eq(load_n(&c, text, sizeof(text) - 1), -1);
	expect_log("Skipping line 3 in @F: too long\n"
		   "Option bogus not found - line 4");
}
END_TEST

START_TEST(test_keywords_and_values_ignore_case)
{
	struct config c;

	ck_assert_int_eq(load(&c, "SPACE_LEFT = 80\nAdmin_Space_Left = 7\n"
			      "Flush = DATA\nLOCAL_EVENTS = No\n"
			      "max_log_file_action = Keep_Logs\n"), 0);
	ck_assert_uint_eq(c.space_left.value, 80);
	ck_assert_uint_eq(c.admin_space_left.value, 7);
	ck_assert_int_eq(c.flush, CONFIG_FLUSH_DATA);
	ck_assert_int_eq(c.local_events, 0);
	ck_assert_int_eq(c.max_log_file_action, CONFIG_ACTION_KEEP_LOGS);
}
END_TEST

START_TEST(test_last_one_wins)
{
	struct config c;

	ck_assert_int_eq(load_good(&c, "num_logs = 3\nnum_logs = 9\n"), 0);
	ck_assert_uint_eq(c.num_logs, 9);
}
END_TEST

/* ---- the 160-byte line buffer ---------------------------------------------- */

static void long_name_line(char *buf, size_t chars)
{
	memcpy(buf, "name = ", 7);
	memset(buf + 7, 'x', chars - 7);
	buf[chars] = '\0';
}

START_TEST(test_line_of_158_fits)
{
	struct config c;
	char line[200], text[512];

	long_name_line(line, 158);
	snprintf(text, sizeof(text), GOOD "%s\n", line);
	ck_assert_int_eq(load(&c, text), 0);
	expect_log("");
	ck_assert_uint_eq(strlen(c.name), 151);
}
END_TEST

START_TEST(test_line_of_159_is_skipped)
{
	struct config c;
	char line[200], text[512];

	long_name_line(line, 159);
	snprintf(text, sizeof(text), GOOD "%s\nfoo = bar\n", line);
	ck_assert_int_eq(load(&c, text), -1);
	expect_log("Skipping line 3 in @F: too long\n"
		   "Unknown keyword \"foo\" in line 4 of @F");
	expect_prio(0, LOG_ERR);
	snprintf(text, sizeof(text), GOOD "%s\n", line);
	ck_assert_int_eq(load(&c, text), 0);
	ck_assert_str_eq(c.name, "");
}
END_TEST

START_TEST(test_very_long_lines_counted_once)
{
	struct config c;
	char line[500], text[2048];

	long_name_line(line, 477);
	snprintf(text, sizeof(text), GOOD "%s\n%s\nflush = bogus\n", line, line);
	ck_assert_int_eq(load(&c, text), -1);
	expect_log("Skipping line 3 in @F: too long\n"
		   "Skipping line 4 in @F: too long\n"
		   "Option bogus not found - line 5");
}
END_TEST

/* fgets() never sees the newline of a last line that has none. */
START_TEST(test_last_line_without_newline_is_skipped)
{
	struct config c;

	ck_assert_int_eq(load(&c, GOOD "flush = bogus"), 0);
	expect_log("Skipping line 3 in @F: too long");
	ck_assert_int_eq(c.flush, CONFIG_FLUSH_NONE);
	/* and with no counted line at all, no post-parse checks */
	ck_assert_int_eq(load(&c, "flush = incremental"), 0);
	expect_log("Skipping line 1 in @F: too long");
}
END_TEST

START_TEST(test_long_only_line_still_counts)
{
	struct config c;
	char line[300], text[512];

	long_name_line(line, 200);
	snprintf(text, sizeof(text), "%s\n", line);
	ck_assert_int_eq(load(&c, text), -1);
	expect_log("Skipping line 1 in @F: too long\n"
		   "Error - space_left(0) must be larger than admin_space_left(0)");
}
END_TEST

/* ---- numbers --------------------------------------------------------------- */

static const struct {
	const char *kw;
	size_t off;
	int is_long;
	unsigned long min, max;
	const char *too_large;	/* NULL: the generic message */
} numbers[] = {
	{ "freq", offsetof(struct config, freq), 0, 0, INT_MAX, NULL },
	{ "priority_boost", offsetof(struct config, priority_boost), 0, 0, INT_MAX, NULL },
	{ "max_restarts", offsetof(struct config, max_restarts), 0, 0, INT_MAX, NULL },
	{ "tcp_client_max_idle", offsetof(struct config, tcp_client_max_idle), 1, 0, INT_MAX, NULL },
	{ "num_logs", offsetof(struct config, num_logs), 0, 0, 999,
	  "num_logs must be 999 or less" },
	{ "q_depth", offsetof(struct config, q_depth), 0, 0, 99999,
	  "q_depth must be 99999 or less" },
	{ "tcp_listen_port", offsetof(struct config, tcp_listen_port), 0, 1, 65535, NULL },
	{ "tcp_listen_queue", offsetof(struct config, tcp_listen_queue), 0, 1, 65535, NULL },
	{ "tcp_max_per_addr", offsetof(struct config, tcp_max_per_addr), 0, 1, 1024, NULL },
	{ "max_log_file", offsetof(struct config, max_log_file), 1, 0, ULONG_MAX, NULL },
	{ "end_of_event_timeout", offsetof(struct config, end_of_event_timeout), 1, 0,
	  ULONG_MAX, NULL },
	{ "vigil_ring_size", offsetof(struct config, vigil_ring_size), 1, 1, 1024, NULL },
	{ "vigil_tcp_max_clients", offsetof(struct config, vigil_tcp_max_clients), 0, 1, 65535,
	  NULL },
};

static unsigned long number_at(const struct config *c, size_t off, int is_long)
{
	unsigned long l;
	unsigned u;

	if (is_long) {
		memcpy(&l, (const char *)c + off, sizeof(l));
		return l;
	}
	memcpy(&u, (const char *)c + off, sizeof(u));
	return u;
}

static int try_number(struct config *c, const char *kw, const char *value)
{
	char line[256];

	snprintf(line, sizeof(line), "%s = %s\n", kw, value);
	return load_good(c, line);
}

START_TEST(test_numbers)
{
	const char *kw = numbers[_i].kw;
	unsigned long min = numbers[_i].min, max = numbers[_i].max;
	struct config c;
	char v[64], want[256];

	/* both ends of the range */
	snprintf(v, sizeof(v), "%lu", min);
	ck_assert_int_eq(try_number(&c, kw, v), 0);
	ck_assert_uint_eq(number_at(&c, numbers[_i].off, numbers[_i].is_long), min);
	snprintf(v, sizeof(v), "%lu", max);
	ck_assert_int_eq(try_number(&c, kw, v), 0);
	ck_assert_uint_eq(number_at(&c, numbers[_i].off, numbers[_i].is_long), max);
	ck_assert_int_eq(try_number(&c, kw, "0012"), min <= 12 ? 0 : -1);
	if (min <= 12)
		ck_assert_uint_eq(number_at(&c, numbers[_i].off, numbers[_i].is_long), 12);

	if (max < ULONG_MAX) {
		snprintf(v, sizeof(v), "%lu", max + 1);
		ck_assert_int_eq(try_number(&c, kw, v), -1);
		if (numbers[_i].too_large)
			snprintf(want, sizeof(want), "%s", numbers[_i].too_large);
		else
			snprintf(want, sizeof(want),
				 "Error - converted number (%s) is too large - line 3", v);
		expect_log(want);
	}
	if (min > 0) {
		snprintf(v, sizeof(v), "%lu", min - 1);
		ck_assert_int_eq(try_number(&c, kw, v), -1);
		snprintf(want, sizeof(want),
			 "Error - converted number (%s) is too small - line 3", v);
		expect_log(want);
	}
	ck_assert_int_eq(try_number(&c, kw, "-1"), -1);
	expect_log("Value -1 should only be numbers - line 3");
	ck_assert_int_eq(try_number(&c, kw, "+1"), -1);
	expect_log("Value +1 should only be numbers - line 3");
	ck_assert_int_eq(try_number(&c, kw, "1x"), -1);
	expect_log("Value 1x should only be numbers - line 3");
	ck_assert_int_eq(try_number(&c, kw, "1.5"), -1);
	expect_log("Value 1.5 should only be numbers - line 3");
	ck_assert_int_eq(try_number(&c, kw, "18446744073709551616"), -1);
	expect_log("Error converting string to a number (Numerical result out of range) - line 3");
	expect_prio(0, LOG_ERR);
}
END_TEST

START_TEST(test_number_max_ulong)
{
	struct config c;

	ck_assert_int_eq(try_number(&c, "max_log_file", "18446744073709551615"), 0);
	ck_assert_uint_eq(c.max_log_file, ULONG_MAX);
	ck_assert_int_eq(try_number(&c, "freq", "18446744073709551615"), -1);
	expect_log("Error - converted number (18446744073709551615) is too large - line 3");
}
END_TEST

START_TEST(test_q_depth_margin_warning)
{
	struct config c;

	ck_assert_int_eq(try_number(&c, "q_depth", "511"), 0);
	expect_log("q_depth should be larger than 512 for safety margin");
	expect_prio(0, LOG_WARNING);
	ck_assert_uint_eq(c.q_depth, 511);
	ck_assert_int_eq(try_number(&c, "q_depth", "512"), 0);
	expect_log("");
}
END_TEST

/* ---- yes/no and enumerations ---------------------------------------------- */

static const struct {
	const char *kw;
	size_t off;
} yes_no_keywords[] = {
	{ "local_events", offsetof(struct config, local_events) },
	{ "write_logs", offsetof(struct config, write_logs) },
	{ "verify_email", offsetof(struct config, verify_email) },
	{ "use_libwrap", offsetof(struct config, use_libwrap) },
	{ "distribute_network", offsetof(struct config, distribute_network) },
	{ "tls_require_pqc", offsetof(struct config, tls_require_pqc) },
};

START_TEST(test_yes_no)
{
	const char *kw = yes_no_keywords[_i].kw;
	struct config c;
	char line[128];
	int v;

	snprintf(line, sizeof(line), "%s = YES\n", kw);
	ck_assert_int_eq(load_good(&c, line), 0);
	memcpy(&v, (char *)&c + yes_no_keywords[_i].off, sizeof(v));
	ck_assert_int_eq(v, 1);
	snprintf(line, sizeof(line), "%s = no\n", kw);
	ck_assert_int_eq(load_good(&c, line), 0);
	memcpy(&v, (char *)&c + yes_no_keywords[_i].off, sizeof(v));
	ck_assert_int_eq(v, 0);
	snprintf(line, sizeof(line), "%s = true\n", kw);
	ck_assert_int_eq(load_good(&c, line), -1);
	expect_log("Option true not found - line 3");
	snprintf(line, sizeof(line), "%s = 1\n", kw);
	ck_assert_int_eq(load_good(&c, line), -1);
	expect_log("Option 1 not found - line 3");
}
END_TEST

static const struct {
	const char *line;
	size_t off;
	int value;		/* -1: refused with "Option X not found" */
} enums[] = {
	{ "flush = none", offsetof(struct config, flush), CONFIG_FLUSH_NONE },
	{ "flush = incremental_async\nfreq = 1", offsetof(struct config, flush),
	  CONFIG_FLUSH_INCREMENTAL_ASYNC },
	{ "flush = Incremental\nfreq = 1", offsetof(struct config, flush),
	  CONFIG_FLUSH_INCREMENTAL },
	{ "flush = DATA", offsetof(struct config, flush), CONFIG_FLUSH_DATA },
	{ "flush = sync", offsetof(struct config, flush), CONFIG_FLUSH_SYNC },
	{ "flush = fsync", offsetof(struct config, flush), -1 },
	{ "log_format = raw", offsetof(struct config, log_format), CONFIG_LOG_RAW },
	{ "log_format = ENRICHED", offsetof(struct config, log_format),
	  CONFIG_LOG_ENRICHED },
	{ "log_format = json", offsetof(struct config, log_format), -1 },
	{ "name_format = none", offsetof(struct config, name_format), FORMAT_NAME_NONE },
	{ "name_format = HOSTNAME", offsetof(struct config, name_format),
	  FORMAT_NAME_HOSTNAME },
	{ "name_format = fqd", offsetof(struct config, name_format), FORMAT_NAME_FQD },
	{ "name_format = numeric", offsetof(struct config, name_format),
	  FORMAT_NAME_NUMERIC },
	{ "name_format = user", offsetof(struct config, name_format), FORMAT_NAME_USER },
	{ "name_format = bogus", offsetof(struct config, name_format), -1 },
	{ "transport = TCP", offsetof(struct config, transport), CONFIG_TRANSPORT_TCP },
	{ "transport = krb5", offsetof(struct config, transport), CONFIG_TRANSPORT_KRB5 },
	{ "transport = udp", offsetof(struct config, transport), -1 },
	{ "overflow_action = ignore", offsetof(struct config, overflow_action),
	  CONFIG_ACTION_IGNORE },
	{ "overflow_action = SYSLOG", offsetof(struct config, overflow_action),
	  CONFIG_ACTION_SYSLOG },
	{ "overflow_action = suspend", offsetof(struct config, overflow_action),
	  CONFIG_ACTION_SUSPEND },
	{ "overflow_action = single", offsetof(struct config, overflow_action),
	  CONFIG_ACTION_SINGLE },
	{ "overflow_action = halt", offsetof(struct config, overflow_action),
	  CONFIG_ACTION_HALT },
	{ "overflow_action = rotate", offsetof(struct config, overflow_action), -1 },
	{ "overflow_action = exec", offsetof(struct config, overflow_action), -1 },
	{ "overflow_action = email", offsetof(struct config, overflow_action), -1 },
	{ "max_log_file_action = ignore", offsetof(struct config, max_log_file_action),
	  CONFIG_ACTION_IGNORE },
	{ "max_log_file_action = syslog", offsetof(struct config, max_log_file_action),
	  CONFIG_ACTION_SYSLOG },
	{ "max_log_file_action = SUSPEND", offsetof(struct config, max_log_file_action),
	  CONFIG_ACTION_SUSPEND },
	{ "max_log_file_action = rotate", offsetof(struct config, max_log_file_action),
	  CONFIG_ACTION_ROTATE },
	{ "max_log_file_action = keep_logs",
	  offsetof(struct config, max_log_file_action), CONFIG_ACTION_KEEP_LOGS },
	{ "max_log_file_action = email", offsetof(struct config, max_log_file_action), -1 },
	{ "max_log_file_action = halt", offsetof(struct config, max_log_file_action), -1 },
	{ "space_left_action = keep_logs", offsetof(struct config, space_left_action), -1 },
};

START_TEST(test_enums)
{
	struct config c;
	char line[128], want[128];
	const char *value;
	int v;

	snprintf(line, sizeof(line), "%s\n", enums[_i].line);
	if (enums[_i].value < 0) {
		ck_assert_int_eq(load_good(&c, line), -1);
		value = strchr(enums[_i].line, '=') + 2;
		snprintf(want, sizeof(want), "Option %s not found - line 3", value);
		expect_log(want);
		return;
	}
	ck_assert_int_eq(load_good(&c, line), 0);
	expect_log("");
	memcpy(&v, (char *)&c + enums[_i].off, sizeof(v));
	ck_assert_int_eq(v, enums[_i].value);
}
END_TEST

START_TEST(test_log_format_nolog)
{
	struct config c;

	ck_assert_int_eq(load_good(&c, "log_format = nolog\n"), 0);
	expect_log("The NOLOG option to log_format is deprecated. Please use the write_logs option.\n"
		   "The NOLOG option is overriding the write_logs current setting.");
	expect_prio(0, LOG_WARNING);
	expect_prio(1, LOG_WARNING);
	ck_assert_int_eq(c.log_format, CONFIG_LOG_NOLOG);
	ck_assert_int_eq(c.write_logs, 0);
	ck_assert_int_eq(load_good(&c, "write_logs = no\nlog_format = NOLOG\n"), 0);
	expect_log("The NOLOG option to log_format is deprecated. Please use the write_logs option.");
	/* a later write_logs = yes wins over nolog's side effect */
	ck_assert_int_eq(load_good(&c, "log_format = nolog\nwrite_logs = yes\n"), 0);
	ck_assert_int_eq(c.write_logs, 1);
}
END_TEST

START_TEST(test_enable_krb5)
{
	struct config c;

	ck_assert_int_eq(load_good(&c, "enable_krb5 = yes\n"), 0);
	ck_assert_int_eq(c.transport, CONFIG_TRANSPORT_KRB5);
	ck_assert_int_eq(load_good(&c, "enable_krb5 = yes\ntransport = tcp\n"), 0);
	ck_assert_int_eq(c.transport, CONFIG_TRANSPORT_TCP);
	ck_assert_int_eq(load_good(&c, "transport = krb5\nenable_krb5 = no\n"), 0);
	ck_assert_int_eq(c.transport, CONFIG_TRANSPORT_KRB5);
	ck_assert_int_eq(load_good(&c, "enable_krb5 = maybe\n"), -1);
	expect_log("Option maybe not found - line 3");
}
END_TEST

/* ---- actions --------------------------------------------------------------- */

static const char *sendmail_note(void)
{
	return access("/usr/lib/sendmail", X_OK) ?
	       "Email option is specified but /usr/lib/sendmail doesn't seem executable." : "";
}

START_TEST(test_space_actions)
{
	static const char *const kws[] = { "space_left_action",
					   "admin_space_left_action" };
	static const struct { const char *v; int a; } ok[] = {
		{ "ignore", CONFIG_ACTION_IGNORE }, { "SYSLOG", CONFIG_ACTION_SYSLOG },
		{ "rotate", CONFIG_ACTION_ROTATE }, { "suspend", CONFIG_ACTION_SUSPEND },
		{ "single", CONFIG_ACTION_SINGLE },
		/* 3.0.9 still accepts halt here; 4.x refuses it */
		{ "halt", CONFIG_ACTION_HALT },
	};
	struct config c;
	char line[128];
	size_t k, i;
	int v;

	for (k = 0; k < 2; k++) {
		size_t off = k ? offsetof(struct config, admin_space_left_action) :
				 offsetof(struct config, space_left_action);

		for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
			snprintf(line, sizeof(line), "%s = %s\n", kws[k], ok[i].v);
			ck_assert_int_eq(load_good(&c, line), 0);
			expect_log("");
			memcpy(&v, (char *)&c + off, sizeof(v));
			ck_assert_int_eq(v, ok[i].a);
		}
		snprintf(line, sizeof(line), "%s = Email\n", kws[k]);
		ck_assert_int_eq(load_good(&c, line), 0);
		expect_log(sendmail_note());
		memcpy(&v, (char *)&c + off, sizeof(v));
		ck_assert_int_eq(v, CONFIG_ACTION_EMAIL);
		snprintf(line, sizeof(line), "%s = exec\n", kws[k]);
		ck_assert_int_eq(load_good(&c, line), -1);
		expect_log("Executable path needed for line 3");
	}
}
END_TEST

START_TEST(test_disk_actions)
{
	struct config c;

	ck_assert_int_eq(load_good(&c, "disk_full_action = rotate\n"), 0);
	ck_assert_int_eq(c.disk_full_action, CONFIG_ACTION_ROTATE);
	ck_assert_int_eq(load_good(&c, "disk_full_action = halt\n"), 0);
	ck_assert_int_eq(c.disk_full_action, CONFIG_ACTION_HALT);
	ck_assert_int_eq(load_good(&c, "disk_full_action = email\n"), -1);
	expect_log("Illegal option email for disk_full_action - line 3");
	ck_assert_int_eq(load_good(&c, "disk_full_action = EMAIL\n"), -1);
	expect_log("Illegal option EMAIL for disk_full_action - line 3");
	ck_assert_int_eq(load_good(&c, "disk_full_action = keep_logs\n"), -1);
	expect_log("Option keep_logs not found - line 3");

	ck_assert_int_eq(load_good(&c, "disk_error_action = single\n"), 0);
	ck_assert_int_eq(c.disk_error_action, CONFIG_ACTION_SINGLE);
	ck_assert_int_eq(load_good(&c, "disk_error_action = ignore\n"), 0);
	ck_assert_int_eq(c.disk_error_action, CONFIG_ACTION_IGNORE);
	ck_assert_int_eq(load_good(&c, "disk_error_action = email\n"), -1);
	expect_log("Illegal option email for disk_error_action - line 3");
	ck_assert_int_eq(load_good(&c, "disk_error_action = rotate\n"), -1);
	expect_log("Illegal option rotate for disk_error_action - line 3");
}
END_TEST

static char *make_exe(const char *name, mode_t mode)
{
	char *p = path_in(name);

	write_file(p, "#!/bin/sh\nexit 0\n", mode);
	return p;
}

START_TEST(test_exec_modes)
{
	static const mode_t good[] = { 0750, 0755, 0555, 04755 };
	static const mode_t bad[] = { 0550, 0700, 0775, 0751, 0500, 0757, 0777 };
	struct config c;
	char line[512], want[512];
	size_t i;

	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		char *exe = make_exe("ok.sh", good[i]);

		snprintf(line, sizeof(line), "disk_full_action = exec %s\n", exe);
		ck_assert_int_eq(load_good(&c, line), 0);
		expect_log("");
		ck_assert_int_eq(c.disk_full_action, CONFIG_ACTION_EXEC);
		ck_assert_str_eq(c.disk_full_exe, exe);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char *exe = make_exe("bad.sh", bad[i]);

		snprintf(line, sizeof(line), "admin_space_left_action = exec %s\n", exe);
		ck_assert_int_eq(load_good(&c, line), -1);
		snprintf(want, sizeof(want),
			 "%s permissions should be 0750, 0755, 0555 or 0550 - line 3", exe);
		expect_log(want);
	}
}
END_TEST

START_TEST(test_exec_paths)
{
	struct config c;
	char line[512], want[512];
	char *exe = make_exe("x.sh", 0755);

	ck_assert_int_eq(load_good(&c, "space_left_action = exec relative.sh\n"), -1);
	expect_log("Absolute path needed for relative.sh - line 3");
	ck_assert_int_eq(load_good(&c, "space_left_action = exec /nonexistent-vigil\n"), -1);
	expect_log("Unable to stat /nonexistent-vigil (No such file or directory) - line 3");
	snprintf(line, sizeof(line), "disk_error_action = exec %s\n", dir);
	ck_assert_int_eq(load_good(&c, line), -1);
	snprintf(want, sizeof(want), "%s is not a regular file - line 3", dir);
	expect_log(want);

	/* five tokens: the fourth is still the path */
	snprintf(line, sizeof(line), "disk_error_action = EXEC %s more\n", exe);
	ck_assert_int_eq(load_good(&c, line), 0);
	expect_log("Wrong number of arguments for line 3 in @F");
	ck_assert_int_eq(c.disk_error_action, CONFIG_ACTION_EXEC);
	ck_assert_str_eq(c.disk_error_exe, exe);

	/* a later non-exec value drops the path; a path after syslog is ignored */
	snprintf(line, sizeof(line), "space_left_action = exec %s\n"
		 "space_left_action = syslog %s\n", exe, exe);
	ck_assert_int_eq(load_good(&c, line), 0);
	expect_log("");
	ck_assert_int_eq(c.space_left_action, CONFIG_ACTION_SYSLOG);
	ck_assert_str_eq(c.space_left_exe, "");
}
END_TEST

START_TEST(test_exec_not_root_owned)
{
	struct config c;
	char line[512], want[512];
	char *exe = make_exe("notroot.sh", 0755);

	if (!can_chown)
		return;
	ck_assert_int_eq(chown(exe, OTHER_UID, 0), 0);
	snprintf(line, sizeof(line), "disk_full_action = exec %s\n", exe);
	ck_assert_int_eq(load_good(&c, line), -1);
	snprintf(want, sizeof(want), "%s is not owned by root - line 3", exe);
	expect_log(want);
}
END_TEST

/* Every keyword that takes exec checks its helper the same way, with the
 * same messages: max_log_file_action (4.1) as the four of 3.0.9. */
static const struct {
	const char *keyword;
	size_t action, exe;
} exec_keywords[] = {
	{ "max_log_file_action", offsetof(struct config, max_log_file_action),
	  offsetof(struct config, max_log_file_exe) },
	{ "space_left_action", offsetof(struct config, space_left_action),
	  offsetof(struct config, space_left_exe) },
	{ "admin_space_left_action", offsetof(struct config, admin_space_left_action),
	  offsetof(struct config, admin_space_left_exe) },
	{ "disk_full_action", offsetof(struct config, disk_full_action),
	  offsetof(struct config, disk_full_exe) },
	{ "disk_error_action", offsetof(struct config, disk_error_action),
	  offsetof(struct config, disk_error_exe) },
};

static void expect_refused(const char *kw, const char *path, const char *why)
{
	struct config c;
	char line[512], want[512];

	snprintf(line, sizeof(line), "%s = exec%s%s\n", kw, path ? " " : "", path ? path : "");
	ck_assert_int_eq(load_good(&c, line), -1);
	snprintf(want, sizeof(want), why, path);
	expect_log(want);
}

START_TEST(test_exec_every_keyword)
{
	const char *kw = exec_keywords[_i].keyword;
	struct config c;
	char line[512];
	char *exe = make_exe("every.sh", 0755);
	char *loose = make_exe("loose.sh", 0775);
	int action;

	snprintf(line, sizeof(line), "%s = EXEC %s\n", kw, exe);
	ck_assert_int_eq(load_good(&c, line), 0);
	expect_log("");
	memcpy(&action, (char *)&c + exec_keywords[_i].action, sizeof(action));
	ck_assert_int_eq(action, CONFIG_ACTION_EXEC);
	ck_assert_str_eq((char *)&c + exec_keywords[_i].exe, exe);

	/* a later value without exec drops the path */
	snprintf(line, sizeof(line), "%s = exec %s\n%s = syslog\n", kw, exe, kw);
	ck_assert_int_eq(load_good(&c, line), 0);
	ck_assert_str_eq((char *)&c + exec_keywords[_i].exe, "");

	expect_refused(kw, NULL, "Executable path needed for line 3");
	expect_refused(kw, "relative.sh", "Absolute path needed for %s - line 3");
	expect_refused(kw, "/nonexistent-vigil",
		       "Unable to stat %s (No such file or directory) - line 3");
	expect_refused(kw, dir, "%s is not a regular file - line 3");
	expect_refused(kw, loose, "%s permissions should be 0750, 0755, 0555 or 0550 - line 3");
	if (can_chown) {
		ck_assert_int_eq(chown(exe, OTHER_UID, 0), 0);
		expect_refused(kw, exe, "%s is not owned by root - line 3");
	}
}
END_TEST

/* ---- space thresholds ------------------------------------------------------ */

static const struct {
	const char *value;
	int rc;
	unsigned long v;
	int percent;
	const char *log;
} spaces[] = {
	{ "75", 0, 75, 0, "" },
	{ "1%", 0, 1, 1, "" },
	{ "99%", 0, 99, 1, "" },
	{ "100%", -1, 0, 0, "Percentages should be less than 100 - line 1" },
	{ "1000%", -1, 0, 0, "Percentages should be less than 100 - line 1" },
	/* auditd blanks the first '%' and lets strtoul read what is left */
	{ "%5", 0, 5, 1, "" },
	{ "5%%", 0, 5, 1, "" },
	{ "5%7", 0, 5, 1, "" },
	{ "18446744073709551615", 0, ULONG_MAX, 0, "" },
	{ "5x", -1, 0, 0, "Value x 5x should only be numbers or percent - line 1" },
	{ "-5", -1, 0, 0, "Value - -5 should only be numbers or percent - line 1" },
	{ "18446744073709551616", -1, 0, 0,
	  "Error converting string to a number (Numerical result out of range) - line 1" },
};

START_TEST(test_space_values)
{
	struct config c;
	char text[256];

	snprintf(text, sizeof(text), "space_left = %s\nadmin_space_left = 0\n",
		 spaces[_i].value);
	ck_assert_int_eq(load(&c, text), spaces[_i].rc);
	expect_log(spaces[_i].log);
	if (spaces[_i].rc)
		return;
	ck_assert_uint_eq(c.space_left.value, spaces[_i].v);
	ck_assert_int_eq(c.space_left.percent, spaces[_i].percent);

	snprintf(text, sizeof(text), "space_left = 99%%\nadmin_space_left = %s\n",
		 spaces[_i].value);
	ck_assert_int_eq(load(&c, text), 0);
	ck_assert_uint_eq(c.admin_space_left.value, spaces[_i].v);
	ck_assert_int_eq(c.admin_space_left.percent, spaces[_i].percent);
}
END_TEST

START_TEST(test_space_order_check)
{
	struct config c;

	ck_assert_int_eq(load(&c, "space_left = 75\nadmin_space_left = 75\n"), -1);
	expect_log("Error - space_left(75) must be larger than admin_space_left(75)");
	ck_assert_int_eq(load(&c, "space_left = 50\nadmin_space_left = 75\n"), -1);
	expect_log("Error - space_left(50) must be larger than admin_space_left(75)");
	/* a percentage on either side defers the check to runtime */
	ck_assert_int_eq(load(&c, "space_left = 10%\nadmin_space_left = 75\n"), 0);
	ck_assert_int_eq(load(&c, "space_left = 75\nadmin_space_left = 80%\n"), 0);
	/* 0% and a bare % are an absolute 0 */
	ck_assert_int_eq(load(&c, "space_left = 0%\nadmin_space_left = 50\n"), -1);
	expect_log("Error - space_left(0) must be larger than admin_space_left(50)");
	ck_assert_int_eq(c.space_left.percent, 0);
	ck_assert_int_eq(load(&c, "space_left = %\nadmin_space_left = 50\n"), -1);
	expect_log("Error - space_left(0) must be larger than admin_space_left(50)");
	/* the later value replaces the percentage */
	ck_assert_int_eq(load(&c, "space_left = 10%\nspace_left = 20\nadmin_space_left = 50\n"),
			 -1);
	expect_log("Error - space_left(20) must be larger than admin_space_left(50)");
	ck_assert_int_eq(load(&c, "space_left = 20\nspace_left = 10%\nadmin_space_left = 50\n"),
			 0);
	ck_assert_int_eq(c.space_left.percent, 1);
	ck_assert_uint_eq(c.space_left.value, 10);
}
END_TEST

/* ---- tcp_client_ports ------------------------------------------------------ */

static const struct {
	const char *value;
	int rc;
	unsigned lo, hi;
	const char *log;
} ports[] = {
	{ "0", 0, 0, 0, "" },
	{ "1023", 0, 1023, 1023, "" },
	{ "1-1023", 0, 1, 1023, "" },
	{ "0-65535", 0, 0, 65535, "" },
	{ "1024-65535", 0, 1024, 65535, "" },
	/* the last inner dash splits */
	{ "1--2", 0, 1, 2, "" },
	{ "1-2-3", 0, 1, 3, "" },
	{ "1023-1", -1, 0, 0, "Error - converted range (1023-1) is reversed - line 3" },
	{ "65536", -1, 0, 0, "Error - converted number (65536) is too large - line 3" },
	{ "1-65536", -1, 0, 0, "Error - converted number (65536) is too large - line 3" },
	{ "70000-1", -1, 0, 0, "Error - converted number (70000) is too large - line 3" },
	/* printed as a signed long by auditd */
	{ "18446744073709551615-1", -1, 0, 0,
	  "Error - converted number (-1) is too large - line 3" },
	{ "18446744073709551616", -1, 0, 0,
	  "Error converting string to a number (Numerical result out of range) - line 3" },
	{ "1-18446744073709551616", -1, 0, 0,
	  "Error converting string to a number (Numerical result out of range) - line 3" },
	{ "-5", -1, 0, 0,
	  "Value -5 should only be numbers, or two numbers separated by a dash - line 3" },
	{ "5-", -1, 0, 0,
	  "Value 5- should only be numbers, or two numbers separated by a dash - line 3" },
	{ "1--", -1, 0, 0,
	  "Value 1-- should only be numbers, or two numbers separated by a dash - line 3" },
	{ "a-b", -1, 0, 0,
	  "Value a-b should only be numbers, or two numbers separated by a dash - line 3" },
	{ "1-a", -1, 0, 0,
	  "Value 1-a should only be numbers, or two numbers separated by a dash - line 3" },
};

START_TEST(test_client_ports)
{
	struct config c;
	char line[128];

	snprintf(line, sizeof(line), "tcp_client_ports = %s\n", ports[_i].value);
	ck_assert_int_eq(load_good(&c, line), ports[_i].rc);
	expect_log(ports[_i].log);
	if (ports[_i].rc == 0) {
		ck_assert_uint_eq(c.tcp_client_min_port, ports[_i].lo);
		ck_assert_uint_eq(c.tcp_client_max_port, ports[_i].hi);
	}
}
END_TEST

/* ---- report_interval (4.x) ------------------------------------------------- */

static const struct {
	const char *value;
	int rc;
	unsigned long secs;
	const char *log;
} intervals[] = {
	{ "0", 0, 0, "" },
	{ "30", 0, 30, "" },
	{ "45s", 0, 45, "" },
	{ "5m", 0, 300, "" },
	{ "6h", 0, 21600, "" },
	{ "7h", 0, 25200,
	  "Warning - report_interval is more than 6 hours apart - line 3" },
	{ "40d", 0, 3456000,
	  "Warning - report_interval is more than 6 hours apart - line 3" },
	{ "1M", 0, 2592000,
	  "Warning - report_interval is more than 6 hours apart - line 3" },
	{ "41d", -1, 0,
	  "Warning - report_interval is more than 6 hours apart - line 3\n"
	  "Error - report_interval (41d) is too large - line 3" },
	{ "9223372036854775807M", -1, 0,
	  "Warning - report_interval is more than 6 hours apart - line 3\n"
	  "Error - report_interval (9223372036854775807M) is too large - line 3" },
	{ "5x", -1, 0, "auditd: Unknown time unit in 5x - line 3" },
	{ "5mm", -1, 0, "auditd: Unexpected characters in 5mm - line 3" },
	{ "m", -1, 0, "auditd: Error converting m to a number - line 3" },
	{ "-5", -1, 0, "auditd: Error converting -5 to a number - line 3" },
	{ "99999999999999999999", -1, 0,
	  "auditd: Error converting 99999999999999999999 to a number - line 3" },
};

START_TEST(test_report_interval)
{
	struct config c;
	char line[128];

	snprintf(line, sizeof(line), "report_interval = %s\n", intervals[_i].value);
	ck_assert_int_eq(load_good(&c, line), intervals[_i].rc);
	expect_log(intervals[_i].log);
	if (intervals[_i].rc == 0)
		ck_assert_uint_eq(c.report_interval, intervals[_i].secs);
}
END_TEST

/* ---- log_group ------------------------------------------------------------- */

START_TEST(test_log_group)
{
	struct group *adm = getgrnam("adm");
	struct config c;

	ck_assert_int_eq(load_good(&c, "log_group = root\n"), 0);
	ck_assert_uint_eq(c.log_group, 0);
	ck_assert_int_eq(load_good(&c, "log_group = 4\n"), 0);
	ck_assert_uint_eq(c.log_group, 4);
	/* numeric when the first character is a digit; the rest is dropped */
	ck_assert_int_eq(load_good(&c, "log_group = 4x\n"), 0);
	ck_assert_uint_eq(c.log_group, 4);
	ck_assert_int_eq(load_good(&c, "log_group = 99999\n"), 0);
	ck_assert_uint_eq(c.log_group, 99999);
	/* truncated to gid_t, as auditd does */
	ck_assert_int_eq(load_good(&c, "log_group = 4294967296\n"), 0);
	ck_assert_uint_eq(c.log_group, 0);
	if (adm) {
		ck_assert_int_eq(load_good(&c, "log_group = adm\n"), 0);
		ck_assert_uint_eq(c.log_group, adm->gr_gid);
	}
	/* both refusals end in a newline in auditd (an empty line on stderr) */
	ck_assert_int_eq(load_good(&c, "log_group = vigil-no-such-group\n"), -1);
	expect_log("Group ID is non-numeric and unknown (vigil-no-such-group) - line 3\n");
	ck_assert_int_eq(load_good(&c, "log_group = ADM\n"), -1);
	expect_log("Group ID is non-numeric and unknown (ADM) - line 3\n");
	ck_assert_int_eq(load_good(&c, "log_group = -1\n"), -1);
	expect_log("Group ID is non-numeric and unknown (-1) - line 3\n");
	ck_assert_int_eq(load_good(&c, "log_group = 18446744073709551616\n"), -1);
	expect_log("Numeric group ID conversion error (Numerical result out of range) for 18446744073709551616 - line 3\n");
}
END_TEST

START_TEST(test_log_group_not_directly_in_var_log)
{
	struct config c;
	const char *want = "Error - log_file is directly in /var/log and chgrp will alter a system directory's permissions. Use another directory.";

	ck_assert_int_eq(load_good(&c, "log_group = 4\nlog_file = /var/log/audit.log\n"), -1);
	expect_log(want);
	ck_assert_int_eq(load_good(&c, "log_file = /var/log/audit.log\nlog_group = 4\n"), -1);
	expect_log(want);
	ck_assert_int_eq(load_good(&c, "log_group = 4\nlog_file = /var/log//audit.log\n"), -1);
	expect_log(want);
	ck_assert_int_eq(load_good(&c, "log_group = 0\nlog_file = /var/log/audit.log\n"), 0);
	ck_assert_int_eq(load_good(&c, "log_group = 4\nlog_file = /var/log/./audit.log\n"), 0);
	ck_assert_int_eq(load_good(&c, "log_group = 4\n"), 0);
}
END_TEST

/* ---- log_file ------------------------------------------------------------- */

START_TEST(test_log_file_directory)
{
	struct config c;

	ck_assert_int_eq(load_good(&c, "log_file = /a/b.log\n"), -1);
	expect_log("The directory name: /a is too short - line 3");
	ck_assert_int_eq(load_good(&c, "log_file = /var\n"), -1);
	expect_log("The directory name: / is too short - line 3");
	ck_assert_int_eq(load_good(&c, "log_file = audit.log\n"), -1);
	expect_log("The directory name: . is too short - line 3");
	ck_assert_int_eq(load_good(&c, "log_file = /nonexistent-vigil/audit.log\n"), -1);
	expect_log("Could not open dir /nonexistent-vigil (No such file or directory)");
	ck_assert_int_eq(load_good(&c, "log_file = abcd/audit.log\n"), -1);
	expect_log("Could not open dir abcd (No such file or directory)");
}
END_TEST

START_TEST(test_log_file_checks)
{
	struct config c;
	char line[512], want[512];
	char *log = path_in("audit.log");

	/* absent: accepted, created later by the writer */
	snprintf(line, sizeof(line), "log_file = %s\n", log);
	ck_assert_int_eq(load_good(&c, line), 0);
	expect_log("");
	ck_assert_str_eq(c.log_file, log);
	ck_assert_int_eq(access(log, F_OK), -1);

	write_file(log, "", 0600);
	ck_assert_int_eq(load_good(&c, line), 0);
	expect_log("");
	write_file(log, "", 0640);
	ck_assert_int_eq(load_good(&c, line), 0);
	expect_log("");
	write_file(log, "", 0644);
	ck_assert_int_eq(load_good(&c, line), 0);
	snprintf(want, sizeof(want), "%s permissions should be 0600 or 0640", log);
	expect_log(want);
	expect_prio(0, LOG_WARNING);
	write_file(log, "", 0700);
	ck_assert_int_eq(load_good(&c, line), 0);
	expect_log(want);
	write_file(log, "", 0400);
	ck_assert_int_eq(load_good(&c, line), 0);
	expect_log("audit log is not writable by owner");
	expect_prio(0, LOG_WARNING);

	snprintf(line, sizeof(line), "log_file = %s\n", dir);
	ck_assert_int_eq(load_good(&c, line), -1);
	snprintf(want, sizeof(want), "%s is not a regular file", dir);
	expect_log(want);
}
END_TEST

START_TEST(test_log_file_links_and_fifos)
{
	struct config c;
	char line[512], want[512];
	char *real = path_in("real.log"), *link = path_in("link.log");
	char *dangling = path_in("dangling.log"), *fifo = path_in("fifo.log");

	write_file(real, "", 0600);
	ck_assert_int_eq(symlink(real, link), 0);
	snprintf(line, sizeof(line), "log_file = %s\n", link);
	ck_assert_int_eq(load_good(&c, line), 0);
	expect_log("");
	ck_assert_int_eq(symlink("/nonexistent-vigil", dangling), 0);
	snprintf(line, sizeof(line), "log_file = %s\n", dangling);
	ck_assert_int_eq(load_good(&c, line), 0);

	/* auditd would block opening a FIFO; vigil refuses it */
	ck_assert_int_eq(mkfifo(fifo, 0600), 0);
	snprintf(line, sizeof(line), "log_file = %s\n", fifo);
	ck_assert_int_eq(load_good(&c, line), -1);
	snprintf(want, sizeof(want), "%s is not a regular file", fifo);
	expect_log(want);
}
END_TEST

START_TEST(test_log_file_not_root_owned)
{
	struct config c;
	char line[512], want[512];
	char *log = path_in("other.log");

	if (!can_chown)
		return;
	write_file(log, "", 0600);
	ck_assert_int_eq(chown(log, OTHER_UID, 0), 0);
	snprintf(line, sizeof(line), "log_file = %s\n", log);
	ck_assert_int_eq(load_good(&c, line), -1);
	snprintf(want, sizeof(want), "%s is not owned by root", log);
	expect_log(want);
}
END_TEST

/* ---- flush and freq -------------------------------------------------------- */

START_TEST(test_flush_freq_checks)
{
	struct config c;

	ck_assert_int_eq(load_good(&c, "flush = incremental\n"), -1);
	expect_log("Error - incremental flushing chosen, but 0 selected for freq");
	ck_assert_int_eq(load_good(&c, "flush = incremental_async\nfreq = 0\n"), -1);
	expect_log("Error - incremental flushing chosen, but 0 selected for freq");
	ck_assert_int_eq(load_good(&c, "flush = incremental_async\nfreq = 1\n"), 0);
	expect_log("");
	ck_assert_int_eq(load_good(&c, "flush = data\nfreq = 5\n"), 0);
	expect_log("Warning - freq is non-zero and incremental flushing not selected.");
	expect_prio(0, LOG_WARNING);
	ck_assert_int_eq(load_good(&c, "flush = sync\nfreq = 5\n"), 0);
	expect_log("Warning - freq is non-zero and incremental flushing not selected.");
	ck_assert_int_eq(load_good(&c, "flush = none\nfreq = 5\n"), 0);
	expect_log("");
	/* the space check comes first, the warning only after every error */
	ck_assert_int_eq(load(&c, "flush = incremental\n"), -1);
	expect_log("Error - space_left(0) must be larger than admin_space_left(0)");
	ck_assert_int_eq(load_good(&c, "flush = data\nfreq = 3\nlog_group = 4\n"
				   "log_file = /var/log/a.log\n"), -1);
	expect_log("Error - log_file is directly in /var/log and chgrp will alter a system directory's permissions. Use another directory.");
}
END_TEST

/* ---- action_mail_acct ------------------------------------------------------ */

START_TEST(test_mail_account)
{
	struct config c;

	ck_assert_int_eq(load_good(&c, "action_mail_acct = ro\n"), 0);
	ck_assert_str_eq(c.action_mail_acct, "ro");
	ck_assert_int_eq(load_good(&c, "action_mail_acct = a_b.c-d\n"), 0);
	ck_assert_int_eq(load_good(&c, "action_mail_acct = r\n"), -1);
	expect_log("email: r is too short, expecting at least 2 characters");
	ck_assert_int_eq(load_good(&c, "action_mail_acct = root+x\n"), -1);
	expect_log("email: root+x has illegal character");
	ck_assert_int_eq(load_good(&c, "action_mail_acct = root!x\n"), -1);
	expect_log("email: root!x has illegal character");
	ck_assert_int_eq(load_good(&c, "action_mail_acct = a@b\n"), -1);
	expect_log("email: a@b should have . after @");
	ck_assert_int_eq(load_good(&c, "action_mail_acct = a.b@c\n"), -1);
	expect_log("email: a.b@c should have . after @");
	/* verify_email only counts when it comes first */
	ck_assert_int_eq(load_good(&c, "verify_email = no\naction_mail_acct = r\n"), 0);
	ck_assert_str_eq(c.action_mail_acct, "r");
	ck_assert_int_eq(load_good(&c, "verify_email = no\naction_mail_acct = x@y.z\n"), 0);
	ck_assert_str_eq(c.action_mail_acct, "x@y.z");
	ck_assert_int_eq(load_good(&c, "action_mail_acct = r\nverify_email = no\n"), -1);
	expect_log("email: r is too short, expecting at least 2 characters");
}
END_TEST

/* ---- strings and paths ----------------------------------------------------- */

START_TEST(test_text_options)
{
	struct config c;

	ck_assert_int_eq(load_good(&c, "name = my#node\nkrb5_principal = a/b@C\n"
				   "krb5_key_file = rel/key\n"), 0);
	ck_assert_str_eq(c.name, "my#node");
	ck_assert_str_eq(c.krb5_principal, "a/b@C");
	ck_assert_str_eq(c.krb5_key_file, "rel/key");
	ck_assert_int_eq(load_good(&c, "plugin_dir = /etc/audit/plugins.d\n"), 0);
	ck_assert_str_eq(c.plugin_dir, "/etc/audit/plugins.d/");
	ck_assert_int_eq(load_good(&c, "plugin_dir = /x/\n"), 0);
	ck_assert_str_eq(c.plugin_dir, "/x/");
	ck_assert_int_eq(load_good(&c, "plugin_dir = /\n"), 0);
	ck_assert_str_eq(c.plugin_dir, "/");
	ck_assert_int_eq(load_good(&c, "plugin_dir = a\n"), 0);
	ck_assert_str_eq(c.plugin_dir, "a");
}
END_TEST

/* ---- TLS (4.2) ------------------------------------------------------------- */

START_TEST(test_tls_options)
{
	struct config c;

	ck_assert_int_eq(load_good(&c, "tls_auth = PSK\ntls_crypto_profile = System\n"
				   "tls_cipher_suites = TLS_AES_256_GCM_SHA384\n"
				   "tls_key_exchange = X25519MLKEM768\n"), 0);
	ck_assert_str_eq(c.tls_auth, "psk");
	ck_assert_str_eq(c.tls_crypto_profile, "system");
	ck_assert_str_eq(c.tls_cipher_suites, "TLS_AES_256_GCM_SHA384");
	ck_assert_str_eq(c.tls_key_exchange, "X25519MLKEM768");
	ck_assert_int_eq(load_good(&c, "tls_auth = certificate\n"), -1);
	expect_log("Option certificate not found - line 3");
	ck_assert_int_eq(load_good(&c, "tls_crypto_profile = quantum\n"), -1);
	expect_log("Option quantum not found - line 3");
	/* tls_require_pqc = yes selects the pqc profile; a later profile wins */
	ck_assert_int_eq(load_good(&c, "tls_crypto_profile = compatible\n"
				   "tls_require_pqc = yes\n"), 0);
	ck_assert_str_eq(c.tls_crypto_profile, "pqc");
	ck_assert_int_eq(load_good(&c, "tls_require_pqc = yes\n"
				   "tls_crypto_profile = compatible\n"), 0);
	ck_assert_str_eq(c.tls_crypto_profile, "compatible");
}
END_TEST

START_TEST(test_tls_checks)
{
	struct config c;

	ck_assert_int_eq(load_good(&c, "transport = tls\n"), -1);
	expect_log("Error - transport is tls but tls_psk_file is not set");
	ck_assert_int_eq(load_good(&c, "transport = TLS\ntls_psk_file = /etc/audit/psk\n"), -1);
	expect_log("Error - tls_psk_file needs tls_psk_identity or tls_allowed_clients");
	ck_assert_int_eq(load_good(&c, "transport = tls\ntls_psk_file = /p\n"
				   "tls_psk_identity = node1\n"), 0);
	ck_assert_int_eq(c.transport, CONFIG_TRANSPORT_TLS);
	ck_assert_int_eq(load_good(&c, "transport = tls\ntls_psk_file = /p\n"
				   "tls_allowed_clients = /etc/audit/clients\n"), 0);
	/* per-identity keys: the list alone (tls.c checks it names keys) */
	ck_assert_int_eq(load_good(&c, "transport = tls\n"
				   "tls_allowed_clients = /etc/audit/clients\n"), 0);
	ck_assert_int_eq(load_good(&c, "transport = tls\ntls_psk_file = /p\n"
				   "tls_psk_identity = n\ntls_require_pqc = yes\n"
				   "tls_crypto_profile = system\n"), -1);
	expect_log("Error - tls_require_pqc conflicts with tls_crypto_profile system");
	/* settings without transport = tls are kept but not checked */
	ck_assert_int_eq(load_good(&c, "tls_psk_file = /p\n"), 0);
}
END_TEST

/* ---- the file itself ------------------------------------------------------- */

START_TEST(test_file_not_root_owned)
{
	struct config c;

	if (!can_chown)
		return;
	write_file(file, GOOD, 0640);
	ck_assert_int_eq(chown(file, OTHER_UID, 0), 0);
	ck_assert_int_eq(config_load(&c, file, 0), -1);
	expect_log("Error - @F isn't owned by root");
	expect_prio(0, LOG_ERR);
	/* another group is fine */
	ck_assert_int_eq(chown(file, 0, OTHER_UID), 0);
	nlogs = 0;
	ck_assert_int_eq(config_load(&c, file, 0), 0);
}
END_TEST

START_TEST(test_file_modes)
{
	struct config c;

	write_file(file, GOOD, 0646);
	ck_assert_int_eq(config_load(&c, file, 0), -1);
	expect_log("Error - @F is world writable");
	write_file(file, GOOD, 0660);
	nlogs = 0;
	ck_assert_int_eq(config_load(&c, file, 0), 0);
	expect_log("");
	write_file(file, GOOD, 0000);
	ck_assert_int_eq(config_load(&c, file, 0), 0);
}
END_TEST

START_TEST(test_file_not_regular)
{
	struct config c;

	ck_assert_int_eq(mkdir(file, 0755), 0);
	ck_assert_int_eq(config_load(&c, file, 0), -1);
	expect_log("Error - @F is not a regular file");
	ck_assert_int_eq(chmod(file, 0777), 0);
	nlogs = 0;
	ck_assert_int_eq(config_load(&c, file, 0), -1);
	expect_log("Error - @F is world writable");
	ck_assert_int_eq(rmdir(file), 0);
	/* a FIFO must not hang the daemon */
	ck_assert_int_eq(mkfifo(file, 0600), 0);
	nlogs = 0;
	ck_assert_int_eq(config_load(&c, file, 0), -1);
	expect_log("Error - @F is not a regular file");
}
END_TEST

START_TEST(test_file_symlinks)
{
	struct config c;
	char *real = path_in("real.conf");

	write_file(real, GOOD "num_logs = 7\n", 0640);
	ck_assert_int_eq(symlink(real, file), 0);
	ck_assert_int_eq(config_load(&c, file, 0), -1);
	expect_log("Error opening config file (Too many levels of symbolic links)");
	nlogs = 0;
	ck_assert_int_eq(config_load(&c, file, 1), 0);
	expect_log("");
	ck_assert_uint_eq(c.num_logs, 7);

	ck_assert_int_eq(unlink(file), 0);
	ck_assert_int_eq(symlink("/nonexistent-vigil", file), 0);
	nlogs = 0;
	ck_assert_int_eq(config_load(&c, file, 0), -1);
	expect_log("Error opening config file (Too many levels of symbolic links)");
	nlogs = 0;
	ck_assert_int_eq(config_load(&c, file, 1), 0);
	expect_log("Config file @F doesn't exist, skipping");
}
END_TEST

START_TEST(test_ring_size)
{
	struct config c;

	ck_assert_int_eq(load_good(&c, "vigil_ring_size = 64\n"), 0);
	ck_assert_uint_eq(c.vigil_ring_size, 64);
	ck_assert_int_eq(load_good(&c, "vigil_ring_size = 0\n"), -1);
	expect_log("Error - converted number (0) is too small - line 3");
	ck_assert_int_eq(load_good(&c, "vigil_ring_size = 1025\n"), -1);
	expect_log("Error - converted number (1025) is too large - line 3");
}
END_TEST

START_TEST(test_names)
{
	ck_assert_str_eq(config_flush_name(CONFIG_FLUSH_NONE), "none");
	ck_assert_str_eq(config_flush_name(CONFIG_FLUSH_INCREMENTAL_ASYNC),
			 "incremental_async");
	ck_assert_str_eq(config_flush_name(CONFIG_FLUSH_SYNC), "sync");
	ck_assert_str_eq(config_flush_name((enum config_flush)42), "unknown");
	ck_assert_str_eq(config_action_name(CONFIG_ACTION_IGNORE), "ignore");
	ck_assert_str_eq(config_action_name(CONFIG_ACTION_EXEC), "exec");
	ck_assert_str_eq(config_action_name(CONFIG_ACTION_HALT), "halt");
	ck_assert_str_eq(config_action_name(CONFIG_ACTION_KEEP_LOGS), "keep_logs");
	ck_assert_str_eq(config_action_name((enum config_action)42), "unknown");
	ck_assert_str_eq(config_log_format_name(CONFIG_LOG_RAW), "raw");
	ck_assert_str_eq(config_log_format_name(CONFIG_LOG_ENRICHED), "enriched");
	ck_assert_str_eq(config_log_format_name(CONFIG_LOG_NOLOG), "nolog");
	ck_assert_str_eq(config_transport_name(CONFIG_TRANSPORT_TCP), "tcp");
	ck_assert_str_eq(config_transport_name(CONFIG_TRANSPORT_KRB5), "krb5");
	ck_assert_str_eq(config_transport_name(CONFIG_TRANSPORT_TLS), "tls");
}
END_TEST

/* ---- setup ----------------------------------------------------------------- */

static int write_proc(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = write(fd, text, strlen(text));
	close(fd);
	return n == (ssize_t)strlen(text) ? 0 : -1;
}

/* Not root: become uid 0 of a new user namespace so the files we create
 * look root-owned; chown to another uid is then impossible. */
static int become_root(void)
{
	char map[64];
	uid_t uid = geteuid();
	gid_t gid = getegid();

	if (uid == 0)
		return 0;
	if (unshare(CLONE_NEWUSER) < 0)
		return -1;
	snprintf(map, sizeof(map), "0 %u 1", (unsigned)uid);
	if (write_proc("/proc/self/uid_map", map))
		return -1;
	write_proc("/proc/self/setgroups", "deny");
	snprintf(map, sizeof(map), "0 %u 1", (unsigned)gid);
	return write_proc("/proc/self/gid_map", map);
}

#define TABLE_LEN(t)	((int)(sizeof(t) / sizeof((t)[0])))

int main(void)
{
	Suite *s = suite_create("config");
	TCase *file_tc = tcase_create("file");
	TCase *syntax_tc = tcase_create("syntax");
	TCase *opt_tc = tcase_create("options");

	can_chown = geteuid() == 0;
	if (become_root()) {
		fprintf(stderr, "test_config: needs root or user namespaces\n");
		return 1;
	}

	tcase_add_checked_fixture(file_tc, setup, teardown);
	tcase_add_test(file_tc, test_defaults);
	tcase_add_test(file_tc, test_missing_file_gives_defaults);
	tcase_add_test(file_tc, test_missing_dir_gives_defaults);
	tcase_add_test(file_tc, test_empty_file_gives_defaults);
	tcase_add_test(file_tc, test_comment_only_file_fails_space_check);
	tcase_add_test(file_tc, test_debian_stock_file);
	tcase_add_test(file_tc, test_shipped_conf);
	tcase_add_test(file_tc, test_failed_load_leaves_cfg_alone);
	tcase_add_test(file_tc, test_debug_opened_line);
	tcase_add_loop_test(file_tc, test_debug_parser_names, 0, TABLE_LEN(debug_lines));
	tcase_add_test(file_tc, test_dispatcher_deprecated);
	tcase_add_test(file_tc, test_file_not_root_owned);
	tcase_add_test(file_tc, test_file_modes);
	tcase_add_test(file_tc, test_file_not_regular);
	tcase_add_test(file_tc, test_file_symlinks);
	tcase_add_test(file_tc, test_names);
	suite_add_tcase(s, file_tc);

	tcase_add_checked_fixture(syntax_tc, setup, teardown);
	tcase_add_loop_test(syntax_tc, test_syntax, 0, TABLE_LEN(syntax));
	tcase_add_test(syntax_tc, test_embedded_nul);
	tcase_add_test(syntax_tc, test_keywords_and_values_ignore_case);
	tcase_add_test(syntax_tc, test_last_one_wins);
	tcase_add_test(syntax_tc, test_line_of_158_fits);
	tcase_add_test(syntax_tc, test_line_of_159_is_skipped);
	tcase_add_test(syntax_tc, test_very_long_lines_counted_once);
	tcase_add_test(syntax_tc, test_last_line_without_newline_is_skipped);
	tcase_add_test(syntax_tc, test_long_only_line_still_counts);
	suite_add_tcase(s, syntax_tc);

	tcase_add_checked_fixture(opt_tc, setup, teardown);
	tcase_add_loop_test(opt_tc, test_numbers, 0, TABLE_LEN(numbers));
	tcase_add_test(opt_tc, test_number_max_ulong);
	tcase_add_test(opt_tc, test_q_depth_margin_warning);
	tcase_add_loop_test(opt_tc, test_yes_no, 0, TABLE_LEN(yes_no_keywords));
	tcase_add_loop_test(opt_tc, test_enums, 0, TABLE_LEN(enums));
	tcase_add_test(opt_tc, test_log_format_nolog);
	tcase_add_test(opt_tc, test_enable_krb5);
	tcase_add_test(opt_tc, test_space_actions);
	tcase_add_test(opt_tc, test_disk_actions);
	tcase_add_test(opt_tc, test_exec_modes);
	tcase_add_test(opt_tc, test_exec_paths);
	tcase_add_test(opt_tc, test_exec_not_root_owned);
	tcase_add_loop_test(opt_tc, test_exec_every_keyword, 0, TABLE_LEN(exec_keywords));
	tcase_add_loop_test(opt_tc, test_space_values, 0, TABLE_LEN(spaces));
	tcase_add_test(opt_tc, test_space_order_check);
	tcase_add_loop_test(opt_tc, test_client_ports, 0, TABLE_LEN(ports));
	tcase_add_loop_test(opt_tc, test_report_interval, 0, TABLE_LEN(intervals));
	tcase_add_test(opt_tc, test_log_group);
	tcase_add_test(opt_tc, test_log_group_not_directly_in_var_log);
	tcase_add_test(opt_tc, test_log_file_directory);
	tcase_add_test(opt_tc, test_log_file_checks);
	tcase_add_test(opt_tc, test_log_file_links_and_fifos);
	tcase_add_test(opt_tc, test_log_file_not_root_owned);
	tcase_add_test(opt_tc, test_flush_freq_checks);
	tcase_add_test(opt_tc, test_mail_account);
	tcase_add_test(opt_tc, test_text_options);
	tcase_add_test(opt_tc, test_tls_options);
	tcase_add_test(opt_tc, test_tls_checks);
	tcase_add_test(opt_tc, test_ring_size);
	suite_add_tcase(s, opt_tc);

	return unit_run_skipping(s, "test_config",
				 can_chown ? NULL : "not root: ownership tests skipped");
}
