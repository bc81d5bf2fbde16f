/* state.c - the state report auditd writes on SIGCONT (auditd(8)), followed
 * by vigil's own counters so an operator can see the pipeline at a glance.
 * The file-policy flags are the writer's (its latches, as auditd's). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include "daemonrec.h"
#include "space.h"
#include "state.h"

static const char *yn(int v)
{
	return v ? "yes" : "no";
}

/* The free space of the log's filesystem and the thresholds in MiB
 * (percentages converted on it). */
static void space_lines(FILE *f, const struct config *cfg)
{
	struct statvfs sv;
	struct space_fs fs = { 0, 0, 0 };
	char dir[CONFIG_PATH_MAX], *slash;

	snprintf(dir, sizeof(dir), "%s", cfg->log_file);
	slash = strrchr(dir, '/');
	if (slash)
		*slash = '\0';
	if (statvfs(dir[0] ? dir : "/", &sv) == 0) {
		fs.bavail = sv.f_bavail;
		fs.blocks = sv.f_blocks;
		fs.bsize = sv.f_bsize;
	}
	fprintf(f, "Logging partition free space %llu MB\n",
		(unsigned long long)(fs.bavail * fs.bsize / SPACE_MIB));
	fprintf(f, "space_left setting %llu MB\n",
		(unsigned long long)space_threshold_mb(&cfg->space_left, &fs));
	fprintf(f, "admin_space_left setting %llu MB\n",
		(unsigned long long)space_threshold_mb(&cfg->admin_space_left, &fs));
}

