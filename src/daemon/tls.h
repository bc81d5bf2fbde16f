/* tls.h - transport = tls for the network receiver: a TLS 1.3 server
 * authenticated by external pre-shared keys only (auditd.conf(5):
 * tls_*), as auditd 4.2's collector is.
 *
 * Every session is TLS 1.3 with (EC)DHE or hybrid KEM key exchange
 * (psk_dhe_ke; psk_ke is never allowed), no tickets, no 0-RTT, no session
 * cache, no compression. A client names an identity; the server accepts
 * it when tls_allowed_clients lists it enabled (or, without a list, when
 * it equals tls_psk_identity) and the client proves the key: the single
 * tls_psk_file, or that identity's own key= file. Anything else fails
 * closed.
 *
 * The receiver thread owns the server and its connections; nothing here
 * is shared with another thread. The frames inside TLS are the same as
 * over TCP (frame.h). Records the connections cause (DAEMON_ACCEPT
 * op=tls-accept, CRYPTO_SESSION, CRYPTO_KEY_USER) are handed to the emit
 * function given to tls_server_new, in the order they happen.
 */
#ifndef VIGIL_TLS_H
#define VIGIL_TLS_H

#include <stddef.h>
#include <sys/types.h>

#include "config.h"

#define TLS_HANDSHAKE_MAX	32	/* pending at once; more are refused */
#define TLS_HANDSHAKE_MS	5000	/* to finish one */

#define TLS_REC_CRYPTO_KEY_USER	2404
#define TLS_REC_CRYPTO_SESSION	2407

struct tls_server;
struct tls_conn;

typedef void (*tls_emit_fn)(void *arg, unsigned type, const char *text);
/* A syslog line about one connection (the caller rate-limits them: any
 * host can cause them) */
typedef void (*tls_say_fn)(void *arg, int prio, const char *line);

enum tls_step {
	TLS_DONE,		/* established: frames may flow */
	TLS_WANT,		/* waiting for the socket */
	TLS_FAIL,		/* refused (its DAEMON_ACCEPT res=no emitted): close it */
};

/* Build the server from cfg (transport = tls): load and check the key
 * and the client list, apply the crypto profile. NULL after logging why. */
struct tls_server *tls_server_new(const struct config *cfg, tls_emit_fn emit, tls_say_fn say,
				  void *arg);
void tls_server_free(struct tls_server *s);
/* SIGHUP: read the key file and the client list again; a file that is
 * now bad is reported and the one in force kept. Connections are not
 * touched: ask tls_conn_allowed about each. */
void tls_server_reload(struct tls_server *s);
/* Whether another handshake may start now. */
int tls_server_room(const struct tls_server *s);
/* Milliseconds until the next handshake deadline, -1 when none. */
int tls_server_wait_ms(const struct tls_server *s);
/* A connection whose handshake is past its deadline, refused (its record
 * emitted): the owner given to tls_conn_new, for the caller to close.
 * NULL when none. */
void *tls_server_expired(struct tls_server *s);

/* A connection on accepted socket fd (non-blocking) from addr:port, for
 * owner. NULL after logging. */
struct tls_conn *tls_conn_new(struct tls_server *s, int fd, const char *addr, unsigned port,
			      void *owner);
enum tls_step tls_conn_handshake(struct tls_conn *c);
int tls_conn_established(const struct tls_conn *c);
/* After a read that returned data: the kernel had nothing more than that
 * read took and OpenSSL holds nothing unread, so (edge-triggered) the
 * next bytes bring an event. */
int tls_conn_drained(const struct tls_conn *c);
/* After tls_server_reload: whether its identity is still enabled; when
 * not, a syslog line says so and the caller closes it. */
int tls_conn_allowed(const struct tls_conn *c);
/* recv()/send() on an established connection: bytes, 0 at the end of the
 * stream (recv), -1 with errno EAGAIN when the socket must wait, another
 * errno when the session failed. */
ssize_t tls_conn_recv(struct tls_conn *c, void *buf, size_t len);
ssize_t tls_conn_send(struct tls_conn *c, const void *buf, size_t len);
/* Close notify (not waited for), CRYPTO_KEY_USER op=destroy when the
 * session was established, free. The socket stays the caller's. */
void tls_conn_free(struct tls_conn *c);

#endif
