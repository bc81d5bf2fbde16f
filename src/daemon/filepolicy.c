/* filepolicy.c - the log file policy of auditd 3.0.9 (auditd.conf(5), auditd(8)).
 * See filepolicy.h.
 *
 *  - max_log_file is checked after every record, as auditd does, so a
 *    rotation happens between two records; the check is one comparison
 *    (filepolicy_size_due, in the writer's loop);
 *  - free space (fstatfs) and the identity of the file behind the path are
 *    checked every CHECK_BYTES written or CHECK_NS, whichever comes first,
 *    not per record as auditd does (its fstatfs per line is one of its
 *    costs); space.c decides what fires;
 *  - a failed write runs disk_full_action (ENOSPC) or disk_error_action;
 *  - suspended logging closes the file (so it can be moved); the writer
 *    counts what arrives meanwhile, as auditd discards it;
 *  - max_log_file_action = exec (4.1) suspends and runs the helper, and
 *    logging resumes by itself when the helper exits: the main thread,
 *    which reaps every child on SIGCHLD, passes each SIGCHLD on to the
 *    writer (writer_child_exited), and filepolicy_child_exited asks the
 *    kernel whether the helper this thread started is gone. Only the
 *    thread that spawned the helper knows its pid, so no pid crosses
 *    threads and a helper that exits before its pid is stored cannot be
 *    missed (the SIGCHLD is taken after the spawn has returned); the cost
 *    is one mailbox command per SIGCHLD, nothing per record;
 *  - rotation is logfile.c's sequence of steps; a failed one is tried again
 *    at the next periodic check, and what it left is what the next one
 *    completes.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/vfs.h>
#include <sys/wait.h>

#include "action.h"
#include "filepolicy.h"
#include "log.h"

#define CHECK_BYTES	(64 * 1024)
#define CHECK_NS	100000000LL
#define NO_LIMIT	UINT64_MAX
/* auditd's syslog variant of disk_error_action reports this many errors
 * in a row, then stays quiet until a write succeeds */
#define DISK_ERROR_REPORTS	5

static int rotate(struct filepolicy *fp, unsigned limit);

/* --- state the main thread can see ------------------------------------- */

static void publish(struct filepolicy *fp)
{
	atomic_store(&fp->a_log_open, fp->lf.fd >= 0);
	atomic_store(&fp->a_log_size, (int64_t)fp->lf.size);
	atomic_store(&fp->a_suspended, fp->suspended);
	atomic_store(&fp->a_disk_full, fp->latch.disk_full);
	atomic_store(&fp->a_space_done, fp->latch.space_done);
	atomic_store(&fp->a_admin_done, fp->latch.admin_done);
	atomic_store(&fp->a_disk_error, fp->disk_errors != 0);
	atomic_store(&fp->a_known_logs, fp->known_logs);
}

void filepolicy_stats(struct filepolicy *fp, struct filepolicy_stats *st)
{
	st->rotations = atomic_load(&fp->a_rotations);
	st->reopens = atomic_load(&fp->a_reopens);
	st->errors = atomic_load(&fp->a_errors);
	st->log_size = atomic_load(&fp->a_log_size);
	st->log_open = atomic_load(&fp->a_log_open);
	st->suspended = atomic_load(&fp->a_suspended);
	st->disk_full = atomic_load(&fp->a_disk_full);
	st->space_action_done = atomic_load(&fp->a_space_done);
	st->admin_action_done = atomic_load(&fp->a_admin_done);
	st->disk_error = atomic_load(&fp->a_disk_error);
	st->logs_detected = atomic_load(&fp->a_known_logs);
}

int filepolicy_disk_full(const struct filepolicy *fp)
{
	return fp->latch.disk_full;
}

int filepolicy_space_low(const struct filepolicy *fp)
{
	return fp->latch.space_done;
}

/* --- the file ------------------------------------------------------------ */

static void set_size_limit(struct filepolicy *fp)
{
	fp->size_limit = NO_LIMIT;
	if (fp->on && fp->s.max_log_file_action != CONFIG_ACTION_IGNORE)
		fp->size_limit = (uint64_t)fp->s.max_log_file * SPACE_MIB;
	fp->size_trigger = fp->size_limit;
}

static int open_log(struct filepolicy *fp)
{
	int e;

	if (!fp->on)
		return 0;
	snprintf(fp->lf.path, sizeof(fp->lf.path), "%s", fp->s.log_file);
	fp->lf.group = fp->s.log_group;
	e = logfile_open(&fp->lf);
	fp->size_trigger = fp->size_limit;
	publish(fp);
	return e;
}

