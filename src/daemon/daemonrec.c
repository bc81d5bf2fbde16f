/* daemonrec.c - auditd's own record payloads (auditd(8)). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "daemonrec.h"

void daemonrec_init(struct daemonrec *d)
{
	srandom((unsigned)time(NULL) ^ (unsigned)getpid());
	d->serial = (unsigned)(random() % 10000);
}

static int header(char *out, unsigned serial)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return snprintf(out, DAEMONREC_MAX, "audit(%lld.%03u:%u): ", (long long)tv.tv_sec,
			(unsigned)(tv.tv_usec / 1000), serial);
}

static unsigned read_u32_file(const char *path, unsigned dflt)
{
	FILE *f = fopen(path, "re");
	unsigned v = dflt;

	if (f) {
		if (fscanf(f, "%u", &v) != 1)
			v = dflt;
		fclose(f);
	}
	return v;
}

/* "subj=<label> " of this process, "" without an LSM label */
static void own_subj(char *buf, size_t len)
{
	char label[256];
	FILE *f = fopen("/proc/self/attr/current", "re");

	buf[0] = '\0';
	if (!f)
		return;
	if (fgets(label, sizeof(label), f)) {
		label[strcspn(label, "\n")] = '\0';
		if (label[0])
			snprintf(buf, len, "subj=%s ", label);
	}
	fclose(f);
}

void daemonrec_sender_from_reply(struct daemonrec_sender *s, const void *data, size_t len)
{
	const unsigned char *p = data;

	memset(s, 0, sizeof(*s));
	if (len < 8)
		return;
	memcpy(&s->auid, p, 4);
	memcpy(&s->pid, p + 4, 4);
	s->valid = 1;
	if (len > 8) {
		size_t n = len - 8 < sizeof(s->ctx) - 1 ? len - 8 : sizeof(s->ctx) - 1;
		memcpy(s->ctx, p + 8, n);
		s->ctx[n] = '\0';
		s->ctx[strcspn(s->ctx, "\n")] = '\0';
	}
}

void daemonrec_sender_from_signal(struct daemonrec_sender *s, pid_t pid, uid_t uid)
{
	char path[64];
	struct stat st;
	unsigned loginuid;

	memset(s, 0, sizeof(*s));
	s->valid = 1;
	s->have_ids = 1;
	s->pid = pid;
	snprintf(path, sizeof(path), "/proc/%d", (int)pid);
	s->uid = stat(path, &st) == 0 ? (uint32_t)st.st_uid : (uint32_t)uid;
	snprintf(path, sizeof(path), "/proc/%d/sessionid", (int)pid);
	s->ses = read_u32_file(path, 4294967295u);
	snprintf(path, sizeof(path), "/proc/%d/loginuid", (int)pid);
	loginuid = read_u32_file(path, 4294967295u);
	/* the kernel's rule for audit_sig_uid: the loginuid if set, else
	 * the sender's uid */
	s->auid = loginuid != 4294967295u ? loginuid : (uint32_t)uid;
}

void daemonrec_sender_merge(struct daemonrec_sender *sig, const struct daemonrec_sender *kern)
{
	if (!kern->valid || kern->pid != sig->pid)
		return;
	sig->auid = kern->auid;
	memcpy(sig->ctx, kern->ctx, sizeof(sig->ctx));
}

/* "auid=A uid=U ses=S pid=P [subj=X ]" for a known sender */
static int sender_fields(char *out, size_t len, const struct daemonrec_sender *s)
{
	char path[64];
	struct stat st;
	unsigned uid = 4294967295u, ses;

	if (s->have_ids) {
		uid = s->uid;
		ses = s->ses;
	} else {
		snprintf(path, sizeof(path), "/proc/%d", (int)s->pid);
		if (stat(path, &st) == 0)
			uid = st.st_uid;
		snprintf(path, sizeof(path), "/proc/%d/sessionid", (int)s->pid);
		ses = read_u32_file(path, 4294967295u);
	}
	return snprintf(out, len, "auid=%u uid=%u ses=%u pid=%d %s%s%s", s->auid, uid, ses,
			(int)s->pid, s->ctx[0] ? "subj=" : "", s->ctx, s->ctx[0] ? " " : "");
}

