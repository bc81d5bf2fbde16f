/* normalize.c - ausearch --format csv|text, the analysis: what auparse
 * 3.0.9's normalizer says of an event (../shared/spec: ausearch 2.8 and
 * appendix C): who (subject), did what (action), to what (object), how,
 * with what result. normline.c writes it as a csv or text line.
 *
 * The event kind, the actions of simple events and the syscall classes
 * are tables (appendix C); which field is the subject, object and how of
 * a simple record type is in simples[]. Values are interpreted as -i
 * interprets them (values.c).
 */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util.h"
#include "searchfmt-internal.h"

/* ---- appendix C.1: event kind by the first record's type ---- */

/* by name first, then by number range */
static const struct {
	const char *kind;
	const char *types;
} kind_names[] = {
	{ "user-login", " USER_AUTH USER_ACCT CRED_ACQ CRED_DISP USER_START USER_END USER_CHAUTHTOK USER_ERR CRED_REFR USER_LOGIN USER_LOGOUT LOGIN " },
	{ "group-change", " GRP_AUTH CHGRP_ID " },
	{ "user-account", " USER_MGMT ADD_USER DEL_USER ADD_GROUP DEL_GROUP GRP_MGMT GRP_CHAUTHTOK ACCT_LOCK ACCT_UNLOCK " },
	{ "system-services", " KERNEL SYSTEM_BOOT SYSTEM_SHUTDOWN SYSTEM_RUNLEVEL SERVICE_START SERVICE_STOP " },
	{ "configuration", " USYS_CONFIG CONFIG_CHANGE NETFILTER_CFG FEATURE_CHANGE TIME_INJOFFSET TIME_ADJNTPVAL USER_DEVICE SOFTWARE_UPDATE " },
	{ "dac-decision", " SECCOMP " },
	{ "user-space", " TEST TRUSTED_APP USER_CMD CHUSER_ID " },
	{ "TTY", " USER_TTY TTY " },
	{ "audit-daemon", " EVENT_LISTENER " },
	{ "mac-decision", " USER_SELINUX_ERR USER_AVC AVC SELINUX_ERR AVC_PATH " },
	{ "integrity", " ANOM_RBAC_INTEGRITY_FAIL " },
	{ "av-decision", " FANOTIFY " },
	{ "bpf-program", " BPF " },
};

static const struct {
	unsigned lo, hi;
	const char *kind;
} kind_ranges[] = {
	{ 1200, 1299, "audit-daemon" },
	{ 1500, 1599, "mac-decision" },		/* AppArmor */
	{ 1800, 1899, "integrity" },
	{ 1700, 1799, "anomaly" }, { 2100, 2199, "anomaly" },
	{ 2200, 2299, "anomaly-response" },
	{ 1403, 1499, "mac" }, { 2300, 2399, "mac" },
	{ 1600, 1699, "crypto" }, { 2400, 2499, "crypto" },
	{ 2500, 2599, "virt" },
	{ 1300, 1304, "audit-rule" }, { 1306, 1315, "audit-rule" },
	{ 1317, 1318, "audit-rule" }, { 1321, 1324, "audit-rule" },
};

static bool in_list(const char *list, const char *name);

static const char *event_kind(int rtype)
{
	const char *name = rtype > 0 ? tables_msgtype_name((unsigned)rtype) :
				       NULL;
	size_t i;

	for (i = 0; name && i < NELEM(kind_names); i++)
		if (in_list(kind_names[i].types, name))
			return kind_names[i].kind;
	for (i = 0; i < NELEM(kind_ranges); i++)
		if (rtype >= (int)kind_ranges[i].lo &&
		    rtype <= (int)kind_ranges[i].hi)
			return kind_ranges[i].kind;
	return "unknown";
}

/* ---- appendix C.3: simple events; who and what per record type ---- */

enum subj {
	S_AUID_UID,	/* session ses, subject auid, acting as uid */
	S_ID,		/* subject id */
	S_AUID_ONLY,
	S_OLD_AUID,	/* LOGIN: old-auid, acting as uid */
	S_UID_ONLY,
	S_NONE,
};

