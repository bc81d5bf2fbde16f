/* guests.c - auvirt's events: libvirt's records (VIRT_MACHINE_ID,
 * VIRT_CONTROL, VIRT_RESOURCE) and the AVCs and anomalies of the guests'
 * processes become a list, in the order met, that report.c prints at the
 * end. How the records are tied together is what audit 3.0.9's auvirt
 * does (auvirt(8); observed against Debian 12's binary, which the
 * project's tests/tools/toolbox2-diff.sh compares):
 *   - a stop closes the last start with the same uuid, and the resources
 *     of that uuid still open back to the start or stop before it;
 *   - a resource whose old value is a resource still open closes it (mem
 *     and vcpu updates close the last of their kind); one whose new value
 *     is "?" adds nothing;
 *   - an AVC belongs to the last machine id with its MLS level;
 *   - an anomaly belongs to the guest only when the last event of the
 *     list is that guest's start, with the anomaly's pid.
 * Fields are found with libauparse's cursor and interpreted as it does
 * (evcursor, searchfmt_field).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auvirt.h"
#include "util.h"

/* libaudit's record numbers (msgtypes.c) */
#define T_AVC			1400
#define T_VIRT_CONTROL		2500
#define T_VIRT_RESOURCE		2501
#define T_VIRT_MACHINE_ID	2502

static int is_anomaly(int type)
{
	return (type >= 1700 && type <= 1799) || (type >= 2100 && type <= 2199);
}

/* ---- the list ------------------------------------------------------------ */

static struct vevent *vevent_add(struct auvirt *av, enum vevent_kind kind,
				 const struct search_event *ev)
{
	struct vevent *e = xcalloc(1, sizeof(*e));

	if (av->n == av->cap) {
		av->cap = av->cap ? 2 * av->cap : 64;
		av->list = xrealloc(av->list, av->cap, sizeof(*av->list));
	}
	av->list[av->n++] = e;
	e->kind = kind;
	e->start = (time_t)ev->sec;
	e->success = 1;
	return e;
}

static void vevent_free(struct vevent *e)
{
	char **s[] = { &e->name, &e->uuid, &e->user, &e->res_type,
		       &e->reason, &e->res, &e->cg_class, &e->cg_acl,
		       &e->cg_detail, &e->seclevel, &e->perms, &e->result,
		       &e->comm, &e->target };
	size_t i;

	for (i = 0; i < NELEM(s); i++)
		free(*s[i]);
	free(e);
}

void guests_clear(struct auvirt *av)
{
	size_t i;

	for (i = 0; i < av->n; i++)
		vevent_free(av->list[i]);
	free(av->list);
	av->list = NULL;
	av->n = av->cap = 0;
}

