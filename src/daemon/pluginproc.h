/* pluginproc.h - one plugin of the dispatcher: its queue, its thread, and
 * the process (or builtin_af_unix socket) the thread writes to. Private to
 * the dispatcher (dispatch.c produces into the queue, pluginproc.c
 * consumes it); see dispatch.h for the whole picture.
 */
#ifndef VIGIL_PLUGINPROC_H
#define VIGIL_PLUGINPROC_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/types.h>
#include <sys/un.h>

#include "plugins.h"
#include "ring.h"

enum pluginproc_stop { PLUGINPROC_RUN, PLUGINPROC_DRAIN, PLUGINPROC_NOW };

struct plugin {
	struct plugin *next;
	struct plugins_conf conf;
	struct ring *ring;
	pthread_t thread;
	int started;			/* thread created */

	/* the dispatcher's, shared by all its plugins */
	_Atomic unsigned *max_restarts;
	_Atomic uint64_t *restarts;	/* counts every restart */

	/* producer (writer thread, under the dispatcher's lock) */
	uint64_t pushed;
	int staged;

	/* consumer */
	_Atomic uint64_t taken;
	_Atomic int stop;		/* enum pluginproc_stop */
	_Atomic int hup;		/* send SIGHUP to the process */
	_Atomic int respawn;		/* the program changed: start it again */
	_Atomic int revive;		/* a reload: a plugin that gave up runs again */
	_Atomic int dead;		/* gave up after max_restarts: no more records */
	_Atomic int up;			/* a process runs (af_unix: a socket listens) */
	unsigned restarts_done;
	pid_t pid;
	int pidfd;
	int sock;			/* our end of the plugin's stdin */
	int listen_fd;			/* builtin_af_unix */
	char sock_path[sizeof(((struct sockaddr_un *)0)->sun_path)];
	dev_t sock_dev;			/* the socket file made at sock_path, so */
	ino_t sock_ino;			/* that only it is removed at the end */
	char *out;
	_Atomic uint64_t sent;
	_Atomic uint64_t dropped;
};

/* A plugin with a queue sized for q_depth records and its thread running
 * (an af_unix socket listening first); NULL, reported, on failure.
 * max_restarts and restarts are the dispatcher's and outlive the plugin. */
struct plugin *pluginproc_start(const struct plugins_conf *c, unsigned q_depth,
				_Atomic unsigned *max_restarts,
				_Atomic uint64_t *restarts);
/* The thread ends (draining the queue first for PLUGINPROC_DRAIN, up to
 * a second), the process gets end of file then SIGTERM, everything goes. */
void pluginproc_end(struct plugin *p, enum pluginproc_stop how);

#endif
