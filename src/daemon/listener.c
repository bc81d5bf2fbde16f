/* listener.c - netlink -> ring. See listener.h. */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>

#include "listener.h"
#include "log.h"
#include "util.h"
#include "netlink.h"
#include "spill.h"

#define BATCH		LISTENER_BATCH
/* one kernel record: header + MAX_AUDIT_MESSAGE_LENGTH, and some slack so
 * a larger message shows up as MSG_TRUNC rather than silently cut; rounded
 * so that every slot's netlink header is aligned */
#define SLOT		NLMSG_ALIGN(NLMSG_HDRLEN + 8970 + 64)
/* The blocking read wakes up this often with nothing to do (it checks for
 * failed deliveries then): rarely, as each wakeup costs a server CPU time.
 * A stop request does not wait for it: listener_stop interrupts the read
 * with KICK_SIGNAL. */
#define IDLE_POLL_S	2
#define KICK_SIGNAL	SIGRTMIN
/* Time batching, see nap_for(): after a short read the listener naps
 * long enough for about a batch to gather, between these bounds. */
#define NAP_MIN_NS	1000000
#define NAP_MAX_NS	8000000
#define SPARSE_NS	NAP_MAX_NS
#define FAILURE_REPORT_S	60	/* at most one warning a minute */
/* While records wait in the spill, the socket is read without blocking
 * and the ring watched for room this often: well under the 100 ms the
 * kernel waits for room in the socket. */
#define SPILL_POLL_MS	5

struct counters {
	_Atomic uint64_t received, events, replies, replies_dropped, skipped,
		spoofed, truncated, recv_errors, batches, delivery_failures;
	_Atomic uint64_t spilled, spill_full;
	_Atomic uint64_t spill_records, spill_bytes, spill_high;	/* now, most */
};

struct listener {
	int fd;
	int reply_fd;
	_Atomic int stop;
	struct ring *ring;
	struct spill *spill;		/* NULL: vigil_spill_size = 0 */
	pthread_t thread;
	struct counters c;
	uint32_t drops_seen;		/* the socket's drop count last read */
	uint64_t failures_reported;
	time_t last_report;
	struct listener_pace pace;	/* listener_nap_ns's state */
	uint16_t last_type;		/* of the last record read */
	char *slots;
	struct mmsghdr msgs[BATCH];
	struct iovec iov[BATCH];
	struct sockaddr_nl from[BATCH];
};

#define INC(l, f, n) atomic_fetch_add_explicit(&(l)->c.f, (n), memory_order_relaxed)

static void route_reply(struct listener *l, const struct nlmsghdr *nh, size_t avail)
{
	struct listener_reply r;
	size_t len;

	memset(&r, 0, sizeof(r));
	r.type = nh->nlmsg_type;
	r.seq = nh->nlmsg_seq;
	len = nh->nlmsg_len >= NLMSG_HDRLEN ? nh->nlmsg_len - NLMSG_HDRLEN : 0;
	if (len > avail - NLMSG_HDRLEN)
		len = avail - NLMSG_HDRLEN;
	if (nh->nlmsg_type == NLMSG_ERROR && len >= sizeof(int))
		memcpy(&r.error, NLMSG_DATA(nh), sizeof(int));
	r.len = len < sizeof(r.data) ? (uint32_t)len : sizeof(r.data);
	memcpy(r.data, NLMSG_DATA(nh), r.len);
	/* Non-blocking: a reply nobody waits for must not stall the records. */
	if (write(l->reply_fd, &r, sizeof(r)) == (ssize_t)sizeof(r))
		INC(l, replies, 1);
	else
		INC(l, replies_dropped, 1);
}

/* Failed deliveries: kauditd waits only 100 ms (HZ/10) for room in our
 * socket. Then it gives up on that record and sets aside the rest of its
 * queue: resent later when the kernel was booted with audit=1 (counted as
 * lost if that overflows too), dropped without a count otherwise. Each
 * failure adds one to the socket's drop counter: reading it is the only
 * way to know. */
static void check_deliveries(struct listener *l)
{
	uint32_t mem[SK_MEMINFO_VARS];
	socklen_t len = sizeof(mem);
	uint64_t failures;
	time_t now;

	if (getsockopt(l->fd, SOL_SOCKET, SO_MEMINFO, mem, &len) < 0 ||
	    len <= SK_MEMINFO_DROPS * sizeof(mem[0]) || mem[SK_MEMINFO_DROPS] == l->drops_seen)
		return;
	INC(l, delivery_failures, mem[SK_MEMINFO_DROPS] - l->drops_seen);
	l->drops_seen = mem[SK_MEMINFO_DROPS];
	now = time(NULL);
	if (now - l->last_report < FAILURE_REPORT_S)
		return;
	failures = atomic_load(&l->c.delivery_failures);
	log_warn("The kernel could not deliver audit records to the daemon %llu times "
		 "(%llu in all): its queue to the daemon was full for more than 100 ms "
		 "while the log writer was stalled; the records it held then are lost "
		 "(counted in the kernel's lost only when booted with audit=1)",
		 (unsigned long long)(failures - l->failures_reported),
		 (unsigned long long)failures);
	l->failures_reported = failures;
	l->last_report = now;
}

