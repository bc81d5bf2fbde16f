/* test_tables.c - the data tables: message types, arches, syscalls, field
 * kinds. (The interpretation tables are test_record.c's.) */
#include <check.h>

#include "unit.h"
#include <stdlib.h>
#include <string.h>
#include <linux/audit.h>
#include "tables.h"

START_TEST(msgtype_names)
{
	ck_assert_str_eq(tables_msgtype_name(1300), "SYSCALL");
	ck_assert_str_eq(tables_msgtype_name(1320), "EOE");
	ck_assert_str_eq(tables_msgtype_name(1327), "PROCTITLE");
	ck_assert_str_eq(tables_msgtype_name(1005), "USER");
	ck_assert_str_eq(tables_msgtype_name(1100), "USER_AUTH");
	ck_assert_str_eq(tables_msgtype_name(1200), "DAEMON_START");
	ck_assert_str_eq(tables_msgtype_name(1209), "DAEMON_ERR");
	ck_assert_str_eq(tables_msgtype_name(1701), "ANOM_ABEND");
	ck_assert_str_eq(tables_msgtype_name(2100), "ANOM_LOGIN_FAILURES");
	ck_assert_str_eq(tables_msgtype_name(2507), "VIRT_MIGRATE_OUT");
	/* kernel types libaudit 3.0.9 does not name: written UNKNOWN[n] */
	ck_assert_str_eq(tables_msgtype_name(1334), "BPF");
	ck_assert_ptr_null(tables_msgtype_name(1338));
	ck_assert_ptr_null(tables_msgtype_name(1000));
	ck_assert_ptr_null(tables_msgtype_name(0));
	ck_assert_ptr_null(tables_msgtype_name(2999));
	ck_assert_ptr_null(tables_msgtype_name(70000));
}
END_TEST

START_TEST(msgtype_numbers)
{
	unsigned t;
	int named = 0;

	for (t = 0; t < 70000; t++) {
		const char *n = tables_msgtype_name(t);

		if (n == NULL)
			continue;
		named++;
		ck_assert_int_eq(tables_msgtype_number(n), (int)t);
	}
	ck_assert_int_eq(named, 195);
	ck_assert_int_eq(tables_msgtype_number("syscall"), 1300);
	ck_assert_int_eq(tables_msgtype_number("Daemon_Start"), 1200);
	ck_assert_int_eq(tables_msgtype_number("UNKNOWN[1334]"), 1334);
	ck_assert_int_eq(tables_msgtype_number("1334"), 1334);
	ck_assert_int_eq(tables_msgtype_number("12x"), 12);
	ck_assert_int_eq(tables_msgtype_number("UNKNOWN[abc]"), 0);
	ck_assert_int_eq(tables_msgtype_number("unknown[5]"), -1);
	ck_assert_int_eq(tables_msgtype_number("NO_SUCH_TYPE"), -1);
	ck_assert_int_eq(tables_msgtype_number(""), -1);
	ck_assert_int_eq(tables_msgtype_number("-1"), -1);
}
END_TEST

START_TEST(arch_names)
{
	static const struct {
		uint32_t arch;
		const char *name;
		int machine;
	} known[] = {
		{ AUDIT_ARCH_I386, "i386", 0 },
		{ AUDIT_ARCH_X86_64, "x86_64", 1 },
		{ AUDIT_ARCH_PPC64, "ppc64", 3 },
		{ AUDIT_ARCH_PPC, "ppc", 4 },
		{ AUDIT_ARCH_S390X, "s390x", 5 },
		{ AUDIT_ARCH_S390, "s390", 6 },
		{ AUDIT_ARCH_ARM, "armeb", 8 },
		{ AUDIT_ARCH_AARCH64, "aarch64", 9 },
		{ AUDIT_ARCH_PPC64LE, "ppc64le", 10 },
	};
	size_t i;

	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		ck_assert_str_eq(tables_arch_name(known[i].arch), known[i].name);
		ck_assert_uint_eq(tables_arch_number(known[i].name),
				  known[i].arch);
		ck_assert_int_eq(tables_arch_machine(known[i].arch),
				 known[i].machine);
	}
	ck_assert_ptr_null(tables_arch_name(0x28));	/* ARM without LE */
	ck_assert_ptr_null(tables_arch_name(0xc0000032));	/* ia64: gone */
	ck_assert_int_eq(tables_arch_machine(0), -1);
	/* every spelling auditctl accepts */
	ck_assert_uint_eq(tables_arch_number("i686"), AUDIT_ARCH_I386);
	ck_assert_uint_eq(tables_arch_number("I386"), AUDIT_ARCH_I386);
	ck_assert_uint_eq(tables_arch_number("armv7l"), AUDIT_ARCH_ARM);
	ck_assert_uint_eq(tables_arch_number("arm"), AUDIT_ARCH_ARM);
	ck_assert_uint_eq(tables_arch_number("armv8l"), AUDIT_ARCH_AARCH64);
	ck_assert_uint_eq(tables_arch_number("X86_64"), AUDIT_ARCH_X86_64);
	ck_assert_uint_eq(tables_arch_number("b64"), 0);
	ck_assert_uint_eq(tables_arch_number("arm64"), 0);
	/* b32/b64 relative to the native arch */
	ck_assert_uint_eq(tables_arch_biarch(AUDIT_ARCH_X86_64, 64),
			  AUDIT_ARCH_X86_64);
	ck_assert_uint_eq(tables_arch_biarch(AUDIT_ARCH_X86_64, 32),
			  AUDIT_ARCH_I386);
	ck_assert_uint_eq(tables_arch_biarch(AUDIT_ARCH_AARCH64, 32),
			  AUDIT_ARCH_ARM);
	ck_assert_uint_eq(tables_arch_biarch(AUDIT_ARCH_PPC64LE, 32),
			  AUDIT_ARCH_PPC);
	ck_assert_uint_eq(tables_arch_biarch(AUDIT_ARCH_S390X, 32),
			  AUDIT_ARCH_S390);
	ck_assert_uint_eq(tables_arch_biarch(AUDIT_ARCH_I386, 64), 0);
	ck_assert_uint_eq(tables_arch_biarch(0, 64), 0);
}
END_TEST

