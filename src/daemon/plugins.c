/* plugins.c - the files of plugins.d. See plugins.h.
 *
 * The reading rules are auditd.conf's (conffile.h): lines read into 160
 * bytes, tokens split on ' ', "keyword = value [option]", a fifth token
 * reported but the line still applied (which is how "args = A B C" keeps
 * A and B). The messages are 3.0.9's as Debian's binary prints them,
 * including the doubled '/' of "plugins.d//name.conf".
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"
#include "conffile.h"
#include "log.h"
#include "plugins.h"

/* 3.0.9 requires these bits on a plugin's program (0755 and 0770 pass,
 * 0700 does not). */
#define EXE_MODE_BITS	0750

static const struct conffile_word yes_no[] = {
	{ "yes", 1 }, { "no", 0 }, { NULL, 0 }
};
static const struct conffile_word directions[] = { { "out", 1 }, { NULL, 0 } };
static const struct conffile_word types[] = {
	{ "always", PLUGINS_ALWAYS }, { "builtin", PLUGINS_BUILTIN }, { NULL, 0 }
};
static const struct conffile_word formats[] = {
	{ "string", PLUGINS_STRING }, { "binary", PLUGINS_BINARY }, { NULL, 0 }
};

static int parse_active(struct plugins_conf *c, const struct conffile_line *ln)
{
	return conffile_word(yes_no, ln, &c->active);
}

static int parse_direction(struct plugins_conf *c, const struct conffile_line *ln)
{
	int out;

	(void)c;
	return conffile_word(directions, ln, &out);
}

static int parse_type(struct plugins_conf *c, const struct conffile_line *ln)
{
	int v;

	if (conffile_word(types, ln, &v))
		return -1;
	c->type = (enum plugins_type)v;
	return 0;
}

static int parse_format(struct plugins_conf *c, const struct conffile_line *ln)
{
	int v;

	if (conffile_word(formats, ln, &v))
		return -1;
	c->format = (enum plugins_format)v;
	return 0;
}

/* A builtin is named; a program must live in a directory whose name
 * passes auditd's length check (as log_file's: "/var" is the shortest). */
static int parse_path(struct plugins_conf *c, const struct conffile_line *ln)
{
	char tmp[PLUGINS_PATH_MAX];
	const char *dir;

	if (conffile_copy(c->path, sizeof(c->path), ln, ln->value))
		return -1;
	if (strncmp(ln->value, "builtin_", 8) == 0)
		return 0;
	strcpy(tmp, ln->value);
	dir = dirname(tmp);
	if (strlen(dir) < 4) {
		log_err("The directory name: %s is too short - line %d", dir, ln->lineno);
		return -1;
	}
	return 0;
}

static int parse_args(struct plugins_conf *c, const struct conffile_line *ln)
{
	c->nargs = 0;
	if (conffile_copy(c->args[c->nargs++], sizeof(c->args[0]), ln, ln->value))
		return -1;
	if (ln->option && conffile_copy(c->args[c->nargs++], sizeof(c->args[0]), ln, ln->option))
		return -1;
	return 0;
}

static const struct keyword {
	const char *name;
	int (*parse)(struct plugins_conf *c, const struct conffile_line *ln);
} keywords[] = {
	{ "active", parse_active },
	{ "direction", parse_direction },
	{ "path", parse_path },
	{ "type", parse_type },
	{ "args", parse_args },
	{ "format", parse_format },
};

static const struct keyword *keyword_lookup(const char *name)
{
	size_t i;

	for (i = 0; i < NELEM(keywords); i++)
		if (strcasecmp(keywords[i].name, name) == 0)
			return &keywords[i];
	return NULL;
}

/* Returns 0 to go on, -1 when the file is skipped. */
static int apply_line(struct conffile *cf, char *buf, struct plugins_conf *c)
{
	const struct keyword *kw;
	struct conffile_line ln;

	if (conffile_split(cf, buf, &ln))
		return -1;
	if (!ln.name)
		return 0;
	kw = keyword_lookup(ln.name);
	if (!kw)
		return conffile_unknown_keyword(&ln);
	return kw->parse(c, &ln);
}

/* The program is run as root: it must be one only root can change. 3.0.9
 * checks the owner and the 0750 bits only, so a program of mode 0777,
 * which anyone may rewrite, passed; here a program writable by its group
 * or by others gets the same refusal as a missing bit. */
int plugins_check_program(const char *path, struct stat *st)
{
	if (stat(path, st) < 0) {
		log_err("Unable to stat %s (%s)", path, strerror(errno));
		return -1;
	}
	if (!S_ISREG(st->st_mode)) {
		log_err("%s is not a regular file", path);
		return -1;
	}
	if (st->st_uid != 0) {
		log_err("%s is not owned by root", path);
		return -1;
	}
	if ((st->st_mode & EXE_MODE_BITS) != EXE_MODE_BITS || (st->st_mode & 0022)) {
		log_err("%s permissions should be 0750", path);
		return -1;
	}
	return 0;
}

static int check_program(struct plugins_conf *c)
{
	struct stat st;

	if (plugins_check_program(c->path, &st) < 0)
		return -1;
	c->dev = st.st_dev;
	c->ino = st.st_ino;
	return 0;
}

