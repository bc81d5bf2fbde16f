/* config-options.c - auditd.conf's keywords: one table of options, the
 * words each enumeration accepts, the side effects of some values, the
 * built-in defaults and the names the state report prints.
 */
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "util.h"
#include "config-internal.h"
#include "log.h"

/* Enumerated keywords are stored through an int; these enums must be one. */
_Static_assert(sizeof(enum config_flush) == sizeof(int), "enum size");
_Static_assert(sizeof(enum config_log_format) == sizeof(int), "enum size");
_Static_assert(sizeof(enum config_action) == sizeof(int), "enum size");
_Static_assert(sizeof(enum config_transport) == sizeof(int), "enum size");
_Static_assert(sizeof(enum format_name) == sizeof(int), "enum size");

#define OPT(n, p, fn)	.name = n, .parser = p, .parse = fn
#define FIELD(f)	.off = offsetof(struct config, f), \
			.size = sizeof(((struct config *)0)->f)
#define EXE(f)		.exe_off = offsetof(struct config, f), .max_options = 1

static const struct conffile_word yes_no[] = {
	{ "yes", 1 }, { "no", 0 }, { NULL, 0 }
};

static const struct conffile_word log_formats[] = {
	{ "raw", CONFIG_LOG_RAW },
	{ "nolog", CONFIG_LOG_NOLOG },
	{ "enriched", CONFIG_LOG_ENRICHED },
	{ NULL, 0 }
};

static const struct conffile_word flushes[] = {
	{ "none", CONFIG_FLUSH_NONE },
	{ "incremental", CONFIG_FLUSH_INCREMENTAL },
	{ "incremental_async", CONFIG_FLUSH_INCREMENTAL_ASYNC },
	{ "data", CONFIG_FLUSH_DATA },
	{ "sync", CONFIG_FLUSH_SYNC },
	{ NULL, 0 }
};

static const struct conffile_word name_formats[] = {
	{ "none", FORMAT_NAME_NONE },
	{ "hostname", FORMAT_NAME_HOSTNAME },
	{ "fqd", FORMAT_NAME_FQD },
	{ "numeric", FORMAT_NAME_NUMERIC },
	{ "user", FORMAT_NAME_USER },
	{ NULL, 0 }
};

/* max_log_file_action: exec is 4.1's (3.0.9 says "Option exec not found");
 * its helper is checked as the other actions' helpers are. */
static const struct conffile_word size_actions[] = {
	{ "ignore", CONFIG_ACTION_IGNORE },
	{ "syslog", CONFIG_ACTION_SYSLOG },
	{ "exec", CONFIG_ACTION_EXEC },
	{ "suspend", CONFIG_ACTION_SUSPEND },
	{ "rotate", CONFIG_ACTION_ROTATE },
	{ "keep_logs", CONFIG_ACTION_KEEP_LOGS },
	{ NULL, 0 }
};

/* The space, disk_full and disk_error actions; halt stays legal for
 * space_left_action as in 3.0.9 (4.x refuses it). */
static const struct conffile_word failure_actions[] = {
	{ "ignore", CONFIG_ACTION_IGNORE },
	{ "syslog", CONFIG_ACTION_SYSLOG },
	{ "rotate", CONFIG_ACTION_ROTATE },
	{ "email", CONFIG_ACTION_EMAIL },
	{ "exec", CONFIG_ACTION_EXEC },
	{ "suspend", CONFIG_ACTION_SUSPEND },
	{ "single", CONFIG_ACTION_SINGLE },
	{ "halt", CONFIG_ACTION_HALT },
	{ NULL, 0 }
};

static const struct conffile_word overflow_actions[] = {
	{ "ignore", CONFIG_ACTION_IGNORE },
	{ "syslog", CONFIG_ACTION_SYSLOG },
	{ "suspend", CONFIG_ACTION_SUSPEND },
	{ "single", CONFIG_ACTION_SINGLE },
	{ "halt", CONFIG_ACTION_HALT },
	{ NULL, 0 }
};