START_TEST(syscalls)
{
	ck_assert_str_eq(tables_syscall_name(AUDIT_ARCH_X86_64, 0), "read");
	ck_assert_str_eq(tables_syscall_name(AUDIT_ARCH_X86_64, 59), "execve");
	ck_assert_str_eq(tables_syscall_name(AUDIT_ARCH_X86_64, 110), "getppid");
	ck_assert_str_eq(tables_syscall_name(AUDIT_ARCH_I386, 11), "execve");
	ck_assert_str_eq(tables_syscall_name(AUDIT_ARCH_I386, 64), "getppid");
	ck_assert_str_eq(tables_syscall_name(AUDIT_ARCH_I386, 102), "socketcall");
	ck_assert_str_eq(tables_syscall_name(AUDIT_ARCH_I386, 117), "ipc");
	ck_assert_str_eq(tables_syscall_name(AUDIT_ARCH_AARCH64, 56), "openat");
	ck_assert_str_eq(tables_syscall_name(AUDIT_ARCH_ARM, 1), "exit");
	ck_assert_str_eq(tables_syscall_name(AUDIT_ARCH_PPC64LE, 102),
			 "socketcall");
	ck_assert_str_eq(tables_syscall_name(AUDIT_ARCH_S390X, 11), "execve");
	ck_assert_ptr_null(tables_syscall_name(AUDIT_ARCH_X86_64, -1));
	ck_assert_ptr_null(tables_syscall_name(AUDIT_ARCH_X86_64, 9999));
	ck_assert_ptr_null(tables_syscall_name(AUDIT_ARCH_X86_64, 335));	/* hole */
	ck_assert_ptr_null(tables_syscall_name(0xc0000032, 1));
	ck_assert_int_eq(tables_syscall_number(AUDIT_ARCH_X86_64, "execve"), 59);
	ck_assert_int_eq(tables_syscall_number(AUDIT_ARCH_X86_64, "OPEN"), 2);
	ck_assert_int_eq(tables_syscall_number(AUDIT_ARCH_I386, "execve"), 11);
	ck_assert_int_eq(tables_syscall_number(AUDIT_ARCH_X86_64, "_sysctl"), 156);
	ck_assert_int_eq(tables_syscall_number(AUDIT_ARCH_X86_64, "socketcall"), -1);
	ck_assert_int_eq(tables_syscall_number(0, "read"), -1);
}
END_TEST

/* name -> number -> name holds for every entry of every table */
START_TEST(syscall_round_trip)
{
	static const uint32_t arches[] = {
		AUDIT_ARCH_X86_64, AUDIT_ARCH_I386, AUDIT_ARCH_AARCH64,
		AUDIT_ARCH_ARM, AUDIT_ARCH_PPC, AUDIT_ARCH_S390,
		AUDIT_ARCH_S390X,
	};
	static const int counts[] = { 362, 440, 306, 412, 426, 382, 348 };
	size_t a;

	for (a = 0; a < sizeof(arches) / sizeof(arches[0]); a++) {
		int nr, named = 0;

		for (nr = 0; nr < 1000; nr++) {
			const char *n = tables_syscall_name(arches[a], nr);

			if (n == NULL)
				continue;
			named++;
			ck_assert_int_eq(tables_syscall_number(arches[a], n), nr);
		}
		ck_assert_int_eq(named, counts[a]);
	}
}
END_TEST

