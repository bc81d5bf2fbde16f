/* tables.h - facts as data: message types, architectures, syscalls, field kinds.
 * The tables live in src/tables/; each file says how it was produced. */
#ifndef VIGIL_TABLES_H
#define VIGIL_TABLES_H

#include <stdint.h>

/* Message type number -> name as auditd writes it ("SYSCALL"), NULL if unknown. */
const char *tables_msgtype_name(unsigned type);
/* Name (case-insensitive), "UNKNOWN[n]" or decimal -> number, -1 if unknown. */
int tables_msgtype_number(const char *name);

/* AUDIT_ARCH_* value -> machine name ("x86_64", "i386"), NULL if unknown. */
const char *tables_arch_name(uint32_t arch);
/* Machine name -> AUDIT_ARCH_* value; 0 if unknown. */
uint32_t tables_arch_number(const char *name);

/* Syscall number -> name for an AUDIT_ARCH_* value, NULL if unknown. */
const char *tables_syscall_name(uint32_t arch, int nr);
/* Syscall name -> number for an arch, -1 if unknown. */
int tables_syscall_number(uint32_t arch, const char *name);

#endif
