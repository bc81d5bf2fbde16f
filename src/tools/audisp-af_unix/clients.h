/* clients.h - audisp-af_unix's socket and the programs connected to it.
 *
 * Every client has its own queue of at most depth events; an event is
 * stored once, shared by the queues that hold it. A client that does not
 * read fills its own queue and loses what comes after (counted, its
 * own), never holding back the others or the reading of stdin: sockets
 * are written without blocking, as far as each takes.
 */
#ifndef AF_UNIX_CLIENTS_H
#define AF_UNIX_CLIENTS_H

#include <poll.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

struct clients_stats {
	uint64_t events;	/* events published */
	uint64_t unheard;	/* ... while no client was connected */
	uint64_t sent;		/* events written whole to a client */
	uint64_t dropped;	/* events a full queue could not take */
	uint64_t accepted;	/* clients ever connected */
	uint64_t closed;	/* ... and gone */
	uint64_t max_queued;	/* the most events ever queued for one client */
};

struct clients;

/* The socket at path with mode (the permission bits), listening, and
 * room for clients of depth events each. Only a socket found at path
 * (an earlier run's) is removed first: anything else there is an error.
 * Returns NULL with errno set. */
struct clients *clients_open(const char *path, mode_t mode, unsigned depth);
/* Every client disconnected; the socket removed if path still names it. */
void clients_close(struct clients *c);

/* One event (its bytes for the socket) to every client's queue, then as
 * much as each takes now. */
void clients_publish(struct clients *c, const char *data, size_t len);

/* The descriptors to poll (the socket, then the clients): at most
 * clients_nfds(); clients_handle() then acts on what poll saw in them. */
size_t clients_nfds(const struct clients *c);
size_t clients_pollfds(const struct clients *c, struct pollfd *pfd);
void clients_handle(struct clients *c, const struct pollfd *pfd, size_t n);
/* Nothing queued for any client. */
int clients_idle(const struct clients *c);

void clients_get_stats(const struct clients *c, struct clients_stats *st);
/* One line per connected client: queued, sent, dropped. */
void clients_report(const struct clients *c, FILE *f);

#endif
