/* dispatch.c - plugins.d -> one queue and one thread per plugin (their
 * processes and queues' consumers are pluginproc.c). See dispatch.h.
 *
 * Producer: the writer thread. It takes the lock at its first record of a
 * batch and drops it in dispatch_publish, so the plugin list cannot
 * change under it and costs one lock per batch, not per record. Each
 * record is encoded for each plugin (line or binary data; the line comes
 * from the record library, format.h) and staged in that plugin's ring; a
 * ring holding q_depth records, or without room for the bytes, is full:
 * the record is dropped for that plugin only and overflow_action runs.
 * Nothing here ever waits for a plugin.
 *
 * Configuration: the main thread reads plugins.d, starts, stops and
 * signals plugins, and reads the statistics.
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "action.h"
#include "dispatch.h"
#include "log.h"
#include "pluginproc.h"
#include "plugins.h"
#include "ring.h"
#include "tables.h"
#include "util.h"

#define AUDIT_EOE		1320
#define OVERFLOW_REPORTS	5	/* auditd's QUEUE_FULL_LIMIT */

struct dispatch {
	pthread_mutex_t lock;		/* the list and the settings vs the producer */
	struct plugin *plugins;
	int producing;			/* the producer holds lock (its own field) */

	/* settings, under lock */
	struct format_ctx *fmt;		/* for records the writer did not format */
	enum format_log log;
	int version;			/* protocol: 1 with ENRICHED or node=, else 0 */
	unsigned q_depth;
	enum config_action overflow_action;
	_Atomic unsigned max_restarts;

	char *line;			/* producer scratch: one line */
	unsigned overflow_reports;	/* producer */

	_Atomic unsigned active;
	int queue_made;		/* a plugin was ever active (main thread) */
	_Atomic int linked;		/* plugins is not empty: worth the lock */
	_Atomic int suspended;
	_Atomic int overflow;
	_Atomic uint64_t max_depth;
	_Atomic uint64_t restarts;
};

/* ---- encoding ------------------------------------------------------------ */

size_t dispatch_encode_binary(unsigned version, unsigned type, const char *data, size_t len,
			      char *out)
{
	uint32_t h[4];

	if (len > DISPATCH_DATA_SIZE)
		len = DISPATCH_DATA_SIZE;
	h[0] = version;
	h[1] = DISPATCH_HDR_SIZE;
	h[2] = type;
	h[3] = (uint32_t)len;
	memcpy(out, h, sizeof(h));
	memcpy(out + DISPATCH_HDR_SIZE, data, len);
	/* 3.0.9 writes its whole data area whatever the size */
	memset(out + DISPATCH_HDR_SIZE + len, 0, DISPATCH_DATA_SIZE - len);
	return DISPATCH_HDR_SIZE + DISPATCH_DATA_SIZE;
}

/* The line (without newline) a plugin gets for a record: in RAW the one
 * auditd's dispatcher builds (not the log's: never cut, never trimmed),
 * otherwise the log's line, which the writer may have formatted already. */
static size_t plugin_line(struct dispatch *d, unsigned type, const char *payload, size_t len,
			  const char *line, size_t line_len, char *out)
{
	size_t n;

	if (d->log == FORMAT_LOG_RAW)
		return format_plugin_raw(d->fmt, type, payload, len, out);
	if (line && line_len)
		n = line_len - 1;
	else if (type != AUDIT_EOE && (n = format_record(d->fmt, type, payload, len, out)))
		return n - 1;
	else {
		/* EOE has no fields: ENRICHED leaves the bare header */
		n = format_plugin_raw(d->fmt, type, payload, len, out);
		if (n && out[n - 1] == ' ')
			n--;
		return n;
	}
	memcpy(out, line, n);
	return n;
}

/* ---- producer ------------------------------------------------------------ */

