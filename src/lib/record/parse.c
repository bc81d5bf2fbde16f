/* parse.c - one audit record -> its fields, read as libauparse 3.0.9 reads
 * a log line (parse_up_record() and extract_timestamp()).
 *
 * Every rule here was checked against Debian's libauparse.so.0 (see
 * tests/data/oracle/): where auparse's reading is odd it is reproduced on
 * purpose, since ENRICHED writes what auparse finds, and the comment next
 * to it says what it is. The tokenizer runs on a bit map of the line's
 * spaces and '=' signs (scan_line) and jumps from token to token.
 */
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "record-internal.h"

#define RTYPE_USER_AVC		1107
#define RTYPE_AVC		1400

/* Where a line's spaces and '=' signs are, one bit per byte. */
#define SCAN_WORDS		(RECORD_LINE_MAX / 64 + 2)

struct scan {
	uint64_t space[SCAN_WORDS];
	uint64_t equal[SCAN_WORDS];
};

#ifdef __SSE2__
static uint64_t byte_mask(const char *p, __m128i c)
{
	uint64_t m = 0;
	int i;

	for (i = 0; i < 4; i++) {
		__m128i v = _mm_loadu_si128((const __m128i *)(p + 16 * i));

		m |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v, c))
		     << (16 * i);
	}
	return m;
}
#endif

static void scan_word(struct scan *sc, size_t w, const char *p)
{
#ifdef __SSE2__
	sc->space[w] = byte_mask(p, _mm_set1_epi8(' '));
	sc->equal[w] = byte_mask(p, _mm_set1_epi8('='));
#else
	uint64_t s = 0, e = 0;
	int i;

	for (i = 0; i < 64; i++) {
		s |= (uint64_t)(p[i] == ' ') << i;
		e |= (uint64_t)(p[i] == '=') << i;
	}
	sc->space[w] = s;
	sc->equal[w] = e;
#endif
}

/* The bits past len are cleared. The last partial word is read from a
 * copy unless the caller's buffer is readable 63 bytes past len (slack):
 * then it is read in place, the cheaper way the renderer can afford. */
static void scan_line(struct scan *sc, const char *line, size_t len,
		      bool slack)
{
	size_t w, full = len / 64;

	for (w = 0; w < full; w++)
		scan_word(sc, w, line + 64 * w);
	if (len % 64 == 0)
		return;
	if (slack) {
		scan_word(sc, full, line + 64 * full);
	} else {
		char tail[64] = { 0 };

		memcpy(tail, line + 64 * full, len % 64);
		scan_word(sc, full, tail);
	}
	/* past len is whatever the buffer held: a branch on it would be
	 * one on uninitialised memory */
	sc->space[full] &= (1ULL << (len % 64)) - 1;
	sc->equal[full] &= (1ULL << (len % 64)) - 1;
}

/* First index in [from, to) whose bit is set (or clear, with flip), else to. */
static size_t scan_next(const uint64_t *m, size_t from, size_t to, bool flip)
{
	size_t w = from / 64;
	uint64_t bits;

	if (from >= to)
		return to;
	bits = (flip ? ~m[w] : m[w]) & (~0ULL << (from % 64));
	while (bits == 0) {
		if (++w * 64 >= to)
			return to;
		bits = flip ? ~m[w] : m[w];
	}
	from = w * 64 + (size_t)__builtin_ctzll(bits);
	return from < to ? from : to;
}

/* "sec.milli:serial" up to end (or a ')'): a non-zero second, a
 * millisecond below 1000, a serial that fits. */
static inline bool stamp_parse(struct record *r, const char *s, const char *end)
{
	const char *close = memchr(s, ')', (size_t)(end - s));
	const char *dot, *colon;
	bool range;

	if (close)
		end = close;
	r->sec = parse_ul(s, (size_t)(end - s), 10, ~0UL, &range);
	if (range || r->sec == 0)
		return false;
	dot = memchr(s, '.', (size_t)(end - s));
	if (dot) {
		s = dot + 1;
		unsigned long long milli = parse_ul(s, (size_t)(end - s), 10,
						    ~0UL, &range);

		if (range || milli > 999)
			return false;
		r->milli = (unsigned)milli;
	}
	colon = memchr(s, ':', (size_t)(end - s));
	if (colon) {
		r->serial = parse_ul(colon + 1, (size_t)(end - colon - 1), 10,
				     ~0UL, &range);
		if (range)
			return false;
	}
	return true;
}