static void spill_note(struct listener *l)
{
	uint64_t b = spill_bytes(l->spill);

	atomic_store_explicit(&l->c.spill_records, spill_records(l->spill),
			      memory_order_relaxed);
	atomic_store_explicit(&l->c.spill_bytes, b, memory_order_relaxed);
	if (b > atomic_load_explicit(&l->c.spill_high, memory_order_relaxed))
		atomic_store_explicit(&l->c.spill_high, b, memory_order_relaxed);
}

/* Move what the spill holds into the ring, oldest first, as far as there
 * is room: 1 when the spill is empty after. */
static int spill_drain(struct listener *l)
{
	const struct ring_rec *rec;
	int moved = 0;

	if (!l->spill)
		return 1;
	while ((rec = spill_peek(l->spill))) {
		if (ring_put(l->ring, rec->type, rec->flags, rec->data, rec->len) < 0)
			break;
		spill_pop(l->spill);
		moved = 1;
	}
	if (moved) {
		ring_publish(l->ring);
		spill_note(l);
	}
	return spill_peek(l->spill) == NULL;
}

/* Move one record into the ring. When the ring is full, into the spill,
 * and behind the spill while it holds anything: the order stays the
 * kernel's. When the spill is full too (or there is none), wait for room
 * as long as it takes: a received record is never dropped. While we wait,
 * our socket and then the kernel's backlog hold what comes next, but the
 * kernel waits only 100 ms for room in the socket (see check_deliveries). */
static void push_event(struct listener *l, uint16_t type, const char *data, uint32_t len)
{
	uint16_t flags = 0;
	int waited = 0;

	/* the kernel does not count a terminating NUL, but be safe */
	while (len && data[len - 1] == '\0')
		len--;
	if (!netlink_type_has_payload(type)) {
		flags = RING_REC_NOPAYLOAD;
		len = 0;
	}
	INC(l, events, 1);
	if (l->spill) {
		if (spill_peek(l->spill) == NULL &&
		    ring_put(l->ring, type, flags, data, len) == 0)
			return;
		if (spill_put(l->spill, type, flags, data, len) == 0) {
			INC(l, spilled, 1);
			spill_note(l);
			return;
		}
		/* the spill is full: today's behaviour, behind what it holds */
		INC(l, spill_full, 1);
		while (!spill_drain(l)) {
			ring_wait_space(l->ring, spill_peek(l->spill)->len, 1000);
			waited = 1;
		}
	}
	while (ring_put(l->ring, type, flags, data, len) < 0) {
		ring_wait_space(l->ring, len, 1000);
		waited = 1;
	}
	if (waited)
		check_deliveries(l);
}

static void handle(struct listener *l, const char *buf, size_t n, const struct sockaddr_nl *from)
{
	const struct nlmsghdr *nh = (const struct nlmsghdr *)buf;

	INC(l, received, 1);
	if (n < NLMSG_HDRLEN)
		return;
	l->last_type = nh->nlmsg_type;
	if (from->nl_pid != 0) {
		INC(l, spoofed, 1);
		return;
	}
	switch (netlink_route(nh->nlmsg_type)) {
	case NETLINK_ROUTE_EVENT:
		/* Records are one per datagram. The kernel sets nlmsg_len to
		 * the payload length on unicast and to the total on multicast,
		 * so the datagram size is the one trustworthy length. */
		push_event(l, nh->nlmsg_type, buf + NLMSG_HDRLEN, (uint32_t)(n - NLMSG_HDRLEN));
		break;
	case NETLINK_ROUTE_REPLY: {
		/* The bounded walk (netlink.h): NLMSG_NEXT may step up to 3
		 * alignment bytes past what is left, which must end the walk,
		 * not wrap an unsigned count (found by fuzz_netlink). Replies
		 * are rare: the records above never come here. */
		const struct nlmsghdr *m;
		size_t off = 0, at;

		for (at = off; (m = netlink_walk(buf, n, &off)); at = off)
			if (netlink_route(m->nlmsg_type) == NETLINK_ROUTE_REPLY)
				route_reply(l, m, n - at);
		break;
	}
	case NETLINK_ROUTE_SKIP:
		INC(l, skipped, 1);
		break;
	}
}

/* Whether the record of this type can end an event: EOE ends the
 * kernel's multi-record events (the 1300s); other types come alone. */
