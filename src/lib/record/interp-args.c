/* interp-args.c - the names `auditctl -l -i` gives to a syscall argument.
 *
 * auditctl hands a0-a3 of a rule with a single syscall to libauparse,
 * which interprets them as ausearch -i interprets a SYSCALL record: by
 * syscall name and argument, one of the kinds below. The names are in
 * interp-tables.h (generated from libauparse 3.0.9, see
 * tests/data/rules/gen-interp.py); how they are put together, and what an
 * unknown value prints, was observed the same way and is checked against
 * the library on random values by tests/data/rules/interp-diff.py. A few
 * of the library's slips are kept on purpose: "IGPWR" for signal 30,
 * "~ADDR_NO_RANDOMIZE", F_SETOWN's argument read as a uid, clone's flags
 * read from a2.
 */
#include <netdb.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "util.h"
#include "record.h"
#include "tables.h"

struct interp_name {
	uint32_t value;
	const char *name;
};

#include "interp-tables.h"

#define TABLE(t)	t, NELEM(t)

enum kind {
	K_ACCESS, K_BPF, K_CAPABILITY_BY_A0, K_CLOCK, K_CLONE, K_EPOLL,
	K_EXIT, K_FAMILY, K_FCNTL, K_FCNTL_ARG, K_GID, K_IOCTL, K_LEVEL,
	K_MMAP, K_MODE, K_MODE_BY_A1, K_MODE_SHORT, K_MOUNT, K_MPROT, K_MSG,
	K_OPEN, K_PERSONALITY, K_PRCTL, K_PROT, K_PROTO, K_PTRACE, K_RLIMIT,
	K_SCHED, K_SHM, K_SIGNAL, K_SOCKETCALL, K_SOCKOPT, K_SOCKTYPE,
	K_UID, K_UMOUNT, K_WHENCE,
};

/* Which argument of which syscall is interpreted, and how. */
static const struct {
	const char *syscall;
	unsigned argn;
	enum kind kind;
} args[] = {
	{ "access", 1, K_ACCESS },
	{ "bpf", 0, K_BPF },
	{ "chmod", 1, K_MODE_SHORT },
	{ "chown", 1, K_UID },
	{ "chown32", 1, K_UID },
	{ "clock_settime", 0, K_CLOCK },
	{ "clone", 2, K_CLONE },
	{ "creat", 1, K_MODE_SHORT },
	{ "epoll_ctl", 1, K_EPOLL },
	{ "exit", 0, K_EXIT },
	{ "exit_group", 0, K_EXIT },
	{ "faccessat", 2, K_ACCESS },
	{ "faccessat2", 2, K_ACCESS },
	{ "fchmod", 1, K_MODE_SHORT },
	{ "fchmodat", 2, K_MODE_SHORT },
	{ "fcntl", 1, K_FCNTL },
	{ "fcntl", 2, K_FCNTL_ARG },
	{ "fcntl64", 1, K_FCNTL },
	{ "fcntl64", 2, K_FCNTL_ARG },
	{ "getrlimit", 0, K_RLIMIT },
	{ "getsockopt", 1, K_LEVEL },
	{ "getsockopt", 2, K_SOCKOPT },
	{ "ioctl", 1, K_IOCTL },
	{ "kill", 1, K_SIGNAL },
	{ "lseek", 2, K_WHENCE },
	{ "mkdir", 1, K_MODE_SHORT },
	{ "mkdirat", 2, K_MODE_SHORT },
	{ "mknod", 1, K_MODE },
	{ "mknodat", 2, K_MODE_SHORT },
	{ "mmap", 2, K_PROT },
	{ "mmap", 3, K_MMAP },
	{ "mount", 3, K_MOUNT },
	{ "mprotect", 2, K_MPROT },
	{ "mq_open", 1, K_OPEN },
	{ "mq_open", 2, K_MODE_BY_A1 },
	{ "open", 1, K_OPEN },
	{ "open", 2, K_MODE_BY_A1 },
	{ "open_by_handle_at", 2, K_OPEN },
	{ "openat", 2, K_OPEN },
	{ "personality", 0, K_PERSONALITY },
	{ "prctl", 0, K_PRCTL },
	{ "prctl", 1, K_CAPABILITY_BY_A0 },
	{ "ptrace", 0, K_PTRACE },
	{ "recv", 3, K_MSG },
	{ "recvfrom", 3, K_MSG },
	{ "recvmmsg", 3, K_MSG },
	{ "recvmsg", 2, K_MSG },
	{ "rt_sigaction", 0, K_SIGNAL },
	{ "sched_setscheduler", 1, K_SCHED },
	{ "send", 3, K_MSG },
	{ "sendmmsg", 3, K_MSG },
	{ "sendmsg", 2, K_MSG },
	{ "sendto", 3, K_MSG },
	{ "setfsgid", 0, K_GID },
	{ "setfsuid", 0, K_UID },
	{ "setgid", 0, K_GID },
	{ "setns", 1, K_CLONE },
	{ "setregid", 0, K_GID },
	{ "setregid", 1, K_GID },
	{ "setresgid", 0, K_GID },
	{ "setresgid", 1, K_GID },
	{ "setresgid", 2, K_GID },
	{ "setresuid", 0, K_UID },
	{ "setresuid", 1, K_UID },
	{ "setresuid", 2, K_UID },
	{ "setreuid", 0, K_UID },
	{ "setreuid", 1, K_UID },
	{ "setrlimit", 0, K_RLIMIT },
	{ "setsockopt", 1, K_LEVEL },
	{ "setsockopt", 2, K_SOCKOPT },
	{ "setuid", 0, K_UID },
	{ "shmget", 2, K_SHM },
	{ "socket", 0, K_FAMILY },
	{ "socket", 1, K_SOCKTYPE },
	{ "socket", 2, K_PROTO },
	{ "socketcall", 0, K_SOCKETCALL },
	{ "tgkill", 2, K_SIGNAL },
	{ "tkill", 1, K_SIGNAL },
	{ "umount2", 1, K_UMOUNT },
	{ "unshare", 0, K_CLONE },
};

