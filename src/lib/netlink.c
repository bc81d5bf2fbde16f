/* netlink.c - the audit netlink socket: requests, ACKs, replies, dumps.
 *
 * How the kernel answers (kernel/audit.c; netlink(7)): it handles a request
 * in the sender's own system call and queues the ACK (NLMSG_ERROR, error 0,
 * or -errno) right away, without waiting for room in our socket: an ACK
 * that does not fit is dropped. A reply to AUDIT_GET or AUDIT_SIGNAL_INFO,
 * and a whole AUDIT_LIST_RULES dump (one datagram a rule with NLM_F_MULTI,
 * then NLMSG_DONE), are sent afterwards by a kernel thread, which waits for
 * the ACK to go first. That thread sends through the kernel's audit socket,
 * whose send timeout is HZ/10: when our receive buffer stays full for
 * 100 ms it drops the datagram, counts it in our socket's drop counter, and
 * flags ENOBUFS unless we set NETLINK_NO_ENOBUFS; then goes on with the
 * next one.
 *
 * That is how a listing came back short or failed: 2,000 rules are some
 * 4.6 MB of socket memory, more than the executor's 1 MiB buffer (2 MiB
 * as the kernel counts it), so the kernel thread had to wait on the
 * reader, and a reader kept off the CPU for 100 ms (a loaded machine, a
 * sanitizer's build, nice) lost a rule: auditctl failed with ENOBUFS, and
 * a socket with NETLINK_NO_ENOBUFS (every socket netlink_open gave) would
 * have printed the listing without it. tests/integration/rules-list-flood.sh
 * shows it: 4 to 20 of 100 listings failed with ENOBUFS under a getppid
 * flood, the reader at nice 19; none since.
 * The fix, here for every dump and GET: (1) REQUEST sockets are big enough
 * that the kernel thread does not wait on us for any usual rule count;
 * (2) a loss is always seen: NETLINK_NO_ENOBUFS stays off, a datagram cut
 * short (MSG_TRUNC) is a loss, and the socket's drop counter (SO_MEMINFO)
 * is compared before and after; (3) a lost part is never papered over: the
 * socket is drained, its buffer doubled, and the whole dump asked for again
 * under a new sequence number, so a listing is whole or an error. The rest of the abandoned
 * dump, still coming from the old kernel thread, carries the old sequence
 * number and is ignored, as is any NLMSG_DONE or ACK of another request.
 */
#include <errno.h>
#include <poll.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>

#include "netlink.h"

#ifndef NETLINK_NO_ENOBUFS
#define NETLINK_NO_ENOBUFS	5
#endif
#ifndef NETLINK_CAP_ACK
#define NETLINK_CAP_ACK		10
#endif
#ifndef AUDIT_NLGRP_READLOG
#define AUDIT_NLGRP_READLOG	1
#endif

/* A REQUEST socket's receive buffer: the kernel counts twice this, about
 * 7,000 rules of a dump (~2.3 KB each) before its thread waits on us.
 * Memory is taken only by what is queued. */
#define REQUEST_RCVBUF	(8 * 1024 * 1024)
/* an overrun doubles it for the next try, up to this */
#define REQUEST_RCVBUF_MAX	(128 * 1024 * 1024)
/* a train of rule requests goes in one sendmsg (rules/exec-file.c) */
#define REQUEST_SNDBUF	(512 * 1024)
/* any record or rule the kernel sends fits; a larger datagram grows it */
#define RECV_START	(64 * 1024)
/* a dump or GET whose answer was lost is asked for this many times (the
 * buffer doubling each time, up to REQUEST_RCVBUF_MAX) */
#define TRIES		8
/* auditd's own record range; never taken from the socket */
#define DAEMON_FIRST	1200
#define DAEMON_LAST	1299

static void set_rcvbuf(int fd, int bytes)
{
	if (setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &bytes, sizeof(bytes)) < 0)
		(void)setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &bytes, sizeof(bytes));
}

