/* test_ring.c - the SPSC ring: layout, wrap, full/empty, and a two-thread
 * stress run in which every record carries its sequence number and a
 * checksum, so a lost, duplicated, reordered or torn record fails the test. */
#include <check.h>

#include "unit.h"
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ring.h"

START_TEST(test_put_next_release)
{
	struct ring *r = ring_create(1);
	const struct ring_rec *rec;
	uint64_t cur = 0;

	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(ring_empty(r), 1);
	ck_assert_int_eq(ring_put(r, 1300, 0, "hello", 5), 0);
	/* staged is invisible until published */
	ck_assert_ptr_null(ring_next(r, &cur));
	ring_publish(r);
	cur = 0;
	rec = ring_next(r, &cur);
	ck_assert_ptr_nonnull(rec);
	ck_assert_uint_eq(rec->type, 1300);
	ck_assert_uint_eq(rec->len, 5);
	ck_assert_int_eq(memcmp(rec->data, "hello", 5), 0);
	ck_assert_ptr_null(ring_next(r, &cur));
	ck_assert_int_eq(ring_empty(r), 0);
	ring_release(r, cur, 1);
	ck_assert_int_eq(ring_empty(r), 1);
	ring_destroy(r);
}
END_TEST

START_TEST(test_full_then_wrap)
{
	struct ring *r = ring_create(65536);
	char payload[1000];
	const struct ring_rec *rec;
	uint64_t cur;
	int n = 0, i;
	struct ring_stats st;

	memset(payload, 'x', sizeof(payload));
	while (ring_put(r, 1300, 0, payload, sizeof(payload)) == 0)
		n++;
	ck_assert_int_gt(n, 60);
	ck_assert_int_lt(n, 66);
	ring_publish(r);
	/* nothing fits: waiting times out and is counted */
	ck_assert_int_eq(ring_wait_space(r, sizeof(payload), 10), 0);
	/* free half, then records must wrap with a pad and stay intact */
	cur = 0;
	for (i = 0; i < n / 2; i++)
		ck_assert_ptr_nonnull(ring_next(r, &cur));
	ring_release(r, cur, n / 2);
	ck_assert_int_eq(ring_wait_space(r, sizeof(payload), 0), 1);
	for (i = 0; i < n / 2; i++) {
		payload[0] = (char)i;
		ck_assert_int_eq(ring_put(r, 1301, 0, payload, sizeof(payload)), 0);
	}
	ring_publish(r);
	cur = 0;
	for (i = 0; i < n - n / 2; i++) {
		rec = ring_next(r, &cur);
		ck_assert_uint_eq(rec->type, 1300);
	}
	for (i = 0; i < n / 2; i++) {
		rec = ring_next(r, &cur);
		ck_assert_ptr_nonnull(rec);
		ck_assert_uint_eq(rec->type, 1301);
		ck_assert_int_eq(rec->data[0], (char)i);
	}
	ck_assert_ptr_null(ring_next(r, &cur));
	ring_get_stats(r, &st);
	ck_assert_uint_eq(st.full_waits, 1);
	ck_assert_uint_eq(st.capacity, 65536);
	ck_assert_uint_ge(st.high_water, 60000);
	ring_destroy(r);
}
END_TEST

/* Every type and flag value is a record: none may be taken for the
 * filler at the end of the buffer (type 0xffff once was; found by
 * tests/fuzz/fuzz_netlink.c). */
START_TEST(test_every_type_is_a_record)
{
	struct ring *r = ring_create(65536);
	const struct ring_rec *rec;
	uint64_t cur = 0;
	unsigned t, seen = 0;

	for (t = 0; t <= 0xffff; t += 0xff) {
		ck_assert_int_eq(ring_put(r, (uint16_t)t, 0xffff, "x", 1), 0);
		ring_publish(r);
		rec = ring_next(r, &cur);
		ck_assert_ptr_nonnull(rec);
		ck_assert_uint_eq(rec->type, t);
		ring_release(r, cur, 1);
		cur = 0;
		seen++;
	}
	ck_assert_uint_eq(seen, 258);
	ring_destroy(r);
}
END_TEST

START_TEST(test_oversized_refused)
{
	struct ring *r = ring_create(65536);
	static char big[40000];

	ck_assert_int_eq(ring_put(r, 1300, 0, big, sizeof(big)), -1);
	ck_assert_int_eq(ring_put(r, 1300, 0, big, 8970), 0);
	ring_destroy(r);
}
END_TEST