void daemonrec_start(struct daemonrec *d, char *out, const char *format_name)
{
	struct utsname u;
	char subj[300];
	int n = header(out, d->serial++);

	if (uname(&u) < 0)
		strcpy(u.release, "?");
	own_subj(subj, sizeof(subj));
	snprintf(out + n, DAEMONREC_MAX - n,
		 "op=start ver=%s format=%s kernel=%.56s auid=%u pid=%d uid=%u ses=%u %sres=success",
		 DAEMONREC_VERSION, format_name, u.release,
		 read_u32_file("/proc/self/loginuid", 4294967295u), (int)getpid(),
		 (unsigned)getuid(), read_u32_file("/proc/self/sessionid", 4294967295u), subj);
}

void daemonrec_abort(struct daemonrec *d, char *out, const char *op)
{
	char subj[300];
	int n = header(out, d->serial++);

	own_subj(subj, sizeof(subj));
	snprintf(out + n, DAEMONREC_MAX - n, "op=%s auid=%u pid=%d uid=%u ses=%u %sres=failed",
		 op, read_u32_file("/proc/self/loginuid", 4294967295u), (int)getpid(),
		 (unsigned)getuid(), read_u32_file("/proc/self/sessionid", 4294967295u), subj);
}

/* The signal-driven records share one shape; without sender information
 * auditd writes a "-1" form whose fields and res= differ per record. */
static void signal_record(char *out, unsigned serial, const char *op,
			  const struct daemonrec_sender *s, const char *unknown)
{
	int n = header(out, serial);

	n += snprintf(out + n, DAEMONREC_MAX - n, "op=%s ", op);
	if (!s || !s->valid) {
		snprintf(out + n, DAEMONREC_MAX - n, "%s", unknown);
		return;
	}
	n += sender_fields(out + n, DAEMONREC_MAX - n, s);
	snprintf(out + n, DAEMONREC_MAX - n, "res=success");
}

void daemonrec_end(struct daemonrec *d, char *out, const struct daemonrec_sender *s)
{
	signal_record(out, d->serial++, "terminate", s,
		      "auid=-1 uid=-1 ses=-1 pid=-1 subj=? res=success");
}

void daemonrec_rotate(struct daemonrec *d, char *out, const struct daemonrec_sender *s)
{
	/* rotation still happens; auditd marks the record failed */
	signal_record(out, d->serial++, "rotate-logs", s, "auid=-1 pid=-1 subj=? res=failed");
}

void daemonrec_resume(struct daemonrec *d, char *out, const struct daemonrec_sender *s)
{
	signal_record(out, d->serial++, "resume-logging", s, "auid=-1 pid=-1 subj=? res=success");
}

void daemonrec_net(struct daemonrec *d, char *out, const char *text)
{
	int n = header(out, d->serial++);

	snprintf(out + n, DAEMONREC_MAX - n, "%s", text);
}

void daemonrec_config(struct daemonrec *d, char *out, const struct daemonrec_sender *s,
		      int success)
{
	/* auditd draws a fresh serial for DAEMON_CONFIG */
	unsigned serial = (unsigned)(random() % 10000);
	int n = header(out, serial);

	(void)d;
	if (!s || !s->valid) {
		snprintf(out + n, DAEMONREC_MAX - n,
			 "op=reconfigure state=no-change auid=-1 pid=-1 subj=? res=failed");
	} else if (success) {
		snprintf(out + n, DAEMONREC_MAX - n,
			 "op=reconfigure state=changed auid=%u pid=%d subj=%s res=success",
			 s->auid, (int)s->pid, s->ctx[0] ? s->ctx : "?");
	} else {
		n += snprintf(out + n, DAEMONREC_MAX - n, "op=reconfigure state=no-change ");
		n += sender_fields(out + n, DAEMONREC_MAX - n, s);
		snprintf(out + n, DAEMONREC_MAX - n, "res=failed");
	}
}