/* Named values: the value under mask looked up; an unknown value prints
 * in the form given (its argument is the whole value). */
struct enum_kind {
	const struct interp_name *names;
	size_t n;
	uint32_t mask;
	const char *unknown;
};

static const struct enum_kind enum_bpf = {
	TABLE(bpf_cmds), ~0u, "unknown-bpf-cmd(%x)" };
static const struct enum_kind enum_clock = {
	TABLE(clocks), ~0u, "unknown-clk_id(0x%x)" };
static const struct enum_kind enum_epoll = {
	TABLE(epoll_ops), ~0u, "unknown-epoll_ctl-operation(%d)" };
static const struct enum_kind enum_fcntl = {
	TABLE(fcntl_cmds), ~0u, "unknown-fcntl-command(%d)" };
static const struct enum_kind enum_rlimit = {
	TABLE(rlimits), ~0u, "unknown-rlimit(0x%x)" };
static const struct enum_kind enum_whence = {
	TABLE(whences), 0xff, "unknown-whence(%x)" };
static const struct enum_kind enum_prctl = {
	TABLE(prctl_opts), ~0u, "unknown-prctl-option(0x%x)" };
static const struct enum_kind enum_ptrace = {
	TABLE(ptrace_reqs), ~0u, "unknown-ptrace(0x%x)" };
static const struct enum_kind enum_socktype = {
	TABLE(sock_types), 0xff, "unknown-type(%x)" };
static const struct enum_kind enum_signal = {
	TABLE(signals), ~0u, "unknown-signal(0x%x)" };
static const struct enum_kind enum_capability = {
	TABLE(capabilities), ~0u, "unknown-capability(0x%x)" };

/* setsockopt/getsockopt option names by level (a1) */
static const struct {
	uint32_t level;
	struct enum_kind names;
} sockopts[] = {
	{ 0, { TABLE(ip_opts), ~0u, "unknown-ipopt-name(0x%x)" } },
	{ 1, { TABLE(sock_opts), ~0u, "unknown-sockopt-name(0x%x)" } },
	{ 6, { TABLE(tcp_opts), ~0u, "unknown-tcpopt-name(0x%x)" } },
	{ 17, { TABLE(udp_opts), ~0u, "unknown-udpopt-name(0x%x)" } },
	{ 41, { TABLE(ip6_opts), ~0u, "unknown-ip6opt-name(0x%x)" } },
	{ 263, { TABLE(packet_opts), ~0u, "unknown-pktopt-name(0x%x)" } },
};

