/* listdump.c - capture tool for the decompiler's golden data (regen.sh).
 *
 *   listdump        ask the kernel for its audit rules (AUDIT_LIST_RULES)
 *                   and write each reply payload, a struct audit_rule_data
 *                   as the kernel sends it, as one line of lower-case hex on
 *                   stdout, in the order received (the order `auditctl -l`
 *                   prints them).
 *   listdump add    read rules as hex lines on stdin and send each as
 *                   AUDIT_ADD_RULE (rules auditctl cannot write, such as
 *                   field ids it has no name for); a refused rule is
 *                   reported on stderr and makes the exit status 1.
 *
 * Needs CAP_AUDIT_CONTROL and the kernel lock.
 * Build: cc -Iinclude -o listdump listdump.c build/libvigil.a */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <linux/audit.h>
#include <linux/netlink.h>

#include "netlink.h"

#define RECV_BUF 65536

static void put_hex(const unsigned char *p, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		printf("%02x", p[i]);
	putchar('\n');
}

/* Returns 1 when NLMSG_DONE was seen, 0 to keep reading, -errno. */
static int take(char *buf, ssize_t n, int seq, unsigned *nrules)
{
	struct nlmsghdr *nh;

	for (nh = (struct nlmsghdr *)buf; NLMSG_OK(nh, (size_t)n);
	     nh = NLMSG_NEXT(nh, n)) {
		if ((int)nh->nlmsg_seq != seq)
			continue;
		switch (nh->nlmsg_type) {
		case NLMSG_DONE:
			return 1;
		case NLMSG_ERROR: {
			struct nlmsgerr *e = NLMSG_DATA(nh);

			if (e->error)
				return e->error;
			break;	/* the ACK: the replies come on their own */
		}
		case AUDIT_LIST_RULES:
			put_hex(NLMSG_DATA(nh), nh->nlmsg_len - NLMSG_HDRLEN);
			(*nrules)++;
			break;
		}
	}
	return 0;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* Send one rule as AUDIT_ADD_RULE and wait for the kernel's answer (0 or
 * -errno). netlink_send() caps requests at 1024 bytes: rules are longer. */
static int add_rule(int fd, const unsigned char *rule, size_t len, int seq)
{
	static char buf[RECV_BUF];
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
	struct nlmsghdr *nh = (struct nlmsghdr *)buf;
	ssize_t n;

	if (NLMSG_SPACE(len) > sizeof(buf))
		return -E2BIG;
	memset(buf, 0, NLMSG_SPACE(len));
	nh->nlmsg_len = NLMSG_LENGTH(len);
	nh->nlmsg_type = AUDIT_ADD_RULE;
	nh->nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	nh->nlmsg_seq = (uint32_t)seq;
	memcpy(NLMSG_DATA(nh), rule, len);
	if (sendto(fd, buf, nh->nlmsg_len, 0, (struct sockaddr *)&kernel,
		   sizeof(kernel)) < 0)
		return -errno;
	for (;;) {
		n = recv(fd, buf, sizeof(buf), 0);
		if (n < 0)
			return -errno;
		for (nh = (struct nlmsghdr *)buf; NLMSG_OK(nh, (size_t)n);
		     nh = NLMSG_NEXT(nh, n)) {
			if ((int)nh->nlmsg_seq == seq &&
			    nh->nlmsg_type == NLMSG_ERROR)
				return ((struct nlmsgerr *)NLMSG_DATA(nh))->error;
		}
	}
}

static int add_mode(int fd)
{
	static char line[2 * RECV_BUF];
	static unsigned char rule[RECV_BUF];
	int seq = 1, status = 0;

	while (fgets(line, sizeof(line), stdin)) {
		size_t i, len = 0;
		int r;

		for (i = 0; hexval(line[i]) >= 0 && hexval(line[i + 1]) >= 0 &&
			    len < sizeof(rule); i += 2)
			rule[len++] = (unsigned char)(hexval(line[i]) << 4 |
						      hexval(line[i + 1]));
		if (len == 0)
			continue;
		r = add_rule(fd, rule, len, seq++);
		if (r < 0) {
			fprintf(stderr, "listdump: rule %d refused: %s\n",
				seq - 1, strerror(-r));
			status = 1;
		}
	}
	return status;
}

int main(int argc, char **argv)
{
	static char buf[RECV_BUF];
	struct pollfd p;
	unsigned nrules = 0;
	int fd, seq, r = 0;

	fd = netlink_open(NETLINK_MODE_UNICAST, 0);
	if (fd < 0) {
		fprintf(stderr, "listdump: socket: %s\n", strerror(-fd));
		return 1;
	}
	if (argc > 1 && strcmp(argv[1], "add") == 0)
		return add_mode(fd);
	seq = netlink_send(fd, AUDIT_LIST_RULES, NULL, 0);
	if (seq < 0) {
		fprintf(stderr, "listdump: send: %s\n", strerror(-seq));
		return 1;
	}
	p.fd = fd;
	p.events = POLLIN;
	while (r == 0) {
		ssize_t n;

		if (poll(&p, 1, 2000) <= 0) {
			fprintf(stderr, "listdump: no NLMSG_DONE from the kernel\n");
			return 1;
		}
		n = recv(fd, buf, sizeof(buf), 0);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "listdump: recv: %s\n", strerror(errno));
			return 1;
		}
		r = take(buf, n, seq, &nrules);
	}
	if (r < 0) {
		fprintf(stderr, "listdump: kernel: %s\n", strerror(-r));
		return 1;
	}
	fprintf(stderr, "listdump: %u rules\n", nrules);
	close(fd);
	return 0;
}