static const struct simple {
	const char *type;
	const char *action;	/* "@name": the value of that field */
	enum subj subj;
	const char *obj;	/* field, or NULL */
	const char *obj_kind;
	const char *how;	/* field, or "=literal" */
} simples[] = {
	{ "USER", "sent-message", S_AUID_UID, "terminal", "unknown", "exe" },
	{ "LOGIN", "changed-login-id-to", S_OLD_AUID, "auid", "user-session", "exe" },
	{ "USER_AUTH", "authenticated", S_AUID_UID, "acct", "user-session", "exe" },
	{ "USER_ACCT", "was-authorized", S_AUID_UID, "acct", "user-session", "exe" },
	{ "USER_MGMT", "modified-user-account", S_AUID_UID, "acct", "account", "exe" },
	{ "CRED_ACQ", "acquired-credentials", S_AUID_UID, "acct", "user-session", "exe" },
	{ "CRED_DISP", "disposed-credentials", S_AUID_UID, "acct", "user-session", "exe" },
	{ "CRED_REFR", "refreshed-credentials", S_AUID_UID, "acct", "user-session", "exe" },
	{ "USER_START", "started-session", S_AUID_UID, "terminal", "user-session", "exe" },
	{ "USER_END", "ended-session", S_AUID_UID, "terminal", "user-session", "exe" },
	{ "USER_ERR", "caused-account-error", S_AUID_UID, "terminal", "user-session", "exe" },
	{ "USER_LOGIN", "logged-in", S_ID, "terminal", "user-session", "exe" },
	{ "USER_LOGOUT", "logged-out", S_AUID_UID, "terminal", "user-session", "exe" },
	{ "USER_CHAUTHTOK", "changed-password", S_AUID_UID, "acct", "user-session", "exe" },
	{ "USER_AVC", "accessed-mac-policy-controlled-object", S_AUID_UID, NULL, "unknown", "exe" },
	{ "USYS_CONFIG", "@op", S_AUID_UID, NULL, "system", "exe" },
	{ "ADD_USER", "added-user-account", S_AUID_UID, "acct", "account", "exe" },
	{ "DEL_USER", "deleted-user-account", S_AUID_UID, "acct", "account", "exe" },
	{ "ADD_GROUP", "added-group-account-to", S_AUID_UID, "acct", "account", "exe" },
	{ "DEL_GROUP", "deleted-group-account-from", S_AUID_UID, "acct", "account", "exe" },
	{ "GRP_MGMT", "modified-group-account", S_AUID_UID, "acct", "account", "exe" },
	{ "GRP_CHAUTHTOK", "changed-group-password", S_AUID_UID, "acct", "user-session", "exe" },
	{ "ACCT_LOCK", "locked-account", S_AUID_UID, "acct", "account", "exe" },
	{ "ACCT_UNLOCK", "unlocked-account", S_AUID_UID, "acct", "account", "exe" },
	{ "CHGRP_ID", "changed-group", S_AUID_UID, NULL, "unknown", "exe" },
	{ "GRP_AUTH", "authenticated-to-group", S_AUID_UID, NULL, "unknown", "exe" },
	{ "TEST", "sent-test", S_AUID_UID, NULL, "unknown", "exe" },
	{ "TRUSTED_APP", "unknown", S_AUID_UID, NULL, "unknown", "exe" },
	{ "USER_SELINUX_ERR", "access-error", S_AUID_UID, NULL, "unknown", "exe" },
	{ "USER_CMD", "ran-command", S_AUID_UID, "cmd", "process", "exe" },
	{ "USER_TTY", "typed", S_AUID_UID, NULL, "keystrokes", "exe" },
	{ "TTY", "typed", S_AUID_UID, "data", "keystrokes", "comm" },
	{ "CHUSER_ID", "changed-user-id", S_AUID_UID, NULL, "unknown", "exe" },
	{ "SYSTEM_BOOT", "booted-system", S_AUID_UID, NULL, "system", "exe" },
	{ "SYSTEM_SHUTDOWN", "shutdown-system", S_AUID_UID, NULL, "service", "exe" },
	{ "SYSTEM_RUNLEVEL", "changed-to-runlevel", S_AUID_UID, "new-level", "system", "exe" },
	{ "SERVICE_START", "started-service", S_AUID_UID, "unit", "service", "exe" },
	{ "SERVICE_STOP", "stopped-service", S_AUID_UID, "unit", "service", "exe" },
	{ "USER_DEVICE", "@op", S_AUID_UID, "device", "keystrokes", "exe" },
	{ "SOFTWARE_UPDATE", "installed-software", S_AUID_UID, "sw", "software", "exe" },
	{ "DAEMON_START", "started-audit", S_AUID_UID, NULL, "service", "=init" },
	{ "DAEMON_END", "shutdown-audit", S_AUID_UID, NULL, "service", "=signal" },
	{ "DAEMON_ABORT", "aborted-auditd-startup", S_AUID_UID, NULL, "service", NULL },
	{ "DAEMON_CONFIG", "changed-auditd-configuration", S_AUID_UID, NULL, "service", "=signal" },
	{ "DAEMON_ROTATE", "rotated-audit-logs", S_AUID_UID, NULL, "service", "=signal" },
	{ "DAEMON_RESUME", "resumed-audit-logging", S_AUID_UID, NULL, "service", "=signal" },
	{ "DAEMON_ACCEPT", "remote-audit-connected", S_AUID_UID, NULL, "service", NULL },
	{ "DAEMON_CLOSE", "remote-audit-disconnected", S_AUID_UID, NULL, "service", NULL },
	{ "DAEMON_ERR", "audit-error", S_AUID_UID, NULL, "service", NULL },
	{ "CONFIG_CHANGE", "changed-audit-configuration", S_AUID_ONLY, "key", "audit-config", "exe" },
	{ "SECCOMP", "called-seccomp-controlled-syscall", S_AUID_UID, "syscall", "process", "exe" },
	{ "FEATURE_CHANGE", "changed-audit-feature", S_AUID_UID, NULL, "system", "exe" },
	{ "BPF", "bpf-program", S_NONE, "prog-id", "process", NULL },
	{ "KERN_MODULE", "loaded-kernel-module", S_NONE, NULL, "unknown", NULL },
	{ "FANOTIFY", "accessed-policy-controlled-file", S_NONE, NULL, "unknown", NULL },
	{ "AVC", "accessed-mac-policy-controlled-object", S_AUID_UID, NULL, "unknown", "exe" },
	{ "MAC_POLICY_LOAD", "loaded-selinux-policy", S_AUID_UID, NULL, "mac-config", "exe" },
	{ "MAC_STATUS", "changed-selinux-enforcement-to", S_AUID_UID, "enforcing", "mac-config", "exe" },
	{ "MAC_CONFIG_CHANGE", "changed-selinux-boolean", S_AUID_UID, "bool", "mac-config", "exe" },
	{ "ANOM_PROMISCUOUS", "changed-socket-promiscuous-mode", S_AUID_UID, "dev", "socket", "exe" },
	{ "ANOM_ABEND", "crashed-program", S_AUID_UID, "exe", "process", "sig" },
	{ "ANOM_LINK", "used-suspcious-link", S_UID_ONLY, NULL, "unknown", "exe" },
	{ "ANOM_CREAT", "created-suspicious-file", S_UID_ONLY, NULL, "unknown", "exe" },
	{ "KERNEL", "initialized-audit-subsystem", S_NONE, NULL, "unknown", NULL },
	{ "ANOM_LOGIN_FAILURES", "failed-log-in-too-many-times-to", S_AUID_UID, "acct", "user-session", "exe" },
	{ "ANOM_LOGIN_TIME", "attempted-log-in-during-unusual-hour-to", S_AUID_UID, "acct", "user-session", "exe" },
	{ "ANOM_LOGIN_SESSIONS", "opened-too-many-sessions-to", S_AUID_UID, "acct", "user-session", "exe" },
	{ "ANOM_LOGIN_LOCATION", "attempted-log-in-from-unusual-place-to", S_AUID_UID, "acct", "user-session", "exe" },
	{ "ANOM_EXEC", "attempted-execution-of-forbidden-program", S_AUID_UID, NULL, "unknown", "exe" },
	{ "NETFILTER_CFG", "loaded-firewall-rule-to", S_NONE, "table", "firewall", "comm" },
	{ "CRYPTO_KEY_USER", "negotiated-crypto-key", S_AUID_UID, NULL, "user-session", "exe" },
	{ "CRYPTO_SESSION", "started-crypto-session", S_AUID_UID, "addr", "user-session", "exe" },
	{ "VIRT_CONTROL", "issued-vm-control", S_AUID_UID, "op", "virtual-machine", "exe" },
	{ "VIRT_RESOURCE", "assigned-vm-resource", S_AUID_UID, "vm", "virtual-machine", "exe" },
	{ "USER_ROLE_CHANGE", "changed-role-to", S_AUID_UID, NULL, "user-session", "exe" },
	{ "ROLE_ASSIGN", "assigned-user-role-to", S_AUID_UID, "acct", "account", "exe" },
	{ "ROLE_REMOVE", "removed-use-role-from", S_AUID_UID, "acct", "account", "exe" },
	{ "LABEL_OVERRIDE", "overrode-label-of", S_AUID_UID, NULL, "mac-config", "exe" },
	{ "USER_MAC_POLICY_LOAD", "loaded-mac-policy", S_AUID_UID, NULL, "mac-config", "exe" },
	{ "EVENT_LISTENER", "@op", S_AUID_UID, "nl-mcgrp", "socket", "exe" },
	{ "VIRT_MACHINE_ID", "assigned-vm-id", S_AUID_UID, "vm", "virtual-machine", "exe" },
};

