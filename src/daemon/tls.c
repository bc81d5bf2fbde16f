/* tls.c - the TLS 1.3 PSK server of the network receiver. See tls.h.
 *
 * The key is given to OpenSSL as a session made up for the occasion
 * (SSL_CTX_set_psk_find_session_callback(3)): master key = the PSK,
 * protocol TLS 1.3, and a cipher whose handshake hash is SHA-256, the
 * hash of external PSK binders unless agreed otherwise (RFC 8446
 * 4.2.11). The record texts are auditd 4.2's (auditd.conf(5) lists them).
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include "daemonrec.h"
#include "log.h"
#include "tcpsock.h"
#include "tls.h"
#include "tlskeys.h"
#include "util.h"

#define TEXT_MAX	1024

/* tls_crypto_profile: ciphers and groups; NULL leaves OpenSSL's (the
 * system policy). SHA-256 suites first: the binder hash of an external PSK. */
static const struct profile {
	const char *name;
	const char *ciphers;
	const char *groups;
	int need_pqc;		/* refuse a session whose group is not a KEM hybrid */
} profiles[] = {
	{ "compatible", "TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_256_GCM_SHA384",
	  "X25519MLKEM768:X25519", 0 },
	{ "system", NULL, NULL, 0 },
	{ "pqc", "TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_256_GCM_SHA384",
	  "X25519MLKEM768:SecP256r1MLKEM768:SecP384r1MLKEM1024", 1 },
};
#define FALLBACK_GROUPS	"X25519"

struct tls_server {
	SSL_CTX *ctx;
	const struct profile *profile;
	char psk_file[CONFIG_PATH_MAX];		/* "" none */
	char acl_file[CONFIG_PATH_MAX];		/* "" none */
	char identity[TLSKEYS_ID_MAX + 1];	/* tls_psk_identity, "" none */
	struct tlskeys_key key;
	struct tlskeys_acl acl;
	int have_acl;
	char exe[PATH_MAX * 2 + 8];		/* exe="..." or exe=HEX */
	tls_emit_fn emit;
	tls_say_fn say;
	void *arg;
	struct tls_conn *handshakes;		/* pending, oldest last */
	unsigned nhandshakes;
};

struct tls_conn {
	struct tls_server *s;
	struct tls_conn *next, *prev;		/* in s->handshakes */
	SSL *ssl;
	int fd;
	void *owner;
	int state;				/* enum tls_step */
	int pending;				/* in s->handshakes */
	struct timespec deadline;
	const char *reason;			/* why the PSK callback said no */
	char addr[INET6_ADDRSTRLEN];
	unsigned port;
	char identity[TLSKEYS_ID_MAX + 1];	/* accepted by the callback, "" before */
	int raw_drained;			/* the socket's last read was short */
};

/* The socket BIO's reads, watched: a read shorter than asked (or none
 * to be had) took everything the kernel held, as for a plain client */
static long raw_read(BIO *b, int oper, const char *argp, size_t len, int argi, long argl,
		     int ret, size_t *processed)
{
	struct tls_conn *c = (struct tls_conn *)BIO_get_callback_arg(b);

	(void)argp;
	(void)argi;
	(void)argl;
	if (c && oper == (BIO_CB_READ | BIO_CB_RETURN))
		c->raw_drained = ret <= 0 || !processed || *processed < len;
	return ret;
}

