/* cmdline.c - auditctl's words: the options read as glibc's getopt_long
 * reads them (permuting: non-option words move to the end, long options may
 * be abbreviated), and a rules-file line split into words as auditctl splits
 * it (auditctl(8), audit.rules(7)). compile.c gives the options meaning.
 */
#include <stdlib.h>
#include <string.h>
#include "util.h"
#include "compile-internal.h"

/* --- getopt_long, as glibc does it (permuting) ------------------------- */

/* auditctl's short options; a ':' after one that takes a word */
static const char optstring[] = "hicslDvtC:e:f:r:b:a:A:d:S:F:m:R:w:W:k:p:q:";

static const struct {
	const char *name;
	int has_arg;
	int val;
} long_opts[] = {
	{ "loginuid-immutable", 0, CMDLINE_LOGINUID_IMMUTABLE },
	{ "backlog_wait_time", 1, CMDLINE_BACKLOG_WAIT_TIME },
	{ "reset-lost", 0, CMDLINE_RESET_LOST },
	{ "reset_backlog_wait_time_actual", 0, CMDLINE_RESET_BWT_ACTUAL },
	{ "signal", 1, CMDLINE_SIGNAL },
};

static int nonoption(const char *w)
{
	return w[0] != '-' || w[1] == 0;
}

/* Move the non-options seen so far after the options that followed them. */
static void exchange(struct cmdline *g)
{
	int bottom = g->first_nonopt, middle = g->last_nonopt, top = g->optind;
	int nn = middle - bottom, no = top - middle, i;
	char **tmp = malloc((size_t)nn * sizeof(*tmp) + 1);

	if (tmp == NULL)
		return;
	for (i = 0; i < nn; i++)
		tmp[i] = g->argv[bottom + i];
	for (i = 0; i < no; i++)
		g->argv[bottom + i] = g->argv[middle + i];
	for (i = 0; i < nn; i++)
		g->argv[bottom + no + i] = tmp[i];
	free(tmp);
	g->first_nonopt += top - g->last_nonopt;
	g->last_nonopt = top;
}

static int long_option(struct cmdline *g)
{
	const char *name = g->nextchar, *end = strchr(name, '=');
	size_t len = end ? (size_t)(end - name) : strlen(name);
	int found = -1, ambiguous = 0;
	size_t i;

	for (i = 0; i < NELEM(long_opts); i++)
		if (strlen(long_opts[i].name) == len &&
		    strncmp(long_opts[i].name, name, len) == 0)
			found = (int)i;
	if (found < 0) {
		for (i = 0; i < NELEM(long_opts); i++) {
			if (strncmp(long_opts[i].name, name, len))
				continue;
			if (found >= 0)
				ambiguous = 1;
			else
				found = (int)i;
		}
	}
	g->optind++;
	g->nextchar = NULL;
	if (found < 0 || ambiguous)
		return '?';
	if (end) {
		if (!long_opts[found].has_arg)
			return '?';
		g->optarg = (char *)end + 1;
	} else if (long_opts[found].has_arg) {
		if (g->optind >= g->argc)
			return '?';
		g->optarg = g->argv[g->optind++];
	}
	return long_opts[found].val;
}

int cmdline_next(struct cmdline *g)
{
	const char *spec;
	int ch;

	g->optarg = NULL;
	if (g->nextchar == NULL || *g->nextchar == 0) {
		if (g->last_nonopt > g->optind)
			g->last_nonopt = g->optind;
		if (g->first_nonopt > g->optind)
			g->first_nonopt = g->optind;
		if (g->first_nonopt != g->last_nonopt &&
		    g->last_nonopt != g->optind)
			exchange(g);
		else if (g->last_nonopt != g->optind)
			g->first_nonopt = g->optind;
		while (g->optind < g->argc && nonoption(g->argv[g->optind]))
			g->optind++;
		g->last_nonopt = g->optind;
		if (g->optind != g->argc && strcmp(g->argv[g->optind], "--") == 0) {
			g->optind++;
			if (g->first_nonopt != g->last_nonopt &&
			    g->last_nonopt != g->optind)
				exchange(g);
			else if (g->first_nonopt == g->last_nonopt)
				g->first_nonopt = g->optind;
			g->last_nonopt = g->argc;
			g->optind = g->argc;
		}
		if (g->optind == g->argc) {
			if (g->first_nonopt != g->last_nonopt)
				g->optind = g->first_nonopt;
			return -1;
		}
		if (g->argv[g->optind][1] == '-') {
			g->nextchar = g->argv[g->optind] + 2;
			return long_option(g);
		}
		g->nextchar = g->argv[g->optind] + 1;
	}
	ch = (unsigned char)*g->nextchar++;
	spec = ch ? strchr(optstring, ch) : NULL;
	if (*g->nextchar == 0)
		g->optind++;
	if (spec == NULL || ch == ':')
		return '?';
	if (spec[1] == ':') {
		if (*g->nextchar) {
			g->optarg = (char *)g->nextchar;
			g->optind++;
		} else if (g->optind == g->argc) {
			ch = '?';
		} else {
			g->optarg = g->argv[g->optind++];
		}
		g->nextchar = NULL;
	}
	return ch;
}

/* --- rules-file lines ------------------------------------------------------ */

#define LINE_SIZE 6144		/* auditctl's fgets() buffer */

/* auditctl marks "\ " and "\\" before splitting, with bytes that cannot
 * be typed in a rule: both characters of the pair become 0x07 (space) or
 * 0x04 (backslash). */
static void mark_escapes(char *s)
{
	int esc = 0;

	for (; *s; s++) {
		if (*s == '\\' && !esc) {
			esc = 1;
			continue;
		}
		if (esc) {
			if (*s == ' ')
				s[-1] = s[0] = 0x07;
			else if (*s == '\\')
				s[-1] = s[0] = 0x04;
		}
		esc = 0;
	}
}

/* ... and turns each marked pair back into its one character, in every
 * word but the first. */
static void unmark_escapes(char *w)
{
	char *in = w, *out = w;

	while (*in) {
		if ((*in == 0x07 || *in == 0x04) && in[1]) {
			*out++ = *in == 0x07 ? ' ' : '\\';
			in += 2;
		} else {
			*out++ = *in++;
		}
	}
	*out = 0;
}

int rules_split_line(const char *line, char ***argv)
{
	size_t len = strcspn(line, "\n"), nf, i;
	char **v, *text, *w, *save;

	*argv = NULL;
	if (len >= LINE_SIZE)
		return -1;
	for (i = 0; i < len && line[i] == ' '; i++)
		;
	if (i == len)
		return 0;
	/* auditctl's room: a third of the line plus three slots, one of them
	 * its own name and one the final NULL */
	nf = len / 3 + 3;
	v = malloc(nf * sizeof(*v) + len + 1);
	if (v == NULL)
		return -1;
	text = (char *)(v + nf);
	memcpy(text, line, len);
	text[len] = 0;
	mark_escapes(text);
	w = strtok_r(text, " ", &save);
	if (w == NULL || w[0] == '#') {
		free(v);
		return 0;
	}
	i = 0;
	v[i++] = w;			/* the first word keeps its marks */
	while ((w = strtok_r(NULL, " ", &save)) != NULL && i + 1 < nf - 1) {
		unmark_escapes(w);
		v[i++] = w;
	}
	v[i] = NULL;
	*argv = v;
	return (int)i;
}
