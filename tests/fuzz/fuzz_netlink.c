/* fuzz_netlink.c - libFuzzer target: netlink datagrams as the listener
 * receives them, through the ring to the formatter.
 *
 * The input is a sequence of datagrams, each { u16 length (LE), u8 flags,
 * bytes }: flags bit 0 says the sender was the kernel (nl_pid 0), bit 1
 * formats ENRICHED. Each datagram goes through listener.c's own handler
 * (included to reach it), which classifies it, routes replies to the reply
 * pipe and moves records into the ring; the ring is then drained through
 * format_record() as the writer does, and AUDIT_SIGNAL_INFO replies are
 * parsed as the daemon parses them (kernel.c). The same datagram is also
 * walked as a request's answer (netlink_walk, netlink_answer_take), as
 * netlink.c reads a reply socket.
 *
 * Checks beyond the sanitizers: a datagram that does not claim the kernel
 * as sender changes nothing; every record that enters the ring comes out
 * once, with at most the datagram's payload; every line is one line; an
 * answer's payloads lie inside the datagram.
 */
#include "../../src/daemon/listener.c"

#include <fcntl.h>
#include <stdio.h>

#include "daemonrec.h"
#include "format.h"

static char line[FORMAT_LINE_MAX];

static void drain_replies(int fd)
{
	struct listener_reply r;
	struct daemonrec_sender s;

	while (read(fd, &r, sizeof(r)) == (ssize_t)sizeof(r)) {
		if (r.len > sizeof(r.data))
			abort();
		if (r.type == AUDIT_SIGNAL_INFO) {
			daemonrec_sender_from_reply(&s, r.data, r.len);
			if (!memchr(s.ctx, '\0', sizeof(s.ctx)) || strchr(s.ctx, '\n'))
				abort();
		}
	}
}

struct bounds {
	const char *buf;
	size_t n;
};

static int check_reply(void *arg, const void *data, size_t len)
{
	const struct bounds *b = arg;
	const char *p = data;

	if (p < b->buf || p + len > b->buf + b->n)
		abort();
	return 0;
}

static void check_ack(void *arg, unsigned index, int value)
{
	(void)arg;
	(void)value;
	if (index >= 4)
		abort();	/* outside the train */
}

/* the datagram as the answer to a train of 4 requests from sequence 1,
 * and to a dump of AUDIT_LIST_RULES from sequence 1 */
static void walk_answer(const char *buf, size_t n)
{
	struct bounds b = { buf, n };
	struct netlink_answer train = { .first = 1, .count = 4, .on_ack = check_ack };
	struct netlink_answer dump = {
		.first = 1, .reply = AUDIT_LIST_RULES, .dump = 1,
		.on_reply = check_reply, .arg = &b,
	};
	const struct nlmsghdr *m;
	size_t off = 0;

	while ((m = netlink_walk(buf, n, &off))) {
		if ((const char *)m + m->nlmsg_len > buf + n || off > NLMSG_ALIGN(n))
			abort();
		netlink_answer_take(&train, m->nlmsg_type, m->nlmsg_seq, NLMSG_DATA(m),
				    m->nlmsg_len - NLMSG_HDRLEN);
		netlink_answer_take(&dump, m->nlmsg_type, m->nlmsg_seq, NLMSG_DATA(m),
				    m->nlmsg_len - NLMSG_HDRLEN);
	}
	if (train.acks > 4 && !train.complete)
		abort();
}

static uint64_t drain_ring(struct ring *ring, struct format_ctx *fmt, size_t max_len)
{
	const struct ring_rec *rec;
	uint64_t cur = 0, n = 0;

	while ((rec = ring_next(ring, &cur))) {
		size_t len = rec->flags & RING_REC_NOPAYLOAD ? 0 : rec->len;
		size_t out;

		if (len > max_len)
			abort();
		out = format_record(fmt, rec->type, len ? rec->data : "lost", len ? len : 4, line);
		if (out && (memchr(line, '\n', out) != line + out - 1))
			abort();
		n++;
	}
	if (n)
		ring_release(ring, cur, n);
	return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct ring *ring;
	static struct format_ctx *fmt;
	static int pipefd[2] = { -1, -1 };
	static char *buf;
	struct listener l;

	if (!ring) {
		ring = ring_create(64 * 1024);
		fmt = format_create(NULL);
		buf = malloc(SLOT);
		if (!ring || !fmt || !buf || pipe2(pipefd, O_NONBLOCK | O_CLOEXEC))
			abort();
	}
	memset(&l, 0, sizeof(l));
	l.ring = ring;
	l.reply_fd = pipefd[1];
	while (size >= 3) {
		size_t n = (size_t)data[0] | (size_t)data[1] << 8;
		struct sockaddr_nl from = { .nl_family = AF_NETLINK };
		uint64_t before, in, out;

		from.nl_pid = data[2] & 1 ? 0 : 4242;
		format_set_log(fmt, data[2] & 2 ? FORMAT_LOG_ENRICHED : FORMAT_LOG_RAW);
		data += 3;
		size -= 3;
		if (n > size)
			n = size;
		if (n > SLOT)
			n = SLOT;
		/* a private copy, aligned as recvmmsg's slot would be */
		memcpy(buf, data, n);
		before = atomic_load(&l.c.events);
		handle(&l, buf, n, &from);
		ring_publish(ring);
		in = atomic_load(&l.c.events) - before;
		if (from.nl_pid != 0 && in != 0)
			abort();	/* a forged record was accepted */
		out = drain_ring(ring, fmt, n > NLMSG_HDRLEN ? n - NLMSG_HDRLEN : 0);
		if (out != in)
			abort();
		drain_replies(pipefd[0]);
		walk_answer(buf, n);
		data += n;
		size -= n;
	}
	return 0;
}