int netlink_open(enum netlink_mode mode, int rcvbuf)
{
	int one = 1, v;
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_AUDIT);

	if (fd < 0)
		return -errno;
	if (mode == NETLINK_MODE_REQUEST) {
		set_rcvbuf(fd, rcvbuf > REQUEST_RCVBUF ? rcvbuf : REQUEST_RCVBUF);
		/* error ACKs without the echoed request: a train's stay small */
		(void)setsockopt(fd, SOL_NETLINK, NETLINK_CAP_ACK, &one, sizeof(one));
		v = REQUEST_SNDBUF;
		if (setsockopt(fd, SOL_SOCKET, SO_SNDBUFFORCE, &v, sizeof(v)) < 0)
			(void)setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &v, sizeof(v));
		return fd;
	}
	/* A deep socket queue lets kauditd hand over bursts without blocking
	 * while the listener is between reads. */
	if (rcvbuf > 0)
		set_rcvbuf(fd, rcvbuf);
	/* Overruns are not loss for audit records (the kernel holds and
	 * retries), so do not let them surface as spurious ENOBUFS errors. */
	(void)setsockopt(fd, SOL_NETLINK, NETLINK_NO_ENOBUFS, &one, sizeof(one));
	if (mode == NETLINK_MODE_MULTICAST) {
		struct sockaddr_nl sa = {
			.nl_family = AF_NETLINK,
			.nl_groups = 1u << (AUDIT_NLGRP_READLOG - 1),
		};
		if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
			int e = errno;
			close(fd);
			return -e;
		}
	}
	return fd;
}

/* count consecutive sequence numbers no request of this process has used,
 * never 0 (the kernel's records carry 0), never wrapping inside a train,
 * and positive as an int */
static uint32_t reserve_seq(unsigned count)
{
	static _Atomic uint32_t next = 1;
	uint32_t s = atomic_load(&next), n;

	do {
		if (s == 0 || s > (uint32_t)INT32_MAX - count)
			s = 1;
		n = s + count;
	} while (!atomic_compare_exchange_weak(&next, &s, n));
	return s;
}

/* count requests in one sendmsg: header, payload, padding each */
static int send_train(int fd, uint16_t type, const struct iovec *payloads, unsigned count,
		      uint32_t *first)
{
	static const char pad[NLMSG_ALIGNTO];
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
	struct msghdr mh = { .msg_name = &kernel, .msg_namelen = sizeof(kernel) };
	struct nlmsghdr *hdrs;
	struct iovec *iov;
	unsigned i;
	ssize_t n;
	int e = 0;

	if (count == 0)
		return -EINVAL;
	hdrs = calloc(count, sizeof(*hdrs));
	iov = calloc(3 * (size_t)count, sizeof(*iov));
	if (!hdrs || !iov) {
		e = -ENOMEM;
		goto out;
	}
	*first = reserve_seq(count);
	for (i = 0; i < count; i++) {
		size_t len = payloads[i].iov_len;

		hdrs[i].nlmsg_len = NLMSG_LENGTH(len);
		hdrs[i].nlmsg_type = type;
		hdrs[i].nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
		hdrs[i].nlmsg_seq = *first + i;
		iov[3 * i] = (struct iovec){ &hdrs[i], NLMSG_HDRLEN };
		iov[3 * i + 1] = payloads[i];
		iov[3 * i + 2] = (struct iovec){ (void *)pad, NLMSG_ALIGN(len) - len };
	}
	mh.msg_iov = iov;
	mh.msg_iovlen = 3 * (size_t)count;
	do
		n = sendmsg(fd, &mh, 0);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		e = -errno;
out:
	free(hdrs);
	free(iov);
	return e;
}

int netlink_send(int fd, uint16_t type, const void *data, size_t len)
{
	struct iovec one = { (void *)data, len };
	uint32_t seq;
	int e = send_train(fd, type, &one, 1, &seq);

	return e < 0 ? e : (int)seq;
}

int netlink_answer_take(struct netlink_answer *a, uint16_t type, uint32_t seq,
			const void *data, size_t len)
{
	unsigned count = a->count ? a->count : 1;
	uint32_t i = seq - a->first;
	int v;

	if (a->complete || seq == 0 || i >= count)
		return a->complete;	/* another request's, or a record */
	if (type == NLMSG_ERROR) {
		if (len < sizeof(v))
			return 0;
		memcpy(&v, data, sizeof(v));
		a->acks++;
		if (a->on_ack)
			a->on_ack(a->arg, i, v);
		if (v && !a->value)
			a->value = v;
		if (a->reply ? v != 0 : a->acks >= count)
			a->complete = 1;
	} else if (type == NLMSG_DONE) {
		if (a->dump)
			a->complete = 1;
	} else if (a->reply && type == a->reply) {
		int r = a->on_reply ? a->on_reply(a->arg, data, len) : 0;

		if (r < 0) {
			a->value = r;
			a->complete = 1;
		} else if (!a->dump) {
			a->complete = 1;
		}
	}
	return a->complete;
}

