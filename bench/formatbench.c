/* formatbench.c - what formatting one record costs the writer.
 *
 *   build/formatbench [RECORDS]      (default 1000000, or VIGIL_BENCH_RECORDS)
 *
 * One SYSCALL record as the kernel sends it, formatted again and again
 * through format_record() in RAW, ENRICHED and ENRICHED with a node name;
 * prints the nanoseconds per record of each. Names come from a small
 * table, not from the machine's passwd/group, so that a slow NSS does not
 * weigh in: this measures the formatter. make bench runs it first.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "format.h"

static const struct {
	int gid;
	uint32_t id;
	const char *name;
} names[] = {
	{ 0, 1000, "alice" },
	{ 1, 1000, "staff" },
	{ 0, 65534, "nobody" },
	{ 1, 65534, "nogroup" },
};

static int name_of(int gid, uint32_t id, char *buf, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (names[i].gid == gid && names[i].id == id) {
			snprintf(buf, len, "%s", names[i].name);
			return 0;
		}
	}
	return -1;
}

static int uid_name(uid_t uid, char *buf, size_t len, void *arg)
{
	(void)arg;
	return name_of(0, uid, buf, len);
}

static int gid_name(gid_t gid, char *buf, size_t len, void *arg)
{
	(void)arg;
	return name_of(1, gid, buf, len);
}

static char out[FORMAT_LINE_MAX];

static double per_record(struct format_ctx *ctx, const char *text, long n)
{
	struct timespec a, b;
	size_t len = strlen(text), sum = 0;
	long i;

	for (i = 0; i < n / 10; i++)	/* warm the caches */
		sum += format_record(ctx, 1300, text, len, out);
	clock_gettime(CLOCK_MONOTONIC, &a);
	for (i = 0; i < n; i++)
		sum += format_record(ctx, 1300, text, len, out);
	clock_gettime(CLOCK_MONOTONIC, &b);
	if (sum == 0) {
		fprintf(stderr, "formatbench: nothing formatted\n");
		exit(1);
	}
	return ((double)(b.tv_sec - a.tv_sec) * 1e9 +
		(double)(b.tv_nsec - a.tv_nsec)) / (double)n;
}

int main(int argc, char **argv)
{
	static const char syscall_rec[] =
		"audit(1795255208.636:380): arch=c000003e syscall=59 "
		"success=yes exit=0 a0=55edc94a1980 a1=55edc949e670 "
		"a2=55edc94a1330 a3=0 items=2 ppid=2453 pid=2472 auid=1000 "
		"uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 "
		"tty=pts0 ses=3 comm=\"auditctl\" exe=\"/usr/sbin/auditctl\" "
		"key=\"exe\"";
	const struct names_lookup lookup = { uid_name, gid_name, NULL };
	const char *env = getenv("VIGIL_BENCH_RECORDS");
	long n = argc > 1 ? atol(argv[1]) : env ? atol(env) : 1000000;
	struct format_ctx *ctx;
	double raw, enr, node;

	if (n <= 0) {
		fprintf(stderr, "usage: formatbench [RECORDS]\n");
		return 2;
	}
	ctx = format_create(&lookup);
	if (ctx == NULL) {
		fprintf(stderr, "formatbench: out of memory\n");
		return 1;
	}
	format_set_log(ctx, FORMAT_LOG_RAW);
	raw = per_record(ctx, syscall_rec, n);
	format_set_log(ctx, FORMAT_LOG_ENRICHED);
	enr = per_record(ctx, syscall_rec, n);
	format_set_node(ctx, "vm");
	node = per_record(ctx, syscall_rec, n);
	printf("format_record SYSCALL (%zu bytes), %ld records: RAW %.1f ns, "
	       "ENRICHED %.1f ns, ENRICHED+node %.1f ns per record\n",
	       sizeof(syscall_rec) - 1, n, raw, enr, node);
	format_destroy(ctx);
	return 0;
}
