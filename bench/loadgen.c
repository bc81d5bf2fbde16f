/* loadgen.c - flood one cheap audited syscall (getppid).
 *
 *   loadgen -n COUNT           make exactly COUNT calls
 *   loadgen -d SECONDS [-r RATE]  call for a duration, optionally at RATE/s
 *
 * Prints calls, calls/s and per-call latency (max, p99) so a benchmark can
 * see how much the audit daemon stalls the producer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>

#define HIST_US 100000	/* latency histogram, 1 us buckets up to 100 ms */

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	unsigned long long count = 0, calls = 0, over = 0, i, acc;
	double duration = 0, rate = 0, t0, t1, end, max = 0;
	static unsigned hist[HIST_US];
	int c;

	while ((c = getopt(argc, argv, "n:d:r:")) != -1) {
		switch (c) {
		case 'n': count = strtoull(optarg, NULL, 10); break;
		case 'd': duration = atof(optarg); break;
		case 'r': rate = atof(optarg); break;
		default:
			fprintf(stderr, "usage: loadgen -n COUNT | -d SECONDS [-r RATE]\n");
			return 2;
		}
	}
	if (!count && duration <= 0) {
		fprintf(stderr, "usage: loadgen -n COUNT | -d SECONDS [-r RATE]\n");
		return 2;
	}
	t0 = now();
	end = t0 + duration;
	for (;;) {
		double a, b, lat;

		if (count && calls >= count)
			break;
		a = now();
		if (!count && a >= end)
			break;
		if (rate > 0) {
			double due = t0 + calls / rate;
			while (a < due)
				a = now();
		}
		syscall(SYS_getppid);
		b = now();
		lat = b - a;
		if (lat > max)
			max = lat;
		if (lat * 1e6 < HIST_US)
			hist[(unsigned)(lat * 1e6)]++;
		else
			over++;
		calls++;
	}
	t1 = now();
	/* p99 from the histogram */
	acc = over;
	for (i = HIST_US; i-- > 0 && acc < calls / 100;)
		acc += hist[i];
	printf("calls=%llu seconds=%.3f calls_per_sec=%.0f max_us=%.0f p99_us=%llu\n",
	       calls, t1 - t0, calls / (t1 - t0), max * 1e6, i + 1);
	return 0;
}