static int check_conf(struct plugins_conf *c, const char *file)
{
	int builtin = strncmp(c->path, "builtin_", 8) == 0;

	if (!c->active)
		return 0;
	if (!c->path[0]) {
		log_err("Error - plugin (%s) is active but no path given", file);
		return -1;
	}
	if (c->type == PLUGINS_BUILTIN || builtin) {
		if (c->type != PLUGINS_BUILTIN || strcmp(c->path, PLUGINS_AF_UNIX) != 0) {
			log_err("Error - plugin (%s): %s is not a builtin vigil has (type builtin "
				"goes with path %s)", file, c->path, PLUGINS_AF_UNIX);
			return -1;
		}
		return 0;
	}
	return check_program(c);
}

static int parse_stream(struct conffile *cf, const char *name,
			struct plugins_conf *c)
{
	char *buf;

	memset(c, 0, sizeof(*c));
	snprintf(c->name, sizeof(c->name), "%s", name);
	c->type = PLUGINS_ALWAYS;
	c->format = PLUGINS_STRING;
	while ((buf = conffile_next(cf)))
		if (apply_line(cf, buf, c))
			return -1;
	return check_conf(c, cf->file);
}

int plugins_parse(FILE *f, const char *file, const char *name, struct plugins_conf *c)
{
	struct conffile cf;

	conffile_init(&cf, f, file);
	return parse_stream(&cf, name, c);
}

static int load_one(const char *dir, const char *name, struct plugins_conf *c)
{
	char file[PLUGINS_PATH_MAX + PLUGINS_NAME_MAX + 2];
	struct conffile cf;
	int rc;

	/* auditd joins with a '/' of its own after plugin_dir's */
	snprintf(file, sizeof(file), "%s/%s", dir, name);
	/* a symlink in plugins.d is followed, as it always was here */
	rc = conffile_open(&cf, file, 1, &conffile_plugin);
	if (rc > 0)
		log_err("Error opening %s (%s)", file, strerror(rc));
	if (rc)
		return -1;
	rc = parse_stream(&cf, name, c);
	conffile_close(&cf);
	return rc;
}

/* 3.0.9's choice of files: no hidden ones, at most one '.' in the name
 * (so "x.conf.rpmsave" is left alone but "x.rpmsave" is read). */
static int wanted(const char *name)
{
	const char *dot = strchr(name, '.');

	if (name[0] == '.')
		return 0;
	return !dot || !strchr(dot + 1, '.');
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int plugins_load(const char *dir, struct plugins_list *out)
{
	struct plugins_conf *c = NULL;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	struct dirent *e;
	DIR *d;
	int e_no;

	out->v = NULL;
	out->n = 0;
	d = opendir(dir);
	if (!d)
		return -errno;
	while ((e = readdir(d))) {
		char **more;

		if (!wanted(e->d_name))
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			more = realloc(names, cap * sizeof(*names));
			if (!more)
				goto oom;
			names = more;
		}
		names[n] = strdup(e->d_name);
		if (!names[n])
			goto oom;
		n++;
	}
	closedir(d);
	d = NULL;
	/* readdir order is the filesystem's; sorted, a reload is repeatable */
	if (n)
		qsort(names, n, sizeof(*names), by_name);
	c = malloc(sizeof(*c));
	if (n && !c)
		goto oom;
	for (i = 0; i < n; i++) {
		struct plugins_conf *more;

		if (strlen(names[i]) >= PLUGINS_NAME_MAX)
			continue;
		if (load_one(dir, names[i], c)) {
			log_err("Skipping %s plugin due to errors", names[i]);
			continue;
		}
		if (!c->active)
			continue;
		more = realloc(out->v, (out->n + 1) * sizeof(*more));
		if (!more)
			goto oom;
		out->v = more;
		out->v[out->n++] = *c;
	}
	free(c);
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return 0;
oom:
	e_no = errno ? errno : ENOMEM;
	if (d)
		closedir(d);
	free(c);
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	plugins_free(out);
	return -e_no;
}

void plugins_free(struct plugins_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

int plugins_af_unix_args(const struct plugins_conf *c, char *path, size_t len, mode_t *mode)
{
	int i;

	snprintf(path, len, "%s", PLUGINS_AF_UNIX_PATH);
	*mode = PLUGINS_AF_UNIX_MODE;
	for (i = 0; i < c->nargs; i++) {
		const char *a = c->args[i];
		size_t k;

		for (k = 0; a[k] && isdigit((unsigned char)a[k]); k++)
			;
		if (a[0] && !a[k]) {
			*mode = (mode_t)strtoul(a, NULL, 8) & 07777;
		} else if (strchr(a, '/')) {
			if (strlen(a) >= len) {
				log_err("%s: socket path %s is too long", c->name, a);
				return -1;
			}
			snprintf(path, len, "%s", a);
		} else {
			log_err("%s: af_unix argument %s is neither a mode nor a path", c->name, a);
			return -1;
		}
	}
	return 0;
}

int plugins_same(const struct plugins_conf *a, const struct plugins_conf *b)
{
	int i;

	if (strcmp(a->path, b->path) || a->type != b->type || a->format != b->format ||
	    a->nargs != b->nargs)
		return 0;
	for (i = 0; i < a->nargs; i++)
		if (strcmp(a->args[i], b->args[i]))
			return 0;
	return 1;
}