#define O_CREAT_BIT		0x40	/* what auparse tests, on every arch */
#define F_SETFD_CMD		2
#define F_SETOWN_CMD		8
#define FD_CLOEXEC_BIT		1
#define PR_SET_PDEATHSIG_OPT	1
#define PR_CAPBSET_READ_OPT	23
#define PR_CAPBSET_DROP_OPT	24
#define SCHED_RESET_ON_FORK_BIT	0x40000000
#define ADDR_NO_RANDOMIZE_BIT	0x0040000
#define SOL_SOCKET_LEVEL	1
#define CLONE_SIGNAL_MASK	0xff
#define MODE_TYPE_MASK		0170000
#define MODE_SPECIAL		07000
#define MODE_PERMS		0777

/* The output of one interpretation. */
struct text {
	char *p;
	size_t size;
	size_t len;
	bool full;
	const struct names_lookup *lookup;	/* NULL: NSS */
};

__attribute__((format(printf, 2, 3)))
static void add(struct text *t, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (t->full)
		return;
	va_start(ap, fmt);
	n = vsnprintf(t->p + t->len, t->size - t->len, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= t->size - t->len)
		t->full = true;
	else
		t->len += (size_t)n;
}

static const char *find(const struct interp_name *names, size_t n,
			uint32_t value)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (names[mid].value == value)
			return names[mid].name;
		if (names[mid].value < value)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static void add_enum(struct text *t, const struct enum_kind *k, uint32_t val)
{
	const char *name = find(k->names, k->n, val & k->mask);

	if (name)
		add(t, "%s", name);
	else
		add(t, k->unknown, val);
}

/* Flag names joined by '|' in table order; true if any was written. */
static bool add_flags(struct text *t, const struct interp_name *names,
		      size_t n, uint32_t val, bool first)
{
	bool any = false;
	size_t i;

	for (i = 0; i < n; i++) {
		if (!(val & names[i].value))
			continue;
		add(t, "%s%s", first ? "" : "|", names[i].name);
		first = false;
		any = true;
	}
	return any;
}

/* A flag set that has a name for "none of the low bits" (O_RDONLY for
 * the access mode, PROT_NONE, F_OK, MAP_FILE); false if nothing could
 * be said (auditctl then prints the hex). */
static bool add_flag_set(struct text *t, const char *zero, uint32_t zmask,
			 const struct interp_name *names, size_t n,
			 uint32_t val)
{
	bool first = true;

	if (zero && (val & zmask) == 0) {
		add(t, "%s", zero);
		first = false;
	}
	return add_flags(t, names, n, val, first) || !first;
}

/* PROT_NONE when none of read/write/exec is asked, whatever else is */
static bool add_prot(struct text *t, const struct interp_name *names,
		     size_t n, uint32_t val)
{
	if ((val & 0x7) == 0) {
		add(t, "PROT_NONE");
		return true;
	}
	return add_flags(t, names, n, val, true);
}

/* names.c's NSS lookups; a name too long for out[] makes t full, and the
 * caller then prints the hex, as before */
static void add_user(struct text *t, uint32_t id, bool group)
{
	char name[INTERP_ARG_MAX + 1];
	int rc;

	if (id == 0xffffffffu) {
		add(t, "unset");
		return;
	}
	if (t->lookup && group)
		rc = t->lookup->gid_name(id, name, sizeof(name), t->lookup->arg);
	else if (t->lookup)
		rc = t->lookup->uid_name(id, name, sizeof(name), t->lookup->arg);
	else if (group)
		rc = names_nss_gid(id, name, sizeof(name), NULL);
	else
		rc = names_nss_uid(id, name, sizeof(name), NULL);
	if (rc == 0)
		add(t, "%s", name);
	else
		add(t, "unknown(%d)", (int)id);
}

static const char *protocol_name(uint32_t nr, char *buf, size_t size)
{
	struct protoent pe, *res = NULL;

	if (nr > 0x7fffffff ||
	    getprotobynumber_r((int)nr, &pe, buf, size, &res) != 0 || !res)
		return NULL;
	return res->p_name;
}

static void add_level(struct text *t, uint32_t val)
{
	char buf[1024];
	const char *name = NULL;

	if (val != SOL_SOCKET_LEVEL)
		name = protocol_name(val, buf, sizeof(buf));
	if (name == NULL)
		name = find(TABLE(sol_levels), val);
	if (name)
		add(t, "%s", name);
	else
		add(t, "unknown-sockopt-level(0x%x)", val);
}

/* permission bits with the special ones spelled out: "suid,sticky,0755" */
static void add_perms(struct text *t, uint32_t val, const char *digits)
{
	if (val & 04000)
		add(t, "suid,");
	if (val & 02000)
		add(t, "sgid,");
	if (val & 01000)
		add(t, "sticky,");
	add(t, digits, val & MODE_PERMS);
}

