/* search.c - name lookups shared by the tables, and message type parsing. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "tables.h"
#include "tables-internal.h"

int tables_name_search(const struct tables_name_nr *tab, int n,
		       const char *name)
{
	int lo = 0, hi = n;

	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		int c = strcasecmp(name, tab[mid].name);

		if (c == 0)
			return mid;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return -1;
}

/* Same acceptance as libaudit's audit_name_to_msg_type(), observed:
 * "UNKNOWN[n]" (that exact case) and anything starting with a digit are
 * read with strtol and no check of what follows ("12x" is 12,
 * "UNKNOWN[abc]" is 0); otherwise the name, case-insensitively. */
int tables_msgtype_number(const char *name)
{
	if (strncmp(name, "UNKNOWN[", 8) == 0)
		return (int)strtol(name + 8, NULL, 10);
	if (isdigit((unsigned char)name[0]))
		return (int)strtol(name, NULL, 10);
	return tables_msgtype_search(name);
}
