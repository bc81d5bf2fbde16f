/* test_search_event.c - event assembly as audit 3.0.9's tools do it: late
 * records, interleaving, EOE, timeouts, two nodes, the immediate types,
 * output order, the header rules, and logread's lines. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "search.h"
#include "util.h"
#include "unit.h"

/* Feed lines (one string, '\n' separated) and render what comes out as
 * "serial:nrecs[@node] ..." in output order; flush at the end. */
static void run(unsigned timeout, const char *lines, int flush, char *out,
		size_t outsz)
{
	struct searchasm *a = searchasm_create(timeout, 0, 0);
	const struct search_event *ev;
	const char *p = lines, *nl, *ts;
	size_t tslen, used = 0;

	ck_assert_ptr_nonnull(a);
	out[0] = '\0';
	for (;;) {
		nl = strchr(p, '\n');
		searchasm_add(a, p, nl ? (size_t)(nl - p) : strlen(p), &ts,
			      &tslen);
		while ((ev = searchasm_next(a)))
			used += snprintf(out + used, outsz - used, "%lu:%zu%s%s ",
					 ev->serial, ev->nrecs,
					 ev->node ? "@" : "",
					 ev->node ? ev->node : "");
		if (!nl)
			break;
		p = nl + 1;
	}
	if (flush) {
		searchasm_flush(a);
		while ((ev = searchasm_next(a)))
			used += snprintf(out + used, outsz - used, "%lu:%zu%s%s ",
					 ev->serial, ev->nrecs,
					 ev->node ? "@" : "",
					 ev->node ? ev->node : "");
	}
	searchasm_destroy(a);
}

#define SC(t, s) "type=SYSCALL msg=audit(" t ":" s "): arch=c000003e syscall=1"
#define PA(t, s) "type=PATH msg=audit(" t ":" s "): item=0 name=\"/x\""
#define PT(t, s) "type=PROCTITLE msg=audit(" t ":" s "): proctitle=6C73"
#define EO(t, s) "type=EOE msg=audit(" t ":" s "): "

START_TEST(test_basic_and_interleaved)
{
	char out[512];

	run(2, SC("100.000", "1") "\n" SC("100.001", "2") "\n"
	       PA("100.000", "1") "\n" PA("100.001", "2") "\n", 1, out,
	    sizeof(out));
	ck_assert_str_eq(out, "1:2 2:2 ");
}
END_TEST

START_TEST(test_timeout_and_late_record)
{
	char out[512];

	/* the PATH of serial 1 comes after its event expired (a new event 2 s
	 * later): a separate event with the same serial */
	run(2, SC("100.000", "1") "\n" SC("102.000", "2") "\n"
	       PA("100.000", "1") "\n", 1, out, sizeof(out));
	ck_assert_str_eq(out, "1:1 1:1 2:1 ");
	/* a longer timeout merges it back */
	run(10, SC("100.000", "1") "\n" SC("102.000", "2") "\n"
		PA("100.000", "1") "\n", 1, out, sizeof(out));
	ck_assert_str_eq(out, "1:2 2:1 ");
	/* 1 s later is not enough to expire with 2 */
	run(2, SC("100.000", "1") "\n" SC("101.999", "2") "\n"
	       PA("100.000", "1") "\n", 1, out, sizeof(out));
	ck_assert_str_eq(out, "1:2 2:1 ");
}
END_TEST

START_TEST(test_many_records)
{
	struct searchasm *a = searchasm_create(2, 0, 0);
	const struct search_event *ev;
	char line[128];
	const char *ts;
	size_t tslen;
	int i, j, len;

	/* events of 1 to 40 records, reusing pooled events of other sizes */
	for (j = 1; j <= 40; j++) {
		for (i = 0; i < j; i++) {
			len = snprintf(line, sizeof(line), PA("%d.000", "%d"),
				       100 + 3 * j, j);
			ck_assert_int_eq(searchasm_add(a, line, (size_t)len,
						       &ts, &tslen),
					 SEARCHASM_ADDED);
		}
		if (j > 1) {
			ev = searchasm_next(a);
			ck_assert_ptr_nonnull(ev);
			ck_assert_uint_eq(ev->nrecs, (size_t)j - 1);
			ck_assert_int_eq(memcmp(ev->recs[ev->nrecs - 1].line,
						"type=PATH", 9), 0);
		}
	}
	searchasm_destroy(a);
}
END_TEST

