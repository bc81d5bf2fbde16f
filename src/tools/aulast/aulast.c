/* aulast - logins, reboots and failed logins found in the audit logs, as
 * last(1) lists them: audit 3.0.9's aulast, byte for byte (the project's
 * spec of the tools, section 6; aulast(8)). main reads the options and
 * the input; the lines become events as the search library assembles them
 * (search.h); each event's first record opens, updates or closes a
 * session (session.c), which prints it when it ends.
 */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aulast.h"

/* libauparse's end of an event when no EOE comes: it keeps its own
 * default and does not read auditd.conf's end_of_event_timeout */
#define AUPARSE_EOE_TIMEOUT	2

static void usage(void)
{
	fputs("usage: aulast [--bad] [--debug] [--stdin] [--proof] [--extract] "
	      "[-f file] [--user name] [--tty tty]\n", stderr);
}

/* 0 to go on, else the exit status. Words that take a value take the
 * next one whatever it is (none at the end: no value). */
static int parse_args(struct aulast *al, int argc, char **argv,
		      const char **file, int *use_stdin)
{
	int i;

	for (i = 1; i < argc; i++) {
		const char *w = argv[i];

		if (strcmp(w, "-f") == 0) {
			if (*use_stdin) {
				fputs("stdin already given\n", stderr);
				return 1;
			}
			*file = argv[++i < argc ? i : argc];
		} else if (strcmp(w, "--bad") == 0) {
			al->bad = 1;
		} else if (strcmp(w, "--proof") == 0) {
			al->proof = 1;
		} else if (strcmp(w, "--extract") == 0) {
			/* opened here, before any later word is looked at */
			if (al->extract)
				fclose(al->extract);
			al->extract = fopen("aulast.log", "w");
		} else if (strcmp(w, "--stdin") == 0) {
			if (*file) {
				fputs("file already given\n", stderr);
				return 1;
			}
			*use_stdin = 1;
		} else if (strcmp(w, "--user") == 0 && !al->user) {
			al->user = argv[++i < argc ? i : argc];
		} else if (strcmp(w, "--tty") == 0 && !al->tty) {
			al->tty = argv[++i < argc ? i : argc];
		} else if (strcmp(w, "--debug") == 0) {
			al->debug = 1;
		} else {
			usage();
			return 1;
		}
	}
	return 0;
}

static void on_event(void *ctx, const struct search_event *ev)
{
	session_event(ctx, ev);
}

static void feed_fd(struct aulast *al, struct searchasm *a,
		    struct logread *lr, int fd, int last)
{
	searchasm_feed(a, lr, fd, last, on_event, al);
}

/* The configured logs, oldest first: 0, or 1 when there are none. */
static int feed_logs(struct aulast *al, struct searchasm *a,
		     struct logread *lr)
{
	struct logread_files files;
	char base[4096];
	unsigned timeout;
	size_t i;

	logread_conf(base, sizeof(base), &timeout);
	logread_rotated(base, &files);
	if (files.n == 0) {
		logread_files_free(&files);
		fputs("No log file\n", stderr);
		fprintf(stderr, "Error - %s\n", strerror(ENOENT));
		return 1;
	}
	for (i = 0; i < files.n; i++) {
		int fd = open(files.paths[i], O_RDONLY | O_CLOEXEC);

		if (fd < 0)
			continue;
		feed_fd(al, a, lr, fd, i + 1 == files.n);
		close(fd);
	}
	logread_files_free(&files);
	return 0;
}

static int run(struct aulast *al, const char *file, int use_stdin)
{
	struct searchasm *a = searchasm_create(AUPARSE_EOE_TIMEOUT, 0, 0);
	struct logread *lr = logread_create();
	int rc = 0, fd;

	if (!a || !lr) {
		fprintf(stderr, "Error - %s\n", strerror(ENOMEM));
		rc = 1;
	} else if (file) {
		fd = open(file, O_RDONLY | O_CLOEXEC);
		if (fd < 0) {
			fprintf(stderr, "Error - %s\n", strerror(errno));
			rc = 1;
		} else {
			feed_fd(al, a, lr, fd, 1);
			close(fd);
		}
	} else if (use_stdin) {
		feed_fd(al, a, lr, 0, 1);
	} else {
		if (getuid())
			fputs("You probably need to be root for this to work\n",
			      stderr);
		rc = feed_logs(al, a, lr);
	}
	if (a)
		searchasm_destroy(a);
	if (lr)
		logread_destroy(lr);
	return rc;
}

int main(int argc, char **argv)
{
	struct aulast al;
	const char *file = NULL;
	int use_stdin = 0, rc;

	setlocale(LC_ALL, "");
	memset(&al, 0, sizeof(al));
	rc = parse_args(&al, argc, argv, &file, &use_stdin);
	if (rc == 0) {
		al.fmt = searchfmt_create(NULL);
		if (!al.fmt) {
			fprintf(stderr, "Error - %s\n", strerror(ENOMEM));
			rc = 1;
		} else {
			evcursor_init(&al.cur);
			rc = run(&al, file, use_stdin);
			if (rc == 0)
				session_leftovers(&al);
			evcursor_free(&al.cur);
			searchfmt_destroy(al.fmt);
		}
	}
	session_clear(&al);
	free(al.kernel);
	if (al.extract)
		fclose(al.extract);
	return rc;
}
