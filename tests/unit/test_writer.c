/* test_writer.c - writer and file policy together, no kernel: records go
 * into a ring as the listener would put them, the writer logs them to a
 * temporary directory, and the test reads the files back. Checks that a
 * size-triggered rotation loses and duplicates no record, cuts between two
 * records, writes no DAEMON_ROTATE; keep_logs; suspend by size and resume;
 * the syslog size action; SIGUSR1's rotation record; incremental_async's
 * syncs: at most one per 50 ms window, and an owed one done once records
 * stop (kernel and network records). Needs root (the log
 * directory must be root's); as another user it checks nothing and exits 77. */
#include <check.h>

#include "unit.h"
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "netq.h"
#include "ring.h"
#include "writer.h"

#define SYSCALL_TYPE	1300
#define ROTATE_TYPE	1205
#define RESUME_TYPE	1206

static char dir[64];
static char msgs[16384];
static pthread_mutex_t msgs_lock = PTHREAD_MUTEX_INITIALIZER;

static void capture(int prio, const char *msg, void *arg)
{
	(void)prio;
	(void)arg;
	pthread_mutex_lock(&msgs_lock);
	strncat(msgs, msg, sizeof(msgs) - strlen(msgs) - 2);
	strcat(msgs, "\n");
	pthread_mutex_unlock(&msgs_lock);
}

static int have_msg(const char *text)
{
	int found;

	pthread_mutex_lock(&msgs_lock);
	found = strstr(msgs, text) != NULL;
	pthread_mutex_unlock(&msgs_lock);
	return found;
}

