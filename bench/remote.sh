#!/bin/bash
# remote.sh - the network receiver's throughput, vigil beside Debian's auditd.
#
#   bench/remote.sh [-n RECORDS] [-c "CLIENTS..."] [-r REPEATS] [-f FLUSH] [-T]
#
# Part 1, vigil against auditd: each receiver (Debian's /usr/sbin/auditd,
# then build/auditd, alternating REPEATS times so drift cancels) runs as a
# receiver only (local_events = no, tcp_listen_port on loopback, RAW,
# use_libwrap = no), and for each CLIENTS count that many Debian
# audisp-remote processes are each fed RECORDS records at once
# (tests/lib/feed.py); the time runs until every record is in the log.
# audisp-remote sends a record and waits for its reply, which both daemons
# send only once the record is written: one client measures the round trip.
# audisp-remote reads only /etc/audit/audisp-remote.conf: each runs in a
# mount namespace where that path is the bench's file.
#
# Part 2, TLS against plain TCP (vigil alone: Debian 12's audisp-remote
# has no TLS): build/tests/tlsclient sends RECORDS records in the same lock
# step, over TLS 1.3 PSK (transport = tls) and over plain TCP (transport =
# tcp), the same client, alternating. -T skips part 2.
#
# Prints the median records/s of each case and the ratios. Needs root; does
# not touch the kernel's audit state (no kernel lock needed).
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
n=20000 clients="1 8" flush=INCREMENTAL_ASYNC reps=3 tls=1
while getopts n:c:f:r:T o; do
	case $o in
	n) n=$OPTARG ;;
	c) clients=$OPTARG ;;
	f) flush=$OPTARG ;;
	r) reps=$OPTARG ;;
	T) tls= ;;
	*) echo "usage: bench/remote.sh [-n RECORDS] [-c 'CLIENTS...'] [-r REPEATS] [-f FLUSH] [-T]" >&2; exit 2 ;;
	esac
done
[ "$(id -u)" = 0 ] || { echo "bench/remote: needs root" >&2; exit 1; }
[ -x /sbin/audisp-remote ] || { echo "bench/remote: audispd-plugins not installed" >&2; exit 1; }
[ -x /usr/sbin/auditd ] || { echo "bench/remote: Debian's /usr/sbin/auditd is not installed" >&2; exit 1; }
for b in auditd tests/tlsclient; do
	[ -x "$top/build/$b" ] || { echo "bench/remote: build/$b missing: make all" >&2; exit 1; }
done
dir=$(mktemp -d /tmp/vigil-bench-remote.XXXXXX)
rpid=
cleanup() {
	stop_receiver
	pkill -P $$ 2>/dev/null
	rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
freq=0
case $flush in INCREMENTAL*) freq=100 ;; esac
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$dir/psk"
echo >> "$dir/psk"
chmod 400 "$dir/psk"

free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])'
}

# start_receiver DAEMON [key = value...]: a receiver on a new port ($port)
# with an empty log ($log)
start_receiver() {
	local daemon=$1 kv
	shift
	port=$(free_port)
	rm -rf "$dir/etc" "$dir/log"
	mkdir -p "$dir/etc" "$dir/log"
	chmod 700 "$dir/log"
	log=$dir/log/audit.log
	{
		echo "local_events = no"
		echo "log_file = $log"
		echo "log_format = RAW"
		echo "flush = $flush"
		echo "freq = $freq"
		echo "space_left = 75"
		echo "admin_space_left = 50"
		echo "max_log_file_action = IGNORE"
		echo "tcp_listen_port = $port"
		echo "tcp_max_per_addr = 64"
		echo "use_libwrap = no"
		for kv in "$@"; do echo "$kv"; done
	} > "$dir/etc/auditd.conf"
	chmod 640 "$dir/etc/auditd.conf"
	if [ "$daemon" = /usr/sbin/auditd ]; then
		"$daemon" -c "$dir/etc" || return 1
		rpid=
		for _ in $(seq 50); do
			rpid=$(pgrep -f "^$daemon -c $dir/etc\$") && break
			sleep 0.1
		done
	else
		"$daemon" -c "$dir/etc" --pid-file "$dir/pid" --state-file "$dir/state" || return 1
		rpid=$(cat "$dir/pid")
	fi
	for _ in $(seq 50); do
		ss -Htln "sport = :$port" | grep -q . && return 0
		sleep 0.1
	done
	echo "bench/remote: $daemon does not listen on $port" >&2
	return 1
}

stop_receiver() {
	[ -n "$rpid" ] || return 0
	kill -TERM "$rpid" 2>/dev/null
	for _ in $(seq 100); do
		kill -0 "$rpid" 2>/dev/null || break
		sleep 0.05
	done
	rpid=
}

