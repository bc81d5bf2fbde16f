/* fake-immutable.c - LD_PRELOAD shim for tests: every AUDIT_GET reply a
 * process receives says enabled 2, so the immutable paths of augenrules
 * and the daemon can be tested without locking the kernel until reboot
 * (auditctl -e 2 cannot be undone). Only the reply is changed; the kernel
 * is not.
 *   cc -shared -fPIC -o fake-immutable.so tests/lib/fake-immutable.c -ldl */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <linux/audit.h>
#include <linux/netlink.h>

static void lock_status(void *buf, ssize_t n)
{
	struct nlmsghdr *nh = buf;
	size_t left;

	if (n <= 0)
		return;
	left = (size_t)n;
	for (; NLMSG_OK(nh, left); nh = NLMSG_NEXT(nh, left)) {
		if (nh->nlmsg_type == AUDIT_GET &&
		    nh->nlmsg_len >= NLMSG_LENGTH(offsetof(struct audit_status, failure)))
			((struct audit_status *)NLMSG_DATA(nh))->enabled = 2;
	}
}

ssize_t recvfrom(int fd, void *buf, size_t len, int flags, struct sockaddr *from,
		 socklen_t *fromlen)
{
	static ssize_t (*real)(int, void *, size_t, int, struct sockaddr *, socklen_t *);
	ssize_t n;

	if (!real)
		real = dlsym(RTLD_NEXT, "recvfrom");
	n = real(fd, buf, len, flags, from, fromlen);
	lock_status(buf, n);
	return n;
}

ssize_t recv(int fd, void *buf, size_t len, int flags)
{
	return recvfrom(fd, buf, len, flags, NULL, NULL);
}

ssize_t recvmsg(int fd, struct msghdr *msg, int flags)
{
	static ssize_t (*real)(int, struct msghdr *, int);
	ssize_t n;

	if (!real)
		real = dlsym(RTLD_NEXT, "recvmsg");
	n = real(fd, msg, flags);
	if (n > 0 && msg->msg_iovlen > 0 && (size_t)n <= msg->msg_iov[0].iov_len)
		lock_status(msg->msg_iov[0].iov_base, n);
	return n;
}
