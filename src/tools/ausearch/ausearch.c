/* ausearch - search the audit logs: audit 3.0.9's ausearch, byte for byte
 * (the project's spec of the tools, section 2), on the search library
 * (search.h): main reads the options, picks the input, feeds the lines to
 * the event assembly, matches and prints each event as it completes. */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ausearch.h"
#include "util.h"


struct run {
	const struct query *q;
	struct searchasm *asm_;
	struct logread *lr;
	struct items items;
	int matched;
	int done;		/* --just-one met, or a stale checkpoint */
	/* --checkpoint */
	int use_ck;		/* a checkpoint file, and not stdin (which
				 * still never flushes) */
	struct checkpoint ck, last;
	int suppress;		/* before the checkpointed event */
	int status;		/* 12: stale checkpoint */
	char *last_file;	/* the last log read */
	struct render *render;	/* -i, csv, text */
	int prefilter;		/* match_line_may() marks the events */
};

#define MARK_MAY	1u

/* ---- output -------------------------------------------------------------- */

static void print_event(struct run *run, const struct search_event *ev)
{
	const struct query *q = run->q;
	size_t i;

	if (run->render) {
		render_event(run->render, q, ev);
	} else if (q->format == AS_RAW) {
		/* an enriched event prints every record with its 0x1D, an
		 * empty interpretation for those without one */
		for (i = 0; i < ev->nrecs; i++) {
			const struct search_rec *r = &ev->recs[i];

			fwrite(r->line, 1, r->len, stdout);
			if (ev->enriched && r->raw_len == r->len)
				putchar(0x1d);
			putchar('\n');
		}
	} else {
		const struct search_rec *last = &ev->recs[ev->nrecs - 1];
		time_t t = (time_t)ev->sec;
		char tbuf[64];

		fputs("----\ntime->", stdout);
		fputs(ctime_r(&t, tbuf) ? tbuf : "\n", stdout);
		if (last->type >= 1200 && last->type <= 1299) {
			fwrite(last->line, 1, last->raw_len, stdout);
			putchar('\n');
		} else {
			for (i = ev->nrecs; i-- > 0;) {
				searchfmt_write_escaped(stdout, (enum searchfmt_escape)q->escape,
							ev->recs[i].line, ev->recs[i].raw_len);
				putchar('\n');
			}
		}
	}
	if (q->line_buffered)
		fflush(stdout);
}

/* --checkpoint: whether ev was output by a run before; notes ev as the
 * last event seen. */
static int skip_before_checkpoint(struct run *run,
				  const struct search_event *ev)
{
	const struct checkpoint *ck = &run->ck;

	checkpoint_note(&run->last, ev);
	if (!ck->loaded)
		return 0;
	if (run->q->ts_checkpoint)
		return ev->sec < ck->sec ||
		       (ev->sec == ck->sec && ev->milli < ck->milli);
	if (!run->suppress)
		return 0;
	if (checkpoint_is(ck, ev)) {
		run->suppress = 0;
		return 1;
	}
	if (ev->sec > ck->sec + 2) {
		fprintf(stderr, "Corrupted checkpoint file. Inode match, but "
			"newer complete event (%lld.%03u:%lu) found before "
			"loaded checkpoint %lld.%03u:%lu\n", ev->sec, ev->milli,
			ev->serial, ck->sec, ck->milli, ck->serial);
		run->status = 12;
		run->done = 1;
	}
	return 1;
}

static void drain(struct run *run)
{
	const struct search_event *ev;

	while (!run->done && (ev = searchasm_next(run->asm_))) {
		if (run->use_ck && skip_before_checkpoint(run, ev))
			continue;
		if (run->prefilter && !(ev->marks & MARK_MAY))
			continue;
		if (!match_event(run->q, &run->items, ev))
			continue;
		print_event(run, ev);
		run->matched = 1;
		if (run->q->just_one)
			run->done = 1;
	}
}

/* ---- input --------------------------------------------------------------- */

/* Lines are kept by reference in the reader's memory until their event
 * is given. With a prefilter (match.c), each line says whether it may
 * hold what is searched for: an event none of whose lines may is not
 * extracted at all. */
static void feed_fd(struct run *run, int fd)
{
	const char *line, *ts;
	size_t len, tslen;
	enum searchasm_added added;

	logread_attach(run->lr, fd);
	while (!run->done && logread_next(run->lr, &line, &len) == 1) {
		added = searchasm_add_held(run->asm_, run->lr, line, len, &ts,
					   &tslen);
		if (added == SEARCHASM_BADTIME)
			fprintf(stderr, "Error extracting time stamp (%.*s)\n",
				(int)tslen, ts);
		else if (added == SEARCHASM_ADDED && run->prefilter &&
			 match_line_may(run->q, line, len))
			searchasm_mark(run->asm_, MARK_MAY);
		drain(run);
	}
}

/* The end of the last input: every event completes, except with a
 * checkpoint, where the open ones wait for the next run. */
static void finish(struct run *run)
{
	if (!run->q->checkpoint)
		searchasm_flush(run->asm_);
	drain(run);
}

static void note_file(struct run *run, const char *path)
{
	free(run->last_file);
	run->last_file = xstrdup(path);
}

/* With a checkpoint, reading starts at the file it names (by device and
 * inode): its index in files, or -1 when none is. */
