/* test_rules_compile.c - the compiler: auditctl words -> acts and kernel rules.
 *
 * The golden data in tests/data/rules/compile/ is what Debian's auditctl
 * 3.0.9 did with each line of cases.txt and of its example rule files
 * (tests/data/rules/capture.sh records it): the netlink messages it sent,
 * byte for byte, its messages on stderr and, reading the line from a rules
 * file, what it sent to syslog. Every case is compiled here with the same
 * words and must give the same rule bytes, the same control acts in the
 * same order, the same messages on the same channel, and succeed or fail
 * as auditctl did. Then hand-written cases for what cannot be sent to the
 * kernel (-e 2, -f 2, --loginuid-immutable, --signal) and for the pieces:
 * word splitting, the field, list, operator and errno tables. */
#include <check.h>

#include "unit.h"
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <syslog.h>
#include <linux/audit.h>
#include "rules.h"
#include "tables.h"

#define NATIVE	AUDIT_ARCH_X86_64

static const char *data_dir(void)
{
	const char *d = getenv("VIGIL_RULES_COMPILE_DIR");

	return d ? d : "tests/data/rules/compile";
}

/* --- capturing messages ------------------------------------------------- */

#define MAX_MSGS 16

struct msgs {
	unsigned n;
	int prio[MAX_MSGS];
	char text[MAX_MSGS][PATH_MAX + 300];
};

static void capture(void *arg, int prio, const char *msg)
{
	struct msgs *m = arg;

	if (m->n < MAX_MSGS) {
		m->prio[m->n] = prio;
		snprintf(m->text[m->n], sizeof(m->text[0]), "%s", msg);
	}
	m->n++;
}

/* The words of a command line as capture.sh gave them to auditctl: split
 * at spaces, "\ " and "\\" escaped, no limit on their number. */
static int shell_words(const char *line, char ***words)
{
	size_t len = strlen(line);
	char **w = malloc((len + 2) * sizeof(*w) + len + 1);
	char *out = (char *)(w + len + 2);
	int n = 0, in_word = 0;

	ck_assert_ptr_nonnull(w);
	for (; *line; line++) {
		char ch = *line;

		if (ch == ' ') {
			if (in_word)
				*out++ = 0;
			in_word = 0;
			continue;
		}
		if (ch == '\\' && (line[1] == ' ' || line[1] == '\\'))
			ch = *++line;
		if (!in_word)
			w[n++] = out;
		in_word = 1;
		*out++ = ch;
	}
	*out = 0;
	w[n] = NULL;
	*words = w;
	return n;
}

/* Compile a line: as a command line (lineno 0), or as that line of a rules
 * file, split the way auditctl splits it. */
static int compile_line(const char *line, unsigned lineno, struct rules_cmd *cmd,
			struct msgs *m)
{
	struct rules_diag diag = { capture, m };
	char **words, *argv[4096];
	int n, rc;

	memset(m, 0, sizeof(*m));
	n = lineno ? rules_split_line(line, &words) : shell_words(line, &words);
	ck_assert_msg(n > 0 && n < 4095, "split %s: %d", line, n);
	argv[0] = (char *)"auditctl";
	memcpy(argv + 1, words, (size_t)n * sizeof(*argv));
	argv[n + 1] = NULL;
	rc = rules_compile_argv(n + 1, argv, lineno, NATIVE, cmd, &diag);
	free(words);
	return rc;
}

/* --- golden cases ---------------------------------------------------------- */

struct gsend {
	unsigned type;
	unsigned char *data;
	size_t len;
};

struct gcase {
	char *line;
	int stat_differs;	/* a -w path is not what it was at capture */
	int exit_code;
	char *err[MAX_MSGS];
	unsigned nerr;
	struct gsend send[32];
	unsigned nsend;
	char *ferr[MAX_MSGS];	/* rules-file run: channel ('E' stderr, or the
				 * syslog priority digit), then the text */
	unsigned nferr;
};

static unsigned char *unzrle(const char *h, size_t *len)
{
	size_t cap = strlen(h) + 4096, n = 0;
	unsigned char *out = malloc(cap);

	ck_assert_ptr_nonnull(out);
	while (*h) {
		if (*h == '-') {
			long z = strtol(h + 1, (char **)&h, 10);

			ck_assert_int_eq(*h, '-');
			h++;
			if (n + (size_t)z > cap) {
				cap = n + (size_t)z + 4096;
				out = realloc(out, cap);
				ck_assert_ptr_nonnull(out);
			}
			memset(out + n, 0, (size_t)z);
			n += (size_t)z;
			continue;
		}
		if (n + 1 > cap) {
			cap *= 2;
			out = realloc(out, cap);
			ck_assert_ptr_nonnull(out);
		}
		ck_assert(h[1] != 0);
		sscanf(h, "%2hhx", &out[n++]);
		h += 2;
	}
	*len = n;
	return out;
}

