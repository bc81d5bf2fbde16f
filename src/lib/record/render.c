/* render.c - one audit record -> the line auditd 3.0.9 writes (format.h).
 *
 * RAW is auditd's format_raw(): "type=NAME msg=PAYLOAD", an optional
 * "node=NAME " prefix, '\n' turned into ' ', one trailing space trimmed,
 * truncated where its snprintf() would truncate.
 *
 * ENRICHED is its format_enrich(): the RAW text is read back the way
 * libauparse 3.0.9 reads a log line (record_parse(), parse.c), and every
 * field auparse classifies as UID, GID, SYSCALL, ARCH or SOCKADDR is
 * appended after one 0x1D byte as NAME=value (interp.c, names.c), within
 * auditd's buffer budget.
 *
 * Every rule here was checked against Debian's auditd 3.0.9 and its
 * libauparse.so.0 (see tests/data/oracle/): where auditd's behaviour is odd
 * it is reproduced on purpose, and the comment next to it says what it is.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>

#include "format.h"
#include "util.h"
#include "record-internal.h"

/* auditd's buffers (MAX_AUDIT_MESSAGE_LENGTH is 8970). */
#define FMT_RAW_CAP		8937	/* snprintf(buf, 8970 - 32, ...) */
#define FMT_RAW_CAP_NODE	9192	/* snprintf(buf, FMT_BUF_LEN - 32, ...) */
#define FMT_BUF_LEN		9225	/* 8970 + _POSIX_HOST_NAME_MAX */
#define FMT_STORED_MAX		8969	/* the stored message is cut here */
#define FMT_MIN_SPACE		24	/* no enrichment with this little room */
#define FMT_NAME_MAX		63	/* upper-cased field names */

/* auditd would take any name; one longer than a line cannot be written
 * sensibly and would overrun out[], so it is refused. */
#define FMT_NODE_MAX		4096

#define AUDIT_EOE		1320

struct format_ctx {
	enum format_log log;
	char *node;
	size_t node_len;
	uint32_t host_arch;	/* auparse's audit_detect_machine() */
	struct names *names;
	struct record_field fields[RECORD_FIELDS_FOR(FMT_BUF_LEN)];
	char value[2 * FMT_BUF_LEN + 64];	/* a value being rendered */
	char encoded[4 * FMT_BUF_LEN + 64];	/* ... and its encoding */
};

/* ---- configuration ---- */

struct format_ctx *format_create(const struct names_lookup *lookup)
{
	struct format_ctx *ctx = calloc(1, sizeof(*ctx));
	struct utsname uts;

	if (ctx == NULL)
		return NULL;
	ctx->names = names_create(lookup);
	if (ctx->names == NULL) {
		free(ctx);
		return NULL;
	}
	ctx->log = FORMAT_LOG_RAW;
	/* auparse falls back on the running machine when a record has no
	 * usable arch= of its own */
	if (uname(&uts) == 0)
		ctx->host_arch = tables_arch_number(uts.machine);
	return ctx;
}

void format_destroy(struct format_ctx *ctx)
{
	if (ctx == NULL)
		return;
	names_destroy(ctx->names);
	free(ctx->node);
	free(ctx);
}

void format_set_log(struct format_ctx *ctx, enum format_log log)
{
	ctx->log = log;
}

int format_set_node(struct format_ctx *ctx, const char *node)
{
	char *copy = NULL;

	if (node && strlen(node) > FMT_NODE_MAX) {
		errno = EINVAL;
		return -1;
	}
	if (node) {
		copy = strdup(node);
		if (copy == NULL)
			return -1;
	}
	free(ctx->node);
	ctx->node = copy;
	ctx->node_len = copy ? strlen(copy) : 0;
	return 0;
}

/* ---- RAW ---- */

/* A record may carry '\n' bytes (a user message, a socket path); the log
 * is read line by line, so each becomes a space. */
static void blank_newlines(char *p, const char *end)
{
	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL)
		*p++ = ' ';
}

/* "[node=N ]type=NAME msg=": returns the end; *type_at is where the type
 * name went, *type_len its length. Inline in the RAW path, which is little
 * more than this. */
