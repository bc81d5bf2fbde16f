/* checkpoint.c - ausearch --checkpoint (the project's spec of the tools,
 * 2.9): the file naming the last log read (dev, inode) and the last
 * complete event seen, so that the next run prints only what came after. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ausearch.h"

/* 0: loaded, or no file (a first run: c->loaded 0); 10 after the
 * message. */
int checkpoint_load(const char *file, struct checkpoint *c)
{
	FILE *f = fopen(file, "r");
	char line[1024];
	int bad = 0;

	memset(c, 0, sizeof(*c));
	if (!f) {
		if (errno == ENOENT)
			return 0;
		fprintf(stderr, "Cannot open checkpoint file - %s: %s\n", file,
			strerror(errno));
		return 10;
	}
	while (fgets(line, sizeof(line), f)) {
		char *end;

		(void)end;
		line[strcspn(line, "\n")] = '\0';
		if (strncmp(line, "dev=", 4) == 0) {
			errno = 0;
			c->dev = strtoull(line + 4, &end, 16);
			if (errno) {
				fprintf(stderr, "Malformed dev checkpoint line "
					"- [%s]\n", line);
				goto bad;
			}
		} else if (strncmp(line, "inode=", 6) == 0) {
			errno = 0;
			c->ino = strtoull(line + 6, &end, 0);
			if (errno) {
				fprintf(stderr, "Malformed inode checkpoint line "
					"- [%s]\n", line);
				goto bad;
			}
		} else if (strncmp(line, "output=", 7) == 0) {
			char *node = line + 7, *sp = strchr(node, ' ');
			unsigned long long sec;
			unsigned type;

			if (!sp) {
				fprintf(stderr, "Malformed output/event checkpoint "
					"line near node - [%s]\n", line);
				goto bad;
			}
			/* the node is cut off the line before the message */
			*sp = '\0';
			if (sscanf(sp + 1, "%llu.%03u:%lu 0x%X", &sec, &c->milli,
				   &c->serial, &type) != 4) {
				fprintf(stderr, "Malformed output/event checkpoint "
					"line after node - [%s]\n", line);
				goto bad;
			}
			c->sec = (long long)sec;
			c->type = (int)type;
			c->has_node = strcmp(node, "-") != 0;
			snprintf(c->node, sizeof(c->node), "%.255s", node);
		} else {
			fprintf(stderr, "Unknown checkpoint line - [%s]\n", line);
			goto bad;
		}
	}
	goto check;
bad:
	/* the first bad line ends the reading; the dev/inode check still
	 * runs */
	bad = 1;
check:
	fclose(f);
	if (!c->dev || !c->ino) {
		fprintf(stderr, "Missing dev/inode lines from checkpoint file "
			"%s\n", file);
		return 10;
	}
	if (bad)
		return 10;
	c->loaded = 1;
	return 0;
}

int checkpoint_is(const struct checkpoint *c, const struct search_event *ev)
{
	if (ev->sec != c->sec || ev->milli != c->milli ||
	    ev->serial != c->serial || ev->type != c->type)
		return 0;
	if (!ev->node != !c->has_node)
		return 0;
	return !ev->node || strcmp(ev->node, c->node) == 0;
}

void checkpoint_note(struct checkpoint *last, const struct search_event *ev)
{
	last->sec = ev->sec;
	last->milli = ev->milli;
	last->serial = ev->serial;
	last->type = ev->type;
	last->has_node = ev->node != NULL;
	snprintf(last->node, sizeof(last->node), "%s",
		 ev->node ? ev->node : "-");
	last->loaded = 1;
}

/* 0, or 11 after the message. */
int checkpoint_write(const char *file, const char *log,
		     const struct checkpoint *last)
{
	struct stat st;
	FILE *f;

	if (stat(log, &st) < 0) {
		fprintf(stderr, "Cannot stat audit file for checkpoint details "
			"- %s: %s\n", log, strerror(errno));
		return 11;
	}
	f = fopen(file, "w");
	if (!f) {
		fprintf(stderr, "Cannot open checkpoint file - %s: %s\n", file,
			strerror(errno));
		return 11;
	}
	fprintf(f, "dev=0x%jX\ninode=%ju\noutput=%s %lld.%03u:%lu 0x%X\n",
		(uintmax_t)st.st_dev, (uintmax_t)st.st_ino,
		last->has_node ? last->node : "-", last->sec, last->milli,
		last->serial, (unsigned)last->type);
	if (fclose(f) != 0) {
		fprintf(stderr, "Cannot open checkpoint file - %s: %s\n", file,
			strerror(errno));
		return 11;
	}
	return 0;
}
