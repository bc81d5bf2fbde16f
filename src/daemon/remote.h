/* remote.h - the network receiver: audisp-remote clients -> the log.
 *
 * auditd's TCP listener (auditd.conf(5): tcp_*) in a thread of its own: it accepts
 * clients (tcp_listen_port, IPv6 and IPv4), applies use_libwrap
 * (hosts.allow, hosts.deny), tcp_client_ports, tcp_max_per_addr and
 * tcp_client_max_idle, reads managed frames
 * (frame.h) and hands each record to the writer through a queue of its
 * own (netq.h), so the listener -> ring -> writer path keeps its single
 * producer. The reply (ACK, or DISKLOW/DISKFULL/DISKERROR) goes back
 * only once the writer has written the record under the flush policy in
 * force. Each connection has at most one record in the writer's hands,
 * so replies keep the order of the frames. DAEMON_ACCEPT and
 * DAEMON_CLOSE records are written as auditd writes them; at shutdown
 * every client gets ENDING.
 */
#ifndef VIGIL_REMOTE_H
#define VIGIL_REMOTE_H

#include <stdint.h>

#include "config.h"
#include "daemonrec.h"
#include "netq.h"

struct remote_stats {
	int listening;
	unsigned active;		/* connections now */
	uint64_t total;			/* connections accepted since start */
	uint64_t rejected;		/* refused: tcp_wrappers, port, per-address limit */
	uint64_t records;		/* records received and written */
	uint64_t heartbeats;
	uint64_t error_replies;		/* DISKLOW, DISKFULL, DISKERROR sent */
	uint64_t bad_frames;		/* clients closed for a malformed frame */
	uint64_t idle_closed;		/* clients closed by tcp_client_max_idle */
	unsigned max_clients;		/* vigil_tcp_max_clients as applied */
	uint64_t refused_cap;		/* refused at that cap */
	uint64_t records_held;		/* DAEMON_ACCEPT/CLOSE held back by the rate limit */
	uint64_t lines_held;		/* syslog lines about connections held back */
	uint64_t backoffs;		/* accept paused for want of descriptors */
};

struct remote;

/* Listen on cfg->tcp_listen_port (all addresses; a dual-stack IPv6
 * socket where the kernel has IPv6, IPv4 otherwise). Called while the
 * daemon still holds its capabilities: a port below 1024 (auditd.conf(5)'s
 * 60) needs CAP_NET_BIND_SERVICE, which it does not keep. Says nothing: a
 * failure (the port taken, a transport vigil does not speak) is kept for
 * remote_start, which reports it where the daemon can still write
 * DAEMON_ABORT. NULL only when out of memory. */
struct remote *remote_bind(const struct config *cfg);
/* Start the thread on what remote_bind (r, NULL included) opened.
 * Records go into q; rec numbers DAEMON_ACCEPT/DAEMON_CLOSE. NULL after a
 * logged error when nothing could listen (r is then freed). */
struct remote *remote_start(struct remote *r, const struct config *cfg, struct netq *q,
			    struct daemonrec *rec);
/* SIGHUP: tcp_client_ports, tcp_max_per_addr, tcp_client_max_idle,
 * use_libwrap and distribute_network apply to what comes next (the port
 * and the queue length need a restart, as in auditd 3.0.9: nothing is
 * bound again, so no capability is kept for it). */
void remote_reconfigure(struct remote *r, const struct config *cfg);
/* Shutdown: stop accepting and reading, let the writer answer what it
 * holds, send ENDING to every client and close them (DAEMON_CLOSE each).
 * The writer must still run. Frees r. */
void remote_stop(struct remote *r);
void remote_get_stats(struct remote *r, struct remote_stats *st);

#endif