static long checkpoint_start(const struct run *run,
			     const struct logread_files *files)
{
	size_t i;

	if (!run->use_ck || !run->ck.loaded || run->q->ts_checkpoint)
		return 0;
	for (i = files->n; i-- > 0;) {
		struct stat st;

		if (stat(files->paths[i], &st) == 0 &&
		    (unsigned long long)st.st_dev == run->ck.dev &&
		    (unsigned long long)st.st_ino == run->ck.ino)
			return (long)i;
	}
	return -1;
}

/* A rotated set, oldest first: 0, or 1 after "Error opening". */
static int feed_rotated(struct run *run, const char *base)
{
	struct logread_files files;
	size_t i;
	long first;
	int rc = 0;

	logread_rotated(base, &files);
	if (files.n == 0) {
		fprintf(stderr, "Error opening %s (%s)\n", base,
			strerror(ENOENT));
		logread_files_free(&files);
		return 1;
	}
	first = checkpoint_start(run, &files);
	if (first < 0) {
		logread_files_free(&files);
		return 10;
	}
	for (i = (size_t)first; i < files.n && !run->done; i++) {
		int fd = open(files.paths[i], O_RDONLY | O_CLOEXEC);

		if (fd < 0) {
			fprintf(stderr, "Error opening %s (%s)\n",
				files.paths[i], strerror(errno));
			rc = 1;
			break;
		}
		note_file(run, files.paths[i]);
		feed_fd(run, fd);
		close(fd);
	}
	if (rc == 0)
		finish(run);
	logread_files_free(&files);
	return rc;
}

static int feed_input(struct run *run, const char *conf_log)
{
	const struct query *q = run->q;
	struct stat st;

	if (q->input) {
		if (stat(q->input, &st) < 0) {
			perror("stat");
			return 1;
		}
		if (S_ISDIR(st.st_mode)) {
			size_t n = strlen(q->input);
			char *base = xmalloc(n + 16);
			int rc;

			snprintf(base, n + 16, "%s%saudit.log", q->input,
				 n && q->input[n - 1] == '/' ? "" : "/");
			fprintf(stderr, "NOTE - using logs in %s\n", base);
			rc = feed_rotated(run, base);
			free(base);
			return rc;
		} else {
			int fd = open(q->input, O_RDONLY | O_CLOEXEC);

			if (fd < 0) {
				fprintf(stderr, "Error opening %s (%s)\n",
					q->input, strerror(errno));
				return 1;
			}
			note_file(run, q->input);
			feed_fd(run, fd);
			close(fd);
			finish(run);
			return 0;
		}
	}
	if (!q->input_logs && fstat(0, &st) == 0 && S_ISFIFO(st.st_mode)) {
		if (q->checkpoint) {
			fputs("Warning - checkpointing stdin is not supported",
			      stderr);
			run->use_ck = 0;
		}
		feed_fd(run, 0);
		finish(run);
		return 0;
	}
	return feed_rotated(run, conf_log);
}

int main(int argc, char **argv)
{
	struct query q;
	struct run run;
	struct rlimit unlimited = { RLIM_INFINITY, RLIM_INFINITY };
	char conf_log[4096];
	unsigned timeout;
	int rc;

	setlocale(LC_ALL, "");
	memset(&q, 0, sizeof(q));
	q.escape = AS_ESC_TTY;
	q.success = -1;
	q.machine = -1;
	rc = options_parse(&q, argc, argv);
	if (rc)
		return rc > 0 ? 0 : 1;
	setrlimit(RLIMIT_FSIZE, &unlimited);
	setrlimit(RLIMIT_CPU, &unlimited);
	umask(027);
	if (logread_conf(conf_log, sizeof(conf_log), &timeout) < 0)
		fprintf(stderr, "NOTE - using built-in logs: %s\n", conf_log);
	if (q.eoe_timeout)
		timeout = q.eoe_timeout;
	memset(&run, 0, sizeof(run));
	run.q = &q;
	if (q.checkpoint) {
		rc = checkpoint_load(q.checkpoint, &run.ck);
		if (rc)
			return rc;
		run.use_ck = 1;
		run.suppress = run.ck.loaded && run.ck.sec != 0;
		run.last = run.ck;
	}
	if ((q.format == AS_INTERPRET || q.format == AS_CSV || q.format == AS_TEXT) &&
	    !(run.render = render_create(&q))) {
		fputs("No memory\n", stderr);
		return 1;
	}
	run.asm_ = searchasm_create(timeout, q.start, q.end);
	run.lr = logread_create();
	if (!run.asm_ || !run.lr) {
		fputs("No memory\n", stderr);
		return 1;
	}
	items_init(&run.items);
	run.prefilter = match_prefilter(&q);
	rc = feed_input(&run, conf_log);
	fflush(stdout);
	if (rc == 0 && run.status)
		rc = run.status;
	if (rc == 0 && run.use_ck && run.last_file)
		rc = checkpoint_write(q.checkpoint, run.last_file, &run.last);
	if (rc == 0 && !run.matched) {
		if (q.format != AS_RAW)
			fputs("<no matches>\n", stderr);
		rc = 1;
	}
	items_free(&run.items);
	render_destroy(run.render);
	free(run.last_file);
	searchasm_destroy(run.asm_);
	logread_destroy(run.lr);
	free(q.types);
	return rc;
}
