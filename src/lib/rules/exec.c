/* exec.c - compiled auditctl commands -> netlink requests and acks, the way
 * Debian's auditctl 3.0.9 performs them (auditctl(8)): what it prints on
 * stdout, the messages it gives and where they go, its exit statuses; and
 * the rules-file loop of `auditctl -R`, which here pipelines the rule
 * additions so that the daemon's start does not pay one round trip a rule.
 *
 * Observed behaviour this file reproduces (Debian 12, auditctl 3.0.9):
 * - auditctl acts option by option: -b/-e/-f/-r/--reset-lost/-s/-l/-m ...
 *   are performed while the options are parsed; a rule (-a -A -d -w -W) is
 *   sent once all options are parsed. A -i or -c anywhere on the line
 *   cancels that last step (the rule is not sent, no status is printed).
 * - after -b -e -f -r --backlog_wait_time (and no rule) it prints the
 *   status as read right after the FIRST of them (`-b 100 -b 200` prints
 *   backlog_limit 100), without the loginuid_immutable line of -s.
 * - its message mode: while it reads a rules file, its messages (and the
 *   "There was an error in line" lines) go to syslog, LOG_USER, ident
 *   "auditctl", until the first rule request of the file has been sent;
 *   from then on to stderr. The -F and -C value errors always go to
 *   stderr (RULES_DIAG_STDERR, marked by the compiler).
 * - a rules file is read with a 6144-byte fgets: a longer line is cut and
 *   each piece counts as a line of its own.
 * - -D lists the rules, deletes each (or each whose key contains the -k
 *   text), then lists again as -l (-k) would; "No rules" only when the
 *   kernel has none at all.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <syslog.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <unistd.h>
#include <linux/audit.h>
#include <linux/netlink.h>

#include "util.h"
#include "netlink.h"
#include "rules.h"
#include "tables.h"

#ifndef NETLINK_CAP_ACK
#define NETLINK_CAP_ACK		10
#endif
#ifndef NETLINK_NO_ENOBUFS
#define NETLINK_NO_ENOBUFS	5
#endif

#define VERSION_TEXT	"auditctl version 3.0.9"
#define FILE_LINE_MAX	6144	/* auditctl's fgets buffer for -R */
/* Replies to AUDIT_GET and AUDIT_LIST_RULES come from a kernel thread, after
 * the ack; give a loaded machine time. */
#define REPLY_TIMEOUT_MS 5000
/* Longest -m message (text= ... res=success) auditctl sends; longer ones it
 * refuses without a word (observed: the limit does not depend on the
 * length of the executable's path). */
#define USER_MSG_MAX	8951
/* A rules file's additions go out in batches: one sendmsg carries up to
 * BATCH_RULES requests (at most BATCH_BYTES), the kernel handles them in
 * order within that call and queues one ack each. RCVBUF holds the acks of
 * a whole batch many times over, so none is dropped. */
#define BATCH_RULES	64
#define BATCH_BYTES	(128 * 1024)
#define SNDBUF		(512 * 1024)
#define RCVBUF		(1024 * 1024)
#define RECV_BUF	(64 * 1024)

/* One message held back: compile messages of a pipelined line are given
 * only once its rule's ack is known (a line auditctl never reaches after a
 * failure says nothing). */
struct held_msg {
	int prio;
	char *text;
};

struct held {
	struct held_msg *v;
	unsigned n, cap;
};

/* A rules-file line whose rule is in the current batch. */
struct pending {
	unsigned lineno;
	struct audit_rule_data *rule;	/* owned */
	size_t len;
	int err;			/* the ack: 0 or -errno */
	int acked;
	struct held msgs;
};

struct rules_exec {
	const struct rules_diag *diag;
	struct rules_out out;
	int fd;				/* -1 until the first request */
	uint32_t seq;
	uint32_t native;
	struct rules_fmt_ctx fmt;	/* auditctl's listing state lives as long as it */
	int syslog_mode;		/* see the top of the file */
	int interpret;			/* a -l -i or -s -i line was read */
	char *rbuf;			/* RECV_BUF bytes */

	/* the rules file being read (-R) */
	const char *path;
	int ignore;			/* a -i line was seen */
	int cont;			/* a -c line was seen */
	int cont_failed;		/* a line failed under -c: exit 1 */
	int stop;			/* stop reading: the line failed */
	int file_status;		/* what -R returns when stopping */
	struct rules_load_result *res;
	struct pending *pend;
	unsigned npend, cappend;
	size_t pend_bytes;
	uint32_t train_seq;		/* sequence number of pend[0]'s request */
};

/* What one command left to do after its options (auditctl's last step). */
struct cmd_state {
	const struct rules_action *rule;	/* ADD or DEL, or NULL */
	int set_done;				/* a -b -e -f -r was sent */
	int have_status;
	struct audit_status status;		/* read after the first of them */
	size_t status_len;
	int file_status;			/* -R on the command line: its status */
	int did_file;
};

enum {
	ACT_OK = 0,
	ACT_FAIL = -1,
};

/* --- messages ------------------------------------------------------------- */

static void emit_routed(struct rules_exec *ex, int prio, const char *text)
{
	if (!ex->diag || !ex->diag->emit)
		return;
	if (!(prio & RULES_DIAG_STDERR) && ex->syslog_mode)
		prio |= RULES_DIAG_SYSLOG;
	ex->diag->emit(ex->diag->arg, prio, text);
}