/* Logging stops and the file is closed, so that an administrator or a
 * helper can move it; SIGUSR2 resumes. */
static void suspend(struct filepolicy *fp)
{
	logfile_close(&fp->lf);
	fp->suspended = 1;
	publish(fp);
}

/* --- actions ------------------------------------------------------------ */

enum trigger { TRIG_SPACE_LEFT, TRIG_ADMIN_SPACE_LEFT, TRIG_DISK_FULL, TRIG_DISK_ERROR };

/* What auditd 3.0.9 says for each trigger and action (its syslog lines,
 * word for word, and its mail). NULL: nothing more to say. */
static const struct trigger_text {
	const char *keyword;
	const char *syslog;		/* syslog action */
	const char *mail_line;		/* email action: the syslog line */
	const char *mail_subject;
	const char *mail_body;
	const char *suspend;
	const char *single;
	const char *halt;
} triggers[] = {
	[TRIG_SPACE_LEFT] = {
		"space_left_action",
		"Audit daemon is low on disk space for logging",
		"Audit daemon is low on disk space for logging",
		"Audit Disk Space Alert",
		"The audit daemon is low on disk space for logging! Please take action\n"
		"to ensure no loss of service.",
		"Audit daemon is suspending logging due to low disk space.",
		"The audit daemon is now changing the system to single user mode",
		"The audit daemon is now halting the system",
	},
	[TRIG_ADMIN_SPACE_LEFT] = {
		"admin_space_left_action",
		"Audit daemon is low on disk space for logging",
		"Audit daemon is very low on disk space for logging",
		"Audit Admin Space Alert",
		"The audit daemon is very low on disk space for logging! Immediate action\n"
		"is required to ensure no loss of service.",
		"Audit daemon is suspending logging due to low disk space.",
		"The audit daemon is now changing the system to single user mode",
		"The audit daemon is now halting the system",
	},
	[TRIG_DISK_FULL] = {
		"disk_full_action", NULL, NULL, NULL, NULL,
		"Audit daemon is suspending logging due to no space left on logging partition.",
		"The audit daemon is now changing the system to single user mode due to no space "
		"left on logging partition",
		"The audit daemon is now halting the system due to no space left on logging "
		"partition",
	},
	[TRIG_DISK_ERROR] = {
		"disk_error_action", NULL, NULL, NULL, NULL,
		"Audit daemon is suspending logging due to previously mentioned write error",
		"The audit daemon is now changing the system to single user mode due to "
		"previously mentioned write error",
		"The audit daemon is now halting the system due to previously mentioned write "
		"error.",
	},
};

static const char *trigger_exe(const struct filepolicy *fp, enum trigger t)
{
	switch (t) {
	case TRIG_SPACE_LEFT:
		return fp->s.space_left_exe;
	case TRIG_ADMIN_SPACE_LEFT:
		return fp->s.admin_space_left_exe;
	case TRIG_DISK_FULL:
		return fp->s.disk_full_exe;
	case TRIG_DISK_ERROR:
		return fp->s.disk_error_exe;
	}
	return "";
}

/* The helper may move or compress the log: it is closed first. The
 * helper of max_log_file_action (4.1, resumes) ends the suspension when
 * it exits (filepolicy_child_exited); the others wait for SIGUSR2. */
static void exec_helper(struct filepolicy *fp, const char *exe, const char *keyword,
			int resumes)
{
	pid_t pid;

	suspend(fp);
	if (resumes)
		log_notice("Audit daemon suspended logging and runs %s (%s); "
			   "logging resumes when it exits", exe, keyword);
	else
		log_notice("Audit daemon suspended logging and runs %s (%s); "
			   "logging resumes on SIGUSR2", exe, keyword);
	if (!action_exec(exe, &pid) && resumes)
		fp->helper = pid;
}

