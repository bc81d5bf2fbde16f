/* interp-vigil.c - interp_syscall_arg() (build/libvigil.a) on the input
 * interp-oracle.c reads, for interp-diff.py: lines of MACHINE SYSCALL ARGN
 * VALHEX A0HEX A1HEX, MACHINE being libaudit's machine number; prints the
 * interpretation or 0x<hex> as auditctl -l -i would.
 * build: cc -Iinclude -o interp-vigil interp-vigil.c build/libvigil.a */
#include <stdio.h>
#include <linux/audit.h>
#include "record.h"

/* libaudit's machine numbers -> AUDIT_ARCH_* */
static const unsigned arches[] = {
	[0] = AUDIT_ARCH_I386, [1] = AUDIT_ARCH_X86_64,
	[3] = AUDIT_ARCH_PPC64, [4] = AUDIT_ARCH_PPC,
	[5] = AUDIT_ARCH_S390X, [6] = AUDIT_ARCH_S390,
	[8] = AUDIT_ARCH_ARM, [9] = AUDIT_ARCH_AARCH64,
	[10] = AUDIT_ARCH_PPC64LE,
};

int main(void)
{
	char line[512], out[INTERP_ARG_MAX];

	while (fgets(line, sizeof(line), stdin)) {
		unsigned machine, argn, val, a0 = 0, a1 = 0;
		int syscall;

		if (sscanf(line, "%u %d %u %x %x %x", &machine, &syscall, &argn,
			   &val, &a0, &a1) < 4)
			continue;
		if (machine < sizeof(arches) / sizeof(arches[0]) &&
		    interp_syscall_arg(arches[machine], syscall, argn, val, a0,
				       a1, out, sizeof(out)) >= 0)
			printf("%s\n", out);
		else
			printf("0x%x\n", val);
	}
	return 0;
}