static void overflow(struct dispatch *d, struct plugin *p)
{
	atomic_fetch_add(&p->dropped, 1);
	atomic_store(&d->overflow, 1);
	switch (d->overflow_action) {
	case CONFIG_ACTION_SYSLOG:
		if (d->overflow_reports >= OVERFLOW_REPORTS)
			break;
		log_err("queue to plugins is full - dropping event");
		if (++d->overflow_reports == OVERFLOW_REPORTS)
			log_err("auditd queue full reporting limit reached - ending dropped "
				"event notifications");
		break;
	case CONFIG_ACTION_SUSPEND:
		log_msg(LOG_ALERT, "Auditd is suspending event passing to plugins due to "
			"overflowing its queue.");
		atomic_store(&d->suspended, 1);
		break;
	case CONFIG_ACTION_SINGLE:
		log_msg(LOG_ALERT, "Auditd is now changing the system to single user mode due "
			"to overflowing its queue");
		action_runlevel("1");
		break;
	case CONFIG_ACTION_HALT:
		log_msg(LOG_ALERT, "Auditd is now halting the system due to overflowing its "
			"queue");
		action_runlevel("0");
		break;
	default:
		break;
	}
}

/* With no plugin, no lock either: the writer pays one load per record. */
static int produce_lock(struct dispatch *d)
{
	if (!d->producing) {
		if (!atomic_load_explicit(&d->linked, memory_order_relaxed))
			return 0;
		pthread_mutex_lock(&d->lock);
		d->producing = 1;
	}
	return d->plugins && !atomic_load_explicit(&d->suspended, memory_order_relaxed);
}

static int full(const struct dispatch *d, struct plugin *p)
{
	return p->pushed - atomic_load_explicit(&p->taken, memory_order_relaxed) >= d->q_depth;
}

static void stage(struct dispatch *d, struct plugin *p, unsigned type, unsigned version,
		  const char *data, size_t len)
{
	if (ring_put(p->ring, (uint16_t)type, (uint16_t)version, data, (uint32_t)len) < 0) {
		overflow(d, p);
		return;
	}
	p->pushed++;
	p->staged = 1;
}

/* Queue one record for every plugin; line and bin are built at most once. */
static void queue_all(struct dispatch *d, unsigned type, unsigned version,
		      const char *payload, size_t len, const char *line, size_t line_len,
		      int pre_formatted)
{
	size_t n = 0, bin_len;
	const char *bin;
	int have_line = 0;
	struct plugin *p;

	for (p = d->plugins; p; p = p->next) {
		if (atomic_load_explicit(&p->dead, memory_order_relaxed))
			continue;
		/* a full queue costs a comparison, not an encoding */
		if (full(d, p)) {
			overflow(d, p);
			continue;
		}
		if (!have_line && (p->conf.format == PLUGINS_STRING || version == 1)) {
			if (pre_formatted) {
				n = line_len < FORMAT_LINE_MAX - 1 ? line_len : FORMAT_LINE_MAX - 2;
				memcpy(d->line, line, n);
			} else {
				n = plugin_line(d, type, payload, len, line, line_len, d->line);
			}
			d->line[n] = '\n';
			have_line = 1;
		}
		if (p->conf.format == PLUGINS_STRING) {
			stage(d, p, type, version, d->line, n + 1);
			continue;
		}
		/* the kernel's payload may end in a NUL: size is the text's */
		bin = version == 1 ? d->line : payload;
		bin_len = version == 1 ? n : strnlen(payload, len);
		stage(d, p, type, version, bin, bin_len > DISPATCH_DATA_SIZE ? DISPATCH_DATA_SIZE
									       : bin_len);
	}
}

void dispatch_record(struct dispatch *d, unsigned type, const char *payload, size_t len,
		     const char *line, size_t line_len)
{
	if (produce_lock(d))
		queue_all(d, type, (unsigned)d->version, payload, len, line, line_len, 0);
}

