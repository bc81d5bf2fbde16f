#!/bin/bash
# make run: the daemon in the foreground of this terminal (-n), on a bundled
# config that logs to ./run/audit.log, with a small demo rule set
# (conf/rules.d, which the daemon merges and loads at startup). Ctrl-C
# stops it and puts the kernel back as it was.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
run=$top/run
mkdir -p "$run/etc"
chmod 700 "$run"
sed -e "s|^log_file = .*|log_file = $run/audit.log|" \
    -e "s|^log_group = .*|log_group = root|" \
    "$top/conf/auditd.conf" > "$run/etc/auditd.conf"
chmod 640 "$run/etc/auditd.conf"
rm -rf "$run/etc/rules.d"
cp -r "$top/conf/rules.d" "$run/etc/rules.d"
chmod 640 "$run/etc/rules.d"/*.rules

pid=$(auditctl -s 2>/dev/null | awk '$1 == "pid" {print $2}')
if [ -n "$pid" ] && [ "$pid" != 0 ]; then
	echo "make run: another audit daemon (pid $pid) is registered; stop it first." >&2
	exit 1
fi
old_enabled=$(auditctl -s 2>/dev/null | awk '$1 == "enabled" {print $2}')

daemon=
cleanup() {
	[ -n "$daemon" ] && kill -TERM "$daemon" 2>/dev/null && wait "$daemon"
	auditctl -D >/dev/null 2>&1
	auditctl -e "${old_enabled:-0}" >/dev/null 2>&1
	echo
	echo "vigil stopped; rules deleted, audit enabled flag back to ${old_enabled:-0}."
	echo "The log is still there: $run/audit.log"
}
trap cleanup EXIT
trap 'exit 0' INT TERM

"$top/build/auditd" -n -c "$run/etc" --pid-file "$run/auditd.pid" --state-file "$run/auditd.state" &
daemon=$!
for i in $(seq 50); do
	[ "$(auditctl -s | awk '$1 == "pid" {print $2}')" = "$daemon" ] && break
	sleep 0.1
done
# registered; the rules follow right after (before -n would tell systemd
# it is ready)
for i in $(seq 30); do
	[ "$(auditctl -l)" != "No rules" ] && break
	sleep 0.1
done
cat <<MSG

vigil is running (pid $daemon), registered with the kernel, logging to:
    $run/audit.log
with the rules of $run/etc/rules.d (merged into $run/etc/audit.rules):
$(auditctl -l | sed 's/^/    /')

Try, in another terminal:
    tail -f $run/audit.log
    touch /etc/passwd                      # an "identity" watch event
    ausearch -if $run/audit.log -k exec -i # Debian's tools read vigil's log
    kill -USR1 $daemon                     # rotate: audit.log.1 + DAEMON_ROTATE
    kill -CONT $daemon; cat $run/auditd.state
Ctrl-C stops it and restores the kernel's audit state.
MSG
wait "$daemon"