/* A receive buffer that lives across the tries of one dump or GET. */
struct rbuf {
	char *p;
	size_t cap;
};

static int rbuf_fit(struct rbuf *b, size_t need)
{
	char *p;

	if (b->cap >= need)
		return 0;
	p = realloc(b->p, need);
	if (!p)
		return -ENOMEM;
	b->p = p;
	b->cap = need;
	return 0;
}

static int wait_in(int fd, struct netlink_answer *a, int timeout_ms, struct rbuf *b)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };

	if (rbuf_fit(b, RECV_START) < 0)
		return -ENOMEM;
	while (!a->complete) {
		struct sockaddr_nl from;
		struct iovec iov = { b->p, b->cap };
		struct msghdr mh = {
			.msg_name = &from, .msg_namelen = sizeof(from),
			.msg_iov = &iov, .msg_iovlen = 1,
		};
		const struct nlmsghdr *m;
		size_t off = 0;
		ssize_t n;
		int r = poll(&p, 1, timeout_ms);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return r < 0 ? -errno : -ETIMEDOUT;
		n = recvmsg(fd, &mh, MSG_DONTWAIT | MSG_TRUNC);
		if (n < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			return -errno;	/* ENOBUFS: the kernel dropped some */
		}
		if (mh.msg_flags & MSG_TRUNC) {
			/* n is the whole datagram's length (MSG_TRUNC):
			 * what it held is lost, the next one will fit */
			return rbuf_fit(b, (size_t)n) < 0 ? -ENOMEM : -EMSGSIZE;
		}
		if (from.nl_pid != 0)
			continue;	/* not the kernel */
		while (!a->complete && (m = netlink_walk(b->p, (size_t)n, &off)))
			netlink_answer_take(a, m->nlmsg_type, m->nlmsg_seq, NLMSG_DATA(m),
					    m->nlmsg_len - NLMSG_HDRLEN);
	}
	return 0;
}

int netlink_wait(int fd, struct netlink_answer *a, int timeout_ms)
{
	struct rbuf b = { NULL, 0 };
	int e = wait_in(fd, a, timeout_ms, &b);

	free(b.p);
	return e;
}

int netlink_train(int fd, uint16_t type, const struct iovec *payloads, unsigned count,
		  void (*on_ack)(void *arg, unsigned index, int value), void *arg,
		  int timeout_ms)
{
	struct netlink_answer a = { .count = count, .on_ack = on_ack, .arg = arg };
	int e = send_train(fd, type, payloads, count, &a.first);

	return e < 0 ? e : netlink_wait(fd, &a, timeout_ms);
}

int netlink_request(int fd, uint16_t type, const void *data, size_t len, int timeout_ms)
{
	struct netlink_answer a = { 0 };
	int seq = netlink_send(fd, type, data, len), e;

	if (seq < 0)
		return seq;
	a.first = (uint32_t)seq;
	e = netlink_wait(fd, &a, timeout_ms);
	return e < 0 ? e : a.value;
}

/* what the socket has dropped so far (0 when the kernel cannot say) */
static uint32_t drops(int fd)
{
	uint32_t mem[SK_MEMINFO_VARS];
	socklen_t len = sizeof(mem);

	if (getsockopt(fd, SOL_SOCKET, SO_MEMINFO, mem, &len) < 0 ||
	    len <= SK_MEMINFO_DROPS * sizeof(mem[0]))
		return 0;
	return mem[SK_MEMINFO_DROPS];
}

/* what is left of an abandoned answer goes, so that the next try starts
 * on an empty socket (the kernel clears its congestion mark then) */
static void drain(int fd, struct rbuf *b)
{
	while (recv(fd, b->p, b->cap, MSG_DONTWAIT | MSG_TRUNC) >= 0 || errno == EINTR ||
	       errno == ENOBUFS)
		;
}

/* After an overrun: twice the room for the next try, so that the tries
 * converge on a buffer the kernel thread never waits on (the kernel reports
 * twice what was set, so setting what it reports doubles it). */
static void grow_rcvbuf(int fd)
{
	int cur;
	socklen_t len = sizeof(cur);

	if (getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &cur, &len) == 0 && cur > 0 &&
	    cur <= REQUEST_RCVBUF_MAX / 2)
		set_rcvbuf(fd, cur);
}

/* Ask, and ask again while the answer comes back incomplete; reset is
 * called before each new try. */