/* "node=X type=NAME msg=..." -> NAME's number, 0 if none */
static unsigned text_type(const char *text, size_t len)
{
	char name[64];
	const char *p = text, *end = text + len;
	size_t n;
	int t;

	while (p < end && (size_t)(end - p) >= 5 && memcmp(p, "type=", 5) != 0) {
		p = memchr(p, ' ', (size_t)(end - p));
		if (!p)
			return 0;
		p++;
	}
	if (!p || (size_t)(end - p) < 5)
		return 0;
	p += 5;
	for (n = 0; p + n < end && p[n] != ' ' && n < sizeof(name) - 1; n++)
		name[n] = p[n];
	name[n] = '\0';
	t = tables_msgtype_number(name);
	return t < 0 ? 0 : (unsigned)t;
}

void dispatch_text(struct dispatch *d, const char *text, size_t len)
{
	unsigned version;

	if (!produce_lock(d))
		return;
	/* auditd: version 1 if the sender enriched the record */
	version = memchr(text, 0x1d, len) ? 1 : 0;
	queue_all(d, text_type(text, len), version, text, len, text, len, 1);
}

void dispatch_publish(struct dispatch *d)
{
	struct plugin *p;

	if (!d->producing)
		return;
	for (p = d->plugins; p; p = p->next) {
		uint64_t depth;

		if (!p->staged)
			continue;
		p->staged = 0;
		ring_publish(p->ring);
		depth = p->pushed - atomic_load_explicit(&p->taken, memory_order_relaxed);
		if (depth > atomic_load_explicit(&d->max_depth, memory_order_relaxed))
			atomic_store_explicit(&d->max_depth, depth, memory_order_relaxed);
	}
	d->producing = 0;
	pthread_mutex_unlock(&d->lock);
}

/* ---- configuration ------------------------------------------------------- */

struct dispatch *dispatch_create(void)
{
	struct dispatch *d = xcalloc(1, sizeof(*d));

	pthread_mutex_init(&d->lock, NULL);
	d->line = xmalloc(FORMAT_LINE_MAX + 1);
	d->fmt = format_create(NULL);
	if (!d->fmt) {
		log_err("out of memory");
		abort();
	}
	d->q_depth = 2000;
	d->overflow_action = CONFIG_ACTION_SYSLOG;
	return d;
}

static const struct plugins_conf *find_conf(const struct plugins_list *l, const char *name)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].name, name) == 0)
			return &l->v[i];
	return NULL;
}

static struct plugin *find_plugin(struct plugin *list, const char *name)
{
	for (; list; list = list->next)
		if (strcmp(list->conf.name, name) == 0)
			return list;
	return NULL;
}

/* Only the main thread changes the list, so it reads it without the lock;
 * the producer sees the old list or the new one, never a gap. */
