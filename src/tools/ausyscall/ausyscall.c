/* ausyscall - syscall names <-> numbers for an arch: audit 3.0.9's
 * ausyscall, byte for byte (the project's spec of the tools, section 5),
 * on vigil's syscall tables (tables.h). ausyscall(8) says what it does.
 *
 * The words come in any order, three at most: a number (it starts with a
 * digit), an arch (a machine name, b32 or b64), --dump, --exact, or else
 * the syscall name. A name wins over a number; --dump wins over both.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/utsname.h>

#include "tables.h"

/* the numbers a substring search walks and the ones --dump walks */
#define SEARCH_LIMIT	1400
#define DUMP_LIMIT	8192

struct args {
	const char *name;
	int number;		/* -1: none (as an int, like strtol's
				 * overflow cut to 32 bits) */
	uint32_t arch;		/* 0: none */
	int dump, exact;
};

static void usage(void)
{
	fputs("usage: ausyscall [arch] name | number | --dump | --exact\n",
	      stderr);
	exit(1);
}

static void refuse(const char *msg)
{
	fputs(msg, stderr);
	usage();
}

static uint32_t running_arch(void)
{
	struct utsname u;

	if (uname(&u) < 0)
		return 0;
	return tables_arch_number(u.machine);
}

/* An arch word: a machine name, or b32/b64 for the running machine's
 * width (case-insensitively, as the names). 0 when the word is not one. */
static uint32_t arch_word(const char *w)
{
	uint32_t native;

	if (strcasecmp(w, "b32") && strcasecmp(w, "b64"))
		return tables_arch_number(w);
	native = running_arch();
	return native ? tables_arch_biarch(native, w[1] == '3' ? 32 : 64) : 0;
}

static void parse(struct args *a, int argc, char **argv)
{
	int i;

	for (i = 1; i < argc; i++) {
		const char *w = argv[i];
		uint32_t arch;

		if (isdigit((unsigned char)w[0])) {
			if (a->number != -1)
				refuse("Two syscall numbers not allowed\n");
			/* the number is the long cut to an int */
			a->number = (int)strtol(w, NULL, 10);
		} else if (strcmp(w, "--dump") == 0) {
			a->dump = 1;
		} else if (strcmp(w, "--exact") == 0) {
			a->exact = 1;
		} else if ((arch = arch_word(w)) != 0) {
			if (a->arch)
				refuse("Two machine types not allowed\n");
			a->arch = arch;
		} else if (strcmp(w, "alpha") == 0) {
			fputs("Alpha processor support is deprecated\n", stderr);
			exit(1);
		} else if (strcmp(w, "ia64") == 0) {
			/* said, then the word is forgotten */
			fputs("IA64 processor support is deprecated\n", stderr);
		} else {
			if (a->name)
				refuse("Two syscall names not allowed\n");
			a->name = w;
		}
	}
}

static int dump(uint32_t arch, const char *mname)
{
	int nr;

	printf("Using %s syscall table:\n", mname);
	for (nr = 0; nr < DUMP_LIMIT; nr++) {
		const char *s = tables_syscall_name(arch, nr);

		if (s)
			printf("%d\t%s\n", nr, s);
	}
	return 0;
}

static int by_name(const struct args *a, const char *mname)
{
	int nr, found = 0;

	if (a->exact) {
		nr = tables_syscall_number(a->arch, a->name);
		if (nr >= 0) {
			printf("%d\n", nr);
			return 0;
		}
	} else {
		for (nr = 0; nr < SEARCH_LIMIT; nr++) {
			const char *s = tables_syscall_name(a->arch, nr);

			if (s && strcasestr(s, a->name)) {
				printf("%-18s %d\n", s, nr);
				found = 1;
			}
		}
		if (found)
			return 0;
	}
	fprintf(stderr, "Unknown syscall %s using %s lookup table\n", a->name,
		mname);
	return 1;
}

int main(int argc, char **argv)
{
	struct args a = { .number = -1 };
	const char *mname, *s;

	if (argc > 4)
		refuse("Too many arguments\n");
	if (argc < 2)
		usage();
	parse(&a, argc, argv);
	if (!a.arch)
		a.arch = running_arch();
	mname = a.arch ? tables_arch_name(a.arch) : NULL;
	if (!mname) {
		fputs("Unable to detect machine type\n", stderr);
		return 1;
	}
	if (a.dump)
		return dump(a.arch, mname);
	if (a.name)
		return by_name(&a, mname);
	if (a.number == -1) {
		fputs("Error - either a syscall name or number must be given "
		      "with an optional arch\n", stderr);
		return 1;
	}
	s = tables_syscall_name(a.arch, a.number);
	if (!s) {
		fprintf(stderr, "Unknown syscall %d using %s lookup table\n",
			a.number, mname);
		return 1;
	}
	printf("%s\n", s);
	return 0;
}
