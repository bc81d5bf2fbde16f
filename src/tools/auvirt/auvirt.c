/* auvirt - the virtual machines' lives found in the audit logs: audit
 * 3.0.9's auvirt, byte for byte (auvirt(8); Debian 12's binary is the
 * oracle of tests/tools/toolbox2-diff.sh). main reads the options and the
 * input; the lines become events as the search library assembles them
 * (search.h); guests.c ties the events to their guests and report.c
 * prints the list at the end.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "auvirt.h"

/* libauparse's end of an event without an EOE (its own default) */
#define AUPARSE_EOE_TIMEOUT	2

struct input {
	const char *file;
	int use_stdin, help;
	time_t start, end;
};

static void usage(FILE *f)
{
	fputs("usage: auvirt [--stdin] [--all-events] [--summary] "
	      "[--start start-date [start-time]] [--end end-date [end-time]] "
	      "[--file file-name] [--show-uuid] [--proof] [--debug] "
	      "[--uuid uuid] [--vm vm-name]\n", f);
}

/* -ts/--start and -te/--end: a date and, unless the next word is an
 * option, a time. 0, or 1 after the message. */
static int time_option(int end, char **argv, int argc, int *i, time_t *out)
{
	const char *typed = argv[*i], *date, *tm = NULL;
	struct timearg_clock clock;
	char msg[256];

	if (*i + 1 >= argc || argv[*i + 1][0] == '-') {
		fprintf(stderr, "\"%s\" option requires at least one argument.\n",
			typed);
		return 1;
	}
	date = argv[++*i];
	if (*i + 1 < argc && argv[*i + 1][0] != '-')
		tm = argv[++*i];
	timearg_clock_now(&clock);
	if (timearg_parse(end, date, tm, &clock, out, msg, sizeof(msg)) < 0) {
		fputs(msg, stderr);
		return 1;
	}
	return 0;
}

/* The value of an option that takes one, or NULL after the message. */
static const char *value(char **argv, int argc, int *i)
{
	if (*i + 1 >= argc) {
		fprintf(stderr, "\"%s\" option requires an argument.\n",
			argv[*i]);
		return NULL;
	}
	return argv[++*i];
}

static int is(const char *w, const char *a, const char *b)
{
	return strcmp(w, a) == 0 || (b && strcmp(w, b) == 0);
}

/* 8-4-4-4-12 hex digits */
static int uuid_valid(const char *u)
{
	size_t i;

	if (strlen(u) != 36)
		return 0;
	for (i = 0; i < 36; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (u[i] != '-')
				return 0;
		} else if (!isxdigit((unsigned char)u[i])) {
			return 0;
		}
	}
	return 1;
}

/* 0 to go on, else the exit status (-1: --help, exit 0). */
static int parse_args(struct auvirt *av, struct input *in, int argc,
		      char **argv)
{
	int i;

	for (i = 1; i < argc; i++) {
		const char *w = argv[i];
		int *flag = NULL;

		if (is(w, "-h", "--help")) {
			in->help = 1;
			return -1;
		} else if (is(w, "--all-events", NULL)) {
			flag = &av->all_events;
		} else if (is(w, "--summary", NULL)) {
			flag = &av->summary;
		} else if (is(w, "--proof", NULL)) {
			flag = &av->proof;
		} else if (is(w, "--debug", NULL)) {
			flag = &av->debug;
		} else if (is(w, "--show-uuid", NULL)) {
			flag = &av->show_uuid;
		} else if (is(w, "--stdin", NULL)) {
			flag = &in->use_stdin;
		} else if (is(w, "-f", "--file")) {
			if (!(in->file = value(argv, argc, &i)))
				return 1;
		} else if (is(w, "-u", "--uuid")) {
			if (!(av->uuid = value(argv, argc, &i)))
				return 1;
			/* checked at once: --debug after it says nothing */
			if (!uuid_valid(av->uuid)) {
				fprintf(stderr, "Invalid uuid: %s\n", av->uuid);
				if (av->debug)
					printf("Exit code: 1\n");
				return 1;
			}
		} else if (is(w, "-v", "--vm")) {
			if (!(av->vm = value(argv, argc, &i)))
				return 1;
		} else if (is(w, "-ts", "--start")) {
			if (time_option(0, argv, argc, &i, &in->start))
				return 1;
		} else if (is(w, "-te", "--end")) {
			if (time_option(1, argv, argc, &i, &in->end))
				return 1;
		} else {
			fprintf(stderr, "Unknown option \"%s\".\n", w);
			return 1;
		}
		if (flag)
			*flag = 1;
	}
	if (in->use_stdin && in->file) {
		fputs("\"--sdtin\" and \"--file\" options must not be specified "
		      "together.\n", stderr);
		return 1;
	}
	return 0;
}

