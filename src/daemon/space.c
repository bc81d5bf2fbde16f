/* space.c - free-space thresholds and their latches. See space.h.
 *
 * auditd 3.0.9's rules, kept here in one place:
 *  - fewer than SPACE_DISK_FULL_BLOCKS free blocks is a full disk;
 *  - below a threshold, its action runs once and latches ("action
 *    performed = yes" in the state report) until SIGUSR2 or a reload that
 *    changes the space settings;
 *  - rotate does not latch: each check below the threshold rotates again
 *    (every rotation drops the oldest log);
 *  - a syslog latch clears by itself when the space comes back, so the
 *    next shortage is reported again.
 * vigil adds one rule: the disk-full latch also clears when a check finds
 * space again, so "space left on partition" tells the truth and the next
 * shortage runs disk_full_action again (auditd keeps it latched until
 * SIGUSR2, and meanwhile repeats the action at every check instead). */
#include "space.h"

uint64_t space_threshold_mb(const struct config_space *sp, const struct space_fs *fs)
{
	uint64_t total_mb;

	if (!sp->percent)
		return sp->value;
	total_mb = fs->blocks * fs->bsize / SPACE_MIB;
	return total_mb * sp->value / 100;
}

uint64_t space_threshold_blocks(const struct config_space *sp, const struct space_fs *fs)
{
	if (!fs->bsize)
		return 0;
	return space_threshold_mb(sp, fs) * (SPACE_MIB / fs->bsize);
}

/* One threshold: fire on the way down unless latched; syslog unlatches on
 * the way up. */
static int threshold(int *done, enum config_action action, uint64_t limit, uint64_t bavail)
{
	if (limit && bavail < limit) {
		if (*done)
			return 0;
		if (action != CONFIG_ACTION_ROTATE)
			*done = 1;
		return 1;
	}
	if (*done && action == CONFIG_ACTION_SYSLOG)
		*done = 0;
	return 0;
}

unsigned space_evaluate(struct space_latch *l, const struct space_policy *p,
			const struct space_fs *fs)
{
	unsigned fire = 0;

	if (fs->bavail < SPACE_DISK_FULL_BLOCKS) {
		if (!l->disk_full || p->disk_full_action == CONFIG_ACTION_ROTATE)
			fire |= SPACE_FIRE_DISK_FULL;
		l->disk_full = 1;
		return fire;
	}
	if (l->disk_full) {
		l->disk_full = 0;
		fire |= SPACE_FIRE_RECOVERED;
	}
	if (threshold(&l->space_done, p->space_left_action,
		      space_threshold_blocks(&p->space_left, fs), fs->bavail))
		fire |= SPACE_FIRE_SPACE_LEFT;
	if (threshold(&l->admin_done, p->admin_space_left_action,
		      space_threshold_blocks(&p->admin_space_left, fs), fs->bavail))
		fire |= SPACE_FIRE_ADMIN;
	return fire;
}

int space_enospc(struct space_latch *l, const struct space_policy *p)
{
	int fire = !l->disk_full || p->disk_full_action == CONFIG_ACTION_ROTATE;

	l->disk_full = 1;
	return fire;
}

void space_reset(struct space_latch *l)
{
	l->disk_full = 0;
	l->space_done = 0;
	l->admin_done = 0;
}

int space_check_order(const struct space_policy *p, const struct space_fs *fs,
		      uint64_t *space_mb, uint64_t *admin_mb)
{
	*space_mb = space_threshold_mb(&p->space_left, fs);
	*admin_mb = space_threshold_mb(&p->admin_space_left, fs);
	if (!p->space_left.percent && !p->admin_space_left.percent)
		return 0;	/* config.c refused a wrong absolute pair already */
	if (!*space_mb && !*admin_mb)
		return 0;
	return *space_mb > *admin_mb ? 0 : -1;
}