static const char *path_type(const char *p)
{
	struct stat st;
	char buf[PATH_MAX + 1];
	size_t len = strlen(p);

	if (len > PATH_MAX)
		return "none";
	memcpy(buf, p, len + 1);
	while (len > 1 && buf[len - 1] == '/')
		buf[--len] = 0;
	if (stat(buf, &st) == 0 && S_ISDIR(st.st_mode))
		return "dir";
	if (lstat(buf, &st) == 0)
		return "file";
	return "none";
}

static struct gcase *load_golden(const char *name, size_t *count)
{
	char path[512], *line = NULL;
	size_t cap = 0, n = 0, ncap = 0;
	struct gcase *cases = NULL, *c = NULL;
	ssize_t len;
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", data_dir(), name);
	f = fopen(path, "r");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	while ((len = getline(&line, &cap, f)) >= 0) {
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = 0;
		if (strncmp(line, "case ", 5) == 0) {
			if (n == ncap) {
				ncap = ncap ? 2 * ncap : 256;
				cases = realloc(cases, ncap * sizeof(*cases));
				ck_assert_ptr_nonnull(cases);
			}
			c = &cases[n++];
			memset(c, 0, sizeof(*c));
			c->line = strdup(line + 5);
		} else if (c == NULL) {
			continue;
		} else if (strncmp(line, "stat ", 5) == 0) {
			char *type = strrchr(line, ' ');

			*type++ = 0;
			if (strcmp(path_type(line + 5), type))
				c->stat_differs = 1;
		} else if (strncmp(line, "exit ", 5) == 0) {
			c->exit_code = atoi(line + 5);
		} else if (strncmp(line, "err ", 4) == 0 && c->nerr < MAX_MSGS) {
			c->err[c->nerr++] = strdup(line + 4);
		} else if (strncmp(line, "send ", 5) == 0 && c->nsend < 32) {
			struct gsend *s = &c->send[c->nsend++];
			char *hex = strchr(line + 5, ' ');

			s->type = (unsigned)strtoul(line + 5, NULL, 16);
			s->data = unzrle(hex ? hex + 1 : "", &s->len);
		} else if (strncmp(line, "file.err ", 9) == 0 && c->nferr < MAX_MSGS) {
			char *t = malloc(strlen(line) + 4);

			sprintf(t, "E%s", line + 9);
			c->ferr[c->nferr++] = t;
		} else if (strncmp(line, "file.log ", 9) == 0 && c->nferr < MAX_MSGS) {
			char *t = malloc(strlen(line) + 4);

			sprintf(t, "%c%s", line[9], line + 11);
			c->ferr[c->nferr++] = t;
		}
	}
	free(line);
	fclose(f);
	*count = n;
	return cases;
}

static void free_golden(struct gcase *cases, size_t n)
{
	size_t i;
	unsigned j;

	for (i = 0; i < n; i++) {
		free(cases[i].line);
		for (j = 0; j < cases[i].nerr; j++)
			free(cases[i].err[j]);
		for (j = 0; j < cases[i].nsend; j++)
			free(cases[i].send[j].data);
		for (j = 0; j < cases[i].nferr; j++)
			free(cases[i].ferr[j]);
	}
	free(cases);
}

/* What auditctl prints itself, around the compiler: kernel answers, the
 * rules-file verdicts, status lines. */
static int exec_message(const char *t)
{
	static const char *const prefixes[] = {
		"Error sending ", "There was an error in line", "lost: ",
		"backlog_wait_time_actual: ",
		"The audit system is", "Auditd is not running", "No rules",
	};
	size_t i;

	for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
		if (strncmp(t, prefixes[i], strlen(prefixes[i])) == 0)
			return 1;
	return 0;
}

