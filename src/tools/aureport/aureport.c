/* aureport - summary reports of the audit logs: audit 3.0.9's aureport,
 * byte for byte (the project's spec of the tools, section 3), on the
 * search library (search.h): main reads the options, prints the title,
 * feeds the input's lines to the event assembly and each complete event
 * to the report (report.c), then the totals. */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "aureport.h"
#include "util.h"


struct stamp {
	long long sec;
	unsigned milli;
	int set;
};

struct run {
	const struct ar_opts *o;
	struct searchasm *asm_;
	struct logread *lr;
	struct report *rep;
	struct stamp first_line;	/* the main summary's first time */
	struct stamp file_first, file_last;	/* events of this file */
};

/* A line's time as the tools find it (spec 1.3, steps 1 to 4): 0, or -1
 * when the line is not a record or its timestamp is refused. */
static int line_time(const char *line, size_t len, struct stamp *st)
{
	char buf[341], *tok[3], *save = NULL, *p, *ts, *end;
	size_t lim = len && line[0] == 'n' ? 340 : 80, n = 0, want;
	unsigned long long sec, milli = 0;

	if (len > lim)
		len = lim;
	memcpy(buf, line, len);
	buf[len] = '\0';
	want = buf[0] == 'n' ? 3 : 2;
	for (p = strtok_r(buf, " ", &save); p && n < want;
	     p = strtok_r(NULL, " ", &save))
		tok[n++] = p;
	if (n < want || strlen(tok[want - 1]) <= 18)
		return -1;
	p = tok[want - 1];
	ts = p[9] == '(' ? p + 9 : strchr(p, '(');
	if (!ts)
		return -1;
	ts++;
	errno = 0;
	sec = strtoull(ts, &end, 10);
	if (errno)
		return -1;
	if (*end == '.') {
		milli = strtoull(end + 1, &end, 10);
		if (errno || milli > 999)
			return -1;
	}
	st->sec = (long long)sec;
	st->milli = (unsigned)milli;
	st->set = 1;
	return 0;
}

static void note_first_line(struct run *run, const char *line, size_t len)
{
	const struct ar_opts *o = run->o;
	struct stamp st;

	if (run->first_line.set || line_time(line, len, &st) < 0)
		return;
	/* with -ts, 3.0.9 keeps the first record outside the range */
	if (o->start && st.sec >= o->start && (!o->end || st.sec <= o->end))
		return;
	run->first_line = st;
}

static void drain(struct run *run)
{
	const struct search_event *ev;

	while ((ev = searchasm_next(run->asm_))) {
		if (!run->file_first.set) {
			run->file_first.sec = ev->sec;
			run->file_first.milli = ev->milli;
			run->file_first.set = 1;
		}
		run->file_last.sec = ev->sec;
		run->file_last.milli = ev->milli;
		run->file_last.set = 1;
		report_event(run->rep, ev);
	}
}

static void print_stamp(const struct stamp *st)
{
	time_t t = (time_t)st->sec;
	struct tm tm;
	char buf[64];

	if (localtime_r(&t, &tm))
		strftime(buf, sizeof(buf), "%x %T", &tm);
	else
		snprintf(buf, sizeof(buf), "?");
	printf("%s.%03u", buf, st->milli);
}

/* One input file (fd, named name); last: the end of the input. */
static void feed_fd(struct run *run, int fd, const char *name, int last)
{
	const char *line, *ts;
	size_t len, tslen;

	memset(&run->file_first, 0, sizeof(run->file_first));
	memset(&run->file_last, 0, sizeof(run->file_last));
	logread_attach(run->lr, fd);
	while (logread_next(run->lr, &line, &len) == 1) {
		note_first_line(run, line, len);
		if (searchasm_add_held(run->asm_, run->lr, line, len, &ts,
				       &tslen) == SEARCHASM_BADTIME)
			fprintf(stderr, "Error extracting time stamp (%.*s)\n",
				(int)tslen, ts);
		drain(run);
	}
	if (last) {
		searchasm_flush(run->asm_);
		drain(run);
	}
	if (run->o->report == AR_TIME) {
		if (!run->file_first.set) {
			printf("%s: no records\n", name);
		} else {
			printf("%s: ", name);
			print_stamp(&run->file_first);
			fputs(" - ", stdout);
			print_stamp(&run->file_last);
			putchar('\n');
		}
	}
	if (last)
		report_set_range(run->rep, run->first_line.sec,
				 run->first_line.milli, run->file_last.sec,
				 run->file_last.milli);
}

