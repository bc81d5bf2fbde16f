/* timearg.c - the -ts/-te arguments of ausearch and aureport (the
 * project's spec of the tools, 1.6): a keyword or a date in the locale's
 * %x, a time in %X ("HH:MM" meaning HH:MM:00), the tools' messages. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "search.h"
#include "util.h"

static const char *const timearg_words[] = {
	[TIMEARG_NOW] = "now",
	[TIMEARG_RECENT] = "recent",
	[TIMEARG_BOOT] = "boot",
	[TIMEARG_TODAY] = "today",
	[TIMEARG_YESTERDAY] = "yesterday",
	[TIMEARG_THIS_WEEK] = "this-week",
	[TIMEARG_WEEK_AGO] = "week-ago",
	[TIMEARG_THIS_MONTH] = "this-month",
	[TIMEARG_THIS_YEAR] = "this-year",
};

enum timearg_keyword timearg_keyword(const char *word)
{
	size_t i;

	for (i = 0; i < NELEM(timearg_words); i++)
		if (strcmp(word, timearg_words[i]) == 0)
			return (enum timearg_keyword)i;
	return TIMEARG_NONE;
}

void timearg_clock_now(struct timearg_clock *clock)
{
	FILE *f = fopen("/proc/uptime", "r");

	clock->now = time(NULL);
	clock->uptime = -1;
	clock->uptime_errno = 0;
	if (!f) {
		clock->uptime_errno = errno;
		return;
	}
	if (fscanf(f, "%lf", &clock->uptime) != 1) {
		clock->uptime = -1;
		clock->uptime_errno = EINVAL;
	}
	fclose(f);
}

/* Midnight of the day t falls on. */
static void day_of(time_t t, struct tm *d)
{
	localtime_r(&t, d);
	d->tm_hour = d->tm_min = d->tm_sec = 0;
}

/* The keyword's moment (a day's midnight for the day keywords); -1 with
 * msg when boot cannot know the uptime. */
static int keyword_tm(enum timearg_keyword kw, const struct timearg_clock *c,
		      struct tm *d, char *msg, size_t msgsz)
{
	time_t t = c->now;

	switch (kw) {
	case TIMEARG_NOW:
		localtime_r(&t, d);
		break;
	case TIMEARG_RECENT:
		t -= 600;
		localtime_r(&t, d);
		break;
	case TIMEARG_BOOT:
		if (c->uptime < 0) {
			snprintf(msg, msgsz, "Can't read uptime (%s)\n",
				 strerror(c->uptime_errno));
			return -1;
		}
		t -= (time_t)(c->uptime + 0.5);
		localtime_r(&t, d);
		break;
	case TIMEARG_TODAY:
		day_of(t, d);
		break;
	case TIMEARG_YESTERDAY:
		day_of(t - 86400, d);
		break;
	case TIMEARG_THIS_WEEK: {
		struct tm now;

		localtime_r(&t, &now);
		day_of(t - (time_t)now.tm_wday * 86400, d);
		break;
	}
	case TIMEARG_WEEK_AGO:
		day_of(t - 7 * 86400, d);
		break;
	case TIMEARG_THIS_MONTH:
		day_of(t, d);
		d->tm_mday = 1;
		break;
	case TIMEARG_THIS_YEAR:
		day_of(t, d);
		d->tm_mday = 1;
		d->tm_mon = 0;
		d->tm_isdst = 0;
		break;
	default:
		break;
	}
	return 0;
}

int timearg_parse(int end, const char *date, const char *time,
		  const struct timearg_clock *clock, time_t *out,
		  char *msg, size_t msgsz)
{
	const char *side = end ? "end" : "start";
	enum timearg_keyword kw = TIMEARG_NONE;
	struct tm d;
	const char *rest;
	time_t t;

	localtime_r(&clock->now, &d);
	if (date) {
		kw = timearg_keyword(date);
		if (kw != TIMEARG_NONE) {
			if (keyword_tm(kw, clock, &d, msg, msgsz) < 0)
				return -1;
			/* now, recent and boot keep their own time of day */
			if ((kw == TIMEARG_NOW || kw == TIMEARG_RECENT ||
			     kw == TIMEARG_BOOT) &&
			    (!time || strcmp(time, "00:00:00") == 0))
				goto convert;
			/* -te today alone is this moment */
			if (end && kw == TIMEARG_TODAY && !time) {
				*out = clock->now;
				return 0;
			}
		} else {
			rest = strptime(date, "%x", &d);
			if (!rest) {
				snprintf(msg, msgsz, "Invalid %s date (%s). Month, "
					 "Day, and Year are required.\n", side,
					 date);
				return -1;
			}
			if (*rest) {
				snprintf(msg, msgsz, "Error parsing %s date (%s)\n",
					 side, date);
				return -1;
			}
			d.tm_isdst = -1;
		}
	}
	if (time) {
		char buf[40];

		if (strlen(time) <= 5)
			snprintf(buf, sizeof(buf), "%s:00", time);
		else
			snprintf(buf, sizeof(buf), "%s", time);
		rest = strptime(buf, "%X", &d);
		if (!rest) {
			snprintf(msg, msgsz, "Invalid %s time (%s). Hour, Minute, "
				 "and Second are required.\n", side, time);
			return -1;
		}
		if (*rest) {
			snprintf(msg, msgsz, "Error parsing %s time (%s)\n", side,
				 time);
			return -1;
		}
	} else if (kw == TIMEARG_NONE && !end) {
		/* a date alone starts at its midnight; as an end it keeps
		 * the time of day of now */
		d.tm_hour = d.tm_min = d.tm_sec = 0;
	}
	if (d.tm_year < 104) {
		snprintf(msg, msgsz, "Error - year is %d\n", d.tm_year + 1900);
		return -1;
	}
convert:
	t = mktime(&d);
	if (t == (time_t)-1) {
		snprintf(msg, msgsz, "Error converting %s time\n", side);
		return -1;
	}
	*out = t;
	return 0;
}

/* The words after -ts/-te (spec 1.6): two when the second is not an
 * option (time first allowed), else one: a keyword or a word without ':'
 * is a date, else a time. */
int timearg_option(int end, int checkpoint_ok, const char *typed,
		   char **words, int nwords, int *used, time_t *out)
{
	const char *date, *time;
	struct timearg_clock clock;
	char msg[512];

	if (nwords < 1 || words[0][0] == '-') {
		fprintf(stderr, "%s requires either date and/or time\n", typed);
		return -1;
	}
	timearg_clock_now(&clock);
	if (nwords >= 2 && words[1][0] != '-') {
		*used = 2;
		date = words[0];
		time = words[1];
		if (strchr(date, ':')) {
			date = words[1];
			time = words[0];
		}
	} else {
		*used = 1;
		if (timearg_keyword(words[0]) != TIMEARG_NONE) {
			date = words[0];
			time = NULL;
		} else if (!end && checkpoint_ok &&
			   strcmp(words[0], "checkpoint") == 0) {
			return 1;
		} else if (!strchr(words[0], ':')) {
			date = words[0];
			time = NULL;
		} else {
			date = NULL;
			time = words[0];
		}
	}
	if (timearg_parse(end, date, time, &clock, out, msg, sizeof(msg)) < 0) {
		fputs(msg, stderr);
		return -1;
	}
	return 0;
}
