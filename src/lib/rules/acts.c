/* acts.c - what auditctl performs for each option while it parses them:
 * the request (list, delete all, status, set, reset, feature, user message,
 * signal, trim, make equivalent) and what it prints or says about it.
 * Listing is the one dump: a rule per reply, printed in the kernel's order
 * by the formatter (rules_format_next), filtered by key for -l -k / -D -k.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <syslog.h>
#include <unistd.h>
#include <linux/audit.h>

#include "util.h"
#include "netlink.h"
#include "rules.h"
#include "exec-internal.h"

/* Longest -m message (text= ... res=success) auditctl sends; longer ones it
 * refuses without a word (observed: the limit does not depend on the
 * length of the executable's path). */
#define USER_MSG_MAX	8951

/* --- the rule list ---------------------------------------------------------- */

/* The key text of a rule as the kernel holds it (components joined by
 * 0x01), copied NUL-terminated into key; 0 when the rule has none. */
static int rule_key(const struct audit_rule_data *r, size_t len, char *key, size_t keysz)
{
	size_t off = 0;
	uint32_t i;

	if (len < sizeof(*r) || r->field_count > AUDIT_MAX_FIELDS ||
	    sizeof(*r) + r->buflen > len)
		return 0;
	for (i = 0; i < r->field_count; i++) {
		uint32_t vl = r->values[i];

		if (!rules_field_is_string(r->fields[i]))
			continue;
		if (vl > r->buflen - off)
			return 0;
		if (r->fields[i] == AUDIT_FILTERKEY) {
			size_t n = vl < keysz - 1 ? vl : keysz - 1;

			memcpy(key, r->buf + off, n);
			key[n] = '\0';
			return 1;
		}
		off += vl;
	}
	return 0;
}

/* -l -k / -D -k: auditctl matches the text anywhere in the stored key. */
static int key_matches(const struct audit_rule_data *r, size_t len, const char *filter)
{
	char key[AUDIT_MAX_KEY_LEN * 2 + 1];

	if (!filter)
		return 1;
	return rule_key(r, len, key, sizeof(key)) && strstr(key, filter);
}

static void print_rule(struct rules_exec *ex, const struct audit_rule_data *r,
		       size_t len, unsigned flags)
{
	size_t sz = 16384;
	char *line = NULL;
	int n;

	for (;;) {
		char *p = realloc(line, sz);

		if (!p)
			break;
		line = p;
		n = rules_format_next(&ex->fmt, r, len, flags, line, sz);
		if (n == -ENOSPC && sz < (1u << 24)) {
			sz *= 2;
			continue;
		}
		if (n >= 0 && ex->out.line)
			ex->out.line(ex->out.arg, line);
		break;
	}
	free(line);
}

/* AUDIT_LIST_RULES: every rule the kernel has, in its order, whole (see
 * netlink_dump), or the error auditctl gives. */
static int list_rules(struct rules_exec *ex, struct netlink_list *l)
{
	int fd = exec_fd(ex), e;

	memset(l, 0, sizeof(*l));
	e = fd < 0 ? fd : netlink_dump(fd, AUDIT_LIST_RULES, l, REPLY_TIMEOUT_MS);
	if (e < 0) {
		exec_say(ex, LOG_ERR, "Error sending rule list data request (%s)", strerror(-e));
		netlink_list_free(l);
	}
	return e;
}

int acts_list(struct rules_exec *ex, const char *key, unsigned flags)
{
	struct netlink_list l;
	unsigned i;

	if (list_rules(ex, &l) < 0)
		return ACT_FAIL;
	if (l.n == 0)
		exec_print(ex, "No rules");
	for (i = 0; i < l.n; i++)
		if (key_matches(l.data[i], l.len[i], key))
			print_rule(ex, l.data[i], l.len[i], flags);
	netlink_list_free(&l);
	return ACT_OK;
}

