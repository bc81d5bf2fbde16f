/* config.c - auditd.conf: one table of options -> struct config.
 *
 * The reading rules are auditd 3.0.9's, observed against Debian's binary
 * (spec section 2.1), including the quirks a drop-in must share so that a
 * file auditd accepts is accepted here and one it refuses is refused:
 * - lines are read with fgets() into CONFIG_LINE_MAX bytes, so a line of 159
 *   characters or more, and a last line without its newline, are skipped
 *   with "Skipping line N in FILE: too long";
 * - tokens are split on ' ' only; a fifth token is reported ("Wrong number
 *   of arguments") but the line is still applied with the fourth as option;
 * - the post-parse checks run only when at least one line was counted, so an
 *   empty file gives the defaults while a file of comments fails on
 *   space_left(0) vs admin_space_left(0).
 * Keywords newer than 3.0.9 (report_interval, tls_*) and vigil's own
 * (vigil_ring_size, vigil_load_rules) are accepted where 3.0.9 would say "Unknown keyword".
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <libgen.h>
#include <limits.h>
#include <netdb.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"
#include "config.h"
#include "log.h"

#define DEFAULT_CONFIG_FILE	CONFIG_DEFAULT_DIR "/" CONFIG_FILE_NAME
/* auditd checks the mailer when an email action is parsed, not when used. */
#define SENDMAIL		"/usr/lib/sendmail"
#define TCP_PORT_MAX		65535UL

#define MINUTE	60L
#define HOUR	(60 * MINUTE)
#define DAY	(24 * HOUR)
#define MONTH	(30 * DAY)

/* Enumerated keywords are stored through an int; these enums must be one. */
_Static_assert(sizeof(enum config_flush) == sizeof(int), "enum size");
_Static_assert(sizeof(enum config_log_format) == sizeof(int), "enum size");
_Static_assert(sizeof(enum config_action) == sizeof(int), "enum size");
_Static_assert(sizeof(enum config_transport) == sizeof(int), "enum size");
_Static_assert(sizeof(enum format_name) == sizeof(int), "enum size");

/* One split line: keyword = value [option]. */
struct line {
	const char *file;
	int lineno;
	const char *name;
	const char *value;
	const char *option;
};

struct word {
	const char *name;
	int value;
};

struct option;
typedef int (*parse_fn)(const struct option *opt, const struct line *ln,
			struct config *cfg);

struct option {
	const char *name;
	/* auditd's parser name, printed as "<parser>_parser called with: V"
	 * in debug mode; NULL where auditd prints nothing (disp_qos). */
	const char *parser;
	parse_fn parse;
	size_t off;			/* the field in struct config */
	size_t size;			/* 0: the keyword stores nothing itself */
	unsigned long min, max;		/* numbers */
	const struct word *words;	/* enumerations and actions */
	unsigned illegal;		/* actions auditd knows but refuses here */
	size_t exe_off;			/* where "exec PATH" keeps PATH; 0: no exec */
	int max_options;		/* 1: the exec path may follow the value */
	const char *too_large;		/* auditd's own wording for max, if any */
	void (*after)(struct config *cfg, unsigned long value);
};

#define OPT(n, p, fn)	.name = n, .parser = p, .parse = fn
#define FIELD(f)	.off = offsetof(struct config, f), \
			.size = sizeof(((struct config *)0)->f)
#define EXE(f)		.exe_off = offsetof(struct config, f), .max_options = 1
#define ACTION_BIT(a)	(1u << (a))

static const struct word yes_no[] = {
	{ "yes", 1 }, { "no", 0 }, { NULL, 0 }
};

static const struct word log_formats[] = {
	{ "raw", CONFIG_LOG_RAW },
	{ "nolog", CONFIG_LOG_NOLOG },
	{ "enriched", CONFIG_LOG_ENRICHED },
	{ NULL, 0 }
};

static const struct word flushes[] = {
	{ "none", CONFIG_FLUSH_NONE },
	{ "incremental", CONFIG_FLUSH_INCREMENTAL },
	{ "incremental_async", CONFIG_FLUSH_INCREMENTAL_ASYNC },
	{ "data", CONFIG_FLUSH_DATA },
	{ "sync", CONFIG_FLUSH_SYNC },
	{ NULL, 0 }
};

static const struct word name_formats[] = {
	{ "none", FORMAT_NAME_NONE },
	{ "hostname", FORMAT_NAME_HOSTNAME },
	{ "fqd", FORMAT_NAME_FQD },
	{ "numeric", FORMAT_NAME_NUMERIC },
	{ "user", FORMAT_NAME_USER },
	{ NULL, 0 }
};

