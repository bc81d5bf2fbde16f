/* interp-oracle.c - how Debian's libauparse.so.0 (auditd 3.0.9) interprets
 * a syscall argument, asked the way `auditctl -l -i` asks it: the
 * argument's name ("a0".."a3") and value as lower-case hex without 0x,
 * the machine and syscall number, and the rule's a0/a1 seen so far.
 * Used only by gen-interp.py and interp-diff.py to produce and check
 * vigil's tables; it is not part of vigil and links no vigil code. The
 * two functions and the struct are libauparse's public interface
 * (auparse.h, auparse-idata.h).
 *
 * build: cc -o interp-oracle interp-oracle.c \
 *          /usr/lib/x86_64-linux-gnu/libauparse.so.0 \
 *          /usr/lib/x86_64-linux-gnu/libaudit.so.1
 * input lines: MACHINE SYSCALL ARGN VALHEX [A0HEX A1HEX]
 * output lines: the interpretation
 */
#include <stdio.h>
#include <stdlib.h>

typedef struct _idata {
	unsigned int machine;
	int syscall;
	unsigned long long a0;
	unsigned long long a1;
	const char *cwd;
	const char *name;
	const char *val;
} idata;

int auparse_interp_adjust_type(int rtype, const char *name, const char *val);
char *auparse_do_interpretation(int type, const idata *id, int escape_mode);

#define AUDIT_SYSCALL	1300
#define AUPARSE_ESC_RAW	0

int main(void)
{
	char line[512];

	while (fgets(line, sizeof(line), stdin)) {
		unsigned machine;
		int syscall, argn, type;
		unsigned long long a0 = 0, a1 = 0;
		char val[128], name[8];
		idata id;
		char *out;

		if (sscanf(line, "%u %d %d %127s %llx %llx", &machine, &syscall,
			   &argn, val, &a0, &a1) < 4)
			continue;
		snprintf(name, sizeof(name), "a%d", argn);
		id = (idata){ machine, syscall, a0, a1, NULL, name, val };
		type = auparse_interp_adjust_type(AUDIT_SYSCALL, name, val);
		out = auparse_do_interpretation(type, &id, AUPARSE_ESC_RAW);
		printf("%s\n", out ? out : "(null)");
		free(out);
	}
	return 0;
}
