/* kwatch.h - the kernel's lost-record counter, watched.
 *
 * The kernel counts records it drops (backlog full with no wait allowed,
 * rate limit, queue overflow) but tells nobody: the counter is only read
 * with AUDIT_GET. The daemon reads it periodically (and for the state
 * report) and hands each reading here; a rise is reported to syslog at
 * once, and after that at most once every KWATCH_INTERVAL_S seconds, with
 * how many were lost since the last report: a flood of losses gives a few
 * lines, not one per second.
 */
#ifndef VIGIL_KWATCH_H
#define VIGIL_KWATCH_H

#include <stdint.h>
#include <time.h>

#define KWATCH_INTERVAL_S	60

struct kwatch {
	int have;		/* a first reading was taken */
	uint32_t lost;		/* the last reading */
	uint64_t since_start;	/* lost while this daemon ran */
	uint64_t unreported;	/* lost since the last report */
	time_t last_report;	/* monotonic seconds; 0: never */
};

void kwatch_init(struct kwatch *k);

/* One reading of the kernel's counter (lost, backlog_limit from AUDIT_GET)
 * at now, monotonic seconds. A counter lower than the last reading was
 * reset (auditctl --reset-lost) and counts from 0. Returns 1 when this
 * reading was reported to syslog. */
int kwatch_update(struct kwatch *k, uint32_t lost, uint32_t backlog_limit, time_t now);

#endif