/* krb5 is listed because Debian builds auditd with GSSAPI; tls is 4.2's. */
static const struct conffile_word transports[] = {
	{ "tcp", CONFIG_TRANSPORT_TCP },
	{ "krb5", CONFIG_TRANSPORT_KRB5 },
	{ "tls", CONFIG_TRANSPORT_TLS },
	{ NULL, 0 }
};

static const struct conffile_word tls_auths[] = {
	{ "psk", 0 }, { NULL, 0 }
};

static const struct conffile_word tls_profiles[] = {
	{ "compatible", 0 }, { "system", 1 }, { "pqc", 2 }, { NULL, 0 }
};

/* ---- side effects of some values ---------------------------------------- */

static void nolog_overrides_write_logs(struct config *cfg, unsigned long v)
{
	if (v != CONFIG_LOG_NOLOG)
		return;
	log_warn("The NOLOG option to log_format is deprecated. Please use the write_logs option.");
	if (cfg->write_logs)
		log_warn("The NOLOG option is overriding the write_logs current setting.");
	cfg->write_logs = 0;
}

static void krb5_selects_transport(struct config *cfg, unsigned long v)
{
	if (v)
		cfg->transport = CONFIG_TRANSPORT_KRB5;
}

static void pqc_selects_profile(struct config *cfg, unsigned long v)
{
	if (v)
		snprintf(cfg->tls_crypto_profile, sizeof(cfg->tls_crypto_profile),
			 "pqc");
}

static void q_depth_margin(struct config *cfg, unsigned long v)
{
	(void)cfg;
	if (v < 512)
		log_warn("q_depth should be larger than 512 for safety margin");
}

/* ---- the table ----------------------------------------------------------- */

