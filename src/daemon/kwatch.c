/* kwatch.c - the kernel's lost-record counter, watched. See kwatch.h. */
#include <string.h>

#include "kwatch.h"
#include "log.h"

void kwatch_init(struct kwatch *k)
{
	memset(k, 0, sizeof(*k));
}

int kwatch_update(struct kwatch *k, uint32_t lost, uint32_t backlog_limit, time_t now)
{
	uint32_t rise;

	if (!k->have) {
		/* what was lost before we started is not news */
		k->have = 1;
		k->lost = lost;
		return 0;
	}
	rise = lost >= k->lost ? lost - k->lost : lost;
	k->lost = lost;
	k->since_start += rise;
	k->unreported += rise;
	if (!k->unreported)
		return 0;
	if (k->last_report && now - k->last_report < KWATCH_INTERVAL_S)
		return 0;
	log_warn("The kernel lost %llu audit records (%llu since the daemon started, "
		 "kernel lost counter %u, backlog limit %u): raise the backlog "
		 "(auditctl -b) or let producers wait (--backlog_wait_time)",
		 (unsigned long long)k->unreported, (unsigned long long)k->since_start,
		 lost, backlog_limit);
	k->unreported = 0;
	k->last_report = now;
	return 1;
}
