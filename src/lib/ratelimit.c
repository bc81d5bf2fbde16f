/* ratelimit.c - see ratelimit.h. */
#include <time.h>

#include "ratelimit.h"

#define NS_PER_SEC	1000000000ULL

static uint64_t cost(const struct ratelimit *rl)
{
	return NS_PER_SEC / (rl->per_sec ? rl->per_sec : 1);
}

void ratelimit_init(struct ratelimit *rl, unsigned burst, unsigned per_sec, uint64_t now_ns)
{
	rl->burst = burst ? burst : 1;
	rl->per_sec = per_sec ? per_sec : 1;
	rl->tokens_ns = rl->burst * cost(rl);
	rl->last_ns = now_ns;
	rl->suppressed = 0;
}

int ratelimit_allow(struct ratelimit *rl, uint64_t now_ns)
{
	uint64_t full = rl->burst * cost(rl);

	if (now_ns > rl->last_ns) {
		uint64_t add = now_ns - rl->last_ns;

		rl->tokens_ns = add >= full - rl->tokens_ns ? full : rl->tokens_ns + add;
		rl->last_ns = now_ns;
	}
	if (rl->tokens_ns >= cost(rl)) {
		rl->tokens_ns -= cost(rl);
		return 1;
	}
	rl->suppressed++;
	return 0;
}

uint64_t ratelimit_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * NS_PER_SEC + (uint64_t)ts.tv_nsec;
}