/* a full mode: "file,644", an unnamed type as octal: "011,000" */
static void add_mode(struct text *t, uint32_t val)
{
	const char *type = find(TABLE(file_types), val & MODE_TYPE_MASK);

	if (type)
		add(t, "%s,", type);
	else
		add(t, "%03o,", (val & MODE_TYPE_MASK) >> 12);
	add_perms(t, val, "%03o");
}

static bool add_clone(struct text *t, uint32_t val)
{
	const char *sig = NULL;
	bool any;

	any = add_flags(t, TABLE(clone_flags), val, true);
	if (val & CLONE_SIGNAL_MASK)
		sig = find(TABLE(signals), val & CLONE_SIGNAL_MASK);
	if (sig) {
		add(t, "%s%s", any ? "|" : "", sig);
		any = true;
	}
	return any;
}

/* false: nothing to say, the caller prints the hex */
static bool interpret(struct text *t, enum kind kind, uint32_t val,
		      uint32_t a0, uint32_t a1)
{
	const char *name;
	size_t i;

	switch (kind) {
	case K_ACCESS:
		return add_flag_set(t, "F_OK", 0xf, TABLE(access_modes), val);
	case K_BPF:
		add_enum(t, &enum_bpf, val);
		return true;
	case K_CAPABILITY_BY_A0:
		if (a0 == PR_SET_PDEATHSIG_OPT) {
			add_enum(t, &enum_signal, val);
			return true;
		}
		if (a0 == PR_CAPBSET_READ_OPT || a0 == PR_CAPBSET_DROP_OPT) {
			add_enum(t, &enum_capability, val);
			return true;
		}
		return false;
	case K_CLOCK:
		add_enum(t, &enum_clock, val);
		return true;
	case K_CLONE:
		return add_clone(t, val);
	case K_EPOLL:
		add_enum(t, &enum_epoll, val);
		return true;
	case K_EXIT:
		add(t, "%s", val == 0 ? "EXIT_SUCCESS" :
			     val == 1 ? "EXIT_FAILURE" : "UNKNOWN");
		return true;
	case K_FAMILY:
		name = interp_sockfam_name(val);
		if (name)
			add(t, "%s", name);
		else
			add(t, "unknown-family(0x%x)", val);
		return true;
	case K_FCNTL:
		add_enum(t, &enum_fcntl, val);
		return true;
	case K_FCNTL_ARG:
		if (a1 == F_SETOWN_CMD) {
			add_user(t, val, false);
			return true;
		}
		if (a1 == F_SETFD_CMD && val == FD_CLOEXEC_BIT) {
			add(t, "FD_CLOEXEC");
			return true;
		}
		return false;
	case K_GID:
		add_user(t, val, true);
		return true;
	case K_IOCTL:
		name = find(TABLE(ioctl_reqs), val);
		if (name == NULL)
			return false;
		add(t, "%s", name);
		return true;
	case K_LEVEL:
		add_level(t, val);
		return true;
	case K_MMAP:
		return add_flag_set(t, "MAP_FILE", 0xf, TABLE(mmap_flags), val);
	case K_MODE:
		add_mode(t, val);
		return true;
	case K_MODE_BY_A1:
		if (!(a1 & O_CREAT_BIT))
			return false;
		/* fall through */
	case K_MODE_SHORT:
		add_perms(t, val, "0%03o");
		return true;
	case K_MOUNT:
		return add_flags(t, TABLE(mount_flags), val, true);
	case K_MPROT:
		return add_prot(t, TABLE(mprotect_prots), val);
	case K_MSG:
		return add_flags(t, TABLE(msg_flags), val, true);
	case K_OPEN:
		return add_flag_set(t, "O_RDONLY", 0x3, TABLE(open_flags), val);
	case K_PERSONALITY:
		name = find(TABLE(personalities), val & 0xff);
		if (name == NULL) {
			add(t, "unknown-personality(0x%x)", val);
			return true;
		}
		/* the library's spelling, tilde included */
		add(t, "%s%s", name, val & ADDR_NO_RANDOMIZE_BIT ?
			     "|~ADDR_NO_RANDOMIZE" : "");
		return true;
	case K_PRCTL:
		add_enum(t, &enum_prctl, val);
		return true;
	case K_PROT:
		return add_prot(t, TABLE(mmap_prots), val);
	case K_PROTO: {
		char buf[1024];

		name = protocol_name(val, buf, sizeof(buf));
		if (name)
			add(t, "%s", name);
		else
			add(t, "unknown-proto(%x)", val);
		return true;
	}
	case K_PTRACE:
		add_enum(t, &enum_ptrace, val);
		return true;
	case K_RLIMIT:
		add_enum(t, &enum_rlimit, val);
		return true;
	case K_SCHED:
		name = find(TABLE(sched_policies), val & 0xf);
		if (name == NULL) {
			add(t, "unknown-scheduler-policy(0x%x)", val);
			return true;
		}
		add(t, "%s%s", name, val & SCHED_RESET_ON_FORK_BIT ?
			     "|SCHED_RESET_ON_FORK" : "");
		return true;
	case K_SHM:
		if (add_flags(t, TABLE(shm_flags), val, true))
			add(t, "|");
		add(t, "0%03o", val & MODE_PERMS);
		return true;
	case K_SIGNAL:
		add_enum(t, &enum_signal, val);
		return true;
	case K_SOCKETCALL:
		name = interp_socketcall_name(val);
		if (name)
			add(t, "%s", name);
		else
			add(t, "unknown-socketcall(%x)", val);
		return true;
	case K_SOCKOPT:
		for (i = 0; i < NELEM(sockopts); i++)
			if (sockopts[i].level == a1) {
				add_enum(t, &sockopts[i].names, val);
				return true;
			}
		return false;
	case K_SOCKTYPE:
		add_enum(t, &enum_socktype, val);
		return true;
	case K_UID:
		add_user(t, val, false);
		return true;
	case K_UMOUNT:
		return add_flags(t, TABLE(umount_flags), val, true);
	case K_WHENCE:
		add_enum(t, &enum_whence, val);
		return true;
	}
	return false;
}

