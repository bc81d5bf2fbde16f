/* ausearch.h - the parts of ausearch: options.c (the command line into a
 * query), extract.c (an event's searchable items, as 3.0.9 reads them),
 * match.c (the query against the items), ausearch.c (input, output). */
#ifndef VIGIL_AUSEARCH_H
#define VIGIL_AUSEARCH_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "search.h"
#include "searchfmt.h"
#include "searchx.h"

enum as_format { AS_DEFAULT, AS_RAW, AS_INTERPRET, AS_CSV, AS_TEXT };
/* --escape: the search formatter's modes (searchfmt.h) */
enum as_escape {
	AS_ESC_RAW = SEARCHFMT_ESC_RAW,
	AS_ESC_TTY = SEARCHFMT_ESC_TTY,
	AS_ESC_SHELL = SEARCHFMT_ESC_SHELL,
	AS_ESC_SHELL_QUOTE = SEARCHFMT_ESC_SHELL_QUOTE,
};

#define AS_MAX_LIST	64

/* A numeric criterion: set, and its value. */
struct as_num {
	int set;
	unsigned long long v;
};

/* An id criterion given as a number or as a name. */
struct as_id {
	int set;
	unsigned long v;
	const char *name;	/* the name form, else NULL */
};

struct query {
	enum as_format format;
	enum as_escape escape;
	int extra_keys, extra_labels, extra_obj2, extra_time;
	int debug, line_buffered, just_one, whole_word, input_logs;
	int keep_apparmor;	/* AppArmor AVC events are not malformed */
	const char *input;	/* -if */
	const char *checkpoint;
	int ts_checkpoint;	/* -ts checkpoint */
	time_t start, end;
	unsigned eoe_timeout;	/* 0: auditd.conf's */
	struct as_num event_id, pid, ppid, session, syscall, exit;
	int machine;		/* --arch: libaudit machine, -1 none */
	uint32_t arch;		/* its AUDIT_ARCH_* */
	struct as_id uid, euid, auid, uid_all;
	struct as_num gid, egid, gid_all;
	int success;		/* -1, 0 failed, 1 success */
	const char *comm, *file, *host, *key, *terminal, *exe, *uuid, *vm;
	const char *subject, *object, *context;
	size_t key_len;		/* strlen(key) */
	const char *nodes[AS_MAX_LIST];
	size_t nnodes;
	int *types;		/* -m */
	size_t ntypes, types_cap;
};

/* render.c: -i and --format csv|text */
struct render;
struct render *render_create(const struct query *q);
void render_destroy(struct render *rd);
void render_event(struct render *rd, const struct query *q, const struct search_event *ev);

/* usage.c */
extern const char ausearch_usage[];

/* options.c: fills q from argv; -1 after printing the message(s) (exit
 * 1), 1 when the run is over with exit 0 (--help, --version), else 0. */
int options_parse(struct query *q, int argc, char **argv);

/* extract.c: what an event says, for the criteria of q (searchx.h). */
#define AS_UNSET	SEARCHX_UNSET
struct items {
	struct searchx_items x;
};

void items_init(struct items *it);
void items_free(struct items *it);
/* 0, or the malformed code (the event is dropped); debug messages go to
 * stderr as 3.0.9's --debug prints them. */
int items_extract(struct items *it, const struct query *q,
		  const struct search_event *ev);

/* checkpoint.c */
struct checkpoint {
	int loaded;
	unsigned long long dev, ino;
	char node[256];
	int has_node;
	long long sec;
	unsigned milli;
	unsigned long serial;
	int type;
};
int checkpoint_load(const char *file, struct checkpoint *c);
int checkpoint_is(const struct checkpoint *c, const struct search_event *ev);
void checkpoint_note(struct checkpoint *last, const struct search_event *ev);
int checkpoint_write(const char *file, const char *log,
		     const struct checkpoint *last);

/* match.c */
int match_prefilter(struct query *q);
int match_line_may(const struct query *q, const char *line, size_t len);
int match_event(const struct query *q, struct items *it,
		const struct search_event *ev);

#endif