/* extract_timestamp(): auparse drops a line whose msg= token is shorter
 * than 19 bytes or whose "(sec.milli:serial" does not parse with a non-zero
 * second and a millisecond below 1000.  Only the first 80 bytes (340 with a
 * node) are looked at. */
static bool timestamp_ok(struct record *r, const char *line, size_t len)
{
	size_t cap = line[0] == 'n' ? 340 : 80;
	const char *p = line, *end = line + (len < cap ? len : cap);
	const char *tok[3];
	size_t tlen[3];
	int want = line[0] == 'n' ? 3 : 2, n = 0;
	const char *t, *s;

	while (n < want && p < end) {
		if (*p == ' ') {
			p++;
			continue;
		}
		tok[n] = p;
		p = memchr(p, ' ', (size_t)(end - p));
		if (p == NULL)
			p = end;
		tlen[n] = (size_t)(p - tok[n]);
		n++;
	}
	if (n < want)
		return false;
	t = tok[want - 1];
	if (tlen[want - 1] < 19)
		return false;
	if (t[9] == '(')
		s = t + 10;
	else {
		s = memchr(t, '(', tlen[want - 1]);
		if (s == NULL)
			return false;
		s++;
	}
	return stamp_parse(r, s, t + tlen[want - 1]);
}

/* How many fields a key= value becomes: auparse splits a hex-encoded key
 * list at its 0x01 separators, and keeps anything else as one field. */
static int key_fields(const char *v, size_t n)
{
	size_t h = 0, i;
	int count = 0;
	bool in = false;

	if (n > 0 && v[0] == '"')
		return 1;
	while (h < n && hexval((unsigned char)v[h]) >= 0)
		h++;
	if (h < 2)
		return 1;
	for (i = 0; i < h; i += 2) {
		int lo = i + 1 < h ? hexval((unsigned char)v[i + 1]) : 0;
		int c = hexval((unsigned char)v[i]) << 4 | lo;

		if (c == 0)
			break;
		if (c == 1) {
			in = false;
		} else if (!in) {
			in = true;
			count++;
		}
	}
	return count;
}

static void set_rtype(struct record *r, const char *v, size_t n,
		      const char *type_at, size_t type_at_len, int type)
{
	char name[128];

	if (v == type_at && n == type_at_len) {
		r->rtype = type;
		return;
	}
	if (n >= sizeof(name))
		n = sizeof(name) - 1;
	memcpy(name, v, n);
	name[n] = 0;
	r->rtype = tables_msgtype_number(name);
}

static void set_machine(struct record *r, const char *v, size_t n)
{
	bool range;
	uint32_t arch = (uint32_t)parse_ul(v, n, 16, ~0UL, &range);

	if (range) {
		r->machine = -2;
		return;
	}
	r->machine = tables_arch_machine(arch);
	r->arch = arch;
}

/* The text after the stamp's 0x1D, if any, and the header fields reset. */
static const char *record_start(struct record *r, const char *line, size_t len)
{
	const char *sep = memchr(line, RECORD_SEP, len);

	r->line = line;
	r->len = len;
	r->rtype = 0;
	r->sec = 0;
	r->milli = 0;
	r->serial = 0;
	r->node = NULL;
	r->node_len = 0;
	r->machine = -1;
	r->arch = 0;
	r->syscall = -1;
	r->a0 = 0;
	r->interp = NULL;
	r->interp_len = 0;
	r->nfields = 0;
	if (sep == NULL)
		return line + len;
	r->interp = sep + 1;
	r->interp_len = (size_t)(line + len - sep - 1);
	return sep;
}

/* The fields of line[from, end): cnt fields were counted before from.
 * Positions matter: auparse takes the record's arch, syscall and a0 only
 * from the 2nd/3rd/6th field (11th/12th for SECCOMP), counting a leading
 * node= as one more. */
