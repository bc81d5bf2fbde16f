/* searchfmt-drv.c - random-diff.sh's driver: a log (one event = the
 * consecutive lines with the same time stamp) printed as ausearch -i
 * (mode i), --format csv (c) or text (t) would print it, through
 * src/lib/search. Names from this machine (getent), as ausearch's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "searchfmt.h"

#define MAXR	512
#define LINE	70000
#define FIELDS	8000

static int getent(const char *db, unsigned id, char *buf, size_t len)
{
	char cmd[64], line[512];
	FILE *p;
	char *colon;

	snprintf(cmd, sizeof(cmd), "getent %s %u", db, id);
	p = popen(cmd, "r");
	if (p == NULL)
		return -1;
	if (fgets(line, sizeof(line), p) == NULL) {
		pclose(p);
		return -1;
	}
	pclose(p);
	colon = strchr(line, ':');
	if (colon)
		*colon = '\0';
	snprintf(buf, len, "%s", line);
	return 0;
}

static int uid_name(uid_t id, char *buf, size_t len, void *arg)
{
	(void)arg;
	return getent("passwd", id, buf, len);
}

static int gid_name(gid_t id, char *buf, size_t len, void *arg)
{
	(void)arg;
	return getent("group", id, buf, len);
}

static char lines[MAXR][LINE], out[1 << 20];
static struct record_field fields[MAXR][FIELDS];

static void flush(struct searchfmt *f, char mode, struct record *recs,
		  size_t n)
{
	size_t k, first = 0, len;

	if (n == 0)
		return;
	if (mode == 'i') {
		fputs("----\n", stdout);
		if (recs[n - 1].rtype >= 1200 && recs[n - 1].rtype < 1300)
			first = n - 1;
		for (k = n; k-- > first;) {
			len = searchfmt_interpret(f, &recs[k], out, sizeof(out));
			fwrite(out, 1, len, stdout);
		}
		return;
	}
	len = mode == 'c' ? searchfmt_csv(f, recs, n, out, sizeof(out)) :
			    searchfmt_text(f, recs, n, out, sizeof(out));
	fwrite(out, 1, len, stdout);
	if (searchfmt_error(f))
		fputs(searchfmt_error(f), stderr);
}

int main(int argc, char **argv)
{
	struct names_lookup lookup = { uid_name, gid_name, NULL };
	struct searchfmt_options o = {
		.escape = SEARCHFMT_ESC_TTY,
		.lookup = &lookup,
		.host_arch = 0xc000003e,
	};
	struct searchfmt *f = searchfmt_create(&o);
	struct record recs[MAXR];
	size_t n = 0;
	FILE *in;

	if (argc != 3 || f == NULL || (in = fopen(argv[2], "r")) == NULL) {
		fprintf(stderr, "usage: searchfmt-drv i|c|t LOG\n");
		return 2;
	}
	while (n < MAXR && fgets(lines[n], LINE, in)) {
		struct record *r = &recs[n];
		size_t len = strlen(lines[n]);

		if (len && lines[n][len - 1] == '\n')
			lines[n][--len] = '\0';
		memset(r, 0, sizeof(*r));
		r->fields = fields[n];
		r->max_fields = FIELDS;
		if (record_parse(r, lines[n], len) != 0)
			continue;
		if (n && (r->serial != recs[n - 1].serial ||
			  r->sec != recs[n - 1].sec)) {
			flush(f, argv[1][0], recs, n);
			memcpy(lines[0], lines[n], len + 1);
			recs[0] = *r;
			recs[0].fields = fields[0];
			memcpy(fields[0], fields[n], r->nfields * sizeof(fields[0][0]));
			record_parse(&recs[0], lines[0], len);
			n = 0;
		}
		n++;
	}
	flush(f, argv[1][0], recs, n);
	searchfmt_destroy(f);
	return 0;
}
