/* state.h - the SIGCONT state report (auditd's keys, then vigil's counters). */
#ifndef VIGIL_STATE_H
#define VIGIL_STATE_H

#include <stdint.h>

#include "config.h"
#include "dispatch.h"
#include "listener.h"
#include "remote.h"
#include "ring.h"
#include "writer.h"

struct state_info {
	const struct config *cfg;
	int daemonized;
	int writing;			/* records go to the log */
	struct writer_stats writer;
	struct listener_stats listener;
	struct ring_stats ring;
	struct dispatch_stats dispatch;	/* zeros (and q_depth) with no plugin */
	int listening;			/* the network receiver runs: remote is valid */
	struct remote_stats remote;
	int have_kernel;		/* kernel status below is valid */
	uint32_t kernel_lost;
	uint64_t kernel_lost_since_start;	/* kwatch.h */
	uint32_t kernel_backlog;
	uint32_t kernel_backlog_limit;
	uint32_t kernel_enabled;
};

/* Write the report to path (mode 0640, not following links). 0 or -errno. */
int state_write(const char *path, const struct state_info *in);

#endif