static int ends_event(uint16_t type)
{
	return type == AUDIT_EOE || type < 1300 || type >= 1400;
}

/* A short read means the socket is drained and kauditd would wake us for
 * almost every record. Nap instead, so that the next read takes a batch.
 * Two kinds of short read (auditd(8), DESCRIPTION):
 *  - sparse bursts (the blocking reads woke more than SPARSE_NS apart: a
 *    few events a second): block again as soon as what was read ends an
 *    event, else nap NAP_MIN_NS, long enough for the rest of the event,
 *    whose records kauditd sends back to back;
 *  - a steady trickle or more: nap as long as BATCH records take at the
 *    rate just seen (n records since the previous read), at least
 *    NAP_MIN_NS (a flood: the batches stay as large as before) and at most
 *    NAP_MAX_NS (a record waits in the socket at most that long, and the
 *    listener and the writer each wake at most 1/NAP_MAX_NS times a
 *    second instead of once a record or two).
 * kauditd keeps delivering into the socket buffer meanwhile (its 8 MiB
 * hold tens of ms of a flood), so no audited task waits on this. */
uint64_t listener_nap_ns(struct listener_pace *p, int n, int blocked,
			 uint16_t last_type, uint64_t now)
{
	uint64_t since = now - p->last_read_ns, ns;

	p->last_read_ns = now;
	if (blocked) {
		p->sparse = now - p->last_block_ns >= SPARSE_NS;
		p->last_block_ns = now;
	}
	if (n >= BATCH / 2)
		return 0;
	if (p->sparse)
		/* the event is whole (often so at the first read: kauditd
		 * sends its records back to back while we wake): block */
		return ends_event(last_type) ? 0 : NAP_MIN_NS;
	ns = n ? since * BATCH / (uint64_t)n : NAP_MAX_NS;
	if (ns < NAP_MIN_NS)
		ns = NAP_MIN_NS;
	if (ns > NAP_MAX_NS)
		ns = NAP_MAX_NS;
	return ns;
}

static int nap_for(struct listener *l, int n, int blocked)
{
	uint64_t ns = listener_nap_ns(&l->pace, n, blocked, l->last_type, util_mono_ns());
	struct timespec ts = { .tv_sec = 0, .tv_nsec = (long)ns };

	if (!ns)
		return 0;
	nanosleep(&ts, NULL);
	return 1;
}

static void on_kick(int sig)
{
	(void)sig;
}

static void *run(void *arg)
{
	struct listener *l = arg;
	int stopping = 0, spilling, napped = 0, after_nap, can_nap;
	sigset_t kick;

	/* listener_stop's signal interrupts this thread's reads, no other */
	sigemptyset(&kick);
	sigaddset(&kick, KICK_SIGNAL);
	pthread_sigmask(SIG_UNBLOCK, &kick, NULL);
	for (;;) {
		int i, n;

		for (i = 0; i < BATCH; i++) {
			l->msgs[i].msg_hdr.msg_namelen = sizeof(l->from[i]);
			l->msgs[i].msg_hdr.msg_flags = 0;
		}
		/* One blocking call per wakeup: it sleeps until a record
		 * comes, then takes whatever else is queued. After a nap,
		 * take what gathered without blocking: nothing means the
		 * burst is over, and the next read blocks. Once asked to
		 * stop, read without blocking until the socket is empty. */
		spilling = l->spill && spill_peek(l->spill) != NULL;
		n = recvmmsg(l->fd, l->msgs, BATCH,
			     stopping || spilling || napped ? MSG_DONTWAIT : MSG_WAITFORONE,
			     NULL);
		after_nap = napped;
		napped = 0;
		if (n < 0) {
			int e = errno;

			/* whatever waited through a nap goes before any wait */
			ring_publish(l->ring);
			errno = e;
			if (after_nap && (errno == EAGAIN || errno == EWOULDBLOCK))
				continue;	/* the burst is over */
			if (errno == EAGAIN || errno == EWOULDBLOCK) {
				/* SO_RCVTIMEO expired, or drained when stopping */
				if (stopping)
					break;
				if (spilling) {
					/* nothing to read: wait a little for
					 * the writer to make room */
					ring_wait_space(l->ring, spill_peek(l->spill)->len,
							SPILL_POLL_MS);
					spill_drain(l);
					stopping = atomic_load(&l->stop);
					continue;
				}
				stopping = atomic_load(&l->stop);
				check_deliveries(l);
				continue;
			}
			if (errno == EINTR) {
				/* listener_stop's kick */
				stopping = atomic_load(&l->stop);
				continue;
			}
			INC(l, recv_errors, 1);
			/* ENOBUFS cannot happen with NETLINK_NO_ENOBUFS; any
			 * other error: report and keep reading */
			log_err("Error receiving audit netlink packet (%s)", strerror(errno));
			continue;
		}
		INC(l, batches, 1);
		for (i = 0; i < n; i++) {
			if (l->msgs[i].msg_hdr.msg_flags & MSG_TRUNC) {
				INC(l, truncated, 1);
				log_err("Netlink event from kernel is too big");
			}
			handle(l, l->slots + (size_t)i * SLOT, l->msgs[i].msg_len, &l->from[i]);
		}
		if (!stopping)
			stopping = atomic_load(&l->stop);
		can_nap = !stopping && !(l->spill && spill_peek(l->spill));
		/* The first records of a burst wait for the rest, unpublished,
		 * through the nap that follows: the writer then wakes once a
		 * burst, not once for its first record and again for the rest. */
		if (!(can_nap && n < BATCH / 2 && !after_nap))
			ring_publish(l->ring);
		if (spilling || (l->spill && spill_peek(l->spill)))
			spill_drain(l);
		if (can_nap)
			napped = nap_for(l, n, !after_nap && !spilling);
		if (!napped)
			ring_publish(l->ring);
	}
	/* what the spill holds goes to the log before the listener ends */
	while (!spill_drain(l))
		ring_wait_space(l->ring, spill_peek(l->spill)->len, 1000);
	ring_publish(l->ring);
	return NULL;
}