/* ---- appendix C.2: the class of a syscall event ---- */

static const struct {
	const char *action;
	const char *obj_kind;	/* NULL: from the PATH's mode */
	/* "path" (a PATH), "path2" (the third and fourth PATH), "saddr",
	 * or a SYSCALL field ("exe": the how is then the syscall) */
	const char *obj;
	const char *syscalls;
} classes[] = {
	{ "opened-file", NULL, "path", " creat fallocate truncate ftruncate memfd_create open openat openat2 readlink readlinkat " },
	{ "changed-file-attributes-of", NULL, "path", " setxattr fsetxattr lsetxattr removexattr fremovexattr lremovexattr " },
	{ "changed-file-permissions-of", NULL, "path", " chmod fchmod fchmodat " },
	{ "changed-file-ownership-of", NULL, "path", " chown fchown fchownat lchown " },
	{ "loaded-kernel-module", "file", NULL, " finit_module init_module " },
	{ "unloaded-kernel-module", "file", NULL, " delete_module " },
	{ "created-directory", NULL, "path", " mkdir mkdirat " },
	{ "mounted", "file-system", "path", " mount move_mount fsmount fspick " },
	{ "renamed", NULL, "path2", " rename renameat renameat2 " },
	{ "checked-metadata-of", NULL, "path", " access faccessat faccessat2 newfstatat stat fstat lstat stat64 statx " },
	{ "checked-filesystem-metadata-of", NULL, "path", " statfs fstatfs " },
	{ "symlinked", NULL, "path2", " symlink symlinkat " },
	{ "unmounted", "file-system", "path", " umount umount2 " },
	{ "deleted", NULL, "path", " rmdir unlink unlinkat " },
	{ "changed-timestamp-of", NULL, "path", " utime utimes futimesat utimensat " },
	{ "executed", NULL, "path", " execve execveat " },
	{ "accepted-connection-from", "socket", "saddr", " accept accept4 " },
	{ "bound-socket", "socket", "saddr", " bind " },
	{ "connected-to", "socket", "saddr", " connect " },
	{ "received-from", "socket", "saddr", " recvfrom recvmsg " },
	{ "sent-to", "socket", "saddr", " sendmsg sendto " },
	{ "killed-pid", "process", NULL, " kill tkill tgkill " },
	{ "changed-identity-of", "process", "exe", " setuid seteuid setfsuid setreuid setresuid setgid setegid setfsgid setregid setresgid " },
	{ "changed-system-time", "system", NULL, " settimeofday clock_settime stime adjtimex " },
	{ "make-device", "unknown", "path", " mknod mknodat " },
	{ "changed-system-name", "system", NULL, " sethostname setdomainname " },
	{ "allocated-memory-in", "memory", "comm", " mmap brk " },
	{ "adjusted-scheduling-policy-of", "process", "exe", " sched_setparam sched_setscheduler sched_setattr " },
};

