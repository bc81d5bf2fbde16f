/* auparse-oracle.c - what Debian's auditd 3.0.9 would write for a record,
 * computed with the real libauparse.so.0 / libaudit.so.1 of the auditd
 * package.  Used only to produce golden data (gen-synthetic.py); it is not
 * part of vigil and links no vigil code.
 *
 * It follows auditd 3.0.9's format_raw()/format_enrich() as read from
 * /usr/sbin/auditd's disassembly: the RAW snprintf sizes (8938 without,
 * 9193 with a node), '\n' -> ' ', trimming one trailing space using the
 * untruncated length; then one auparse state reused with
 * auparse_new_buffer(), a 0x1D before the first item, room checks against
 * a 9225-byte buffer, items skipped below 25 bytes of room, cache flushes
 * around account-changing records, and the stored line cut at 8969 bytes.
 * All of it was checked to reproduce every line of the captured logs.
 *
 * build: cc -o auparse-oracle auparse-oracle.c \
 *          /usr/lib/x86_64-linux-gnu/libauparse.so.0 \
 *          /usr/lib/x86_64-linux-gnu/libaudit.so.1
 * usage: auparse-oracle [-e] [-n node] [-f] < records > lines
 *   records: repeated { u32 type; u32 len; char payload[len]; } (host order)
 *   -f: frame each line with a u32 length (lines can hold a '\n')
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct auparse_state auparse_state_t;
auparse_state_t *auparse_init(int source, const void *b);
int auparse_new_buffer(auparse_state_t *au, const char *data, size_t len);
void auparse_set_escape_mode(auparse_state_t *au, int mode);
int auparse_first_record(auparse_state_t *au);
int auparse_next_field(auparse_state_t *au);
int auparse_get_field_type(auparse_state_t *au);
const char *auparse_get_field_name(auparse_state_t *au);
const char *auparse_interpret_field(auparse_state_t *au);
int auparse_get_type(auparse_state_t *au);
void _auparse_flush_caches(void);
char *audit_encode_nv_string(const char *name, const char *value,
			     unsigned int vlen);
const char *audit_msg_type_to_name(int type);

#define AUSOURCE_BUFFER		3
#define AUPARSE_ESC_RAW		0
#define FORMAT_BUF_LEN		9225
#define MIN_SPACE_LEFT		24

static char fb[FORMAT_BUF_LEN + 64];
static const char *node;
static auparse_state_t *au;
static int sep_done;

static void format_raw(unsigned type, const char *msg, int len)
{
	char unknown[32];
	const char *name = audit_msg_type_to_name((int)type);
	char *p;
	int n;

	if (name == NULL) {
		snprintf(unknown, sizeof(unknown), "UNKNOWN[%d]", (int)type);
		name = unknown;
	}
	if (node)
		n = snprintf(fb, 9193, "node=%s type=%s msg=%.*s", node, name,
			     len, msg);
	else
		n = snprintf(fb, 8938, "type=%s msg=%.*s", name, len, msg);
	for (p = fb; (p = strchr(p, '\n')) != NULL;)
		*p = ' ';
	if (n > 0 && n <= 9193 && fb[n - 1] == ' ')
		fb[n - 1] = 0;
}

static int add_field(size_t left, int encode)
{
	char name[64], *enc = NULL, *p;
	const char *s = auparse_get_field_name(au), *v;
	size_t nlen = 0, vlen, tlen;
	int num = 0;

	while (*s && nlen < 63)
		name[nlen++] = (char)toupper((unsigned char)*s++);
	name[nlen] = 0;
	v = auparse_interpret_field(au);
	if (v == NULL)
		v = "?";
	vlen = strlen(v);
	if (encode) {
		enc = audit_encode_nv_string(name, v, (unsigned)vlen);
		if (enc == NULL)
			return 0;
		tlen = strlen(enc) + 2;
	} else {
		tlen = nlen + vlen + 3;
	}
	if (tlen >= left) {
		free(enc);
		return 0;
	}
	p = fb + FORMAT_BUF_LEN - left;
	if (sep_done > 1) {
		*p++ = ' ';
		num = 1;
	}
	if (encode) {
		num += snprintf(p, tlen, "%s", enc);
		free(enc);
	} else {
		num += snprintf(p, tlen, "%s=%s", name, v);
	}
	return num;
}

static void format_enrich(unsigned type, const char *msg, int len)
{
	size_t mlen, left;
	char *copy;
	int rc, rtype;

	format_raw(type, msg, len);
	mlen = strlen(fb);
	left = FORMAT_BUF_LEN - mlen;
	if (left <= MIN_SPACE_LEFT)
		return;
	fb[mlen] = '\n';
	fb[mlen + 1] = 0;
	copy = strdup(fb);
	fb[mlen] = 0;
	if (au == NULL) {
		au = auparse_init(AUSOURCE_BUFFER, copy);
		auparse_set_escape_mode(au, AUPARSE_ESC_RAW);
	} else {
		auparse_new_buffer(au, copy, mlen + 1);
	}
	sep_done = 0;
	rc = auparse_first_record(au);
	rtype = auparse_get_type(au);
	if (rtype == 1114 || rtype == 1116)
		_auparse_flush_caches();
	while (rc > 0 && left > MIN_SPACE_LEFT) {
		int t = auparse_get_field_type(au);

		if ((t >= 1 && t <= 4) || t == 9) {	/* UID GID SYSCALL ARCH SOCKADDR */
			if (sep_done == 0) {
				fb[FORMAT_BUF_LEN - left] = 0x1d;
				left--;
				sep_done = 1;
			} else {
				sep_done++;
			}
			left -= (size_t)add_field(left, t <= 2);
		}
		rc = auparse_next_field(au);
	}
	if (rtype == 1102 || rtype == 1115 || rtype == 1117 || rtype == 1132)
		_auparse_flush_caches();
	free(copy);
}

int main(int argc, char **argv)
{
	static char buf[70000];
	uint32_t h[2];
	int enrich = 0, framed = 0, i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-e") == 0)
			enrich = 1;
		else if (strcmp(argv[i], "-f") == 0)
			framed = 1;
		else if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
			node = argv[++i];
	}
	while (fread(h, 4, 2, stdin) == 2) {
		size_t n;

		if (h[1] > 8970 || fread(buf, 1, h[1], stdin) != h[1])
			return 1;
		if (h[0] == 1320)	/* EOE is not written */
			continue;
		if (enrich)
			format_enrich(h[0], buf, (int)h[1]);
		else
			format_raw(h[0], buf, (int)h[1]);
		n = strlen(fb);
		if (n > 8969)
			n = 8969;
		if (framed) {
			uint32_t l = (uint32_t)n + 1;

			fwrite(&l, 4, 1, stdout);
		}
		fwrite(fb, 1, n, stdout);
		putchar('\n');
		fflush(stdout);
	}
	return 0;
}