static void run_action(struct filepolicy *fp, enum trigger t, enum config_action action)
{
	const struct trigger_text *tx = &triggers[t];

	switch (action) {
	case CONFIG_ACTION_IGNORE:
	case CONFIG_ACTION_KEEP_LOGS:
		break;
	case CONFIG_ACTION_SYSLOG:
		if (tx->syslog)
			log_msg(LOG_ALERT, "%s", tx->syslog);
		break;
	case CONFIG_ACTION_ROTATE:
		if (fp->s.num_logs > 1) {
			log_notice("Audit daemon rotating log files");
			rotate(fp, fp->s.num_logs);
		}
		break;
	case CONFIG_ACTION_EMAIL:
		if (tx->mail_subject) {
			action_mail(fp->s.action_mail_acct, tx->mail_subject, tx->mail_body);
			log_msg(LOG_ALERT, "%s", tx->mail_line);
		}
		break;
	case CONFIG_ACTION_EXEC:
		exec_helper(fp, trigger_exe(fp, t), tx->keyword, 0);
		break;
	case CONFIG_ACTION_SUSPEND:
		log_msg(LOG_ALERT, "%s", tx->suspend);
		suspend(fp);
		break;
	case CONFIG_ACTION_SINGLE:
		log_msg(LOG_ALERT, "%s", tx->single);
		action_runlevel("1");
		break;
	case CONFIG_ACTION_HALT:
		log_msg(LOG_ALERT, "%s", tx->halt);
		action_runlevel("0");
		break;
	}
	publish(fp);
}

static void disk_full(struct filepolicy *fp)
{
	log_msg(LOG_ALERT, "Audit daemon has no space left on logging partition");
	run_action(fp, TRIG_DISK_FULL, fp->s.space.disk_full_action);
}

/* func names the operation, as auditd's message does ("write", "fsync",
 * "rotate", "reopen", ...). vigil reports the error itself whatever the
 * action (auditd only with syslog, then speaks of a "previously mentioned"
 * error), and runs a non-syslog action once per run of failures. */
static void disk_error(struct filepolicy *fp, const char *func, int err)
{
	enum config_action action = fp->s.disk_error_action;

	fp->disk_errors++;
	if (action != CONFIG_ACTION_IGNORE && fp->disk_errors <= DISK_ERROR_REPORTS)
		log_msg(LOG_ALERT, "%s: Audit daemon detected an error writing an event to disk (%s)",
			func, strerror(err));
	if (action != CONFIG_ACTION_SYSLOG && fp->disk_errors == 1)
		run_action(fp, TRIG_DISK_ERROR, action);
	publish(fp);
}

static void failed(struct filepolicy *fp, int e, const char *func)
{
	if (e == -ENOSPC) {
		if (space_enospc(&fp->latch, &fp->s.space))
			disk_full(fp);
		publish(fp);
	} else {
		disk_error(fp, func, -e);
	}
}

void filepolicy_write_failed(struct filepolicy *fp, int err, const char *func)
{
	fp->last_write_failed = 1;
	publish(fp);
	failed(fp, err, func);
}

void filepolicy_sync_failed(struct filepolicy *fp, int err, const char *func)
{
	failed(fp, err, func);
}

void filepolicy_written(struct filepolicy *fp, size_t bytes, uint64_t records)
{
	fp->check_bytes += bytes;
	fp->check_records += records;
	fp->last_write_failed = 0;
	if (fp->disk_errors) {
		fp->disk_errors = 0;
		publish(fp);
	}
	atomic_store(&fp->a_log_size, (int64_t)fp->lf.size);
}

/* --- rotation ----------------------------------------------------------- */

/* limit: num_logs, or 0 for keep_logs. 0 when done. */
static int rotate(struct filepolicy *fp, unsigned limit)
{
	struct logfile_rotation r;
	int e;

	if (fp->rotating)
		return -EBUSY;
	r.known_logs = fp->known_logs;
	e = logfile_rotate(&fp->lf, limit, &r);
	fp->known_logs = r.known_logs;
	if (!e) {
		atomic_fetch_add(&fp->a_rotations, 1);
		fp->size_trigger = fp->size_limit;
		publish(fp);
		return 0;
	}
	/* the size check retries at the next periodic check, not per record */
	fp->size_trigger = NO_LIMIT;
	fp->rotating = 1;
	switch (r.failed) {
	case LOGFILE_STEP_SYNC:
		log_err("Error syncing %s before rotating it (%s)", fp->lf.path, strerror(-e));
		atomic_fetch_add(&fp->a_errors, 1);
		failed(fp, e, "rotate-sync");
		break;
	case LOGFILE_STEP_SHIFT:
	case LOGFILE_STEP_ARCHIVE:
		log_err("Error rotating logs from %s to %s (%s)", r.from, r.to, strerror(-e));
		atomic_fetch_add(&fp->a_errors, 1);
		failed(fp, e, r.failed == LOGFILE_STEP_SHIFT ? "rotate" : "rotate2");
		break;
	case LOGFILE_STEP_OPEN:
	case LOGFILE_STEP_DONE:
		log_msg(LOG_CRIT, "Could not reopen a log after rotating.");
		if (fp->lf.fd < 0)
			fp->suspended = 1;
		else
			log_notice("Audit daemon keeps logging to %s", fp->lf.path);
		disk_error(fp, "reopen", -e);
		break;
	}
	fp->rotating = 0;
	publish(fp);
	return e;
}

