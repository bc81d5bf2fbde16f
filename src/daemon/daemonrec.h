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

#define DAEMONREC_MAX		1024

/* Who sent us a signal, from the kernel's AUDIT_SIGNAL_INFO reply. */
struct daemonrec_sender {
	int valid;		/* 0: no reply (the "-1" forms) */
	uint32_t auid;		/* loginuid of the sender, or its uid */
	pid_t pid;
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

/* Each writes the payload into out (DAEMONREC_MAX bytes). */
void daemonrec_start(struct daemonrec *d, char *out, const char *format_name);
void daemonrec_end(struct daemonrec *d, char *out, const struct daemonrec_sender *s);
void daemonrec_abort(struct daemonrec *d, char *out, const char *op);
void daemonrec_config(struct daemonrec *d, char *out, const struct daemonrec_sender *s,
		      int success);
void daemonrec_rotate(struct daemonrec *d, char *out, const struct daemonrec_sender *s);
void daemonrec_resume(struct daemonrec *d, char *out, const struct daemonrec_sender *s);
/* DAEMON_ACCEPT / DAEMON_CLOSE: the header, then text as the receiver
 * words it ("addr=A port=P res=success", "op=dup addr=A port=P res=no"). */
void daemonrec_net(struct daemonrec *d, char *out, const char *text);

/* The version auditd records carry: vigil speaks auditd 3.0.9's formats. */
#define DAEMONREC_VERSION "3.0.9"

#endif
