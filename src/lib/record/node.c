/* node.c - the node name auditd writes as "node=NAME " (name_format).
 *
 * Resolved once at startup and on SIGHUP, never per record: the renderer
 * only copies the result (format_set_node()).
 */
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "format.h"

int format_resolve_node(enum format_name how, const char *user_name,
			char *out, size_t outlen, char *err, size_t errlen)
{
	char host[256];
	struct addrinfo hints, *ai = NULL;
	const char *name = NULL;
	char addr[INET6_ADDRSTRLEN];
	int rc;

	if (outlen)
		out[0] = 0;
	if (errlen)
		err[0] = 0;
	switch (how) {
	case FORMAT_NAME_NONE:
		return 0;
	case FORMAT_NAME_USER:
		if (user_name == NULL) {
			snprintf(err, errlen, "User defined name missing");
			return -1;
		}
		name = user_name;
		break;
	case FORMAT_NAME_HOSTNAME:
	case FORMAT_NAME_FQD:
	case FORMAT_NAME_NUMERIC:
		memset(host, 0, sizeof(host));
		if (gethostname(host, 255) != 0) {
			snprintf(err, errlen, "Unable to get machine name");
			return -1;
		}
		if (how == FORMAT_NAME_HOSTNAME) {
			char *s;

			for (s = host; (s = strchr(s, ' ')) != NULL; s++)
				*s = '_';
			name = host;
			break;
		}
		memset(&hints, 0, sizeof(hints));
		hints.ai_socktype = SOCK_STREAM;
		hints.ai_flags = AI_ADDRCONFIG |
			(how == FORMAT_NAME_FQD ? AI_CANONNAME : AI_PASSIVE);
		rc = getaddrinfo(host, NULL, &hints, &ai);
		if (rc != 0) {
			snprintf(err, errlen, "Cannot resolve hostname %s (%s)",
				 host, gai_strerror(rc));
			return -1;
		}
		if (how == FORMAT_NAME_FQD) {
			snprintf(out, outlen, "%s",
				 ai->ai_canonname ? ai->ai_canonname : "");
		} else {
			const void *a = ai->ai_family == AF_INET ?
				(const void *)&((struct sockaddr_in *)
						ai->ai_addr)->sin_addr :
				(const void *)&((struct sockaddr_in6 *)
						ai->ai_addr)->sin6_addr;

			addr[0] = 0;
			inet_ntop(ai->ai_family, a, addr, sizeof(addr));
			snprintf(out, outlen, "%s", addr);
		}
		freeaddrinfo(ai);
		return 0;
	}
	if (name == NULL)
		return -1;
	snprintf(out, outlen, "%s", name);
	return 0;
}