static int ask(int fd, struct netlink_answer *a, const void *req, size_t reqlen,
	       void (*reset)(void *arg), int timeout_ms)
{
	struct netlink_answer start = *a;
	struct rbuf b = { NULL, 0 };
	int e = -EIO, try, seq;

	for (try = 0; try < TRIES; try++) {
		uint32_t before = drops(fd);

		if (try) {
			drain(fd, &b);
			*a = start;
			reset(a->arg);
		}
		seq = netlink_send(fd, a->reply, req, reqlen);
		if (seq < 0) {
			e = seq;
			break;
		}
		a->first = (uint32_t)seq;
		e = wait_in(fd, a, timeout_ms, &b);
		if (e == 0 && drops(fd) != before)
			e = -ENOBUFS;
		if (e == -ENOBUFS)
			grow_rcvbuf(fd);
		else if (e != -EMSGSIZE)
			break;
	}
	free(b.p);
	if (e < 0)
		return e;
	return a->value < 0 ? a->value : 0;
}

struct copy {
	void *out;
	size_t outsz, len;
};

static int copy_reply(void *arg, const void *data, size_t len)
{
	struct copy *c = arg;

	c->len = len < c->outsz ? len : c->outsz;
	memcpy(c->out, data, c->len);
	return 0;
}

static void copy_reset(void *arg)
{
	struct copy *c = arg;

	memset(c->out, 0, c->outsz);
	c->len = 0;
}

int netlink_get(int fd, uint16_t type, const void *req, size_t reqlen,
		void *out, size_t outsz, size_t *len, int timeout_ms)
{
	struct copy c = { out, outsz, 0 };
	struct netlink_answer a = { .reply = type, .on_reply = copy_reply, .arg = &c };
	int e;

	copy_reset(&c);
	e = ask(fd, &a, req, reqlen, copy_reset, timeout_ms);
	if (e == 0 && len)
		*len = c.len;
	return e;
}

int netlink_get_status(int fd, struct audit_status *st, int timeout_ms)
{
	return netlink_get(fd, AUDIT_GET, NULL, 0, st, sizeof(*st), NULL, timeout_ms);
}

static int list_add(void *arg, const void *data, size_t len)
{
	struct netlink_list *l = arg;
	void *copy;

	if (l->n == l->cap) {
		unsigned cap = l->cap ? 2 * l->cap : 64;
		void **d = realloc(l->data, cap * sizeof(*d));
		size_t *lv;

		if (!d)
			return -ENOMEM;
		l->data = d;
		lv = realloc(l->len, cap * sizeof(*lv));
		if (!lv)
			return -ENOMEM;
		l->len = lv;
		l->cap = cap;
	}
	copy = malloc(len ? len : 1);
	if (!copy)
		return -ENOMEM;
	memcpy(copy, data, len);
	l->data[l->n] = copy;
	l->len[l->n++] = len;
	return 0;
}

static void list_reset(void *arg)
{
	struct netlink_list *l = arg;
	unsigned i;

	for (i = 0; i < l->n; i++)
		free(l->data[i]);
	l->n = 0;
}

int netlink_dump(int fd, uint16_t type, struct netlink_list *list, int timeout_ms)
{
	struct netlink_answer a = { .reply = type, .dump = 1, .on_reply = list_add, .arg = list };

	memset(list, 0, sizeof(*list));
	return ask(fd, &a, NULL, 0, list_reset, timeout_ms);
}

void netlink_list_free(struct netlink_list *list)
{
	list_reset(list);
	free(list->data);
	free(list->len);
	memset(list, 0, sizeof(*list));
}

enum netlink_route netlink_route(uint16_t type)
{
	if (type == NLMSG_ERROR || type == AUDIT_GET || type == AUDIT_SIGNAL_INFO)
		return NETLINK_ROUTE_REPLY;
	if (type < AUDIT_FIRST_USER_MSG && type != AUDIT_USER && type != AUDIT_LOGIN)
		return NETLINK_ROUTE_SKIP;	/* NOOP, DONE, rule/watch/feature replies */
	if (type >= DAEMON_FIRST && type <= DAEMON_LAST)
		return NETLINK_ROUTE_SKIP;
	if (type == AUDIT_REPLACE)
		return NETLINK_ROUTE_SKIP;
	return NETLINK_ROUTE_EVENT;
}

int netlink_type_has_payload(uint16_t type)
{
	return type == AUDIT_USER || type == AUDIT_LOGIN || type == AUDIT_KERNEL ||
	       (type >= 1100 && type <= 1199) || (type >= 2100 && type <= 2999) ||
	       (type >= 1300 && type <= 1899);
}
