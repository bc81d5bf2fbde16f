/* netlink.h - the audit netlink socket: open/tune, requests and their
 * answers (ACKs, replies, dumps), one bounded walk over a datagram, and the
 * classification of what the kernel sends the daemon. No threads here.
 *
 * Every request carries a sequence number no other request of the process
 * has used (never 0, which the kernel's records carry), and an answer is
 * taken only from the kernel (nl_pid 0) with the sequence number of the
 * request it answers: a late reply to an earlier request, or a record, is
 * never taken for the current answer.
 */
#ifndef VIGIL_NETLINK_H
#define VIGIL_NETLINK_H

#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>
#include <linux/audit.h>
#include <linux/netlink.h>

/* What the listener does with one received netlink message. */
enum netlink_route {
	NETLINK_ROUTE_SKIP,	/* NOOP/DONE, rule/watch replies, daemon range, REPLACE */
	NETLINK_ROUTE_REPLY,	/* ACK/error, AUDIT_GET, AUDIT_SIGNAL_INFO: to whoever asked */
	NETLINK_ROUTE_EVENT,	/* an audit record: to the log */
};

enum netlink_mode {
	NETLINK_MODE_UNICAST,	/* the registered audit daemon's records */
	NETLINK_MODE_MULTICAST,	/* read-only: AUDIT_NLGRP_READLOG listener */
	NETLINK_MODE_REQUEST,	/* requests and their answers only (see netlink.c) */
};

/* Open NETLINK_AUDIT (close-on-exec). UNICAST and MULTICAST: grow the
 * receive buffer to rcvbuf bytes (SO_RCVBUFFORCE, else SO_RCVBUF), set
 * NETLINK_NO_ENOBUFS, and for MULTICAST join AUDIT_NLGRP_READLOG. REQUEST:
 * a socket sized so the kernel never waits on it for a dump, where a lost
 * answer shows (rcvbuf 0: the default size). Returns fd or -errno. */
int netlink_open(enum netlink_mode mode, int rcvbuf);

/* The bounded walk over one datagram of n bytes: *off starts at 0. Returns
 * the next message if its nlmsg_len fits in what is left, else NULL (the
 * end, or a message claiming more than the datagram holds). Unlike
 * NLMSG_NEXT it never steps past the datagram nor wraps a count. */
static inline const struct nlmsghdr *netlink_walk(const void *buf, size_t n, size_t *off)
{
	const struct nlmsghdr *m;

	if (*off > n || n - *off < NLMSG_HDRLEN)
		return NULL;
	m = (const struct nlmsghdr *)((const char *)buf + *off);
	if (m->nlmsg_len < NLMSG_HDRLEN || m->nlmsg_len > n - *off)
		return NULL;
	*off += NLMSG_ALIGN(m->nlmsg_len);
	return m;
}

/* Send one request with NLM_F_REQUEST|NLM_F_ACK; returns its sequence
 * number (> 0) or -errno. For a request whose answer another thread reads
 * (the daemon's registration socket): see struct netlink_answer. */
int netlink_send(int fd, uint16_t type, const void *data, size_t len);

/* What a request, or a train of count requests of one type sent in one
 * sendmsg with consecutive sequence numbers, waits for. Set the first five
 * fields (the callbacks may be NULL), zero the rest; then feed it every
 * message that arrives with netlink_answer_take(). */
struct netlink_answer {
	uint32_t first;		/* sequence number of the (first) request */
	unsigned count;		/* requests in the train; 0 counts as 1 */
	uint16_t reply;		/* the reply's type; 0: the ACKs alone */
	int dump;		/* replies come until NLMSG_DONE */
	/* each ACK of a train: its index and value (0, -errno, or the
	 * positive value some requests are answered with) */
	void (*on_ack)(void *arg, unsigned index, int value);
	/* each reply's payload; a negative return (-errno) ends the wait */
	int (*on_reply)(void *arg, const void *data, size_t len);
	void *arg;

	unsigned acks;		/* ACKs taken */
	int value;		/* one request: its ACK's value, or on_reply's error */
	int complete;
};

/* Take one message (type, sequence number, payload of len bytes) if it
 * answers a; returns 1 once a is complete: every ACK of the train came; or,
 * with reply set, the reply came (a dump: its NLMSG_DONE), or an ACK said
 * the request failed. The kernel ACKs a GET or a dump before its kernel
 * thread sends the reply, so the reply (or DONE) is the last word. */
int netlink_answer_take(struct netlink_answer *a, uint16_t type, uint32_t seq,
			const void *data, size_t len);

/* Read fd until a is complete; timeout_ms of silence ends the wait with
 * -ETIMEDOUT. Returns 0, or -errno when the socket fails, an answer was
 * lost (-ENOBUFS: the socket overran) or cut (-EMSGSIZE). */
int netlink_wait(int fd, struct netlink_answer *a, int timeout_ms);

/* Send count requests of one type in one sendmsg (payloads[i] each) and
 * wait for every ACK; on_ack(arg, i, value) for each. 0 or -errno. */
int netlink_train(int fd, uint16_t type, const struct iovec *payloads, unsigned count,
		  void (*on_ack)(void *arg, unsigned index, int value), void *arg,
		  int timeout_ms);

/* A request and its ACK. Returns the ACK's value (0, -errno from the
 * kernel, or a positive value) or -errno from the socket. */
int netlink_request(int fd, uint16_t type, const void *data, size_t len, int timeout_ms);

/* A request answered by one message of the same type (AUDIT_GET,
 * AUDIT_GET_FEATURE). out is zeroed, then filled; *len (may be NULL) is
 * what the kernel gave. Asked again if the answer was lost. 0 or -errno. */
int netlink_get(int fd, uint16_t type, const void *req, size_t reqlen,
		void *out, size_t outsz, size_t *len, int timeout_ms);

/* AUDIT_GET. 0 or -errno. */
int netlink_get_status(int fd, struct audit_status *st, int timeout_ms);

/* A dump (AUDIT_LIST_RULES): every reply payload up to NLMSG_DONE, whole.
 * If any part of it was lost on the way it is asked for again, so a list
 * is complete or an error, never short. Free with netlink_list_free. */
struct netlink_list {
	unsigned n, cap;
	void **data;
	size_t *len;
};

int netlink_dump(int fd, uint16_t type, struct netlink_list *list, int timeout_ms);
void netlink_list_free(struct netlink_list *list);

/* Classify a message type received on the daemon socket (auditd's rules). */
enum netlink_route netlink_route(uint16_t type);

/* auditd gives a payload only to these types; others are written "msg=lost". */
int netlink_type_has_payload(uint16_t type);

#endif
