/* tcpsock.c - the network receiver's sockets, below the protocol. See
 * tcpsock.h. */
#include <arpa/inet.h>
#include <errno.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include <tcpd.h>

#include "tcpsock.h"

/* libwrap takes the priorities of its own syslog lines from these, which
 * the program must define (hosts_access(3)); auditd's values. */
int allow_severity = LOG_INFO;
int deny_severity = LOG_NOTICE;

int tcpsock_listen(int family, unsigned port, unsigned backlog)
{
	struct sockaddr_storage sa;
	socklen_t len;
	int fd, one = 1, zero = 0;

	memset(&sa, 0, sizeof(sa));
	if (family == AF_INET6) {
		struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&sa;

		s6->sin6_family = AF_INET6;
		s6->sin6_addr = in6addr_any;
		s6->sin6_port = htons((uint16_t)port);
		len = sizeof(*s6);
	} else {
		struct sockaddr_in *s4 = (struct sockaddr_in *)&sa;

		s4->sin_family = AF_INET;
		s4->sin_addr.s_addr = htonl(INADDR_ANY);
		s4->sin_port = htons((uint16_t)port);
		len = sizeof(*s4);
	}
	fd = socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	/* one socket for both families, as auditd: IPv4 peers then show as
	 * ::ffff:a.b.c.d in DAEMON_ACCEPT */
	if (family == AF_INET6)
		setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &zero, sizeof(zero));
	if (bind(fd, (struct sockaddr *)&sa, len) < 0 || listen(fd, (int)backlog) < 0) {
		int e = -errno;

		close(fd);
		return e;
	}
	return fd;
}

void tcpsock_peer(const struct sockaddr_storage *sa, char addr[INET6_ADDRSTRLEN], unsigned *port)
{
	if (sa->ss_family == AF_INET6) {
		const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)sa;

		inet_ntop(AF_INET6, &s6->sin6_addr, addr, INET6_ADDRSTRLEN);
		*port = ntohs(s6->sin6_port);
	} else {
		const struct sockaddr_in *s4 = (const struct sockaddr_in *)sa;

		inet_ntop(AF_INET, &s4->sin_addr, addr, INET6_ADDRSTRLEN);
		*port = ntohs(s4->sin_port);
	}
}

int tcpsock_wrap_allows(int fd)
{
	struct request_info req;

	request_init(&req, RQ_DAEMON, "auditd", RQ_FILE, fd, 0);
	fromhost(&req);
	return hosts_access(&req) != 0;
}