static inline __attribute__((always_inline)) char *
put_head(const struct format_ctx *ctx, unsigned type, char *out,
	 char **type_at, size_t *type_len)
{
	const char *name = tables_msgtype_name(type);
	char unknown[32];
	size_t nlen;
	char *p;

	if (name) {
		nlen = strlen(name);
	} else {
		p = PUT_LIT(unknown, "UNKNOWN[");
		p = put_long(p, (int)type);
		*p++ = ']';
		name = unknown;
		nlen = (size_t)(p - unknown);
	}
	/* the head always fits: the node name is bounded by FMT_NODE_MAX */
	p = out;
	if (ctx->node) {
		p = PUT_LIT(p, "node=");
		p = put(p, ctx->node, ctx->node_len);
		*p++ = ' ';
	}
	p = PUT_LIT(p, "type=");
	*type_at = p;
	*type_len = nlen;
	p = put(p, name, nlen);
	return PUT_LIT(p, " msg=");
}

/* The payload's length as "%.*s" prints it: up to a NUL, at most the
 * kernel's limit. */
static size_t payload_len(const char *payload, size_t len)
{
	if (len > FORMAT_PAYLOAD_MAX)
		len = FORMAT_PAYLOAD_MAX;
	return strnlen(payload, len);
}

/* format_raw(): returns the length of the text in out (no newline). */
static size_t format_raw(const struct format_ctx *ctx, unsigned type,
			 const char *payload, size_t len, char *out,
			 char **type_at, size_t *type_len)
{
	size_t plen, total, cap, head;
	char *p, *end;

	if (payload == NULL) {
		payload = "lost";
		len = 4;
	}
	plen = payload_len(payload, len);
	cap = ctx->node ? FMT_RAW_CAP_NODE : FMT_RAW_CAP;
	p = put_head(ctx, type, out, type_at, type_len);
	head = (size_t)(p - out);
	total = head + plen;
	if (head > cap)
		head = cap;
	if (total > cap)
		plen = cap - head;
	p = put(out + head, payload, plen);
	end = p;

	blank_newlines(out, end);
	/* auditd trims with the untruncated length: a cut line keeps its
	 * last character whatever it is */
	if (total <= cap && total > 0 && out[total - 1] == ' ')
		return total - 1;
	return (size_t)(end - out);
}

size_t format_plugin_raw(const struct format_ctx *ctx, unsigned type,
			 const char *payload, size_t len, char *out)
{
	size_t plen, type_len;
	char *type_at, *p;

	if (payload == NULL) {
		payload = "lost";
		len = 4;
	}
	plen = payload_len(payload, len);
	p = put_head(ctx, type, out, &type_at, &type_len);
	blank_newlines(p, put(p, payload, plen));
	return (size_t)(p - out) + plen;
}

/* ---- ENRICHED ---- */

/* Record types around which auditd flushes auparse's uid/gid caches so
 * that account changes show up: before ADD_USER/ADD_GROUP, after
 * USER_MGMT, DEL_USER, DEL_GROUP and GRP_MGMT. */
static bool flush_before(int rtype)
{
	return rtype == 1114 || rtype == 1116;
}

static bool flush_after(int rtype)
{
	return rtype == 1102 || rtype == 1115 || rtype == 1117 ||
	       rtype == 1132;
}

/* Render one field's value (not encoded for UID/GID: see emit_fields). */
static size_t render_value(struct format_ctx *ctx, const struct record *r,
			   const struct record_field *f,
			   enum tables_field_kind kind, char *out)
{
	const char *name = r->line + f->name, *v = r->line + f->val;
	size_t vlen = f->val_len;
	const char *iv, *fixed;
	size_t ivlen;

	if (r->interp && record_interp_find(r, name, f->name_len, &iv, &ivlen) &&
	    !(ivlen >= 8 && memcmp(iv, "unknown-", 8) == 0)) {
		if (kind == TABLES_FIELD_UID || kind == TABLES_FIELD_GID) {
			size_t n = interp_escaped(iv, ivlen, ctx->value);

			return (size_t)(interp_encode(out, ctx->value, n) - out);
		}
		memcpy(out, iv, ivlen);
		return ivlen;
	}
	switch (kind) {
	case TABLES_FIELD_UID:
	case TABLES_FIELD_GID:
		fixed = interp_id_fixed(v, vlen, &ivlen);
		if (fixed) {
			memcpy(out, fixed, ivlen);
			return ivlen;
		}
		return (size_t)(interp_id(out, ctx->names,
					  kind == TABLES_FIELD_GID, v, vlen) - out);
	case TABLES_FIELD_SYSCALL:
		return (size_t)(interp_syscall(out, r, ctx->host_arch, v, vlen) -
				out);
	case TABLES_FIELD_ARCH:
		return (size_t)(interp_arch(out, r, v, vlen) - out);
	case TABLES_FIELD_SOCKADDR:
		return (size_t)(interp_sockaddr(out, v, vlen) - out);
	default:
		return 0;
	}
}