unsigned dispatch_configure(struct dispatch *d, const struct config *cfg, const char *node,
			    int startup)
{
	struct plugins_list l;
	struct plugin *keep = NULL, **tail = &keep, *gone = NULL, *p, *next;
	unsigned n = 0;
	size_t i;
	int e;

	e = plugins_load(cfg->plugin_dir, &l);
	if (e && e != -ENOENT)
		log_err("Could not read plugin directory %s (%s)", cfg->plugin_dir, strerror(-e));
	/* auditd: the queue may grow on a reload, never shrink */
	if (startup || cfg->q_depth > d->q_depth)
		d->q_depth = cfg->q_depth;

	pthread_mutex_lock(&d->lock);
	/* the kept plugins first, in their order; their links change here */
	for (p = d->plugins; p; p = next) {
		const struct plugins_conf *c = find_conf(&l, p->conf.name);

		next = p->next;
		p->next = NULL;
		if (c && plugins_same(c, &p->conf)) {
			*tail = p;
			tail = &p->next;
			continue;
		}
		p->next = gone;
		gone = p;
	}
	d->plugins = keep;
	atomic_store(&d->linked, keep != NULL);
	for (tail = &d->plugins; *tail; tail = &(*tail)->next)
		;
	pthread_mutex_unlock(&d->lock);

	for (p = keep; p; p = p->next) {
		const struct plugins_conf *c = find_conf(&l, p->conf.name);

		if (c->type == PLUGINS_ALWAYS && (c->dev != p->conf.dev || c->ino != p->conf.ino)) {
			log_info("Restarting %s since binary changed", p->conf.path);
			p->conf.dev = c->dev;
			p->conf.ino = c->ino;
			atomic_store(&p->respawn, 1);
		} else {
			atomic_store(&p->hup, 1);
		}
		atomic_store(&p->revive, 1);
		ring_kick(p->ring);
	}
	/* new ones start before they are linked in: no record waits on them */
	for (i = 0; i < l.n; i++) {
		struct plugin *fresh;

		if (find_plugin(d->plugins, l.v[i].name))
			continue;
		fresh = pluginproc_start(&l.v[i], d->q_depth, &d->max_restarts, &d->restarts);
		if (!fresh)
			continue;
		pthread_mutex_lock(&d->lock);
		*tail = fresh;
		tail = &fresh->next;
		atomic_store(&d->linked, 1);
		pthread_mutex_unlock(&d->lock);
	}
	plugins_free(&l);

	pthread_mutex_lock(&d->lock);
	d->log = cfg->log_format == CONFIG_LOG_ENRICHED ? FORMAT_LOG_ENRICHED : FORMAT_LOG_RAW;
	format_set_log(d->fmt, d->log);
	format_set_node(d->fmt, node && node[0] ? node : NULL);
	d->version = d->log == FORMAT_LOG_ENRICHED || (node && node[0]);
	d->overflow_action = cfg->overflow_action;
	atomic_store(&d->max_restarts, cfg->max_restarts);
	for (p = d->plugins; p; p = p->next)
		n++;
	pthread_mutex_unlock(&d->lock);

	for (p = gone; p; p = next) {
		next = p->next;
		log_info("Terminating %s because its now inactive", p->conf.path);
		pluginproc_end(p, PLUGINPROC_NOW);
	}
	atomic_store(&d->active, n);
	if (n)
		d->queue_made = 1;
	if (startup && n)
		log_info("audit dispatcher initialized with q_depth=%u and %u active plugins",
			 d->q_depth, n);
	else if (!n)
		log_notice("No plugins found, not dispatching events");
	return n;
}

void dispatch_resume(struct dispatch *d)
{
	if (atomic_exchange(&d->suspended, 0))
		log_notice("Auditd is resuming event passing to plugins");
}

void dispatch_stop(struct dispatch *d)
{
	struct plugin *p, *next;

	pthread_mutex_lock(&d->lock);
	p = d->plugins;
	d->plugins = NULL;
	atomic_store(&d->linked, 0);
	pthread_mutex_unlock(&d->lock);
	/* every plugin drains at once; then each is joined */
	for (next = p; next; next = next->next) {
		atomic_store(&next->stop, PLUGINPROC_DRAIN);
		ring_kick(next->ring);
	}
	for (; p; p = next) {
		next = p->next;
		pluginproc_end(p, PLUGINPROC_DRAIN);
	}
	atomic_store(&d->active, 0);
}

void dispatch_destroy(struct dispatch *d)
{
	if (!d)
		return;
	dispatch_stop(d);
	format_destroy(d->fmt);
	free(d->line);
	pthread_mutex_destroy(&d->lock);
	free(d);
}

void dispatch_get_stats(struct dispatch *d, struct dispatch_stats *st)
{
	struct plugin *p;

	memset(st, 0, sizeof(*st));
	pthread_mutex_lock(&d->lock);
	/* auditd makes its queue with the first plugin: none, size 0 */
	st->q_depth = d->queue_made ? d->q_depth : 0;
	for (p = d->plugins; p; p = p->next) {
		uint64_t depth = p->pushed - atomic_load(&p->taken);

		if (atomic_load(&p->up) && !atomic_load(&p->dead))
			st->active++;
		if (depth > st->depth)
			st->depth = depth;
		st->sent += atomic_load(&p->sent);
		st->dropped += atomic_load(&p->dropped);
	}
	pthread_mutex_unlock(&d->lock);
	st->max_depth = atomic_load(&d->max_depth);
	st->overflow = atomic_load(&d->overflow);
	st->suspended = atomic_load(&d->suspended);
	st->restarts = atomic_load(&d->restarts);
}