static int same(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

static void close_event(struct vevent *e, const struct search_event *ev)
{
	e->end = (time_t)ev->sec;
	e->proof[1] = ev->serial;
}

/* ---- fields -------------------------------------------------------------- */

static char *dup_slice(const char *v, size_t n)
{
	char *s = xmalloc(n + 1);

	memcpy(s, v, n);
	s[n] = '\0';
	return s;
}

/* The first field called name in the event, interpreted, copied; NULL
 * when there is none. */
static char *field(struct auvirt *av, const char *name)
{
	const struct record *r;
	const char *v, *s;
	size_t n;

	evcursor_first(&av->cur);
	v = evcursor_find(&av->cur, name, &n);
	if (!v)
		return NULL;
	r = evcursor_record(&av->cur);
	s = searchfmt_field(av->fmt, r, name, strlen(name), v, n, &n);
	return dup_slice(s, n);
}

static int field_int(struct auvirt *av, const char *name)
{
	const char *v;
	size_t n;

	evcursor_first(&av->cur);
	v = evcursor_find(&av->cur, name, &n);
	return v ? evcursor_int(v, n) : -1;
}

static int field_success(struct auvirt *av)
{
	char *res = field(av, "res");
	int ok = same(res, "success");

	free(res);
	return ok;
}

/* The MLS part of a SELinux context user:role:type:level, or NULL. */
static char *seclevel(const char *ctx)
{
	const char *p = ctx;
	int colons = 0;

	if (!ctx)
		return NULL;
	while (*p && colons < 3)
		if (*p++ == ':')
			colons++;
	return colons == 3 ? xstrdup(p) : NULL;
}

/* --vm and --uuid: 1 when the guest named in the record is wanted */
static int wanted(const struct auvirt *av, const char *name, const char *uuid)
{
	if (av->vm && !same(av->vm, name))
		return 0;
	if (av->uuid && !same(av->uuid, uuid))
		return 0;
	return 1;
}

static void debug(const struct auvirt *av, const char *msg)
{
	if (av->debug)
		fputs(msg, stderr);
}

/* ---- the records --------------------------------------------------------- */

static void on_machine_id(struct auvirt *av, const struct search_event *ev)
{
	char *name = field(av, "vm"), *uuid = field(av, "uuid");
	char *ctx = field(av, "vm-ctx"), *level = seclevel(ctx);
	struct vevent *e;

	free(ctx);
	if (!level) {
		debug(av, "Security context not found for MACHINE_ID event.\n");
		free(name);
		free(uuid);
		return;
	}
	if (!wanted(av, name, uuid)) {
		free(name);
		free(uuid);
		free(level);
		return;
	}
	e = vevent_add(av, VE_MACHINE_ID, ev);
	e->name = name;
	e->uuid = uuid;
	e->user = field(av, "uid");
	e->seclevel = level;
	e->success = field_success(av);
	e->proof[0] = ev->serial;
}

static void on_start(struct auvirt *av, const struct search_event *ev,
		     char *name, char *uuid)
{
	struct vevent *e = vevent_add(av, VE_START, ev);

	e->name = name;
	e->uuid = uuid;
	e->user = field(av, "uid");
	e->pid = field_int(av, "vm-pid");
	e->success = field_success(av);
	e->proof[0] = ev->serial;
}

/* A stop closes its guest's open resources, found back from the end of
 * the list past the guest's last start (which may be missing, as when
 * --start left it out) up to the start or stop of that uuid before. */
static void close_resources(struct auvirt *av, const char *uuid,
			    const struct search_event *ev)
{
	size_t i = av->n;
	int starts = 0;

	while (i-- > 0) {
		struct vevent *e = av->list[i];

		if (!same(e->uuid, uuid))
			continue;
		if (e->kind == VE_STOP || (e->kind == VE_START && starts++))
			break;
		if (e->kind == VE_RES && e->success && e->end == 0)
			close_event(e, ev);
	}
}

static void on_stop(struct auvirt *av, const struct search_event *ev,
		    char *name, char *uuid)
{
	struct vevent *start = NULL, *e;
	int success = field_success(av);
	size_t i = av->n;

	if (success)
		close_resources(av, uuid, ev);
	while (i-- > 0)
		if (av->list[i]->kind == VE_START &&
		    same(av->list[i]->uuid, uuid)) {
			start = av->list[i];
			break;
		}
	if (!start) {
		debug(av, "Couldn't find the correlated start record to the "
		      "stop event.\n");
		free(name);
		free(uuid);
		return;
	}
	e = vevent_add(av, VE_STOP, ev);
	e->name = name;
	e->uuid = uuid;
	e->user = field(av, "uid");
	e->success = success;
	e->proof[0] = ev->serial;
	if (success)
		close_event(start, ev);
}

static void on_control(struct auvirt *av, const struct search_event *ev)
{
	char *op = field(av, "op");
	char *name, *uuid;

	if (!same(op, "start") && !same(op, "stop")) {
		free(op);
		return;
	}
	name = field(av, "vm");
	uuid = field(av, "uuid");
	if (!wanted(av, name, uuid)) {
		free(name);
		free(uuid);
	} else if (op[2] == 'a') {
		on_start(av, ev, name, uuid);
	} else {
		on_stop(av, ev, name, uuid);
	}
	free(op);
}

/* the last open resource of this guest and kind; with value, the one
 * holding it */
static struct vevent *open_resource(struct auvirt *av, const char *uuid,
				    const char *type, const char *value)
{
	size_t i = av->n;

	while (i-- > 0) {
		struct vevent *e = av->list[i];

		if (e->kind == VE_RES && e->success && e->end == 0 &&
		    same(e->uuid, uuid) && same(e->res_type, type) &&
		    (!value || same(e->res, value)))
			return e;
	}
	return NULL;
}

/* the kinds whose old and new values name what is replaced ("old-disk",
 * "new-disk"), and those whose value is a quantity updated in place */
static const char *const by_value[] = { "disk", "net", "rng" };
static const char *const by_kind[] = { "mem", "vcpu" };

static int in(const char *const *list, size_t n, const char *s)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (same(list[i], s))
			return 1;
	return 0;
}