/* max_log_file's action: what needs the file is left to the writer's
 * verdict, so that the records it holds go to the file they belong to. */
enum filepolicy_verdict filepolicy_size_reached(struct filepolicy *fp)
{
	switch (fp->s.max_log_file_action) {
	case CONFIG_ACTION_SYSLOG:
		/* auditd says it after every record while over; once per
		 * check interval says the same */
		log_err("Audit daemon log file is larger than max size");
		fp->size_trigger = NO_LIMIT;
		return FILEPOLICY_GO;
	case CONFIG_ACTION_SUSPEND:
		return FILEPOLICY_SUSPEND;
	case CONFIG_ACTION_ROTATE:
		if (fp->s.num_logs < 2) {
			fp->size_trigger = NO_LIMIT;
			return FILEPOLICY_GO;
		}
		return FILEPOLICY_ROTATE;
	case CONFIG_ACTION_KEEP_LOGS:
		return FILEPOLICY_KEEP_LOGS;
	case CONFIG_ACTION_EXEC:
		return FILEPOLICY_EXEC;
	default:
		fp->size_trigger = NO_LIMIT;
		return FILEPOLICY_GO;
	}
}

void filepolicy_act(struct filepolicy *fp, enum filepolicy_verdict v)
{
	switch (v) {
	case FILEPOLICY_GO:
		break;
	case FILEPOLICY_SUSPEND:
		log_err("Audit daemon is suspending logging due to logfile size.");
		suspend(fp);
		break;
	case FILEPOLICY_ROTATE:
		log_notice("Audit daemon rotating log files");
		rotate(fp, fp->s.num_logs);
		break;
	case FILEPOLICY_KEEP_LOGS:
		log_notice("Audit daemon rotating log files with keep option");
		rotate(fp, 0);
		break;
	case FILEPOLICY_EXEC:
		exec_helper(fp, fp->s.max_log_file_exe, "max_log_file_action", 1);
		break;
	}
}

/* Within the policy nothing is held back: the size action runs at once. */
static void size_reached(struct filepolicy *fp)
{
	filepolicy_act(fp, filepolicy_size_reached(fp));
}

/* --- periodic checks ---------------------------------------------------- */

static int64_t elapsed_ns(const struct timespec *a, const struct timespec *b)
{
	return (int64_t)(b->tv_sec - a->tv_sec) * 1000000000LL + (b->tv_nsec - a->tv_nsec);
}

/* vigil's improvement over auditd, which keeps appending to a log deleted
 * or renamed underneath it: say so, and log to the path again. */
static void reopen_replaced(struct filepolicy *fp, uint64_t records, int64_t ns)
{
	int e;

	log_warn("The audit log %s was deleted or replaced while in use; reopening it "
		 "(of the %llu records written in the %lld ms before this check, those "
		 "after the change went to the old file)", fp->lf.path,
		 (unsigned long long)records, (long long)(ns / 1000000));
	logfile_close(&fp->lf);
	atomic_fetch_add(&fp->a_reopens, 1);
	e = open_log(fp);
	if (e) {
		log_msg(LOG_CRIT, "Could not reopen a log after it was deleted or replaced");
		fp->suspended = 1;
		disk_error(fp, "reopen", -e);
	}
	publish(fp);
}

static int measure(const struct filepolicy *fp, struct space_fs *fs)
{
	struct statfs sf;

	if (fp->lf.fd < 0 || fstatfs(fp->lf.fd, &sf) < 0)
		return -1;
	fs->bavail = sf.f_bavail;
	fs->blocks = sf.f_blocks;
	fs->bsize = (uint64_t)sf.f_bsize;
	return 0;
}

static void check_space(struct filepolicy *fp)
{
	struct space_fs fs;
	unsigned fire;

	if (measure(fp, &fs) < 0)
		return;
	fire = space_evaluate(&fp->latch, &fp->s.space, &fs);
	publish(fp);
	if (fire & SPACE_FIRE_RECOVERED)
		log_notice("Audit daemon has space left on the logging partition again");
	if (fire & SPACE_FIRE_DISK_FULL)
		disk_full(fp);
	if (fire & SPACE_FIRE_SPACE_LEFT)
		run_action(fp, TRIG_SPACE_LEFT, fp->s.space.space_left_action);
	if (fire & SPACE_FIRE_ADMIN)
		run_action(fp, TRIG_ADMIN_SPACE_LEFT, fp->s.space.admin_space_left_action);
}

