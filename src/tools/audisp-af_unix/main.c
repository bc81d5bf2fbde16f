/* audisp-af_unix - the af_unix plugin as a program of its own, as audit
 * 4.x ships it (audisp-af_unix(8)): auditd writes the events on its
 * stdin (plugins.d: format = binary), and it hands each to every program
 * connected to a unix stream socket, in the format its arguments name,
 * byte for byte as vigil's builtin af_unix sends that format.
 *
 * The arguments: MODE PATH FORMAT [DEPTH] (the socket's permissions in
 * octal, its path, string or binary, the events queued for one client),
 * defaults 0640 /run/audit/audispd_events string 512. Before them, -S
 * FILE names the state report (default /run/audit/af_unix.state) and -f
 * sends messages to stderr instead of syslog.
 *
 * Signals: SIGTERM ends it only when its parent sends it (audit 4.1's
 * plugins do so, and auditd is the parent); SIGHUP is ignored (there is
 * nothing to re-read); SIGUSR1 writes the state report. End of file on
 * stdin ends it after what is queued went out (DRAIN_MS at most).
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "clients.h"
#include "feed.h"
#include "format.h"
#include "log.h"
#include "util.h"

#define DEFAULT_MODE	0640
#define DEFAULT_PATH	"/run/audit/audispd_events"
#define DEFAULT_DEPTH	512
#define DEPTH_MAX	65536
#define STATE_FILE	"/run/audit/af_unix.state"
#define DRAIN_MS	500	/* after end of file: the longest wait for slow clients */

static volatile sig_atomic_t stop, report;

static void on_term(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)ctx;
	if (si->si_pid == getppid())
		stop = 1;
}

static void on_usr1(int sig)
{
	(void)sig;
	report = 1;
}

struct opts {
	mode_t mode;
	const char *path;
	enum feed_out out;
	const char *out_name;
	unsigned depth;
	const char *state_file;
	int foreground;
};

static int parse_octal(const char *s, mode_t *mode)
{
	unsigned long v;
	char *end;

	if (!s[0] || strspn(s, "01234567") != strlen(s))
		return -1;
	v = strtoul(s, &end, 8);
	if (v > 07777)
		return -1;
	*mode = (mode_t)v & 0777;
	return 0;
}

static int parse_depth(const char *s, unsigned *depth)
{
	unsigned long v;
	char *end;

	if (!s[0] || strspn(s, "0123456789") != strlen(s))
		return -1;
	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || v < 1 || v > DEPTH_MAX)
		return -1;
	*depth = (unsigned)v;
	return 0;
}

static void __attribute__((noreturn)) usage(void)
{
	fprintf(stderr, "Usage: audisp-af_unix [-f] [-S state-file] [mode [path [string|binary "
		"[queue-depth]]]]\n");
	exit(1);
}

static void parse_args(int argc, char **argv, struct opts *o)
{
	int c;

	o->mode = DEFAULT_MODE;
	o->path = DEFAULT_PATH;
	o->out = FEED_OUT_STRING;
	o->out_name = "string";
	o->depth = DEFAULT_DEPTH;
	o->state_file = STATE_FILE;
	while ((c = getopt(argc, argv, "+fS:")) != -1) {
		switch (c) {
		case 'f':
			o->foreground = 1;
			break;
		case 'S':
			o->state_file = optarg;
			break;
		default:
			usage();
		}
	}
	argv += optind;
	argc -= optind;
	if (argc > 4)
		usage();
	log_init(o->foreground ? LOG_SINK_STDERR : LOG_SINK_SYSLOG, 0);
	log_open("audisp-af_unix", LOG_DAEMON);
	if (argc > 0 && parse_octal(argv[0], &o->mode))
		fatal(1, "socket mode %s is not an octal mode", argv[0]);
	if (argc > 1) {
		if (argv[1][0] != '/')
			fatal(1, "socket path %s is not absolute", argv[1]);
		o->path = argv[1];
	}
	if (argc > 2) {
		if (strcmp(argv[2], "binary") == 0)
			o->out = FEED_OUT_BINARY;
		else if (strcmp(argv[2], "string") != 0)
			fatal(1, "output format %s is neither string nor binary", argv[2]);
		o->out_name = argv[2];
	}
	if (argc > 3 && parse_depth(argv[3], &o->depth))
		fatal(1, "queue depth %s is not a number from 1 to %d", argv[3], DEPTH_MAX);
}

/* The state report: the daemon's way (state.c), key = value lines, the
 * file replaced whole, never followed. */