int state_write(const char *path, const struct state_info *in)
{
	const struct config *cfg = in->cfg;
	char tbuf[128];
	time_t now = time(NULL);
	struct tm tm;
	FILE *f;
	int fd;

	unlink(path);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0640);
	if (fd < 0)
		return -errno;
	/* 0640 whatever the daemon's umask, as auditd's report */
	if (fchmod(fd, 0640) < 0) {
		close(fd);
		return -errno;
	}
	f = fdopen(fd, "w");
	if (!f) {
		close(fd);
		return -errno;
	}
	localtime_r(&now, &tm);
	strftime(tbuf, sizeof(tbuf), "%x %X", &tm);
	fprintf(f, "audit version = %s\n", DAEMONREC_VERSION);
	fprintf(f, "current time = %s\n", tbuf);
	errno = 0;
	fprintf(f, "process priority = %d\n", getpriority(PRIO_PROCESS, 0));
	fprintf(f, "writing to logs = %s\n", yn(in->writing));
	if (in->daemonized && in->writing) {
		const struct writer_stats *ws = &in->writer;

		fprintf(f, "current log size = %lld KB\n", (long long)ws->log_size / 1024);
		fprintf(f, "max log size = %lu KB\n", cfg->max_log_file * 1024);
		fprintf(f, "logs detected last rotate/shift = %u\n", ws->logs_detected);
		fprintf(f, "space left on partition = %s\n", yn(!ws->disk_full));
		/* auditd measures the filesystem through the open log: not
		 * while logging is suspended */
		if (ws->log_open)
			space_lines(f, cfg);
		fprintf(f, "logging suspended = %s\n", yn(ws->suspended));
		fprintf(f, "file system space action performed = %s\n", yn(ws->space_action_done));
		fprintf(f, "admin space action performed = %s\n", yn(ws->admin_action_done));
		fprintf(f, "disk error detected = %s\n", yn(ws->disk_error));
	}
	/* vigil has a queue per plugin: the depths are the fullest one's */
	fprintf(f, "Number of active plugins = %u\n", in->dispatch.active);
	fprintf(f, "current plugin queue depth = %llu\n", (unsigned long long)in->dispatch.depth);
	fprintf(f, "max plugin queue depth used = %llu\n",
		(unsigned long long)in->dispatch.max_depth);
	fprintf(f, "plugin queue size = %u\n", in->dispatch.q_depth);
	fprintf(f, "plugin queue overflow detected = %s\n", yn(in->dispatch.overflow));
	fprintf(f, "plugin queueing suspended = %s\n", yn(in->dispatch.suspended));
	fprintf(f, "listening for network connections = %s\n", yn(in->listening));
	if (in->listening) {
		fprintf(f, "active connections = %u\n", in->remote.active);
		fprintf(f, "total connections = %llu\n", (unsigned long long)in->remote.total);
	}
	/* Where every record went, in one place (auditd(8), STATE REPORT):
	 * each record received from the kernel is written, in the ring, in
	 * the spill, discarded or lost to a write error (written counts the
	 * daemon's own and network records too); then what the kernel lost
	 * before records reached us. */
	fprintf(f, "vigil records received = %llu\n", (unsigned long long)in->listener.events);
	fprintf(f, "vigil records written = %llu\n", (unsigned long long)in->writer.records_written);
	fprintf(f, "vigil records in the ring = %llu\n",
		(unsigned long long)(in->ring.records_in - in->ring.records_out));
	fprintf(f, "vigil records in the spill = %llu\n",
		(unsigned long long)in->listener.spill_records);
	fprintf(f, "vigil spill high water mark = %llu bytes\n",
		(unsigned long long)in->listener.spill_high);
	fprintf(f, "vigil records discarded (write_logs = no) = %llu\n",
		(unsigned long long)in->writer.records_discarded);
	fprintf(f, "vigil records discarded while suspended = %llu\n",
		(unsigned long long)in->writer.records_suspended);
	fprintf(f, "vigil records lost to write errors = %llu\n",
		(unsigned long long)in->writer.records_lost);
	fprintf(f, "vigil kernel lost since start = %llu\n",
		(unsigned long long)in->kernel_lost_since_start);
	fprintf(f, "vigil kernel deliveries failed (records lost) = %llu\n",
		(unsigned long long)in->listener.delivery_failures);
	/* the rest of the pipeline */
	fprintf(f, "vigil write errors = %llu\n", (unsigned long long)in->writer.write_errors);
	fprintf(f, "vigil log rotations = %llu\n", (unsigned long long)in->writer.rotations);
	fprintf(f, "vigil log reopened after deletion = %llu\n",
		(unsigned long long)in->writer.reopens);
	fprintf(f, "vigil ring size = %zu bytes\n", in->ring.capacity);
	fprintf(f, "vigil ring high water mark = %zu bytes\n", in->ring.high_water);
	fprintf(f, "vigil ring full (listener waited) = %llu\n",
		(unsigned long long)in->ring.full_waits);
	fprintf(f, "vigil records spilled (ring full) = %llu\n",
		(unsigned long long)in->listener.spilled);
	fprintf(f, "vigil spill memory = %llu bytes\n",
		(unsigned long long)in->listener.spill_bytes);
	fprintf(f, "vigil spill full (listener waited) = %llu\n",
		(unsigned long long)in->listener.spill_full);
	fprintf(f, "vigil writer batches = %llu\n", (unsigned long long)in->writer.batches);
	fprintf(f, "vigil log syncs = %llu\n", (unsigned long long)in->writer.syncs);
	fprintf(f, "vigil plugin records sent = %llu\n", (unsigned long long)in->dispatch.sent);
	fprintf(f, "vigil plugin records dropped (queue full) = %llu\n",
		(unsigned long long)in->dispatch.dropped);
	fprintf(f, "vigil plugin restarts = %llu\n", (unsigned long long)in->dispatch.restarts);
	if (in->listening) {
		fprintf(f, "vigil network records received = %llu\n",
			(unsigned long long)in->remote.records);
		fprintf(f, "vigil network heartbeats = %llu\n",
			(unsigned long long)in->remote.heartbeats);
		fprintf(f, "vigil network error replies = %llu\n",
			(unsigned long long)in->remote.error_replies);
		fprintf(f, "vigil network connections refused = %llu\n",
			(unsigned long long)in->remote.rejected);
		fprintf(f, "vigil network clients closed for a bad frame = %llu\n",
			(unsigned long long)in->remote.bad_frames);
		fprintf(f, "vigil network clients closed idle = %llu\n",
			(unsigned long long)in->remote.idle_closed);
		fprintf(f, "vigil network client cap = %u\n", in->remote.max_clients);
		fprintf(f, "vigil network connections refused at the cap = %llu\n",
			(unsigned long long)in->remote.refused_cap);
		fprintf(f, "vigil network connection records suppressed = %llu\n",
			(unsigned long long)in->remote.records_held);
		fprintf(f, "vigil network connection syslog lines suppressed = %llu\n",
			(unsigned long long)in->remote.lines_held);
		fprintf(f, "vigil network accept pauses (no descriptors) = %llu\n",
			(unsigned long long)in->remote.backoffs);
	}
	if (in->have_kernel) {
		fprintf(f, "kernel enabled = %u\n", in->kernel_enabled);
		fprintf(f, "kernel lost = %u\n", in->kernel_lost);
		fprintf(f, "kernel backlog = %u\n", in->kernel_backlog);
		fprintf(f, "kernel backlog limit = %u\n", in->kernel_backlog_limit);
	}
	if (fclose(f) != 0)
		return -errno;
	return 0;
}