static int parse_fields(struct record *r, size_t from, const char *end,
			unsigned cnt, const char *type_at, size_t type_at_len,
			int type, unsigned flags)
{
	const char *line = r->line, *p = line + from;
	size_t flen = (size_t)(end - line);
	unsigned offset = 0;
	struct scan sc;

	scan_line(&sc, line, flen, flags & PARSE_SLACK);
	while (p < end) {
		const char *t, *eq, *name, *val;
		size_t tl, nlen, vlen, i, e, q;
		enum tables_field_kind kind;
		struct record_field *f;

		i = scan_next(sc.space, (size_t)(p - line), flen, true);
		if (i >= flen)
			break;
		e = scan_next(sc.space, i, flen, false);
		q = scan_next(sc.equal, i, e, false);
		t = line + i;
		p = line + e;
		tl = e - i;
		eq = q < e ? line + q : NULL;
		if (eq == NULL) {
			if (r->rtype != RTYPE_AVC && r->rtype != RTYPE_USER_AVC)
				continue;
			/* SELinux AVC text has two unlabelled fields: the
			 * result and the {...} permission list. */
			if (cnt == 1 + offset) {
				if (tl >= 3 && memcmp(t, "avc", 3) == 0)
					continue;
				cnt++;
			} else if (cnt == 2 + offset && t[0] == '{') {
				size_t total = 0;

				for (;;) {
					size_t a, b;

					a = scan_next(sc.space, (size_t)(p - line),
						      flen, true);
					if (a >= flen)
						break;
					b = scan_next(sc.space, a, flen, false);
					p = line + b;
					if (line[a] == '}')
						break;
					if (b - a + 1 >= 256 - total)
						return -1;
					if (total)
						total++;
					total += b - a;
				}
				cnt++;
			}
			continue;
		}
		if (tl >= 5 && memcmp(t, "msg=", 4) == 0) {
			if (t[4] == 'a')	/* msg=audit(...): */
				continue;
			if (t[4] == '\'') {	/* msg='op=... */
				q = scan_next(sc.equal, i + 5, e, false);
				if (q >= e)
					continue;
				t += 5;
				tl -= 5;
				eq = line + q;
			}
		}
		name = t;
		nlen = (size_t)(eq - t);
		val = eq + 1;
		vlen = (size_t)(p - val);
		if (vlen == 0)	/* "name=" with nothing: not a field */
			continue;
		if (nlen > 0 && name[0] == '(') {
			name++;
			nlen--;
		}
		/* auparse strips one each of trailing ':' ',' '\'' ')' */
		if (vlen && val[vlen - 1] == ':')
			vlen--;
		if (vlen && val[vlen - 1] == ',')
			vlen--;
		if (vlen && val[vlen - 1] == '\'')
			vlen--;
		if (vlen && val[vlen - 1] == ')' &&
		    !SLICE_IS(val, vlen, "(none)") &&
		    !SLICE_IS(val, vlen, "(null)"))
			vlen--;
		if (SLICE_IS(name, nlen, "key") && (vlen == 0 || val[0] != '(')) {
			cnt += (unsigned)key_fields(val, vlen);
			kind = TABLES_FIELD_NONE;
			goto keep;
		}
		cnt++;
		if (cnt == 1 && SLICE_IS(name, nlen, "node")) {
			offset = 1;
			r->node = val;
			r->node_len = vlen;
		} else if (cnt == 1 + offset && SLICE_IS(name, nlen, "type")) {
			set_rtype(r, val, vlen, type_at, type_at_len, type);
		} else if ((cnt == 2 + offset || cnt == 11 + offset) &&
			 SLICE_IS(name, nlen, "arch")) {
			set_machine(r, val, vlen);
		} else if ((cnt == 3 + offset || cnt == 12 + offset) &&
			 SLICE_IS(name, nlen, "syscall")) {
			bool range;
			unsigned long long v = parse_ul(val, vlen, 10, ~0UL,
							&range);

			r->syscall = range ? -1 : (int)(uint32_t)v;
		} else if (cnt == 6 + offset && SLICE_IS(name, nlen, "a0")) {
			bool range;
			unsigned long long v = parse_ul(val, vlen, 16, ~0ULL,
							&range);

			r->a0 = range ? ~0ULL : v;
		}
		/* every name ENRICHED writes ends in d, l, h or r: most
		 * fields are told apart without a table lookup */
		kind = TABLES_FIELD_NONE;
		if (nlen >= 2 && nlen <= 9) {
			switch (name[nlen - 1]) {
			case 'd': case 'l': case 'h': case 'r':
				kind = tables_field_kind(name, nlen);
				break;
			default:
				break;
			}
		}
keep:
		if (r->nfields >= r->max_fields ||
		    ((flags & PARSE_KINDS_ONLY) && kind == TABLES_FIELD_NONE))
			continue;
		f = &r->fields[r->nfields++];
		f->name = (uint16_t)(name - line);
		f->name_len = (uint16_t)nlen;
		f->val = (uint16_t)(val - line);
		f->val_len = (uint16_t)vlen;
		f->kind = (uint8_t)kind;
	}
	return 0;
}