static int write_state(const struct opts *o, const struct clients *c)
{
	struct clients_stats st;
	FILE *f;
	int fd;

	clients_get_stats(c, &st);
	unlink(o->state_file);
	fd = open(o->state_file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0640);
	if (fd < 0)
		return -errno;
	if (fchmod(fd, 0640) < 0 || !(f = fdopen(fd, "w"))) {
		close(fd);
		return -errno;
	}
	fprintf(f, "socket = %s\n", o->path);
	fprintf(f, "socket mode = %04o\n", (unsigned)o->mode);
	fprintf(f, "output format = %s\n", o->out_name);
	fprintf(f, "queue depth = %u\n", o->depth);
	fprintf(f, "events received = %llu\n", (unsigned long long)st.events);
	fprintf(f, "events without a client = %llu\n", (unsigned long long)st.unheard);
	fprintf(f, "events sent = %llu\n", (unsigned long long)st.sent);
	fprintf(f, "events dropped = %llu\n", (unsigned long long)st.dropped);
	fprintf(f, "max queued = %llu\n", (unsigned long long)st.max_queued);
	fprintf(f, "clients connected = %llu\n", (unsigned long long)(st.accepted - st.closed));
	fprintf(f, "clients accepted = %llu\n", (unsigned long long)st.accepted);
	clients_report(c, f);
	if (fclose(f) == EOF)
		return -errno;
	return 0;
}

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void signals(sigset_t *run_mask)
{
	struct sigaction sa;
	sigset_t block;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_term;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGTERM, &sa, NULL);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sigaction(SIGUSR1, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGPIPE, &sa, NULL);
	/* delivered only inside ppoll(): no flag set between its test and
	 * the wait */
	sigemptyset(&block);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGUSR1);
	sigprocmask(SIG_BLOCK, &block, run_mask);
	sigdelset(run_mask, SIGTERM);
	sigdelset(run_mask, SIGUSR1);
}

/* What stdin has now, to the clients. Returns 1 at end of file, -1 when
 * the stream is broken. */
static int read_events(struct feed *fd_in, const struct format_ctx *ctx, enum feed_out out,
		       struct clients *c, char *buf)
{
	struct feed_event ev;
	size_t room;
	char *at = feed_space(fd_in, &room);
	ssize_t n;
	int r;

	n = read(0, at, room);
	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return 0;
	if (n > 0)
		feed_filled(fd_in, (size_t)n);
	while ((r = feed_next(fd_in, n <= 0, &ev)) == 1)
		clients_publish(c, buf, feed_encode(ctx, out, &ev, buf));
	if (r < 0)
		return -1;
	return n <= 0;
}

int main(int argc, char **argv)
{
	struct opts o;
	struct clients *c;
	struct format_ctx *ctx;
	struct feed *in;
	struct pollfd *pfd = NULL;
	size_t cap = 0, n;
	sigset_t run_mask;
	int64_t deadline = 0;
	struct timespec ts, *tsp;
	char *buf;
	int eof = 0, r, rc = 0, e;

	memset(&o, 0, sizeof(o));
	parse_args(argc, argv, &o);
	signals(&run_mask);
	ctx = format_create(NULL);
	in = xmalloc(sizeof(*in));
	buf = xmalloc(FEED_OUT_MAX);
	feed_init(in);
	if (!ctx)
		fatal(1, "cannot allocate the record formatter");
	c = clients_open(o.path, o.mode, o.depth);
	if (!c)
		fatal(1, "cannot make the socket %s (%s)", o.path, strerror(errno));
	while (!stop) {
		if (report) {
			report = 0;
			e = write_state(&o, c);
			if (e)
				log_err("cannot write %s (%s)", o.state_file, strerror(-e));
		}
		if (cap < 1 + clients_nfds(c)) {
			cap = 2 * (1 + clients_nfds(c));
			pfd = xrealloc(pfd, cap, sizeof(*pfd));
		}
		pfd[0].fd = eof ? -1 : 0;
		pfd[0].events = POLLIN;
		n = 1 + clients_pollfds(c, pfd + 1);
		tsp = NULL;
		if (eof) {
			int64_t left = deadline - now_ms();

			if (clients_idle(c) || left <= 0)
				break;
			ts.tv_sec = left / 1000;
			ts.tv_nsec = (left % 1000) * 1000000;
			tsp = &ts;
		}
		r = ppoll(pfd, n, tsp, &run_mask);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			log_err("poll: %s", strerror(errno));
			rc = 1;
			break;
		}
		/* the clients first: reading stdin changes their array */
		clients_handle(c, pfd + 1, n - 1);
		if (!eof && pfd[0].revents) {
			r = read_events(in, ctx, o.out, c, buf);
			if (r < 0) {
				log_err("stdin is not a plugin feed auditd writes: stopping");
				rc = 1;
				break;
			}
			if (r) {
				eof = 1;
				deadline = now_ms() + DRAIN_MS;
			}
		}
	}
	clients_close(c);
	format_destroy(ctx);
	free(pfd);
	free(buf);
	free(in);
	return rc;
}