START_TEST(test_eoe)
{
	char out[512];

	/* an EOE inside its event is a record of it and does not end it; a
	 * stray one is dropped */
	run(2, SC("100.000", "1") "\n" EO("100.000", "1") "\n"
	       PA("100.000", "1") "\n" EO("100.000", "9") "\n", 1, out,
	    sizeof(out));
	ck_assert_str_eq(out, "1:3 ");
}
END_TEST

START_TEST(test_proctitle_first_completes)
{
	char out[512];

	run(2, PT("100.000", "1") "\n" SC("100.000", "1") "\n", 1, out,
	    sizeof(out));
	ck_assert_str_eq(out, "1:1 1:1 ");
}
END_TEST

START_TEST(test_user_message_completes_at_once)
{
	char out[512];

	run(2, "type=USER_LOGIN msg=audit(100.000:5): pid=1 uid=0\n", 0, out,
	    sizeof(out));
	ck_assert_str_eq(out, "5:1 ");
	/* without a flush an open SYSCALL event stays held */
	run(2, SC("100.000", "1"), 0, out, sizeof(out));
	ck_assert_str_eq(out, "");
}
END_TEST

START_TEST(test_old_open_event_holds_back_later)
{
	char out[512];

	/* serial 2 (a user message) completes at once but waits behind the
	 * open serial 1 */
	run(2, SC("100.000", "1") "\n"
	       "type=USER_AUTH msg=audit(100.500:2): pid=1\n", 0, out,
	    sizeof(out));
	ck_assert_str_eq(out, "");
	run(2, SC("100.000", "1") "\n"
	       "type=USER_AUTH msg=audit(100.500:2): pid=1\n"
	       SC("103.000", "3") "\n", 0, out, sizeof(out));
	ck_assert_str_eq(out, "1:1 2:1 ");
}
END_TEST

START_TEST(test_output_is_time_sorted)
{
	char out[512];

	run(2, SC("101.000", "2") "\n" SC("100.000", "1") "\n", 1, out,
	    sizeof(out));
	ck_assert_str_eq(out, "1:1 2:1 ");
}
END_TEST

START_TEST(test_two_nodes)
{
	char out[512];

	run(2, "node=alpha " SC("100.000", "10") "\n"
	       "node=beta " SC("100.000", "10") "\n"
	       SC("100.000", "10") "\n"
	       "node=alpha " PA("100.000", "10") "\n", 1, out, sizeof(out));
	/* equal times: the order of the slots they were given */
	ck_assert_str_eq(out, "10:2@alpha 10:1@beta 10:1 ");
}
END_TEST

START_TEST(test_slot_reuse_breaks_ties)
{
	char out[512];

	/* a and b take slots 0, 1; a is given back at 103; c (equal time
	 * to d) takes slot 0, d slot 2: c first */
	run(2, "node=a " SC("100.000", "1") "\n"
	       "node=b " SC("103.000", "2") "\n"
	       "node=d " SC("200.000", "7") "\n"
	       "node=c " SC("200.000", "7") "\n", 1, out, sizeof(out));
	ck_assert_str_eq(out, "1:1@a 2:1@b 7:1@d 7:1@c ");
	/* q arrives first but takes slot 2; p takes the freed slot 0 and
	 * comes out first (Debian's ausearch -r does the same) */
	run(2, "node=a " SC("100.000", "1") "\n"
	       "node=b " SC("100.500", "2") "\n"
	       "node=q " SC("200.000", "7") "\n"
	       "node=p " SC("200.000", "7") "\n", 1, out, sizeof(out));
	ck_assert_str_eq(out, "1:1@a 2:1@b 7:1@p 7:1@q ");
}
END_TEST

