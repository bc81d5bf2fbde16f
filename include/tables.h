/* tables.h - facts as data: message types, architectures, syscalls, field kinds.
 * The tables live in src/lib/tables/; each file says how it was produced. */
#ifndef VIGIL_TABLES_H
#define VIGIL_TABLES_H

#include <stddef.h>
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

/* b32/b64 for a native AUDIT_ARCH_* value (auditctl -F arch=b32 on an
 * x86_64 host means i386); 0 if that width has no arch there. */
uint32_t tables_arch_biarch(uint32_t native, int bits);
/* libaudit's machine number for an arch (i386 0 ... aarch64 9, ppc64le 10),
 * -1 if unknown.  ENRICHED ARCH= depends on it (see record/interp.c). */
int tables_arch_machine(uint32_t arch);

/* How auparse 3.0.9 classifies a field for enrichment.  Only these kinds
 * are written by ENRICHED; everything else is TABLES_FIELD_NONE. */
enum tables_field_kind {
	TABLES_FIELD_NONE,
	TABLES_FIELD_UID,
	TABLES_FIELD_GID,
	TABLES_FIELD_SYSCALL,
	TABLES_FIELD_ARCH,
	TABLES_FIELD_SOCKADDR,
};

/* Kind of field name (len bytes, not NUL-terminated) in any record. */
enum tables_field_kind tables_field_kind(const char *name, size_t len);
/* The kind in a record of message type rtype, given its base kind: a few
 * record types reclassify fields (id is a GID in group records, ...). */
enum tables_field_kind tables_field_kind_in(unsigned rtype, const char *name,
					   size_t len,
					   enum tables_field_kind base);

/* Whether tables_field_kind_in() can differ from the base kind for rtype
 * (false for almost every record: callers skip the per-field call). */
int tables_field_rtype_special(unsigned rtype);

/* errno number -> name ("EACCES"; the primary name for an alias), NULL if
 * unknown.  Generated from the kernel's asm-generic headers (errno.c). */
const char *tables_errno_name(int nr);
/* errno name (case-insensitive, aliases such as EWOULDBLOCK too) -> number,
 * -1 if unknown. */
int tables_errno_number(const char *name);

#endif
