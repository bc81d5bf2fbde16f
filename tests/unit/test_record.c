/* test_record.c - the record library's reader and interpretation tables
 * (include/record.h): a line read into fields as auparse reads it, the
 * kernel form read the same way, the names auparse gives families and
 * calls. The lines it renders are test_format.c's.
 */
#include <check.h>

#include "unit.h"
#include <stdio.h>
#include <string.h>
#include "record.h"

static struct record_field fields[64];

static int parse(struct record *r, const char *line)
{
	r->fields = fields;
	r->max_fields = sizeof(fields) / sizeof(fields[0]);
	return record_parse(r, line, strlen(line));
}

/* field i is name=val */
static void assert_field(const struct record *r, size_t i, const char *name,
			 const char *val)
{
	const struct record_field *f = &r->fields[i];

	ck_assert_uint_lt(i, r->nfields);
	ck_assert_uint_eq(f->name_len, strlen(name));
	ck_assert_int_eq(memcmp(r->line + f->name, name, f->name_len), 0);
	ck_assert_uint_eq(f->val_len, strlen(val));
	ck_assert_int_eq(memcmp(r->line + f->val, val, f->val_len), 0);
}

START_TEST(line_fields)
{
	struct record r;

	ck_assert_int_eq(parse(&r, "type=SYSCALL msg=audit(1700000000.123:42): "
			       "arch=c000003e syscall=59 success=yes exit=0 "
			       "a0=55ed a1=1 auid=1000 comm=\"ls\" key=(null)"), 0);
	ck_assert_int_eq(r.rtype, 1300);
	ck_assert_uint_eq(r.sec, 1700000000);
	ck_assert_uint_eq(r.milli, 123);
	ck_assert_uint_eq(r.serial, 42);
	ck_assert_ptr_null(r.node);
	ck_assert_int_eq(r.machine, 1);		/* x86_64 */
	ck_assert_uint_eq(r.arch, 0xc000003e);
	ck_assert_int_eq(r.syscall, 59);
	ck_assert_uint_eq(r.a0, 0x55ed);
	ck_assert_ptr_null(r.interp);
	ck_assert_uint_eq(r.nfields, 10);
	assert_field(&r, 0, "type", "SYSCALL");
	assert_field(&r, 1, "arch", "c000003e");
	assert_field(&r, 7, "auid", "1000");
	assert_field(&r, 8, "comm", "\"ls\"");
	assert_field(&r, 9, "key", "(null)");
	ck_assert_int_eq(r.fields[1].kind, TABLES_FIELD_ARCH);
	ck_assert_int_eq(r.fields[2].kind, TABLES_FIELD_SYSCALL);
	ck_assert_int_eq(r.fields[7].kind, TABLES_FIELD_UID);
	ck_assert_int_eq(r.fields[8].kind, TABLES_FIELD_NONE);
}
END_TEST

START_TEST(line_node_user_message_interp)
{
	struct record r;

	/* node= shifts the positions; msg=' opens the message's own fields;
	 * one trailing quote is stripped; text after a 0x1D is kept apart */
	ck_assert_int_eq(parse(&r, "node=vm type=USER_LOGIN "
			       "msg=audit(1700000000.001:7): pid=1 uid=0 "
			       "msg='op=login id=1000 res=success'\x1dUID=\"root\""),
			 0);
	ck_assert_int_eq(r.rtype, 1112);
	ck_assert_uint_eq(r.node_len, 2);
	ck_assert_int_eq(memcmp(r.node, "vm", 2), 0);
	ck_assert_uint_eq(r.serial, 7);
	ck_assert_uint_eq(r.nfields, 7);
	assert_field(&r, 0, "node", "vm");
	assert_field(&r, 4, "op", "login");
	assert_field(&r, 6, "res", "success");
	ck_assert_uint_eq(r.interp_len, 10);
	{
		const char *v;
		size_t n;

		ck_assert_int_eq(record_interp_find(&r, "uid", 3, &v, &n), 1);
		ck_assert_uint_eq(n, 6);
		ck_assert_int_eq(memcmp(v, "\"root\"", 6), 0);
		ck_assert_int_eq(record_interp_find(&r, "gid", 3, &v, &n), 0);
	}
}
END_TEST