START_TEST(test_header_rules)
{
	struct searchasm *a = searchasm_create(2, 0, 0);
	const struct search_event *ev;
	const char *ts;
	size_t tslen;

	ck_assert_int_eq(searchasm_add(a, "", 0, &ts, &tslen),
			 SEARCHASM_IGNORED);
	ck_assert_int_eq(searchasm_add(a, "garbage", 7, &ts, &tslen),
			 SEARCHASM_IGNORED);
	ck_assert_int_eq(searchasm_add(a, "type=X msg=short", 16, &ts, &tslen),
			 SEARCHASM_IGNORED);
#define ADD(s) searchasm_add(a, s, strlen(s), &ts, &tslen)
	ck_assert_int_eq(ADD("type=SYSCALL msg=audit(1700000000.1234:24): x=1"),
			 SEARCHASM_BADTIME);
	ck_assert_int_eq(tslen, strlen("1700000000.1234:24"));
	ck_assert_int_eq(memcmp(ts, "1700000000.1234:24", tslen), 0);
	ck_assert_int_eq(ADD("type=SYSCALL msg=audit(5.1000:1): x=1"),
			 SEARCHASM_BADTIME);
	/* no milli, a serial; milli without serial; msg=xaudit( */
	ck_assert_int_eq(ADD("type=SYSCALL msg=audit(1795000000:22): x=1"),
			 SEARCHASM_ADDED);
	ck_assert_int_eq(ADD("type=UNKNOWN[1500] msg=xaudit(1795000000.5:23): x"),
			 SEARCHASM_ADDED);
	ck_assert_int_eq(ADD("type=FOO msg=audit(1795000000.400): x=1"),
			 SEARCHASM_ADDED);
	searchasm_flush(a);
	ev = searchasm_next(a);
	ck_assert_int_eq(ev->serial, 22);
	ck_assert_int_eq(ev->milli, 0);
	ck_assert_int_eq(ev->type, 1300);
	ev = searchasm_next(a);
	ck_assert_int_eq(ev->serial, 23);
	ck_assert_int_eq(ev->milli, 5);
	ck_assert_int_eq(ev->type, 1500);
	ev = searchasm_next(a);
	ck_assert_int_eq(ev->serial, 0);
	ck_assert_int_eq(ev->milli, 400);
	ck_assert_int_eq(ev->type, -1);
	ck_assert_ptr_null(searchasm_next(a));
	searchasm_destroy(a);
}
END_TEST

START_TEST(test_time_range_drops_records)
{
	struct searchasm *a = searchasm_create(2, 100, 101);
	const char *ts;
	size_t tslen;

	ck_assert_int_eq(ADD(SC("99.999", "1")), SEARCHASM_IGNORED);
	ck_assert_int_eq(ADD(SC("100.000", "2")), SEARCHASM_ADDED);
	ck_assert_int_eq(ADD(SC("101.999", "3")), SEARCHASM_ADDED);
	ck_assert_int_eq(ADD(SC("102.000", "4")), SEARCHASM_IGNORED);
	searchasm_destroy(a);
}
END_TEST

START_TEST(test_enriched_split)
{
	struct searchasm *a = searchasm_create(2, 0, 0);
	const struct search_event *ev;
	const char *ts;
	size_t tslen;

	ck_assert_int_eq(ADD("type=USER msg=audit(100.0:1): uid=0\x1dUID=\"root\""),
			 SEARCHASM_ADDED);
	ev = searchasm_next(a);
	ck_assert_ptr_nonnull(ev);
	ck_assert(ev->enriched);
	ck_assert_int_eq(ev->recs[0].raw_len, strlen("type=USER msg=audit(100.0:1): uid=0"));
	searchasm_destroy(a);
}
END_TEST

START_TEST(test_many_open_events)
{
	struct searchasm *a = searchasm_create(2, 0, 0);
	const struct search_event *ev;
	char line[128];
	const char *ts;
	size_t tslen, n = 0;
	unsigned long last = 0;
	int i;

	/* 40 events a millisecond, each with two records: every one comes
	 * out whole and in order */
	for (i = 0; i < 200000; i++) {
		int len = snprintf(line, sizeof(line),
				   SC("%d.%03d", "%d"), 1000 + i / 40000,
				   (i / 40) % 1000, i + 1);

		searchasm_add(a, line, (size_t)len, &ts, &tslen);
		len = snprintf(line, sizeof(line), PA("%d.%03d", "%d"),
			       1000 + i / 40000, (i / 40) % 1000, i + 1);
		searchasm_add(a, line, (size_t)len, &ts, &tslen);
		while ((ev = searchasm_next(a))) {
			ck_assert_uint_eq(ev->nrecs, 2);
			ck_assert_uint_gt(ev->serial, last);
			last = ev->serial;
			n++;
		}
	}
	searchasm_flush(a);
	while ((ev = searchasm_next(a))) {
		ck_assert_uint_gt(ev->serial, last);
		last = ev->serial;
		n++;
	}
	ck_assert_uint_eq(n, 200000);
	searchasm_destroy(a);
}
END_TEST

