/* aulast.h - what aulast's main (aulast.c) and its session list
 * (session.c) share. */
#ifndef VIGIL_AULAST_H
#define VIGIL_AULAST_H

#include <stdio.h>
#include <time.h>

#include "search.h"
#include "searchfmt.h"

enum session_status {
	ST_LOG_IN,		/* a LOGIN, no USER_LOGIN yet */
	ST_SESSION_START,	/* its USER_LOGIN came */
	ST_LOG_OUT,
	ST_CRASH,		/* open when the next boot came */
	ST_DOWN,
	ST_GONE,		/* its session number began again */
};

struct session {
	unsigned ses;
	unsigned auid;
	int pid;
	time_t start, end;
	int result;		/* -1 unknown, 0 success, 1 failed */
	char *name;		/* a user name, "reboot"; NULL: print auid */
	char *term, *host;
	enum session_status status;
	/* serials of the LOGIN (or boot), USER_LOGIN, USER_END (or the
	 * record that closed it); 0 for none */
	unsigned long proof[3];
};

struct aulast {
	/* options */
	int bad, proof, debug;
	const char *user, *tty;
	FILE *extract;		/* --extract: ./aulast.log */
	/* state */
	struct session **list;	/* open sessions, oldest first */
	size_t n, cap;
	char *kernel;		/* the last DAEMON_START's kernel= */
	struct searchfmt *fmt;	/* field interpretation */
	struct evcursor cur;
};

/* One event, by its first record's type. */
void session_event(struct aulast *al, const struct search_event *ev);
/* End of input: every open session is reported, oldest first. */
void session_leftovers(struct aulast *al);
void session_clear(struct aulast *al);

#endif
