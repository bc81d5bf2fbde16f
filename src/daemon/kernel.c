/* kernel.c - the daemon's kernel control. See kernel.h. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "kernel.h"
#include "listener.h"
#include "log.h"
#include "util.h"
#include "netlink.h"

#define REPLY_TIMEOUT_MS	2000
#define STOP_DRAIN_MS	2000	/* longest wait for the kernel backlog at stop */

int kernel_open(struct kernel *k, int multicast, int rcvbuf)
{
	int p[2], e;

	kwatch_init(&k->kwatch);
	k->registered = 0;
	k->nl_fd = netlink_open(multicast ? NETLINK_MODE_MULTICAST : NETLINK_MODE_UNICAST, rcvbuf);
	k->ctl_fd = netlink_open(NETLINK_MODE_REQUEST, 0);
	if (k->nl_fd < 0 || k->ctl_fd < 0) {
		e = k->nl_fd < 0 ? k->nl_fd : k->ctl_fd;
		log_err("Error opening audit netlink socket (%s)", strerror(-e));
		log_err("Cannot open netlink audit socket");
		return -1;
	}
	if (pipe2(p, O_CLOEXEC | O_NONBLOCK) < 0) {
		log_err("Cannot create reply pipe (%s)", strerror(errno));
		return -1;
	}
	k->reply_rd = p[0];
	k->reply_wr = p[1];
	return 0;
}

void kernel_close(struct kernel *k)
{
	close(k->nl_fd);
	close(k->ctl_fd);
}

/* Feed the replies the listener routes to a until it is complete or
 * timeout_ms have passed. Returns the answer's value or -ETIMEDOUT. */
static int await_routed(struct kernel *k, struct netlink_answer *a, int timeout_ms)
{
	struct pollfd p = { .fd = k->reply_rd, .events = POLLIN };
	int64_t end = util_mono_ms() + timeout_ms;
	struct listener_reply r;

	while (!a->complete) {
		int64_t left = end - util_mono_ms();

		if (left <= 0 || poll(&p, 1, (int)left) <= 0)
			return -ETIMEDOUT;
		if (read(k->reply_rd, &r, sizeof(r)) == (ssize_t)sizeof(r))
			netlink_answer_take(a, r.type, r.seq, r.data, r.len);
	}
	return a->value;
}

/* A request on the listener's socket (registration must be made on the
 * socket that receives the records), answered through the reply pipe. */
static int routed_request(struct kernel *k, uint16_t type, const void *data, size_t len,
			  struct netlink_answer *a, int timeout_ms)
{
	int seq = netlink_send(k->nl_fd, type, data, len);

	if (seq < 0)
		return seq;
	a->first = (uint32_t)seq;
	return await_routed(k, a, timeout_ms);
}

struct routed_copy {
	char data[LISTENER_REPLY_DATA];
	size_t len;
};

static int copy_routed(void *arg, const void *data, size_t len)
{
	struct routed_copy *c = arg;

	c->len = len < sizeof(c->data) ? len : sizeof(c->data);
	memcpy(c->data, data, c->len);
	return 0;
}

void kernel_sender(struct kernel *k, struct daemonrec_sender *s, int timeout_ms)
{
	struct routed_copy c = { .len = 0 };
	struct netlink_answer a = {
		.reply = AUDIT_SIGNAL_INFO, .on_reply = copy_routed, .arg = &c,
	};

	memset(s, 0, sizeof(*s));
	if (!k->registered)
		return;
	if (routed_request(k, AUDIT_SIGNAL_INFO, NULL, 0, &a, timeout_ms) == 0)
		daemonrec_sender_from_reply(s, c.data, c.len);
}

int kernel_set_enabled(struct kernel *k, int enable)
{
	struct audit_status st;
	int e = netlink_get_status(k->ctl_fd, &st, REPLY_TIMEOUT_MS);

	if (e == 0 && st.enabled == 2) {
		log_notice("The audit system is in immutable mode, not changing its state");
		return 0;
	}
	memset(&st, 0, sizeof(st));
	st.mask = AUDIT_STATUS_ENABLED;
	st.enabled = enable ? 1 : 0;
	if (e == 0)
		e = netlink_request(k->ctl_fd, AUDIT_SET, &st, sizeof(st), REPLY_TIMEOUT_MS);
	if (e) {
		log_warn("Error sending enable request (%s)", strerror(-e));
		log_err("Unable to set initial audit startup state to '%s', exiting",
			enable ? "enable" : "disable");
		return -1;
	}
	return 0;
}

int kernel_register(struct kernel *k)
{
	struct netlink_answer a = { 0 };
	struct audit_status st;
	int e;

	memset(&st, 0, sizeof(st));
	st.mask = AUDIT_STATUS_PID;
	st.pid = (uint32_t)getpid();
	e = routed_request(k, AUDIT_SET, &st, sizeof(st), &a, REPLY_TIMEOUT_MS);
	if (e) {
		/* auditd's two lines (its library's reason, then its own) */
		log_warn("Error setting audit daemon pid (%s)", strerror(-e));
		log_err("Unable to set audit pid, exiting");
		return -1;
	}
	k->registered = 1;
	return 0;
}

void kernel_drain_backlog(struct kernel *k)
{
	struct audit_status st;
	int i;

	if (!k->registered)
		return;
	for (i = 0; i < STOP_DRAIN_MS / 10; i++) {
		if (netlink_get_status(k->ctl_fd, &st, REPLY_TIMEOUT_MS) || st.backlog == 0)
			return;
		usleep(10000);
	}
	log_warn("%u records still queued in the kernel at shutdown", st.backlog);
}

void kernel_deregister(struct kernel *k)
{
	struct audit_status st;

	if (!k->registered)
		return;
	memset(&st, 0, sizeof(st));
	st.mask = AUDIT_STATUS_PID;
	st.pid = 0;
	if (netlink_request(k->ctl_fd, AUDIT_SET, &st, sizeof(st), REPLY_TIMEOUT_MS))
		log_warn("Unable to deregister from the kernel");
	k->registered = 0;
}

int kernel_status(struct kernel *k, struct audit_status *st)
{
	struct timespec now;
	int e = netlink_get_status(k->ctl_fd, st, REPLY_TIMEOUT_MS);

	if (e)
		return e;
	/* a rise is worth a syslog line (rate-limited in kwatch.c) */
	clock_gettime(CLOCK_MONOTONIC, &now);
	kwatch_update(&k->kwatch, st->lost, st->backlog_limit, now.tv_sec);
	return 0;
}

void kernel_drop_replies(struct kernel *k)
{
	struct listener_reply stray;

	while (read(k->reply_rd, &stray, sizeof(stray)) > 0)
		;
}