/* ---- the fields of an event ---- */


bool sf_find(const struct record *r, const char *name, struct fld *out)
{
	size_t i, nl = strlen(name);

	if (r == NULL)
		return false;
	for (i = 0; i < r->nfields && i < r->max_fields; i++) {
		const struct record_field *fl = &r->fields[i];

		if (fl->name_len == nl &&
		    memcmp(r->line + fl->name, name, nl) == 0) {
			out->r = r;
			out->name = r->line + fl->name;
			out->nlen = nl;
			out->v = r->line + fl->val;
			out->vlen = fl->val_len;
			return true;
		}
	}
	return false;
}

static const struct record *find_type(const struct record *recs, size_t n,
				      int rtype)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (recs[i].rtype == rtype)
			return &recs[i];
	return NULL;
}


#define SLICE_EQ(s, n, lit) ((n) == sizeof(lit) - 1 && memcmp(s, lit, n) == 0)

#define T_SYSCALL	1300
#define T_PATH		1302
#define T_CWD		1307
#define T_SOCKADDR	1306
#define T_CONFIG_CHANGE	1305
#define T_OBJ_PID	1318
#define T_AVC		1400
#define T_NETFILTER_CFG	1325
#define T_BPF		1334
#define T_ANOM_PROMISCUOUS 1700
#define T_MAC_STATUS	1404

static const char *uid_kind(unsigned long long uid)
{
	if (uid == 0)
		return "privileged-acct";
	/* login.defs(5): SYS_UID_MAX 999, UID_MAX 60000 */
	if (uid < 1000)
		return "service-acct";
	if (uid <= 60000)
		return "user-acct";
	return "unknown-acct";
}

static const char *subject_kind(struct searchfmt *f, const struct fld *id)
{
	unsigned long long uid;
	char buf[32];

	(void)f;
	if (id->vlen == 0 || id->vlen >= sizeof(buf) ||
	    (sf_field_flags(id->r->rtype, id->name, id->nlen, id->v,
			    id->vlen) & SF_UNCLASSIFIED))
		return "unknown-acct";
	memcpy(buf, id->v, id->vlen);
	buf[id->vlen] = '\0';
	uid = strtoull(buf, NULL, 10);
	return uid_kind((uint32_t)uid);
}