static int setup(void)
{
	if (geteuid() != 0) {
		fprintf(stderr, "test_writer: not root, skipped\n");
		return 0;
	}
	snprintf(dir, sizeof(dir), "/tmp/vigil-unit-writer.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	msgs[0] = '\0';
	log_set_capture(capture, NULL);
	return 1;
}

static void teardown(void)
{
	char cmd[128];

	log_set_capture(NULL, NULL);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	ck_assert_int_eq(system(cmd), 0);
}

static void settings(struct writer_settings *s, unsigned long max_mb,
		     enum config_action action, unsigned num_logs)
{
	memset(s, 0, sizeof(*s));
	s->write_logs = 1;
	s->log_format = FORMAT_LOG_RAW;
	snprintf(s->file.log_file, sizeof(s->file.log_file), "%s/audit.log", dir);
	s->flush = CONFIG_FLUSH_NONE;
	s->file.num_logs = num_logs;
	s->file.max_log_file = max_mb;
	s->file.max_log_file_action = action;
	s->file.space.space_left_action = CONFIG_ACTION_IGNORE;
	s->file.space.admin_space_left_action = CONFIG_ACTION_IGNORE;
	s->file.space.disk_full_action = CONFIG_ACTION_SUSPEND;
	s->file.disk_error_action = CONFIG_ACTION_SYSLOG;
}

/* n records numbered from first, as the listener would publish them */
static void feed(struct ring *r, int first, int n)
{
	char payload[256];
	int i, len;

	for (i = first; i < first + n; i++) {
		len = snprintf(payload, sizeof(payload),
			       "audit(1700000000.000:%d): arch=c000003e syscall=110 success=yes "
			       "exit=1 items=0 ppid=1 pid=2 auid=0 uid=0 seq=%d "
			       "pad=0123456789abcdef0123456789abcdef", i, i);
		while (ring_put(r, SYSCALL_TYPE, 0, payload, (uint32_t)len) < 0) {
			ring_publish(r);
			ring_wait_space(r, (uint32_t)len, 1000);
		}
		if (i % 64 == 0)
			ring_publish(r);
	}
	ring_publish(r);
}

struct tally {
	unsigned char *seen;	/* times each seq was found */
	int max;
	int files;
	int rotate_records;
	int resume_records;
};

static void tally_file(struct tally *t, const char *name)
{
	char path[256], line[512];
	FILE *f;
	char *p;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	t->files++;
	while (fgets(line, sizeof(line), f)) {
		ck_assert_msg(line[strlen(line) - 1] == '\n', "torn line in %s", name);
		if (!strncmp(line, "type=DAEMON_ROTATE", 18))
			t->rotate_records++;
		if (!strncmp(line, "type=DAEMON_RESUME", 18))
			t->resume_records++;
		p = strstr(line, " seq=");
		if (p) {
			int seq = atoi(p + 5);

			ck_assert_int_lt(seq, t->max);
			t->seen[seq]++;
		}
	}
	fclose(f);
}

static void tally_all(struct tally *t, int max)
{
	struct dirent *de;
	DIR *d;

	memset(t, 0, sizeof(*t));
	t->max = max;
	t->seen = calloc((size_t)max, 1);
	d = opendir(dir);
	ck_assert_ptr_nonnull(d);
	while ((de = readdir(d)))
		if (!strncmp(de->d_name, "audit.log", 9))
			tally_file(t, de->d_name);
	closedir(d);
}

static off_t size_of(const char *suffix)
{
	char path[256];
	struct stat st;

	snprintf(path, sizeof(path), "%s/audit.log%s", dir, suffix);
	return stat(path, &st) < 0 ? -1 : st.st_size;
}

static int mode_of(const char *suffix)
{
	char path[256];
	struct stat st;

	snprintf(path, sizeof(path), "%s/audit.log%s", dir, suffix);
	return stat(path, &st) < 0 ? -1 : (int)(st.st_mode & 07777);
}

#define N 30000	/* about 5 MiB of lines */

/* max_log_file 1 MiB, rotate, num_logs 8: 4 rotations, every record in
 * exactly one file, archives just over 1 MiB (the cut comes right after the
 * record that crossed the size), no DAEMON_ROTATE for size rotations. */
START_TEST(test_size_rotation_loses_nothing)
{
	struct writer_settings s;
	struct writer_stats st;
	struct ring *r;
	struct writer *w;
	struct tally t;
	int i;

	if (!setup())
		return;
	settings(&s, 1, CONFIG_ACTION_ROTATE, 8);
	r = ring_create(1 << 20);
	w = writer_start(r, &s);
	ck_assert_ptr_nonnull(w);
	feed(r, 0, N);
	writer_sync_point(w);
	writer_get_stats(w, &st);
	writer_stop(w);
	ring_destroy(r);

	tally_all(&t, N);
	for (i = 0; i < N; i++)
		ck_assert_msg(t.seen[i] == 1, "record %d found %d times", i, t.seen[i]);
	ck_assert_int_eq(t.files, 5);
	ck_assert_int_eq(t.rotate_records, 0);
	ck_assert_uint_eq(st.rotations, 4);
	ck_assert_uint_eq(st.records_lost, 0);
	for (i = 1; i <= 4; i++) {
		char suffix[8];

		snprintf(suffix, sizeof(suffix), ".%d", i);
		ck_assert_int_ge(size_of(suffix), 1 << 20);
		ck_assert_int_lt(size_of(suffix), (1 << 20) + 512);
		ck_assert_int_eq(mode_of(suffix), 0400);
	}
	ck_assert_int_eq(mode_of(""), 0600);
	ck_assert(have_msg("Audit daemon rotating log files"));
	free(t.seen);
	teardown();
}
END_TEST

/* num_logs 3 over the same load: only the newest two archives remain,
 * the records in them and in the active file are each there once. */
START_TEST(test_size_rotation_drops_oldest_only)
{
	struct writer_settings s;
	struct ring *r;
	struct writer *w;
	struct tally t;
	int i, first = -1;

	if (!setup())
		return;
	settings(&s, 1, CONFIG_ACTION_ROTATE, 3);
	r = ring_create(1 << 20);
	w = writer_start(r, &s);
	feed(r, 0, N);
	writer_stop(w);
	ring_destroy(r);

	tally_all(&t, N);
	ck_assert_int_eq(t.files, 3);
	for (i = 0; i < N; i++) {
		ck_assert_int_le(t.seen[i], 1);
		if (t.seen[i] && first < 0)
			first = i;
	}
	/* what remains is one unbroken run up to the last record */
	for (i = first; i < N; i++)
		ck_assert_msg(t.seen[i] == 1, "record %d missing", i);
	ck_assert_int_eq(size_of(".3"), -1);
	free(t.seen);
	teardown();
}
END_TEST

START_TEST(test_keep_logs_by_size)
{
	struct writer_settings s;
	struct writer_stats st;
	struct ring *r;
	struct writer *w;
	struct tally t;
	int i;

	if (!setup())
		return;
	settings(&s, 1, CONFIG_ACTION_KEEP_LOGS, 2);
	r = ring_create(1 << 20);
	w = writer_start(r, &s);
	feed(r, 0, N);
	writer_sync_point(w);
	writer_get_stats(w, &st);
	writer_stop(w);
	ring_destroy(r);

	tally_all(&t, N);
	/* num_logs does not limit keep_logs */
	ck_assert_int_eq(t.files, 5);
	for (i = 0; i < N; i++)
		ck_assert_int_eq(t.seen[i], 1);
	ck_assert_uint_eq(st.logs_detected, 5);
	ck_assert(have_msg("Audit daemon rotating log files with keep option"));
	free(t.seen);
	teardown();
}
END_TEST

/* suspend by size: the file is closed at the crossing record, later
 * records are counted, SIGUSR2 reopens and writes DAEMON_RESUME. */
START_TEST(test_suspend_and_resume)
{
	struct writer_settings s;
	struct writer_stats st;
	struct ring *r;
	struct writer *w;
	struct tally t;
	int i, logged = 0;

	if (!setup())
		return;
	settings(&s, 1, CONFIG_ACTION_SUSPEND, 5);
	r = ring_create(1 << 20);
	w = writer_start(r, &s);
	feed(r, 0, 10000);
	writer_sync_point(w);
	writer_get_stats(w, &st);
	ck_assert_int_eq(st.suspended, 1);
	ck_assert_int_eq(st.log_open, 0);
	ck_assert(have_msg("Audit daemon is suspending logging due to logfile size."));
	tally_all(&t, 20000);
	for (i = 0; i < 10000; i++)
		logged += t.seen[i];
	free(t.seen);
	ck_assert_uint_eq(st.records_suspended, 10000 - logged);
	ck_assert_uint_eq(st.records_written, logged);

	/* the administrator moves the full log away and resumes */
	{
		char from[128], to[128];

		snprintf(from, sizeof(from), "%s/audit.log", dir);
		snprintf(to, sizeof(to), "%s/saved", dir);
		ck_assert_int_eq(rename(from, to), 0);
	}
	writer_resume(w, RESUME_TYPE, "audit(1700000001.000:1): op=resume-logging auid=0 "
		      "uid=0 ses=1 pid=1 res=success");
	/* records already in the ring go before a command: wait for it */
	writer_sync_point(w);
	feed(r, 10000, 100);
	writer_sync_point(w);
	writer_get_stats(w, &st);
	ck_assert_int_eq(st.suspended, 0);
	ck_assert_int_eq(st.log_open, 1);
	ck_assert(have_msg("Audit daemon is attempting to resume logging."));
	ck_assert(have_msg("Audit daemon resumed logging."));
	writer_stop(w);
	ring_destroy(r);
	tally_all(&t, 20000);
	ck_assert_int_eq(t.resume_records, 1);
	for (i = 10000; i < 10100; i++)
		ck_assert_int_eq(t.seen[i], 1);
	free(t.seen);
	teardown();
}
END_TEST

START_TEST(test_size_syslog_and_sigusr1)
{
	struct writer_settings s;
	struct writer_stats st;
	struct ring *r;
	struct writer *w;
	struct tally t;

	if (!setup())
		return;
	settings(&s, 1, CONFIG_ACTION_SYSLOG, 3);
	r = ring_create(1 << 20);
	w = writer_start(r, &s);
	feed(r, 0, 10000);
	writer_sync_point(w);
	ck_assert(have_msg("Audit daemon log file is larger than max size"));
	writer_get_stats(w, &st);
	ck_assert_int_eq(st.suspended, 0);
	ck_assert_uint_eq(st.rotations, 0);
	/* SIGUSR1 rotates whatever max_log_file_action says, and its record
	 * is the first line of the new file */
	writer_rotate(w, ROTATE_TYPE, "audit(1700000001.000:2): op=rotate-logs auid=0 uid=0 "
		      "ses=1 pid=1 res=success");
	writer_stop(w);
	ring_destroy(r);
	tally_all(&t, 10000);
	ck_assert_int_eq(t.rotate_records, 1);
	ck_assert_int_eq(t.files, 2);
	free(t.seen);
	{
		char path[128], line[64];
		FILE *f;

		snprintf(path, sizeof(path), "%s/audit.log", dir);
		f = fopen(path, "r");
		ck_assert_ptr_nonnull(fgets(line, sizeof(line), f));
		fclose(f);
		ck_assert_int_eq(strncmp(line, "type=DAEMON_ROTATE", 18), 0);
	}
	teardown();
}
END_TEST

/* --- incremental_async ------------------------------------------------- */

#define FREQ		4
#define WINDOW_MS	50	/* writer.c's SYNC_GATHER_NS */

static long now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000L + t.tv_nsec / 1000000L;
}

