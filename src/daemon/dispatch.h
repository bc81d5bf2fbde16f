/* dispatch.h - the plugin dispatcher: records -> the plugins of plugins.d.
 *
 * Each plugin has its own queue (an SPSC ring of q_depth records) and its
 * own thread that writes to it, so a slow or dead plugin never slows the
 * log writer (the producer never waits: a full queue is an overflow, and
 * overflow_action decides) and never stalls the other plugins. auditd
 * 3.0.9 instead has one queue and one thread that writes to every plugin
 * in turn, blocking (auditd.conf(5): q_depth, overflow_action).
 *
 * What a plugin receives is what auditd sends (auditd(8), plugins): the string
 * format is one line per record, the log's line for ENRICHED or node=
 * (protocol version 1), "type=NAME msg=PAYLOAD" otherwise (version 0);
 * the binary format is a 16-byte header (version, 16, type, size, host
 * order) then 8970 bytes of data (the raw payload for version 0, the line
 * without its newline for version 1) as 3.0.9 writes it. EOE records,
 * which the log never gets, are included.
 *
 * Threads: the writer produces (dispatch_record, dispatch_text, then
 * dispatch_publish once per batch); the main thread configures, resumes,
 * stops and reads the statistics; each plugin thread consumes its queue
 * (pluginproc.c). The lines come from the record library (format.h).
 */
#ifndef VIGIL_DISPATCH_H
#define VIGIL_DISPATCH_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "format.h"

/* auditd's struct audit_dispatcher_header and data area */
#define DISPATCH_HDR_SIZE	16
#define DISPATCH_DATA_SIZE	8970

struct dispatch_stats {
	unsigned active;		/* plugins running (or waiting for a client) */
	uint64_t depth;			/* records queued now, the fullest queue */
	uint64_t max_depth;		/* the most ever queued in one queue */
	unsigned q_depth;
	int overflow;			/* a queue was ever full */
	int suspended;			/* overflow_action suspend fired, until SIGUSR2 */
	uint64_t sent;			/* records handed to plugins (all of them) */
	uint64_t dropped;		/* records a full queue could not take */
	uint64_t restarts;		/* plugin processes restarted after a crash */
};

struct dispatch;

struct dispatch *dispatch_create(void);
/* Startup and SIGHUP: read plugin_dir, then start the new plugins, stop
 * the removed or deactivated ones, restart the ones whose program
 * changed and send SIGHUP to the others; q_depth, overflow_action and
 * max_restarts apply from now (q_depth can only grow, as in auditd).
 * log_format and node decide the protocol version. Returns the number of
 * active plugins; startup says auditd's "audit dispatcher initialized"
 * or "No plugins found" line. */
unsigned dispatch_configure(struct dispatch *d, const struct config *cfg, const char *node,
			    int startup);

/* Producer side, writer thread only. A record: payload is the kernel text
 * "audit(...): ..." (len bytes); line is its formatted log line with the
 * newline (line_len bytes), or NULL when the writer did not format it
 * (EOE, or logging off): the dispatcher then formats it itself. */
void dispatch_record(struct dispatch *d, unsigned type, const char *payload, size_t len,
		     const char *line, size_t line_len);
/* A record received from the network (distribute_network): its text is
 * already a line; the type is read from its type= field. */
void dispatch_text(struct dispatch *d, const char *text, size_t len);
/* Make what was queued since the last call visible to the plugins. */
void dispatch_publish(struct dispatch *d);

/* SIGUSR2: queueing resumes if overflow_action suspend stopped it. */
void dispatch_resume(struct dispatch *d);
/* Shutdown (after the writer stopped): each plugin gets what is queued
 * for it (waiting up to a second), then end of file and SIGTERM. */
void dispatch_stop(struct dispatch *d);
void dispatch_destroy(struct dispatch *d);
void dispatch_get_stats(struct dispatch *d, struct dispatch_stats *st);

/* The bytes a plugin reads for one record, in the given format and
 * protocol version (pure; unit tests). out must hold DISPATCH_HDR_SIZE +
 * DISPATCH_DATA_SIZE or FORMAT_LINE_MAX bytes, whichever is larger. */
size_t dispatch_encode_binary(unsigned version, unsigned type, const char *data, size_t len,
			      char *out);

#endif