static void check_now(struct filepolicy *fp)
{
	struct timespec now;
	uint64_t records = fp->check_records;
	int64_t ns;

	clock_gettime(CLOCK_MONOTONIC_COARSE, &now);
	ns = elapsed_ns(&fp->last_check, &now);
	fp->last_check = now;
	fp->check_bytes = 0;
	fp->check_records = 0;
	/* a size action that gave up for now (syslog said it, a rotation
	 * failed) may try again */
	fp->size_trigger = fp->size_limit;
	if (!fp->on || fp->lf.fd < 0)
		return;
	if (logfile_replaced(&fp->lf))
		reopen_replaced(fp, records, ns);
	/* after a failed write the latch is already set; the space is
	 * looked at again once a write goes through */
	if (fp->lf.fd >= 0 && !fp->last_write_failed)
		check_space(fp);
}

void filepolicy_check(struct filepolicy *fp)
{
	struct timespec now;

	if (fp->lf.fd < 0)
		return;
	if (fp->check_bytes < CHECK_BYTES) {
		clock_gettime(CLOCK_MONOTONIC_COARSE, &now);
		if (elapsed_ns(&fp->last_check, &now) < CHECK_NS)
			return;
	}
	check_now(fp);
}

/* The checks auditd makes when it opens the log: size, then space. */
static void check_all(struct filepolicy *fp)
{
	fp->size_trigger = fp->size_limit;
	if (fp->lf.fd >= 0 && (uint64_t)fp->lf.size >= fp->size_trigger)
		size_reached(fp);
	check_now(fp);
}

/* --- settings, start, signals ------------------------------------------- */

void filepolicy_settings_from(struct filepolicy_settings *s, const struct config *cfg)
{
	snprintf(s->log_file, sizeof(s->log_file), "%s", cfg->log_file);
	s->log_group = cfg->log_group;
	s->num_logs = cfg->num_logs;
	s->max_log_file = cfg->max_log_file;
	s->max_log_file_action = cfg->max_log_file_action;
	snprintf(s->max_log_file_exe, sizeof(s->max_log_file_exe), "%s", cfg->max_log_file_exe);
	s->space.space_left = cfg->space_left;
	s->space.admin_space_left = cfg->admin_space_left;
	s->space.space_left_action = cfg->space_left_action;
	s->space.admin_space_left_action = cfg->admin_space_left_action;
	s->space.disk_full_action = cfg->disk_full_action;
	s->disk_error_action = cfg->disk_error_action;
	snprintf(s->space_left_exe, sizeof(s->space_left_exe), "%s", cfg->space_left_exe);
	snprintf(s->admin_space_left_exe, sizeof(s->admin_space_left_exe), "%s",
		 cfg->admin_space_left_exe);
	snprintf(s->disk_full_exe, sizeof(s->disk_full_exe), "%s", cfg->disk_full_exe);
	snprintf(s->disk_error_exe, sizeof(s->disk_error_exe), "%s", cfg->disk_error_exe);
	snprintf(s->action_mail_acct, sizeof(s->action_mail_acct), "%s", cfg->action_mail_acct);
}

static int same_space(const struct config_space *a, const struct config_space *b)
{
	return a->value == b->value && a->percent == b->percent;
}

static int same_space_policy(const struct filepolicy_settings *a,
			     const struct filepolicy_settings *b)
{
	return same_space(&a->space.space_left, &b->space.space_left) &&
	       same_space(&a->space.admin_space_left, &b->space.admin_space_left) &&
	       a->space.space_left_action == b->space.space_left_action &&
	       a->space.admin_space_left_action == b->space.admin_space_left_action &&
	       a->space.disk_full_action == b->space.disk_full_action &&
	       !strcmp(a->space_left_exe, b->space_left_exe) &&
	       !strcmp(a->admin_space_left_exe, b->admin_space_left_exe) &&
	       !strcmp(a->disk_full_exe, b->disk_full_exe);
}

/* With percentages the order of the thresholds can only be checked on the
 * filesystem; auditd then only complains. */
