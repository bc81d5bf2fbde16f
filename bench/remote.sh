#!/bin/bash
# remote.sh - the network receiver's throughput with Debian's audisp-remote.
#
#   bench/remote.sh [-n RECORDS] [-c "CLIENTS..."] [-f FLUSH] [-d DAEMON]
#
# Starts the daemon (build/auditd, or -d Debian's /usr/sbin/auditd) as a
# receiver only (local_events = no, tcp_listen_port on loopback, RAW), then
# for each CLIENTS count runs that many audisp-remote processes, each fed
# RECORDS records at once (tests/lib/feed.py), and times until every record
# is in the log. Prints records/s per case. audisp-remote reads only
# /etc/audit/audisp-remote.conf: each runs in a mount namespace where that
# path is the bench's file. Needs root; does not touch the kernel's audit
# state.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
n=20000 clients="1 8" flush=INCREMENTAL_ASYNC daemon=$top/build/auditd
while getopts n:c:f:d: o; do
	case $o in
	n) n=$OPTARG ;;
	c) clients=$OPTARG ;;
	f) flush=$OPTARG ;;
	d) daemon=$OPTARG ;;
	*) echo "usage: bench/remote.sh [-n RECORDS] [-c 'CLIENTS...'] [-f FLUSH] [-d DAEMON]" >&2; exit 2 ;;
	esac
done
[ "$(id -u)" = 0 ] || { echo "bench/remote: needs root" >&2; exit 1; }
[ -x /sbin/audisp-remote ] || { echo "bench/remote: audispd-plugins not installed" >&2; exit 1; }
dir=$(mktemp -d /tmp/vigil-bench-remote.XXXXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
cleanup() {
	[ -s "$dir/pid" ] && kill -TERM "$(cat "$dir/pid")" 2>/dev/null
	pkill -P $$ 2>/dev/null
	sleep 0.5
	rm -rf "$dir"
}
trap cleanup EXIT
mkdir -p "$dir/etc" "$dir/log"
chmod 700 "$dir/log"
freq=0
case $flush in INCREMENTAL*) freq=100 ;; esac
cat > "$dir/etc/auditd.conf" <<C
local_events = no
log_file = $dir/log/audit.log
log_format = RAW
flush = $flush
freq = $freq
space_left = 75
admin_space_left = 50
max_log_file_action = IGNORE
tcp_listen_port = $port
tcp_max_per_addr = 64
C
chmod 640 "$dir/etc/auditd.conf"
sed -e "s/^remote_server *=.*/remote_server = 127.0.0.1/" -e "s/^port *=.*/port = $port/" \
	-e "s/^queue_depth *=.*/queue_depth = $((n + 100))/" /etc/audit/audisp-remote.conf > "$dir/remote.conf"
if [ "$daemon" = /usr/sbin/auditd ]; then
	"$daemon" -c "$dir/etc" || exit 1
	sleep 0.5
	pgrep -f "$daemon -c $dir/etc" > "$dir/pid"
else
	"$daemon" -c "$dir/etc" --pid-file "$dir/pid" --state-file "$dir/state" || exit 1
fi
echo "receiver: $daemon, flush $flush, $n records per client"
base=0
for c in $clients; do
	want=$((base + c * n))
	t0=$(date +%s.%N)
	for i in $(seq "$c"); do
		python3 "$top/tests/lib/feed.py" "$n" 0 300 | unshare -m --propagation private bash -c \
			'mount --bind "$1" /etc/audit/audisp-remote.conf && exec /sbin/audisp-remote' \
			rm "$dir/remote.conf" &
	done
	while [ "$(grep -c 'seq=' "$dir/log/audit.log")" -lt "$want" ]; do
		sleep 0.05
		t=$(date +%s.%N)
		if [ "$(echo "$t - $t0 > 300" | bc)" = 1 ]; then
			echo "timeout: $(grep -c 'seq=' "$dir/log/audit.log") of $want"
			exit 1
		fi
	done
	t1=$(date +%s.%N)
	pkill -f "feed.py $n 0 300"
	sleep 0.5
	awk -v c="$c" -v n="$n" -v s="$(echo "$t1 - $t0" | bc)" \
		'BEGIN { printf "%d client(s): %d records in %.2f s: %.0f records/s\n", c, c * n, s, c * n / s }'
	base=$want
done
