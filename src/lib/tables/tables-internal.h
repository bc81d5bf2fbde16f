/* tables-internal.h - shapes shared by the generated tables in src/lib/tables/.
 * Not part of the public tables.h contract: only src/lib/tables/ includes it. */
#ifndef VIGIL_TABLES_INTERNAL_H
#define VIGIL_TABLES_INTERNAL_H

#include <stdint.h>

/* A name and the number it stands for, kept sorted case-insensitively by
 * name so that name -> number is a binary search. */
struct tables_name_nr {
	const char *name;
	int nr;
};

/* One architecture's syscall table: names indexed by number (NULL for
 * holes) and the same entries sorted by name. */
struct tables_syscalls {
	const char *const *names;
	int count;
	const struct tables_name_nr *byname;
	int nbyname;
};

extern const struct tables_syscalls tables_syscalls_x86_64;
extern const struct tables_syscalls tables_syscalls_i386;
extern const struct tables_syscalls tables_syscalls_aarch64;
extern const struct tables_syscalls tables_syscalls_arm;
extern const struct tables_syscalls tables_syscalls_ppc;
extern const struct tables_syscalls tables_syscalls_s390;
extern const struct tables_syscalls tables_syscalls_s390x;

/* Message type name -> number (case-insensitive), -1 if unknown. */
int tables_msgtype_search(const char *name);

/* Binary search in a case-insensitively sorted name table; -1 if absent. */
int tables_name_search(const struct tables_name_nr *tab, int n,
		       const char *name);

#endif
