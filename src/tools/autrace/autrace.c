/* autrace - run a program with every system call it and its children make
 * audited: audit 3.0.9's autrace, byte for byte (the project's spec of the
 * tools, section 4; autrace(8)), on vigil's rule compiler and netlink layer.
 *
 * The sequence: refuse to run beside loaded rules; fork a child that says
 * what it waits for and blocks on a pipe; add two exit-list rules, one for
 * pid=CHILD and one for ppid=CHILD; a second later release the child, which
 * execs the program; wait for it, then delete every rule (as auditctl -D)
 * and say how to find the records. The records themselves are the audit
 * daemon's to write.
 */
#include <cap-ng.h>
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "netlink.h"
#include "rules.h"
#include "tables.h"
#include "util.h"

/* how long a listing or an ACK may keep us waiting */
#define KERNEL_TIMEOUT_MS	4000

/* -r: the calls that touch files and the network. Machines whose kernels
 * have no such call (aarch64 has only the *at forms; i386 and s390 reach
 * sockets through socketcall) leave that group out. */
static const char *const resource_calls[] = {
	"openat", "truncate", "renameat", "unlinkat", "mknodat", "mkdirat",
	"chdir", "fchownat", "fchmodat", "linkat", "symlinkat", "readlinkat",
	"execve", "name_to_handle_at", "openat2", "sendfile",
};
static const char *const resource_path_calls[] = {
	"open", "creat", "rename", "unlink", "mknod", "mkdir", "rmdir",
	"chown", "lchown", "chmod", "link", "symlink", "readlink",
};
static const char *const resource_net_calls[] = {
	"connect", "bind", "accept", "sendto", "recvfrom", "accept4",
};
/* socketcall's first argument for those six (socketcall(2)): connect 3,
 * bind 2, accept 5, sendto 11, recvfrom 12, accept4 18 */
static const char *const socketcall_ops[] = {
	"a0=3", "a0=2", "a0=5", "a0=11", "a0=12", "a0=18",
};

/* the longest compiler command line built here: the -r rule */
#define MAX_WORDS	(8 + 2 * (NELEM(resource_calls) + NELEM(resource_path_calls) + \
				  NELEM(resource_net_calls)))

static void usage(void)
{
	fputs("usage: autrace [-r] program\n", stderr);
	exit(1);
}

static uint32_t native_arch(void)
{
	struct utsname u;

	if (uname(&u) < 0)
		return 0;
	return tables_arch_number(u.machine);
}

static int socketcall_arch(uint32_t arch)
{
	return arch == AUDIT_ARCH_I386 || arch == AUDIT_ARCH_S390 || arch == AUDIT_ARCH_S390X;
}

static int may_control_audit(void)
{
	if (capng_get_caps_process() < 0)
		return geteuid() == 0;
	return capng_have_capability(CAPNG_EFFECTIVE, CAP_AUDIT_CONTROL);
}

/* The program must be there and executable as named: no PATH search here
 * (execvp searches PATH later). A missing program word reaches access(2) as
 * a null pointer in Debian's autrace, which the kernel answers EFAULT. */
static int check_program(const char *prog)
{
	int e = EFAULT;

	if (prog) {
		if (access(prog, X_OK) == 0)
			return 0;
		e = errno;
	}
	if (e == ENOENT)
		fprintf(stderr, "Error - can't find: %s\n", prog);
	else
		fprintf(stderr, "Error checking %s (%s)\n", prog ? prog : "(null)", strerror(e));
	return -1;
}

/* The number of rules loaded, or -errno. */
static int count_rules(void)
{
	struct netlink_list l;
	int fd, e, n;

	fd = netlink_open(NETLINK_MODE_REQUEST, 0);
	if (fd < 0)
		return fd;
	e = netlink_dump(fd, AUDIT_LIST_RULES, &l, KERNEL_TIMEOUT_MS);
	close(fd);
	if (e < 0)
		return e;
	n = (int)l.n;
	netlink_list_free(&l);
	return n;
}

/* Every rule, whoever loaded it: the listing, then one deletion each. */
static void delete_all_rules(int fd)
{
	struct netlink_list l;
	unsigned i;

	if (netlink_dump(fd, AUDIT_LIST_RULES, &l, KERNEL_TIMEOUT_MS) < 0)
		return;
	for (i = 0; i < l.n; i++)
		netlink_request(fd, AUDIT_DEL_RULE, l.data[i], l.len[i], KERNEL_TIMEOUT_MS);
	netlink_list_free(&l);
}

/* One rule, written as auditctl's words and compiled by its compiler:
 * exit list, action always, the syscalls (NULL-terminated), then the
 * fields (NULL-terminated). 0 once the kernel has taken it, else -1. */
static int add_rule(int fd, uint32_t arch, const char *const *calls, const char *const *fields)
{
	const char *words[MAX_WORDS];
	struct rules_cmd cmd = { 0 };
	unsigned n = 0, i;
	int rc = -1;

	words[n++] = "autrace";
	words[n++] = "-a";
	words[n++] = "exit,always";
	for (; *calls; calls++) {
		words[n++] = "-S";
		words[n++] = *calls;
	}
	for (; *fields; fields++) {
		words[n++] = "-F";
		words[n++] = *fields;
	}
	words[n] = NULL;
	if (rules_compile_argv((int)n, (char *const *)words, 0, arch, &cmd, NULL) == 0) {
		for (i = 0; i < cmd.n; i++) {
			const struct rules_action *a = &cmd.acts[i];

			if (a->act == RULES_ACT_ADD &&
			    netlink_request(fd, AUDIT_ADD_RULE, a->rule.data,
					    rules_rule_size(&a->rule), KERNEL_TIMEOUT_MS) == 0)
				rc = 0;
		}
	}
	rules_cmd_free(&cmd);
	return rc;
}

