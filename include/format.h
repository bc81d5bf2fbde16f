/* format.h - audit record -> log line, byte-identical to auditd 3.0.9: the
 * record library's renderer (src/lib/record/render.c, node.c).
 *
 * Pure functions over (type, payload) plus a small per-writer context that
 * holds the node name and the uid/gid name caches (names.c). No allocation
 * and no syscall per record except the NSS lookups behind a cache miss
 * (ENRICHED). Reading a line back into fields is record.h.
 */
#ifndef VIGIL_FORMAT_H
#define VIGIL_FORMAT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "record.h"

/* Kernel limit on one record's payload (MAX_AUDIT_MESSAGE_LENGTH). */
#define FORMAT_PAYLOAD_MAX	8970
/* Upper bound of one formatted line, node prefix and enrichment included. */
#define FORMAT_LINE_MAX		(2 * FORMAT_PAYLOAD_MAX + 1024)

enum format_log {
	FORMAT_LOG_RAW,
	FORMAT_LOG_ENRICHED,
};

enum format_name {
	FORMAT_NAME_NONE,
	FORMAT_NAME_HOSTNAME,
	FORMAT_NAME_FQD,
	FORMAT_NAME_NUMERIC,
	FORMAT_NAME_USER,
};

struct format_ctx;

/* The names ENRICHED writes come from lookup (record.h), or from NSS
 * (getpwuid_r/getgrgid_r) when it is NULL. */
struct format_ctx *format_create(const struct names_lookup *lookup);
void format_destroy(struct format_ctx *ctx);

/* Reconfiguration (startup and SIGHUP). node is the resolved node name or
 * NULL for none; it is copied. */
void format_set_log(struct format_ctx *ctx, enum format_log log);
int format_set_node(struct format_ctx *ctx, const char *node);

/* Resolve the node name as auditd does for name_format (hostname: spaces
 * become '_'; fqd: canonical name; numeric: first address; user: user_name).
 * Returns 0 and fills out, or -1 with a message in err (auditd's text). */
int format_resolve_node(enum format_name how, const char *user_name,
			char *out, size_t outlen, char *err, size_t errlen);

/* Format one record into out (which must hold FORMAT_LINE_MAX bytes).
 * Returns the line length including its trailing '\n', or 0 when the record
 * is not written to the log (EOE). payload is the kernel text
 * "audit(sec.msec:serial): ..." of len bytes, not NUL-terminated. */
size_t format_record(struct format_ctx *ctx, unsigned type,
		     const char *payload, size_t len, char *out);

/* The line auditd's dispatcher sends a plugin for a record in RAW:
 * "[node=N ]type=NAME msg=PAYLOAD", the payload up to a NUL with its
 * newlines blanked as in the log, but neither cut at the log's length nor
 * trimmed of a trailing space. Returns its length (no newline); out must
 * hold FORMAT_LINE_MAX bytes. */
size_t format_plugin_raw(const struct format_ctx *ctx, unsigned type,
			 const char *payload, size_t len, char *out);

#endif
