/* main.c - vigil's auditd: arguments, startup, the signal loop, shutdown.
 *
 * Threads: the listener (netlink -> ring), the writer (ring -> log, plus its
 * fsync helper) and this one, which owns configuration, signals, the kernel
 * registration and every record the daemon writes about itself.
 *
 * Where the rest is: process.c (fork and readiness pipe, pid file, limits,
 * capabilities, signalfd), kernel.c (the sockets, enable, register and
 * deregister, signal sender, AUDIT_GET and the lost counter), listener.c,
 * writer.c, dispatch.c (plugins), remote.c and tcpsock.c (network
 * receiver), state.c (the SIGCONT report), daemonrec.c (the daemon's own
 * records).
 */
#include <errno.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <cap-ng.h>
#include <systemd/sd-daemon.h>

#include "config.h"
#include "daemonrec.h"
#include "dispatch.h"
#include "format.h"
#include "kernel.h"
#include "listener.h"
#include "log.h"
#include "util.h"
#include "netq.h"
#include "process.h"
#include "remote.h"
#include "ring.h"
#include "rules.h"
#include "state.h"
#include "writer.h"

#define PID_FILE	"/var/run/auditd.pid"
#define STATE_FILE	"/var/run/auditd.state"
#define REPLY_TIMEOUT_MS	2000
/* how often the kernel's lost counter is read (kwatch.h) */
#define KERNEL_POLL_MS		5000
#define SIGINFO_TIMEOUT_MS	3000	/* auditd waits up to 3 s at SIGTERM */
#define RCVBUF_BYTES	(8 * 1024 * 1024)

enum startup_state { STARTUP_ENABLE, STARTUP_DISABLE, STARTUP_NOCHANGE };

struct opts {
	int foreground;		/* -f */
	int allow_links;	/* -l */
	int no_fork;		/* -n */
	enum startup_state startup;
	char config_dir[CONFIG_PATH_MAX];
	int multicast;		/* --multicast: read-only listener beside another daemon */
	const char *pid_file;
	const char *state_file;
};

struct daemon {
	struct opts o;
	struct config cfg;
	char config_path[CONFIG_PATH_MAX + 32];
	struct daemonrec rec;
	struct ring *ring;
	struct writer *writer;
	struct listener *listener;
	struct dispatch *dispatch;	/* plugins: fed by the writer */
	struct netq *netq;		/* network records for the writer */
	struct remote *remote;		/* the network receiver, NULL when off */
	struct kernel kernel;		/* sockets, registration, lost counter */
	uint64_t loss_logged;		/* losses a DAEMON_ERR has told the log of */
	int64_t loss_logged_ms;		/* when (monotonic), 0: never */
	int ready_fd;		/* pipe to the waiting parent, -1 when none */
	char node[256];
};

static void usage(void)
{
	fprintf(stderr, "Usage: auditd [-f] [-l] [-n] [-s disable|enable|nochange] "
		"[-c <config_file>]\n");
	exit(EXIT_USAGE);
}

