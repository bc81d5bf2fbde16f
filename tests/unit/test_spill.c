/* test_spill.c - the listener's spill: records come out in the order they
 * went in, whole, across chunks; the bound holds; memory is given back as
 * it empties; interleaved puts and pops (a stall draining while the kernel
 * still sends) keep the order. */
#include <check.h>

#include "unit.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "spill.h"

/* record i: type 1300 + i % 7, i % 900 bytes of a pattern naming i */
static uint32_t rec_len(unsigned i)
{
	return i % 900;
}

static void rec_fill(unsigned i, char *buf)
{
	uint32_t j;

	for (j = 0; j < rec_len(i); j++)
		buf[j] = (char)(i * 31 + j);
}

static void check_rec(const struct ring_rec *rec, unsigned i)
{
	char want[1024];

	ck_assert_ptr_nonnull(rec);
	ck_assert_uint_eq(rec->type, 1300 + i % 7);
	ck_assert_uint_eq(rec->flags, i & 1);
	ck_assert_uint_eq(rec->len, rec_len(i));
	rec_fill(i, want);
	ck_assert_int_eq(memcmp(rec->data, want, rec_len(i)), 0);
}

START_TEST(test_order_across_chunks)
{
	struct spill *s = spill_create((size_t)64 << 20);
	char buf[1024];
	unsigned i, n = 20000;	/* about 9 MB: several chunks */

	ck_assert_ptr_nonnull(s);
	ck_assert_ptr_null(spill_peek(s));
	for (i = 0; i < n; i++) {
		rec_fill(i, buf);
		ck_assert_int_eq(spill_put(s, 1300 + i % 7, i & 1, buf, rec_len(i)), 0);
	}
	ck_assert_uint_eq(spill_records(s), n);
	ck_assert_uint_gt(spill_bytes(s), (size_t)8 << 20);
	for (i = 0; i < n; i++) {
		check_rec(spill_peek(s), i);
		spill_pop(s);
	}
	ck_assert_ptr_null(spill_peek(s));
	ck_assert_uint_eq(spill_records(s), 0);
	/* one chunk is kept in use (empty), the rest given back */
	ck_assert_uint_le(spill_bytes(s), (size_t)1 << 20);
	spill_destroy(s);
}
END_TEST

START_TEST(test_bound)
{
	struct spill *s = spill_create((size_t)2 << 20);
	char buf[900];
	unsigned i = 0;

	memset(buf, 'x', sizeof(buf));
	while (spill_put(s, 1300, 0, buf, sizeof(buf)) == 0)
		i++;
	/* two chunks of 1 MiB hold a little under 2 MiB of records */
	ck_assert_uint_gt(i, 2000);
	ck_assert_uint_lt(i, 2400);
	ck_assert_uint_le(spill_bytes(s), (size_t)2 << 20);
	/* room again once the oldest chunk is read */
	while (spill_bytes(s) == (size_t)2 << 20) {
		ck_assert_ptr_nonnull(spill_peek(s));
		spill_pop(s);
	}
	ck_assert_int_eq(spill_put(s, 1300, 0, buf, sizeof(buf)), 0);
	ck_assert_int_eq(spill_put(s, 1300, 0, "", 0), 0);
	spill_destroy(s);
}
END_TEST

START_TEST(test_interleaved)
{
	struct spill *s = spill_create((size_t)8 << 20);
	char buf[1024];
	unsigned put = 0, got = 0, round;

	/* bursts in, smaller bursts out, then the drain: the order holds */
	for (round = 0; round < 300; round++) {
		unsigned k;

		for (k = 0; k < 37; k++, put++) {
			rec_fill(put, buf);
			ck_assert_int_eq(spill_put(s, 1300 + put % 7, put & 1, buf,
						   rec_len(put)), 0);
		}
		for (k = 0; k < 29 && got < put; k++, got++) {
			check_rec(spill_peek(s), got);
			spill_pop(s);
		}
	}
	for (; got < put; got++) {
		check_rec(spill_peek(s), got);
		spill_pop(s);
	}
	ck_assert_ptr_null(spill_peek(s));
	spill_destroy(s);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("spill");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_order_across_chunks);
	tcase_add_test(tc, test_bound);
	tcase_add_test(tc, test_interleaved);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
