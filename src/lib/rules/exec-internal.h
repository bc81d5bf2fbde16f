/* exec-internal.h - what the auditctl executor's files share: exec.c (one
 * command line, its messages, the socket), acts.c (each option's request
 * and what it prints) and rulesfile.c (-R: the rules file and its trains).
 * Not part of rules.h. */
#ifndef VIGIL_RULES_EXEC_INTERNAL_H
#define VIGIL_RULES_EXEC_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <linux/audit.h>

#include "rules.h"

/* Replies to AUDIT_GET and AUDIT_LIST_RULES come from a kernel thread, after
 * the ack; give a loaded machine time. */
#define REPLY_TIMEOUT_MS 5000
/* A rules file's additions go out in batches: one sendmsg carries up to
 * BATCH_RULES requests (at most BATCH_BYTES), the kernel handles them in
 * order within that call and queues one ack each; the socket's receive
 * buffer (netlink.c, REQUEST) holds the acks of a whole batch many times
 * over, so none is dropped. */
#define BATCH_RULES	64
#define BATCH_BYTES	(128 * 1024)

enum {
	ACT_OK = 0,
	ACT_FAIL = -1,
};

/* One message held back: compile messages of a pipelined line are given
 * only once its rule's ack is known (a line auditctl never reaches after a
 * failure says nothing). */
struct held_msg {
	int prio;
	char *text;
};

struct held {
	struct held_msg *v;
	unsigned n, cap;
};

/* A rules-file line whose rule is in the current batch. */
struct pending {
	unsigned lineno;
	struct audit_rule_data *rule;	/* owned */
	size_t len;
	int err;			/* the ack: 0 or -errno */
	int acked;
	struct held msgs;
};

struct rules_exec {
	const struct rules_diag *diag;
	struct rules_out out;
	int fd;				/* -1 until the first request */
	uint32_t native;
	struct rules_fmt_ctx fmt;	/* auditctl's listing state lives as long as it */
	int syslog_mode;		/* see rulesfile.c */
	int interpret;			/* a -l -i or -s -i line was read */

	/* the rules file being read (-R) */
	const char *path;
	int ignore;			/* a -i line was seen */
	int cont;			/* a -c line was seen */
	int cont_failed;		/* a line failed under -c: exit 1 */
	int stop;			/* stop reading: the line failed */
	int file_status;		/* what -R returns when stopping */
	struct rules_load_result *res;
	struct pending *pend;
	unsigned npend, cappend;
	size_t pend_bytes;
};

/* What one command left to do after its options (auditctl's last step). */
struct cmd_state {
	const struct rules_action *rule;	/* ADD or DEL, or NULL */
	int set_done;				/* a -b -e -f -r was sent */
	int have_status;
	struct audit_status status;		/* read after the first of them */
	size_t status_len;
	int file_status;			/* -R on the command line: its status */
	int did_file;
};

/* exec.c: messages, routed as auditctl routes them at that moment */
void exec_emit(struct rules_exec *ex, int prio, const char *text);
void exec_say(struct rules_exec *ex, int prio, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void exec_print(struct rules_exec *ex, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* a rules_diag that holds the compiler's messages (arg: struct held) */
void exec_hold(void *arg, int prio, const char *msg);
void exec_held_release(struct held *h);
void exec_held_flush(struct rules_exec *ex, struct held *h);

/* exec.c: the socket, opened at the first request; -errno on failure */
int exec_fd(struct rules_exec *ex);
int exec_request(struct rules_exec *ex, uint16_t type, const void *data, size_t len);
int exec_get_status(struct rules_exec *ex, struct audit_status *st, size_t *len);
/* count rule requests of one type in trains of BATCH_RULES; the first
 * error (0 when none) */
int exec_rules_train(struct rules_exec *ex, uint16_t type, struct audit_rule_data *const *rules,
		     const size_t *lens, unsigned count);

/* exec.c: one command's options in auditctl's order, and its rule */
int exec_run_acts(struct rules_exec *ex, const struct rules_cmd *cmd, struct cmd_state *cs);
void exec_say_rule_error(struct rules_exec *ex, uint16_t type, int e);
int exec_send_rule(struct rules_exec *ex, const struct rules_action *a);

/* acts.c: each option auditctl performs while it parses them */
int acts_list(struct rules_exec *ex, const char *key, unsigned flags);
int acts_del_all(struct rules_exec *ex, const char *key);
int acts_status(struct rules_exec *ex, int interpret);
void acts_print_status(struct rules_exec *ex, const struct audit_status *st, size_t len,
		       int interpret);
int acts_set(struct rules_exec *ex, const struct rules_action *a, struct cmd_state *cs);
int acts_reset(struct rules_exec *ex, uint32_t mask, const char *name, const char *what);
int acts_loginuid_immutable(struct rules_exec *ex);
int acts_user_msg(struct rules_exec *ex, const char *text);
int acts_signal(struct rules_exec *ex, const char *word);
int acts_trim(struct rules_exec *ex);
int acts_make_equiv(struct rules_exec *ex, const char *spec);

/* rulesfile.c: auditctl -R; its exit status */
int rulesfile_exec(struct rules_exec *ex, const char *path);

#endif