int record_parse_known(struct record *r, const char *line, size_t len,
		       const char *type_at, size_t type_at_len, int type,
		       unsigned flags)
{
	const char *end;

	if (len == 0 || len > RECORD_LINE_MAX)
		return -1;
	end = record_start(r, line, len);
	if (!timestamp_ok(r, line, len))
		return -1;
	return parse_fields(r, 0, end, 0, type_at, type_at_len, type, flags);
}

int record_parse(struct record *r, const char *line, size_t len)
{
	return record_parse_known(r, line, len, NULL, 0, 0, 0);
}

int record_parse_kernel(struct record *r, unsigned type, const char *payload,
			size_t len)
{
	const char *end, *open, *stop;

	if (len == 0 || len > RECORD_LINE_MAX)
		return -1;
	len = strnlen(payload, len);	/* the kernel's text ends at a NUL */
	end = record_start(r, payload, len);
	r->rtype = (int)type;
	/* the stamp is the first token: "audit(sec.milli:serial):" */
	stop = memchr(payload, ' ', (size_t)(end - payload));
	if (stop == NULL)
		stop = end;
	open = memchr(payload, '(', (size_t)(stop - payload));
	if (open == NULL || !stamp_parse(r, open + 1, stop))
		return -1;
	/* type= was the first field */
	return parse_fields(r, (size_t)(stop - payload), end, 1, NULL, 0, 0, 0);
}

/* The interpretation list: "NAME=value" items after a 0x1D that was
 * already inside the line (a user message can carry one). */
int record_interp_find(const struct record *r, const char *name, size_t nlen,
		       const char **val, size_t *vlen)
{
	const char *s = r->interp, *end;

	if (r->interp == NULL)
		return 0;
	end = r->interp + r->interp_len;	/* not NULL + 0: UB */
	if (r->interp_len >= 6 && memcmp(s, "SADDR=", 6) == 0) {
		const char *open = memchr(s + 6, '{', r->interp_len - 6);

		if (open == NULL || memchr(open, '}', (size_t)(end - open)) == NULL)
			return 0;
		if (!SLICE_IS(name, nlen, "saddr"))
			return 0;
		*val = open;
		*vlen = (size_t)(end - open);
		return 1;
	}
	while (s < end) {
		const char *t, *eq;
		size_t i;

		if (*s == ' ') {
			s++;
			continue;
		}
		t = s;
		s = memchr(t, ' ', (size_t)(end - t));
		if (s == NULL)
			s = end;
		eq = memchr(t, '=', (size_t)(s - t));
		if (eq == NULL || (size_t)(eq - t) != nlen)
			continue;
		for (i = 0; i < nlen; i++) {
			char c = t[i];

			if (c >= 'A' && c <= 'Z')
				c = (char)(c - 'A' + 'a');
			if (c != name[i])
				break;
		}
		if (i == nlen) {
			*val = eq + 1;
			*vlen = (size_t)(s - eq - 1);
			return 1;
		}
	}
	return 0;
}