/* A subject named by acct= (USER_LOGIN without id=): the kind of the
 * local account of that name, unknown-acct when there is none. */
static const char *acct_kind(struct searchfmt *f, const struct fld *acct)
{
	struct passwd pw, *res = NULL;
	char name[256], pwbuf[1024];
	const char *v;
	size_t n;

	v = sf_value(f, acct->r, acct->name, acct->nlen, acct->v, acct->vlen, &n);
	if (!v || n == 0 || n >= sizeof(name))
		return "unknown-acct";
	memcpy(name, v, n);
	name[n] = '\0';
	if (getpwnam_r(name, &pw, pwbuf, sizeof(pwbuf), &res) != 0 || !res)
		return "unknown-acct";
	return uid_kind(pw.pw_uid);
}

static bool in_list(const char *list, const char *name)
{
	size_t n = strlen(name);
	const char *p = list;

	while ((p = strstr(p, name)) != NULL) {
		if (p[-1] == ' ' && p[n] == ' ')
			return true;
		p += n;
	}
	return false;
}

/* realpath-style: a relative name joined to the cwd, . and .. folded */
static size_t join_path(char *out, size_t cap, const char *cwd, size_t cl,
			const char *name, size_t nl)
{
	char tmp[8192];
	size_t tl = 0, ol = 0, i = 0;

	if (nl && name[0] != '/' && cl) {
		if (cl + 1 >= sizeof(tmp))
			return 0;
		memcpy(tmp, cwd, cl);
		tl = cl;
		tmp[tl++] = '/';
	}
	if (tl + nl >= sizeof(tmp))
		return 0;
	memcpy(tmp + tl, name, nl);
	tl += nl;
	while (i < tl) {
		size_t s = i, len;

		while (i < tl && tmp[i] != '/')
			i++;
		len = i - s;
		i++;
		if (len == 0 || (len == 1 && tmp[s] == '.'))
			continue;
		if (len == 2 && tmp[s] == '.' && tmp[s + 1] == '.') {
			while (ol > 0 && out[ol - 1] != '/')
				ol--;
			if (ol > 0)
				ol--;
			continue;
		}
		if (ol + len + 1 >= cap)
			return 0;
		out[ol++] = '/';
		memcpy(out + ol, tmp + s, len);
		ol += len;
	}
	if (ol == 0 && tl && tmp[0] == '/')
		out[ol++] = '/';
	return ol;
}

/* The PATH the normalizer names: the first that is not a parent
 * directory; for rename and symlink the third and fourth (source and
 * target names after their two parents). */
static const struct record *pick_path(const struct record *recs, size_t n,
				      int nth_item)
{
	struct fld nt;
	size_t i;
	int seen = 0;

	for (i = 0; i < n; i++) {
		if (recs[i].rtype != T_PATH)
			continue;
		if (nth_item >= 0) {
			if (seen++ == nth_item)
				return &recs[i];
			continue;
		}
		if (!sf_find(&recs[i], "nametype", &nt) ||
		    !SLICE_EQ(nt.v, nt.vlen, "PARENT"))
			return &recs[i];
	}
	return NULL;
}

/* a PATH's name, realpath-style against the event's CWD (none without
 * one: the normalizer names no file then) */
static size_t path_name(struct searchfmt *f, const struct record *recs,
			size_t n, const struct record *path, char *out,
			size_t cap)
{
	const struct record *cwd = find_type(recs, n, T_CWD);
	struct fld name, dir;
	size_t nl, cl = 0;
	const char *v;
	char dec[4096], cwdbuf[4096];

	if (path == NULL || cwd == NULL || !sf_find(path, "name", &name))
		return 0;
	v = sf_value(f, path, name.name, name.nlen, name.v, name.vlen, &nl);
	if (nl >= sizeof(dec) || SLICE_EQ(v, nl, "(null)"))
		return 0;
	memcpy(dec, v, nl);
	if (sf_find(cwd, "cwd", &dir)) {
		v = sf_value(f, cwd, dir.name, dir.nlen, dir.v, dir.vlen, &cl);
		if (cl >= sizeof(cwdbuf))
			cl = 0;
		memcpy(cwdbuf, v, cl);
	}
	return join_path(out, cap, cwdbuf, cl, dec, nl);
}