static void debug_options(const struct auvirt *av, const struct input *in)
{
	char a[32] = "", b[32] = "";

	if (in->start)
		report_short_time(in->start, a, sizeof(a));
	if (in->end)
		report_short_time(in->end, b, sizeof(b));
	fprintf(stderr, "help_flag='%d'\nstdin_flag='%d'\nall_events_flag='%d'\n"
		"summary_flag='%d'\nuuid='%s'\nvm='%s'\nfile='%s'\n"
		"start_time='%s'\nend_time='%s'\n", in->help, in->use_stdin,
		av->all_events, av->summary, av->uuid ? av->uuid : "(null)",
		av->vm ? av->vm : "(null)", in->file ? in->file : "(null)", a, b);
}

static void on_event(void *ctx, const struct search_event *ev)
{
	guests_event(ctx, ev);
}

static void feed_fd(struct auvirt *av, struct searchasm *a,
		    struct logread *lr, int fd, int last)
{
	searchasm_feed(a, lr, fd, last, on_event, av);
}

/* The configured logs, oldest first: 0, or 1 when there are none. */
static int feed_logs(struct auvirt *av, struct searchasm *a,
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
		fprintf(stderr, "Error: %s\n", strerror(ENOENT));
		return 1;
	}
	for (i = 0; i < files.n; i++) {
		int fd = open(files.paths[i], O_RDONLY | O_CLOEXEC);

		if (fd < 0)
			continue;
		feed_fd(av, a, lr, fd, i + 1 == files.n);
		close(fd);
	}
	logread_files_free(&files);
	return 0;
}

static int run(struct auvirt *av, const struct input *in)
{
	struct searchasm *a = searchasm_create(AUPARSE_EOE_TIMEOUT, in->start,
					       in->end);
	struct logread *lr = logread_create();
	int rc = 0, fd;

	if (!a || !lr) {
		fprintf(stderr, "Error: %s\n", strerror(ENOMEM));
		rc = 1;
	} else if (in->file) {
		fd = open(in->file, O_RDONLY | O_CLOEXEC);
		if (fd < 0) {
			fprintf(stderr, "Error: %s\n", strerror(errno));
			rc = 1;
		} else {
			feed_fd(av, a, lr, fd, 1);
			close(fd);
		}
	} else if (in->use_stdin) {
		feed_fd(av, a, lr, 0, 1);
	} else {
		rc = feed_logs(av, a, lr);
	}
	if (a)
		searchasm_destroy(a);
	if (lr)
		logread_destroy(lr);
	return rc;
}

int main(int argc, char **argv)
{
	struct auvirt av;
	struct input in;
	int rc;

	setlocale(LC_ALL, "");
	memset(&av, 0, sizeof(av));
	memset(&in, 0, sizeof(in));
	rc = parse_args(&av, &in, argc, argv);
	if (rc < 0) {
		usage(stdout);
		return 0;
	}
	if (rc)
		return rc;
	if (av.debug)
		debug_options(&av, &in);
	av.fmt = searchfmt_create(NULL);
	if (!av.fmt) {
		fprintf(stderr, "Error: %s\n", strerror(ENOMEM));
		rc = 1;
		goto out;
	}
	evcursor_init(&av.cur);
	rc = run(&av, &in);
	if (rc == 0)
		report_print(&av);
	evcursor_free(&av.cur);
	searchfmt_destroy(av.fmt);
out:
	guests_clear(&av);
	if (av.debug)
		printf("Exit code: %d\n", rc);
	return rc;
}
