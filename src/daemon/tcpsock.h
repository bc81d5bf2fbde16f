/* tcpsock.h - the network receiver's sockets, below the protocol: a
 * listening socket, a peer's address as auditd prints it, and
 * tcp_wrappers' word on a peer (use_libwrap). No state; remote.c owns the
 * descriptors. */
#ifndef VIGIL_TCPSOCK_H
#define VIGIL_TCPSOCK_H

#include <netinet/in.h>
#include <sys/socket.h>

/* A non-blocking listening socket on every address of family at port
 * (AF_INET6: dual-stack). The descriptor, or -errno. A port below 1024
 * needs CAP_NET_BIND_SERVICE: main.c calls this before dropping it. */
int tcpsock_listen(int family, unsigned port, unsigned backlog);
/* sa as auditd's DAEMON_ACCEPT prints it (IPv4 peers of a dual-stack
 * socket as ::ffff:a.b.c.d) and its port. */
void tcpsock_peer(const struct sockaddr_storage *sa, char addr[INET6_ADDRSTRLEN], unsigned *port);
/* hosts_access(3) on the connected socket fd, daemon name "auditd" as
 * auditd asks: 1 allowed, 0 refused by /etc/hosts.allow and hosts.deny.
 * Reads those files and may resolve names: it blocks the caller. */
int tcpsock_wrap_allows(int fd);

#endif