static void file_object(struct searchfmt *f, struct norm *nm,
			const struct record *recs, size_t n, bool two)
{
	const struct record *cwd = find_type(recs, n, T_CWD);
	/* the normalizer looks for the PATH records after the CWD one (a
	 * PATH before it names no file: observed with 3.0.9 on records out
	 * of the kernel's order) */
	const struct record *after = cwd ? cwd + 1 : recs;
	size_t left = n - (size_t)(after - recs);
	const struct record *path = pick_path(after, left, two ? 2 : -1);

	nm->obj_path_len = path_name(f, recs, n, path, nm->obj_path,
				     sizeof(nm->obj_path));
	nm->has_obj_path = nm->obj_path_len > 0;
	if (!nm->has_obj_path)
		return;
	nm->has_obj_sec = sf_find(path, "inode", &nm->obj_sec);
	nm->obj_kind = "file";
	if (two) {
		nm->obj2_path_len = path_name(f, recs, n,
					      pick_path(after, left, 3),
					      nm->obj2_path,
					      sizeof(nm->obj2_path));
		nm->has_obj2_path = nm->obj2_path_len > 0;
	}
}

static void other_records(struct norm *nm, const struct record *recs,
			  size_t n);

/* observed: LOAD loads, any other op unloads */
static const char *bpf_action(const struct fld *op)
{
	return SLICE_EQ(op->v, op->vlen, "LOAD") ? "loaded-bpf-program" :
						   "unloaded-bpf-program";
}
static void rule_object(struct norm *nm);

static void syscall_event(struct searchfmt *f, struct norm *nm,
			  const struct record *recs, size_t n)
{
	const struct record *sc = find_type(recs, n, T_SYSCALL);
	const char *name = NULL;
	uint32_t arch;
	size_t i;

	nm->has_session = sf_find(sc, "ses", &nm->session);
	nm->has_prime = sf_find(sc, "auid", &nm->prime);
	nm->has_sec = sf_find(sc, "uid", &nm->sec);
	nm->subj_kind = nm->has_sec ? subject_kind(f, &nm->sec) : NULL;
	nm->has_result = sf_find(sc, "success", &nm->result);
	nm->has_how = sf_find(sc, "exe", &nm->how);
	if (nm->has_how) {
		static const char *const shells[] = {
			"\"/usr/bin/python", "\"/usr/bin/sh", "\"/usr/bin/bash",
			"\"/usr/bin/perl",
		};

		for (i = 0; i < NELEM(shells); i++)
			if (nm->how.vlen >= strlen(shells[i]) &&
			    memcmp(nm->how.v, shells[i], strlen(shells[i])) == 0)
				nm->has_how = sf_find(sc, "comm", &nm->how);
	}
	nm->has_key = sf_find(sc, "key", &nm->key) &&
		      !(nm->key.vlen == 6 && memcmp(nm->key.v, "(null)", 6) == 0);
	nm->has_subj_label = sf_find(sc, "subj", &nm->subj_label);
	if (nm->first->rtype == T_CONFIG_CHANGE) {
		struct fld op;

		nm->has_action_fld = sf_find(nm->first, "op", &op);
		nm->action_fld = op;
		nm->has_obj = sf_find(nm->first, "key", &nm->obj);
		nm->obj_kind = "audit-config";
		return;
	}
	arch = sc->machine >= 0 ? sc->arch : f->o.host_arch;
	if (sc->syscall >= 0)
		name = tables_syscall_name(arch, sc->syscall);
	for (i = 0; name && i < NELEM(classes); i++) {
		if (!in_list(classes[i].syscalls, name))
			continue;
		nm->action = classes[i].action;
		nm->obj_kind = classes[i].obj_kind;
		if (classes[i].obj == NULL) {
		} else if (strncmp(classes[i].obj, "path", 4) == 0) {
			nm->obj_is_file = true;
			file_object(f, nm, recs, n, classes[i].obj[4] == '2');
		} else if (strcmp(classes[i].obj, "saddr") == 0) {
			nm->obj_is_saddr = true;
			nm->has_obj = sf_find(find_type(recs, n, T_SOCKADDR),
					   "saddr", &nm->obj);
		} else {
			nm->has_obj = sf_find(sc, classes[i].obj, &nm->obj);
			if (strcmp(classes[i].obj, "exe") == 0) {
				/* the syscall says how, given an exe */
				nm->how_literal = nm->has_obj ? name : NULL;
				nm->has_how = false;
			}
		}
		/* the new mode or owner: a syscall argument */
		if (strcmp(nm->action, "changed-file-permissions-of") == 0 ||
		    strcmp(nm->action, "changed-file-ownership-of") == 0)
			nm->has_obj2 = sf_find(sc, strcmp(name, "fchmodat") == 0 ||
					    strcmp(name, "fchownat") == 0 ?
					    "a2" : "a1", &nm->obj2);
		if (strcmp(nm->action, "changed-identity-of") == 0)
			nm->has_obj2 = sf_find(sc, "a0", &nm->obj2);
		/* the mount point, the symlink's target: the first PATH's
		 * name as written */
		if (strcmp(nm->action, "mounted") == 0 ||
		    strcmp(nm->action, "symlinked") == 0)
			nm->has_obj2 = sf_find(pick_path(recs, n, 0), "name",
					       &nm->obj2);
		if (strcmp(nm->action, "killed-pid") == 0 &&
		    find_type(recs, n, T_OBJ_PID))
			nm->action = "killed-list-of-pids";
		if (nm->obj_kind == NULL)
			nm->obj_kind = "file";
		break;
	}
	if (i == NELEM(classes) || name == NULL)
		rule_object(nm);
	other_records(nm, recs, n);
}