static struct vevent *add_resource(struct auvirt *av,
				   const struct search_event *ev, char *type,
				   char *name, char *uuid, int success)
{
	struct vevent *e = vevent_add(av, VE_RES, ev);

	e->res_type = type;
	e->name = name;
	e->uuid = uuid;
	e->user = field(av, "uid");
	e->reason = field(av, "reason");
	e->success = success;
	e->proof[0] = ev->serial;
	return e;
}

static void on_resource(struct auvirt *av, const struct search_event *ev)
{
	char *type = field(av, "resrc");
	char *name, *uuid, *oldv, *newv;
	char key[64];
	struct vevent *e, *prev;
	int success, kind;

	kind = in(by_value, NELEM(by_value), type) ? 1 :
	       in(by_kind, NELEM(by_kind), type) ? 2 :
	       same(type, "cgroup") ? 3 : 0;
	if (!kind) {
		if (av->debug)
			fprintf(stderr, "Found an unknown resource: %s.\n",
				type ? type : "(null)");
		free(type);
		return;
	}
	name = field(av, "vm");
	uuid = field(av, "uuid");
	if (!wanted(av, name, uuid)) {
		free(type);
		free(name);
		free(uuid);
		return;
	}
	success = field_success(av);
	if (kind == 3) {
		e = add_resource(av, ev, type, name, uuid, success);
		e->cg_class = field(av, "class");
		e->cg_acl = field(av, "acl");
		if (same(e->cg_class, "path"))
			e->cg_detail = field(av, "path");
		else if (same(e->cg_class, "major"))
			e->cg_detail = field(av, "category");
		return;
	}
	snprintf(key, sizeof(key), "old-%s", type);
	oldv = field(av, key);
	snprintf(key, sizeof(key), "new-%s", type);
	newv = field(av, key);
	if (success && kind == 1 && oldv && strcmp(oldv, "?")) {
		prev = open_resource(av, uuid, type, oldv);
		if (prev)
			close_event(prev, ev);
		else if (av->debug)
			fprintf(stderr, "Couldn't find the correlated resource "
				"record to update for %s.\n", type);
	} else if (success && kind == 2) {
		char *reason = field(av, "reason");

		if (same(reason, "update")) {
			prev = open_resource(av, uuid, type, NULL);
			if (prev)
				close_event(prev, ev);
			else if (av->debug)
				fprintf(stderr, "Couldn't find the correlated "
					"resource record to update for %s.\n",
					type);
		}
		free(reason);
	}
	free(oldv);
	if (kind == 1 && (!newv || strcmp(newv, "?") == 0)) {
		free(newv);
		free(type);
		free(name);
		free(uuid);
		return;
	}
	e = add_resource(av, ev, type, name, uuid, success);
	e->res = newv;
}

/* "avc:  denied  { read write } for ..." -> result and perms joined by
 * commas, as auparse names them (seresult, seperms) */
static void avc_words(const struct search_event *ev, struct vevent *e)
{
	const struct search_rec *r = &ev->recs[0];
	const char *p = memmem(r->line, r->raw_len, "avc:", 4);
	const char *end = r->line + r->raw_len, *q;
	char buf[512];
	size_t n = 0;

	if (!p)
		return;
	p += 4;
	while (p < end && *p == ' ')
		p++;
	for (q = p; q < end && *q != ' '; q++)
		;
	e->result = dup_slice(p, (size_t)(q - p));
	p = memchr(q, '{', (size_t)(end - q));
	if (!p)
		return;
	for (p++; p < end && *p != '}';) {
		while (p < end && *p == ' ')
			p++;
		if (p == end || *p == '}')
			break;
		for (q = p; q < end && *q != ' ' && *q != '}'; q++)
			;
		if (n && n < sizeof(buf) - 1)
			buf[n++] = ',';
		while (p < q && n < sizeof(buf) - 1)
			buf[n++] = *p++;
	}
	e->perms = dup_slice(buf, n);
}