static void say(struct rules_exec *ex, int prio, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void say(struct rules_exec *ex, int prio, const char *fmt, ...)
{
	char *msg = NULL;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vasprintf(&msg, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	emit_routed(ex, prio, msg);
	free(msg);
}

static void print(struct rules_exec *ex, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void print(struct rules_exec *ex, const char *fmt, ...)
{
	char line[1024];
	va_list ap;

	if (!ex->out.line)
		return;
	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	ex->out.line(ex->out.arg, line);
}

/* The compiler's messages are held, then given in order with the routing
 * of the moment auditctl would have printed them. */
static void hold_emit(void *arg, int prio, const char *msg)
{
	struct held *h = arg;
	struct held_msg *v;

	if (h->n == h->cap) {
		unsigned cap = h->cap ? 2 * h->cap : 4;

		v = realloc(h->v, cap * sizeof(*v));
		if (!v)
			return;
		h->v = v;
		h->cap = cap;
	}
	h->v[h->n].prio = prio;
	h->v[h->n].text = strdup(msg);
	if (h->v[h->n].text)
		h->n++;
}

static void held_release(struct held *h)
{
	unsigned i;

	for (i = 0; i < h->n; i++)
		free(h->v[i].text);
	free(h->v);
	memset(h, 0, sizeof(*h));
}

static void held_flush(struct rules_exec *ex, struct held *h)
{
	unsigned i;

	for (i = 0; i < h->n; i++)
		emit_routed(ex, h->v[i].prio, h->v[i].text);
	held_release(h);
}

/* --- netlink ---------------------------------------------------------------- */

static int nl_fd(struct rules_exec *ex)
{
	int fd, v;

	if (ex->fd >= 0)
		return ex->fd;
	fd = netlink_open(NETLINK_MODE_UNICAST, RCVBUF);
	if (fd < 0)
		return fd;
	/* A lost ack must show as ENOBUFS, not as a silent timeout. */
	v = 0;
	(void)setsockopt(fd, SOL_NETLINK, NETLINK_NO_ENOBUFS, &v, sizeof(v));
	/* Error acks without the echoed request: a batch's acks stay small. */
	v = 1;
	(void)setsockopt(fd, SOL_NETLINK, NETLINK_CAP_ACK, &v, sizeof(v));
	v = SNDBUF;
	if (setsockopt(fd, SOL_SOCKET, SO_SNDBUFFORCE, &v, sizeof(v)) < 0)
		(void)setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &v, sizeof(v));
	ex->fd = fd;
	return fd;
}

/* Consecutive, wrapping: a train's acks are found by their distance from
 * its first sequence number. */
static uint32_t next_seq(struct rules_exec *ex)
{
	return ++ex->seq;
}

static int nl_sendmsg(struct rules_exec *ex, struct iovec *iov, size_t niov)
{
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
	struct msghdr mh = {
		.msg_name = &kernel,
		.msg_namelen = sizeof(kernel),
		.msg_iov = iov,
		.msg_iovlen = niov,
	};
	int fd = nl_fd(ex);
	ssize_t n;

	if (fd < 0)
		return fd;
	do
		n = sendmsg(fd, &mh, 0);
	while (n < 0 && errno == EINTR);
	return n < 0 ? -errno : 0;
}

/* One request with NLM_F_ACK; its sequence number in *seq. */
static int nl_send(struct rules_exec *ex, uint16_t type, const void *data,
		   size_t len, uint32_t *seq)
{
	struct nlmsghdr nh = {
		.nlmsg_len = NLMSG_LENGTH(len),
		.nlmsg_type = type,
		.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK,
	};
	static const char pad[NLMSG_ALIGNTO];
	struct iovec iov[3] = {
		{ &nh, NLMSG_HDRLEN },
		{ (void *)data, len },
		{ (void *)pad, NLMSG_ALIGN(len) - len },
	};

	nh.nlmsg_seq = *seq = next_seq(ex);
	return nl_sendmsg(ex, iov, 3);
}

/* What we wait for after a request: its ack, and for GET-like requests
 * the reply (one, or several up to NLMSG_DONE). */
struct wait {
	uint32_t first, last;		/* the sequence numbers acked */
	uint16_t reply;			/* reply type, 0: ack only */
	int multi;
	int done;			/* reply complete */
	void (*on_ack)(void *arg, uint32_t seq, int err);
	void (*on_reply)(void *arg, const struct nlmsghdr *nh);
	void *arg;
	unsigned acks;			/* acks still missing */
	int err;			/* single request: the ack's value */
};

static void on_single_ack(void *arg, uint32_t seq, int err)
{
	struct wait *w = arg;

	(void)seq;
	w->err = err;
}

/* Read until every ack of [first, last] has come and the reply is done.
 * Returns 0, or -errno when the socket fails or the kernel stays silent. */
static int nl_wait(struct rules_exec *ex, struct wait *w)
{
	struct pollfd p = { .fd = ex->fd, .events = POLLIN };

	while (w->acks || (w->reply && !w->done && w->err == 0)) {
		struct sockaddr_nl from;
		socklen_t fl = sizeof(from);
		struct nlmsghdr *nh;
		ssize_t n;
		size_t left;
		int r = poll(&p, 1, REPLY_TIMEOUT_MS);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return r < 0 ? -errno : -ETIMEDOUT;
		n = recvfrom(ex->fd, ex->rbuf, RECV_BUF, MSG_DONTWAIT,
			     (struct sockaddr *)&from, &fl);
		if (n < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			return -errno;
		}
		if (from.nl_pid != 0)
			continue;	/* not the kernel */
		left = (size_t)n;
		for (nh = (struct nlmsghdr *)ex->rbuf; NLMSG_OK(nh, left);
		     nh = NLMSG_NEXT(nh, left)) {
			uint32_t s = nh->nlmsg_seq;

			if (s - w->first > w->last - w->first)
				continue;	/* a stale reply */
			if (nh->nlmsg_type == NLMSG_ERROR) {
				const struct nlmsgerr *e = NLMSG_DATA(nh);

				if (nh->nlmsg_len < NLMSG_LENGTH(sizeof(int)))
					continue;
				if (w->acks)
					w->acks--;
				w->on_ack(w->arg, s, e->error);
			} else if (nh->nlmsg_type == NLMSG_DONE) {
				w->done = 1;
			} else if (w->reply && nh->nlmsg_type == w->reply) {
				w->on_reply(w->arg, nh);
				if (!w->multi)
					w->done = 1;
			}
		}
	}
	return 0;
}

/* A request and its ack. Returns the ack's value (0, -errno, or the
 * positive count some AUDIT_SET resets answer with). */
static int nl_request(struct rules_exec *ex, uint16_t type, const void *data, size_t len)
{
	struct wait w = { .acks = 1, .on_ack = on_single_ack };
	int e;

	e = nl_send(ex, type, data, len, &w.first);
	if (e < 0)
		return e;
	w.last = w.first;
	w.arg = &w;
	e = nl_wait(ex, &w);
	return e < 0 ? e : w.err;
}

struct copy_reply {
	struct wait w;
	void *out;
	size_t outsz, len;
};

static void on_copy_ack(void *arg, uint32_t seq, int err)
{
	struct copy_reply *c = arg;

	(void)seq;
	c->w.err = err;
}

static void on_copy_reply(void *arg, const struct nlmsghdr *nh)
{
	struct copy_reply *c = arg;
	size_t l = nh->nlmsg_len - NLMSG_HDRLEN;

	c->len = l < c->outsz ? l : c->outsz;
	memcpy(c->out, NLMSG_DATA(nh), c->len);
}

/* A request answered by one message of the same type (AUDIT_GET,
 * AUDIT_GET_FEATURE). out is zeroed first; *len is what the kernel gave. */
static int nl_get(struct rules_exec *ex, uint16_t type, const void *req, size_t reqlen,
		  void *out, size_t outsz, size_t *len)
{
	struct copy_reply c = {
		.w = { .acks = 1, .reply = type, .on_ack = on_copy_ack,
		       .on_reply = on_copy_reply },
		.out = out,
		.outsz = outsz,
	};
	int e;

	memset(out, 0, outsz);
	c.w.arg = &c;
	e = nl_send(ex, type, req, reqlen, &c.w.first);
	if (e < 0)
		return e;
	c.w.last = c.w.first;
	e = nl_wait(ex, &c.w);
	if (e < 0)
		return e;
	if (c.w.err)
		return c.w.err < 0 ? c.w.err : 0;
	if (len)
		*len = c.len;
	return 0;
}

static int get_status(struct rules_exec *ex, struct audit_status *st, size_t *len)
{
	return nl_get(ex, AUDIT_GET, NULL, 0, st, sizeof(*st), len);
}

/* --- the rule list ---------------------------------------------------------- */

struct rule_list {
	struct wait w;
	struct audit_rule_data **v;
	size_t *len;
	unsigned n, cap;
	int oom;
};

static void on_list_ack(void *arg, uint32_t seq, int err)
{
	struct rule_list *l = arg;

	(void)seq;
	l->w.err = err;
}

static void on_list_reply(void *arg, const struct nlmsghdr *nh)
{
	struct rule_list *l = arg;
	size_t len = nh->nlmsg_len - NLMSG_HDRLEN;
	struct audit_rule_data *r;

	if (l->n == l->cap) {
		unsigned cap = l->cap ? 2 * l->cap : 64;
		struct audit_rule_data **v = realloc(l->v, cap * sizeof(*v));
		size_t *lv = realloc(l->len, cap * sizeof(*lv));

		if (v)
			l->v = v;
		if (lv)
			l->len = lv;
		if (!v || !lv) {
			l->oom = 1;
			return;
		}
		l->cap = cap;
	}
	r = malloc(len ? len : 1);
	if (!r) {
		l->oom = 1;
		return;
	}
	memcpy(r, NLMSG_DATA(nh), len);
	l->v[l->n] = r;
	l->len[l->n++] = len;
}

static void list_free(struct rule_list *l)
{
	unsigned i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	free(l->len);
}

/* AUDIT_LIST_RULES: every rule the kernel has, in its order. */
static int list_rules(struct rules_exec *ex, struct rule_list *l)
{
	int e;

	memset(l, 0, sizeof(*l));
	l->w.acks = 1;
	l->w.reply = AUDIT_LIST_RULES;
	l->w.multi = 1;
	l->w.on_ack = on_list_ack;
	l->w.on_reply = on_list_reply;
	l->w.arg = l;
	e = nl_send(ex, AUDIT_LIST_RULES, NULL, 0, &l->w.first);
	if (e < 0)
		return e;
	l->w.last = l->w.first;
	e = nl_wait(ex, &l->w);
	if (e < 0)
		return e;
	if (l->w.err < 0)
		return l->w.err;
	return l->oom ? -ENOMEM : 0;
}

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

static int act_list(struct rules_exec *ex, const char *key, unsigned flags)
{
	struct rule_list l;
	unsigned i;
	int e = list_rules(ex, &l);

	if (e < 0) {
		say(ex, LOG_ERR, "Error sending rule list data request (%s)", strerror(-e));
		list_free(&l);
		return ACT_FAIL;
	}
	if (l.n == 0)
		print(ex, "No rules");
	for (i = 0; i < l.n; i++)
		if (key_matches(l.v[i], l.len[i], key))
			print_rule(ex, l.v[i], l.len[i], flags);
	list_free(&l);
	return ACT_OK;
}

struct del_batch {
	int err;			/* first error */
};

static void on_del_ack(void *arg, uint32_t seq, int err)
{
	struct del_batch *d = arg;

	(void)seq;
	if (err < 0 && !d->err)
		d->err = err;
}

/* Send count rule requests of one type in one sendmsg (see below). */
static int send_rules(struct rules_exec *ex, uint16_t type,
		      struct audit_rule_data *const *rules, const size_t *lens,
		      unsigned count, uint32_t *first_seq, struct wait *w);

static int act_del_all(struct rules_exec *ex, const char *key)
{
	struct rule_list l;
	struct audit_rule_data **sel;
	size_t *lens;
	unsigned i, n = 0;
	int e = list_rules(ex, &l);

	if (e < 0) {
		say(ex, LOG_ERR, "Error sending rule list data request (%s)", strerror(-e));
		list_free(&l);
		return ACT_FAIL;
	}
	sel = calloc(l.n + 1, sizeof(*sel));
	lens = calloc(l.n + 1, sizeof(*lens));
	if (!sel || !lens) {
		free(sel);
		free(lens);
		list_free(&l);
		return ACT_FAIL;
	}
	for (i = 0; i < l.n; i++) {
		if (!key_matches(l.v[i], l.len[i], key))
			continue;
		sel[n] = l.v[i];
		lens[n++] = l.len[i];
	}
	/* auditctl deletes one rule per round trip; they go out in trains
	 * here. That saves the round trips only: the kernel waits for an RCU
	 * grace period inside each deletion (synchronize_rcu in
	 * audit_del_rule, ~12 ms on this 2-vCPU VM), one rule after another. */
	for (i = 0; i < n && e == 0; i += BATCH_RULES) {
		unsigned cnt = n - i < BATCH_RULES ? n - i : BATCH_RULES;
		struct del_batch d = { 0 };
		struct wait w = { .on_ack = on_del_ack, .arg = &d };

		e = send_rules(ex, AUDIT_DEL_RULE, sel + i, lens + i, cnt, &w.first, &w);
		if (e == 0)
			e = nl_wait(ex, &w);
		if (e == 0)
			e = d.err;
	}
	free(sel);
	free(lens);
	list_free(&l);
	if (e < 0) {
		say(ex, LOG_ERR, "Error deleting rule (%s)", strerror(-e));
		return ACT_FAIL;
	}
	return act_list(ex, key, 0);
}

/* --- status ------------------------------------------------------------------ */

static const char *const enabled_words[] = { "disable", "enabled", "enabled+immutable" };
static const char *const failure_words[] = { "silent", "printk", "panic" };

static const char *word(const char *const *words, size_t n, uint32_t v)
{
	return v < n ? words[v] : "unknown";
}

static void print_status(struct rules_exec *ex, const struct audit_status *st,
			 size_t len, int interpret)
{
	if (interpret) {
		print(ex, "enabled %s", word(enabled_words, 3, st->enabled));
		print(ex, "failure %s", word(failure_words, 3, st->failure));
	} else {
		print(ex, "enabled %u", st->enabled);
		print(ex, "failure %u", st->failure);
	}
	print(ex, "pid %u", st->pid);
	print(ex, "rate_limit %u", st->rate_limit);
	print(ex, "backlog_limit %u", st->backlog_limit);
	print(ex, "lost %u", st->lost);
	print(ex, "backlog %u", st->backlog);
	/* older kernels answer with a shorter struct */
	if (len >= offsetof(struct audit_status, backlog_wait_time) + sizeof(uint32_t))
		print(ex, "backlog_wait_time %u", st->backlog_wait_time);
	if (len >= offsetof(struct audit_status, backlog_wait_time_actual) + sizeof(uint32_t))
		print(ex, "backlog_wait_time_actual %u", st->backlog_wait_time_actual);
}

static int act_status(struct rules_exec *ex, int interpret)
{
	struct audit_status st;
	struct audit_features req = { 0 }, feat;
	size_t len = 0;
	int e = get_status(ex, &st, &len);
	uint32_t bit = AUDIT_FEATURE_TO_MASK(AUDIT_FEATURE_LOGINUID_IMMUTABLE);

	if (e < 0) {
		say(ex, LOG_ERR, "Error sending status request (%s)", strerror(-e));
		return ACT_FAIL;
	}
	print_status(ex, &st, len, interpret);
	e = nl_get(ex, AUDIT_GET_FEATURE, &req, sizeof(req), &feat, sizeof(feat), NULL);
	if (e < 0) {
		say(ex, LOG_ERR, "Error getting feature (%s)", strerror(-e));
		return ACT_OK;
	}
	print(ex, "loginuid_immutable %u %s", (feat.features & bit) ? 1 : 0,
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

static int act_set(struct rules_exec *ex, const struct rules_action *a, struct cmd_state *cs)
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
	e = nl_request(ex, AUDIT_SET, &st, sizeof(st));
	if (e < 0) {
		say(ex, LOG_ERR, "Error sending %s request (%s)", what, strerror(-e));
		return ACT_FAIL;
	}
	if (!cs->set_done) {
		cs->set_done = 1;
		cs->have_status = get_status(ex, &cs->status, &cs->status_len) == 0;
	}
	return ACT_OK;
}

/* --reset-lost, --reset_backlog_wait_time_actual: the kernel answers with
 * the old value in the ack. */
static int act_reset(struct rules_exec *ex, uint32_t mask, const char *name, const char *what)
{
	struct audit_status st = { .mask = mask };
	int e = nl_request(ex, AUDIT_SET, &st, sizeof(st));

	if (e < 0) {
		say(ex, LOG_ERR, "Error sending %s reset request (%s)", what, strerror(-e));
		return ACT_FAIL;
	}
	say(ex, LOG_INFO, "%s: %u", name, (unsigned)e);
	return ACT_OK;
}

static int act_loginuid_immutable(struct rules_exec *ex)
{
	uint32_t bit = AUDIT_FEATURE_TO_MASK(AUDIT_FEATURE_LOGINUID_IMMUTABLE);
	struct audit_features f = {
		.vers = AUDIT_FEATURE_VERSION,
		.mask = bit,
		.features = bit,
		.lock = bit,	/* as auditctl: set and locked until reboot */
	};
	int e = nl_request(ex, AUDIT_SET_FEATURE, &f, sizeof(f));

	if (e < 0) {
		say(ex, LOG_ERR, "Error setting feature (%s)", strerror(-e));
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

static int act_user_msg(struct rules_exec *ex, const char *text)
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
	e = nl_request(ex, AUDIT_USER, msg, (size_t)len + 1);
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

static int act_signal(struct rules_exec *ex, const char *w)
{
	struct audit_status st;
	size_t i;
	int sig = 0, e;

	for (i = 0; i < NELEM(signal_words); i++)
		if (strcasecmp(w, signal_words[i].word) == 0)
			sig = signal_words[i].sig;
	if (!sig) {
		say(ex, LOG_ERR, "%s is an unsupported signal", w);
		return ACT_FAIL;
	}
	e = get_status(ex, &st, NULL);
	if (e < 0) {
		say(ex, LOG_ERR, "Error sending status request (%s)", strerror(-e));
		return ACT_FAIL;
	}
	if (st.pid == 0) {
		say(ex, LOG_ERR, "Auditd is not running");
		return ACT_OK;
	}
	if (kill((pid_t)st.pid, sig) < 0) {
		say(ex, LOG_ERR, "Failed sending signal to auditd (%s)", strerror(errno));
		return ACT_FAIL;
	}
	return ACT_OK;
}

/* --- -t, -q ----------------------------------------------------------------- */

static int act_trim(struct rules_exec *ex)
{
	int e = nl_request(ex, AUDIT_TRIM, NULL, 0);

	if (e < 0) {
		say(ex, LOG_ERR, "Error sending trim subtrees command (%s)", strerror(-e));
		return ACT_FAIL;
	}
	return ACT_OK;
}

/* AUDIT_MAKE_EQUIV: two lengths, then both paths without their NULs. */
static int act_make_equiv(struct rules_exec *ex, const char *spec)
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
	e = nl_request(ex, AUDIT_MAKE_EQUIV, req, sizeof(sizes) + sizes[0] + sizes[1]);
	free(req);
	if (e < 0) {
		say(ex, LOG_ERR, "Error sending make_equivalent command (%s)", strerror(-e));
		return ACT_FAIL;
	}
	return ACT_OK;
}

/* --- -h ------------------------------------------------------------------------- */

static const char *const usage_lines[] = {
	"usage: auditctl [options]",
	"    -a <l,a>                          Append rule to end of <l>ist with <a>ction",
	"    -A <l,a>                          Add rule at beginning of <l>ist with <a>ction",
	"    -b <backlog>                      Set max number of outstanding audit buffers",
	"                                      allowed Default=64",
	"    -c                                Continue through errors in rules",
	"    -C f=f                            Compare collected fields if available:",
	"                                      Field name, operator(=,!=), field name",
	"    -d <l,a>                          Delete rule from <l>ist with <a>ction",
	"                                      l=task,exit,user,exclude,filesystem",
	"                                      a=never,always",
	"    -D                                Delete all rules and watches",
	"    -e [0..2]                         Set enabled flag",
	"    -f [0..2]                         Set failure flag",
	"                                      0=silent 1=printk 2=panic",
	"    -F f=v                            Build rule: field name, operator(=,!=,<,>,<=,",
	"                                      >=,&,&=) value",
	"    -h                                Help",
	"    -i                                Ignore errors when reading rules from file",
	"    -k <key>                          Set filter key on audit rule",
	"    -l                                List rules",
	"    -m text                           Send a user-space message",
	"    -p [r|w|x|a]                      Set permissions filter on watch",
	"                                      r=read, w=write, x=execute, a=attribute",
	"    -q <mount,subtree>                make subtree part of mount point's dir watches",
	"    -r <rate>                         Set limit in messages/sec (0=none)",
	"    -R <file>                         read rules from file",
	"    -s                                Report status",
	"    -S syscall                        Build rule: syscall name or number",
	"    --signal <signal>                 Send the specified signal to the daemon",
	"    -t                                Trim directory watches",
	"    -v                                Version",
	"    -w <path>                         Insert watch at <path>",
	"    -W <path>                         Remove watch at <path>",
	"    --loginuid-immutable              Make loginuids unchangeable once set",
	"    --backlog_wait_time               Set the kernel backlog_wait_time",
	"    --reset-lost                      Reset the lost record counter",
	"    --reset_backlog_wait_time_actual  Reset the actual backlog wait time counter",
};

void rules_exec_usage(struct rules_exec *ex)
{
	size_t i;

	for (i = 0; i < NELEM(usage_lines); i++)
		print(ex, "%s", usage_lines[i]);
}

/* --- acting on one command ----------------------------------------------------- */

static int exec_file(struct rules_exec *ex, const char *path);

/* Perform the options of cmd that auditctl performs while it parses them,
 * in order; the rule (ADD/DEL) is left in cs for the last step. Stops at the
 * first that fails. */
static int run_acts(struct rules_exec *ex, const struct rules_cmd *cmd, struct cmd_state *cs)
{
	unsigned i;
	int r = ACT_OK;

	for (i = 0; i < cmd->n && r == ACT_OK; i++) {
		const struct rules_action *a = &cmd->acts[i];

		switch (a->act) {
		case RULES_ACT_ADD:
		case RULES_ACT_DEL:
			cs->rule = a;
			break;
		case RULES_ACT_DEL_ALL:
			r = act_del_all(ex, a->str);
			break;
		case RULES_ACT_LIST:
			r = act_list(ex, a->str, cmd->flag_i || ex->interpret ?
				     RULES_FMT_INTERPRET : 0);
			break;
		case RULES_ACT_STATUS:
			r = act_status(ex, cmd->flag_i || ex->interpret);
			break;
		case RULES_ACT_SET:
			r = act_set(ex, a, cs);
			break;
		case RULES_ACT_RESET_LOST:
			r = act_reset(ex, AUDIT_STATUS_LOST, "lost", "lost");
			break;
		case RULES_ACT_RESET_BWT_ACTUAL:
			r = act_reset(ex, AUDIT_STATUS_BACKLOG_WAIT_TIME_ACTUAL,
				      "backlog_wait_time_actual", "backlog wait time actual");
			break;
		case RULES_ACT_LOGINUID_IMMUTABLE:
			r = act_loginuid_immutable(ex);
			break;
		case RULES_ACT_USER_MSG:
			r = act_user_msg(ex, a->str ? a->str : "");
			break;
		case RULES_ACT_SIGNAL:
			r = act_signal(ex, a->str ? a->str : "");
			break;
		case RULES_ACT_READ_FILE:
			if (ex->path) {
				say(ex, LOG_ERR, "Error - nested rule files not supported");
				r = ACT_FAIL;
				break;
			}
			cs->did_file = 1;
			cs->file_status = exec_file(ex, a->str);
			break;
		case RULES_ACT_TRIM:
			r = act_trim(ex);
			break;
		case RULES_ACT_MAKE_EQUIV:
			r = act_make_equiv(ex, a->str);
			break;
		case RULES_ACT_VERSION:
			print(ex, VERSION_TEXT);
			break;
		case RULES_ACT_HELP:
			/* usage, and auditctl counts it a failure */
			rules_exec_usage(ex);
			r = ACT_FAIL;
			break;
		}
	}
	return r;
}

static const char *rule_errstr(int e, uint16_t type)
{
	if (type == AUDIT_ADD_RULE && e == -EEXIST)
		return "Rule exists";
	return strerror(-e);
}

static void say_rule_error(struct rules_exec *ex, uint16_t type, int e)
{
	if (type == AUDIT_ADD_RULE)
		say(ex, LOG_ERR, "Error sending add rule data request (%s)", rule_errstr(e, type));
	else
		say(ex, LOG_ERR, "Error sending delete rule data request (%s)", rule_errstr(e, type));
}

static int send_one_rule(struct rules_exec *ex, const struct rules_action *a)
{
	uint16_t type = a->act == RULES_ACT_ADD ? AUDIT_ADD_RULE : AUDIT_DEL_RULE;
	int e = nl_request(ex, type, a->rule.data, rules_rule_size(&a->rule));

	/* auditctl's messages go to stderr from its first rule request on */
	ex->syslog_mode = 0;
	if (e < 0) {
		say_rule_error(ex, type, e);
		return e;
	}
	return 0;
}

static uint32_t native_arch(void)
{
	struct utsname u;

	if (uname(&u) < 0)
		return 0;
	return tables_arch_number(u.machine);
}

struct rules_exec *rules_exec_open(const struct rules_diag *diag, const struct rules_out *out)
{
	struct rules_exec *ex = calloc(1, sizeof(*ex));

	if (!ex)
		return NULL;
	ex->rbuf = malloc(RECV_BUF);
	if (!ex->rbuf) {
		free(ex);
		return NULL;
	}
	ex->diag = diag;
	if (out)
		ex->out = *out;
	ex->fd = -1;
	ex->native = native_arch();
	rules_fmt_init(&ex->fmt, ex->native);
	return ex;
}

void rules_exec_close(struct rules_exec *ex)
{
	if (!ex)
		return;
	if (ex->fd >= 0)
		close(ex->fd);
	free(ex->pend);
	free(ex->rbuf);
	free(ex);
}

int rules_exec_argv(struct rules_exec *ex, int argc, char *const argv[])
{
	struct rules_cmd cmd;
	struct cmd_state cs = { 0 };
	struct held msgs = { 0 };
	struct rules_diag hold = { hold_emit, &msgs };
	int rc, r, status = 0;

	memset(&cmd, 0, sizeof(cmd));
	rc = rules_compile_argv(argc, argv, 0, ex->native, &cmd, &hold);
	/* A failing option comes after the ones auditctl has performed: its
	 * words come after theirs. */
	if (rc == 0)
		held_flush(ex, &msgs);
	r = run_acts(ex, &cmd, &cs);
	held_flush(ex, &msgs);
	if (rc < 0 || r != ACT_OK) {
		status = 255;
		goto out;
	}
	if (cs.did_file)
		status = cs.file_status;
	if (cmd.flag_i || cmd.flag_c)
		goto out;
	if (cs.rule) {
		struct audit_status st;

		/* auditctl asks before it changes a rule */
		if (get_status(ex, &st, NULL) == 0 && st.enabled == 2) {
			say(ex, LOG_ERR, "The audit system is in immutable mode, "
			    "no rule changes allowed");
			goto out;
		}
		if (send_one_rule(ex, cs.rule) < 0)
			status = 255;
	} else if (cs.set_done && cs.have_status) {
		print_status(ex, &cs.status, cs.status_len, 0);
	}
out:
	rules_cmd_free(&cmd);
	return status;
}

/* --- the rules file ---------------------------------------------------------------- */

/* Pipelining. auditctl sends a rule, waits for its ack, reads the next line.
 * Here the consecutive lines that only add a rule (no -i/-c, no other act)
 * are compiled ahead and sent as one train of up to BATCH_RULES requests in
 * a single sendmsg; the kernel takes them in file order and queues one ack
 * each, and the acks are then read back by sequence number and handled line
 * by line in order, each line's held compile messages first, exactly as
 * auditctl would have printed them. Any other line first drains the train,
 * so -D, -b, -e, -i, -c and errors happen at the same point as in auditctl.
 *
 * What auditctl would not have done: when line k of a train fails and
 * neither -i nor -c is in force, auditctl stops there and never sends lines
 * k+1.., but the kernel has already been given them. We take back those it
 * accepted (AUDIT_DEL_RULE of the same bytes, newest first). That restores
 * the rule list exactly: a rule the kernel accepted was not already there
 * (it refuses duplicates with EEXIST), and deleting it touches nothing else.
 * The cost, on an error path only: the kernel logs an add_rule and a
 * remove_rule CONFIG_CHANGE for each, the rules were live for the few
 * microseconds in between, and each deletion waits for an RCU grace period
 * in the kernel (~12 ms here), which the train length (BATCH_RULES) bounds
 * to under a second. Bounding the train further would not avoid any of it
 * (any rule after a failing one in the same train has the same problem) and
 * predicting the kernel's refusals (EEXIST, EINVAL for field combinations it
 * rejects, EPERM once locked) cannot be done reliably from user space. With
 * -i or -c in force every line is sent anyway, so nothing is taken back. */

/* A line failed. auditctl names it, then stops unless -i or -c came
 * before; -c makes the exit status 1 at the end, -i alone 0. */
static void line_failed(struct rules_exec *ex, unsigned lineno)
{
	say(ex, LOG_ERR, "There was an error in line %u of %s", lineno, ex->path);
	if (ex->res)
		ex->res->errors++;
	if (ex->cont)
		ex->cont_failed = 1;
	else if (!ex->ignore) {
		ex->stop = 1;
		ex->file_status = 1;
	}
}

/* Build the train of requests for rules[0..count) (nlmsghdr, data,
 * padding each) and send it in one sendmsg; w is set to expect the acks. */
static int send_rules(struct rules_exec *ex, uint16_t type,
		      struct audit_rule_data *const *rules, const size_t *lens,
		      unsigned count, uint32_t *first_seq, struct wait *w)
{
	static const char pad[NLMSG_ALIGNTO];
	struct nlmsghdr *hdrs;
	struct iovec *iov;
	unsigned i;
	int e;

	hdrs = calloc(count, sizeof(*hdrs));
	iov = calloc(3 * (size_t)count, sizeof(*iov));
	if (!hdrs || !iov) {
		free(hdrs);
		free(iov);
		return -ENOMEM;
	}
	for (i = 0; i < count; i++) {
		hdrs[i].nlmsg_len = NLMSG_LENGTH(lens[i]);
		hdrs[i].nlmsg_type = type;
		hdrs[i].nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
		hdrs[i].nlmsg_seq = next_seq(ex);
		if (i == 0)
			*first_seq = hdrs[i].nlmsg_seq;
		iov[3 * i] = (struct iovec){ &hdrs[i], NLMSG_HDRLEN };
		iov[3 * i + 1] = (struct iovec){ rules[i], lens[i] };
		iov[3 * i + 2] = (struct iovec){ (void *)pad, NLMSG_ALIGN(lens[i]) - lens[i] };
	}
	w->first = *first_seq;
	w->last = hdrs[count - 1].nlmsg_seq;
	w->acks = count;
	e = nl_sendmsg(ex, iov, 3 * (size_t)count);
	free(hdrs);
	free(iov);
	return e;
}

static void on_pending_ack(void *arg, uint32_t seq, int err)
{
	struct rules_exec *ex = arg;
	unsigned i = seq - ex->train_seq;

	if (i < ex->npend && !ex->pend[i].acked) {
		ex->pend[i].acked = 1;
		ex->pend[i].err = err < 0 ? err : 0;
	}
}

static void pending_release(struct pending *p)
{
	free(p->rule);
	p->rule = NULL;
	held_release(&p->msgs);
}

/* Remove again the rules of pend[from..npend) that the kernel took, newest
 * first. They were sent in the same train as a rule that failed, which
 * auditctl would have stopped at: it never sends them. */
static void undo_after(struct rules_exec *ex, unsigned from)
{
	struct audit_rule_data **rules;
	size_t *lens;
	unsigned i, n = 0;

	rules = calloc(ex->npend, sizeof(*rules));
	lens = calloc(ex->npend, sizeof(*lens));
	if (!rules || !lens)
		goto out;
	for (i = ex->npend; i-- > from;) {
		if (!ex->pend[i].acked || ex->pend[i].err)
			continue;
		rules[n] = ex->pend[i].rule;
		lens[n++] = ex->pend[i].len;
	}
	if (n) {
		struct del_batch d = { 0 };
		struct wait w = { .on_ack = on_del_ack, .arg = &d };
		uint32_t first = 0;
		int e = send_rules(ex, AUDIT_DEL_RULE, rules, lens, n, &first, &w);

		if (e == 0)
			e = nl_wait(ex, &w);
		if (e == 0)
			e = d.err;
		if (e < 0)
			say(ex, LOG_ERR, "Could not take back %u rules sent after line %u "
			    "of %s (%s)", n, ex->pend[from - 1].lineno, ex->path, strerror(-e));
	}
out:
	free(rules);
	free(lens);
}

/* Send the batch, collect its acks and give, line by line in order, what
 * auditctl would have said; stop at a failed line unless -i/-c. */
static void flush(struct rules_exec *ex)
{
	struct audit_rule_data **rules = NULL;
	size_t *lens = NULL;
	struct wait w = { .on_ack = on_pending_ack, .arg = ex };
	unsigned i;
	uint32_t first = 0;
	int e;

	if (!ex->npend)
		return;
	rules = calloc(ex->npend, sizeof(*rules));
	lens = calloc(ex->npend, sizeof(*lens));
	if (!rules || !lens) {
		e = -ENOMEM;
		goto failed;
	}
	for (i = 0; i < ex->npend; i++) {
		rules[i] = ex->pend[i].rule;
		lens[i] = ex->pend[i].len;
	}
	e = send_rules(ex, AUDIT_ADD_RULE, rules, lens, ex->npend, &first, &w);
	ex->train_seq = first;		/* on_pending_ack counts from it */
	if (e == 0)
		e = nl_wait(ex, &w);
failed:
	free(rules);
	free(lens);
	for (i = 0; i < ex->npend; i++) {
		struct pending *p = &ex->pend[i];
		int err = p->acked ? p->err : (e < 0 ? e : -ETIMEDOUT);

		if (ex->stop) {
			pending_release(p);
			continue;
		}
		held_flush(ex, &p->msgs);
		ex->syslog_mode = 0;	/* a rule request went out */
		if (ex->res)
			ex->res->lines++;
		if (err == -ECONNREFUSED) {
			say(ex, LOG_ERR, "The audit system is disabled");
			ex->stop = 1;
			ex->file_status = 0;
		} else if (err < 0) {
			say_rule_error(ex, AUDIT_ADD_RULE, err);
			line_failed(ex, p->lineno);
			if (ex->stop && i + 1 < ex->npend)
				undo_after(ex, i + 1);
		} else if (ex->res) {
			ex->res->rules++;
		}
		pending_release(p);
	}
	ex->npend = 0;
	ex->pend_bytes = 0;
}

/* Queue a line's rule (taken from cmd) with its held messages. */
static int queue_rule(struct rules_exec *ex, unsigned lineno, struct rules_action *a,
		      struct held *msgs)
{
	struct pending *p;

	if (ex->npend == ex->cappend) {
		unsigned cap = ex->cappend ? 2 * ex->cappend : BATCH_RULES;

		p = realloc(ex->pend, cap * sizeof(*p));
		if (!p)
			return -ENOMEM;
		ex->pend = p;
		ex->cappend = cap;
	}
	p = &ex->pend[ex->npend++];
	memset(p, 0, sizeof(*p));
	p->lineno = lineno;
	p->len = rules_rule_size(&a->rule);
	p->rule = a->rule.data;
	a->rule.data = NULL;	/* ours now */
	p->msgs = *msgs;
	memset(msgs, 0, sizeof(*msgs));
	ex->pend_bytes += NLMSG_SPACE(p->len);
	if (ex->npend >= BATCH_RULES || ex->pend_bytes >= BATCH_BYTES)
		flush(ex);
	return 0;
}

static int lists_or_status(const struct rules_cmd *cmd)
{
	unsigned i;

	for (i = 0; i < cmd->n; i++)
		if (cmd->acts[i].act == RULES_ACT_LIST || cmd->acts[i].act == RULES_ACT_STATUS)
			return 1;
	return 0;
}

/* A line whose only act is one rule to add, and no -i/-c: auditctl would
 * do nothing between sending it and reading the next line, so it can go
 * in the train. Everything else waits for the train's acks first. */
static int pipelinable(const struct rules_cmd *cmd)
{
	return cmd->n == 1 && cmd->acts[0].act == RULES_ACT_ADD &&
	       cmd->acts[0].rule.data && !cmd->flag_i && !cmd->flag_c;
}

static void file_line(struct rules_exec *ex, char *line, unsigned lineno)
{
	struct rules_cmd cmd;
	struct cmd_state cs = { 0 };
	struct held msgs = { 0 };
	struct rules_diag hold = { hold_emit, &msgs };
	char **words = NULL, **argv = NULL;
	int n, rc, r;

	n = rules_split_line(line, &words);
	if (n == 0) {
		free(words);
		return;
	}
	memset(&cmd, 0, sizeof(cmd));
	/* the words go to the option parser after auditctl's own name */
	if (n > 0)
		argv = calloc((size_t)n + 2, sizeof(*argv));
	if (!argv) {
		free(words);
		flush(ex);
		if (!ex->stop)
			line_failed(ex, lineno);
		return;
	}
	argv[0] = (char *)"auditctl";
	memcpy(argv + 1, words, (size_t)n * sizeof(*argv));
	rc = rules_compile_argv(n + 1, argv, lineno, ex->native, &cmd, &hold);
	if (rc == 0 && pipelinable(&cmd)) {
		if (queue_rule(ex, lineno, &cmd.acts[0], &msgs) < 0) {
			held_release(&msgs);
			flush(ex);
			if (!ex->stop)
				line_failed(ex, lineno);
		}
		goto out;
	}
	flush(ex);
	if (ex->stop) {
		held_release(&msgs);
		goto out;
	}
	if (ex->res)
		ex->res->lines++;
	held_flush(ex, &msgs);
	/* -i and -c count from the line that has them, even a failing one.
	 * After -l or -s, -i means "interpret" instead, and stays so for the
	 * listings and status prints of the lines that follow. */
	if (cmd.flag_i && lists_or_status(&cmd))
		ex->interpret = 1;
	else if (cmd.flag_i)
		ex->ignore = 1;
	if (cmd.flag_c)
		ex->cont = 1;
	r = run_acts(ex, &cmd, &cs);
	if (rc < 0 || r != ACT_OK) {
		line_failed(ex, lineno);
		goto out;
	}
	if (cmd.flag_i || cmd.flag_c)
		goto out;
	if (cs.rule) {
		int e = send_one_rule(ex, cs.rule);

		if (e == -ECONNREFUSED) {
			ex->stop = 1;
			ex->file_status = 0;
		} else if (e < 0) {
			line_failed(ex, lineno);
		} else if (ex->res && cs.rule->act == RULES_ACT_ADD) {
			ex->res->rules++;
		}
	} else if (cs.set_done && cs.have_status) {
		print_status(ex, &cs.status, cs.status_len, ex->interpret);
	}
out:
	rules_cmd_free(&cmd);
	free(argv);
	free(words);
}

static int open_rules_file(struct rules_exec *ex, const char *path, FILE **fp)
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0) {
		if (errno == ENOENT)
			say(ex, LOG_ERR, "audit rules file %s doesn't exist", path);
		else
			say(ex, LOG_ERR, "Error opening %s (%s)", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0) {
		say(ex, LOG_ERR, "Error fstat'ing %s (%s)", path, strerror(errno));
		goto bad;
	}
	if (st.st_uid != 0) {
		say(ex, LOG_ERR, "Error - %s isn't owned by root", path);
		goto bad;
	}
	if (st.st_mode & S_IWOTH) {
		say(ex, LOG_ERR, "Error - %s is world writable", path);
		goto bad;
	}
	if (!S_ISREG(st.st_mode)) {
		say(ex, LOG_ERR, "Error - %s is not a regular file", path);
		goto bad;
	}
	*fp = fdopen(fd, "r");
	if (!*fp) {
		say(ex, LOG_ERR, "Error - fdopen failed (%s)", strerror(errno));
		goto bad;
	}
	return 0;
bad:
	close(fd);
	return -1;
}

static int exec_file(struct rules_exec *ex, const char *path)
{
	struct audit_status st;
	char buf[FILE_LINE_MAX];
	unsigned lineno = 0;
	FILE *f = NULL;
	int e, status;

	ex->syslog_mode = 1;
	ex->path = path;
	ex->ignore = ex->cont = ex->cont_failed = ex->stop = ex->interpret = 0;
	ex->file_status = 0;
	e = get_status(ex, &st, NULL);
	if (e < 0) {
		say(ex, LOG_ERR, "Error sending status request (%s)", strerror(-e));
		status = 1;
		goto out;
	}
	if (st.enabled == 2) {
		say(ex, LOG_ERR, "The audit system is in immutable mode, no rule changes allowed");
		if (ex->res)
			ex->res->immutable = 1;
		status = 0;
		goto out;
	}
	if (open_rules_file(ex, path, &f) < 0) {
		status = 1;
		goto out;
	}
	while (!ex->stop && fgets(buf, sizeof(buf), f)) {
		char *nl = strchr(buf, '\n');

		if (nl)
			*nl = '\0';
		file_line(ex, buf, ++lineno);
	}
	flush(ex);
	fclose(f);
	if (ex->stop)
		status = ex->file_status;
	else
		status = ex->cont_failed ? 1 : 0;
out:
	ex->syslog_mode = 0;
	ex->path = NULL;
	return status;
}

int rules_exec_file(struct rules_exec *ex, const char *path, struct rules_load_result *res)
{
	int status;

	ex->res = res;
	if (res)
		memset(res, 0, sizeof(*res));
	status = exec_file(ex, path);
	ex->res = NULL;
	return status;
}

/* The daemon's loader: auditctl -R without stdout, its messages without
 * the routing flags (the daemon logs them all). */
static void strip_emit(void *arg, int prio, const char *msg)
{
	const struct rules_diag *d = arg;

	if (d && d->emit)
		d->emit(d->arg, prio & ~RULES_DIAG_FLAGS, msg);
}

int rules_load_file(const char *path, const struct rules_diag *diag,
		    struct rules_load_result *res)
{
	struct rules_diag strip = { strip_emit, (void *)diag };
	struct rules_load_result local;
	struct rules_exec *ex = rules_exec_open(&strip, NULL);
	int status;

	if (!res)
		res = &local;
	if (!ex) {
		memset(res, 0, sizeof(*res));
		if (diag && diag->emit)
			diag->emit(diag->arg, LOG_ERR, "Out of memory loading the rules");
		return 1;
	}
	status = rules_exec_file(ex, path, res);
	rules_exec_close(ex);
	return status;
}