START_TEST(test_wait_data_timeout_and_kick)
{
	struct ring *r = ring_create(65536);

	ck_assert_int_eq(ring_wait_data(r, 5), 0);
	ring_kick(r);
	ck_assert_int_eq(ring_wait_data(r, 1000), 1);
	ck_assert_int_eq(ring_wait_data(r, 5), 0);
	ring_destroy(r);
}
END_TEST

/* --- two-thread stress --------------------------------------------------- */

#define STRESS_RECORDS 2000000ULL

struct stress {
	struct ring *r;
	uint64_t consumed;
	uint64_t bad;
};

static uint32_t checksum(const unsigned char *p, uint32_t len)
{
	uint32_t h = 2166136261u;

	while (len--)
		h = (h ^ *p++) * 16777619u;
	return h;
}

/* payload: u64 seq, u32 checksum of the rest, then seq-derived bytes */
static uint32_t make_record(unsigned char *buf, uint64_t seq)
{
	uint32_t len = 16 + (uint32_t)((seq * 2654435761u) % 900);
	uint32_t i, sum;

	memcpy(buf, &seq, 8);
	for (i = 12; i < len; i++)
		buf[i] = (unsigned char)(seq + i);
	sum = checksum(buf + 12, len - 12);
	memcpy(buf + 8, &sum, 4);
	return len;
}

static void *producer(void *arg)
{
	struct stress *s = arg;
	unsigned char buf[1024];
	uint64_t seq;
	uint32_t len;

	for (seq = 0; seq < STRESS_RECORDS; seq++) {
		len = make_record(buf, seq);
		while (ring_put(s->r, (uint16_t)(seq & 0x7fff), 0, buf, len) < 0)
			ring_wait_space(s->r, len, 100);
		/* publish in uneven batches to exercise both wake paths */
		if ((seq % 7) == 0)
			ring_publish(s->r);
	}
	ring_publish(s->r);
	return NULL;
}

static void *consumer(void *arg)
{
	struct stress *s = arg;
	const struct ring_rec *rec;
	uint64_t cur, seq, n;
	uint32_t sum;

	while (s->consumed < STRESS_RECORDS) {
		if (!ring_wait_data(s->r, 100))
			continue;
		cur = 0;
		n = 0;
		while ((rec = ring_next(s->r, &cur))) {
			memcpy(&seq, rec->data, 8);
			memcpy(&sum, rec->data + 8, 4);
			if (seq != s->consumed || rec->type != (seq & 0x7fff) ||
			    sum != checksum((const unsigned char *)rec->data + 12, rec->len - 12))
				s->bad++;
			s->consumed++;
			n++;
		}
		ring_release(s->r, cur, n);
	}
	return NULL;
}

START_TEST(test_two_thread_stress)
{
	struct stress s = { .r = ring_create(256 * 1024) };
	pthread_t p, c;
	struct ring_stats st;
	struct timespec t0, t1;
	double secs;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	pthread_create(&c, NULL, consumer, &s);
	pthread_create(&p, NULL, producer, &s);
	pthread_join(p, NULL);
	pthread_join(c, NULL);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	secs = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	ring_get_stats(s.r, &st);
	printf("ring stress: %llu records in %.2fs (%.1f M rec/s), %llu consumer wakeups, "
	       "%llu full waits, high water %zu/%zu bytes, %llu bad\n",
	       (unsigned long long)s.consumed, secs, s.consumed / secs / 1e6,
	       (unsigned long long)st.consumer_wakeups, (unsigned long long)st.full_waits,
	       st.high_water, st.capacity, (unsigned long long)s.bad);
	ck_assert_uint_eq(s.bad, 0);
	ck_assert_uint_eq(s.consumed, STRESS_RECORDS);
	ck_assert_uint_eq(st.records_in, STRESS_RECORDS);
	ck_assert_uint_eq(st.records_out, STRESS_RECORDS);
	/* batched wakeups: far fewer than one per record */
	ck_assert_uint_lt(st.consumer_wakeups, STRESS_RECORDS / 4);
	ring_destroy(s.r);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("ring");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_put_next_release);
	tcase_add_test(tc, test_full_then_wrap);
	tcase_add_test(tc, test_oversized_refused);
	tcase_add_test(tc, test_every_type_is_a_record);
	tcase_add_test(tc, test_wait_data_timeout_and_kick);
	tcase_add_test(tc, test_two_thread_stress);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