/* The messages as lines on one stream: "a\n" is "a" and "". */
static unsigned msg_lines(const struct msgs *m, char out[][PATH_MAX + 300],
			  int chan[], unsigned max, int file_mode)
{
	unsigned i, n = 0;

	for (i = 0; i < m->n && i < MAX_MSGS; i++) {
		const char *t = m->text[i];
		size_t len = strlen(t);
		int stderr_only = (m->prio[i] & RULES_DIAG_STDERR) != 0;
		int trailing_nl = len && t[len - 1] == '\n';

		if (n >= max)
			break;
		/* channel: 'E' stderr, or '0'+prio for syslog */
		chan[n] = (!file_mode || stderr_only) ? 'E' :
			  '0' + (m->prio[i] & LOG_PRIMASK);
		snprintf(out[n], PATH_MAX + 300, "%.*s", (int)(len - trailing_nl), t);
		n++;
		if (trailing_nl && n < max) {
			/* auditctl's own newline: an empty line on stderr (the
			 * capture's syslog shim shows it there too) */
			chan[n] = 'E';
			out[n][0] = 0;
			n++;
		}
	}
	return n;
}

/* What each act makes auditctl send (AUDIT_GET requests aside). */
static unsigned act_sends(const struct rules_action *a, unsigned types[2])
{
	switch (a->act) {
	case RULES_ACT_ADD: types[0] = AUDIT_ADD_RULE; return 1;
	case RULES_ACT_DEL: types[0] = AUDIT_DEL_RULE; return 1;
	case RULES_ACT_SET:
	case RULES_ACT_RESET_LOST:
	case RULES_ACT_RESET_BWT_ACTUAL: types[0] = AUDIT_SET; return 1;
	case RULES_ACT_LIST: types[0] = AUDIT_LIST_RULES; return 1;
	case RULES_ACT_DEL_ALL:
		types[0] = types[1] = AUDIT_LIST_RULES;
		return 2;
	case RULES_ACT_STATUS: types[0] = AUDIT_GET_FEATURE; return 1;
	case RULES_ACT_TRIM: types[0] = AUDIT_TRIM; return 1;
	case RULES_ACT_MAKE_EQUIV: types[0] = AUDIT_MAKE_EQUIV; return 1;
	case RULES_ACT_USER_MSG: types[0] = AUDIT_USER; return 1;
	case RULES_ACT_LOGINUID_IMMUTABLE: types[0] = AUDIT_SET_FEATURE; return 1;
	default: return 0;
	}
}

/* struct audit_status: where the value of each AUDIT_STATUS_* bit goes */
static size_t status_offset(uint32_t mask)
{
	switch (mask) {
	case AUDIT_STATUS_ENABLED: return 4;
	case AUDIT_STATUS_FAILURE: return 8;
	case AUDIT_STATUS_PID: return 12;
	case AUDIT_STATUS_RATE_LIMIT: return 16;
	case AUDIT_STATUS_BACKLOG_LIMIT: return 20;
	case AUDIT_STATUS_BACKLOG_WAIT_TIME: return 36;
	}
	return 0;
}

static int check_act_send(const struct gcase *g, const struct rules_action *a,
			  const struct gsend *s, char *why, size_t whysz)
{
	if (a->act == RULES_ACT_ADD || a->act == RULES_ACT_DEL) {
		size_t size = rules_rule_size(&a->rule), i;

		if (s->len < size || s->len - size > 3) {
			snprintf(why, whysz, "rule size %zu, auditctl sent %zu",
				 size, s->len);
			return -1;
		}
		for (i = 0; i < size; i++)
			if (((const unsigned char *)a->rule.data)[i] != s->data[i]) {
				snprintf(why, whysz, "rule byte %zu: 0x%02x, "
					 "auditctl 0x%02x", i,
					 ((const unsigned char *)a->rule.data)[i],
					 s->data[i]);
				return -1;
			}
		for (; i < s->len; i++)
			if (s->data[i]) {
				snprintf(why, whysz, "padding byte %zu", i);
				return -1;
			}
		return 0;
	}
	if (s->type == AUDIT_SET) {
		uint32_t mask, value = 0, want_mask = a->mask;
		size_t off;

		if (a->act == RULES_ACT_RESET_LOST)
			want_mask = AUDIT_STATUS_LOST;
		else if (a->act == RULES_ACT_RESET_BWT_ACTUAL)
			want_mask = AUDIT_STATUS_BACKLOG_WAIT_TIME_ACTUAL;
		ck_assert_uint_ge(s->len, 44);
		memcpy(&mask, s->data, 4);
		if (mask != want_mask) {
			snprintf(why, whysz, "status mask 0x%x, auditctl 0x%x",
				 want_mask, mask);
			return -1;
		}
		off = status_offset(mask);
		if (off) {
			memcpy(&value, s->data + off, 4);
			if (value != a->value) {
				snprintf(why, whysz, "status value %u, auditctl %u",
					 a->value, value);
				return -1;
			}
		}
	}
	if (s->type == AUDIT_MAKE_EQUIV) {
		/* two lengths, then both strings */
		uint32_t l1, l2;
		const char *comma = strchr(a->str, ',');

		memcpy(&l1, s->data, 4);
		memcpy(&l2, s->data + 4, 4);
		if (comma == NULL || l1 != (uint32_t)(comma - a->str) ||
		    l2 != strlen(comma + 1) ||
		    memcmp(s->data + 8, a->str, l1) ||
		    memcmp(s->data + 8 + l1, comma + 1, l2)) {
			snprintf(why, whysz, "make_equiv %.150s", a->str);
			return -1;
		}
	}
	if (s->type == AUDIT_USER) {
		char want[8192];

		snprintf(want, sizeof(want), "text=%s ", a->str);
		if (s->len < strlen(want) || memcmp(s->data, want, strlen(want))) {
			snprintf(why, whysz, "user message %.150s", a->str);
			return -1;
		}
	}
	(void)g;
	return 0;
}