/* Events of fd's log, assembled with its lines held (by reference in the
 * reader's chunks) or copied, written to out as text: the same log must
 * give the same bytes either way. */
static size_t assemble_fd(int fd, int held, char *out, size_t outsz)
{
	struct logread *lr = logread_create();
	struct searchasm *a = searchasm_create(2, 0, 0);
	const struct search_event *ev;
	const char *line, *ts;
	size_t len, tslen, used = 0, i;
	int flushed = 0;

	ck_assert_ptr_nonnull(lr);
	ck_assert_ptr_nonnull(a);
	lseek(fd, 0, SEEK_SET);
	logread_attach(lr, fd);
	for (;;) {
		if (logread_next(lr, &line, &len) == 1) {
			if (held)
				searchasm_add_held(a, lr, line, len, &ts, &tslen);
			else
				searchasm_add(a, line, len, &ts, &tslen);
		} else if (!flushed) {
			searchasm_flush(a);
			flushed = 1;
		} else {
			break;
		}
		while ((ev = searchasm_next(a))) {
			ck_assert_uint_lt(used + 16, outsz);
			used += (size_t)snprintf(out + used, outsz - used,
						 "%lu:%zu|", ev->serial, ev->nrecs);
			for (i = 0; i < ev->nrecs; i++) {
				ck_assert_uint_lt(used + ev->recs[i].len + 1, outsz);
				memcpy(out + used, ev->recs[i].line, ev->recs[i].len);
				used += ev->recs[i].len;
				out[used++] = '\n';
			}
		}
	}
	searchasm_destroy(a);
	logread_destroy(lr);
	return used;
}

START_TEST(test_held_lines_across_chunks)
{
	FILE *f = tmpfile();
	size_t cap = 40 << 20, n1, n2;
	char *held = malloc(cap), *copied = malloc(cap);
	int i;

	ck_assert_ptr_nonnull(f);
	ck_assert_ptr_nonnull(held);
	ck_assert_ptr_nonnull(copied);
	/* 12 MB: a dozen of the reader's chunks. Every 7th event gets a PATH
	 * record 3 s late (after its event expired: an event of its own,
	 * holding a chunk long read), every 5th a PATH 500 events later
	 * (joining the open event), every 11th comes out of time order. */
	for (i = 0; i < 60000; i++) {
		int sec = 1000 + i / 4000, ms = (i / 4) % 1000;

		if (i % 11 == 5)
			sec -= 1;
		fprintf(f, SC("%d.%03d", "%d") " comm=\"%0*d\"\n", sec, ms, i + 1,
			50 + i % 90, i);
		fprintf(f, PT("%d.%03d", "%d") "\n", sec, ms, i + 1);
		if (i >= 500 && (i - 500) % 5 == 0)
			fprintf(f, PA("%d.%03d", "%d") "\n", 1000 + (i - 500) / 4000,
				((i - 500) / 4) % 1000, i - 500 + 1);
		if (i >= 12000 && i % 7 == 0)
			fprintf(f, PA("%d.%03d", "%d") "\n", 1000 + (i - 12000) / 4000,
				((i - 12000) / 4) % 1000, i - 12000 + 1);
	}
	fflush(f);
	ck_assert_int_gt(ftell(f), 10 << 20);
	n1 = assemble_fd(fileno(f), 1, held, cap);
	n2 = assemble_fd(fileno(f), 0, copied, cap);
	ck_assert_uint_eq(n1, n2);
	ck_assert_int_eq(memcmp(held, copied, n1), 0);
	ck_assert_uint_gt(n1, (size_t)ftell(f));
	fclose(f);
	free(held);
	free(copied);
}
END_TEST

/* util_memfind: memmem's answer on random text over a small alphabet
 * (many partial matches), every needle length and position, the ends */
