/* aulastlog - each local user's last login found in the audit logs, as
 * lastlog(8) shows it: audit 3.0.9's aulastlog, byte for byte (the
 * project's spec of the tools, section 7; aulastlog(8)). The users come
 * from the passwd database; the logins are the successful USER_LOGIN
 * records, attributed by their auid=, read with libauparse's field cursor
 * (evcursor, search.h). As 3.0.9 does, the event after each such login
 * is not looked at.
 */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include "search.h"
#include "util.h"

/* libauparse's own end of an event (it does not read auditd.conf's) */
#define AUPARSE_EOE_TIMEOUT	2

struct user {
	char *name;
	uid_t uid;
	time_t last;		/* 0: never */
	char *host, *term;
};

struct lastlog {
	struct user *users;
	size_t n;
	struct evcursor cur;
	int skip;		/* the event after a login goes unread */
};

static void usage(void)
{
	fputs("usage: aulastlog [--stdin] [--user name]\n", stderr);
}

/* every passwd entry in getpwent(3) order, or the one called name */
static void load_users(struct lastlog *ll, const char *name)
{
	struct passwd *p;
	size_t cap = 0;

	setpwent();
	while ((p = getpwent())) {
		struct user *u;

		if (name && strcmp(name, p->pw_name))
			continue;
		if (ll->n == cap) {
			cap = cap ? 2 * cap : 64;
			ll->users = xrealloc(ll->users, cap, sizeof(*ll->users));
		}
		u = &ll->users[ll->n++];
		memset(u, 0, sizeof(*u));
		u->name = xstrdup(p->pw_name);
		u->uid = p->pw_uid;
	}
	endpwent();
}

static char *dup_slice(const char *v, size_t n)
{
	char *s = xmalloc(n + 1);

	memcpy(s, v, n);
	s[n] = '\0';
	return s;
}

static int field_equals(const struct record *r, const char *name,
			const char *want)
{
	size_t i, nl = strlen(name), wl = strlen(want);

	for (i = 0; i < r->nfields; i++) {
		const struct record_field *f = &r->fields[i];

		if (f->name_len == nl && !memcmp(r->line + f->name, name, nl))
			return f->val_len == wl &&
			       !memcmp(r->line + f->val, want, wl);
	}
	return 0;
}

/* The search 3.0.9 runs: the first record with type=USER_LOGIN and
 * res=success (the values as written); -1 if none. */
static long matching_record(const struct evcursor *c)
{
	size_t i;

	for (i = 0; i < c->nrecs; i++)
		if (field_equals(&c->recs[i], "type", "USER_LOGIN") &&
		    field_equals(&c->recs[i], "res", "success"))
			return (long)i;
	return -1;
}

static void replace(char **dst, const char *v, size_t n)
{
	free(*dst);
	*dst = dup_slice(v, n);
}

static void on_event(struct lastlog *ll, const struct search_event *ev)
{
	const char *v;
	size_t n, i;
	long rec;

	if (ll->skip) {
		ll->skip = 0;
		return;
	}
	evcursor_load(&ll->cur, ev);
	rec = matching_record(&ll->cur);
	if (rec < 0)
		return;
	ll->skip = 1;
	ll->cur.rec = (size_t)rec;
	ll->cur.field = 0;
	v = evcursor_find(&ll->cur, "auid", &n);
	if (!v)
		return;
	for (i = 0; i < ll->n; i++) {
		struct user *u = &ll->users[i];

		if (u->uid != (uid_t)evcursor_int(v, n))
			continue;
		u->last = (time_t)ev->sec;
		if ((v = evcursor_find(&ll->cur, "hostname", &n)))
			replace(&u->host, v, n);
		if ((v = evcursor_find(&ll->cur, "terminal", &n)))
			replace(&u->term, v, n);
		return;
	}
}

static void feed_fd(struct lastlog *ll, struct searchasm *a,
		    struct logread *lr, int fd, int last)
{
	const struct search_event *ev;
	const char *line, *ts;
	size_t len, tslen;

	logread_attach(lr, fd);
	while (logread_next(lr, &line, &len) == 1) {
		searchasm_add(a, line, len, &ts, &tslen);
		while ((ev = searchasm_next(a)))
			on_event(ll, ev);
	}
	if (last) {
		searchasm_flush(a);
		while ((ev = searchasm_next(a)))
			on_event(ll, ev);
	}
}

/* stdin, or the configured logs oldest first: 0, or 1 with none */
static int read_input(struct lastlog *ll, int use_stdin)
{
	struct searchasm *a = searchasm_create(AUPARSE_EOE_TIMEOUT, 0, 0);
	struct logread *lr = logread_create();
	struct logread_files files = { NULL, 0 };
	char base[4096];
	unsigned timeout;
	size_t i;
	int rc = 0;

	if (!a || !lr)
		fatal(1, "out of memory");
	if (use_stdin) {
		feed_fd(ll, a, lr, 0, 1);
		goto out;
	}
	logread_conf(base, sizeof(base), &timeout);
	logread_rotated(base, &files);
	if (files.n == 0) {
		fputs("No log file\n", stderr);
		printf("Error - %s\n", strerror(ENOENT));
		rc = 1;
		goto out;
	}
	for (i = 0; i < files.n; i++) {
		int fd = open(files.paths[i], O_RDONLY | O_CLOEXEC);

		if (fd < 0)
			continue;
		feed_fd(ll, a, lr, fd, i + 1 == files.n);
		close(fd);
	}
out:
	logread_files_free(&files);
	searchasm_destroy(a);
	logread_destroy(lr);
	return rc;
}

static void print_report(const struct lastlog *ll)
{
	size_t i;

	puts("Username         Port         From                       Latest");
	for (i = 0; i < ll->n; i++) {
		const struct user *u = &ll->users[i];
		char when[64] = "**Never logged in**";
		struct tm tm;

		if (u->last && localtime_r(&u->last, &tm))
			strftime(when, sizeof(when), "%x %T", &tm);
		printf("%-16s %-12.12s %-26.26s %s\n", u->name,
		       u->term ? u->term : "", u->host ? u->host : "", when);
	}
}

int main(int argc, char **argv)
{
	struct lastlog ll;
	const char *user = NULL;
	int use_stdin = 0, i, rc;
	size_t k;

	setlocale(LC_ALL, "");
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--user") || !strcmp(argv[i], "-u")) {
			if (++i >= argc) {
				usage();
				return 1;
			}
			user = argv[i];
		} else if (!strcmp(argv[i], "--stdin")) {
			use_stdin = 1;
		} else {
			usage();
			return 1;
		}
	}
	memset(&ll, 0, sizeof(ll));
	load_users(&ll, user);
	if (user && ll.n == 0) {
		printf("Unknown User: %s\n", user);
		return 1;
	}
	evcursor_init(&ll.cur);
	rc = read_input(&ll, use_stdin);
	if (rc == 0)
		print_report(&ll);
	evcursor_free(&ll.cur);
	for (k = 0; k < ll.n; k++) {
		free(ll.users[k].name);
		free(ll.users[k].host);
		free(ll.users[k].term);
	}
	free(ll.users);
	return rc;
}
