/* config.h - auditd.conf: one table of options -> struct config.
 *
 * Syntax, checks and messages are auditd 3.0.9's (auditd.conf(5)); 4.x-only
 * keywords are accepted and validated. Everything is parsed and validated at
 * load time even where the behaviour lands later, so a config that auditd
 * refuses is refused here too, with the same message.
 */
#ifndef VIGIL_CONFIG_H
#define VIGIL_CONFIG_H

#include <stddef.h>
#include <sys/types.h>

#include "format.h"

#define CONFIG_DEFAULT_DIR	"/etc/audit"
#define CONFIG_FILE_NAME	"auditd.conf"
#define CONFIG_PATH_MAX		4096

enum config_flush {
	CONFIG_FLUSH_NONE,
	CONFIG_FLUSH_INCREMENTAL,
	CONFIG_FLUSH_INCREMENTAL_ASYNC,
	CONFIG_FLUSH_DATA,
	CONFIG_FLUSH_SYNC,
};

/* log_format: raw and enriched map onto enum format_log; nolog is the
 * deprecated spelling of write_logs = no. */
enum config_log_format {
	CONFIG_LOG_RAW,
	CONFIG_LOG_ENRICHED,
	CONFIG_LOG_NOLOG,
};

/* One enum for every *_action keyword; each keyword accepts a subset. */
enum config_action {
	CONFIG_ACTION_IGNORE,
	CONFIG_ACTION_SYSLOG,
	CONFIG_ACTION_ROTATE,
	CONFIG_ACTION_EMAIL,
	CONFIG_ACTION_EXEC,
	CONFIG_ACTION_SUSPEND,
	CONFIG_ACTION_SINGLE,
	CONFIG_ACTION_HALT,
	CONFIG_ACTION_KEEP_LOGS,	/* max_log_file_action only */
};

enum config_transport {
	CONFIG_TRANSPORT_TCP,
	CONFIG_TRANSPORT_KRB5,
	CONFIG_TRANSPORT_TLS,
};

/* A space threshold: MiB, or a percentage of the filesystem. */
struct config_space {
	unsigned long value;
	int percent;			/* 1: value is a percentage (1..99) */
};

struct config {
	int local_events;		/* yes/no */
	int write_logs;
	char log_file[CONFIG_PATH_MAX];
	enum config_log_format log_format;
	gid_t log_group;
	unsigned priority_boost;
	enum config_flush flush;
	unsigned freq;
	unsigned num_logs;
	enum format_name name_format;
	char name[256];			/* name_format = user; "" when unset */
	unsigned long max_log_file;	/* MiB */
	enum config_action max_log_file_action;
	char max_log_file_exe[CONFIG_PATH_MAX];	/* exec (4.1); "" otherwise */
	char action_mail_acct[256];
	int verify_email;
	struct config_space space_left;
	enum config_action space_left_action;
	char space_left_exe[CONFIG_PATH_MAX];
	struct config_space admin_space_left;
	enum config_action admin_space_left_action;
	char admin_space_left_exe[CONFIG_PATH_MAX];
	enum config_action disk_full_action;
	char disk_full_exe[CONFIG_PATH_MAX];
	enum config_action disk_error_action;
	char disk_error_exe[CONFIG_PATH_MAX];
	unsigned tcp_listen_port;	/* 0 = off */
	unsigned tcp_listen_queue;
	unsigned tcp_max_per_addr;
	int use_libwrap;
	unsigned tcp_client_min_port;
	unsigned tcp_client_max_port;
	unsigned long tcp_client_max_idle;
	enum config_transport transport;
	char krb5_principal[256];	/* default: the effective "auditd" */
	char krb5_key_file[CONFIG_PATH_MAX];	/* default: /etc/audit/audit.key */
	int distribute_network;
	unsigned q_depth;
	enum config_action overflow_action;	/* ignore/syslog/suspend/single/halt */
	unsigned max_restarts;
	char plugin_dir[CONFIG_PATH_MAX];	/* always ends with '/' */
	unsigned long end_of_event_timeout;	/* s; auditd sets no upper bound */
	unsigned long report_interval;	/* seconds, 4.x; 0 = off */
	/* 4.2 TLS receiver options: accepted and kept as text; "" = unset.
	 * tls_auth and tls_crypto_profile hold the lower-case keyword. */
	char tls_auth[64];
	char tls_crypto_profile[64];
	char tls_psk_file[CONFIG_PATH_MAX];
	char tls_psk_identity[256];
	char tls_allowed_clients[CONFIG_PATH_MAX];
	char tls_cipher_suites[256];
	char tls_key_exchange[256];
	int tls_require_pqc;
	/* vigil extensions (documented in auditd.conf(5) as such). */
	unsigned long vigil_ring_size;	/* MiB of records between listener and writer */
	unsigned long vigil_spill_size;	/* MiB the listener may spill into when
					 * the ring is full; 0: none */
	int vigil_load_rules;		/* yes/no: load rules.d at startup */
	unsigned vigil_tcp_max_clients;	/* network clients at once, all addresses */
};

/* Built-in defaults, as auditd uses when a keyword is absent. */
void config_defaults(struct config *cfg);

/* Load the config file at path (DIR/auditd.conf; NULL means
 * /etc/audit/auditd.conf) into cfg, defaults first. Errors are logged through
 * log.h with auditd's wording, naming file and line; debug mode adds auditd's
 * "<parser>_parser called with: <value>" lines. Returns 0, or -1 when auditd
 * would refuse the file (exit 6 at startup; keep the old config on SIGHUP).
 * cfg is written only on success, so a refused reload leaves it intact.
 * allow_links is -l (otherwise the file is opened with O_NOFOLLOW). A missing
 * file logs a warning and yields the defaults (0). */
int config_load(struct config *cfg, const char *path, int allow_links);

/* Names for the state report, the DAEMON_START record and the man page:
 * auditd's lower-case keywords ("incremental_async", "keep_logs", ...). */
const char *config_flush_name(enum config_flush f);
const char *config_action_name(enum config_action a);
const char *config_log_format_name(enum config_log_format f);
const char *config_transport_name(enum config_transport t);

#endif