/* Records beside the SYSCALL that say what happened instead. */
static void other_records(struct norm *nm, const struct record *recs,
			  size_t n)
{
	const struct record *r;
	struct fld fl;

	if (find_type(recs, n, T_AVC))
		nm->action = "accessed-mac-policy-controlled-object";
	if ((r = find_type(recs, n, T_NETFILTER_CFG)) != NULL) {
		nm->action = "loaded-firewall-rule-to";
		nm->obj_is_file = nm->obj_is_saddr = false;
		nm->has_obj = sf_find(r, "table", &nm->obj);
		nm->obj_kind = "firewall";
	}
	if ((r = find_type(recs, n, T_BPF)) != NULL) {
		nm->action = sf_find(r, "op", &fl) ? bpf_action(&fl) :
						      "bpf-program";
		nm->obj_is_file = nm->obj_is_saddr = false;
		nm->has_obj = sf_find(r, "prog-id", &nm->obj);
		nm->obj_kind = "process";
	}
	if ((r = find_type(recs, n, T_ANOM_PROMISCUOUS)) != NULL) {
		nm->action = sf_find(r, "prom", &fl) &&
			     !SLICE_EQ(fl.v, fl.vlen, "0") ?
			     "entered-promiscuous-mode-on-device" :
			     "left-promiscuous-mode-on-device";
		nm->obj_is_file = nm->obj_is_saddr = false;
		nm->has_obj = sf_find(r, "dev", &nm->obj);
		nm->obj_kind = "socket";
	}
	if ((r = find_type(recs, n, T_MAC_STATUS)) != NULL) {
		nm->action = "changed-selinux-enforcement-to";
		nm->obj_is_file = nm->obj_is_saddr = false;
		nm->has_obj = sf_find(r, "enforcing", &nm->obj);
		nm->obj_kind = "mac-config";
	}
}

/* a syscall of no class: the rule's key, if it has one */
static void rule_object(struct norm *nm)
{
	if (nm->has_key) {
		nm->action = "triggered-audit-rule";
		nm->obj = nm->key;
		nm->has_obj = true;
	} else {
		nm->action = "triggered-unknown-audit-rule";
	}
	nm->obj_kind = "admin-defined-rule";
}

/* the field after fl in its record */
static bool field_after(const struct record *r, const struct fld *fl,
			struct fld *out)
{
	size_t i;

	for (i = 0; i + 1 < r->nfields && i + 1 < r->max_fields; i++) {
		const struct record_field *a = &r->fields[i];
		const struct record_field *b = &r->fields[i + 1];

		if (r->line + a->name != fl->name)
			continue;
		out->r = r;
		out->name = r->line + b->name;
		out->nlen = b->name_len;
		out->v = r->line + b->val;
		out->vlen = b->val_len;
		return true;
	}
	return false;
}

