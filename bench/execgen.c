/* execgen.c - run a program at a steady rate, as a server's cron jobs,
 * shells and health checks do.
 *
 *   execgen -r RATE -d SECONDS PROGRAM [ARGS...]
 *
 * Spawns PROGRAM RATE times a second (absolute deadlines, so a slow spawn
 * does not lower the rate), reaps the children, and prints
 * "execs=N seconds=S" for the benchmark to check the log against. */
#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

static void reap(int block)
{
	while (waitpid(-1, NULL, block ? 0 : WNOHANG) > 0)
		;
}

int main(int argc, char **argv)
{
	double rate = 0, duration = 0, t0, t1;
	unsigned long long execs = 0, failed = 0;
	struct timespec due;
	int c;

	while ((c = getopt(argc, argv, "+r:d:")) != -1) {
		switch (c) {
		case 'r': rate = atof(optarg); break;
		case 'd': duration = atof(optarg); break;
		default: goto usage;
		}
	}
	if (rate <= 0 || duration <= 0 || optind >= argc)
		goto usage;
	clock_gettime(CLOCK_MONOTONIC, &due);
	t0 = now();
	while (execs < (unsigned long long)(rate * duration)) {
		double at = (double)execs / rate;
		struct timespec d = due;
		pid_t pid;

		d.tv_sec += (time_t)at;
		d.tv_nsec += (long)((at - (time_t)at) * 1e9);
		if (d.tv_nsec >= 1000000000L) {
			d.tv_sec++;
			d.tv_nsec -= 1000000000L;
		}
		while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &d, NULL) == EINTR)
			;
		if (posix_spawn(&pid, argv[optind], NULL, NULL, argv + optind, environ))
			failed++;
		execs++;
		reap(0);
	}
	reap(1);
	t1 = now();
	printf("execs=%llu failed=%llu seconds=%.3f\n", execs - failed, failed, t1 - t0);
	return failed ? 1 : 0;
usage:
	fprintf(stderr, "usage: execgen -r RATE -d SECONDS PROGRAM [ARGS...]\n");
	return 2;
}