static uint64_t syncs_of(struct writer *w)
{
	struct writer_stats st;

	writer_get_stats(w, &st);
	return st.syncs;
}

/* Polls until the writer has made n syncs or limit_ms have passed; the
 * syncs made. The limits are generous: the bound checked is that an owed
 * sync comes at all, not how soon. */
static uint64_t wait_syncs(struct writer *w, uint64_t n, long limit_ms)
{
	long end = now_ms() + limit_ms;

	while (syncs_of(w) < n && now_ms() < end)
		usleep(2000);
	return syncs_of(w);
}

static struct writer *start_async(struct ring *r, struct netq *q)
{
	struct writer_settings s;

	settings(&s, 0, CONFIG_ACTION_IGNORE, 5);
	s.flush = CONFIG_FLUSH_INCREMENTAL_ASYNC;
	s.freq = FREQ;
	s.netq = q;
	return writer_start(r, &s);
}

/* 10 x freq records, each its own batch, as fast as they go: each freq
 * of them is due a sync, but the syncs are at most one per window. */
START_TEST(test_async_sync_gathers)
{
	struct writer_stats st;
	struct ring *r;
	struct writer *w;
	long t0, ms;
	int i;

	if (!setup())
		return;
	r = ring_create(1 << 20);
	w = start_async(r, NULL);
	ck_assert_ptr_nonnull(w);
	t0 = now_ms();
	for (i = 0; i < 10 * FREQ; i++) {
		feed(r, i, 1);
		writer_sync_point(w);
	}
	ms = now_ms() - t0;
	writer_get_stats(w, &st);
	ck_assert_uint_eq(st.records_written, 10 * FREQ);
	/* + 1: now_ms truncates both ends */
	ck_assert_msg(st.syncs <= 1 + (uint64_t)((ms + 1) / WINDOW_MS),
		      "%llu syncs in %ld ms", (unsigned long long)st.syncs, ms);
	writer_stop(w);
	ring_destroy(r);
	teardown();
}
END_TEST

