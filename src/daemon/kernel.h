/* kernel.h - the daemon's dealings with the kernel's audit control: its two
 * sockets, the enable state at start, registration (AUDIT_SET pid) and
 * deregistration, the sender of the last signal (AUDIT_SIGNAL_INFO), the
 * backlog at stop, and AUDIT_GET readings (the lost counter goes to kwatch).
 *
 * Registration must be made on the socket that receives the records, which
 * the listener thread reads: requests on it are answered through the reply
 * pipe the listener writes (listener.h). Everything else goes on a private
 * request socket that only this thread reads. Both are matched to their
 * request by netlink_answer_take (netlink.h).
 */
#ifndef VIGIL_KERNEL_H
#define VIGIL_KERNEL_H

#include <linux/audit.h>

#include "daemonrec.h"
#include "kwatch.h"

struct kernel {
	int nl_fd;		/* the listener's socket: registration lives on it */
	int ctl_fd;		/* private socket for synchronous requests */
	int reply_rd, reply_wr;	/* replies the listener routes to us */
	int registered;
	struct kwatch kwatch;	/* the kernel's lost counter */
};

/* Open both sockets (the records' one read-only with multicast) and the
 * reply pipe. Says why and returns -1 when it cannot. */
int kernel_open(struct kernel *k, int multicast, int rcvbuf);
void kernel_close(struct kernel *k);

/* -s enable/disable: set the enable flag unless the kernel is immutable.
 * Says why and returns -1 when the kernel refuses. */
int kernel_set_enabled(struct kernel *k, int enable);
/* AUDIT_SET pid on the records' socket. Says why and returns -1. */
int kernel_register(struct kernel *k);
/* At stop: wait (a while) for the kernel's backlog to reach us, then
 * deregister. Nothing when not registered. */
void kernel_drain_backlog(struct kernel *k);
void kernel_deregister(struct kernel *k);

/* Who sent the last signal (zeroed when not registered or no answer). */
void kernel_sender(struct kernel *k, struct daemonrec_sender *s, int timeout_ms);

/* AUDIT_GET; a reading also goes to the lost-counter watch. 0 or -errno. */
int kernel_status(struct kernel *k, struct audit_status *st);

/* Replies nobody waits for any more (late ACKs): read and dropped. */
void kernel_drop_replies(struct kernel *k);

#endif
