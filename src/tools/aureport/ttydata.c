/* ttydata.c - a TTY record's data= as aureport --tty prints it (the
 * project's spec of the tools, 2.7.3 "tty data"): hex decoded into runs of
 * quoted text and <named> keys, longest key first. The key names were
 * read from 3.0.9's output, one sequence at a time; a sequence not listed
 * here prints as <esc> and text. */
#include <stdio.h>
#include <string.h>

#include "aureport.h"
#include "util.h"

struct named_key {
	const char *seq, *name;
};

static const struct named_key keys[] = {
	{ "\x01", "^A" }, { "\x02", "^B" }, { "\x03", "^C" }, { "\x04", "^D" },
	{ "\x05", "^E" }, { "\x06", "^F" }, { "\x07", "^G" },
	{ "\x08", "backspace" }, { "\x09", "tab" }, { "\x0a", "nl" },
	{ "\x0b", "^K" }, { "\x0c", "^L" }, { "\x0d", "ret" }, { "\x0e", "^N" },
	{ "\x0f", "^O" }, { "\x10", "^P" }, { "\x11", "^Q" }, { "\x12", "^R" },
	{ "\x13", "^S" }, { "\x14", "^T" }, { "\x15", "^U" }, { "\x16", "^V" },
	{ "\x17", "^W" }, { "\x18", "^X" }, { "\x19", "^Y" }, { "\x1a", "^Z" },
	{ "\x1b", "esc" }, { "\x7f", "backspace" },
	{ "\x1b[A", "up" }, { "\x1b[B", "down" }, { "\x1b[C", "right" },
	{ "\x1b[D", "left" }, { "\x1b[H", "home" }, { "\x1b[F", "end" },
	{ "\x1bOA", "up" }, { "\x1bOB", "down" }, { "\x1bOC", "right" },
	{ "\x1bOD", "left" }, { "\x1bOH", "home" }, { "\x1bOF", "end" },
	{ "\x1b[1~", "home" }, { "\x1b[2~", "insert" }, { "\x1b[3~", "delete" },
	{ "\x1b[4~", "end" }, { "\x1b[5~", "page-up" },
	{ "\x1b[6~", "page-down" }, { "\x1b[7~", "home" }, { "\x1b[8~", "end" },
	{ "\x1bOP", "F1" }, { "\x1bOQ", "F2" }, { "\x1bOR", "F3" },
	{ "\x1bOS", "F4" },
	{ "\x1b[11~", "F1" }, { "\x1b[12~", "F2" }, { "\x1b[13~", "F3" },
	{ "\x1b[14~", "F4" }, { "\x1b[15~", "F5" }, { "\x1b[17~", "F6" },
	{ "\x1b[18~", "F7" }, { "\x1b[19~", "F8" }, { "\x1b[20~", "F9" },
	{ "\x1b[21~", "F10" }, { "\x1b[23~", "F11" }, { "\x1b[24~", "F12" },
	{ "\x1b[25~", "F13" }, { "\x1b[26~", "F14" }, { "\x1b[28~", "F15" },
	{ "\x1b[29~", "F16" }, { "\x1b[31~", "F17" }, { "\x1b[32~", "F18" },
	{ "\x1b[33~", "F19" }, { "\x1b[34~", "F20" },
	{ "\x1b[[A", "F1" }, { "\x1b[[B", "F2" }, { "\x1b[[C", "F3" },
	{ "\x1b[[D", "F4" }, { "\x1b[[E", "F5" },
	{ "\x1b[P", "F4" }, { "\x1b[Q", "F5" }, { "\x1b[R", "F6" },
	{ "\x1b[S", "F7" },
	{ "\x1b[E", "B2" }, { "\x1bOE", "B2" }, { "\x1b[G", "B2" },
	{ "\x1bOM", "send" }, { "\x1b[Z", "back-tab" },
	{ "\x1b[2;5~", "shift-insert" }, { "\x1b[1;2A", "scroll-backward" },
	{ "\x1bOt", "F5" }, { "\x1bOu", "B2" }, { "\x1bOv", "F7" },
	{ "\x1bOl", "F8" }, { "\x1bOn", "C3" }, { "\x1bOp", "C1" },
	{ "\x1bOq", "C1" }, { "\x1bOr", "B2" }, { "\x1bOs", "C3" },
	{ "\x1bOw", "A1" }, { "\x1bOx", "F10" }, { "\x1bOy", "A3" },
};

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* the longest key at b (n bytes left), or NULL */
static const struct named_key *key_at(const unsigned char *b, size_t n)
{
	const struct named_key *best = NULL;
	size_t i, blen = 0;

	for (i = 0; i < NELEM(keys); i++) {
		size_t l = strlen(keys[i].seq);

		if (l <= n && l > blen && memcmp(b, keys[i].seq, l) == 0) {
			best = &keys[i];
			blen = l;
		}
	}
	return best;
}

void ar_put_tty_data(const char *v)
{
	unsigned char buf[8192];
	size_t len = strlen(v), n = 0, i;
	int quoted = 0, items = 0;

	for (i = 0; i < len; i++)
		if (hexval((unsigned char)v[i]) < 0) {
			fputs(v, stdout);
			return;
		}
	for (i = 0; i + 1 < len && n < sizeof(buf); i += 2)
		buf[n++] = (unsigned char)(hexval(v[i]) << 4 | hexval(v[i + 1]));
	if (n == 0) {
		fputs("conversion error()", stdout);
		return;
	}
	for (i = 0; i < n;) {
		const struct named_key *k = key_at(buf + i, n - i);
		unsigned char c = buf[i];

		if (k) {
			if (quoted)
				putchar('"');
			quoted = 0;
			printf("%s<%s>", items++ ? "," : "", k->name);
			i += strlen(k->seq);
			continue;
		}
		if (!quoted) {
			printf("%s\"", items++ ? "," : "");
			quoted = 1;
		}
		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c >= 0x20 && c < 0x7f)
			putchar(c);
		else
			printf("\\%03o", c);
		i++;
	}
	if (quoted)
		putchar('"');
}