/* format_enrich()'s loop: a 0x1D before the first item, a space before
 * the others; an item that does not fit is skipped (after the separator
 * was written, as auditd does), and the loop ends once 24 bytes or fewer
 * are left.  Returns the length of the line. */
static size_t emit_fields(struct format_ctx *ctx, const struct record *r,
			  char *line, size_t mlen)
{
	size_t left = FMT_BUF_LEN - mlen;
	size_t i;
	int sep_done = 0;
	bool special = tables_field_rtype_special((unsigned)r->rtype);

	for (i = 0; i < r->nfields && left > FMT_MIN_SPACE; i++) {
		const struct record_field *f = &r->fields[i];
		enum tables_field_kind kind;
		char upper[FMT_NAME_MAX];
		size_t nlen = f->name_len, vlen, tlen, j;
		char *p;

		kind = (enum tables_field_kind)f->kind;
		if (kind == TABLES_FIELD_NONE)
			continue;
		if (special)
			kind = tables_field_kind_in((unsigned)r->rtype,
						    line + f->name, nlen, kind);
		if (kind == TABLES_FIELD_NONE)
			continue;
		if (sep_done == 0) {
			line[FMT_BUF_LEN - left] = RECORD_SEP;
			left--;
			sep_done = 1;
		} else {
			sep_done++;
		}
		if (nlen > FMT_NAME_MAX)
			nlen = FMT_NAME_MAX;
		for (j = 0; j < nlen; j++) {
			char c = line[f->name + j];

			upper[j] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
		}
		vlen = render_value(ctx, r, f, kind, ctx->encoded);
		/* auditd's room check: 1 + strlen("NAME=value") + 1 for
		 * ids, 1 + NAME + 1 + value + 1 for the others */
		if (kind == TABLES_FIELD_UID || kind == TABLES_FIELD_GID)
			tlen = nlen + 1 + vlen + 2;
		else
			tlen = nlen + vlen + 3;
		if (tlen >= left)
			continue;
		p = line + FMT_BUF_LEN - left;
		if (sep_done > 1)
			*p++ = ' ';
		p = put(p, upper, nlen);
		*p++ = '=';
		p = put(p, ctx->encoded, vlen);
		left = FMT_BUF_LEN - (size_t)(p - line);
	}
	return FMT_BUF_LEN - left;
}

size_t format_record(struct format_ctx *ctx, unsigned type,
		     const char *payload, size_t len, char *out)
{
	struct record r;
	char *type_at;
	size_t n, raw_len, type_len;

	if (type == AUDIT_EOE)	/* plugins only, never the log */
		return 0;
	n = format_raw(ctx, type, payload, len, out, &type_at, &type_len);
	if (ctx->log == FORMAT_LOG_ENRICHED && FMT_BUF_LEN - n > FMT_MIN_SPACE) {
		r.fields = ctx->fields;
		r.max_fields = NELEM(ctx->fields);
		if (record_parse_known(&r, out, n, type_at, type_len, (int)type,
				       PARSE_SLACK | PARSE_KINDS_ONLY) == 0) {
			if (flush_before(r.rtype))
				names_flush(ctx->names);
			raw_len = n;
			n = emit_fields(ctx, &r, out, n);
			/* auditd 3.0.9 copies a decoded socket path into
			 * SADDR= as it is, so any user who can connect() to a
			 * path with a newline starts a forged line of their
			 * own; not here */
			blank_newlines(out + raw_len, out + n);
			if (flush_after(r.rtype))
				names_flush(ctx->names);
		}
	}
	if (n > FMT_STORED_MAX)
		n = FMT_STORED_MAX;
	out[n] = '\n';
	return n + 1;
}