const struct config_option config_options[] = {
	{ OPT("local_events", "local_events", config_parse_word), FIELD(local_events),
	  .words = yes_no },
	{ OPT("write_logs", "write_logs", config_parse_word), FIELD(write_logs),
	  .words = yes_no },
	{ OPT("log_file", "log_file", config_parse_log_file), FIELD(log_file) },
	{ OPT("log_format", "log_format", config_parse_word), FIELD(log_format),
	  .words = log_formats, .after = nolog_overrides_write_logs },
	{ OPT("log_group", "log_group", config_parse_group), FIELD(log_group) },
	{ OPT("flush", "flush", config_parse_word), FIELD(flush), .words = flushes },
	{ OPT("freq", "freq", config_parse_uint), FIELD(freq), .max = INT_MAX },
	{ OPT("num_logs", "num_logs", config_parse_uint), FIELD(num_logs), .max = 999,
	  .too_large = "num_logs must be 999 or less" },
	{ OPT("dispatcher", "dispatch", config_parse_deprecated) },
	{ OPT("name_format", "name_format", config_parse_word), FIELD(name_format),
	  .words = name_formats },
	{ OPT("name", "name", config_parse_text), FIELD(name) },
	{ OPT("disp_qos", NULL, config_parse_deprecated) },
	{ OPT("max_log_file", "max_log_size", config_parse_uint), FIELD(max_log_file),
	  .max = ULONG_MAX },
	{ OPT("max_log_file_action", "max_log_size_action", config_parse_action),
	  FIELD(max_log_file_action), .words = size_actions,
	  EXE(max_log_file_exe) },
	{ OPT("space_left", "space_left", config_parse_space), FIELD(space_left) },
	{ OPT("space_left_action", "space_action", config_parse_action),
	  FIELD(space_left_action), .words = failure_actions,
	  EXE(space_left_exe) },
	{ OPT("action_mail_acct", "action_mail_acct", config_parse_email),
	  FIELD(action_mail_acct) },
	{ OPT("verify_email", "verify_email", config_parse_word), FIELD(verify_email),
	  .words = yes_no },
	{ OPT("admin_space_left", "admin_space_left", config_parse_space),
	  FIELD(admin_space_left) },
	{ OPT("admin_space_left_action", "admin_space_left_action", config_parse_action),
	  FIELD(admin_space_left_action), .words = failure_actions,
	  EXE(admin_space_left_exe) },
	{ OPT("disk_full_action", "disk_full_action", config_parse_action),
	  FIELD(disk_full_action), .words = failure_actions,
	  .illegal = ACTION_BIT(CONFIG_ACTION_EMAIL), EXE(disk_full_exe) },
	{ OPT("disk_error_action", "disk_error_action", config_parse_action),
	  FIELD(disk_error_action), .words = failure_actions,
	  .illegal = ACTION_BIT(CONFIG_ACTION_EMAIL) |
		     ACTION_BIT(CONFIG_ACTION_ROTATE),
	  EXE(disk_error_exe) },
	{ OPT("priority_boost", "priority_boost", config_parse_uint), FIELD(priority_boost),
	  .max = INT_MAX },
	{ OPT("tcp_listen_port", "tcp_listen_port", config_parse_uint),
	  FIELD(tcp_listen_port), .min = 1, .max = TCP_PORT_MAX },
	{ OPT("tcp_listen_queue", "tcp_listen_queue", config_parse_uint),
	  FIELD(tcp_listen_queue), .min = 1, .max = TCP_PORT_MAX },
	{ OPT("tcp_max_per_addr", "tcp_max_per_addr", config_parse_uint),
	  FIELD(tcp_max_per_addr), .min = 1, .max = 1024 },
	{ OPT("use_libwrap", "use_libwrap", config_parse_word), FIELD(use_libwrap),
	  .words = yes_no },
	/* auditd's debug line names the wrong parser here; kept. */
	{ OPT("tcp_client_ports", "tcp_listen_queue", config_parse_ports) },
	{ OPT("tcp_client_max_idle", "tcp_client_max_idle", config_parse_uint),
	  FIELD(tcp_client_max_idle), .max = INT_MAX },
	{ OPT("transport", "transport", config_parse_word), FIELD(transport),
	  .words = transports },
	{ OPT("enable_krb5", "enable_krb5", config_parse_word), .words = yes_no,
	  .after = krb5_selects_transport },
	{ OPT("krb5_principal", "krb5_principal", config_parse_text),
	  FIELD(krb5_principal) },
	{ OPT("krb5_key_file", "krb5_key_file", config_parse_text), FIELD(krb5_key_file) },
	{ OPT("distribute_network", "distribute_network", config_parse_word),
	  FIELD(distribute_network), .words = yes_no },
	{ OPT("q_depth", "q_depth", config_parse_uint), FIELD(q_depth), .max = 99999,
	  .too_large = "q_depth must be 99999 or less",
	  .after = q_depth_margin },
	{ OPT("overflow_action", "overflow_action", config_parse_action),
	  FIELD(overflow_action), .words = overflow_actions },
	{ OPT("max_restarts", "max_restarts", config_parse_uint), FIELD(max_restarts),
	  .max = INT_MAX },
	{ OPT("plugin_dir", "plugin_dir", config_parse_dir), FIELD(plugin_dir) },
	{ OPT("end_of_event_timeout", "eoe_timeout", config_parse_uint),
	  FIELD(end_of_event_timeout), .max = ULONG_MAX },
	/* 4.x keywords. */
	{ OPT("report_interval", "report_interval", config_parse_time),
	  FIELD(report_interval) },
	{ OPT("tls_auth", "tls_auth", config_parse_word_text), FIELD(tls_auth),
	  .words = tls_auths },
	{ OPT("tls_crypto_profile", "tls_crypto_profile", config_parse_word_text),
	  FIELD(tls_crypto_profile), .words = tls_profiles },
	{ OPT("tls_psk_file", "tls_psk_file", config_parse_text), FIELD(tls_psk_file) },
	{ OPT("tls_psk_identity", "tls_psk_identity", config_parse_text),
	  FIELD(tls_psk_identity) },
	{ OPT("tls_allowed_clients", "tls_allowed_clients", config_parse_text),
	  FIELD(tls_allowed_clients) },
	{ OPT("tls_cipher_suites", "tls_cipher_suites", config_parse_text),
	  FIELD(tls_cipher_suites) },
	{ OPT("tls_key_exchange", "tls_key_exchange", config_parse_text),
	  FIELD(tls_key_exchange) },
	{ OPT("tls_require_pqc", "tls_require_pqc", config_parse_word),
	  FIELD(tls_require_pqc), .words = yes_no,
	  .after = pqc_selects_profile },
	/* vigil extensions. */
	{ OPT("vigil_ring_size", "vigil_ring_size", config_parse_uint),
	  FIELD(vigil_ring_size), .min = 1, .max = 1024 },
	{ OPT("vigil_spill_size", "vigil_spill_size", config_parse_uint),
	  FIELD(vigil_spill_size), .min = 0, .max = 65536 },
	{ OPT("vigil_load_rules", "vigil_load_rules", config_parse_word),
	  FIELD(vigil_load_rules), .words = yes_no },
	{ OPT("vigil_tcp_max_clients", "vigil_tcp_max_clients", config_parse_uint),
	  FIELD(vigil_tcp_max_clients), .min = 1, .max = 65535 },
};

