/* config.c - auditd.conf: read the file into struct config, line by line,
 * then check across keywords. The keywords are config-options.c's table,
 * their values config-values.c's parsers, the file checks and the
 * tokenizer conffile.c's.
 *
 * The reading rules are auditd 3.0.9's (auditd.conf(5), and conffile.h for
 * the ones every file of the family shares), including the quirks a
 * drop-in must share so that a file auditd accepts is accepted here and one
 * it refuses is refused:
 * - a wrong number of tokens or a missing '=' stops the file ("Not
 *   processing any more lines"), but a fifth token is only reported;
 * - the post-parse checks run only when at least one line was counted, so an
 *   empty file gives the defaults while a file of comments fails on
 *   space_left(0) vs admin_space_left(0).
 * Keywords newer than 3.0.9 (report_interval, tls_*) and vigil's own
 * (vigil_ring_size, vigil_load_rules) are accepted where 3.0.9 would say "Unknown keyword".
 */
#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config-internal.h"
#include "log.h"

#define DEFAULT_CONFIG_FILE	CONFIG_DEFAULT_DIR "/" CONFIG_FILE_NAME

static int apply_line(struct conffile *cf, char *buf, struct config *cfg)
{
	struct conffile_line ln;
	const struct config_option *opt;

	if (conffile_split(cf, buf, &ln)) {
		log_err("Not processing any more lines in %s", cf->file);
		return -1;
	}
	if (!ln.name)
		return 0;
	opt = config_option_lookup(ln.name);
	if (!opt)
		return conffile_unknown_keyword(&ln);
	if (!opt->max_options && ln.option) {
		log_err("Keyword \"%s\" has invalid option \"%s\" in line %d of %s",
			ln.name, ln.option, ln.lineno, ln.file);
		return -1;
	}
	if (opt->parser)
		log_dbg("%s_parser called with: %s", opt->parser, ln.value);
	return opt->parse(opt, &ln, cfg);
}

/* Checks across keywords, in auditd's order; the first failure stops. */
static int sanity_check(const struct config *cfg)
{
	if (!cfg->space_left.percent && !cfg->admin_space_left.percent &&
	    cfg->space_left.value <= cfg->admin_space_left.value) {
		log_err("Error - space_left(%lu) must be larger than admin_space_left(%lu)",
			cfg->space_left.value, cfg->admin_space_left.value);
		return -1;
	}
	if ((cfg->flush == CONFIG_FLUSH_INCREMENTAL ||
	     cfg->flush == CONFIG_FLUSH_INCREMENTAL_ASYNC) && cfg->freq == 0) {
		log_err("Error - incremental flushing chosen, but 0 selected for freq");
		return -1;
	}
	if (cfg->log_group != 0) {
		char tmp[CONFIG_PATH_MAX];
		const char *dir;

		snprintf(tmp, sizeof(tmp), "%s", cfg->log_file);
		dir = dirname(tmp);
		if (strcmp(dir, "/var/log") == 0) {
			log_err("Error - log_file is directly in %s and chgrp will alter a system directory's permissions. Use another directory.",
				dir);
			return -1;
		}
	}
	/* 4.2's TLS receiver cannot start without a key and a client list. */
	if (cfg->transport == CONFIG_TRANSPORT_TLS) {
		/* per-identity keys (tls_allowed_clients key=) need no shared one */
		if (!cfg->tls_psk_file[0] && !cfg->tls_allowed_clients[0]) {
			log_err("Error - transport is tls but tls_psk_file is not set");
			return -1;
		}
		if (!cfg->tls_psk_identity[0] && !cfg->tls_allowed_clients[0]) {
			log_err("Error - tls_psk_file needs tls_psk_identity or tls_allowed_clients");
			return -1;
		}
		if (cfg->tls_require_pqc &&
		    strcmp(cfg->tls_crypto_profile, "pqc") != 0) {
			log_err("Error - tls_require_pqc conflicts with tls_crypto_profile %s",
				cfg->tls_crypto_profile);
			return -1;
		}
	}
	if (cfg->flush > CONFIG_FLUSH_INCREMENTAL_ASYNC && cfg->freq != 0)
		log_warn("Warning - freq is non-zero and incremental flushing not selected.");
	return 0;
}

static int parse_stream(struct conffile *cf, struct config *cfg)
{
	char *buf;

	while ((buf = conffile_next(cf)))
		if (apply_line(cf, buf, cfg))
			return -1;
	return cf->nlines > 0 ? sanity_check(cfg) : 0;
}

static int load_into(struct config *cfg, const char *file, int allow_links)
{
	struct conffile cf;
	int rc;

	rc = conffile_open(&cf, file, allow_links, &conffile_auditd);
	if (rc < 0)
		return -1;
	if (rc == ENOENT) {
		log_warn("Config file %s doesn't exist, skipping", file);
		return 0;
	}
	if (rc) {
		log_err("Error opening config file (%s)", strerror(rc));
		return -1;
	}
	rc = parse_stream(&cf, cfg);
	conffile_close(&cf);
	return rc;
}

int config_load(struct config *cfg, const char *path, int allow_links)
{
	struct config *next = malloc(sizeof(*next));
	int rc;

	if (!path)
		path = DEFAULT_CONFIG_FILE;
	if (!next) {
		log_err("Cannot allocate memory to read %s", path);
		return -1;
	}
	config_defaults(next);
	rc = load_into(next, path, allow_links);
	if (rc == 0)
		*cfg = *next;
	free(next);
	return rc;
}