static int check_case(const struct gcase *g, char *why, size_t whysz)
{
	static char lines[MAX_MSGS * 2][PATH_MAX + 300];
	int chan[MAX_MSGS * 2];
	struct rules_cmd cmd;
	struct msgs m;
	unsigned types[2], nt, i, j, k, nl, si = 0, nexp;
	int rc, kernel_error = 0, want_ok, result = -1;
	const char *exp[MAX_MSGS];

	for (i = 0; i < g->nerr; i++)
		if (strncmp(g->err[i], "Error sending ", 14) == 0)
			kernel_error = 1;

	/* as a command line */
	rc = compile_line(g->line, 0, &cmd, &m);
	want_ok = g->exit_code == 0 || kernel_error ||
		  (g->exit_code == 1 && strncmp(g->line, "-R ", 3) == 0);
	if ((rc == 0) != want_ok) {
		snprintf(why, whysz, "compile %s, auditctl exit %d",
			 rc ? "failed" : "succeeded", g->exit_code);
		goto out;
	}
	nl = msg_lines(&m, lines, chan, MAX_MSGS * 2, 0);
	for (i = 0, nexp = 0; i < g->nerr; i++)
		if (!exec_message(g->err[i]))
			exp[nexp++] = g->err[i];
	if (nl != nexp) {
		snprintf(why, whysz, "%u message lines (first \"%.150s\"), auditctl "
			 "%u (first \"%.150s\")", nl, nl ? lines[0] : "", nexp,
			 nexp ? exp[0] : "");
		goto out;
	}
	for (i = 0; i < nl; i++)
		if (strcmp(lines[i], exp[i])) {
			snprintf(why, whysz, "message \"%.150s\", auditctl \"%.150s\"",
				 lines[i], exp[i]);
			goto out;
		}
	/* the acts against what was sent, in order */
	for (i = 0; i < cmd.n; i++) {
		nt = act_sends(&cmd.acts[i], types);
		for (j = 0; j < nt; j++) {
			const struct gsend *s = NULL;

			while (si < g->nsend && g->send[si].type == AUDIT_GET)
				si++;
			if (si < g->nsend)
				s = &g->send[si++];
			if (s == NULL) {
				if (kernel_error)
					goto sends_done;
				snprintf(why, whysz, "act %u sends 0x%x, auditctl "
					 "sent nothing more", i, types[j]);
				goto out;
			}
			if (s->type != types[j]) {
				snprintf(why, whysz, "act %u sends 0x%x, auditctl "
					 "0x%x", i, types[j], s->type);
				goto out;
			}
			if (check_act_send(g, &cmd.acts[i], s, why, whysz))
				goto out;
		}
	}
	while (si < g->nsend && g->send[si].type == AUDIT_GET)
		si++;
	if (si < g->nsend) {
		snprintf(why, whysz, "auditctl sent 0x%x more", g->send[si].type);
		goto out;
	}
sends_done:
	rules_cmd_free(&cmd);

	/* as line 1 of a rules file: same words, messages routed */
	compile_line(g->line, 1, &cmd, &m);
	nl = msg_lines(&m, lines, chan, MAX_MSGS * 2, 1);
	for (i = 0, k = 0; i < g->nferr; i++) {
		const char *t = g->ferr[i] + 1;
		int ch = g->ferr[i][0];

		if (exec_message(t))
			continue;
		if (k >= nl || chan[k] != ch || strcmp(lines[k], t)) {
			snprintf(why, whysz, "file line 1: message %u \"%.150s\" "
				 "(%c), auditctl \"%.150s\" (%c)", k,
				 k < nl ? lines[k] : "", k < nl ? chan[k] : '-',
				 t, ch);
			goto out;
		}
		k++;
	}
	if (k != nl) {
		snprintf(why, whysz, "file line 1: extra message \"%.150s\"", lines[k]);
		goto out;
	}
	result = 0;
out:
	rules_cmd_free(&cmd);
	return result;
}

