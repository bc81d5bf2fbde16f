/* netlink.h - the audit netlink socket: open/tune, requests, status, and
 * classification of what the kernel sends. No threads here. */
#ifndef VIGIL_NETLINK_H
#define VIGIL_NETLINK_H

#include <stddef.h>
#include <stdint.h>
#include <linux/audit.h>
#include <linux/netlink.h>

/* What the listener does with one received netlink message. */
enum netlink_route {
	NETLINK_ROUTE_SKIP,	/* NOOP/DONE, rule/watch replies, daemon range, REPLACE */
	NETLINK_ROUTE_REPLY,	/* ACK/error, AUDIT_GET, AUDIT_SIGNAL_INFO: to whoever asked */
	NETLINK_ROUTE_EVENT,	/* an audit record: to the log */
};

enum netlink_mode {
	NETLINK_MODE_UNICAST,	/* the registered audit daemon */
	NETLINK_MODE_MULTICAST,	/* read-only: AUDIT_NLGRP_READLOG listener */
};

/* Open NETLINK_AUDIT (close-on-exec), grow the receive buffer to rcvbuf bytes
 * (SO_RCVBUFFORCE, else SO_RCVBUF), set NETLINK_NO_ENOBUFS, and for the
 * multicast mode join AUDIT_NLGRP_READLOG. Returns fd or -errno. */
int netlink_open(enum netlink_mode mode, int rcvbuf);

/* Send one request with NLM_F_REQUEST|NLM_F_ACK; returns the sequence number
 * used (> 0) or -errno. */
int netlink_send(int fd, uint16_t type, const void *data, size_t len);

/* Synchronous request on a private socket that nobody else reads: send, then
 * wait up to timeout_ms for the ACK. Returns 0 or -errno from the kernel. */
int netlink_request(int fd, uint16_t type, const void *data, size_t len, int timeout_ms);

/* AUDIT_GET on a private socket. 0 or -errno. */
int netlink_get_status(int fd, struct audit_status *st, int timeout_ms);

/* Classify a message type received on the daemon socket (auditd's rules). */
enum netlink_route netlink_route(uint16_t type);

/* auditd gives a payload only to these types; others are written "msg=lost". */
int netlink_type_has_payload(uint16_t type);

#endif