struct listener *listener_start(int nlfd, struct ring *ring, int reply_fd,
				size_t spill_max)
{
	struct listener *l = calloc(1, sizeof(*l));
	struct timeval stop_poll = { .tv_sec = IDLE_POLL_S, .tv_usec = 0 };
	struct sigaction sa;
	int i, e;

	if (!l)
		return NULL;
	l->fd = nlfd;
	l->ring = ring;
	l->reply_fd = reply_fd;
	l->slots = malloc((size_t)BATCH * SLOT);
	if (!l->slots)
		goto fail;
	if (spill_max && !(l->spill = spill_create(spill_max)))
		goto fail;
	/* no SA_RESTART: the kick must end a blocking read with EINTR */
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_kick;
	sigemptyset(&sa.sa_mask);
	if (sigaction(KICK_SIGNAL, &sa, NULL) < 0)
		goto fail;
	if (setsockopt(nlfd, SOL_SOCKET, SO_RCVTIMEO, &stop_poll, sizeof(stop_poll)) < 0)
		goto fail;
	for (i = 0; i < BATCH; i++) {
		l->iov[i].iov_base = l->slots + (size_t)i * SLOT;
		l->iov[i].iov_len = SLOT;
		l->msgs[i].msg_hdr.msg_iov = &l->iov[i];
		l->msgs[i].msg_hdr.msg_iovlen = 1;
		l->msgs[i].msg_hdr.msg_name = &l->from[i];
	}
	e = pthread_create(&l->thread, NULL, run, l);
	if (e) {
		errno = e;
		goto fail;
	}
	pthread_setname_np(l->thread, "auditd-kernel");
	return l;
fail:
	e = errno;
	spill_destroy(l->spill);
	free(l->slots);
	free(l);
	errno = e;
	return NULL;
}

void listener_stop(struct listener *l)
{
	if (!l)
		return;
	atomic_store(&l->stop, 1);
	/* A kick that lands just before the thread blocks is missed: kick
	 * again until it has ended (it then drains the socket, see run). */
	for (;;) {
		struct timespec t;

		pthread_kill(l->thread, KICK_SIGNAL);
		clock_gettime(CLOCK_REALTIME, &t);
		t.tv_nsec += 50000000;
		if (t.tv_nsec >= 1000000000L) {
			t.tv_sec++;
			t.tv_nsec -= 1000000000L;
		}
		if (pthread_timedjoin_np(l->thread, NULL, &t) != ETIMEDOUT)
			break;
	}
	spill_destroy(l->spill);
	free(l->slots);
	free(l);
}

void listener_get_stats(struct listener *l, struct listener_stats *st)
{
	st->received = atomic_load(&l->c.received);
	st->events = atomic_load(&l->c.events);
	st->replies = atomic_load(&l->c.replies);
	st->replies_dropped = atomic_load(&l->c.replies_dropped);
	st->skipped = atomic_load(&l->c.skipped);
	st->spoofed = atomic_load(&l->c.spoofed);
	st->truncated = atomic_load(&l->c.truncated);
	st->recv_errors = atomic_load(&l->c.recv_errors);
	st->batches = atomic_load(&l->c.batches);
	st->delivery_failures = atomic_load(&l->c.delivery_failures);
	st->spilled = atomic_load(&l->c.spilled);
	st->spill_full = atomic_load(&l->c.spill_full);
	st->spill_records = atomic_load(&l->c.spill_records);
	st->spill_bytes = atomic_load(&l->c.spill_bytes);
	st->spill_high = atomic_load(&l->c.spill_high);
}