const size_t config_noptions = NELEM(config_options);

const struct config_option *config_option_lookup(const char *name)
{
	size_t i;

	for (i = 0; i < NELEM(config_options); i++)
		if (strcasecmp(config_options[i].name, name) == 0)
			return &config_options[i];
	return NULL;
}

/* Built-in defaults, as auditd uses when a keyword is absent. */

void config_defaults(struct config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->local_events = 1;
	cfg->write_logs = 1;
	snprintf(cfg->log_file, sizeof(cfg->log_file), "/var/log/audit/audit.log");
	cfg->log_format = CONFIG_LOG_ENRICHED;
	cfg->log_group = 0;
	cfg->priority_boost = 4;
	cfg->flush = CONFIG_FLUSH_NONE;
	cfg->name_format = FORMAT_NAME_NONE;
	cfg->max_log_file_action = CONFIG_ACTION_IGNORE;
	snprintf(cfg->action_mail_acct, sizeof(cfg->action_mail_acct), "root");
	cfg->verify_email = 1;
	cfg->space_left_action = CONFIG_ACTION_IGNORE;
	cfg->admin_space_left_action = CONFIG_ACTION_IGNORE;
	cfg->disk_full_action = CONFIG_ACTION_IGNORE;
	cfg->disk_error_action = CONFIG_ACTION_SYSLOG;
	cfg->tcp_listen_port = 0;
	cfg->tcp_listen_queue = 5;
	cfg->tcp_max_per_addr = 1;
	cfg->use_libwrap = 1;
	cfg->tcp_client_min_port = 0;
	cfg->tcp_client_max_port = TCP_PORT_MAX;
	cfg->transport = CONFIG_TRANSPORT_TCP;
	snprintf(cfg->krb5_principal, sizeof(cfg->krb5_principal), "auditd");
	snprintf(cfg->krb5_key_file, sizeof(cfg->krb5_key_file),
		 "/etc/audit/audit.key");
	cfg->q_depth = 2000;
	cfg->overflow_action = CONFIG_ACTION_SYSLOG;
	cfg->max_restarts = 10;
	snprintf(cfg->plugin_dir, sizeof(cfg->plugin_dir), "/etc/audit/plugins.d/");
	cfg->end_of_event_timeout = 2;
	cfg->vigil_ring_size = 8;
	cfg->vigil_spill_size = 256;
	cfg->vigil_load_rules = 1;
	cfg->vigil_tcp_max_clients = 512;
}

const char *config_flush_name(enum config_flush f)
{
	return conffile_word_name(flushes, f);
}

const char *config_action_name(enum config_action a)
{
	static const char *const names[] = {
		[CONFIG_ACTION_IGNORE] = "ignore",
		[CONFIG_ACTION_SYSLOG] = "syslog",
		[CONFIG_ACTION_ROTATE] = "rotate",
		[CONFIG_ACTION_EMAIL] = "email",
		[CONFIG_ACTION_EXEC] = "exec",
		[CONFIG_ACTION_SUSPEND] = "suspend",
		[CONFIG_ACTION_SINGLE] = "single",
		[CONFIG_ACTION_HALT] = "halt",
		[CONFIG_ACTION_KEEP_LOGS] = "keep_logs",
	};

	if ((unsigned)a >= NELEM(names))
		return "unknown";
	return names[a];
}

const char *config_log_format_name(enum config_log_format f)
{
	return conffile_word_name(log_formats, f);
}

const char *config_transport_name(enum config_transport t)
{
	return conffile_word_name(transports, t);
}
