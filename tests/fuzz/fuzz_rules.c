/* fuzz_rules.c - libFuzzer target: rules-file text through the compiler.
 *
 * The input is a rules file: each line is split as auditctl splits it
 * (rules_split_line) and compiled twice, as that line of a file and as a
 * command line (rules_compile_argv), for x86_64 or, when the first byte is
 * odd, aarch64. Nothing here opens a socket or touches the kernel: the
 * compiler only builds acts. (It does stat() -w paths and look user and
 * group names up, both read-only.)
 *
 * Checks beyond the sanitizers: every rule act is consistent (field count
 * within the kernel's limit, string lengths adding up to buflen, the list
 * and action auditctl can send); every act that needs a string has one;
 * every message is a non-empty string with a syslog priority (and only the
 * compiler's RULES_DIAG_STDERR mark); the return value is 0 or -1.
 * Seeds: tests/fuzz/corpus/rules, made by tests/fuzz/seed-rules.py from
 * tests/data/rules/compile/cases.txt and the example rule files.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <linux/audit.h>
#include "rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void emit(void *arg, int prio, const char *msg)
{
	(void)arg;
	if (msg == NULL || msg[0] == 0 || strlen(msg) > 8192 ||
	    (prio & ~(7 | RULES_DIAG_STDERR)))
		abort();
}

static int string_field(uint32_t f)
{
	switch (f) {
	case AUDIT_SUBJ_USER: case AUDIT_SUBJ_ROLE: case AUDIT_SUBJ_TYPE:
	case AUDIT_SUBJ_SEN: case AUDIT_SUBJ_CLR: case AUDIT_OBJ_USER:
	case AUDIT_OBJ_ROLE: case AUDIT_OBJ_TYPE: case AUDIT_OBJ_LEV_LOW:
	case AUDIT_OBJ_LEV_HIGH: case AUDIT_WATCH: case AUDIT_DIR:
	case AUDIT_FILTERKEY: case AUDIT_EXE:
		return 1;
	}
	return 0;
}

static void check_rule(const struct audit_rule_data *r)
{
	uint64_t strings = 0;
	uint32_t i, list = r->flags & ~AUDIT_FILTER_PREPEND;

	if (r->field_count >= AUDIT_MAX_FIELDS)
		abort();
	if (list > AUDIT_FILTER_FS || list == AUDIT_FILTER_ENTRY ||
	    list == AUDIT_FILTER_WATCH)
		abort();
	if (r->action != AUDIT_NEVER && r->action != AUDIT_ALWAYS)
		abort();
	for (i = 0; i < r->field_count; i++)
		if (string_field(r->fields[i]))
			strings += r->values[i];
	if (strings != r->buflen)
		abort();
}

static void check_cmd(const struct rules_cmd *cmd, int rc)
{
	unsigned i;

	if (rc != 0 && rc != -1)
		abort();
	for (i = 0; i < cmd->n; i++) {
		const struct rules_action *a = &cmd->acts[i];

		switch (a->act) {
		case RULES_ACT_ADD:
		case RULES_ACT_DEL:
			if (a->rule.data == NULL)
				abort();
			check_rule(a->rule.data);
			break;
		case RULES_ACT_USER_MSG:
		case RULES_ACT_SIGNAL:
		case RULES_ACT_READ_FILE:
		case RULES_ACT_MAKE_EQUIV:
			if (a->str == NULL)
				abort();
			break;
		default:
			break;
		}
	}
}

static void one_line(const char *line, unsigned lineno, uint32_t native)
{
	struct rules_diag diag = { emit, NULL };
	struct rules_cmd cmd;
	char **words, **argv;
	int n, rc;

	n = rules_split_line(line, &words);
	if (n < 0 && words != NULL)
		abort();
	if (n <= 0)
		return;
	argv = malloc(((size_t)n + 2) * sizeof(*argv));
	if (argv == NULL)
		abort();
	argv[0] = (char *)"auditctl";
	memcpy(argv + 1, words, (size_t)n * sizeof(*argv));
	argv[n + 1] = NULL;

	rc = rules_compile_argv(n + 1, argv, lineno, native, &cmd, &diag);
	check_cmd(&cmd, rc);
	rules_cmd_free(&cmd);
	rc = rules_compile_argv(n + 1, argv, 0, native, &cmd, &diag);
	check_cmd(&cmd, rc);
	rules_cmd_free(&cmd);
	free(argv);
	free(words);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint32_t native = size && (data[0] & 1) ? AUDIT_ARCH_AARCH64 :
						  AUDIT_ARCH_X86_64;
	char *text = malloc(size + 1), *line, *next;
	unsigned lineno = 1;

	if (text == NULL)
		abort();
	memcpy(text, data, size);
	text[size] = 0;
	/* lines end at a newline; a NUL ends the text as it ends fgets' */
	for (line = text; line && *line; line = next, lineno++) {
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		one_line(line, lineno, native);
	}
	free(text);
	return 0;
}
