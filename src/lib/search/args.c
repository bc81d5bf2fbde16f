/* args.c - ausearch -i's syscall= and a0..a3 values (../shared/spec:
 * ausearch 2.7.3 syscall, 2.7.4): by the record's syscall, named as the
 * record library names them for auditctl (interp_syscall_arg_names()),
 * with the few forms ausearch prints differently.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "searchfmt-internal.h"

#define T_SYSCALL	1300
#define T_SECCOMP	1326

/* A SYSCALL record's syscall: the first syscall= field's number (a
 * later one does not count), -1 without one. */
static int record_syscall(const struct record *r)
{
	unsigned long long nr;
	size_t i;

	for (i = 0; i < r->nfields && i < r->max_fields; i++) {
		const struct record_field *fl = &r->fields[i];

		if (fl->name_len == 7 &&
		    memcmp(r->line + fl->name, "syscall", 7) == 0)
			return sf_number(r->line + fl->val, fl->val_len, 10, &nr) ?
			       (int)nr : -1;
	}
	return -1;
}

/* Syscalls whose a0 (a2 for the second of a pair) is a directory fd:
 * auparse names AT_FDCWD; auditctl -l -i does not, so the record
 * library's tables do not have them. */
static const char *const dirfd_a0[] = {
	"faccessat", "faccessat2", "fchmodat", "fchownat", "futimesat",
	"linkat", "mkdirat", "mknodat", "name_to_handle_at", "newfstatat",
	"openat", "openat2", "readlinkat", "renameat", "renameat2",
	"unlinkat", "utimensat",
};
static const char *const dirfd_a2[] = {
	"linkat", "readlinkat", "renameat", "renameat2",
};
#define AT_FDCWD_VALUE	0xffffff9cULL

static bool is_dirfd(const char *sc, unsigned argn)
{
	size_t i;

	if (sc == NULL || (argn != 0 && argn != 2))
		return false;
	if (argn == 0) {
		for (i = 0; i < NELEM(dirfd_a0); i++)
			if (sc[0] == dirfd_a0[i][0] && strcmp(sc, dirfd_a0[i]) == 0)
				return true;
		return false;
	}
	for (i = 0; i < NELEM(dirfd_a2); i++)
		if (sc[0] == dirfd_a2[i][0] && strcmp(sc, dirfd_a2[i]) == 0)
			return true;
	return false;
}

/* Arguments whose unnamed value auparse prints with "0x%x" rather than
 * as written: ioctl's request, clone flags. */
static bool printfd_fallback(uint32_t arch, int syscall, unsigned argn)
{
	static const struct {
		const char *name;
		unsigned argn;
	} printfd[] = {
		{ "ioctl", 1 }, { "clone", 2 }, { "unshare", 0 },
		{ "setns", 1 },
	};
	const char *name = syscall >= 0 ? tables_syscall_name(arch, syscall) :
					  NULL;
	size_t i;

	for (i = 0; name && i < NELEM(printfd); i++)
		if (printfd[i].argn == argn && strcmp(printfd[i].name, name) == 0)
			return true;
	return false;
}

/* The unknown-...(n) forms that print the number in decimal; the
 * others print the argument as written. */
static bool decimal_unknown(const char *text)
{
	return strncmp(text, "unknown-fcntl-command(", 22) == 0 ||
	       strncmp(text, "unknown-epoll_ctl-operation(", 28) == 0;
}

/* a0..a3: by the syscall's name, else 0x<value> */
void sf_put_arg(struct searchfmt *f, struct sfout *o,
		    const struct record *r, unsigned argn, const char *v,
		    size_t n)
{
	unsigned long long val, a1 = 0;
	uint32_t arch = f->arch ? f->arch : f->o.host_arch;
	int syscall = record_syscall(r);
	char buf[INTERP_ARG_MAX];
	size_t i;
	int len = -1;

	if (r->rtype != T_SYSCALL && r->rtype != T_SECCOMP) {
		/* as put_syscall(): read */
		arch = f->o.host_arch;
		syscall = 0;
	}

	for (i = 0; i < r->nfields && i < r->max_fields; i++) {
		const struct record_field *fl = &r->fields[i];

		if (fl->name_len == 2 && memcmp(r->line + fl->name, "a1", 2) == 0)
			sf_number(r->line + fl->val, fl->val_len, 16, &a1);
	}
	if (sf_number(v, n, 16, &val) && syscall >= 0 &&
	    is_dirfd(tables_syscall_name(arch, syscall), argn)) {
		if (val == AT_FDCWD_VALUE) {
			sf_puts(o, "AT_FDCWD");
			return;
		}
	} else if (syscall >= 0 && sf_number(v, n, 16, &val))
		len = interp_syscall_arg_names(arch, syscall, argn,
					       (uint32_t)val, (uint32_t)r->a0,
					       (uint32_t)a1, f->o.lookup, buf,
					       sizeof(buf));
	if (len < 0 && printfd_fallback(arch, syscall, argn)) {
		sf_put_fmt(o, "0x%llx", (uint32_t)val);
	} else if (len < 0) {
		sf_puts(o, "0x");
		sf_put(o, v, n);
	} else if (len > 8 && memcmp(buf, "unknown-", 8) == 0 &&
		   memchr(buf, '(', (size_t)len) && !decimal_unknown(buf)) {
		/* an unknown value in hex is shown as written */
		const char *open = memchr(buf, '(', (size_t)len);
		size_t pre = (size_t)(open - buf) + 1;

		if (open[1] == '0' && open[2] == 'x')
			pre += 2;
		sf_put(o, buf, pre);
		sf_put(o, v, n);
		sf_putc(o, ')');
	} else {
		sf_put(o, buf, (size_t)len);
	}
}

/* by the arch= rendered before it in the record (SECCOMP has its own
 * fields), else this machine's; socketcall/ipc with their call from a0 */
void sf_put_syscall(struct searchfmt *f, struct sfout *o,
			const struct record *r, const char *v, size_t n)
{
	unsigned long long nr;
	const char *name, *call = NULL;
	uint32_t arch = f->arch ? f->arch : f->o.host_arch;

	if (!sf_number(v, n, 10, &nr)) {
		sf_conversion_error(o, v, n);
		return;
	}
	/* observed: in any other record the syscall shown is this
	 * machine's number 0, whatever the value */
	if (r->rtype == T_SYSCALL || r->rtype == T_SECCOMP) {
		nr = (unsigned long long)record_syscall(r);
	} else if (r->rtype != T_SECCOMP) {
		arch = f->o.host_arch;
		nr = 0;
	}
	name = tables_syscall_name(arch, (int)nr);
	if (name == NULL) {
		sf_put_fmt(o, "unknown-syscall(%lld)", (unsigned long long)(int)nr);
		return;
	}
	sf_puts(o, name);
	if (strcmp(name, "socketcall") == 0)
		call = interp_socketcall_name((long)r->a0);
	else if (strcmp(name, "ipc") == 0)
		call = interp_ipccall_name((long)r->a0);
	if (call) {
		sf_putc(o, '(');
		sf_puts(o, call);
		sf_putc(o, ')');
	}
}
