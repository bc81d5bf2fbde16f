/* config-values.c - auditd.conf's typed value parsers: numbers, words,
 * actions with their exec helper, space thresholds, ports, times, groups,
 * the log file and the mail account. The table in config-options.c says
 * which keyword uses which; the messages are auditd 3.0.9's (4.x's for the
 * keywords newer than 3.0.9).
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <libgen.h>
#include <limits.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"
#include "config-internal.h"
#include "log.h"

/* auditd checks the mailer when an email action is parsed, not when used. */
#define SENDMAIL		"/usr/lib/sendmail"

#define MINUTE	60L
#define HOUR	(60 * MINUTE)
#define DAY	(24 * HOUR)
#define MONTH	(30 * DAY)

static void *field(struct config *cfg, size_t off)
{
	return (char *)cfg + off;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Enumerations and yes/no: the value is one of opt->words. */
int config_parse_word(const struct config_option *opt,
		      const struct conffile_line *ln, struct config *cfg)
{
	const struct conffile_word *w = conffile_word_find(opt->words, ln->value);

	if (!w)
		return conffile_not_found(ln);
	if (opt->size)
		memcpy(field(cfg, opt->off), &w->value, sizeof(int));
	if (opt->after)
		opt->after(cfg, (unsigned long)w->value);
	return 0;
}

/* An enumeration kept as its lower-case keyword (the 4.2 TLS options). */
int config_parse_word_text(const struct config_option *opt,
			   const struct conffile_line *ln, struct config *cfg)
{
	const struct conffile_word *w = conffile_word_find(opt->words, ln->value);

	if (!w)
		return conffile_not_found(ln);
	return conffile_copy(field(cfg, opt->off), opt->size, ln, w->name);
}

/* auditd's number check: digits only, then strtoul (no sign, no spaces). */
static int to_ulong(const struct conffile_line *ln, unsigned long *v)
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

int config_parse_uint(const struct config_option *opt,
		      const struct conffile_line *ln, struct config *cfg)
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

int config_parse_text(const struct config_option *opt,
		      const struct conffile_line *ln, struct config *cfg)
{
	return conffile_copy(field(cfg, opt->off), opt->size, ln, ln->value);
}

/* plugin_dir gets a trailing '/', except a one-character value (auditd). */
int config_parse_dir(const struct config_option *opt,
		     const struct conffile_line *ln, struct config *cfg)
{
	char *dir = field(cfg, opt->off);
	size_t len = strlen(ln->value);

	if (conffile_copy(dir, opt->size - 1, ln, ln->value))
		return -1;
	if (len > 1 && dir[len - 1] != '/') {
		dir[len] = '/';
		dir[len + 1] = '\0';
	}
	return 0;
}

int config_parse_deprecated(const struct config_option *opt,
			    const struct conffile_line *ln, struct config *cfg)
{
	(void)cfg;
	log_warn("The %s option is deprecated - line %d", opt->name, ln->lineno);
	return 0;
}

/* The exec helper must be one root controls: auditd runs it as root. The
 * accepted modes are what 3.0.9 accepts; 0550 is named in its message but
 * refused by its check. */
static int check_exe(const struct conffile_line *ln)
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

int config_parse_action(const struct config_option *opt,
			const struct conffile_line *ln, struct config *cfg)
{
	const struct conffile_word *w = conffile_word_find(opt->words, ln->value);
	char *exe = opt->exe_off ? field(cfg, opt->exe_off) : NULL;

	if (!w)
		return conffile_not_found(ln);
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
		    conffile_copy(exe, CONFIG_PATH_MAX, ln, ln->option))
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
int config_parse_space(const struct config_option *opt,
		       const struct conffile_line *ln, struct config *cfg)
{
	struct config_space *sp = field(cfg, opt->off);
	char num[CONFFILE_LINE_MAX];
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
	if (conffile_copy(num, sizeof(num), ln, ln->value))
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
int config_parse_ports(const struct config_option *opt,
		       const struct conffile_line *ln, struct config *cfg)
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
int config_parse_time(const struct config_option *opt,
		      const struct conffile_line *ln, struct config *cfg)
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
int config_parse_group(const struct config_option *opt,
		       const struct conffile_line *ln, struct config *cfg)
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
int config_parse_log_file(const struct config_option *opt,
			  const struct conffile_line *ln, struct config *cfg)
{
	char tmp[CONFIG_PATH_MAX];
	const char *dir;
	struct stat st;
	int fd;

	if (conffile_copy(tmp, sizeof(tmp), ln, ln->value))
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
	return conffile_copy(field(cfg, opt->off), opt->size, ln, ln->value);
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
int config_parse_email(const struct config_option *opt,
		       const struct conffile_line *ln, struct config *cfg)
{
	if (cfg->verify_email && validate_email(ln->value) > 1)
		return -1;
	return conffile_copy(field(cfg, opt->off), opt->size, ln, ln->value);
}