/* a record's text: cut at the buffer's end, never an error */
static void textf(char *out, size_t len, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void textf(char *out, size_t len, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(out, len, fmt, ap);
	va_end(ap);
}

static void log_ssl_errors(void)
{
	char buf[256];
	unsigned long e;

	while ((e = ERR_get_error())) {
		ERR_error_string_n(e, buf, sizeof(buf));
		log_err("TLS error: %s", buf);
	}
}

/* a line about one connection, through the server's say */
__attribute__((format(printf, 3, 4)))
static void say(const struct tls_server *s, int prio, const char *fmt, ...)
{
	char line[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	s->say(s->arg, prio, line);
}

/* OpenSSL's error queue after one connection's failure */
static void say_ssl_errors(const struct tls_server *s)
{
	char buf[256];
	unsigned long e;

	while ((e = ERR_get_error())) {
		ERR_error_string_n(e, buf, sizeof(buf));
		say(s, LOG_ERR, "TLS error: %s", buf);
	}
}

/* exe= as libaudit encodes a value: quoted when plain, else in hex */
static void exe_field(char *out, size_t len)
{
	char path[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", path, sizeof(path) - 1);
	size_t i, o;
	int plain = 1;

	if (n <= 0)
		n = (ssize_t)strlen(strcpy(path, "auditd"));
	path[n] = '\0';
	for (i = 0; i < (size_t)n; i++)
		if (path[i] <= ' ' || path[i] == '"' || path[i] > '~')
			plain = 0;
	if (plain) {
		snprintf(out, len, "exe=\"%s\"", path);
		return;
	}
	o = (size_t)snprintf(out, len, "exe=");
	for (i = 0; i < (size_t)n && o + 3 < len; i++)
		o += (size_t)snprintf(out + o, len - o, "%02X", (unsigned char)path[i]);
}

static const char *group_name(SSL *ssl)
{
	int g;

	/* OpenSSL 3.0 reads the session's group: none after a refused PSK */
	if (!SSL_get_session(ssl))
		return NULL;
	g = SSL_get_negotiated_group(ssl);

	return g ? SSL_group_to_name(ssl, g) : NULL;
}

/* ---- records ---------------------------------------------------------------- */

/* DAEMON_ACCEPT op=tls-accept, for a success or a refusal */
static void emit_accept(struct tls_conn *c, const char *reason)
{
	const SSL_CIPHER *ci = SSL_get_current_cipher(c->ssl);
	const char *g = group_name(c->ssl);
	char text[TEXT_MAX];

	textf(text, sizeof(text),
		 "op=tls-accept res=%s role=collector addr=%s port=%u id=%.128s profile=%s "
		 "reason=%s auth=psk tls_version=%s cipher=%s group=%s",
		 reason ? "no" : "success", c->addr, c->port,
		 c->identity[0] ? c->identity : "?", c->s->profile->name,
		 reason ? reason : "success", SSL_get_version(c->ssl),
		 ci ? SSL_CIPHER_get_name(ci) : "(NONE)", g ? g : "unknown");
	c->s->emit(c->s->arg, DAEMONREC_ACCEPT, text);
}

/* CRYPTO_SESSION op=start (one a direction) and CRYPTO_KEY_USER
 * op=destroy share the session's fields */
static void emit_crypto(struct tls_conn *c, unsigned type, const char *op, const char *direction)
{
	const SSL_CIPHER *ci = SSL_get_current_cipher(c->ssl);
	struct sockaddr_storage sa;
	socklen_t slen = sizeof(sa);
	char laddr[INET6_ADDRSTRLEN] = "?", text[TEXT_MAX], cipher[160] = "";
	unsigned lport = 0;
	const char *g = group_name(c->ssl);

	if (getsockname(c->fd, (struct sockaddr *)&sa, &slen) == 0)
		tcpsock_peer(&sa, laddr, &lport);
	if (type == TLS_REC_CRYPTO_SESSION)
		textf(cipher, sizeof(cipher), " cipher=%s ksize=%d mac=<implicit> pfs=%s",
			 ci ? SSL_CIPHER_get_name(ci) : "?", ci ? SSL_CIPHER_get_bits(ci, NULL) : 0,
			 g ? g : "?");
	textf(text, sizeof(text),
		 "op=%s%s direction=%s%s spid=%d suid=? rport=%u laddr=%s lport=%u %s hostname=? "
		 "addr=%s terminal=? res=success",
		 op, type == TLS_REC_CRYPTO_KEY_USER ? " kind=session fp=?" : "", direction, cipher,
		 (int)getpid(), c->port, laddr, lport, c->s->exe, c->addr);
	c->s->emit(c->s->arg, type, text);
}

/* ---- the PSK callback --------------------------------------------------------- */

static const SSL_CIPHER *sha256_cipher(SSL *ssl)
{
	STACK_OF(SSL_CIPHER) *all = SSL_get_ciphers(ssl);
	const SSL_CIPHER *first = NULL, *ci;
	int i;

	for (i = 0; all && i < sk_SSL_CIPHER_num(all); i++) {
		ci = sk_SSL_CIPHER_value(all, i);
		if (SSL_CIPHER_get_protocol_id(ci) >> 8 != 0x13)
			continue;	/* TLS 1.3 suites are 0x13xx */
		if (!first)
			first = ci;
		if (EVP_MD_get_type(SSL_CIPHER_get_handshake_digest(ci)) == NID_sha256)
			return ci;
	}
	return first;
}

/* The key for an identity, or NULL with c->reason set. */
static const struct tlskeys_key *authorize(struct tls_conn *c, const unsigned char *id,
					   size_t len)
{
	struct tls_server *s = c->s;
	const struct tlskeys_client *e;

	if (!tlskeys_identity_ok(id, len)) {
		c->reason = "invalid-identity";
		return NULL;
	}
	if (s->have_acl) {
		e = tlskeys_find(&s->acl, id, len);
		c->reason = !e ? "unknown-identity" : !e->enabled ? "disabled-identity" : NULL;
		if (c->reason)
			return NULL;
		return s->acl.per_identity ? &e->key : &s->key;
	}
	if (!s->identity[0]) {
		c->reason = "no-authorization";
		return NULL;
	}
	if (!tlskeys_equal(id, len, s->identity, strlen(s->identity))) {
		c->reason = "unknown-identity";
		return NULL;
	}
	return &s->key;
}

static int find_session(SSL *ssl, const unsigned char *id, size_t len, SSL_SESSION **sess)
{
	struct tls_conn *c = SSL_get_app_data(ssl);
	const struct tlskeys_key *key = authorize(c, id, len);
	const SSL_CIPHER *ci;
	SSL_SESSION *s;

	if (!key) {
		say(c->s, LOG_ERR, "TLS PSK %s from %s:%u", c->reason, c->addr, c->port);
		return 0;
	}
	if (!key->len) {
		c->reason = "no-authorization";
		return 0;
	}
	ci = sha256_cipher(ssl);
	if (!ci) {
		c->reason = "no-matching-cipher";
		return 0;
	}
	s = SSL_SESSION_new();
	if (!s || !SSL_SESSION_set1_master_key(s, key->key, key->len) ||
	    !SSL_SESSION_set_cipher(s, ci) || !SSL_SESSION_set_protocol_version(s, TLS1_3_VERSION)) {
		SSL_SESSION_free(s);
		c->reason = "session-setup-failed";
		return 0;
	}
	memcpy(c->identity, id, len);
	c->identity[len] = '\0';
	c->reason = NULL;
	*sess = s;
	return 1;
}

/* ---- the server ------------------------------------------------------------------ */

/* The key and the list, checked as a pair: into key and acl, or -1 with
 * the reason logged. */
static int load_keys(struct tls_server *s, struct tlskeys_key *key, struct tlskeys_acl *acl,
		     int *have_acl)
{
	char err[TLSKEYS_ERR_MAX];

	memset(key, 0, sizeof(*key));
	memset(acl, 0, sizeof(*acl));
	*have_acl = 0;
	if (s->acl_file[0]) {
		if (tlskeys_load_acl(s->acl_file, acl, err, sizeof(err)) < 0)
			goto bad;
		*have_acl = 1;
		if (!acl->per_identity && acl->enabled > 1) {
			textf(err, sizeof(err), "%s has %zu enabled identities but single-PSK mode "
				 "allows at most 1 (give each a key= file)", s->acl_file, acl->enabled);
			goto bad;
		}
	}
	if (s->psk_file[0] && tlskeys_load_key(s->psk_file, key, err, sizeof(err)) < 0)
		goto bad;
	if (!key->len && !acl->per_identity) {
		textf(err, sizeof(err), "tls_psk_file is not set and %s has no key= files",
			 s->acl_file[0] ? s->acl_file : "no tls_allowed_clients");
		goto bad;
	}
	return 0;
bad:
	log_err("%s", err);
	tlskeys_key_wipe(key);
	tlskeys_acl_free(acl);
	return -1;
}

static int set_crypto(struct tls_server *s, const struct config *cfg)
{
	const char *ciphers = cfg->tls_cipher_suites[0] ? cfg->tls_cipher_suites : s->profile->ciphers;
	const char *groups = cfg->tls_key_exchange[0] ? cfg->tls_key_exchange : s->profile->groups;

	if (ciphers && !SSL_CTX_set_ciphersuites(s->ctx, ciphers)) {
		log_err("Unable to set TLS cipher suites '%s' (tls_cipher_suites)", ciphers);
		return -1;
	}
	if (s->profile->need_pqc && cfg->tls_key_exchange[0])
		log_warn("tls_key_exchange override set with PQC profile; connections will fail "
			 "if override excludes PQC groups");
	if (!groups || SSL_CTX_set1_groups_list(s->ctx, groups))
		return 0;
	ERR_clear_error();
	/* only the default hybrid of the compatible profile may fall back */
	if (s->profile->need_pqc || cfg->tls_key_exchange[0]) {
		log_err("Unable to set key exchange groups '%s'%s", groups,
			s->profile->need_pqc ? " (tls_crypto_profile = pqc needs OpenSSL with ML-KEM)"
					     : "");
		return -1;
	}
	log_warn("PQC key exchange groups not available, falling back to %s", FALLBACK_GROUPS);
	if (!SSL_CTX_set1_groups_list(s->ctx, FALLBACK_GROUPS)) {
		log_err("Unable to set any key exchange groups");
		return -1;
	}
	return 0;
}

struct tls_server *tls_server_new(const struct config *cfg, tls_emit_fn emit, tls_say_fn say,
				  void *arg)
{
	struct tls_server *s = xcalloc(1, sizeof(*s));
	const char *pname = cfg->tls_crypto_profile[0] ? cfg->tls_crypto_profile : "compatible";
	size_t i;

	s->emit = emit;
	s->say = say;
	s->arg = arg;
	for (i = 0; i < NELEM(profiles); i++)
		if (strcmp(profiles[i].name, pname) == 0)
			s->profile = &profiles[i];
	if (!s->profile) {
		log_err("Unknown tls_crypto_profile %s", pname);
		goto fail;
	}
	snprintf(s->psk_file, sizeof(s->psk_file), "%s", cfg->tls_psk_file);
	snprintf(s->acl_file, sizeof(s->acl_file), "%s", cfg->tls_allowed_clients);
	if (cfg->tls_psk_identity[0] &&
	    !tlskeys_identity_ok(cfg->tls_psk_identity, strlen(cfg->tls_psk_identity))) {
		log_err("tls_psk_identity '%s' is not 1 to %d printable characters without space",
			cfg->tls_psk_identity, TLSKEYS_ID_MAX);
		goto fail;
	}
	snprintf(s->identity, sizeof(s->identity), "%s", cfg->tls_psk_identity);
	if (load_keys(s, &s->key, &s->acl, &s->have_acl) < 0)
		goto fail;
	if (s->have_acl && s->identity[0])
		log_notice("tls_allowed_clients is configured; tls_psk_identity is ignored for "
			   "authorization");
	exe_field(s->exe, sizeof(s->exe));

	s->ctx = SSL_CTX_new(TLS_server_method());
	if (!s->ctx || !SSL_CTX_set_min_proto_version(s->ctx, TLS1_3_VERSION) ||
	    !SSL_CTX_set_max_early_data(s->ctx, 0) || !SSL_CTX_set_num_tickets(s->ctx, 0)) {
		log_err("Unable to create the TLS server context");
		goto fail;
	}
	/* no SSL_OP_ALLOW_NO_DHE_KEX: every session has forward secrecy.
	 * The server's order of suites: a client that prefers a SHA-384
	 * suite would otherwise make OpenSSL pass over the SHA-256 key. A
	 * missing close_notify is an end: frames delimit themselves. */
	SSL_CTX_set_options(s->ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_TICKET |
			    SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_IGNORE_UNEXPECTED_EOF);
	SSL_CTX_set_mode(s->ctx, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
	/* one read() for a record's header and body, and for several
	 * records when a client pipelines (tls_conn_drained) */
	SSL_CTX_set_read_ahead(s->ctx, 1);
	SSL_CTX_set_session_cache_mode(s->ctx, SSL_SESS_CACHE_OFF);
	SSL_CTX_set_psk_find_session_callback(s->ctx, find_session);
	if (set_crypto(s, cfg) < 0)
		goto fail;
	return s;
fail:
	log_ssl_errors();
	tls_server_free(s);
	return NULL;
}

void tls_server_free(struct tls_server *s)
{
	if (!s)
		return;
	SSL_CTX_free(s->ctx);
	tlskeys_key_wipe(&s->key);
	tlskeys_acl_free(&s->acl);
	free(s);
}

void tls_server_reload(struct tls_server *s)
{
	struct tlskeys_key key;
	struct tlskeys_acl acl;
	size_t before = s->acl.enabled;
	int have_acl;

	if (load_keys(s, &key, &acl, &have_acl) < 0) {
		log_err("Failed to reload the TLS key or client list; keeping the current ones");
		return;
	}
	tlskeys_key_wipe(&s->key);
	tlskeys_acl_free(&s->acl);
	s->key = key;
	s->acl = acl;
	explicit_bzero(&key, sizeof(key));
	if (have_acl)
		log_notice("TLS client ACL reloaded (%zu->%zu enabled)", before, s->acl.enabled);
}

int tls_server_room(const struct tls_server *s)
{
	return s->nhandshakes < TLS_HANDSHAKE_MAX;
}

static long ms_until(const struct timespec *t)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (t->tv_sec - now.tv_sec) * 1000 + (t->tv_nsec - now.tv_nsec) / 1000000;
}

static struct tls_conn *oldest(const struct tls_server *s)
{
	struct tls_conn *c = s->handshakes;

	while (c && c->next)
		c = c->next;
	return c;
}

int tls_server_wait_ms(const struct tls_server *s)
{
	struct tls_conn *c = s ? oldest(s) : NULL;
	long ms;

	if (!c)
		return -1;
	ms = ms_until(&c->deadline);
	return ms < 0 ? 0 : (int)ms + 1;
}

static void unpend(struct tls_conn *c)
{
	if (!c->pending)
		return;
	if (c->prev)
		c->prev->next = c->next;
	else
		c->s->handshakes = c->next;
	if (c->next)
		c->next->prev = c->prev;
	c->pending = 0;
	c->s->nhandshakes--;
}

static void refuse(struct tls_conn *c, const char *reason)
{
	unpend(c);
	c->state = TLS_FAIL;
	emit_accept(c, reason);
}

void *tls_server_expired(struct tls_server *s)
{
	struct tls_conn *c = oldest(s);

	if (!c || ms_until(&c->deadline) > 0)
		return NULL;
	say(c->s, LOG_ERR, "TLS handshake timeout from %s:%u", c->addr, c->port);
	refuse(c, "handshake-timeout");
	return c->owner;
}

/* ---- connections ---------------------------------------------------------------- */

struct tls_conn *tls_conn_new(struct tls_server *s, int fd, const char *addr, unsigned port,
			      void *owner)
{
	struct tls_conn *c = xcalloc(1, sizeof(*c));

	c->s = s;
	c->fd = fd;
	c->owner = owner;
	c->state = TLS_WANT;
	snprintf(c->addr, sizeof(c->addr), "%s", addr);
	c->port = port;
	c->ssl = SSL_new(s->ctx);
	if (!c->ssl || !SSL_set_fd(c->ssl, fd)) {
		say(s, LOG_ERR, "TLS setup for %s:%u failed", addr, port);
		say_ssl_errors(s);
		SSL_free(c->ssl);
		free(c);
		return NULL;
	}
	SSL_set_app_data(c->ssl, c);
	BIO_set_callback_arg(SSL_get_rbio(c->ssl), (char *)c);
	BIO_set_callback_ex(SSL_get_rbio(c->ssl), raw_read);
	SSL_set_accept_state(c->ssl);
	clock_gettime(CLOCK_MONOTONIC, &c->deadline);
	c->deadline.tv_sec += TLS_HANDSHAKE_MS / 1000;
	c->next = s->handshakes;
	if (c->next)
		c->next->prev = c;
	s->handshakes = c;
	s->nhandshakes++;
	c->pending = 1;
	return c;
}

enum tls_step tls_conn_handshake(struct tls_conn *c)
{
	const char *g;
	int rc, err;

	if (c->state != TLS_WANT)
		return c->state;
	ERR_clear_error();
	rc = SSL_do_handshake(c->ssl);
	if (rc != 1) {
		err = SSL_get_error(c->ssl, rc);
		if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
			return TLS_WANT;
		say(c->s, LOG_ERR, "TLS handshake from %s:%u failed", c->addr, c->port);
		say_ssl_errors(c->s);
		refuse(c, c->reason ? c->reason : "handshake-error");
		return TLS_FAIL;
	}
	g = group_name(c->ssl);
	say(c->s, LOG_INFO, "TLS connection from %s:%u using %s kex=%s", c->addr, c->port,
		 SSL_get_cipher(c->ssl), g ? g : "unknown");
	if (c->s->profile->need_pqc && (!g || !strstr(g, "MLKEM"))) {
		say(c->s, LOG_ERR,
		    "PQC key exchange required but negotiated group '%s' is not PQC from %s:%u",
			g ? g : "unknown", c->addr, c->port);
		refuse(c, "handshake-pqc");
		return TLS_FAIL;
	}
	if (!c->identity[0]) {
		say(c->s, LOG_ERR, "TLS handshake from %s:%u completed without PSK identity; rejecting",
			c->addr, c->port);
		refuse(c, "no-psk-identity");
		return TLS_FAIL;
	}
	unpend(c);
	c->state = TLS_DONE;
	emit_crypto(c, TLS_REC_CRYPTO_SESSION, "start", "from-client");
	emit_crypto(c, TLS_REC_CRYPTO_SESSION, "start", "from-server");
	emit_accept(c, NULL);
	return TLS_DONE;
}

int tls_conn_established(const struct tls_conn *c)
{
	return c->state == TLS_DONE;
}

int tls_conn_allowed(const struct tls_conn *c)
{
	const struct tlskeys_client *e;

	if (!c->s->have_acl)
		return 1;	/* tls_psk_identity does not change without a restart */
	e = tlskeys_find(&c->s->acl, c->identity, strlen(c->identity));
	if (e && e->enabled)
		return 1;
	log_warn("TLS client %s:%u identity '%s' is %s in %s - closing the connection", c->addr,
		 c->port, c->identity, e ? "disabled" : "no longer listed", c->s->acl_file);
	return 0;
}

/* SSL_read/SSL_write's outcome as recv()/send()'s */
static ssize_t io_result(struct tls_conn *c, int rc)
{
	switch (SSL_get_error(c->ssl, rc)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		errno = EAGAIN;
		return -1;
	case SSL_ERROR_ZERO_RETURN:
		return 0;
	case SSL_ERROR_SYSCALL:
		if (!errno)
			errno = ECONNRESET;
		return -1;
	default:
		say_ssl_errors(c->s);
		errno = EPROTO;
		return -1;
	}
}

int tls_conn_drained(const struct tls_conn *c)
{
	return c->raw_drained && !SSL_has_pending(c->ssl);
}

ssize_t tls_conn_recv(struct tls_conn *c, void *buf, size_t len)
{
	int rc;

	if (c->state != TLS_DONE) {
		errno = ENOTCONN;
		return -1;
	}
	ERR_clear_error();
	errno = 0;
	rc = SSL_read(c->ssl, buf, len > INT_MAX ? INT_MAX : (int)len);
	return rc > 0 ? rc : io_result(c, rc);
}

ssize_t tls_conn_send(struct tls_conn *c, const void *buf, size_t len)
{
	int rc;

	if (c->state != TLS_DONE) {
		errno = ENOTCONN;
		return -1;
	}
	ERR_clear_error();
	errno = 0;
	rc = SSL_write(c->ssl, buf, len > INT_MAX ? INT_MAX : (int)len);
	return rc > 0 ? rc : io_result(c, rc);
}

void tls_conn_free(struct tls_conn *c)
{
	if (!c)
		return;
	unpend(c);
	if (c->state == TLS_DONE) {
		emit_crypto(c, TLS_REC_CRYPTO_KEY_USER, "destroy", "both");
		ERR_clear_error();
		SSL_shutdown(c->ssl);	/* close_notify; the peer's is not awaited */
	}
	ERR_clear_error();
	SSL_free(c->ssl);
	free(c);
}
