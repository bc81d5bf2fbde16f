/* main.c - vigil's auditd: arguments, startup, the signal loop, shutdown.
 *
 * Threads: the listener (netlink -> ring), the writer (ring -> log, plus its
 * fsync helper) and this one, which owns configuration, signals, the kernel
 * registration and every record the daemon writes about itself.
 */
#include <errno.h>
#include <fcntl.h>
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
#include "kwatch.h"
#include "listener.h"
#include "log.h"
#include "netlink.h"
#include "netq.h"
#include "remote.h"
#include "ring.h"
#include "rules.h"
#include "state.h"
#include "writer.h"

#define EXIT_INIT	1
#define EXIT_USAGE	2
#define EXIT_PRIV	4
#define EXIT_CONFIG	6

#define PID_FILE	"/var/run/auditd.pid"
#define STATE_FILE	"/var/run/auditd.state"
#define REPLY_TIMEOUT_MS	2000
/* how often the kernel's lost counter is read (kwatch.h) */
#define KERNEL_POLL_MS		5000
#define SIGINFO_TIMEOUT_MS	3000	/* auditd waits up to 3 s at SIGTERM */
#define RCVBUF_BYTES	(8 * 1024 * 1024)
#define STOP_DRAIN_MS	2000	/* longest wait for the kernel backlog at stop */

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
	struct kwatch kwatch;		/* the kernel's lost counter */
	int nl_fd;		/* the listener's socket: registration lives on it */
	int ctl_fd;		/* private socket for synchronous requests */
	int reply_rd, reply_wr;	/* replies the listener routes to us */
	int ready_fd;		/* pipe to the waiting parent, -1 when none */
	int registered;
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

/* --- process setup ------------------------------------------------------ */

static void tell_parent(struct daemon *d, unsigned char status)
{
	if (d->ready_fd < 0)
		return;
	if (write(d->ready_fd, &status, 1) != 1)
		log_err("Cannot tell parent the startup status");
	close(d->ready_fd);
	d->ready_fd = -1;
}

static void __attribute__((noreturn)) fail(struct daemon *d, int code)
{
	tell_parent(d, (unsigned char)code);
	if (d->o.pid_file[0])
		unlink(d->o.pid_file);
	exit(code);
}

/* Fork; the parent waits until the child reports that it is registered
 * and logging (or why not), then exits with that status. */
static void daemonize(struct daemon *d)
{
	int p[2], fd;
	pid_t pid;
	unsigned char status;

	if (pipe2(p, O_CLOEXEC) < 0) {
		log_err("Cannot create pipe (%s)", strerror(errno));
		exit(EXIT_INIT);
	}
	pid = fork();
	if (pid < 0) {
		log_err("Cannot fork (%s)", strerror(errno));
		exit(EXIT_INIT);
	}
	if (pid > 0) {
		close(p[1]);
		if (read(p[0], &status, 1) != 1)
			_exit(EXIT_INIT);
		_exit(status);
	}
	close(p[0]);
	d->ready_fd = p[1];
	if (setsid() < 0 || chdir("/") < 0)
		log_warn("Cannot detach (%s)", strerror(errno));
	fd = open("/dev/null", O_RDWR);
	if (fd >= 0) {
		dup2(fd, STDIN_FILENO);
		dup2(fd, STDOUT_FILENO);
		dup2(fd, STDERR_FILENO);
		if (fd > STDERR_FILENO)
			close(fd);
	}
}

static int write_pid_file(const char *path)
{
	char buf[32];
	int fd, n;

	if (!path[0])
		return 0;
	unlink(path);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0) {
		log_err("Unable to create pidfile %s (%s)", path, strerror(errno));
		return -1;
	}
	n = snprintf(buf, sizeof(buf), "%d\n", (int)getpid());
	if (write(fd, buf, (size_t)n) != n) {
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

static void raise_limits(void)
{
	struct rlimit r = { RLIM_INFINITY, RLIM_INFINITY };

	/* a size limit must never make the log writer fail */
	if (setrlimit(RLIMIT_FSIZE, &r) < 0)
		log_warn("Cannot raise RLIMIT_FSIZE (%s)", strerror(errno));
	if (setrlimit(RLIMIT_CPU, &r) < 0)
		log_warn("Cannot raise RLIMIT_CPU (%s)", strerror(errno));
}

static void protect_from_oom(void)
{
	int fd = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);

	if (fd >= 0) {
		if (write(fd, "-1000", 5) != 5)
			log_warn("Cannot set oom_score_adj (%s)", strerror(errno));
		close(fd);
	}
}