int interp_syscall_arg(uint32_t arch, int syscall, unsigned argn, uint32_t val,
		       uint32_t a0, uint32_t a1, char *out, size_t outsz)
{
	return interp_syscall_arg_names(arch, syscall, argn, val, a0, a1, NULL,
					out, outsz);
}

int interp_syscall_arg_names(uint32_t arch, int syscall, unsigned argn,
			     uint32_t val, uint32_t a0, uint32_t a1,
			     const struct names_lookup *lookup, char *out,
			     size_t outsz)
{
	const char *name = tables_syscall_name(arch, syscall);
	struct text t = { .p = out, .size = outsz, .lookup = lookup };
	size_t i;

	if (name == NULL || outsz == 0)
		return -1;
	for (i = 0; i < NELEM(args); i++) {
		/* the first byte before the call: most entries differ there */
		if (args[i].argn != argn || args[i].syscall[0] != name[0] ||
		    strcmp(args[i].syscall, name) != 0)
			continue;
		out[0] = '\0';
		if (!interpret(&t, args[i].kind, val, a0, a1) || t.full)
			return -1;
		return (int)t.len;
	}
	return -1;
}

/* The same names for a field of a record (ausearch -i: sig=, capability=,
 * oflag=, flags=, ...): the kinds a syscall argument and a field share. */
static const struct {
	enum interp_value_kind value;
	enum kind kind;
} value_kinds[] = {
	{ INTERP_VALUE_SIGNAL, K_SIGNAL },
	{ INTERP_VALUE_OPEN, K_OPEN },
	{ INTERP_VALUE_MMAP, K_MMAP },
	{ INTERP_VALUE_PERSONALITY, K_PERSONALITY },
	{ INTERP_VALUE_IOCTL, K_IOCTL },
	{ INTERP_VALUE_MODE_SHORT, K_MODE_SHORT },
	{ INTERP_VALUE_MODE, K_MODE },
};

int interp_value(enum interp_value_kind kind, uint32_t val, char *out,
		 size_t outsz)
{
	struct text t = { .p = out, .size = outsz };
	size_t i;

	if (outsz == 0)
		return -1;
	out[0] = '\0';
	if (kind == INTERP_VALUE_CAPABILITY) {
		const char *name = find(TABLE(capabilities), val);

		if (name == NULL)
			return -1;
		add(&t, "%s", name);
		return t.full ? -1 : (int)t.len;
	}
	for (i = 0; i < NELEM(value_kinds); i++) {
		if (value_kinds[i].value != kind)
			continue;
		if (!interpret(&t, value_kinds[i].kind, val, 0, 0) || t.full)
			return -1;
		return (int)t.len;
	}
	return -1;
}