START_TEST(line_refused)
{
	struct record r;

	/* auparse drops these lines: a zero second, a millisecond of 1000,
	 * a msg= token shorter than 19 bytes */
	ck_assert_int_eq(parse(&r, "type=SYSCALL msg=audit(0.000:5): uid=0"), -1);
	ck_assert_int_eq(parse(&r, "type=SYSCALL msg=audit(1700000000.1000:5): "
			       "uid=0"), -1);
	ck_assert_int_eq(parse(&r, "type=SYSCALL msg=audit(1.1:5): uid=0"), -1);
	ck_assert_int_eq(parse(&r, ""), -1);
	/* fields past the caller's room are not kept, nothing is overrun */
	r.fields = fields;
	r.max_fields = 2;
	ck_assert_int_eq(record_parse(&r, "type=SYSCALL msg=audit(1700000000.1:5): "
				      "a=1 b=2 c=3", 52), 0);
	ck_assert_uint_eq(r.nfields, 2);
}
END_TEST

/* The kernel's form gives the fields of the line auditd writes for it,
 * without its type=. */
START_TEST(kernel_form)
{
	static const char payload[] = "audit(1700000000.123:42): arch=40000003 "
		"syscall=102 success=yes exit=0 a0=3 a1=0 uid=1000";
	struct record line, kern;
	struct record_field kfields[16];
	char text[256];
	size_t i;

	snprintf(text, sizeof(text), "type=SYSCALL msg=%s", payload);
	ck_assert_int_eq(parse(&line, text), 0);
	kern.fields = kfields;
	kern.max_fields = 16;
	ck_assert_int_eq(record_parse_kernel(&kern, 1300, payload,
					     sizeof(payload) - 1), 0);
	ck_assert_int_eq(kern.rtype, 1300);
	ck_assert_uint_eq(kern.sec, line.sec);
	ck_assert_uint_eq(kern.serial, line.serial);
	ck_assert_int_eq(kern.machine, line.machine);
	ck_assert_int_eq(kern.syscall, 102);
	ck_assert_uint_eq(kern.a0, 3);
	ck_assert_uint_eq(kern.nfields + 1, line.nfields);
	for (i = 0; i < kern.nfields; i++) {
		const struct record_field *k = &kern.fields[i];
		const struct record_field *l = &line.fields[i + 1];

		ck_assert_uint_eq(k->name_len, l->name_len);
		ck_assert_int_eq(memcmp(kern.line + k->name, line.line + l->name,
					k->name_len), 0);
		ck_assert_uint_eq(k->val_len, l->val_len);
		ck_assert_int_eq(memcmp(kern.line + k->val, line.line + l->val,
					k->val_len), 0);
		ck_assert_int_eq(k->kind, l->kind);
	}
	ck_assert_int_eq(record_parse_kernel(&kern, 1300, "audit(0.0:1): x=1", 17),
			 -1);
}
END_TEST

START_TEST(interp_names)
{
	ck_assert_ptr_null(interp_sockfam_name(0));
	ck_assert_str_eq(interp_sockfam_name(1), "local");
	ck_assert_str_eq(interp_sockfam_name(2), "inet");
	ck_assert_str_eq(interp_sockfam_name(10), "inet6");
	ck_assert_str_eq(interp_sockfam_name(16), "netlink");
	ck_assert_str_eq(interp_sockfam_name(44), "xdp");
	ck_assert_ptr_null(interp_sockfam_name(27));
	ck_assert_ptr_null(interp_sockfam_name(28));
	ck_assert_ptr_null(interp_sockfam_name(45));
	ck_assert_ptr_null(interp_sockfam_name(65535));
	ck_assert_str_eq(interp_socketcall_name(3), "connect");
	ck_assert_str_eq(interp_socketcall_name(20), "sendmmsg");
	ck_assert_ptr_null(interp_socketcall_name(0));
	ck_assert_ptr_null(interp_socketcall_name(21));
	ck_assert_ptr_null(interp_socketcall_name(-1));
	ck_assert_str_eq(interp_ipccall_name(1), "semop");
	ck_assert_str_eq(interp_ipccall_name(24), "shmctl");
	ck_assert_ptr_null(interp_ipccall_name(5));
	ck_assert_ptr_null(interp_ipccall_name(25));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("record");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, line_fields);
	tcase_add_test(tc, line_node_user_message_interp);
	tcase_add_test(tc, line_refused);
	tcase_add_test(tc, kernel_form);
	tcase_add_test(tc, interp_names);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