/* An AppArmor denial: only the messages of 3.0.9 are known (a profile
 * that is not libvirt's, then no target), no guest is found from one. */
static void on_apparmor_avc(struct auvirt *av)
{
	char *profile = field(av, "profile"), *p = profile;
	size_t n = p ? strlen(p) : 0;

	/* the value without its quotes */
	if (n >= 2 && p[0] == '"' && p[n - 1] == '"') {
		p[n - 1] = '\0';
		p++;
	}
	if (av->debug && p && strncmp(p, "libvirt-", 8))
		fprintf(stderr, "Found a profile which is not generated by "
			"libvirt: %s\n", p);
	free(profile);
	debug(av, "Target object not found for AVC event.\n");
}

static void on_avc(struct auvirt *av, const struct search_event *ev)
{
	char *ctx, *level, *uid;
	struct vevent *mid = NULL, *e;
	size_t i = av->n;

	evcursor_first(&av->cur);
	if (evcursor_find(&av->cur, "apparmor", &i)) {
		on_apparmor_avc(av);
		return;
	}
	i = av->n;
	uid = field(av, "uid");
	if (!uid) {
		if (av->debug)
			fprintf(stderr, "Failed to get field \"uid\" for record "
				"%lld.%03u:%lu\n", ev->sec, ev->milli,
				ev->serial);
		return;
	}
	ctx = field(av, "scontext");
	level = seclevel(ctx);
	free(ctx);
	if (level)
		while (i-- > 0)
			if (av->list[i]->kind == VE_MACHINE_ID &&
			    same(av->list[i]->seclevel, level)) {
				mid = av->list[i];
				break;
			}
	free(level);
	if (!mid) {
		debug(av, "Couldn't get the machine id based on security "
		      "level in AVC event.\n");
		free(uid);
		return;
	}
	e = vevent_add(av, VE_AVC, ev);
	e->name = mid->name ? xstrdup(mid->name) : NULL;
	e->uuid = mid->uuid ? xstrdup(mid->uuid) : NULL;
	e->user = uid;
	e->comm = field(av, "comm");
	e->target = field(av, "name");
	avc_words(ev, e);
	e->proof[0] = mid->proof[0];
	e->proof[1] = ev->serial;
}

static void on_anomaly(struct auvirt *av, const struct search_event *ev)
{
	int pid = field_int(av, "pid");
	struct vevent *start = av->n ? av->list[av->n - 1] : NULL, *e;

	if (!start || start->kind != VE_START || start->pid != pid) {
		if (pid == -1)
			debug(av, "Found an anomaly record without pid.\n");
		if (av->debug)
			fprintf(stderr, "Security context not found for "
				"anomaly event: %.*s\n",
				(int)ev->recs[0].raw_len, ev->recs[0].line);
		return;
	}
	e = vevent_add(av, VE_ANOM, ev);
	e->name = start->name ? xstrdup(start->name) : NULL;
	e->uuid = start->uuid ? xstrdup(start->uuid) : NULL;
	e->user = field(av, "uid");
	e->proof[0] = start->proof[0];
	e->proof[1] = ev->serial;
}

void guests_event(struct auvirt *av, const struct search_event *ev)
{
	switch (ev->type) {
	case T_VIRT_MACHINE_ID:
		evcursor_load(&av->cur, ev);
		on_machine_id(av, ev);
		break;
	case T_VIRT_CONTROL:
		evcursor_load(&av->cur, ev);
		on_control(av, ev);
		break;
	case T_VIRT_RESOURCE:
		evcursor_load(&av->cur, ev);
		on_resource(av, ev);
		break;
	case T_AVC:
		/* AVCs and anomalies are looked at only when shown or
		 * counted */
		if (!av->all_events && !av->summary)
			break;
		evcursor_load(&av->cur, ev);
		on_avc(av, ev);
		break;
	default:
		if (is_anomaly(ev->type) && (av->all_events || av->summary)) {
			evcursor_load(&av->cur, ev);
			on_anomaly(av, ev);
		}
		break;
	}
}
