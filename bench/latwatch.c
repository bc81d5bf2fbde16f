/* latwatch.c - how long a record takes from the kernel to the log file,
 * seen from outside the daemon, so that auditd and vigil are measured the
 * same way.
 *
 *   latwatch -d SECONDS -k KEY LOGFILE
 *
 * Follows LOGFILE from its current end (inotify IN_MODIFY: woken as soon as
 * the daemon's write() returns) and, for each new line holding key="KEY",
 * takes now (CLOCK_REALTIME) less the record's msg=audit(SECONDS.MS:...)
 * stamp. The kernel stamps with the coarse clock, up to one tick behind,
 * so the figures are at most a tick (4 ms at HZ=250) pessimistic.
 * Prints "lines=N p50_ms=.. p90_ms=.. p99_ms=.. max_ms=..". */
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <time.h>
#include <unistd.h>

#define HIST_MS 10000	/* 1 ms buckets up to 10 s */

static double now_real(void)
{
	struct timespec t;

	clock_gettime(CLOCK_REALTIME, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

static double now_mono(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

struct hist {
	unsigned long long n, over, b[HIST_MS];
	double max;
};

static void take_line(struct hist *h, const char *line, const char *needle, double at)
{
	const char *p = strstr(line, "audit(");
	double ts, lat;

	if (!p || !strstr(line, needle))
		return;
	ts = strtod(p + 6, NULL);
	if (ts <= 0)
		return;
	lat = (at - ts) * 1e3;
	if (lat < 0)
		lat = 0;
	if (lat > h->max)
		h->max = lat;
	if (lat < HIST_MS)
		h->b[(unsigned)lat]++;
	else
		h->over++;
	h->n++;
}

static double pct(const struct hist *h, double q)
{
	unsigned long long want = (unsigned long long)(h->n * q), acc = 0;
	unsigned i;

	for (i = 0; i < HIST_MS; i++) {
		acc += h->b[i];
		if (acc > want)
			return i + 1;	/* the bucket's upper bound */
	}
	return h->max;
}

int main(int argc, char **argv)
{
	static struct hist h;
	static char buf[1 << 17];
	char needle[256];
	const char *key = NULL;
	double secs = 0, end;
	size_t have = 0;
	int c, fd, in;

	while ((c = getopt(argc, argv, "d:k:")) != -1) {
		switch (c) {
		case 'd': secs = atof(optarg); break;
		case 'k': key = optarg; break;
		default: goto usage;
		}
	}
	if (!key || secs <= 0 || optind != argc - 1)
		goto usage;
	snprintf(needle, sizeof(needle), "key=\"%s\"", key);
	fd = open(argv[optind], O_RDONLY | O_CLOEXEC);
	in = inotify_init1(IN_CLOEXEC);
	if (fd < 0 || in < 0 || inotify_add_watch(in, argv[optind], IN_MODIFY) < 0) {
		perror(argv[optind]);
		return 1;
	}
	lseek(fd, 0, SEEK_END);
	end = now_mono() + secs;
	for (;;) {
		struct pollfd p = { .fd = in, .events = POLLIN };
		char ev[4096];
		double left = end - now_mono(), at;
		ssize_t n;

		if (left <= 0)
			break;
		if (poll(&p, 1, (int)(left * 1000) + 1) <= 0)
			continue;
		if (read(in, ev, sizeof(ev)) < 0)
			break;
		at = now_real();
		while ((n = read(fd, buf + have, sizeof(buf) - 1 - have)) > 0) {
			char *s = buf, *nl;

			have += (size_t)n;
			buf[have] = '\0';
			while ((nl = memchr(s, '\n', have - (size_t)(s - buf)))) {
				*nl = '\0';
				take_line(&h, s, needle, at);
				s = nl + 1;
			}
			have -= (size_t)(s - buf);
			memmove(buf, s, have);
			if (have == sizeof(buf) - 1)
				have = 0;	/* a line longer than the buffer: skip it */
		}
	}
	printf("lines=%llu p50_ms=%.0f p90_ms=%.0f p99_ms=%.0f max_ms=%.1f\n",
	       h.n, pct(&h, 0.5), pct(&h, 0.9), pct(&h, 0.99), h.max);
	return 0;
usage:
	fprintf(stderr, "usage: latwatch -d SECONDS -k KEY LOGFILE\n");
	return 2;
}