/* A rotated set, oldest first: 0, or 1 after "Error opening". */
static int feed_rotated(struct run *run, const char *base)
{
	struct logread_files files;
	size_t i;
	int rc = 0;

	logread_rotated(base, &files);
	if (files.n == 0) {
		fprintf(stderr, "Error opening %s (%s)\n", base,
			strerror(ENOENT));
		logread_files_free(&files);
		return 1;
	}
	for (i = 0; i < files.n; i++) {
		int fd = open(files.paths[i], O_RDONLY | O_CLOEXEC);

		if (fd < 0) {
			fprintf(stderr, "Error opening %s (%s)\n",
				files.paths[i], strerror(errno));
			rc = 1;
			break;
		}
		feed_fd(run, fd, files.paths[i], i + 1 == files.n);
		close(fd);
	}
	logread_files_free(&files);
	return rc;
}

static int feed_input(struct run *run, const char *conf_log)
{
	const struct ar_opts *o = run->o;
	struct stat st;
	int fd;

	if (o->input) {
		if (stat(o->input, &st) < 0) {
			perror("stat");
			return 1;
		}
		if (S_ISDIR(st.st_mode)) {
			size_t n = strlen(o->input);
			char *base = xmalloc(n + 16);
			int rc;

			snprintf(base, n + 16, "%s%saudit.log", o->input,
				 n && o->input[n - 1] == '/' ? "" : "/");
			fprintf(stderr, "NOTE - using logs in %s\n", base);
			rc = feed_rotated(run, base);
			free(base);
			return rc;
		}
		fd = open(o->input, O_RDONLY | O_CLOEXEC);
		if (fd < 0) {
			fprintf(stderr, "Error opening %s (%s)\n", o->input,
				strerror(errno));
			return 1;
		}
		feed_fd(run, fd, o->input, 1);
		close(fd);
		return 0;
	}
	if (!o->input_logs && fstat(0, &st) == 0 && S_ISFIFO(st.st_mode)) {
		feed_fd(run, 0, "stdin", 1);
		return 0;
	}
	return feed_rotated(run, conf_log);
}

int main(int argc, char **argv)
{
	struct ar_opts o;
	struct run run;
	struct rlimit unlimited = { RLIM_INFINITY, RLIM_INFINITY };
	char conf_log[4096];
	unsigned timeout;
	int rc;

	setlocale(LC_ALL, "");
	memset(&o, 0, sizeof(o));
	o.report = AR_SUMMARY;
	o.success = -1;
	o.escape = AR_ESC_TTY;
	rc = options_parse(&o, argc, argv);
	if (rc)
		return rc == 1 ? 0 : 1;
	if (o.summary && (o.report == AR_TIME || o.report == AR_TTY)) {
		putchar('\n');
		fflush(stdout);
		fputs("Unimplemented option\n", stderr);
		return 1;
	}
	setrlimit(RLIMIT_FSIZE, &unlimited);
	setrlimit(RLIMIT_CPU, &unlimited);
	if (logread_conf(conf_log, sizeof(conf_log), &timeout) < 0)
		fprintf(stderr, "NOTE - using built-in logs: %s\n", conf_log);
	if (o.eoe_timeout)
		timeout = o.eoe_timeout;
	memset(&run, 0, sizeof(run));
	run.o = &o;
	run.asm_ = searchasm_create(timeout, o.start, o.end);
	run.lr = logread_create();
	if (!run.asm_ || !run.lr) {
		fputs("No memory\n", stderr);
		return 1;
	}
	run.rep = report_create(&o);
	report_title(run.rep);
	rc = feed_input(&run, conf_log);
	if (rc == 0)
		rc = report_finish(run.rep);
	fflush(stdout);
	report_destroy(run.rep);
	searchasm_destroy(run.asm_);
	logread_destroy(run.lr);
	return rc;
}