static void simple_event(struct searchfmt *f, struct norm *nm)
{
	const struct record *r = nm->first;
	const char *tname = r->rtype > 0 ?
		tables_msgtype_name((unsigned)r->rtype) : NULL;
	const struct simple *s = NULL;
	struct fld op;
	size_t i;

	for (i = 0; tname && i < NELEM(simples); i++)
		if (strcmp(simples[i].type, tname) == 0)
			s = &simples[i];
	nm->obj_kind = "unknown";
	if (s == NULL) {
		/* a record the normalizer has no rule for: its uid and
		 * result only */
		nm->has_prime = sf_find(r, "auid", &nm->prime) &&
				sf_field_kind(r->rtype, nm->prime.name,
					      nm->prime.nlen, nm->prime.v,
					      nm->prime.vlen) == K_UID;
		nm->has_sec = sf_find(r, "uid", &nm->sec);
		nm->subj_kind = nm->has_sec ? subject_kind(f, &nm->sec) : NULL;
		nm->has_result = sf_find(r, "res", &nm->result);
		nm->has_how = sf_find(r, "exe", &nm->how);
		return;
	}
	if (s->action[0] == '@')
		nm->has_action_fld = sf_find(r, s->action + 1, &nm->action_fld);
	else
		nm->action = s->action;
	nm->obj_kind = s->obj_kind;
	if (s->subj != S_NONE) {
		nm->has_session = sf_find(r, "ses", &nm->session);
		if (s->subj == S_ID) {
			/* the account's name when there is no id= */
			nm->has_prime = sf_find(r, "id", &nm->prime);
			if (nm->has_prime)
				nm->subj_kind = subject_kind(f, &nm->prime);
			else if ((nm->has_prime = sf_find(r, "acct", &nm->prime)))
				nm->subj_kind = acct_kind(f, &nm->prime);
			else
				nm->subj_kind = NULL;
		} else if (s->subj == S_UID_ONLY) {
			nm->has_session = false;
			nm->has_sec = sf_find(r, "uid", &nm->sec);
			nm->subj_kind = nm->has_sec ?
				subject_kind(f, &nm->sec) : NULL;
		} else if (s->subj == S_OLD_AUID) {
			nm->has_prime = sf_find(r, "old-auid", &nm->prime);
			nm->has_sec = sf_find(r, "uid", &nm->sec);
			nm->subj_kind = nm->has_sec ?
				subject_kind(f, &nm->sec) : NULL;
		} else {
			nm->has_prime = sf_find(r, "auid", &nm->prime);
			if (s->subj == S_AUID_UID)
				nm->has_sec = sf_find(r, "uid", &nm->sec);
			nm->subj_kind = nm->has_sec ?
				subject_kind(f, &nm->sec) : NULL;
		}
	}
	if (strncmp(tname, "DAEMON_", 7) == 0)
		nm->subj_kind = "auditd";
	if (strcmp(tname, "NETFILTER_CFG") == 0)
		nm->subj_kind = "system";
	/* the normalizer takes no label from a SECCOMP record */
	nm->has_subj_label = strcmp(tname, "SECCOMP") != 0 &&
			     sf_find(r, "subj", &nm->subj_label);
	/* a seccomp action is its result */
	nm->has_result = sf_find(r, strcmp(tname, "SECCOMP") == 0 ? "code" :
				 "res", &nm->result);
	if (s->obj) {
		nm->has_obj = sf_find(r, s->obj, &nm->obj);
		if (!nm->has_obj && strcmp(s->obj, "acct") == 0)
			nm->has_obj = sf_find(r, "id", &nm->obj);
	}
	if (s->how && s->how[0] == '=')
		nm->how_literal = s->how + 1;
	else if (s->how)
		nm->has_how = sf_find(r, s->how, &nm->how);
	if (nm->has_obj && nm->obj.vlen == 6 &&
	    memcmp(nm->obj.v, "(null)", 6) == 0)
		nm->has_obj = false;
	if (r->rtype == T_CONFIG_CHANGE && sf_find(r, "op", &op)) {
		if (op.vlen == 8 && memcmp(op.v, "add_rule", 8) == 0)
			nm->action = "added-audit-rule";
		else if (op.vlen == 11 && memcmp(op.v, "remove_rule", 11) == 0)
			nm->action = "deleted-audit-rule";
		else if (SLICE_EQ(op.v, op.vlen, "set"))
			nm->has_obj = field_after(r, &op, &nm->obj);
	}
	if (strcmp(tname, "BPF") == 0) {
		nm->subj_kind = "system";
		if (sf_find(r, "op", &op))
			nm->action = bpf_action(&op);
	}
	if (strcmp(tname, "EVENT_LISTENER") == 0) {
		nm->has_action_fld = false;
		nm->action = sf_find(r, "op", &op) &&
			     SLICE_EQ(op.v, op.vlen, "connect") ?
			     "connected-to" : "disconnected-from";
	}
	if (strcmp(tname, "FEATURE_CHANGE") == 0)
		nm->has_result = false;
	if (strcmp(tname, "AVC") == 0 || strcmp(tname, "USER_AVC") == 0) {
		nm->has_prime = sf_find(r, "scontext", &nm->prime);
		if (strcmp(tname, "AVC") == 0) {
			nm->has_sec = false;
			nm->subj_kind = "unknown-acct";
			nm->has_how = sf_find(r, "comm", &nm->how);
			/* "denied" in the text, no result field */
			nm->has_result = false;
			nm->avc_denied = memmem(r->line, r->len, " denied ", 8) != NULL;
		}
	}
}

bool sf_normalize(struct searchfmt *f, struct norm *nm,
		      const struct record *recs, size_t n)
{
	memset(nm, 0, sizeof(*nm));
	nm->first = &recs[0];
	nm->kind = event_kind(recs[0].rtype);
	if (n > 1 || recs[0].rtype == T_SYSCALL) {
		if (find_type(recs, n, T_SYSCALL) == NULL)
			return false;
		syscall_event(f, nm, recs, n);
	} else {
		simple_event(f, nm);
	}
	return true;
}