int acts_del_all(struct rules_exec *ex, const char *key)
{
	struct netlink_list l;
	struct audit_rule_data **sel;
	size_t *lens;
	unsigned i, n = 0;
	int e;

	if (list_rules(ex, &l) < 0)
		return ACT_FAIL;
	sel = calloc(l.n + 1, sizeof(*sel));
	lens = calloc(l.n + 1, sizeof(*lens));
	if (!sel || !lens) {
		free(sel);
		free(lens);
		netlink_list_free(&l);
		return ACT_FAIL;
	}
	for (i = 0; i < l.n; i++) {
		if (!key_matches(l.data[i], l.len[i], key))
			continue;
		sel[n] = l.data[i];
		lens[n++] = l.len[i];
	}
	/* auditctl deletes one rule per round trip; they go out in trains
	 * here. That saves the round trips only: the kernel waits for an RCU
	 * grace period inside each deletion (synchronize_rcu in
	 * audit_del_rule, ~12 ms on this 2-vCPU VM), one rule after another. */
	e = exec_rules_train(ex, AUDIT_DEL_RULE, sel, lens, n);
	free(sel);
	free(lens);
	netlink_list_free(&l);
	if (e < 0) {
		exec_say(ex, LOG_ERR, "Error deleting rule (%s)", strerror(-e));
		return ACT_FAIL;
	}
	return acts_list(ex, key, 0);
}

/* --- status ------------------------------------------------------------------ */

static const char *const enabled_words[] = { "disable", "enabled", "enabled+immutable" };
static const char *const failure_words[] = { "silent", "printk", "panic" };

static const char *word(const char *const *words, size_t n, uint32_t v)
{
	return v < n ? words[v] : "unknown";
}

void acts_print_status(struct rules_exec *ex, const struct audit_status *st,
			 size_t len, int interpret)
{
	if (interpret) {
		exec_print(ex, "enabled %s", word(enabled_words, 3, st->enabled));
		exec_print(ex, "failure %s", word(failure_words, 3, st->failure));
	} else {
		exec_print(ex, "enabled %u", st->enabled);
		exec_print(ex, "failure %u", st->failure);
	}
	exec_print(ex, "pid %u", st->pid);
	exec_print(ex, "rate_limit %u", st->rate_limit);
	exec_print(ex, "backlog_limit %u", st->backlog_limit);
	exec_print(ex, "lost %u", st->lost);
	exec_print(ex, "backlog %u", st->backlog);
	/* older kernels answer with a shorter struct */
	if (len >= offsetof(struct audit_status, backlog_wait_time) + sizeof(uint32_t))
		exec_print(ex, "backlog_wait_time %u", st->backlog_wait_time);
	if (len >= offsetof(struct audit_status, backlog_wait_time_actual) + sizeof(uint32_t))
		exec_print(ex, "backlog_wait_time_actual %u", st->backlog_wait_time_actual);
}

int acts_status(struct rules_exec *ex, int interpret)
{
	struct audit_status st;
	struct audit_features req = { 0 }, feat;
	size_t len = 0;
	int e = exec_get_status(ex, &st, &len);
	uint32_t bit = AUDIT_FEATURE_TO_MASK(AUDIT_FEATURE_LOGINUID_IMMUTABLE);

	if (e < 0) {
		exec_say(ex, LOG_ERR, "Error sending status request (%s)", strerror(-e));
		return ACT_FAIL;
	}
	acts_print_status(ex, &st, len, interpret);
	e = netlink_get(exec_fd(ex), AUDIT_GET_FEATURE, &req, sizeof(req), &feat, sizeof(feat),
			NULL, REPLY_TIMEOUT_MS);
	if (e < 0) {
		exec_say(ex, LOG_ERR, "Error getting feature (%s)", strerror(-e));
		return ACT_OK;
	}
	exec_print(ex, "loginuid_immutable %u %s", (feat.features & bit) ? 1 : 0,
	      (feat.lock & bit) ? "locked" : "unlocked");
	return ACT_OK;
}

/* -b -e -f -r --backlog_wait_time: the audit_status field each sets and
 * auditctl's words when the kernel refuses. */
