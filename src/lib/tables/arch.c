/* arch.c - AUDIT_ARCH_* values, the machine names libaudit 3.0.9 knows for
 * them, and which syscall table each one uses.
 *
 * Facts from <linux/audit.h> (the values) and from observing Debian's
 * libaudit1 3.0.9: audit_name_to_machine() accepts exactly the names in
 * machine_names[] (case-insensitively), audit_machine_to_name() prints the
 * canonical name in arches[] (note "armeb" for 32-bit ARM: it is the name
 * libaudit prints, so it is what ENRICHED writes), and audit_syscall_to_name()
 * gives the same answers as the per-arch tables generated from ausyscall
 * (ppc, ppc64 and ppc64le share one table).  IA64 and alpha are gone from
 * 3.0.9 and so are absent here.
 */
#include <string.h>
#include <strings.h>
#include <linux/audit.h>
#include "util.h"
#include "tables.h"
#include "tables-internal.h"

struct arch {
	uint32_t arch;
	const char *name;	/* what auditd prints */
	int machine;		/* libaudit's enum machine_t */
	int bits;
	uint32_t biarch32;	/* the 32-bit companion of a 64-bit arch */
	const struct tables_syscalls *syscalls;
};

/* sorted by arch value for the binary search in find_arch() */
static const struct arch arches[] = {
	{ AUDIT_ARCH_PPC, "ppc", 4, 32, 0, &tables_syscalls_ppc },
	{ AUDIT_ARCH_S390, "s390", 6, 32, 0, &tables_syscalls_s390 },
	{ AUDIT_ARCH_I386, "i386", 0, 32, 0, &tables_syscalls_i386 },
	{ AUDIT_ARCH_ARM, "armeb", 8, 32, 0, &tables_syscalls_arm },
	{ AUDIT_ARCH_PPC64, "ppc64", 3, 64, AUDIT_ARCH_PPC,
	  &tables_syscalls_ppc },
	{ AUDIT_ARCH_S390X, "s390x", 5, 64, AUDIT_ARCH_S390,
	  &tables_syscalls_s390x },
	{ AUDIT_ARCH_PPC64LE, "ppc64le", 10, 64, AUDIT_ARCH_PPC,
	  &tables_syscalls_ppc },
	{ AUDIT_ARCH_X86_64, "x86_64", 1, 64, AUDIT_ARCH_I386,
	  &tables_syscalls_x86_64 },
	{ AUDIT_ARCH_AARCH64, "aarch64", 9, 64, AUDIT_ARCH_ARM,
	  &tables_syscalls_aarch64 },
};

/* every spelling auditctl's -F arch= / uname machine lookup accepts,
 * sorted case-insensitively */
static const struct tables_name_nr machine_names[] = {
	{ "aarch64", (int)AUDIT_ARCH_AARCH64 },
	{ "arm", (int)AUDIT_ARCH_ARM },
	{ "armeb", (int)AUDIT_ARCH_ARM },
	{ "armv5tejl", (int)AUDIT_ARCH_ARM },
	{ "armv5tel", (int)AUDIT_ARCH_ARM },
	{ "armv6l", (int)AUDIT_ARCH_ARM },
	{ "armv7l", (int)AUDIT_ARCH_ARM },
	{ "armv8l", (int)AUDIT_ARCH_AARCH64 },
	{ "i386", (int)AUDIT_ARCH_I386 },
	{ "i486", (int)AUDIT_ARCH_I386 },
	{ "i586", (int)AUDIT_ARCH_I386 },
	{ "i686", (int)AUDIT_ARCH_I386 },
	{ "ppc", (int)AUDIT_ARCH_PPC },
	{ "ppc64", (int)AUDIT_ARCH_PPC64 },
	{ "ppc64le", (int)AUDIT_ARCH_PPC64LE },
	{ "s390", (int)AUDIT_ARCH_S390 },
	{ "s390x", (int)AUDIT_ARCH_S390X },
	{ "x86_64", (int)AUDIT_ARCH_X86_64 },
};


static const struct arch *find_arch(uint32_t arch)
{
	size_t lo = 0, hi = NELEM(arches);

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (arches[mid].arch == arch)
			return &arches[mid];
		if (arches[mid].arch < arch)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const char *tables_arch_name(uint32_t arch)
{
	const struct arch *a = find_arch(arch);

	return a ? a->name : NULL;
}

uint32_t tables_arch_number(const char *name)
{
	int i = tables_name_search(machine_names, NELEM(machine_names), name);

	return i < 0 ? 0 : (uint32_t)machine_names[i].nr;
}

int tables_arch_machine(uint32_t arch)
{
	const struct arch *a = find_arch(arch);

	return a ? a->machine : -1;
}

uint32_t tables_arch_biarch(uint32_t native, int bits)
{
	const struct arch *a = find_arch(native);

	if (a == NULL)
		return 0;
	if (bits == a->bits)
		return a->arch;
	if (bits == 32 && a->bits == 64)
		return a->biarch32;
	return 0;
}

const char *tables_syscall_name(uint32_t arch, int nr)
{
	const struct arch *a = find_arch(arch);

	if (a == NULL || nr < 0 || nr >= a->syscalls->count)
		return NULL;
	return a->syscalls->names[nr];
}

int tables_syscall_number(uint32_t arch, const char *name)
{
	const struct arch *a = find_arch(arch);
	int i;

	if (a == NULL)
		return -1;
	i = tables_name_search(a->syscalls->byname, a->syscalls->nbyname, name);
	return i < 0 ? -1 : a->syscalls->byname[i].nr;
}