static void run_golden(const char *name, size_t min_cases)
{
	size_t n, i, failed = 0, skipped = 0;
	struct gcase *cases = load_golden(name, &n);
	char why[512];

	ck_assert_uint_ge(n, min_cases);
	for (i = 0; i < n; i++) {
		if (cases[i].stat_differs) {
			skipped++;
			continue;
		}
		if (check_case(&cases[i], why, sizeof(why))) {
			if (failed++ < 40)
				fprintf(stderr, "%s: %.200s\n    %s\n", name,
					cases[i].line, why);
		}
	}
	if (skipped)
		fprintf(stderr, "%s: %zu cases skipped (a watched path changed "
			"since the capture)\n", name, skipped);
	free_golden(cases, n);
	ck_assert_msg(failed == 0, "%s: %zu of %zu cases differ from auditctl",
		      name, failed, n);
	ck_assert_uint_lt(skipped, n / 10 + 1);
}

START_TEST(golden_cases)
{
	run_golden("cases.golden", 600);
}
END_TEST

/* every field at and past the ends of its range, and on every list
 * (tests/data/rules/gen-ranges.py) */
START_TEST(golden_ranges)
{
	run_golden("ranges.golden", 900);
}
END_TEST

START_TEST(golden_examples)
{
	run_golden("examples.golden", 200);
}
END_TEST

/* --- what cannot be sent to the kernel ----------------------------------- */

static const struct rules_action *only_act(const char *line, struct rules_cmd *cmd)
{
	struct msgs m;

	ck_assert_int_eq(compile_line(line, 0, cmd, &m), 0);
	ck_assert_uint_eq(m.n, 0);
	ck_assert_uint_eq(cmd->n, 1);
	return &cmd->acts[0];
}

START_TEST(never_sent_options)
{
	struct rules_cmd cmd;
	const struct rules_action *a;
	struct msgs m;

	a = only_act("-e 2", &cmd);
	ck_assert_int_eq(a->act, RULES_ACT_SET);
	ck_assert_uint_eq(a->mask, AUDIT_STATUS_ENABLED);
	ck_assert_uint_eq(a->value, 2);
	rules_cmd_free(&cmd);

	a = only_act("-f 2", &cmd);
	ck_assert_uint_eq(a->mask, AUDIT_STATUS_FAILURE);
	ck_assert_uint_eq(a->value, 2);
	rules_cmd_free(&cmd);

	a = only_act("--loginuid-immutable", &cmd);
	ck_assert_int_eq(a->act, RULES_ACT_LOGINUID_IMMUTABLE);
	rules_cmd_free(&cmd);

	/* it ends the line where it stands: the rest is not even read */
	a = only_act("--loginuid-immutable -x -a bad", &cmd);
	ck_assert_int_eq(a->act, RULES_ACT_LOGINUID_IMMUTABLE);
	rules_cmd_free(&cmd);
	a = only_act("--loginuid", &cmd);
	ck_assert_int_eq(a->act, RULES_ACT_LOGINUID_IMMUTABLE);
	rules_cmd_free(&cmd);

	/* a rule before it is dropped, as auditctl drops it */
	ck_assert_int_eq(compile_line("-a always,exit -F arch=b64 -S open "
				      "--loginuid-immutable", 0, &cmd, &m), 0);
	ck_assert_uint_eq(cmd.n, 1);
	ck_assert_int_eq(cmd.acts[0].act, RULES_ACT_LOGINUID_IMMUTABLE);
	rules_cmd_free(&cmd);

	/* -e 2 later on the line still comes before the rule */
	ck_assert_int_eq(compile_line("-a always,exit -F arch=b64 -S open -e 2",
				      0, &cmd, &m), 0);
	ck_assert_uint_eq(cmd.n, 2);
	ck_assert_int_eq(cmd.acts[0].act, RULES_ACT_SET);
	ck_assert_int_eq(cmd.acts[1].act, RULES_ACT_ADD);
	rules_cmd_free(&cmd);
}
END_TEST

