/* conffile.c - open, check, read and split the files of auditd's family.
 * See conffile.h for the rules, which are auditd.conf(5)'s.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "conffile.h"
#include "log.h"

/* Root-owned, not world-writable, regular: the file decides what runs as
 * root (exec actions, plugins) and where root writes. Group-writable is
 * allowed, as auditd allows it. */
const struct conffile_kind conffile_auditd = {
	.writable = S_IWOTH,
	.opened = "Config file %s opened for parsing",
	.fstat_failed = "Error fstat'ing config file (%s)",
	.not_root = "Error - %s isn't owned by root",
	.is_writable = "Error - %s is world writable",
	.not_regular = "Error - %s is not a regular file",
};

const struct conffile_kind conffile_plugin = {
	.writable = S_IWOTH,
	.fstat_failed = "Error fstat'ing config file (%s)",
	.not_root = "Error - %s isn't owned by root",
	.is_writable = "Error - %s is world writable",
	.not_regular = "Error - %s is not a regular file",
};

static int check(int fd, const char *file, const struct conffile_kind *kind)
{
	struct stat st;

	if (fstat(fd, &st) < 0) {
		log_err(kind->fstat_failed, strerror(errno));
		return -1;
	}
	if (st.st_uid != 0) {
		log_err(kind->not_root, file);
		return -1;
	}
	if (st.st_mode & kind->writable) {
		log_err(kind->is_writable, file);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		log_err(kind->not_regular, file);
		return -1;
	}
	return 0;
}

int conffile_open(struct conffile *cf, const char *file, int follow_links,
		  const struct conffile_kind *kind)
{
	int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY;
	FILE *f;
	int fd;

	if (!follow_links)
		flags |= O_NOFOLLOW;
	fd = open(file, flags);
	if (fd < 0)
		return errno;
	if (kind->opened)
		log_dbg(kind->opened, file);
	if (check(fd, file, kind)) {
		close(fd);
		return -1;
	}
	f = fdopen(fd, "r");
	if (!f) {
		log_err("Error - fdopen failed (%s)", strerror(errno));
		close(fd);
		return -1;
	}
	conffile_init(cf, f, file);
	return 0;
}

void conffile_init(struct conffile *cf, FILE *f, const char *file)
{
	cf->f = f;
	cf->file = file;
	cf->lineno = 0;
	cf->nlines = 0;
}

void conffile_close(struct conffile *cf)
{
	if (cf->f)
		fclose(cf->f);
	cf->f = NULL;
}

/* A line that does not fit comes as several chunks, the last one ending
 * with its newline: reported at the first, counted at the last. */
char *conffile_next(struct conffile *cf)
{
	int too_long = 0;

	while (fgets(cf->buf, sizeof(cf->buf), cf->f)) {
		char *nl = strchr(cf->buf, '\n');

		if (nl && !too_long) {
			*nl = '\0';
			cf->lineno = ++cf->nlines;
			return cf->buf;
		}
		if (nl) {
			too_long = 0;
			cf->nlines++;
			continue;
		}
		if (!too_long)
			log_err("Skipping line %d in %s: too long",
				cf->nlines + 1, cf->file);
		too_long = 1;
	}
	return NULL;
}

static char *next_token(char **p)
{
	char *start;

	while (**p == ' ')
		(*p)++;
	if (**p == '\0')
		return NULL;
	start = *p;
	while (**p && **p != ' ')
		(*p)++;
	if (**p == ' ')
		*(*p)++ = '\0';
	return start;
}

int conffile_split(struct conffile *cf, char *buf, struct conffile_line *ln)
{
	char *p = buf, *tok;

	ln->file = cf->file;
	ln->lineno = cf->lineno;
	ln->name = ln->value = ln->option = NULL;
	tok = next_token(&p);
	if (!tok || tok[0] == '#')
		return 0;
	ln->name = tok;
	tok = next_token(&p);
	if (tok && strcmp(tok, "=") != 0) {
		log_err("Missing equal sign for line %d in %s", ln->lineno,
			ln->file);
		return -1;
	}
	if (tok)
		ln->value = next_token(&p);
	if (!ln->value) {
		log_err("Wrong number of arguments for line %d in %s",
			ln->lineno, ln->file);
		return -1;
	}
	ln->option = next_token(&p);
	if (ln->option && next_token(&p))
		log_err("Wrong number of arguments for line %d in %s",
			ln->lineno, ln->file);
	return 0;
}

const struct conffile_word *conffile_word_find(const struct conffile_word *w,
					       const char *s)
{
	for (; w->name; w++)
		if (strcasecmp(w->name, s) == 0)
			return w;
	return NULL;
}

const char *conffile_word_name(const struct conffile_word *w, int value)
{
	for (; w->name; w++)
		if (w->value == value)
			return w->name;
	return "unknown";
}

int conffile_word(const struct conffile_word *w, const struct conffile_line *ln,
		  int *out)
{
	const struct conffile_word *found = conffile_word_find(w, ln->value);

	if (!found)
		return conffile_not_found(ln);
	*out = found->value;
	return 0;
}

int conffile_not_found(const struct conffile_line *ln)
{
	log_err("Option %s not found - line %d", ln->value, ln->lineno);
	return -1;
}

int conffile_unknown_keyword(const struct conffile_line *ln)
{
	log_err("Unknown keyword \"%s\" in line %d of %s", ln->name, ln->lineno,
		ln->file);
	return -1;
}

int conffile_copy(char *dst, size_t size, const struct conffile_line *ln,
		  const char *s)
{
	size_t len = strlen(s);

	if (len >= size) {
		log_err("Value %s is too long - line %d", s, ln->lineno);
		return -1;
	}
	memcpy(dst, s, len + 1);
	return 0;
}
