/* space.h - free space on the log's filesystem: the space_left and
 * admin_space_left thresholds, the disk-full line, and the latches that make
 * each action fire once, as auditd 3.0.9 latches them (auditd.conf(5)).
 *
 * Pure decisions: the file policy (filepolicy.c) measures (fstatfs), asks
 * space_evaluate what fires, and carries the actions out. Kept apart so the state machine can be
 * tested without a filesystem. */
#ifndef VIGIL_SPACE_H
#define VIGIL_SPACE_H

#include <stdint.h>

#include "config.h"

/* auditd never lets the log take the last blocks of the filesystem. */
#define SPACE_DISK_FULL_BLOCKS	5
#define SPACE_MIB		(1024ULL * 1024)

/* What auditd.conf says about space; a copy travels with the file
 * policy's settings. */
struct space_policy {
	struct config_space space_left;
	struct config_space admin_space_left;
	enum config_action space_left_action;
	enum config_action admin_space_left_action;
	enum config_action disk_full_action;
};

/* One fstatfs of the log's filesystem. */
struct space_fs {
	uint64_t bavail;		/* blocks free for unprivileged use (f_bavail) */
	uint64_t blocks;		/* size of the filesystem in blocks */
	uint64_t bsize;
};

/* auditd's latches, named as the state report shows them. */
struct space_latch {
	int disk_full;			/* "space left on partition = no" */
	int space_done;			/* "file system space action performed" */
	int admin_done;			/* "admin space action performed" */
};

enum space_fire {
	SPACE_FIRE_DISK_FULL	= 1 << 0,
	SPACE_FIRE_SPACE_LEFT	= 1 << 1,
	SPACE_FIRE_ADMIN	= 1 << 2,
	SPACE_FIRE_RECOVERED	= 1 << 3,	/* the disk-full latch cleared by itself */
};

/* A threshold in MiB: the value, or the percentage of the filesystem's size
 * (whole MiB of it, as auditd converts). */
uint64_t space_threshold_mb(const struct config_space *sp, const struct space_fs *fs);
/* The same in blocks of fs, with auditd's integer arithmetic
 * (MiB / block size, then times the MiB). */
uint64_t space_threshold_blocks(const struct config_space *sp, const struct space_fs *fs);

/* One measurement: updates the latches and returns the actions that fire
 * now (enum space_fire bits), in the order they must run. Below
 * SPACE_DISK_FULL_BLOCKS only the disk-full action is considered. A latch
 * holds until space_reset (SIGUSR2, changed settings), except that rotate
 * never latches (each check may rotate again) and syslog unlatches when the
 * space comes back. */
unsigned space_evaluate(struct space_latch *l, const struct space_policy *p,
			const struct space_fs *fs);
/* A write failed with ENOSPC: returns 1 when the disk-full action must run. */
int space_enospc(struct space_latch *l, const struct space_policy *p);
void space_reset(struct space_latch *l);

/* With percentages, auditd can compare the two thresholds only once it
 * knows the filesystem: returns 0 when space_left is above admin_space_left
 * on fs (or either is unset), -1 otherwise. */
int space_check_order(const struct space_policy *p, const struct space_fs *fs,
		      uint64_t *space_mb, uint64_t *admin_mb);

#endif