static void parse_args(int argc, char **argv, struct opts *o)
{
	static const struct option longopts[] = {
		{ "foreground", no_argument, NULL, 'f' },
		{ "allow_links", no_argument, NULL, 'l' },
		{ "disable_fork", no_argument, NULL, 'n' },
		{ "enable_state", required_argument, NULL, 's' },
		{ "config_file", required_argument, NULL, 'c' },
		{ "multicast", no_argument, NULL, 'M' },
		{ "pid-file", required_argument, NULL, 'P' },
		{ "state-file", required_argument, NULL, 'S' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	memset(o, 0, sizeof(*o));
	snprintf(o->config_dir, sizeof(o->config_dir), "%s", CONFIG_DEFAULT_DIR);
	while ((c = getopt_long(argc, argv, "flns:c:", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			o->foreground = 1;
			break;
		case 'l':
			o->allow_links = 1;
			break;
		case 'n':
			o->no_fork = 1;
			break;
		case 's':
			/* auditd compares a prefix of the argument */
			if (strncmp(optarg, "disable", strlen(optarg)) == 0 && optarg[0])
				o->startup = STARTUP_DISABLE;
			else if (strncmp(optarg, "enable", strlen(optarg)) == 0 && optarg[0])
				o->startup = STARTUP_ENABLE;
			else if (strncmp(optarg, "nochange", strlen(optarg)) == 0 && optarg[0])
				o->startup = STARTUP_NOCHANGE;
			else {
				fprintf(stderr, "unknown startup mode '%s'\n", optarg);
				usage();
			}
			break;
		case 'c':
			if (strlen(optarg) >= sizeof(o->config_dir) - 16) {
				fprintf(stderr, "Config file directory is too long\n");
				usage();
			}
			snprintf(o->config_dir, sizeof(o->config_dir), "%s", optarg);
			break;
		case 'M':
			o->multicast = 1;
			break;
		case 'P':
			o->pid_file = optarg;
			break;
		case 'S':
			o->state_file = optarg;
			break;
		default:
			usage();
		}
	}
	if (optind < argc)
		usage();
	if (!o->pid_file)
		o->pid_file = o->multicast ? "" : PID_FILE;
	if (!o->state_file)
		o->state_file = o->multicast ? "/var/run/auditd-multicast.state" : STATE_FILE;
}

/* --- failing --------------------------------------------------------------- */

static void __attribute__((noreturn)) fail(struct daemon *d, int code)
{
	process_tell_parent(&d->ready_fd, (unsigned char)code);
	if (d->o.pid_file[0])
		unlink(d->o.pid_file);
	exit(code);
}

static void abort_record(struct daemon *d, const char *op)
{
	char payload[DAEMONREC_MAX];

	daemonrec_abort(&d->rec, payload, op);
	writer_record(d->writer, DAEMONREC_ABORT, payload);
}

/* The writer, listener and ring are running: DAEMON_ABORT must reach the
 * log before the process goes. */
static void __attribute__((noreturn)) fail_running(struct daemon *d, const char *op)
{
	abort_record(d, op);
	kernel_deregister(&d->kernel);
	listener_stop(d->listener);
	writer_stop(d->writer);
	dispatch_destroy(d->dispatch);
	fail(d, EXIT_INIT);
}

/* -s and local_events decide whether the enable flag is ours to set */
static void set_enabled(struct daemon *d)
{
	if (d->o.startup == STARTUP_NOCHANGE || !d->cfg.local_events)
		return;
	if (kernel_set_enabled(&d->kernel, d->o.startup == STARTUP_ENABLE) < 0)
		fail_running(d, "set-enable");
}

static void register_pid(struct daemon *d)
{
	if (kernel_register(&d->kernel) < 0)
		fail_running(d, "set-pid");
}

/* --- configuration -> writer ---------------------------------------------- */

static void writer_settings_from(const struct daemon *d, const struct config *cfg,
				 struct writer_settings *s)
{
	memset(s, 0, sizeof(*s));
	s->to_stdout = d->o.foreground;
	s->write_logs = cfg->write_logs && cfg->log_format != CONFIG_LOG_NOLOG;
	s->log_format = cfg->log_format == CONFIG_LOG_ENRICHED ? FORMAT_LOG_ENRICHED
							       : FORMAT_LOG_RAW;
	snprintf(s->node, sizeof(s->node), "%s", d->node);
	s->flush = cfg->flush;
	s->freq = cfg->freq;
	s->dispatch = d->dispatch;
	s->netq = d->netq;
	filepolicy_settings_from(&s->file, cfg);
}

static int resolve_node(const struct config *cfg, char *node, size_t len)
{
	char err[256] = "";

	node[0] = '\0';
	if (cfg->name_format == FORMAT_NAME_NONE)
		return 0;
	if (format_resolve_node(cfg->name_format, cfg->name, node, len, err, sizeof(err))) {
		log_err("%s", err[0] ? err : "Unable to resolve the node name");
		return -1;
	}
	return 0;
}

/* at start a failure is fatal (err); at a reload it is not (warning) */
static int apply_priority(unsigned boost, int reload)
{
	errno = 0;
	if (nice(-(int)boost) == -1 && errno) {
		if (reload)
			log_warn("Cannot change priority in reconfigure (%s)", strerror(errno));
		else
			log_err("Cannot change priority (%s)", strerror(errno));
		return -1;
	}
	return 0;
}

/* The sender of the signal being handled: the signal's own word, taken as
 * it arrived (sig), with the kernel's auid and label when its reply is
 * about the same process (daemonrec.h says why both). Only a registered
 * daemon gets the kernel's word; without it auditd writes its "-1" forms,
 * and so does this. */
static void signal_sender(struct daemon *d, const struct daemonrec_sender *sig,
			  int timeout_ms, struct daemonrec_sender *who)
{
	struct daemonrec_sender kern;

	kernel_sender(&d->kernel, &kern, timeout_ms);
	if (!d->kernel.registered || !sig->valid) {
		*who = kern;
		return;
	}
	*who = *sig;
	daemonrec_sender_merge(who, &kern);
}

/* SIGHUP: auditd re-reads the file and applies what it can; a file it
 * would refuse leaves everything as it was. */
static void reconfigure(struct daemon *d, const struct daemonrec_sender *sig)
{
	struct daemonrec_sender who;
	struct config *next = malloc(sizeof(*next));
	char payload[DAEMONREC_MAX];
	struct writer_settings ws;
	char node[256];
	int ok;

	sd_notify(0, "RELOADING=1");
	signal_sender(d, sig, REPLY_TIMEOUT_MS, &who);
	if (who.valid)
		log_notice("config change requested by pid=%d auid=%u subj=%s", (int)who.pid,
			   who.auid, who.ctx[0] ? who.ctx : "?");
	ok = next && config_load(next, d->config_path, d->o.allow_links) == 0;
	if (ok) {
		/* not changed by a reload, as in auditd */
		next->local_events = d->cfg.local_events;
		next->verify_email = d->cfg.verify_email;
		next->tcp_listen_port = d->cfg.tcp_listen_port;
		next->tcp_listen_queue = d->cfg.tcp_listen_queue;
		next->transport = d->cfg.transport;
		if (next->name_format != d->cfg.name_format ||
		    strcmp(next->name, d->cfg.name) != 0) {
			if (resolve_node(next, node, sizeof(node)) == 0)
				snprintf(d->node, sizeof(d->node), "%s", node);
		}
		if (next->priority_boost != d->cfg.priority_boost) {
			setpriority(PRIO_PROCESS, 0, 0);
			apply_priority(next->priority_boost, 1);
		}
		d->cfg = *next;
		dispatch_configure(d->dispatch, &d->cfg, d->node, 0);
		remote_reconfigure(d->remote, &d->cfg);
		writer_settings_from(d, &d->cfg, &ws);
		writer_update(d->writer, &ws);
	} else {
		log_err("The audit daemon is keeping its current configuration");
	}
	free(next);
	daemonrec_config(&d->rec, payload, &who, ok);
	writer_record(d->writer, DAEMONREC_CONFIG, payload);
	sd_notify(0, "READY=1");
}

/* The kernel's lost counter is only known by asking (kernel_status hands
 * each reading to kwatch). Only a registered daemon asks: with
 * local_events = no the kernel's records are not ours. */
static void poll_kernel(struct daemon *d)
{
	struct audit_status st;

	if (d->o.multicast || !d->cfg.local_events)
		return;
	(void)kernel_status(&d->kernel, &st);
}

/* Records lost (the kernel's count since we started, deliveries the kernel
 * gave up on while the spill was full, records a write error took) are told
 * to the log itself, not only to syslog and the state report: a DAEMON_ERR
 * op=lost-records record, at most one a minute (as the syslog lines), with
 * what was lost since the last one and the totals. It goes to the writer
 * at once and behind what the writer holds, so after a stall it is in the
 * log as soon as the log takes writes again (auditd(8), LOSSES). */
#define LOSS_RECORD_MS	60000

static void log_losses(struct daemon *d, int64_t now)
{
	struct listener_stats ls;
	struct writer_stats ws;
	uint64_t kern = d->kernel.kwatch.since_start, total;
	char text[256], payload[DAEMONREC_MAX];

	if (!d->listener || !d->writer)
		return;
	listener_get_stats(d->listener, &ls);
	writer_get_stats(d->writer, &ws);
	total = kern + ls.delivery_failures + ws.records_lost;
	if (total <= d->loss_logged ||
	    (d->loss_logged_ms && now - d->loss_logged_ms < LOSS_RECORD_MS))
		return;
	snprintf(text, sizeof(text),
		 "op=lost-records lost=%llu kernel-lost=%llu deliveries-failed=%llu "
		 "write-lost=%llu pid=%d res=failed",
		 (unsigned long long)(total - d->loss_logged), (unsigned long long)kern,
		 (unsigned long long)ls.delivery_failures,
		 (unsigned long long)ws.records_lost, (int)getpid());
	daemonrec_net(&d->rec, payload, text);
	writer_record(d->writer, DAEMONREC_ERR, payload);
	d->loss_logged = total;
	d->loss_logged_ms = now;
}

static void report_state(struct daemon *d)
{
	struct state_info in;
	struct audit_status st;
	int e;

	memset(&in, 0, sizeof(in));
	in.cfg = &d->cfg;
	in.daemonized = !d->o.foreground;
	writer_get_stats(d->writer, &in.writer);
	in.writing = !d->o.foreground && d->cfg.write_logs &&
		     d->cfg.log_format != CONFIG_LOG_NOLOG;
	listener_get_stats(d->listener, &in.listener);
	dispatch_get_stats(d->dispatch, &in.dispatch);
	in.listening = d->remote != NULL;
	remote_get_stats(d->remote, &in.remote);
	ring_get_stats(d->ring, &in.ring);
	if (kernel_status(&d->kernel, &st) == 0) {
		in.have_kernel = 1;
		in.kernel_lost = st.lost;
		in.kernel_lost_since_start = d->kernel.kwatch.since_start;
		in.kernel_backlog = st.backlog;
		in.kernel_backlog_limit = st.backlog_limit;
		in.kernel_enabled = st.enabled;
	}
	e = state_write(d->o.state_file, &in);
	if (e)
		log_err("Could not write state file %s (%s)", d->o.state_file, strerror(-e));
}

static void reap_children(void)
{
	while (waitpid(-1, NULL, WNOHANG) > 0)
		;
}

/* --- rules ---------------------------------------------------------------- */

static void log_rules_diag(void *arg, int prio, const char *msg)
{
	(void)arg;
	log_msg(prio, "%s", msg);
}

/* rules.d -> audit.rules -> kernel, as the unit's `augenrules --load`
 * would right after auditd starts. A bad rule is logged, not fatal. */
static void load_rules(const struct daemon *d)
{
	const struct rules_diag diag = { log_rules_diag, NULL };

	if (!d->cfg.vigil_load_rules || d->o.multicast || !d->cfg.local_events)
		return;
	rules_daemon_load(d->o.config_dir, &diag);
}

/* --- startup and the loop ------------------------------------------------- */

static void start(struct daemon *d)
{
	struct writer_settings ws;
	char payload[DAEMONREC_MAX];
	struct remote *bound = NULL;

	if (process_write_pid_file(d->o.pid_file) < 0)
		fail(d, EXIT_INIT);
	if (resolve_node(&d->cfg, d->node, sizeof(d->node)) < 0)
		fail(d, EXIT_INIT);
	process_protect_from_oom();
	/* SO_RCVBUFFORCE needs CAP_NET_ADMIN, which the drop takes away:
	 * without it the socket gets rmem_max, not RCVBUF_BYTES */
	if (kernel_open(&d->kernel, d->o.multicast, RCVBUF_BYTES) < 0)
		fail(d, EXIT_INIT);
	/* tcp_listen_port below 1024 (auditd.conf(5)'s 60) needs
	 * CAP_NET_BIND_SERVICE, which the drop takes away too: bind now,
	 * start the receiver (or report why it cannot) below */
	if (d->cfg.tcp_listen_port)
		bound = remote_bind(&d->cfg);
	if (process_drop_capabilities(d->o.multicast) < 0)
		fail(d, EXIT_INIT);

	d->ring = ring_create(d->cfg.vigil_ring_size * 1024 * 1024);
	if (!d->ring) {
		log_err("Cannot allocate the record ring (%lu MiB)", d->cfg.vigil_ring_size);
		fail(d, EXIT_INIT);
	}

	if (d->cfg.tcp_listen_port) {
		d->netq = netq_create(d->ring);
		if (!d->netq) {
			log_err("Cannot allocate the network record queue");
			fail(d, EXIT_INIT);
		}
	}
	/* plugins first: they get DAEMON_START, as auditd's do */
	d->dispatch = dispatch_create();
	dispatch_configure(d->dispatch, &d->cfg, d->node, 1);
	writer_settings_from(d, &d->cfg, &ws);
	d->writer = writer_start(d->ring, &ws);
	if (!d->writer) {
		dispatch_destroy(d->dispatch);
		fail(d, EXIT_INIT);
	}
	if (d->netq)
		netq_set_inline(d->netq, writer_net_inline, d->writer);
	/* the first line of the session, before any kernel record */
	daemonrec_start(&d->rec, payload,
			d->cfg.log_format == CONFIG_LOG_ENRICHED ? "enriched" : "raw");
	writer_record(d->writer, DAEMONREC_START, payload);
	writer_sync_point(d->writer);

	d->listener = listener_start(d->kernel.nl_fd, d->ring, d->kernel.reply_wr,
				     (size_t)d->cfg.vigil_spill_size * 1024 * 1024);
	if (!d->listener) {
		log_err("Cannot start the listener thread (%s)", strerror(errno));
		writer_stop(d->writer);
		dispatch_destroy(d->dispatch);
		fail(d, EXIT_INIT);
	}
	/* auditd listens after registering; a receiver that cannot start
	 * would then leave the kernel registered to a dead process */
	if (d->cfg.tcp_listen_port) {
		d->remote = remote_start(bound, &d->cfg, d->netq, &d->rec);
		if (!d->remote)
			fail_running(d, "network-init");
	}
	/* auditd registers while the kernel may still be disabled, then
	 * enables: a pid set while audit is off makes no CONFIG_CHANGE
	 * record, so the log starts as auditd's does */
	if (!d->o.multicast && d->cfg.local_events) {
		register_pid(d);
		set_enabled(d);
	}
	writer_sync_point(d->writer);
}

static void stop(struct daemon *d, const struct daemonrec_sender *sig)
{
	struct daemonrec_sender who;
	char payload[DAEMONREC_MAX];

	sd_notify(0, "STOPPING=1");
	/* auditd's order: network clients get ENDING first */
	remote_stop(d->remote);
	d->remote = NULL;
	signal_sender(d, sig, SIGINFO_TIMEOUT_MS, &who);
	/* Records the kernel has queued but not yet sent would go to printk
	 * once we deregister: let kauditd hand them over first. */
	kernel_drain_backlog(&d->kernel);
	/* Deregister, then read what the socket still holds: every record
	 * the kernel handed us reaches the log before DAEMON_END. */
	kernel_deregister(&d->kernel);
	listener_stop(d->listener);
	daemonrec_end(&d->rec, payload, &who);
	writer_record(d->writer, DAEMONREC_END, payload);
	writer_stop(d->writer);
	/* the plugins get what is queued for them, DAEMON_END included */
	dispatch_destroy(d->dispatch);
	netq_destroy(d->netq);
	ring_destroy(d->ring);
	kernel_close(&d->kernel);
	if (d->o.pid_file[0])
		unlink(d->o.pid_file);
	unlink(d->o.state_file);
	log_info("The audit daemon is exiting.");
}

static void signal_record(struct daemon *d, int signo, const struct daemonrec_sender *sig)
{
	struct daemonrec_sender who;
	char payload[DAEMONREC_MAX];

	signal_sender(d, sig, REPLY_TIMEOUT_MS, &who);
	if (signo == SIGUSR1) {
		if (d->o.foreground) {
			log_notice("Log rotation is not done in foreground mode");
			return;
		}
		daemonrec_rotate(&d->rec, payload, &who);
		writer_rotate(d->writer, DAEMONREC_ROTATE, payload);
	} else {
		daemonrec_resume(&d->rec, payload, &who);
		writer_resume(d->writer, DAEMONREC_RESUME, payload);
		dispatch_resume(d->dispatch);
	}
}

/* Runs until SIGTERM, whose sender it leaves in term. */
static void loop(struct daemon *d, int sfd, struct daemonrec_sender *term)
{
	struct pollfd p[2] = {
		{ .fd = sfd, .events = POLLIN },
		{ .fd = d->kernel.reply_rd, .events = POLLIN },
	};
	struct signalfd_siginfo si;
	struct daemonrec_sender who;
	int64_t next = 0, now, report = INT64_MAX, wake;
	unsigned long every = 0;

	for (;;) {
		/* signals and replies first; the kernel's counter on time even
		 * under a stream of signals */
		now = util_mono_ms();
		if (now >= next) {
			poll_kernel(d);
			log_losses(d, now);
			next = now + KERNEL_POLL_MS;
		}
		/* report_interval (4.x): a new value (SIGHUP) counts from now */
		if (d->cfg.report_interval != every) {
			every = d->cfg.report_interval;
			report = every ? now + (int64_t)every * 1000 : INT64_MAX;
		}
		if (now >= report) {
			report_state(d);
			report = now + (int64_t)every * 1000;
		}
		wake = next < report ? next : report;
		if (poll(p, 2, (int)(wake - now)) < 0) {
			if (errno == EINTR)
				continue;
			log_err("poll: %s", strerror(errno));
			return;
		}
		if (p[1].revents & POLLIN)
			kernel_drop_replies(&d->kernel);
		if (!(p[0].revents & POLLIN))
			continue;
		if (read(sfd, &si, sizeof(si)) != sizeof(si))
			continue;
		/* the sender now, before it can exit and be reaped */
		memset(&who, 0, sizeof(who));
		if (si.ssi_pid > 0 && si.ssi_signo != SIGCHLD && si.ssi_signo != SIGCONT)
			daemonrec_sender_from_signal(&who, (pid_t)si.ssi_pid, (uid_t)si.ssi_uid);
		switch (si.ssi_signo) {
		case SIGTERM:
			*term = who;
			return;
		case SIGHUP:
			reconfigure(d, &who);
			break;
		case SIGUSR1:
		case SIGUSR2:
			signal_record(d, (int)si.ssi_signo, &who);
			break;
		case SIGCONT:
			report_state(d);
			break;
		case SIGCHLD:
			/* reaped here; the writer then sees whether the
			 * helper it runs for max_log_file_action is gone */
			reap_children();
			writer_child_exited(d->writer);
			break;
		}
	}
}

int main(int argc, char **argv)
{
	struct daemon d;
	struct daemonrec_sender term;
	int sfd;

	memset(&d, 0, sizeof(d));
	d.ready_fd = -1;
	d.kernel.nl_fd = d.kernel.ctl_fd = -1;
	parse_args(argc, argv, &d.o);
	log_init(d.o.foreground ? LOG_SINK_STDERR : LOG_SINK_SYSLOG, d.o.foreground);
	if (!d.o.foreground)
		umask(077);

	if (capng_have_capability(CAPNG_EFFECTIVE, CAP_AUDIT_CONTROL) != 1 && geteuid() != 0) {
		fprintf(stderr, "You must be root or have capabilities to run this program.\n");
		return EXIT_PRIV;
	}
	sfd = process_signals();
	if (sfd < 0) {
		log_err("Cannot set up signals (%s)", strerror(errno));
		return EXIT_INIT;
	}
	process_raise_limits();

	snprintf(d.config_path, sizeof(d.config_path), "%s/%s", d.o.config_dir,
		 CONFIG_FILE_NAME);
	if (config_load(&d.cfg, d.config_path, d.o.allow_links) < 0) {
		log_info("The audit daemon is exiting.");
		return EXIT_CONFIG;
	}
	if (apply_priority(d.cfg.priority_boost, 0) < 0)
		return EXIT_INIT;
	daemonrec_init(&d.rec);
	if (!d.o.foreground && !d.o.no_fork)
		process_daemonize(&d.ready_fd);
	log_open("auditd", LOG_DAEMON);

	start(&d);
	load_rules(&d);
	sd_notify(0, "READY=1\nSTATUS=Listening for audit events");
	process_tell_parent(&d.ready_fd, 0);
	log_notice("Init complete, auditd %s listening for events (startup state %s)",
		   DAEMONREC_VERSION, d.o.startup == STARTUP_DISABLE ? "disable" :
		   d.o.startup == STARTUP_NOCHANGE ? "nochange" : "enable");

	loop(&d, sfd, &term);
	stop(&d, &term);
	return 0;
}