START_TEST(signals)
{
	static const struct {
		const char *line, *name;
	} ok[] = {
		{ "--signal TERM", "TERM" }, { "--signal term", "TERM" },
		{ "--signal HUP", "HUP" }, { "--signal usr1", "USR1" },
		{ "--signal USR2", "USR2" }, { "--signal Cont", "CONT" },
		{ "--sig HUP", "HUP" },
		/* 4.x's names (3.0.9 refuses them; the issue asks for them) */
		{ "--signal stop", "stop" }, { "--signal reload", "reload" },
		{ "--signal rotate", "rotate" }, { "--signal RESUME", "resume" },
		{ "--signal state", "state" },
	};
	struct rules_cmd cmd;
	struct msgs m;
	size_t i;

	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		const struct rules_action *a = only_act(ok[i].line, &cmd);

		ck_assert_int_eq(a->act, RULES_ACT_SIGNAL);
		ck_assert_str_eq(a->str, ok[i].name);
		rules_cmd_free(&cmd);
	}
	ck_assert_int_eq(compile_line("--signal halt", 0, &cmd, &m), -1);
	ck_assert_uint_eq(m.n, 1);
	ck_assert_str_eq(m.text[0], "halt is an unsupported signal");
	ck_assert_uint_eq(cmd.n, 0);
	rules_cmd_free(&cmd);
	ck_assert_int_eq(compile_line("--signal FOO", 0, &cmd, &m), -1);
	ck_assert_str_eq(m.text[0], "FOO is an unsupported signal");
	rules_cmd_free(&cmd);
	/* it ends the loop; what is left is reported */
	ck_assert_int_eq(compile_line("--signal TERM -b 1", 0, &cmd, &m), -1);
	ck_assert_uint_eq(cmd.n, 1);
	ck_assert_str_eq(m.text[0], "parameter passed without an option given");
	rules_cmd_free(&cmd);
	ck_assert_int_eq(compile_line("--signal", 0, &cmd, &m), -1);
	ck_assert_str_eq(m.text[0], "Option --signal is invalid");
	rules_cmd_free(&cmd);
}
END_TEST

START_TEST(read_file)
{
	struct rules_cmd cmd;
	struct msgs m;
	struct rules_diag diag = { capture, &m };
	char *argv[] = { (char *)"auditctl", (char *)"-R", (char *)"/x.rules", NULL };

	memset(&m, 0, sizeof(m));
	ck_assert_int_eq(rules_compile_argv(3, argv, 0, NATIVE, &cmd, &diag), 0);
	ck_assert_uint_eq(cmd.n, 1);
	ck_assert_int_eq(cmd.acts[0].act, RULES_ACT_READ_FILE);
	ck_assert_str_eq(cmd.acts[0].str, "/x.rules");
	rules_cmd_free(&cmd);
	/* in a rules file: nested */
	ck_assert_int_eq(rules_compile_argv(3, argv, 7, NATIVE, &cmd, &diag), -1);
	ck_assert_str_eq(m.text[0], "Error - nested rule files not supported");
	rules_cmd_free(&cmd);
	/* no words at all: the usage, no act */
	ck_assert_int_eq(rules_compile_argv(1, argv, 0, NATIVE, &cmd, &diag), -1);
	ck_assert_uint_eq(cmd.n, 0);
	rules_cmd_free(&cmd);
}
END_TEST

/* line numbers in the two messages that carry them */
START_TEST(line_numbers)
{
	struct rules_cmd cmd;
	struct msgs m;

	ck_assert_int_eq(compile_line("-a always,exit -S open", 42, &cmd, &m), 0);
	ck_assert_uint_eq(m.n, 1);
	ck_assert_int_eq(m.prio[0], LOG_WARNING);
	ck_assert_str_eq(m.text[0], "WARNING - 32/64 bit syscall mismatch in "
			 "line 42, you should specify an arch");
	rules_cmd_free(&cmd);
	ck_assert_int_eq(compile_line("-x", 9, &cmd, &m), -1);
	ck_assert_str_eq(m.text[0], "Option -x on line 9 is invalid");
	rules_cmd_free(&cmd);
}
END_TEST

