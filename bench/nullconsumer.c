/* nullconsumer.c - the ceiling of this machine: register as the audit
 * daemon, drain the socket with recvmmsg, discard everything. Prints the
 * records received at SIGTERM/SIGINT, then deregisters.
 * Uses vigil's netlink module so it reads exactly as vigil's listener. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <linux/audit.h>
#include <linux/netlink.h>

#include "netlink.h"

#define BATCH	64
#define SLOT	(NLMSG_HDRLEN + 8970 + 64)

static volatile sig_atomic_t stop;

static void on_signal(int s)
{
	(void)s;
	stop = 1;
}

int main(void)
{
	static char slots[BATCH][SLOT];
	struct mmsghdr msgs[BATCH];
	struct iovec iov[BATCH];
	struct sigaction sa = { .sa_handler = on_signal };
	struct audit_status st;
	unsigned long long records = 0;
	int fd, ctl, i, e;

	fd = netlink_open(NETLINK_MODE_UNICAST, 8 * 1024 * 1024);
	ctl = netlink_open(NETLINK_MODE_REQUEST, 0);
	if (fd < 0 || ctl < 0) {
		fprintf(stderr, "nullconsumer: netlink: %s\n", strerror(fd < 0 ? -fd : -ctl));
		return 1;
	}
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	memset(&st, 0, sizeof(st));
	st.mask = AUDIT_STATUS_ENABLED;
	st.enabled = 1;
	netlink_request(ctl, AUDIT_SET, &st, sizeof(st), 2000);
	st.mask = AUDIT_STATUS_PID;
	st.pid = (uint32_t)getpid();
	e = netlink_request(fd, AUDIT_SET, &st, sizeof(st), 2000);
	if (e) {
		fprintf(stderr, "nullconsumer: cannot register: %s\n", strerror(-e));
		return 1;
	}
	for (i = 0; i < BATCH; i++) {
		iov[i].iov_base = slots[i];
		iov[i].iov_len = SLOT;
		memset(&msgs[i].msg_hdr, 0, sizeof(msgs[i].msg_hdr));
		msgs[i].msg_hdr.msg_iov = &iov[i];
		msgs[i].msg_hdr.msg_iovlen = 1;
	}
	while (!stop) {
		int n = recvmmsg(fd, msgs, BATCH, MSG_WAITFORONE, NULL);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (i = 0; i < n; i++)
			if (netlink_route(((struct nlmsghdr *)slots[i])->nlmsg_type) ==
			    NETLINK_ROUTE_EVENT)
				records++;
	}
	st.mask = AUDIT_STATUS_PID;
	st.pid = 0;
	netlink_request(ctl, AUDIT_SET, &st, sizeof(st), 2000);
	printf("records=%llu\n", records);
	return 0;
}