/* The rules for one field ("pid=N" or "ppid=N"): every call, or with -r
 * the resource calls of this machine. */
static int add_field_rules(int fd, uint32_t arch, int resource, const char *field)
{
	static const char *const all[] = { "all", NULL };
	const char *calls[NELEM(resource_calls) + NELEM(resource_path_calls) +
			  NELEM(resource_net_calls) + 1];
	const char *fields[] = { field, NULL, NULL };
	unsigned n = 0, i;

	if (!resource)
		return add_rule(fd, arch, all, fields);
	for (i = 0; i < NELEM(resource_calls); i++)
		calls[n++] = resource_calls[i];
	if (arch != AUDIT_ARCH_AARCH64)
		for (i = 0; i < NELEM(resource_path_calls); i++)
			calls[n++] = resource_path_calls[i];
	if (!socketcall_arch(arch))
		for (i = 0; i < NELEM(resource_net_calls); i++)
			calls[n++] = resource_net_calls[i];
	calls[n] = NULL;
	if (add_rule(fd, arch, calls, fields) < 0)
		return -1;
	if (socketcall_arch(arch)) {
		static const char *const socketcall[] = { "socketcall", NULL };

		for (i = 0; i < NELEM(socketcall_ops); i++) {
			fields[1] = socketcall_ops[i];
			if (add_rule(fd, arch, socketcall, fields) < 0)
				return -1;
		}
	}
	return 0;
}

/* The child: say what it waits for, wait for the rules, become the program.
 * stdout is the parent's: written only when it is a terminal or when the
 * child exits without exec (stdio's buffer goes with the exec), as
 * Debian's. */
static void run_child(int rfd, int wfd, char *const argv[])
{
	char go;

	close(wfd);
	printf("Waiting to execute: %s\n", argv[0]);
	/* autrace gone without releasing us: the program would run
	 * untraced, so it does not run */
	if (read(rfd, &go, 1) != 1)
		_exit(1);
	close(rfd);
	execvp(argv[0], argv);
	fprintf(stderr, "Failed to exec %s\n", argv[0]);
	exit(1);
}

/* The parent: rules for the child, release it, wait, clean up. */
static int trace(pid_t child, int wfd, int resource)
{
	uint32_t arch = native_arch();
	char pidf[32], ppidf[32];
	const char *fields[] = { pidf, ppidf };
	unsigned i;
	int fd;

	fd = netlink_open(NETLINK_MODE_REQUEST, 0);
	if (fd < 0) {
		kill(child, SIGTERM);
		return 1;
	}
	snprintf(pidf, sizeof(pidf), "pid=%d", (int)child);
	snprintf(ppidf, sizeof(ppidf), "ppid=%d", (int)child);
	for (i = 0; i < NELEM(fields); i++) {
		if (add_field_rules(fd, arch, resource, fields[i]) < 0) {
			fprintf(stderr, "Error inserting audit rule for %s\n", fields[i]);
			goto fail;
		}
	}
	/* Debian's pause before the release (a second for the rules to be
	 * in force; they are once acknowledged, but the timing is kept) */
	sleep(1);
	if (write(wfd, "1", 1) != 1)
		goto fail;
	while (waitpid(child, NULL, 0) < 0 && errno == EINTR)
		;
	close(wfd);
	printf("Cleaning up...\n");
	delete_all_rules(fd);
	close(fd);
	printf("Trace complete. You can locate the records with 'ausearch -i -p %d'\n",
	       (int)child);
	return 0;
fail:
	kill(child, SIGTERM);
	delete_all_rules(fd);
	close(fd);
	return 1;
}

int main(int argc, char *argv[])
{
	int resource = 0, first = 1, n, p[2];
	pid_t child;

	if (argc < 2 || strcmp(argv[1], "-h") == 0)
		usage();
	/* -r counts only as the first word; later words are the program's */
	if (strcmp(argv[1], "-r") == 0) {
		resource = 1;
		first = 2;
	}
	if (!may_control_audit()) {
		fputs("You must be root or have capabilities to run this program.\n", stderr);
		return 1;
	}
	if (check_program(argv[first]) < 0)
		return 1;
	n = count_rules();
	if (n < 0) {
		if (n == -ECONNREFUSED)
			fputs("The audit system is disabled\n", stderr);
		else
			fputs("Error - can't get rule count.\n", stderr);
		return 1;
	}
	if (n > 0) {
		fputs("autrace cannot be run with rules loaded.\n"
		      "Please delete all rules using 'auditctl -D' if you really wanted to\n"
		      "run this command.\n", stderr);
		return 1;
	}
	if (pipe(p) < 0) {
		fprintf(stderr, "Error creating pipe (%s)\n", strerror(errno));
		return 1;
	}
	child = fork();
	if (child < 0) {
		fprintf(stderr, "Error forking (%s)\n", strerror(errno));
		return 1;
	}
	if (child == 0)
		run_child(p[0], p[1], argv + first);
	close(p[0]);
	return trace(child, p[1], resource);
}