/* the same rule on another machine: names and b32/b64 follow native */
START_TEST(other_native)
{
	struct rules_diag diag = { capture, NULL };
	char *argv[] = { (char *)"auditctl", (char *)"-a", (char *)"always,exit",
			 (char *)"-F", (char *)"arch=b32", (char *)"-S",
			 (char *)"openat", NULL };
	struct rules_cmd cmd;
	struct msgs m;
	const struct audit_rule_data *r;
	int nr;

	diag.arg = &m;
	memset(&m, 0, sizeof(m));
	ck_assert_int_eq(rules_compile_argv(7, argv, 0, AUDIT_ARCH_AARCH64, &cmd,
					    &diag), 0);
	ck_assert_uint_eq(cmd.n, 1);
	r = cmd.acts[0].rule.data;
	ck_assert_uint_eq(r->values[0], AUDIT_ARCH_ARM);
	nr = tables_syscall_number(AUDIT_ARCH_ARM, "openat");
	ck_assert_int_gt(nr, 0);
	ck_assert(r->mask[nr / 32] & (1u << (nr % 32)));
	rules_cmd_free(&cmd);
	/* no mismatch warning on aarch64: auditctl only checks x86_64, ppc64
	 * and s390x against their 32-bit tables */
	ck_assert_int_eq(rules_compile_argv(3, (char *[]){ (char *)"auditctl",
			(char *)"-a", (char *)"always,exit", NULL }, 0,
			AUDIT_ARCH_AARCH64, &cmd, &diag), 0);
	rules_cmd_free(&cmd);
}
END_TEST

/* --- word splitting ---------------------------------------------------------- */

static void split_is(const char *line, int n, const char *const *want)
{
	char **w;
	int got = rules_split_line(line, &w), i;

	ck_assert_msg(got == n, "split \"%.150s\": %d words, want %d", line, got, n);
	for (i = 0; i < n; i++)
		ck_assert_str_eq(w[i], want[i]);
	if (n > 0)
		ck_assert_ptr_null(w[n]);
	free(w);
}

START_TEST(split_words)
{
	split_is("", 0, NULL);
	split_is("\n", 0, NULL);
	split_is("     ", 0, NULL);
	split_is("# comment", 0, NULL);
	split_is("   #-w /etc/passwd", 0, NULL);
	split_is("-w /etc/passwd#x", 2, (const char *[]){ "-w", "/etc/passwd#x" });
	split_is("-k abc # def", 4, (const char *[]){ "-k", "abc", "#", "def" });
	split_is("  -a   always,exit  ", 2, (const char *[]){ "-a", "always,exit" });
	split_is("-a\talways,exit", 1, (const char *[]){ "-a\talways,exit" });
	split_is("\t-a x", 2, (const char *[]){ "\t-a", "x" });
	split_is("-k a\\ b", 2, (const char *[]){ "-k", "a b" });
	split_is("-k a\\\\b", 2, (const char *[]){ "-k", "a\\b" });
	split_is("-k a\\\\ b", 3, (const char *[]){ "-k", "a\\", "b" });
	split_is("-k \\ x\\\\\\ y", 2, (const char *[]){ "-k", " x\\ y" });
	split_is("-k b\\c d\\", 3, (const char *[]){ "-k", "b\\c", "d\\" });
	split_is("-k a\\ ", 2, (const char *[]){ "-k", "a " });
	split_is("-k cr\r\n", 2, (const char *[]){ "-k", "cr\r" });
	split_is("-k x\nignored", 2, (const char *[]){ "-k", "x" });
	/* the first word keeps auditctl's marks */
	split_is("a\\ b c", 2, (const char *[]){ "a\x07\x07" "b", "c" });
	/* room for strlen/3 + 1 words */
	split_is("a b c d", 3, (const char *[]){ "a", "b", "c" });
	split_is("ab c d e f", 4, (const char *[]){ "ab", "c", "d", "e" });
}
END_TEST

START_TEST(split_long_line)
{
	char *line = malloc(7000), **w;

	memset(line, 'k', 7000);
	line[6143] = 0;
	ck_assert_int_eq(rules_split_line(line, &w), 1);
	free(w);
	line[6143] = '\n';
	line[6144] = 0;
	ck_assert_int_eq(rules_split_line(line, &w), 1);
	free(w);
	line[6143] = 'k';
	ck_assert_int_eq(rules_split_line(line, &w), -1);
	ck_assert_ptr_null(w);
	free(line);
}
END_TEST

/* --- the tables ------------------------------------------------------------- */