/* After startup the daemon keeps only:
 *  CAP_AUDIT_CONTROL  enable/register/deregister, AUDIT_SIGNAL_INFO, status;
 *  CAP_AUDIT_READ     the multicast (read-only) mode's group membership;
 *  CAP_CHOWN          give logs and their directory to root:log_group;
 *  CAP_SYS_NICE       re-apply priority_boost on SIGHUP.
 * The bounding set is left alone so that helpers auditd runs as root
 * (exec actions, plugins, /sbin/init) keep the powers they have today.
 * Done before any thread exists: capabilities are per thread. */
static int drop_capabilities(const struct opts *o)
{
	capng_clear(CAPNG_SELECT_CAPS);
	capng_updatev(CAPNG_ADD, CAPNG_EFFECTIVE | CAPNG_PERMITTED,
		      CAP_AUDIT_CONTROL, CAP_CHOWN, CAP_SYS_NICE, -1);
	if (o->multicast)
		capng_update(CAPNG_ADD, CAPNG_EFFECTIVE | CAPNG_PERMITTED, CAP_AUDIT_READ);
	if (capng_apply(CAPNG_SELECT_CAPS) < 0) {
		log_err("Cannot drop capabilities");
		return -1;
	}
	return 0;
}

/* Every signal ignored (as auditd), the ones we act on delivered through a
 * signalfd to the main loop. */
static int setup_signals(void)
{
	struct sigaction ign = { .sa_handler = SIG_IGN };
	sigset_t set;
	int s;

	for (s = 1; s < NSIG; s++) {
		if (s == SIGKILL || s == SIGSTOP || s == SIGCHLD)
			continue;
		sigaction(s, &ign, NULL);
	}
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, SIGUSR2);
	sigaddset(&set, SIGCONT);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, NULL);
	return signalfd(-1, &set, SFD_CLOEXEC);
}

/* --- kernel ------------------------------------------------------------- */

/* Wait for the reply to seq routed by the listener; replies to earlier,
 * abandoned requests are dropped. Returns 0 with *out filled, or -errno. */
static int await_reply(struct daemon *d, int seq, uint16_t type,
		       struct listener_reply *out, int timeout_ms)
{
	struct pollfd p = { .fd = d->reply_rd, .events = POLLIN };
	struct timespec start, now;

	clock_gettime(CLOCK_MONOTONIC, &start);
	for (;;) {
		int left;

		clock_gettime(CLOCK_MONOTONIC, &now);
		left = timeout_ms - (int)((now.tv_sec - start.tv_sec) * 1000 +
					  (now.tv_nsec - start.tv_nsec) / 1000000);
		if (left <= 0 || poll(&p, 1, left) <= 0)
			return -ETIMEDOUT;
		if (read(d->reply_rd, out, sizeof(*out)) != (ssize_t)sizeof(*out))
			continue;
		if ((int)out->seq != seq)
			continue;
		if (out->type == NLMSG_ERROR) {
			if (out->error)
				return out->error;
			if (type == NLMSG_ERROR)
				return 0;
			continue;	/* the ACK before a data reply */
		}
		if (out->type == type)
			return 0;
	}
}

/* A request on the listener's socket (registration must be made on the
 * socket that receives the records), answered through the reply pipe. */
static int listener_request(struct daemon *d, uint16_t type, const void *data, size_t len,
			    uint16_t want, struct listener_reply *out, int timeout_ms)
{
	struct listener_reply tmp;
	int seq = netlink_send(d->nl_fd, type, data, len);

	if (seq < 0)
		return seq;
	return await_reply(d, seq, want, out ? out : &tmp, timeout_ms);
}

