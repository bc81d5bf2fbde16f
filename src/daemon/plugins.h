/* plugins.h - plugins.d: which plugins the dispatcher runs, and how.
 *
 * The files, their keywords, the checks on them and on the programs they
 * name, and every message are auditd 3.0.9's (auditd(8), plugins), observed against
 * Debian's binary: a file with an error is skipped ("Skipping NAME plugin
 * due to errors") and the others still load. Where 3.0.9 does something
 * no one can want (fork-exec "builtin_af_unix" as a program when its type
 * is not builtin), vigil refuses the file with a message instead.
 */
#ifndef VIGIL_PLUGINS_H
#define VIGIL_PLUGINS_H

#include <stddef.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/types.h>

/* 3.0.9 passes at most two arguments (args = A B). */
#define PLUGINS_ARGS_MAX	2
#define PLUGINS_PATH_MAX	4096
#define PLUGINS_NAME_MAX	256
#define PLUGINS_AF_UNIX		"builtin_af_unix"
/* The builtin's defaults when args does not say. */
#define PLUGINS_AF_UNIX_PATH	"/var/run/audispd_events"
#define PLUGINS_AF_UNIX_MODE	0640

enum plugins_type {
	PLUGINS_ALWAYS,		/* a program, started with the daemon */
	PLUGINS_BUILTIN,	/* inside the daemon: builtin_af_unix */
};

enum plugins_format {
	PLUGINS_STRING,		/* one line per record */
	PLUGINS_BINARY,		/* header + data, auditd's struct */
};

struct plugins_conf {
	char name[PLUGINS_NAME_MAX];	/* file name: the identity across reloads */
	int active;
	char path[PLUGINS_PATH_MAX];
	enum plugins_type type;
	enum plugins_format format;
	int nargs;
	char args[PLUGINS_ARGS_MAX][PLUGINS_PATH_MAX];
	/* the program when the file was read, to notice an upgrade on SIGHUP */
	dev_t dev;
	ino_t ino;
};

struct plugins_list {
	struct plugins_conf *v;		/* active plugins only, sorted by name */
	size_t n;
};

/* Read every plugin file of dir (plugin_dir, with its trailing '/') as
 * auditd does: names starting with '.' or holding more than one '.' are
 * left alone, any other entry is read and checked. Inactive plugins are
 * not kept. Returns 0, or -errno when dir cannot be read (nothing kept). */
int plugins_load(const char *dir, struct plugins_list *out);
void plugins_free(struct plugins_list *l);

/* One file's text, already opened and checked (unit tests, fuzzing):
 * fills c (name and path checks included) and returns 0, or -1 after
 * logging why the plugin is skipped. file names it in messages. */
int plugins_parse(FILE *f, const char *file, const char *name, struct plugins_conf *c);

/* builtin_af_unix's args: an all-digit word is the socket's mode (octal),
 * a word with a '/' its path. Returns 0, or -1 with a message. */
int plugins_af_unix_args(const struct plugins_conf *c, char *path, size_t len,
			 mode_t *mode);

/* The checks a plugin's program passes before each start, at load and at
 * every restart: a regular file owned by root with the bits of 0750 and
 * writable by root only. 0 (*st filled), or -1 after logging why. */
int plugins_check_program(const char *path, struct stat *st);

/* Whether two confs start the same process (path, type, format, args). */
int plugins_same(const struct plugins_conf *a, const struct plugins_conf *b);

#endif
