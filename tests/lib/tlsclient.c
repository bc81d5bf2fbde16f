/* tlsclient.c - a client of the receiver's transport = tls, for the
 * tests (Python's ssl module has no TLS 1.3 external PSK):
 *
 *   tlsclient HOST PORT IDENTITY KEYFILE STEP...
 *
 * Connects, makes a TLS 1.3 PSK handshake as audisp-remote 4.2 does
 * (identity, the key file's first line in hex, a SHA-256 suite, X25519),
 * then runs the steps on that one connection, printing a line a reply as
 * tests/lib/remote-client.py does: "ACK <seq>", "DISKLOW <seq>", ...,
 * "EOF", "TIMEOUT". A refused handshake prints "HANDSHAKE-FAILED" and
 * exits 2.
 *
 * Steps:
 *   msg:TEXT     a MESSAGE frame, then its reply
 *   pipe:N:FMT   N messages at once (FMT's %d is 1..N), then N replies
 *   hb           a HEARTBEAT, then its reply
 *   wait         whatever the server sends next (up to 30 s)
 *   sleep:S      pause S seconds (a decimal)
 *   loop:N:FMT   N messages in lock step, as audisp-remote sends them (each
 *                waits for its reply); prints one line instead:
 *                "LOOP n=N acks=A seconds=S rate=R" (bench/remote.sh)
 * Sequence numbers start at 2, as audisp-remote's.
 * IDENTITY "-" (KEYFILE ignored) speaks the same frames over plain TCP:
 * the bench's like-for-like baseline for the cost of TLS.
 */
#include <errno.h>
#include <netdb.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include "frame.h"

static const char *identity;
static unsigned char key[256];
static size_t keylen;
static uint32_t seq = 1;
static unsigned char in[FRAME_MAX * 2];
static size_t in_len;
static int sock = -1;		/* plain TCP when ssl is NULL */

static int io_write(SSL *ssl, const void *b, int n)
{
	return ssl ? SSL_write(ssl, b, n) : (int)send(sock, b, (size_t)n, MSG_NOSIGNAL);
}

static int io_read(SSL *ssl, void *b, int n)
{
	return ssl ? SSL_read(ssl, b, n) : (int)recv(sock, b, (size_t)n, 0);
}

static int use_session(SSL *ssl, const EVP_MD *md, const unsigned char **id, size_t *idlen,
		       SSL_SESSION **sess)
{
	static const unsigned char aes128[] = { 0x13, 0x01 };
	const SSL_CIPHER *c = SSL_CIPHER_find(ssl, aes128);
	SSL_SESSION *s;

	(void)md;
	s = SSL_SESSION_new();
	if (!c || !s || !SSL_SESSION_set1_master_key(s, key, keylen) ||
	    !SSL_SESSION_set_cipher(s, c) || !SSL_SESSION_set_protocol_version(s, TLS1_3_VERSION)) {
		SSL_SESSION_free(s);
		return 0;
	}
	*id = (const unsigned char *)identity;
	*idlen = strlen(identity);
	*sess = s;
	return 1;
}

static void read_key(const char *path)
{
	char line[600];
	FILE *f = fopen(path, "r");
	unsigned v;
	size_t i;

	if (!f || !fgets(line, sizeof(line), f)) {
		perror(path);
		exit(1);
	}
	fclose(f);
	line[strcspn(line, "\r\n")] = '\0';
	for (i = 0; line[2 * i] && line[2 * i + 1] && i < sizeof(key); i++) {
		sscanf(line + 2 * i, "%2x", &v);
		key[i] = (unsigned char)v;
	}
	keylen = i;
}

static int connect_to(const char *host, const char *port)
{
	struct addrinfo hints = { .ai_socktype = SOCK_STREAM }, *ai, *p;
	struct timeval tv = { 30, 0 };
	int fd = -1;

	if (getaddrinfo(host, port, &hints, &ai)) {
		fprintf(stderr, "cannot resolve %s\n", host);
		exit(1);
	}
	for (p = ai; p; p = p->ai_next) {
		fd = socket(p->ai_family, p->ai_socktype, 0);
		if (fd >= 0 && connect(fd, p->ai_addr, p->ai_addrlen) == 0)
			break;
		if (fd >= 0)
			close(fd);
		fd = -1;
	}
	freeaddrinfo(ai);
	if (fd < 0) {
		perror("connect");
		exit(1);
	}
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	return fd;
}

static void send_frame(SSL *ssl, uint32_t type, const char *text)
{
	unsigned char f[FRAME_MAX];
	size_t n = frame_pack(f, type, ++seq, text, strlen(text));

	if (io_write(ssl, f, (int)n) != (int)n) {
		puts("EOF");
		exit(0);
	}
}

/* one reply, printed unless quiet; 0 at the end of the stream (or, when
 * quiet, a reply other than ACK) */