static const struct set_field {
	uint32_t mask;
	size_t off;
	const char *what;
} set_fields[] = {
	{ AUDIT_STATUS_ENABLED, offsetof(struct audit_status, enabled), "enable" },
	{ AUDIT_STATUS_FAILURE, offsetof(struct audit_status, failure), "failure mode" },
	{ AUDIT_STATUS_RATE_LIMIT, offsetof(struct audit_status, rate_limit), "rate limit" },
	{ AUDIT_STATUS_BACKLOG_LIMIT, offsetof(struct audit_status, backlog_limit), "backlog limit" },
	/* sic: auditctl 3.0.9 words a refused --backlog_wait_time so */
	{ AUDIT_STATUS_BACKLOG_WAIT_TIME, offsetof(struct audit_status, backlog_wait_time),
	  "backlog limit" },
};

int acts_set(struct rules_exec *ex, const struct rules_action *a, struct cmd_state *cs)
{
	struct audit_status st = { .mask = a->mask };
	const char *what = "status";
	size_t i;
	int e;

	for (i = 0; i < NELEM(set_fields); i++) {
		if (!(a->mask & set_fields[i].mask))
			continue;
		memcpy((char *)&st + set_fields[i].off, &a->value, sizeof(a->value));
		what = set_fields[i].what;
	}
	e = exec_request(ex, AUDIT_SET, &st, sizeof(st));
	if (e < 0) {
		exec_say(ex, LOG_ERR, "Error sending %s request (%s)", what, strerror(-e));
		return ACT_FAIL;
	}
	if (!cs->set_done) {
		cs->set_done = 1;
		cs->have_status = exec_get_status(ex, &cs->status, &cs->status_len) == 0;
	}
	return ACT_OK;
}

/* --reset-lost, --reset_backlog_wait_time_actual: the kernel answers with
 * the old value in the ack. */
int acts_reset(struct rules_exec *ex, uint32_t mask, const char *name, const char *what)
{
	struct audit_status st = { .mask = mask };
	int e = exec_request(ex, AUDIT_SET, &st, sizeof(st));

	if (e < 0) {
		exec_say(ex, LOG_ERR, "Error sending %s reset request (%s)", what, strerror(-e));
		return ACT_FAIL;
	}
	exec_say(ex, LOG_INFO, "%s: %u", name, (unsigned)e);
	return ACT_OK;
}

int acts_loginuid_immutable(struct rules_exec *ex)
{
	uint32_t bit = AUDIT_FEATURE_TO_MASK(AUDIT_FEATURE_LOGINUID_IMMUTABLE);
	struct audit_features f = {
		.vers = AUDIT_FEATURE_VERSION,
		.mask = bit,
		.features = bit,
		.lock = bit,	/* as auditctl: set and locked until reboot */
	};
	int e = exec_request(ex, AUDIT_SET_FEATURE, &f, sizeof(f));

	if (e < 0) {
		exec_say(ex, LOG_ERR, "Error setting feature (%s)", strerror(-e));
		return ACT_FAIL;
	}
	return ACT_OK;
}

/* --- -m --------------------------------------------------------------------- */

/* A value is written as auditd's records write untrusted strings: in
 * quotes, or as hex when quotes would not hold it. */
static void encode_value(const char *s, char *out, size_t outsz)
{
	const unsigned char *p;
	size_t n = 0;
	int hex = 0;

	for (p = (const unsigned char *)s; *p; p++)
		if (*p <= ' ' || *p == '"' || *p >= 0x7f)
			hex = 1;
	if (!hex) {
		snprintf(out, outsz, "\"%s\"", s);
		return;
	}
	for (p = (const unsigned char *)s; *p && n + 3 <= outsz; p++)
		n += (size_t)snprintf(out + n, outsz - n, "%02X", *p);
	if (n < outsz)
		out[n] = '\0';
}