START_TEST(test_memfind_is_memmem)
{
	char hay[300], needle[40];
	unsigned seed = 12345;
	int round;

	for (round = 0; round < 200000; round++) {
		size_t n = (seed = seed * 1103515245 + 12345) % sizeof(hay);
		size_t k = (seed = seed * 1103515245 + 12345) % 24, i;

		for (i = 0; i < n; i++)
			hay[i] = "ab\nc"[(seed = seed * 1103515245 + 12345) >> 16 & 3];
		for (i = 0; i < k; i++)
			needle[i] = "ab\nc"[(seed = seed * 1103515245 + 12345) >> 16 & 3];
		/* half the time, a needle cut from the haystack (a hit) */
		if (round & 1 && k <= n && n) {
			size_t at = (seed >> 8) % (n - k + 1);

			memcpy(needle, hay + at, k);
		}
		ck_assert_ptr_eq(util_memfind(hay, n, needle, k),
				 memmem(hay, n, needle, k));
	}
}
END_TEST

/* logread: lines from a pipe, cut as fgets(8970) cuts them */
static void lines_of(const char *data, size_t n, char *out, size_t outsz)
{
	struct logread *lr = logread_create();
	int fds[2];
	const char *line;
	size_t len, used = 0;

	ck_assert_int_eq(pipe(fds), 0);
	ck_assert(n < 60000);
	ck_assert_int_eq(write(fds[1], data, n), (ssize_t)n);
	close(fds[1]);
	logread_attach(lr, fds[0]);
	out[0] = '\0';
	while (logread_next(lr, &line, &len) == 1)
		used += snprintf(out + used, outsz - used, "[%zu]", len);
	close(fds[0]);
	logread_destroy(lr);
}

START_TEST(test_logread_lines)
{
	static char big[20000];
	char out[256];

	lines_of("a\n\nbc\nlast", 11, out, sizeof(out));
	ck_assert_str_eq(out, "[1][0][2][4]");
	lines_of("ab\0cd\nx\n", 8, out, sizeof(out));
	ck_assert_str_eq(out, "[2][1]");
	/* NULs in several lines, one at a line's start, two in one line */
	lines_of("a\0b\ncc\n\0\nd\0\0e\nfff", 17, out, sizeof(out));
	ck_assert_str_eq(out, "[1][2][0][1][3]");
	memset(big, 'x', sizeof(big));
	big[8968] = '\n';	/* 8968 + newline: one line */
	big[8969 + 8969] = '\n';	/* 8969 bytes: a chunk, then "" */
	lines_of(big, 8969 + 8970 + 5, out, sizeof(out));
	ck_assert_str_eq(out, "[8968][8969][0][5]");
}
END_TEST

START_TEST(test_logread_rotated)
{
	char dir[] = "/tmp/test_search_XXXXXX", path[128];
	struct logread_files files;
	const char *names[] = { "audit.log", "audit.log.1", "audit.log.2",
				"audit.log.4" };
	size_t i;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	for (i = 0; i < 4; i++) {
		FILE *f;

		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		f = fopen(path, "w");
		fclose(f);
	}
	snprintf(path, sizeof(path), "%s/audit.log", dir);
	logread_rotated(path, &files);
	ck_assert_uint_eq(files.n, 3);
	ck_assert(strstr(files.paths[0], "audit.log.2"));
	ck_assert(strstr(files.paths[1], "audit.log.1"));
	ck_assert(strstr(files.paths[2], "/audit.log") &&
		  !strstr(files.paths[2], ".log."));
	logread_files_free(&files);
	for (i = 0; i < 4; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		unlink(path);
	}
	rmdir(dir);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("search_event");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_basic_and_interleaved);
	tcase_add_test(tc, test_timeout_and_late_record);
	tcase_add_test(tc, test_many_records);
	tcase_add_test(tc, test_eoe);
	tcase_add_test(tc, test_proctitle_first_completes);
	tcase_add_test(tc, test_user_message_completes_at_once);
	tcase_add_test(tc, test_old_open_event_holds_back_later);
	tcase_add_test(tc, test_output_is_time_sorted);
	tcase_add_test(tc, test_two_nodes);
	tcase_add_test(tc, test_slot_reuse_breaks_ties);
	tcase_add_test(tc, test_header_rules);
	tcase_add_test(tc, test_time_range_drops_records);
	tcase_add_test(tc, test_enriched_split);
	tcase_add_test(tc, test_many_open_events);
	tcase_add_test(tc, test_held_lines_across_chunks);
	tcase_add_test(tc, test_memfind_is_memmem);
	tcase_add_test(tc, test_logread_lines);
	tcase_add_test(tc, test_logread_rotated);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