/* max_log_file_action: 3.0.9 has no exec here ("Option exec not found"). */
static const struct word size_actions[] = {
	{ "ignore", CONFIG_ACTION_IGNORE },
	{ "syslog", CONFIG_ACTION_SYSLOG },
	{ "suspend", CONFIG_ACTION_SUSPEND },
	{ "rotate", CONFIG_ACTION_ROTATE },
	{ "keep_logs", CONFIG_ACTION_KEEP_LOGS },
	{ NULL, 0 }
};

/* The space, disk_full and disk_error actions; halt stays legal for
 * space_left_action as in 3.0.9 (4.x refuses it). */
static const struct word failure_actions[] = {
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

static const struct word overflow_actions[] = {
	{ "ignore", CONFIG_ACTION_IGNORE },
	{ "syslog", CONFIG_ACTION_SYSLOG },
	{ "suspend", CONFIG_ACTION_SUSPEND },
	{ "single", CONFIG_ACTION_SINGLE },
	{ "halt", CONFIG_ACTION_HALT },
	{ NULL, 0 }
};

/* krb5 is listed because Debian builds auditd with GSSAPI; tls is 4.2's. */
static const struct word transports[] = {
	{ "tcp", CONFIG_TRANSPORT_TCP },
	{ "krb5", CONFIG_TRANSPORT_KRB5 },
	{ "tls", CONFIG_TRANSPORT_TLS },
	{ NULL, 0 }
};

static const struct word tls_auths[] = {
	{ "psk", 0 }, { NULL, 0 }
};

static const struct word tls_profiles[] = {
	{ "compatible", 0 }, { "system", 1 }, { "pqc", 2 }, { NULL, 0 }
};

static const struct word *word_lookup(const struct word *w, const char *s)
{
	for (; w->name; w++)
		if (strcasecmp(w->name, s) == 0)
			return w;
	return NULL;
}

static const char *word_name(const struct word *w, int value)
{
	for (; w->name; w++)
		if (w->value == value)
			return w->name;
	return "unknown";
}

static void *field(struct config *cfg, size_t off)
{
	return (char *)cfg + off;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int not_found(const struct line *ln)
{
	log_err("Option %s not found - line %d", ln->value, ln->lineno);
	return -1;
}

static int copy_text(char *dst, size_t size, const struct line *ln,
		     const char *s)
{
	if (strlen(s) >= size) {
		log_err("Value %s is too long - line %d", s, ln->lineno);
		return -1;
	}
	memcpy(dst, s, strlen(s) + 1);
	return 0;
}

/* ---- typed parsers ----------------------------------------------------- */

/* Enumerations and yes/no: the value is one of opt->words. */
static int parse_word(const struct option *opt, const struct line *ln,
		      struct config *cfg)
{
	const struct word *w = word_lookup(opt->words, ln->value);

	if (!w)
		return not_found(ln);
	if (opt->size)
		memcpy(field(cfg, opt->off), &w->value, sizeof(int));
	if (opt->after)
		opt->after(cfg, (unsigned long)w->value);
	return 0;
}

/* An enumeration kept as its lower-case keyword (the 4.2 TLS options). */
static int parse_word_text(const struct option *opt, const struct line *ln,
			   struct config *cfg)
{
	const struct word *w = word_lookup(opt->words, ln->value);

	if (!w)
		return not_found(ln);
	return copy_text(field(cfg, opt->off), opt->size, ln, w->name);
}

/* auditd's number check: digits only, then strtoul (no sign, no spaces). */
static int to_ulong(const struct line *ln, unsigned long *v)
{
	const char *p;

	for (p = ln->value; *p; p++) {
		if (!is_digit(*p)) {
			log_err("Value %s should only be numbers - line %d",
				ln->value, ln->lineno);
			return -1;
		}
	}
	errno = 0;
	*v = strtoul(ln->value, NULL, 10);
	if (errno) {
		log_err("Error converting string to a number (%s) - line %d",
			strerror(errno), ln->lineno);
		return -1;
	}
	return 0;
}

static int parse_uint(const struct option *opt, const struct line *ln,
		      struct config *cfg)
{
	unsigned long v;

	if (to_ulong(ln, &v))
		return -1;
	if (v > opt->max) {
		if (opt->too_large)
			log_err("%s", opt->too_large);
		else
			log_err("Error - converted number (%s) is too large - line %d",
				ln->value, ln->lineno);
		return -1;
	}
	if (v < opt->min) {
		log_err("Error - converted number (%s) is too small - line %d",
			ln->value, ln->lineno);
		return -1;
	}
	if (opt->size == sizeof(unsigned long)) {
		memcpy(field(cfg, opt->off), &v, sizeof(v));
	} else {
		unsigned u = (unsigned)v;	/* max <= UINT_MAX for these */

		memcpy(field(cfg, opt->off), &u, sizeof(u));
	}
	if (opt->after)
		opt->after(cfg, v);
	return 0;
}

static int parse_text(const struct option *opt, const struct line *ln,
		      struct config *cfg)
{
	return copy_text(field(cfg, opt->off), opt->size, ln, ln->value);
}

/* plugin_dir gets a trailing '/', except a one-character value (auditd). */
static int parse_dir(const struct option *opt, const struct line *ln,
		     struct config *cfg)
{
	char *dir = field(cfg, opt->off);
	size_t len = strlen(ln->value);

	if (copy_text(dir, opt->size - 1, ln, ln->value))
		return -1;
	if (len > 1 && dir[len - 1] != '/') {
		dir[len] = '/';
		dir[len + 1] = '\0';
	}
	return 0;
}

static int parse_deprecated(const struct option *opt, const struct line *ln,
			    struct config *cfg)
{
	(void)cfg;
	log_warn("The %s option is deprecated - line %d", opt->name, ln->lineno);
	return 0;
}

/* The exec helper must be one root controls: auditd runs it as root. The
 * accepted modes are what 3.0.9 accepts; 0550 is named in its message but
 * refused by its check. */
static int check_exe(const struct line *ln)
{
	static const mode_t modes[] = { 0750, 0755, 0555 };
	const char *path = ln->option;
	struct stat st;
	size_t i;

	if (!path) {
		log_err("Executable path needed for line %d", ln->lineno);
		return -1;
	}
	if (path[0] != '/') {
		log_err("Absolute path needed for %s - line %d", path, ln->lineno);
		return -1;
	}
	if (stat(path, &st) < 0) {
		log_err("Unable to stat %s (%s) - line %d", path, strerror(errno),
			ln->lineno);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		log_err("%s is not a regular file - line %d", path, ln->lineno);
		return -1;
	}
	if (st.st_uid != 0) {
		log_err("%s is not owned by root - line %d", path, ln->lineno);
		return -1;
	}
	for (i = 0; i < NELEM(modes); i++)
		if ((st.st_mode & 0777) == modes[i])
			return 0;
	log_err("%s permissions should be 0750, 0755, 0555 or 0550 - line %d",
		path, ln->lineno);
	return -1;
}

static int parse_action(const struct option *opt, const struct line *ln,
			struct config *cfg)
{
	const struct word *w = word_lookup(opt->words, ln->value);
	char *exe = opt->exe_off ? field(cfg, opt->exe_off) : NULL;

	if (!w)
		return not_found(ln);
	if (opt->illegal & ACTION_BIT(w->value)) {
		log_err("Illegal option %s for %s - line %d", ln->value,
			opt->name, ln->lineno);
		return -1;
	}
	/* Reported, not refused: the mailer may be installed later. */
	if (w->value == CONFIG_ACTION_EMAIL && access(SENDMAIL, X_OK))
		log_err("Email option is specified but %s doesn't seem executable.",
			SENDMAIL);
	if (w->value == CONFIG_ACTION_EXEC) {
		if (check_exe(ln) ||
		    copy_text(exe, CONFIG_PATH_MAX, ln, ln->option))
			return -1;
	} else if (exe) {
		exe[0] = '\0';
	}
	memcpy(field(cfg, opt->off), &w->value, sizeof(int));
	return 0;
}

/* MiB, or "N%" of the log's filesystem. auditd blanks the first '%' and
 * reads what strtoul finds, so "%5" and "5%%" are 5%, and "0%" or "%" are
 * an absolute 0 (its percent 0 means "not a percentage"). */
static int parse_space(const struct option *opt, const struct line *ln,
		       struct config *cfg)
{
	struct config_space *sp = field(cfg, opt->off);
	char num[CONFIG_LINE_MAX];
	unsigned long v;
	char *pct;
	const char *p;

	for (p = ln->value; *p; p++) {
		if (!is_digit(*p) && *p != '%') {
			log_err("Value %c %s should only be numbers or percent - line %d",
				*p, ln->value, ln->lineno);
			return -1;
		}
	}
	if (copy_text(num, sizeof(num), ln, ln->value))
		return -1;
	pct = strchr(num, '%');
	if (pct)
		*pct = ' ';
	errno = 0;
	v = strtoul(num, NULL, 10);
	if (errno) {
		log_err("Error converting string to a number (%s) - line %d",
			strerror(errno), ln->lineno);
		return -1;
	}
	if (pct && v > 99) {
		log_err("Percentages should be less than 100 - line %d", ln->lineno);
		return -1;
	}
	sp->value = v;
	sp->percent = pct && v;
	return 0;
}

/* tcp_client_ports: "N" or "N-M". As in auditd, the last '-' that is not
 * the first or last character splits the range ("1-2-3" is 1-3), and the
 * too-large message prints the number as a signed long. */
static int parse_ports(const struct option *opt, const struct line *ln,
		       struct config *cfg)
{
	const char *v = ln->value, *dash = NULL;
	unsigned long lo, hi;
	size_t i;

	(void)opt;
	for (i = 0; v[i]; i++) {
		if (i > 0 && v[i] == '-' && v[i + 1] != '\0') {
			dash = v + i;
			continue;
		}
		if (!is_digit(v[i])) {
			log_err("Value %s should only be numbers, or two numbers separated by a dash - line %d",
				v, ln->lineno);
			return -1;
		}
	}
	errno = 0;
	lo = hi = strtoul(v, NULL, 10);
	if (!errno && dash)
		hi = strtoul(dash + 1, NULL, 10);
	if (errno) {
		log_err("Error converting string to a number (%s) - line %d",
			strerror(errno), ln->lineno);
		return -1;
	}
	if (lo > TCP_PORT_MAX || hi > TCP_PORT_MAX) {
		log_err("Error - converted number (%ld) is too large - line %d",
			(long)(lo > TCP_PORT_MAX ? lo : hi), ln->lineno);
		return -1;
	}
	if (lo > hi) {
		log_err("Error - converted range (%ld-%ld) is reversed - line %d",
			(long)lo, (long)hi, ln->lineno);
		return -1;
	}
	cfg->tcp_client_min_port = (unsigned)lo;
	cfg->tcp_client_max_port = (unsigned)hi;
	return 0;
}

/* report_interval (4.x): a number with an optional unit s, m, h, d or M
 * (30 days). Messages are 4.x's, which carry the "auditd: " prefix. */
static int parse_time(const struct option *opt, const struct line *ln,
		      struct config *cfg)
{
	static const struct { char unit; long secs; } units[] = {
		{ '\0', 1 }, { 's', 1 }, { 'm', MINUTE }, { 'h', HOUR },
		{ 'd', DAY }, { 'M', MONTH },
	};
	unsigned long secs;
	char *end;
	long v;
	size_t i;

	errno = 0;
	v = strtol(ln->value, &end, 10);
	if (errno || end == ln->value || v < 0) {
		log_err("auditd: Error converting %s to a number - line %d",
			ln->value, ln->lineno);
		return -1;
	}
	if (end[0] && end[1]) {
		log_err("auditd: Unexpected characters in %s - line %d",
			ln->value, ln->lineno);
		return -1;
	}
	for (i = 0; i < NELEM(units); i++)
		if (units[i].unit == end[0])
			break;
	if (i == NELEM(units)) {
		log_err("auditd: Unknown time unit in %s - line %d", ln->value,
			ln->lineno);
		return -1;
	}
	secs = v > LONG_MAX / units[i].secs ? (unsigned long)LONG_MAX :
	       (unsigned long)(v * units[i].secs);
	if (secs > 6 * HOUR)
		log_warn("Warning - report_interval is more than 6 hours apart - line %d",
			 ln->lineno);
	if (secs > 40 * DAY) {
		log_err("Error - report_interval (%s) is too large - line %d",
			ln->value, ln->lineno);
		return -1;
	}
	memcpy(field(cfg, opt->off), &secs, sizeof(secs));
	return 0;
}

static int group_by_name(const char *name, gid_t *gid)
{
	long hint = sysconf(_SC_GETGR_R_SIZE_MAX);
	size_t len = hint > 0 ? (size_t)hint : 1024;
	struct group gr, *res = NULL;
	int rc;

	for (;;) {
		char *buf = malloc(len);

		if (!buf)
			return -1;
		rc = getgrnam_r(name, &gr, buf, len, &res);
		if (rc == 0 && res)
			*gid = res->gr_gid;
		free(buf);
		if (rc != ERANGE || len >= (1u << 20))
			break;
		len *= 2;
	}
	return rc == 0 && res ? 0 : -1;
}

/* A number when it starts with a digit (strtoul takes the digits and drops
 * the rest, and the result is truncated to gid_t as auditd does), else a
 * group name. Both messages end in '\n' in auditd, which leaves an empty
 * line on stderr; kept so that -f output matches. */
static int parse_group(const struct option *opt, const struct line *ln,
		       struct config *cfg)
{
	gid_t gid;

	if (is_digit(ln->value[0])) {
		unsigned long v;

		errno = 0;
		v = strtoul(ln->value, NULL, 10);
		if (errno) {
			log_err("Numeric group ID conversion error (%s) for %s - line %d\n",
				strerror(errno), ln->value, ln->lineno);
			return -1;
		}
		gid = (gid_t)v;
	} else if (group_by_name(ln->value, &gid)) {
		log_err("Group ID is non-numeric and unknown (%s) - line %d\n",
			ln->value, ln->lineno);
		return -1;
	}
	memcpy(field(cfg, opt->off), &gid, sizeof(gid));
	return 0;
}

/* The directory must exist (the writer creates the file, not the
 * directory); an existing file must be a root-owned regular file. Opened
 * non-blocking so a FIFO cannot hang the parse (auditd would block). */
static int parse_log_file(const struct option *opt, const struct line *ln,
			  struct config *cfg)
{
	char tmp[CONFIG_PATH_MAX];
	const char *dir;
	struct stat st;
	int fd;

	if (copy_text(tmp, sizeof(tmp), ln, ln->value))
		return -1;
	dir = dirname(tmp);
	if (strlen(dir) < 4) {		/* "/var" is the shortest allowed */
		log_err("The directory name: %s is too short - line %d", dir,
			ln->lineno);
		return -1;
	}
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0) {
		log_err("Could not open dir %s (%s)", dir, strerror(errno));
		return -1;
	}
	close(fd);

	fd = open(ln->value, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0) {
		if (errno != ENOENT) {
			log_err("Unable to open %s (%s)", ln->value,
				strerror(errno));
			return -1;
		}
		goto done;
	}
	if (fstat(fd, &st) < 0) {
		log_err("Unable to stat %s (%s)", ln->value, strerror(errno));
		close(fd);
		return -1;
	}
	close(fd);
	if (!S_ISREG(st.st_mode)) {
		log_err("%s is not a regular file", ln->value);
		return -1;
	}
	if (st.st_uid != 0) {
		log_err("%s is not owned by root", ln->value);
		return -1;
	}
	if (st.st_mode & (S_IXUSR | S_IWGRP | S_IXGRP | S_IRWXO))
		log_warn("%s permissions should be 0600 or 0640", ln->value);
	if (!(st.st_mode & S_IWUSR))
		log_warn("audit log is not writable by owner");
done:
	return copy_text(field(cfg, opt->off), opt->size, ln, ln->value);
}

/* Returns 0 when usable, 1 on a failed lookup (reported, not fatal), 2 when
 * the address itself is wrong (fatal). */
static int validate_email(const char *acct)
{
	struct addrinfo hints, *ai;
	const char *at, *dot, *p;
	int rc;

	if (strlen(acct) < 2) {
		log_err("email: %s is too short, expecting at least 2 characters",
			acct);
		return 2;
	}
	for (p = acct; *p; p++) {
		unsigned char c = (unsigned char)*p;

		if (!(is_digit(*p) || (c >= 'a' && c <= 'z') ||
		      (c >= 'A' && c <= 'Z') || strchr("@.-_", c))) {
			log_err("email: %s has illegal character", acct);
			return 2;
		}
	}
	at = strchr(acct, '@');
	if (!at)
		return 0;
	dot = strrchr(acct, '.');
	if (!dot || at > dot) {
		log_err("email: %s should have . after @", acct);
		return 2;
	}
	memset(&hints, 0, sizeof(hints));
	hints.ai_flags = AI_ADDRCONFIG | AI_CANONNAME;
	hints.ai_socktype = SOCK_STREAM;
	h_errno = 0;
	rc = getaddrinfo(at + 1, NULL, &hints, &ai);
	if (rc) {
		if (h_errno == HOST_NOT_FOUND || h_errno == NO_RECOVERY)
			log_err("validate_email: failed looking up host for %s (%s)",
				at + 1, gai_strerror(rc));
		else if (h_errno == TRY_AGAIN)
			log_dbg("validate_email: temporary failure looking up domain for %s",
				at + 1);
		return 1;
	}
	freeaddrinfo(ai);
	return 0;
}

/* Checked only when verify_email is already yes: order in the file matters. */
static int parse_email(const struct option *opt, const struct line *ln,
		       struct config *cfg)
{
	if (cfg->verify_email && validate_email(ln->value) > 1)
		return -1;
	return copy_text(field(cfg, opt->off), opt->size, ln, ln->value);
}

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

static const struct option options[] = {
	{ OPT("local_events", "local_events", parse_word), FIELD(local_events),
	  .words = yes_no },
	{ OPT("write_logs", "write_logs", parse_word), FIELD(write_logs),
	  .words = yes_no },
	{ OPT("log_file", "log_file", parse_log_file), FIELD(log_file) },
	{ OPT("log_format", "log_format", parse_word), FIELD(log_format),
	  .words = log_formats, .after = nolog_overrides_write_logs },
	{ OPT("log_group", "log_group", parse_group), FIELD(log_group) },
	{ OPT("flush", "flush", parse_word), FIELD(flush), .words = flushes },
	{ OPT("freq", "freq", parse_uint), FIELD(freq), .max = INT_MAX },
	{ OPT("num_logs", "num_logs", parse_uint), FIELD(num_logs), .max = 999,
	  .too_large = "num_logs must be 999 or less" },
	{ OPT("dispatcher", "dispatch", parse_deprecated) },
	{ OPT("name_format", "name_format", parse_word), FIELD(name_format),
	  .words = name_formats },
	{ OPT("name", "name", parse_text), FIELD(name) },
	{ OPT("disp_qos", NULL, parse_deprecated) },
	{ OPT("max_log_file", "max_log_size", parse_uint), FIELD(max_log_file),
	  .max = ULONG_MAX },
	{ OPT("max_log_file_action", "max_log_size_action", parse_action),
	  FIELD(max_log_file_action), .words = size_actions },
	{ OPT("space_left", "space_left", parse_space), FIELD(space_left) },
	{ OPT("space_left_action", "space_action", parse_action),
	  FIELD(space_left_action), .words = failure_actions,
	  EXE(space_left_exe) },
	{ OPT("action_mail_acct", "action_mail_acct", parse_email),
	  FIELD(action_mail_acct) },
	{ OPT("verify_email", "verify_email", parse_word), FIELD(verify_email),
	  .words = yes_no },
	{ OPT("admin_space_left", "admin_space_left", parse_space),
	  FIELD(admin_space_left) },
	{ OPT("admin_space_left_action", "admin_space_left_action", parse_action),
	  FIELD(admin_space_left_action), .words = failure_actions,
	  EXE(admin_space_left_exe) },
	{ OPT("disk_full_action", "disk_full_action", parse_action),
	  FIELD(disk_full_action), .words = failure_actions,
	  .illegal = ACTION_BIT(CONFIG_ACTION_EMAIL), EXE(disk_full_exe) },
	{ OPT("disk_error_action", "disk_error_action", parse_action),
	  FIELD(disk_error_action), .words = failure_actions,
	  .illegal = ACTION_BIT(CONFIG_ACTION_EMAIL) |
		     ACTION_BIT(CONFIG_ACTION_ROTATE),
	  EXE(disk_error_exe) },
	{ OPT("priority_boost", "priority_boost", parse_uint), FIELD(priority_boost),
	  .max = INT_MAX },
	{ OPT("tcp_listen_port", "tcp_listen_port", parse_uint),
	  FIELD(tcp_listen_port), .min = 1, .max = TCP_PORT_MAX },
	{ OPT("tcp_listen_queue", "tcp_listen_queue", parse_uint),
	  FIELD(tcp_listen_queue), .min = 1, .max = TCP_PORT_MAX },
	{ OPT("tcp_max_per_addr", "tcp_max_per_addr", parse_uint),
	  FIELD(tcp_max_per_addr), .min = 1, .max = 1024 },
	{ OPT("use_libwrap", "use_libwrap", parse_word), FIELD(use_libwrap),
	  .words = yes_no },
	/* auditd's debug line names the wrong parser here; kept. */
	{ OPT("tcp_client_ports", "tcp_listen_queue", parse_ports) },
	{ OPT("tcp_client_max_idle", "tcp_client_max_idle", parse_uint),
	  FIELD(tcp_client_max_idle), .max = INT_MAX },
	{ OPT("transport", "transport", parse_word), FIELD(transport),
	  .words = transports },
	{ OPT("enable_krb5", "enable_krb5", parse_word), .words = yes_no,
	  .after = krb5_selects_transport },
	{ OPT("krb5_principal", "krb5_principal", parse_text),
	  FIELD(krb5_principal) },
	{ OPT("krb5_key_file", "krb5_key_file", parse_text), FIELD(krb5_key_file) },
	{ OPT("distribute_network", "distribute_network", parse_word),
	  FIELD(distribute_network), .words = yes_no },
	{ OPT("q_depth", "q_depth", parse_uint), FIELD(q_depth), .max = 99999,
	  .too_large = "q_depth must be 99999 or less",
	  .after = q_depth_margin },
	{ OPT("overflow_action", "overflow_action", parse_action),
	  FIELD(overflow_action), .words = overflow_actions },
	{ OPT("max_restarts", "max_restarts", parse_uint), FIELD(max_restarts),
	  .max = INT_MAX },
	{ OPT("plugin_dir", "plugin_dir", parse_dir), FIELD(plugin_dir) },
	{ OPT("end_of_event_timeout", "eoe_timeout", parse_uint),
	  FIELD(end_of_event_timeout), .max = ULONG_MAX },
	/* 4.x keywords. */
	{ OPT("report_interval", "report_interval", parse_time),
	  FIELD(report_interval) },
	{ OPT("tls_auth", "tls_auth", parse_word_text), FIELD(tls_auth),
	  .words = tls_auths },
	{ OPT("tls_crypto_profile", "tls_crypto_profile", parse_word_text),
	  FIELD(tls_crypto_profile), .words = tls_profiles },
	{ OPT("tls_psk_file", "tls_psk_file", parse_text), FIELD(tls_psk_file) },
	{ OPT("tls_psk_identity", "tls_psk_identity", parse_text),
	  FIELD(tls_psk_identity) },
	{ OPT("tls_allowed_clients", "tls_allowed_clients", parse_text),
	  FIELD(tls_allowed_clients) },
	{ OPT("tls_cipher_suites", "tls_cipher_suites", parse_text),
	  FIELD(tls_cipher_suites) },
	{ OPT("tls_key_exchange", "tls_key_exchange", parse_text),
	  FIELD(tls_key_exchange) },
	{ OPT("tls_require_pqc", "tls_require_pqc", parse_word),
	  FIELD(tls_require_pqc), .words = yes_no,
	  .after = pqc_selects_profile },
	/* vigil extensions. */
	{ OPT("vigil_ring_size", "vigil_ring_size", parse_uint),
	  FIELD(vigil_ring_size), .min = 1, .max = 1024 },
	{ OPT("vigil_load_rules", "vigil_load_rules", parse_word),
	  FIELD(vigil_load_rules), .words = yes_no },
};

static const struct option *option_lookup(const char *name)
{
	size_t i;

	for (i = 0; i < NELEM(options); i++)
		if (strcasecmp(options[i].name, name) == 0)
			return &options[i];
	return NULL;
}

/* ---- reading the file ------------------------------------------------------ */

/* The next line that fits, without its newline. A line that does not fit
 * is reported once and skipped; its continuation chunks are consumed and
 * its end counted, which is why lineno is advanced here too. */
static char *next_line(FILE *f, char *buf, const char *file, int *lineno)
{
	int too_long = 0;

	while (fgets(buf, CONFIG_LINE_MAX, f)) {
		char *nl = strchr(buf, '\n');

		if (nl && !too_long) {
			*nl = '\0';
			return buf;
		}
		if (nl) {
			too_long = 0;
			(*lineno)++;
			continue;
		}
		if (!too_long)
			log_err("Skipping line %d in %s: too long", *lineno, file);
		too_long = 1;
	}
	return NULL;
}

static char *next_token(char **p)
{
	char *start;

	while (**p == ' ')
		(*p)++;
	if (**p == '\0')
		return NULL;
	start = *p;
	while (**p && **p != ' ')
		(*p)++;
	if (**p == ' ')
		*(*p)++ = '\0';
	return start;
}

enum split_result {
	SPLIT_OK,
	SPLIT_COUNT,		/* too few or too many tokens */
	SPLIT_NO_EQUAL,
};

/* keyword = value [option]; blank lines and comments leave name NULL. */
static enum split_result split(char *buf, struct line *ln)
{
	char *p = buf, *tok;

	ln->name = ln->value = ln->option = NULL;
	tok = next_token(&p);
	if (!tok || tok[0] == '#')
		return SPLIT_OK;
	ln->name = tok;
	tok = next_token(&p);
	if (!tok)
		return SPLIT_COUNT;
	if (strcmp(tok, "=") != 0)
		return SPLIT_NO_EQUAL;
	ln->value = next_token(&p);
	if (!ln->value)
		return SPLIT_COUNT;
	ln->option = next_token(&p);
	if (ln->option && next_token(&p))
		return SPLIT_COUNT;
	return SPLIT_OK;
}

static int apply_line(char *buf, const char *file, int lineno,
		      struct config *cfg)
{
	struct line ln = { .file = file, .lineno = lineno };
	const struct option *opt;

	switch (split(buf, &ln)) {
	case SPLIT_OK:
		break;
	case SPLIT_COUNT:
		log_err("Wrong number of arguments for line %d in %s", lineno,
			file);
		break;
	case SPLIT_NO_EQUAL:
		log_err("Missing equal sign for line %d in %s", lineno, file);
		break;
	}
	if (!ln.name)
		return 0;
	if (!ln.value) {
		log_err("Not processing any more lines in %s", file);
		return -1;
	}
	opt = option_lookup(ln.name);
	if (!opt) {
		log_err("Unknown keyword \"%s\" in line %d of %s", ln.name,
			lineno, file);
		return -1;
	}
	if (!opt->max_options && ln.option) {
		log_err("Keyword \"%s\" has invalid option \"%s\" in line %d of %s",
			ln.name, ln.option, lineno, file);
		return -1;
	}
	if (opt->parser)
		log_dbg("%s_parser called with: %s", opt->parser, ln.value);
	return opt->parse(opt, &ln, cfg);
}

/* Checks across keywords, in auditd's order; the first failure stops. */
static int sanity_check(const struct config *cfg)
{
	if (!cfg->space_left.percent && !cfg->admin_space_left.percent &&
	    cfg->space_left.value <= cfg->admin_space_left.value) {
		log_err("Error - space_left(%lu) must be larger than admin_space_left(%lu)",
			cfg->space_left.value, cfg->admin_space_left.value);
		return -1;
	}
	if ((cfg->flush == CONFIG_FLUSH_INCREMENTAL ||
	     cfg->flush == CONFIG_FLUSH_INCREMENTAL_ASYNC) && cfg->freq == 0) {
		log_err("Error - incremental flushing chosen, but 0 selected for freq");
		return -1;
	}
	if (cfg->log_group != 0) {
		char tmp[CONFIG_PATH_MAX];
		const char *dir;

		snprintf(tmp, sizeof(tmp), "%s", cfg->log_file);
		dir = dirname(tmp);
		if (strcmp(dir, "/var/log") == 0) {
			log_err("Error - log_file is directly in %s and chgrp will alter a system directory's permissions. Use another directory.",
				dir);
			return -1;
		}
	}
	/* 4.2's TLS receiver cannot start without a key and a client list. */
	if (cfg->transport == CONFIG_TRANSPORT_TLS) {
		if (!cfg->tls_psk_file[0]) {
			log_err("Error - transport is tls but tls_psk_file is not set");
			return -1;
		}
		if (!cfg->tls_psk_identity[0] && !cfg->tls_allowed_clients[0]) {
			log_err("Error - tls_psk_file needs tls_psk_identity or tls_allowed_clients");
			return -1;
		}
		if (cfg->tls_require_pqc &&
		    strcmp(cfg->tls_crypto_profile, "pqc") != 0) {
			log_err("Error - tls_require_pqc conflicts with tls_crypto_profile %s",
				cfg->tls_crypto_profile);
			return -1;
		}
	}
	if (cfg->flush > CONFIG_FLUSH_INCREMENTAL_ASYNC && cfg->freq != 0)
		log_warn("Warning - freq is non-zero and incremental flushing not selected.");
	return 0;
}

static int parse_stream(FILE *f, const char *file, struct config *cfg)
{
	char buf[CONFIG_LINE_MAX];
	int lineno = 1;

	while (next_line(f, buf, file, &lineno)) {
		if (apply_line(buf, file, lineno, cfg))
			return -1;
		lineno++;
	}
	return lineno > 1 ? sanity_check(cfg) : 0;
}

/* Root-owned, not world-writable, regular: the file decides what runs as
 * root (exec actions) and where root writes. Group-writable is allowed. */
static int check_file(int fd, const char *file)
{
	struct stat st;

	if (fstat(fd, &st) < 0) {
		log_err("Error fstat'ing config file (%s)", strerror(errno));
		return -1;
	}
	if (st.st_uid != 0) {
		log_err("Error - %s isn't owned by root", file);
		return -1;
	}
	if (st.st_mode & S_IWOTH) {
		log_err("Error - %s is world writable", file);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		log_err("Error - %s is not a regular file", file);
		return -1;
	}
	return 0;
}

/* O_NONBLOCK: a FIFO planted as the config must not hang the daemon; it
 * is refused by check_file instead. */
static int load_into(struct config *cfg, const char *file, int allow_links)
{
	int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY;
	FILE *f;
	int fd, rc;

	if (!allow_links)
		flags |= O_NOFOLLOW;
	fd = open(file, flags);
	if (fd < 0) {
		if (errno != ENOENT) {
			log_err("Error opening config file (%s)", strerror(errno));
			return -1;
		}
		log_warn("Config file %s doesn't exist, skipping", file);
		return 0;
	}
	log_dbg("Config file %s opened for parsing", file);
	if (check_file(fd, file)) {
		close(fd);
		return -1;
	}
	f = fdopen(fd, "r");
	if (!f) {
		log_err("Error - fdopen failed (%s)", strerror(errno));
		close(fd);
		return -1;
	}
	rc = parse_stream(f, file, cfg);
	fclose(f);
	return rc;
}

int config_load(struct config *cfg, const char *path, int allow_links)
{
	struct config *next = malloc(sizeof(*next));
	int rc;

	if (!path)
		path = DEFAULT_CONFIG_FILE;
	if (!next) {
		log_err("Cannot allocate memory to read %s", path);
		return -1;
	}
	config_defaults(next);
	rc = load_into(next, path, allow_links);
	if (rc == 0)
		*cfg = *next;
	free(next);
	return rc;
}

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
	cfg->vigil_load_rules = 1;
}

const char *config_flush_name(enum config_flush f)
{
	return word_name(flushes, f);
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
	return word_name(log_formats, f);
}

const char *config_transport_name(enum config_transport t)
{
	return word_name(transports, t);
}
