/* auvirt.h - what auvirt's main (auvirt.c), its guest bookkeeping
 * (guests.c) and its report (report.c) share. */
#ifndef VIGIL_AUVIRT_H
#define VIGIL_AUVIRT_H

#include <time.h>

#include "search.h"
#include "searchfmt.h"

enum vevent_kind {
	VE_MACHINE_ID,		/* a guest's labels: never printed */
	VE_START,
	VE_STOP,
	VE_RES,
	VE_AVC,
	VE_ANOM,
};

#define VEVENT_PROOFS	2

/* One line of the report (or a machine id kept to find AVCs' guests). */
struct vevent {
	enum vevent_kind kind;
	time_t start, end;	/* end 0: still open */
	int success;
	int pid;		/* a start's vm-pid */
	char *name, *uuid, *user;
	/* VE_RES */
	char *res_type, *reason, *res;
	char *cg_class, *cg_acl, *cg_detail;
	/* VE_MACHINE_ID: the MLS part of vm-ctx */
	char *seclevel;
	/* VE_AVC */
	char *perms, *result, *comm, *target;
	unsigned long proof[VEVENT_PROOFS];	/* serials, 0 for none */
};

struct auvirt {
	/* options */
	int all_events, summary, proof, debug, show_uuid;
	const char *uuid, *vm;
	/* state: every event kept, in the order met */
	struct vevent **list;
	size_t n, cap;
	struct searchfmt *fmt;
	struct evcursor cur;
};

/* guests.c: one assembled event */
void guests_event(struct auvirt *av, const struct search_event *ev);
void guests_clear(struct auvirt *av);

/* report.c: the list (or the summary) at the end of input */
void report_print(const struct auvirt *av);
/* ctime's "Www Mmm dd hh:mm" (16 bytes) into buf */
void report_short_time(time_t t, char *buf, size_t sz);

#endif