static void sender_info(struct daemon *d, struct daemonrec_sender *s, int timeout_ms)
{
	struct listener_reply r;

	memset(s, 0, sizeof(*s));
	if (!d->registered)
		return;
	if (listener_request(d, AUDIT_SIGNAL_INFO, NULL, 0, AUDIT_SIGNAL_INFO, &r,
			     timeout_ms) == 0)
		daemonrec_sender_from_reply(s, r.data, r.len);
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
	listener_stop(d->listener);
	writer_stop(d->writer);
	dispatch_destroy(d->dispatch);
	fail(d, EXIT_INIT);
}

static void set_enabled(struct daemon *d)
{
	struct audit_status st;
	int e;

	if (d->o.startup == STARTUP_NOCHANGE || !d->cfg.local_events)
		return;
	e = netlink_get_status(d->ctl_fd, &st, REPLY_TIMEOUT_MS);
	if (e == 0 && st.enabled == 2) {
		log_notice("The audit system is in immutable mode, not changing its state");
		return;
	}
	memset(&st, 0, sizeof(st));
	st.mask = AUDIT_STATUS_ENABLED;
	st.enabled = d->o.startup == STARTUP_ENABLE;
	if (e == 0)
		e = netlink_request(d->ctl_fd, AUDIT_SET, &st, sizeof(st), REPLY_TIMEOUT_MS);
	if (e) {
		log_err("Unable to set initial audit startup state to '%s', exiting (%s)",
			d->o.startup == STARTUP_ENABLE ? "enable" : "disable", strerror(-e));
		fail_running(d, "set-enable");
	}
}

static void register_pid(struct daemon *d)
{
	struct audit_status st;
	int e;

	memset(&st, 0, sizeof(st));
	st.mask = AUDIT_STATUS_PID;
	st.pid = (uint32_t)getpid();
	e = listener_request(d, AUDIT_SET, &st, sizeof(st), NLMSG_ERROR, NULL, REPLY_TIMEOUT_MS);
	if (e) {
		log_err("Unable to set audit pid, exiting (%s)%s", strerror(-e),
			e == -EEXIST ? ": another audit daemon is registered" : "");
		fail_running(d, "set-pid");
	}
	d->registered = 1;
}

static void wait_backlog_empty(struct daemon *d)
{
	struct audit_status st;
	int i;

	if (!d->registered)
		return;
	for (i = 0; i < STOP_DRAIN_MS / 10; i++) {
		if (netlink_get_status(d->ctl_fd, &st, REPLY_TIMEOUT_MS) || st.backlog == 0)
			return;
		usleep(10000);
	}
	log_warn("%u records still queued in the kernel at shutdown", st.backlog);
}