START_TEST(field_kinds)
{
	static const struct {
		const char *name;
		enum tables_field_kind kind;
	} known[] = {
		{ "auid", TABLES_FIELD_UID }, { "uid", TABLES_FIELD_UID },
		{ "euid", TABLES_FIELD_UID }, { "suid", TABLES_FIELD_UID },
		{ "fsuid", TABLES_FIELD_UID }, { "ouid", TABLES_FIELD_UID },
		{ "oauid", TABLES_FIELD_UID }, { "old-auid", TABLES_FIELD_UID },
		{ "iuid", TABLES_FIELD_UID }, { "id", TABLES_FIELD_UID },
		{ "inode_uid", TABLES_FIELD_UID }, { "sauid", TABLES_FIELD_UID },
		{ "obj_uid", TABLES_FIELD_UID }, { "gid", TABLES_FIELD_GID },
		{ "egid", TABLES_FIELD_GID }, { "sgid", TABLES_FIELD_GID },
		{ "fsgid", TABLES_FIELD_GID }, { "ogid", TABLES_FIELD_GID },
		{ "igid", TABLES_FIELD_GID }, { "inode_gid", TABLES_FIELD_GID },
		{ "new_gid", TABLES_FIELD_GID }, { "obj_gid", TABLES_FIELD_GID },
		{ "syscall", TABLES_FIELD_SYSCALL },
		{ "arch", TABLES_FIELD_ARCH },
		{ "saddr", TABLES_FIELD_SOCKADDR },
	};
	static const char *const others[] = {
		"", "a", "i", "d", "pid", "ppid", "ses", "acct", "exe", "key",
		"new-uid", "old-uid", "new-auid", "AUID", "Uid", "uidx", "xuid",
		"auid2", "ogi", "sgidd", "syscal", "archs", "daddr", "saddr_fam",
		"inode_uid_", "obj_gid1", "a0", "type", "node", "msg", "id_",
		"iid", "gidd", "uuid", "egidx", "inode_xid", "new_uid",
	};
	size_t i;

	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		ck_assert_int_eq(tables_field_kind(known[i].name,
						   strlen(known[i].name)),
				 known[i].kind);
	for (i = 0; i < sizeof(others) / sizeof(others[0]); i++)
		ck_assert_int_eq(tables_field_kind(others[i], strlen(others[i])),
				 TABLES_FIELD_NONE);
	/* a name is a slice, not a C string */
	ck_assert_int_eq(tables_field_kind("uidx", 3), TABLES_FIELD_UID);
}
END_TEST

START_TEST(field_kind_exceptions)
{
	/* id is a group in group management records */
	ck_assert_int_eq(tables_field_kind_in(1116, "id", 2, TABLES_FIELD_UID),
			 TABLES_FIELD_GID);
	ck_assert_int_eq(tables_field_kind_in(1117, "id", 2, TABLES_FIELD_UID),
			 TABLES_FIELD_GID);
	ck_assert_int_eq(tables_field_kind_in(1132, "id", 2, TABLES_FIELD_UID),
			 TABLES_FIELD_GID);
	ck_assert_int_eq(tables_field_kind_in(1114, "id", 2, TABLES_FIELD_UID),
			 TABLES_FIELD_UID);
	/* TRUSTED_APP: nothing */
	ck_assert_int_eq(tables_field_kind_in(1121, "uid", 3, TABLES_FIELD_UID),
			 TABLES_FIELD_NONE);
	ck_assert_int_eq(tables_field_kind_in(1121, "arch", 4, TABLES_FIELD_ARCH),
			 TABLES_FIELD_NONE);
	/* EXECVE: fields starting with 'a' are arguments */
	ck_assert_int_eq(tables_field_kind_in(1309, "auid", 4, TABLES_FIELD_UID),
			 TABLES_FIELD_NONE);
	ck_assert_int_eq(tables_field_kind_in(1309, "arch", 4, TABLES_FIELD_ARCH),
			 TABLES_FIELD_NONE);
	ck_assert_int_eq(tables_field_kind_in(1309, "uid", 3, TABLES_FIELD_UID),
			 TABLES_FIELD_UID);
	/* saddr is printed text in AVC and NETFILTER_PKT */
	ck_assert_int_eq(tables_field_kind_in(1400, "saddr", 5,
					      TABLES_FIELD_SOCKADDR),
			 TABLES_FIELD_NONE);
	ck_assert_int_eq(tables_field_kind_in(1324, "saddr", 5,
					      TABLES_FIELD_SOCKADDR),
			 TABLES_FIELD_NONE);
	ck_assert_int_eq(tables_field_kind_in(1306, "saddr", 5,
					      TABLES_FIELD_SOCKADDR),
			 TABLES_FIELD_SOCKADDR);
	ck_assert_int_eq(tables_field_kind_in(1300, "uid", 3, TABLES_FIELD_UID),
			 TABLES_FIELD_UID);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("tables");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, msgtype_names);
	tcase_add_test(tc, msgtype_numbers);
	tcase_add_test(tc, arch_names);
	tcase_add_test(tc, syscalls);
	tcase_add_test(tc, syscall_round_trip);
	tcase_add_test(tc, field_kinds);
	tcase_add_test(tc, field_kind_exceptions);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