records() { awk '/seq=/ { n++ } END { print n + 0 }' "$log" 2>/dev/null || echo 0; }

# audisp CLIENTS: records/s of CLIENTS audisp-remote processes, n each
audisp() {
	local c=$1 want=$(($1 * n)) t0 t1 i
	sed -e "s/^remote_server *=.*/remote_server = 127.0.0.1/" -e "s/^port *=.*/port = $port/" \
		-e "s/^queue_depth *=.*/queue_depth = $((n + 100))/" /etc/audit/audisp-remote.conf > "$dir/remote.conf"
	t0=$(date +%s.%N)
	for i in $(seq "$c"); do
		python3 "$top/tests/lib/feed.py" "$n" 0 300 | unshare -m --propagation private bash -c \
			'mount --bind "$1" /etc/audit/audisp-remote.conf && exec /sbin/audisp-remote' \
			rm "$dir/remote.conf" &
	done
	while [ "$(records)" -lt "$want" ]; do
		sleep 0.02
		if [ "$(echo "$(date +%s.%N) - $t0 > 300" | bc)" = 1 ]; then
			echo "bench/remote: timeout, $(records) of $want records" >&2
			pkill -f "feed.py $n 0 300"
			return 1
		fi
	done
	t1=$(date +%s.%N)
	pkill -f "feed.py $n 0 300"
	wait 2>/dev/null
	echo "$c $n $t0 $t1" | awk '{ printf "%.0f\n", $1 * $2 / ($4 - $3) }'
}

# tlsclients CLIENTS IDENTITY: records/s of CLIENTS tlsclient loops, n each
tlsclients() {
	local c=$1 id=$2 i
	for i in $(seq "$c"); do
		"$top/build/tests/tlsclient" 127.0.0.1 "$port" "$id" "$dir/psk" \
			"loop:$n:type=USER msg=audit(1700000000.001:%d): bench" > "$dir/tc.$i" &
	done
	wait
	# all ran at once: the records over the slowest one's time
	cat "$dir"/tc.* | awk -v c="$c" '/^LOOP/ {
			for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
			acks += v["acks"]; if (v["seconds"] > s) s = v["seconds"] }
		END { if (acks != c * '"$n"') { print "short"; exit 1 } printf "%.0f\n", acks / s }'
	rm -f "$dir"/tc.*
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "bench/remote: $n records per client, flush $flush, $reps rounds, receivers alternating"
for r in $(seq "$reps"); do
	for d in /usr/sbin/auditd "$top/build/auditd"; do
		tag=vigil
		[ "$d" = /usr/sbin/auditd ] && tag=auditd
		start_receiver "$d" || exit 1
		for c in $clients; do
			v=$(audisp "$c") || exit 1
			echo "$v" >> "$dir/res.$tag.$c"
			echo "  round $r: $tag, $c audisp-remote client(s): $v records/s"
			# the next case counts from an empty log
			stop_receiver
			start_receiver "$d" || exit 1
		done
		stop_receiver
	done
	[ -n "$tls" ] || continue
	for mode in tcp tls; do
		if [ $mode = tls ]; then
			start_receiver "$top/build/auditd" "transport = tls" "tls_psk_file = $dir/psk" \
				"tls_psk_identity = bench" || exit 1
			id=bench
		else
			start_receiver "$top/build/auditd" || exit 1
			id=-
		fi
		for c in $clients; do
			v=$(tlsclients "$c" $id) || { echo "bench/remote: $mode clients fell short" >&2; exit 1; }
			echo "$v" >> "$dir/res.$mode.$c"
			echo "  round $r: vigil $mode, $c tlsclient(s): $v records/s"
		done
		stop_receiver
	done
done

echo
printf '%-34s %12s %12s %8s\n' "case (records/s, median)" auditd vigil ratio
for c in $clients; do
	a=$(median < "$dir/res.auditd.$c")
	v=$(median < "$dir/res.vigil.$c")
	printf '%-34s %12.0f %12.0f %7.2fx\n' "$c audisp-remote client(s)" "$a" "$v" "$(echo "$v / $a" | bc -l)"
done
if [ -n "$tls" ]; then
	printf '%-34s %12s %12s %8s\n' "vigil, same lock-step client" tcp tls "tls/tcp"
	for c in $clients; do
		a=$(median < "$dir/res.tcp.$c")
		v=$(median < "$dir/res.tls.$c")
		printf '%-34s %12.0f %12.0f %7.2fx\n' "$c tlsclient(s)" "$a" "$v" "$(echo "$v / $a" | bc -l)"
	done
fi
