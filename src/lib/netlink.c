/* netlink.c - the audit netlink socket. */
#include <errno.h>
#include <poll.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <linux/netlink.h>

#include "netlink.h"

#ifndef NETLINK_NO_ENOBUFS
#define NETLINK_NO_ENOBUFS 5
#endif
#ifndef AUDIT_NLGRP_READLOG
#define AUDIT_NLGRP_READLOG 1
#endif

#define NL_BUF 9000
/* auditd's own record range; never taken from the socket */
#define DAEMON_FIRST 1200
#define DAEMON_LAST 1299

int netlink_open(enum netlink_mode mode, int rcvbuf)
{
	int one = 1;
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_AUDIT);

	if (fd < 0)
		return -errno;
	/* A deep socket queue lets kauditd hand over bursts without blocking
	 * while the listener is between reads. */
	if (rcvbuf > 0 &&
	    setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &rcvbuf, sizeof(rcvbuf)) < 0)
		(void)setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof(rcvbuf));
	/* Overruns are not loss for audit (the kernel holds and retries), so
	 * do not let them surface as spurious ENOBUFS errors. */
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

int netlink_send(int fd, uint16_t type, const void *data, size_t len)
{
	static _Atomic int seq_counter;
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
	char buf[NLMSG_SPACE(1024)];
	struct nlmsghdr *nh = (struct nlmsghdr *)buf;
	int seq;
	ssize_t n;

	if (len > 1024)
		return -EINVAL;
	seq = atomic_fetch_add(&seq_counter, 1) % 0x7fffffff + 1;
	memset(buf, 0, sizeof(buf));
	nh->nlmsg_len = NLMSG_LENGTH(len);
	nh->nlmsg_type = type;
	nh->nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	nh->nlmsg_seq = (uint32_t)seq;
	if (len)
		memcpy(NLMSG_DATA(nh), data, len);
	do
		n = sendto(fd, buf, nh->nlmsg_len, 0, (struct sockaddr *)&kernel,
			   sizeof(kernel));
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -errno;
	return seq;
}

/* Wait for a message of the given sequence from the kernel; copies a
 * non-error reply of the wanted type into out. Returns 0 on ACK or
 * reply, -errno on kernel error or timeout. */
static int await(int fd, int seq, uint16_t want, void *out, size_t outlen, int timeout_ms)
{
	char buf[NL_BUF];
	struct pollfd p = { .fd = fd, .events = POLLIN };
	struct sockaddr_nl from;
	socklen_t fl;
	int got_reply = 0;

	for (;;) {
		ssize_t n;
		struct nlmsghdr *nh;

		if (poll(&p, 1, timeout_ms) <= 0)
			return got_reply ? 0 : -ETIMEDOUT;
		fl = sizeof(from);
		n = recvfrom(fd, buf, sizeof(buf), MSG_DONTWAIT, (struct sockaddr *)&from, &fl);
		if (n < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			return -errno;
		}
		if (from.nl_pid != 0)	/* not from the kernel */
			continue;
		for (nh = (struct nlmsghdr *)buf; NLMSG_OK(nh, (size_t)n); nh = NLMSG_NEXT(nh, n)) {
			if ((int)nh->nlmsg_seq != seq)
				continue;
			if (nh->nlmsg_type == NLMSG_ERROR) {
				struct nlmsgerr *e = NLMSG_DATA(nh);
				if (e->error)
					return e->error;
				if (!want || got_reply)
					return 0;
			} else if (nh->nlmsg_type == want && out) {
				size_t l = nh->nlmsg_len - NLMSG_HDRLEN;
				memset(out, 0, outlen);
				memcpy(out, NLMSG_DATA(nh), l < outlen ? l : outlen);
				got_reply = 1;
				/* the kernel ACKs before it replies for GET:
				 * the reply is all we need */
				return 0;
			}
		}
	}
}

int netlink_request(int fd, uint16_t type, const void *data, size_t len, int timeout_ms)
{
	int seq = netlink_send(fd, type, data, len);

	if (seq < 0)
		return seq;
	return await(fd, seq, 0, NULL, 0, timeout_ms);
}

int netlink_get_status(int fd, struct audit_status *st, int timeout_ms)
{
	int seq = netlink_send(fd, AUDIT_GET, NULL, 0);

	if (seq < 0)
		return seq;
	return await(fd, seq, AUDIT_GET, st, sizeof(*st), timeout_ms);
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
