/* daemonrec.h - payloads of auditd's own records (DAEMON_START, _END,
 * _CONFIG, _ROTATE, _RESUME, _ABORT) with auditd 3.0.9's field layout.
 * The payload includes the "audit(sec.msec:serial): " header; the writer
 * formats it like any record (so ENRICHED adds AUID=/UID= as auditd does). */
#ifndef VIGIL_DAEMONREC_H
#define VIGIL_DAEMONREC_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define DAEMONREC_START		1200
#define DAEMONREC_END		1201
#define DAEMONREC_ABORT		1202
#define DAEMONREC_CONFIG	1203
#define DAEMONREC_ROTATE	1205
#define DAEMONREC_RESUME	1206
#define DAEMONREC_ACCEPT	1207
#define DAEMONREC_CLOSE		1208
#define DAEMONREC_ERR		1209

#define DAEMONREC_MAX		1024

/* Who sent us a signal. The kernel's AUDIT_SIGNAL_INFO reply names the
 * sender of the LAST of SIGTERM/HUP/USR1/USR2 it delivered to us, so a reply
 * read after a second signal describes that one; and the sender may have
 * exited (and been reaped) before we read its /proc. So the sender is taken
 * from the signal itself when it arrives (daemonrec_sender_from_signal:
 * the signalfd's pid and uid, /proc read at once), and the kernel's reply
 * only adds its auid and label when it is about the same process. */
struct daemonrec_sender {
	int valid;		/* 0: no sender known (the "-1" forms) */
	uint32_t auid;		/* loginuid of the sender, or its uid */
	pid_t pid;
	int have_ids;		/* uid and ses read when the signal arrived */
	uint32_t uid;		/* owner of /proc/PID, else the signal's uid */
	uint32_t ses;		/* /proc/PID/sessionid, 4294967295 unknown */
	char ctx[256];		/* LSM label, "" when the reply had none */
};

struct daemonrec {
	/* own serial numbers, not the kernel's; the network receiver's
	 * thread draws from them too */
	_Atomic unsigned serial;
};

void daemonrec_init(struct daemonrec *d);

/* Parse an AUDIT_SIGNAL_INFO reply body (struct audit_sig_info). */
void daemonrec_sender_from_reply(struct daemonrec_sender *s, const void *data, size_t len);
/* The sender as the signal names it (signalfd's ssi_pid, ssi_uid), read
 * from /proc at once: auid as the kernel words it (loginuid when set, else
 * the uid), uid, ses. */
void daemonrec_sender_from_signal(struct daemonrec_sender *s, pid_t pid, uid_t uid);
/* Take the kernel's auid and label into sig when its reply is about the
 * same process; a reply about another (later) sender is ignored. */
void daemonrec_sender_merge(struct daemonrec_sender *sig, const struct daemonrec_sender *kern);

/* Each writes the payload into out (DAEMONREC_MAX bytes). */
void daemonrec_start(struct daemonrec *d, char *out, const char *format_name);
void daemonrec_end(struct daemonrec *d, char *out, const struct daemonrec_sender *s);
void daemonrec_abort(struct daemonrec *d, char *out, const char *op);
void daemonrec_config(struct daemonrec *d, char *out, const struct daemonrec_sender *s,
		      int success);
void daemonrec_rotate(struct daemonrec *d, char *out, const struct daemonrec_sender *s);
void daemonrec_resume(struct daemonrec *d, char *out, const struct daemonrec_sender *s);
/* The header, then text as the caller words it: DAEMON_ACCEPT and
 * DAEMON_CLOSE ("addr=A port=P res=success", "op=dup addr=A port=P
 * res=no"), DAEMON_ERR op=lost-records (main.c). */
void daemonrec_net(struct daemonrec *d, char *out, const char *text);

/* The version auditd records carry: vigil speaks auditd 3.0.9's formats. */
#define DAEMONREC_VERSION "3.0.9"

#endif