static int reply_q(SSL *ssl, int quiet)
{
	static const struct { uint32_t type; const char *name; } names[] = {
		{ FRAME_ACK, "ACK" }, { FRAME_ENDING, "ENDING" }, { FRAME_DISKLOW, "DISKLOW" },
		{ FRAME_DISKFULL, "DISKFULL" }, { FRAME_DISKERROR, "DISKERROR" },
	};
	uint32_t type, rseq;
	uint16_t len;
	size_t i;
	int n;

	for (;;) {
		if (in_len >= FRAME_HDR_SIZE) {
			memcpy(&len, in + 10, 2);
			if (in_len >= FRAME_HDR_SIZE + (size_t)len)
				break;
		}
		n = io_read(ssl, in + in_len, (int)(sizeof(in) - in_len));
		if (n <= 0) {
			int e = ssl ? SSL_get_error(ssl, n) : SSL_ERROR_SYSCALL;

			puts(e == SSL_ERROR_SYSCALL && errno == EAGAIN ? "TIMEOUT" : "EOF");
			fflush(stdout);
			return 0;
		}
		in_len += (size_t)n;
	}
	memcpy(&type, in + 6, 4);
	memcpy(&rseq, in + 12, 4);
	if (quiet) {
		in_len -= FRAME_HDR_SIZE + (size_t)len;
		memmove(in, in + FRAME_HDR_SIZE + len, in_len);
		return type == FRAME_ACK;
	}
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (names[i].type == type)
			break;
	if (i < sizeof(names) / sizeof(names[0]))
		printf("%s %u", names[i].name, rseq);
	else
		printf("OTHER %x %u", type, rseq);
	if (len)
		printf(" %.*s", (int)len, (const char *)in + FRAME_HDR_SIZE);
	putchar('\n');
	fflush(stdout);
	in_len -= FRAME_HDR_SIZE + (size_t)len;
	memmove(in, in + FRAME_HDR_SIZE + len, in_len);
	return 1;
}

static int reply(SSL *ssl)
{
	return reply_q(ssl, 0);
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	SSL_CTX *ctx = NULL;
	SSL *ssl = NULL;
	int fd, i, k, n;
	char text[FRAME_MAX_PAYLOAD];

	if (argc < 5) {
		fprintf(stderr, "usage: %s HOST PORT IDENTITY KEYFILE STEP...\n", argv[0]);
		return 1;
	}
	identity = argv[3];
	fd = sock = connect_to(argv[1], argv[2]);
	if (strcmp(identity, "-") != 0) {
		read_key(argv[4]);
		ctx = SSL_CTX_new(TLS_client_method());
		SSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION);
		SSL_CTX_set_num_tickets(ctx, 0);
		SSL_CTX_set1_groups_list(ctx, "X25519");
		SSL_CTX_set_psk_use_session_callback(ctx, use_session);
		SSL_CTX_set_read_ahead(ctx, 1);	/* a reply in one read() */
		ssl = SSL_new(ctx);
		SSL_set_fd(ssl, fd);
		if (SSL_connect(ssl) != 1) {
			puts("HANDSHAKE-FAILED");
			return 2;
		}
	}
	/* TLS 1.3: the server's verdict on our key comes with its first
	 * reply; a step must read to see a refusal */
	for (i = 5; i < argc; i++) {
		const char *step = argv[i];

		if (strncmp(step, "msg:", 4) == 0) {
			send_frame(ssl, FRAME_MESSAGE, step + 4);
			if (!reply(ssl))
				break;
		} else if (strncmp(step, "pipe:", 5) == 0) {
			n = atoi(step + 5);
			for (k = 1; k <= n; k++) {
				snprintf(text, sizeof(text), strchr(step + 5, ':') + 1, k);
				send_frame(ssl, FRAME_MESSAGE, text);
			}
			for (k = 0; k < n; k++)
				if (!reply(ssl))
					break;
		} else if (strncmp(step, "loop:", 5) == 0) {
			double t0 = now(), t;
			int acks = 0;

			n = atoi(step + 5);
			for (k = 1; k <= n; k++) {
				snprintf(text, sizeof(text), strchr(step + 5, ':') + 1, k);
				send_frame(ssl, FRAME_MESSAGE, text);
				if (!reply_q(ssl, 1))
					break;
				acks++;
			}
			t = now() - t0;
			printf("LOOP n=%d acks=%d seconds=%.3f rate=%.0f\n", n, acks, t, acks / t);
			fflush(stdout);
		} else if (strcmp(step, "hb") == 0) {
			send_frame(ssl, FRAME_HEARTBEAT, "");
			reply(ssl);
		} else if (strcmp(step, "wait") == 0) {
			reply(ssl);
		} else if (strncmp(step, "sleep:", 6) == 0) {
			struct timespec ts;
			double s = atof(step + 6);

			ts.tv_sec = (time_t)s;
			ts.tv_nsec = (long)((s - (double)ts.tv_sec) * 1e9);
			nanosleep(&ts, NULL);
		} else {
			fprintf(stderr, "unknown step %s\n", step);
			return 1;
		}
	}
	if (ssl) {
		SSL_shutdown(ssl);
		SSL_free(ssl);
		SSL_CTX_free(ctx);
	}
	close(fd);
	return 0;
}
