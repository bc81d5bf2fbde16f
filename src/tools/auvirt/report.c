/* report.c - auvirt's output at the end of input: one line per event
 * (only the starts without --all-events), its proof with --proof, or the
 * counts with --summary. Columns and widths are audit 3.0.9's: a name of
 * 22 columns, a user of 11, a time span of 32 (cut, not widened).
 */
#include <stdio.h>
#include <string.h>

#include "auvirt.h"

static const char *const kind_names[] = {
	[VE_MACHINE_ID] = "mid",
	[VE_START] = "start",
	[VE_STOP] = "stop",
	[VE_RES] = "resrc",
	[VE_AVC] = "avc",
	[VE_ANOM] = "anom",
};

static const char *str(const char *s)
{
	return s ? s : "";
}

void report_short_time(time_t t, char *buf, size_t sz)
{
	char tmp[64];

	if (!ctime_r(&t, tmp))
		tmp[0] = '\0';
	snprintf(buf, sz, "%.16s", tmp);
}

/* "Www Mmm dd hh:mm", then " - failed", or " - hh:mm  (span)" once it
 * ended */
static void time_span(const struct vevent *e, char *buf, size_t sz)
{
	char start[32], end[64];
	time_t secs;
	int mins, hours, days;

	report_short_time(e->start, start, sizeof(start));
	if (!e->success) {
		snprintf(buf, sz, "%s - failed", start);
		return;
	}
	if (e->end == 0) {
		snprintf(buf, sz, "%s", start);
		return;
	}
	report_short_time(e->end, end, sizeof(end));
	secs = e->end - e->start;
	mins = (int)((secs / 60) % 60);
	hours = (int)((secs / 3600) % 24);
	days = (int)(secs / 86400);
	if (days)
		snprintf(buf, sz, "%s - %s  (%d+%02d:%02d)", start, end + 11,
			 days, hours, mins);
	else
		snprintf(buf, sz, "%s - %s  (%02d:%02d)", start, end + 11,
			 hours, mins);
}

static void print_event(const struct auvirt *av, const struct vevent *e)
{
	char span[128];
	size_t i;
	int first = 1;

	if (av->all_events)
		printf("%-7s", kind_names[e->kind]);
	printf("%-22.22s", str(e->name));
	if (av->show_uuid)
		printf("\t%-36.36s", str(e->uuid));
	time_span(e, span, sizeof(span));
	printf("\t%-11.11s\t%-32.32s", str(e->user), span);
	if (e->kind == VE_RES) {
		printf("\t%-12.12s\t%-10.10s", str(e->res_type), str(e->reason));
		if (e->cg_class || strcmp(str(e->res_type), "cgroup") == 0)
			printf("\t%s\t%s\t%s", str(e->cg_class),
			       str(e->cg_acl), str(e->cg_detail));
		else
			printf("\t%s", str(e->res));
	} else if (e->kind == VE_AVC) {
		printf("\t%-12.12s\t%-10.10s\t%s\t%s\t", str(e->perms),
		       str(e->result), str(e->comm), str(e->target));
	}
	putchar('\n');
	if (!av->proof)
		return;
	fputs("    Proof:", stdout);
	for (i = 0; i < VEVENT_PROOFS; i++) {
		if (!e->proof[i])
			continue;
		printf("%s%lu", first ? "" : ",", e->proof[i]);
		first = 0;
	}
	fputs("\n\n", stdout);
}

static void print_summary(const struct auvirt *av)
{
	unsigned starts = 0, stops = 0, res = 0, avcs = 0, anoms = 0, failed = 0;
	time_t first = 0, last = 0;
	char a[32], b[32];
	size_t i;

	for (i = 0; i < av->n; i++) {
		const struct vevent *e = av->list[i];
		time_t t = e->end > e->start ? e->end : e->start;

		if (i == 0 || e->start < first)
			first = e->start;
		if (i == 0 || t > last)
			last = t;
		if (!e->success && e->kind != VE_MACHINE_ID) {
			failed++;
			continue;
		}
		switch (e->kind) {
		case VE_START: starts++; break;
		case VE_STOP: stops++; break;
		case VE_RES: res++; break;
		case VE_AVC: avcs++; break;
		case VE_ANOM: anoms++; break;
		default: break;
		}
	}
	if (av->n) {
		report_short_time(first, a, sizeof(a));
		report_short_time(last, b, sizeof(b));
	} else {
		strcpy(a, "undef");
		strcpy(b, "undef");
	}
	printf("Range of time for report:       %s - %s\n", a, b);
	printf("Number of guest starts:         %u\n", starts);
	printf("Number of guest stops:          %u\n", stops);
	printf("Number of resource assignments: %u\n", res);
	printf("Number of related AVCs:         %u\n", avcs);
	printf("Number of related anomalies:    %u\n", anoms);
	printf("Number of failed operations:    %u\n", failed);
}

void report_print(const struct auvirt *av)
{
	size_t i;

	if (av->summary) {
		print_summary(av);
		return;
	}
	for (i = 0; i < av->n; i++) {
		const struct vevent *e = av->list[i];

		if (e->kind == VE_MACHINE_ID)
			continue;
		if (!av->all_events && e->kind != VE_START)
			continue;
		print_event(av, e);
	}
}