static void deregister(struct daemon *d)
{
	struct audit_status st;

	if (!d->registered)
		return;
	memset(&st, 0, sizeof(st));
	st.mask = AUDIT_STATUS_PID;
	st.pid = 0;
	if (netlink_request(d->ctl_fd, AUDIT_SET, &st, sizeof(st), REPLY_TIMEOUT_MS))
		log_warn("Unable to deregister from the kernel");
	d->registered = 0;
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

static int apply_priority(unsigned boost)
{
	errno = 0;
	if (nice(-(int)boost) == -1 && errno) {
		log_err("Cannot change priority (%s)", strerror(errno));
		return -1;
	}
	return 0;
}

/* SIGHUP: auditd re-reads the file and applies what it can; a file it
 * would refuse leaves everything as it was. */
static void reconfigure(struct daemon *d)
{
	struct daemonrec_sender who;
	struct config *next = malloc(sizeof(*next));
	char payload[DAEMONREC_MAX];
	struct writer_settings ws;
	char node[256];
	int ok;

	sd_notify(0, "RELOADING=1");
	sender_info(d, &who, REPLY_TIMEOUT_MS);
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
			apply_priority(next->priority_boost);
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

/* The kernel's lost counter is only known by asking; a rise is worth a
 * syslog line (rate-limited in kwatch.c). Only a registered daemon asks:
 * with local_events = no the kernel's records are not ours. */
static void watch_kernel(struct daemon *d, const struct audit_status *st)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	kwatch_update(&d->kwatch, st->lost, st->backlog_limit, now.tv_sec);
}

static int64_t monotonic_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static void poll_kernel(struct daemon *d)
{
	struct audit_status st;

	if (d->o.multicast || !d->cfg.local_events)
		return;
	if (netlink_get_status(d->ctl_fd, &st, REPLY_TIMEOUT_MS) == 0)
		watch_kernel(d, &st);
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
	if (netlink_get_status(d->ctl_fd, &st, REPLY_TIMEOUT_MS) == 0) {
		in.have_kernel = 1;
		in.kernel_lost = st.lost;
		in.kernel_backlog = st.backlog;
		in.kernel_backlog_limit = st.backlog_limit;
		in.kernel_enabled = st.enabled;
		watch_kernel(d, &st);
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
	int p[2], e;

	if (write_pid_file(d->o.pid_file) < 0)
		fail(d, EXIT_INIT);
	if (resolve_node(&d->cfg, d->node, sizeof(d->node)) < 0)
		fail(d, EXIT_INIT);
	protect_from_oom();
	if (drop_capabilities(&d->o) < 0)
		fail(d, EXIT_INIT);

	d->ring = ring_create(d->cfg.vigil_ring_size * 1024 * 1024);
	if (!d->ring) {
		log_err("Cannot allocate the record ring (%lu MiB)", d->cfg.vigil_ring_size);
		fail(d, EXIT_INIT);
	}
	d->nl_fd = netlink_open(d->o.multicast ? NETLINK_MODE_MULTICAST : NETLINK_MODE_UNICAST,
				RCVBUF_BYTES);
	d->ctl_fd = netlink_open(NETLINK_MODE_UNICAST, 0);
	if (d->nl_fd < 0 || d->ctl_fd < 0) {
		e = d->nl_fd < 0 ? d->nl_fd : d->ctl_fd;
		log_err("Unable to open audit netlink socket (%s)", strerror(-e));
		fail(d, EXIT_INIT);
	}
	if (pipe2(p, O_CLOEXEC | O_NONBLOCK) < 0) {
		log_err("Cannot create reply pipe (%s)", strerror(errno));
		fail(d, EXIT_INIT);
	}
	d->reply_rd = p[0];
	d->reply_wr = p[1];

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
	/* the first line of the session, before any kernel record */
	daemonrec_start(&d->rec, payload,
			d->cfg.log_format == CONFIG_LOG_ENRICHED ? "enriched" : "raw");
	writer_record(d->writer, DAEMONREC_START, payload);
	writer_sync_point(d->writer);

	d->listener = listener_start(d->nl_fd, d->ring, d->reply_wr);
	if (!d->listener) {
		log_err("Cannot start the listener thread (%s)", strerror(errno));
		writer_stop(d->writer);
		dispatch_destroy(d->dispatch);
		fail(d, EXIT_INIT);
	}
	/* auditd listens after registering; a receiver that cannot start
	 * would then leave the kernel registered to a dead process */
	if (d->cfg.tcp_listen_port) {
		d->remote = remote_start(&d->cfg, d->netq, &d->rec);
		if (!d->remote)
			fail_running(d, "network-init");
	}
	if (!d->o.multicast && d->cfg.local_events) {
		set_enabled(d);
		register_pid(d);
	}
	writer_sync_point(d->writer);
}

static void stop(struct daemon *d)
{
	struct daemonrec_sender who;
	char payload[DAEMONREC_MAX];

	sd_notify(0, "STOPPING=1");
	/* auditd's order: network clients get ENDING first */
	remote_stop(d->remote);
	d->remote = NULL;
	sender_info(d, &who, SIGINFO_TIMEOUT_MS);
	/* Records the kernel has queued but not yet sent would go to printk
	 * once we deregister: let kauditd hand them over first. */
	wait_backlog_empty(d);
	/* Deregister, then read what the socket still holds: every record
	 * the kernel handed us reaches the log before DAEMON_END. */
	deregister(d);
	listener_stop(d->listener);
	daemonrec_end(&d->rec, payload, &who);
	writer_record(d->writer, DAEMONREC_END, payload);
	writer_stop(d->writer);
	/* the plugins get what is queued for them, DAEMON_END included */
	dispatch_destroy(d->dispatch);
	netq_destroy(d->netq);
	ring_destroy(d->ring);
	close(d->nl_fd);
	close(d->ctl_fd);
	if (d->o.pid_file[0])
		unlink(d->o.pid_file);
	unlink(d->o.state_file);
	log_notice("The audit daemon is exiting.");
}

static void signal_record(struct daemon *d, int signo)
{
	struct daemonrec_sender who;
	char payload[DAEMONREC_MAX];

	sender_info(d, &who, REPLY_TIMEOUT_MS);
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

static void loop(struct daemon *d, int sfd)
{
	struct pollfd p[2] = {
		{ .fd = sfd, .events = POLLIN },
		{ .fd = d->reply_rd, .events = POLLIN },
	};
	struct signalfd_siginfo si;
	struct listener_reply stray;
	int64_t next = 0, now, report = INT64_MAX, wake;
	unsigned long every = 0;

	for (;;) {
		/* signals and replies first; the kernel's counter on time even
		 * under a stream of signals */
		now = monotonic_ms();
		if (now >= next) {
			poll_kernel(d);
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
		if (p[1].revents & POLLIN) {
			/* replies nobody waits for any more (late ACKs) */
			while (read(d->reply_rd, &stray, sizeof(stray)) > 0)
				;
		}
		if (!(p[0].revents & POLLIN))
			continue;
		if (read(sfd, &si, sizeof(si)) != sizeof(si))
			continue;
		switch (si.ssi_signo) {
		case SIGTERM:
			return;
		case SIGHUP:
			reconfigure(d);
			break;
		case SIGUSR1:
		case SIGUSR2:
			signal_record(d, (int)si.ssi_signo);
			break;
		case SIGCONT:
			report_state(d);
			break;
		case SIGCHLD:
			reap_children();
			break;
		}
	}
}

int main(int argc, char **argv)
{
	struct daemon d;
	int sfd;

	memset(&d, 0, sizeof(d));
	d.ready_fd = -1;
	d.nl_fd = d.ctl_fd = -1;
	parse_args(argc, argv, &d.o);
	log_init(d.o.foreground ? LOG_SINK_STDERR : LOG_SINK_SYSLOG, d.o.foreground);
	if (!d.o.foreground)
		umask(077);

	if (capng_have_capability(CAPNG_EFFECTIVE, CAP_AUDIT_CONTROL) != 1 && geteuid() != 0) {
		fprintf(stderr, "You must be root or have capabilities to run this program.\n");
		return EXIT_PRIV;
	}
	sfd = setup_signals();
	if (sfd < 0) {
		log_err("Cannot set up signals (%s)", strerror(errno));
		return EXIT_INIT;
	}
	raise_limits();

	snprintf(d.config_path, sizeof(d.config_path), "%s/%s", d.o.config_dir,
		 CONFIG_FILE_NAME);
	if (config_load(&d.cfg, d.config_path, d.o.allow_links) < 0) {
		log_err("The audit daemon is exiting.");
		return EXIT_CONFIG;
	}
	if (apply_priority(d.cfg.priority_boost) < 0)
		return EXIT_INIT;
	daemonrec_init(&d.rec);
	kwatch_init(&d.kwatch);
	if (!d.o.foreground && !d.o.no_fork)
		daemonize(&d);

	start(&d);
	load_rules(&d);
	sd_notify(0, "READY=1\nSTATUS=Listening for audit events");
	tell_parent(&d, 0);
	log_notice("Init complete, auditd %s listening for events (startup state %s)",
		   DAEMONREC_VERSION, d.o.startup == STARTUP_DISABLE ? "disable" :
		   d.o.startup == STARTUP_NOCHANGE ? "nochange" : "enable");

	loop(&d, sfd);
	stop(&d);
	return 0;
}