START_TEST(field_table)
{
	const struct rules_field *f;

	f = rules_field_by_name("loginuid");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(f->id, AUDIT_LOGINUID);
	ck_assert_str_eq(rules_field_by_id(AUDIT_LOGINUID)->name, "auid");
	ck_assert_ptr_eq(rules_field_by_name("PID"), rules_field_by_id(AUDIT_PID));
	ck_assert_ptr_null(rules_field_by_name("loginuid_set"));
	ck_assert_ptr_null(rules_field_by_id(AUDIT_LOGINUID_SET));
	ck_assert_str_eq(rules_field_by_id(AUDIT_WATCH)->name, "path");
	ck_assert_str_eq(rules_field_by_id(AUDIT_FILTERKEY)->name, "key");
	ck_assert_int_eq(rules_field_by_id(AUDIT_INODE)->kind, RULES_VAL_UNSIGNED);
	ck_assert_int_eq(rules_field_by_id(AUDIT_EXIT)->kind, RULES_VAL_EXIT);
	ck_assert_int_eq(rules_field_by_id(AUDIT_ARG2)->kind, RULES_VAL_ARG);
	ck_assert_int_eq(rules_field_by_id(AUDIT_FIELD_COMPARE)->kind,
			 RULES_VAL_COMPARE);
	f = rules_field_by_name("arch");
	ck_assert(f->ops & RULES_OP_BIT(AUDIT_NOT_EQUAL));
	ck_assert(!(f->ops & RULES_OP_BIT(AUDIT_LESS_THAN)));
	ck_assert(rules_field_by_name("msgtype")->lists & (1u << AUDIT_FILTER_EXCLUDE));
	ck_assert(!(rules_field_by_name("euid")->lists & (1u << AUDIT_FILTER_EXCLUDE)));
	ck_assert_uint_eq(rules_field_by_name("ppid")->lists, 1u << AUDIT_FILTER_EXIT);
}
END_TEST

START_TEST(lists_and_ops)
{
	size_t len;

	ck_assert_int_eq(rules_list_number("exit"), AUDIT_FILTER_EXIT);
	ck_assert_int_eq(rules_list_number("filesystem"), AUDIT_FILTER_FS);
	ck_assert_int_eq(rules_list_number("io_uring"), 7);
	ck_assert_int_eq(rules_list_number("Exit"), -1);
	ck_assert_str_eq(rules_list_name(AUDIT_FILTER_EXCLUDE), "exclude");
	ck_assert_ptr_null(rules_list_name(8));
	ck_assert_uint_eq(rules_op_parse("<=5", &len), AUDIT_LESS_THAN_OR_EQUAL);
	ck_assert_uint_eq(len, 2);
	ck_assert_uint_eq(rules_op_parse("&5", &len), AUDIT_BIT_MASK);
	ck_assert_uint_eq(len, 1);
	ck_assert_uint_eq(rules_op_parse("&=5", &len), AUDIT_BIT_TEST);
	ck_assert_uint_eq(rules_op_parse("x", &len), 0);
	ck_assert_uint_eq(len, 0);
	ck_assert_str_eq(rules_op_name(AUDIT_NOT_EQUAL), "!=");
	ck_assert_str_eq(rules_op_name(AUDIT_BIT_TEST), "&=");
	ck_assert_ptr_null(rules_op_name(0x70000000));
}
END_TEST

START_TEST(errno_table)
{
	ck_assert_str_eq(tables_errno_name(13), "EACCES");
	ck_assert_str_eq(tables_errno_name(11), "EAGAIN");
	ck_assert_str_eq(tables_errno_name(35), "EDEADLK");
	ck_assert_str_eq(tables_errno_name(133), "EHWPOISON");
	ck_assert_ptr_null(tables_errno_name(0));
	ck_assert_ptr_null(tables_errno_name(134));
	ck_assert_ptr_null(tables_errno_name(-1));
	ck_assert_int_eq(tables_errno_number("eacces"), 13);
	ck_assert_int_eq(tables_errno_number("EWOULDBLOCK"), 11);
	ck_assert_int_eq(tables_errno_number("EDEADLOCK"), 35);
	ck_assert_int_eq(tables_errno_number("ENOTSUP"), -1);
	ck_assert_int_eq(tables_errno_number(""), -1);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("rules_compile");
	TCase *tc = tcase_create("compile");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, golden_cases);
	tcase_add_test(tc, golden_examples);
	tcase_add_test(tc, golden_ranges);
	tcase_add_test(tc, never_sent_options);
	tcase_add_test(tc, signals);
	tcase_add_test(tc, read_file);
	tcase_add_test(tc, line_numbers);
	tcase_add_test(tc, other_native);
	tcase_add_test(tc, split_words);
	tcase_add_test(tc, split_long_line);
	tcase_add_test(tc, field_table);
	tcase_add_test(tc, lists_and_ops);
	tcase_add_test(tc, errno_table);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return unit_run(suite());
}
