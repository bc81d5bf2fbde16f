/* options.c - aureport's command line as 3.0.9 reads it (the project's
 * spec of the tools, 1.1 and 3.1): words looked up whole in a table, an
 * option's argument the next word unless it starts with '-', the first
 * error stops the parse and is followed by the usage text. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aureport.h"
#include "util.h"

enum arg_mode {
	ARG_NONE,	/* a following word is the next option */
	ARG_REFUSED,	/* a following word is an error */
	ARG_NEEDED,
	ARG_TIME,	/* -ts/-te: one or two words */
	ARG_SPECIFIC,	/* a report whose "specific item" is unimplemented */
};

enum other {
	O_REPORT, O_SUMMARY, O_FAILED, O_SUCCESS, O_ADD, O_DELETE, O_NOCONF,
	O_NODE, O_START, O_END, O_INTERP, O_INPUT, O_INPUT_LOGS, O_ESCAPE,
	O_EOE, O_DEBUG, O_HELP, O_VERSION,
};

struct opt {
	const char *s, *l;
	enum arg_mode mode;
	enum other what;
	enum ar_report report;
};

static const struct opt options[] = {
	{ "-a", "--avc", ARG_NONE, O_REPORT, AR_AVC },
	{ "-au", "--auth", ARG_NONE, O_REPORT, AR_AUTH },
	{ NULL, "--comm", ARG_SPECIFIC, O_REPORT, AR_COMM },
	{ "-c", "--config", ARG_NONE, O_REPORT, AR_CONFIG },
	{ "-cr", "--crypto", ARG_NONE, O_REPORT, AR_CRYPTO },
	{ "-e", "--event", ARG_NONE, O_REPORT, AR_EVENT },
	{ "-f", "--file", ARG_SPECIFIC, O_REPORT, AR_FILE },
	{ "-h", "--host", ARG_SPECIFIC, O_REPORT, AR_HOST },
	{ NULL, "--integrity", ARG_NONE, O_REPORT, AR_INTEGRITY },
	{ "-k", "--key", ARG_SPECIFIC, O_REPORT, AR_KEY },
	{ "-l", "--login", ARG_NONE, O_REPORT, AR_LOGIN },
	{ "-m", "--mods", ARG_NONE, O_REPORT, AR_MODS },
	{ "-ma", "--mac", ARG_NONE, O_REPORT, AR_MAC },
	{ "-n", "--anomaly", ARG_SPECIFIC, O_REPORT, AR_ANOMALY },
	{ "-p", "--pid", ARG_SPECIFIC, O_REPORT, AR_PID },
	{ "-r", "--response", ARG_SPECIFIC, O_REPORT, AR_RESPONSE },
	{ "-s", "--syscall", ARG_SPECIFIC, O_REPORT, AR_SYSCALL },
	{ "-t", "--log", ARG_NONE, O_REPORT, AR_TIME },
	{ "-tm", "--terminal", ARG_SPECIFIC, O_REPORT, AR_TERM },
	{ NULL, "--tty", ARG_NONE, O_REPORT, AR_TTY },
	{ "-u", "--user", ARG_SPECIFIC, O_REPORT, AR_USER },
	{ NULL, "--virt", ARG_NONE, O_REPORT, AR_VIRT },
	{ "-x", "--executable", ARG_SPECIFIC, O_REPORT, AR_EXE },
	{ NULL, "--summary", ARG_NONE, O_SUMMARY, 0 },
	{ NULL, "--failed", ARG_NONE, O_FAILED, 0 },
	{ NULL, "--success", ARG_NONE, O_SUCCESS, 0 },
	{ NULL, "--add", ARG_NONE, O_ADD, 0 },
	{ NULL, "--delete", ARG_NONE, O_DELETE, 0 },
	{ "-nc", "--no-config", ARG_NONE, O_NOCONF, 0 },
	{ NULL, "--node", ARG_NEEDED, O_NODE, 0 },
	{ "-ts", "--start", ARG_TIME, O_START, 0 },
	{ "-te", "--end", ARG_TIME, O_END, 0 },
	{ "-i", "--interpret", ARG_REFUSED, O_INTERP, 0 },
	{ "-if", "--input", ARG_NEEDED, O_INPUT, 0 },
	{ NULL, "--input-logs", ARG_NONE, O_INPUT_LOGS, 0 },
	{ NULL, "--escape", ARG_NEEDED, O_ESCAPE, 0 },
	{ NULL, "--eoe-timeout", ARG_NEEDED, O_EOE, 0 },
	{ NULL, "--debug", ARG_NONE, O_DEBUG, 0 },
	{ NULL, "--help", ARG_NONE, O_HELP, 0 },
	{ "-v", "--version", ARG_NONE, O_VERSION, 0 },
};

