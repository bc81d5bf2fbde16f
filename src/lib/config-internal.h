/* config-internal.h - what the three files of auditd.conf share: the option
 * table (config-options.c), the typed value parsers it names
 * (config-values.c) and the file reading (config.c). Not part of config.h.
 */
#ifndef VIGIL_CONFIG_INTERNAL_H
#define VIGIL_CONFIG_INTERNAL_H

#include <stddef.h>

#include "conffile.h"
#include "config.h"

#define TCP_PORT_MAX		65535UL
#define ACTION_BIT(a)		(1u << (a))

struct config_option;
typedef int (*config_parse_fn)(const struct config_option *opt,
			       const struct conffile_line *ln,
			       struct config *cfg);

struct config_option {
	const char *name;
	/* auditd's parser name, printed as "<parser>_parser called with: V"
	 * in debug mode; NULL where auditd prints nothing (disp_qos). */
	const char *parser;
	config_parse_fn parse;
	size_t off;			/* the field in struct config */
	size_t size;			/* 0: the keyword stores nothing itself */
	unsigned long min, max;		/* numbers */
	const struct conffile_word *words;	/* enumerations and actions */
	unsigned illegal;		/* actions auditd knows but refuses here */
	size_t exe_off;			/* where "exec PATH" keeps PATH; 0: no exec */
	int max_options;		/* 1: the exec path may follow the value */
	const char *too_large;		/* auditd's own wording for max, if any */
	void (*after)(struct config *cfg, unsigned long value);
};

/* config-options.c: the table, in auditd's order. */
extern const struct config_option config_options[];
extern const size_t config_noptions;
const struct config_option *config_option_lookup(const char *name);

/* config-values.c: one parser per kind of value. Each reports its error
 * (auditd's wording, naming the line) and returns -1, or stores the value
 * at opt->off and returns 0. */
int config_parse_word(const struct config_option *opt,
		      const struct conffile_line *ln, struct config *cfg);
int config_parse_word_text(const struct config_option *opt,
			   const struct conffile_line *ln, struct config *cfg);
int config_parse_uint(const struct config_option *opt,
		      const struct conffile_line *ln, struct config *cfg);
int config_parse_text(const struct config_option *opt,
		      const struct conffile_line *ln, struct config *cfg);
int config_parse_dir(const struct config_option *opt,
		     const struct conffile_line *ln, struct config *cfg);
int config_parse_deprecated(const struct config_option *opt,
			    const struct conffile_line *ln, struct config *cfg);
int config_parse_action(const struct config_option *opt,
			const struct conffile_line *ln, struct config *cfg);
int config_parse_space(const struct config_option *opt,
		       const struct conffile_line *ln, struct config *cfg);
int config_parse_ports(const struct config_option *opt,
		       const struct conffile_line *ln, struct config *cfg);
int config_parse_time(const struct config_option *opt,
		      const struct conffile_line *ln, struct config *cfg);
int config_parse_group(const struct config_option *opt,
		       const struct conffile_line *ln, struct config *cfg);
int config_parse_log_file(const struct config_option *opt,
			  const struct conffile_line *ln, struct config *cfg);
int config_parse_email(const struct config_option *opt,
		       const struct conffile_line *ln, struct config *cfg);

#endif