/* freq records, a sync; freq more within the window, then nothing: the
 * owed sync still comes (the writer's idle sleep ends with the window). */
START_TEST(test_async_owed_sync_after_quiet)
{
	struct ring *r;
	struct writer *w;

	if (!setup())
		return;
	r = ring_create(1 << 20);
	w = start_async(r, NULL);
	ck_assert_ptr_nonnull(w);
	feed(r, 0, FREQ);
	writer_sync_point(w);
	ck_assert_uint_ge(wait_syncs(w, 1, 1000), 1);
	feed(r, FREQ, FREQ);
	writer_sync_point(w);
	ck_assert_uint_ge(wait_syncs(w, 2, 1000), 2);
	writer_stop(w);
	ring_destroy(r);
	teardown();
}
END_TEST

static void net_records(struct netq *q, int first, int n)
{
	char text[128];
	int i, len;

	for (i = first; i < first + n; i++) {
		len = snprintf(text, sizeof(text), "node=peer type=USER msg=audit(1700000000.000:%d): "
			       "pid=1 uid=0 auid=0 ses=1 msg='seq=%d'", i, i);
		ck_assert_int_eq(netq_put(q, (uint64_t)i, -1, NETQ_TEXT, 0, text, (size_t)len), 0);
	}
	netq_commit(q);
}

/* The same with network records written inline (writer_net_inline, in
 * this thread while the writer sleeps): the owed sync is not lost. */
START_TEST(test_async_owed_sync_inline)
{
	struct writer_stats st;
	struct ring *r;
	struct netq *q;
	struct writer *w;

	if (!setup())
		return;
	r = ring_create(1 << 20);
	q = netq_create(r);
	ck_assert_ptr_nonnull(q);
	w = start_async(r, q);
	ck_assert_ptr_nonnull(w);
	netq_set_inline(q, writer_net_inline, w);
	writer_sync_point(w);
	usleep(10000);	/* let the writer fall asleep: the inline path */
	net_records(q, 0, FREQ);
	ck_assert_uint_ge(wait_syncs(w, 1, 1000), 1);
	net_records(q, FREQ, FREQ);
	ck_assert_uint_ge(wait_syncs(w, 2, 1000), 2);
	writer_get_stats(w, &st);
	ck_assert_uint_eq(st.records_written, 2 * FREQ);
	writer_stop(w);
	netq_destroy(q);
	ring_destroy(r);
	teardown();
}
END_TEST

int main(void)
{
	Suite *s = suite_create("writer");
	TCase *tc = tcase_create("writer");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_size_rotation_loses_nothing);
	tcase_add_test(tc, test_size_rotation_drops_oldest_only);
	tcase_add_test(tc, test_keep_logs_by_size);
	tcase_add_test(tc, test_suspend_and_resume);
	tcase_add_test(tc, test_size_syslog_and_sigusr1);
	tcase_add_test(tc, test_async_sync_gathers);
	tcase_add_test(tc, test_async_owed_sync_after_quiet);
	tcase_add_test(tc, test_async_owed_sync_inline);
	suite_add_tcase(s, tc);
	return unit_run_skipping(s, "test_writer",
				 unit_not_root() ? "not root: the log directory must be root's" : NULL);
}