static const struct opt *opt_find(const char *word)
{
	size_t i;

	for (i = 0; i < NELEM(options); i++)
		if ((options[i].s && strcmp(word, options[i].s) == 0) ||
		    strcmp(word, options[i].l) == 0)
			return &options[i];
	return NULL;
}

/* -ts/-te (spec 1.6; no "checkpoint" here). */
static int opt_time(struct ar_opts *o, int end, const char *typed, char **w,
		    int n, int *used)
{
	time_t t;

	if (timearg_option(end, 0, typed, w, n, used, &t) < 0)
		return -1;
	if (end)
		o->end = t;
	else
		o->start = t;
	return 0;
}

static int starts_digit(const char *s)
{
	return *s >= '0' && *s <= '9';
}

/* An option with its argument (arg NULL when it takes none). */
static int opt_apply(struct ar_opts *o, const struct opt *op,
		     const char *word, const char *arg)
{
	static const char *const modes[] = {
		[AR_ESC_RAW] = "raw", [AR_ESC_TTY] = "tty",
		[AR_ESC_SHELL] = "shell", [AR_ESC_SHELL_QUOTE] = "shell_quote",
	};
	unsigned long v;
	size_t i;

	switch (op->what) {
	case O_REPORT:
		if (o->report != AR_SUMMARY) {
			fputs("Error - only one report can be specified",
			      stderr);
			return -1;
		}
		o->report = op->report;
		return 0;
	case O_SUMMARY:
		o->summary = 1;
		return 0;
	case O_FAILED:
		o->success = 0;
		return 0;
	case O_SUCCESS:
		o->success = 1;
		return 0;
	case O_ADD:
		o->add = 1;
		return 0;
	case O_DELETE:
		o->del = 1;
		return 0;
	case O_NOCONF:
		o->no_config = 1;
		return 0;
	case O_NODE:
		if (o->nnodes < AR_MAX_NODES)
			o->nodes[o->nnodes++] = arg;
		return 0;
	case O_INTERP:
		o->interpret = 1;
		return 0;
	case O_INPUT:
		if (strlen(arg) >= 4064) {
			fprintf(stderr, "File name is too long %s\n", arg);
			return -1;
		}
		o->input = arg;
		return 0;
	case O_INPUT_LOGS:
		o->input_logs = 1;
		return 0;
	case O_ESCAPE:
		for (i = 0; i < NELEM(modes); i++)
			if (strcmp(arg, modes[i]) == 0) {
				o->escape = (enum ar_escape)i;
				return 0;
			}
		fprintf(stderr, "Unknown option (%s)\n", arg);
		return -1;
	case O_EOE:
		if (!starts_digit(arg)) {
			fprintf(stderr, "End of Event Timeout must be a "
				"numeric value, was %s\n", arg);
			return -1;
		}
		errno = 0;
		v = strtoul(arg, NULL, 10);
		if (errno || v == 0 || v > 0xffffffffUL) {
			fprintf(stderr, "Illegal value for End of Event "
				"Timeout, was %s\n", arg);
			return -1;
		}
		o->eoe_timeout = (unsigned)v;
		return 0;
	case O_DEBUG:
		o->debug = 1;
		return 0;
	case O_HELP:
		fputs(aureport_usage, stdout);
		return 1;
	case O_VERSION:
		puts("aureport version 3.0.9");
		return 1;
	case O_START:
	case O_END:
		break;
	}
	(void)word;
	return 0;
}

int options_parse(struct ar_opts *o, int argc, char **argv)
{
	int c, rc = 0;

	for (c = 1; c < argc && rc == 0; c++) {
		const char *word = argv[c], *arg;
		const struct opt *op = opt_find(word);
		int used = 0;

		if (!op) {
			fprintf(stderr, "%s is an unsupported option\n", word);
			rc = -1;
			break;
		}
		arg = c + 1 < argc && argv[c + 1][0] != '-' ? argv[c + 1] : NULL;
		switch (op->mode) {
		case ARG_SPECIFIC:
			if (arg) {
				fputs("Unimplemented option\n", stderr);
				return 2;
			}
			/* fall through */
		case ARG_NONE:
			rc = opt_apply(o, op, word, NULL);
			break;
		case ARG_REFUSED:
			if (arg) {
				fprintf(stderr, "Argument is NOT required for "
					"%s\n", word);
				rc = -1;
				break;
			}
			rc = opt_apply(o, op, word, NULL);
			break;
		case ARG_NEEDED:
			if (!arg) {
				fprintf(stderr, "Argument is required for %s\n",
					word);
				rc = -1;
				break;
			}
			c++;
			rc = opt_apply(o, op, word, arg);
			break;
		case ARG_TIME:
			rc = opt_time(o, op->what == O_END, word, argv + c + 1,
				      argc - c - 1, &used);
			c += used;
			break;
		}
	}
	if (rc < 0)
		fputs(aureport_usage, stdout);
	return rc;
}