int acts_user_msg(struct rules_exec *ex, const char *text)
{
	char exe[PATH_MAX], exe_enc[2 * PATH_MAX + 3], host[256], tty[PATH_MAX];
	const char *term = "?", *hostname = "?", *t;
	char *msg = NULL;
	ssize_t n;
	int len, e;

	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	exe[n > 0 ? n : 0] = '\0';
	encode_value(n > 0 ? exe : "?", exe_enc, sizeof(exe_enc));
	/* auditctl names the terminal of its stdin and, when there is one,
	 * the host */
	t = ttyname(0);
	if (t) {
		snprintf(tty, sizeof(tty), "%s", strncmp(t, "/dev/", 5) ? t : t + 5);
		term = tty;
		if (gethostname(host, sizeof(host)) == 0) {
			host[sizeof(host) - 1] = '\0';
			hostname = host;
		}
	}
	len = asprintf(&msg, "text=%s exe=%s hostname=%s addr=? terminal=%s res=success",
		       text, exe_enc, hostname, term);
	if (len < 0)
		return ACT_FAIL;
	if (len > USER_MSG_MAX) {
		free(msg);
		return ACT_FAIL;	/* auditctl says nothing */
	}
	e = exec_request(ex, AUDIT_USER, msg, (size_t)len + 1);
	free(msg);
	return e < 0 ? ACT_FAIL : ACT_OK;
}

/* --- --signal ------------------------------------------------------------------ */

/* 3.0.9's words and 4.x's names for the same signals */
static const struct {
	const char *word;
	int sig;
} signal_words[] = {
	{ "TERM", SIGTERM }, { "HUP", SIGHUP }, { "USR1", SIGUSR1 },
	{ "USR2", SIGUSR2 }, { "CONT", SIGCONT },
	{ "stop", SIGTERM }, { "reload", SIGHUP }, { "rotate", SIGUSR1 },
	{ "resume", SIGUSR2 }, { "state", SIGCONT },
};

int acts_signal(struct rules_exec *ex, const char *w)
{
	struct audit_status st;
	size_t i;
	int sig = 0, e;

	for (i = 0; i < NELEM(signal_words); i++)
		if (strcasecmp(w, signal_words[i].word) == 0)
			sig = signal_words[i].sig;
	if (!sig) {
		exec_say(ex, LOG_ERR, "%s is an unsupported signal", w);
		return ACT_FAIL;
	}
	e = exec_get_status(ex, &st, NULL);
	if (e < 0) {
		exec_say(ex, LOG_ERR, "Error sending status request (%s)", strerror(-e));
		return ACT_FAIL;
	}
	if (st.pid == 0) {
		exec_say(ex, LOG_ERR, "Auditd is not running");
		return ACT_OK;
	}
	if (kill((pid_t)st.pid, sig) < 0) {
		exec_say(ex, LOG_ERR, "Failed sending signal to auditd (%s)", strerror(errno));
		return ACT_FAIL;
	}
	return ACT_OK;
}

/* --- -t, -q ----------------------------------------------------------------- */

int acts_trim(struct rules_exec *ex)
{
	int e = exec_request(ex, AUDIT_TRIM, NULL, 0);

	if (e < 0) {
		exec_say(ex, LOG_ERR, "Error sending trim subtrees command (%s)", strerror(-e));
		return ACT_FAIL;
	}
	return ACT_OK;
}

/* AUDIT_MAKE_EQUIV: two lengths, then both paths without their NULs. */
int acts_make_equiv(struct rules_exec *ex, const char *spec)
{
	const char *comma = spec ? strchr(spec, ',') : NULL;
	uint32_t sizes[2];
	char *req;
	int e;

	if (!comma)
		return ACT_FAIL;	/* the compiler said why */
	sizes[0] = (uint32_t)(comma - spec);
	sizes[1] = (uint32_t)strlen(comma + 1);
	req = malloc(sizeof(sizes) + sizes[0] + sizes[1]);
	if (!req)
		return ACT_FAIL;
	memcpy(req, sizes, sizeof(sizes));
	memcpy(req + sizeof(sizes), spec, sizes[0]);
	memcpy(req + sizeof(sizes) + sizes[0], comma + 1, sizes[1]);
	e = exec_request(ex, AUDIT_MAKE_EQUIV, req, sizeof(sizes) + sizes[0] + sizes[1]);
	free(req);
	if (e < 0) {
		exec_say(ex, LOG_ERR, "Error sending make_equivalent command (%s)", strerror(-e));
		return ACT_FAIL;
	}
	return ACT_OK;
}

