#!/bin/sh
# install-deps.sh PKG...: apt-get install, quietly. Debian's auditd package is
# our test oracle only: its service must never start (it would register as
# the audit daemon), so a policy-rc.d refuses service starts during install.
set -e
if [ "$(id -u)" != 0 ]; then
	echo "deps: run as root to install: $*" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
policy=/usr/sbin/policy-rc.d
created=
if [ ! -e $policy ]; then
	printf '#!/bin/sh\nexit 101\n' > $policy
	chmod 755 $policy
	created=1
fi
trap '[ -n "$created" ] && rm -f $policy' EXIT
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "$@" >/dev/null
# if the package started it anyway (no policy-rc.d honoured), stop it
if pidof auditd >/dev/null 2>&1 && [ -x /usr/sbin/auditd ]; then
	for p in $(pidof auditd); do
		[ "$(readlink /proc/$p/exe)" = /usr/sbin/auditd ] && kill -TERM "$p"
	done
fi
exit 0