static void check_threshold_order(const struct filepolicy *fp)
{
	struct space_fs fs;
	uint64_t space_mb, admin_mb;

	if (measure(fp, &fs) < 0)
		return;
	if (space_check_order(&fp->s.space, &fs, &space_mb, &admin_mb))
		log_err("Error - space_left(%llu) must be larger than admin_space_left(%llu)",
			(unsigned long long)space_mb, (unsigned long long)admin_mb);
}

/* auditd's housekeeping when it opens the log at startup, and after a
 * reload that changed the space settings. */
static void housekeeping(struct filepolicy *fp)
{
	if (fp->lf.fd < 0)
		return;
	logfile_fix_archives(&fp->lf, fp->s.num_logs);
	if (fp->s.max_log_file_action == CONFIG_ACTION_ROTATE && fp->s.num_logs >= 2)
		logfile_remove_excess(&fp->lf, fp->s.num_logs);
	check_threshold_order(fp);
}

void filepolicy_init(struct filepolicy *fp, const struct filepolicy_settings *s, int on)
{
	memset(fp, 0, sizeof(*fp));
	fp->s = *s;
	fp->on = on;
	logfile_init(&fp->lf);
	clock_gettime(CLOCK_MONOTONIC_COARSE, &fp->last_check);
	set_size_limit(fp);
}

int filepolicy_open(struct filepolicy *fp)
{
	int e = open_log(fp);

	if (e)
		return e;
	/* before any record, as auditd: archives, excess logs, size, space */
	housekeeping(fp);
	check_all(fp);
	return 0;
}

void filepolicy_close(struct filepolicy *fp)
{
	logfile_close(&fp->lf);
	atomic_store(&fp->a_log_open, 0);
}

/* SIGHUP: what auditd 3.0.9 re-applies (auditd.conf(5), SIGHUP in auditd(8)). */
void filepolicy_update(struct filepolicy *fp, const struct filepolicy_settings *s, int on)
{
	int reopen = strcmp(s->log_file, fp->s.log_file) || s->log_group != fp->s.log_group ||
		     on != fp->on;
	int space_changed = !same_space_policy(s, &fp->s) || s->num_logs != fp->s.num_logs;
	int e;

	fp->s = *s;
	fp->on = on;
	set_size_limit(fp);
	if (reopen && !fp->suspended) {
		logfile_close(&fp->lf);
		e = open_log(fp);
		if (e) {
			log_err("Could not reopen a log after reconfigure");
			fp->suspended = 1;
			disk_error(fp, "reconfig", -e);
		}
	}
	if (space_changed) {
		space_reset(&fp->latch);
		housekeeping(fp);
	}
	check_all(fp);
	publish(fp);
}

void filepolicy_resume(struct filepolicy *fp)
{
	int e;

	log_notice("Audit daemon is attempting to resume logging.");
	fp->suspended = 0;
	fp->latch.disk_full = 0;
	if (fp->on && fp->lf.fd < 0) {
		e = open_log(fp);
		if (e) {
			log_warn("Could not reopen a log after resume logging");
			fp->suspended = 1;
			disk_error(fp, "resume", -e);
		} else {
			log_notice("Audit daemon resumed logging.");
			fp->size_trigger = fp->size_limit;
			if ((uint64_t)fp->lf.size >= fp->size_trigger)
				size_reached(fp);
		}
	}
	fp->disk_errors = 0;
	fp->last_write_failed = 0;
	fp->latch.space_done = 0;
	fp->latch.admin_done = 0;
	publish(fp);
}

void filepolicy_child_exited(struct filepolicy *fp)
{
	siginfo_t si;

	if (!fp->helper)
		return;
	/* WNOWAIT: reaping is the main thread's, which usually has done it
	 * already (ECHILD); a zombie has exited too */
	memset(&si, 0, sizeof(si));
	if (waitid(P_PID, (id_t)fp->helper, &si, WEXITED | WNOHANG | WNOWAIT) == 0 &&
	    si.si_pid == 0)
		return;		/* still running */
	fp->helper = 0;
	/* SIGUSR2 may have resumed logging while the helper ran */
	if (fp->suspended)
		filepolicy_resume(fp);
}

void filepolicy_rotate_now(struct filepolicy *fp)
{
	if (!fp->on)
		return;
	/* while suspended too, as auditd: the closed log is renamed, and
	 * the new one is created when logging resumes */
	if (fp->s.max_log_file_action == CONFIG_ACTION_KEEP_LOGS)
		rotate(fp, 0);
	else if (fp->s.num_logs < 2)
		log_notice("Log rotation disabled (num_logs < 2), skipping");
	else
		rotate(fp, fp->s.num_logs);
}
