# plugins.sh - shared by tests/integration/plugins-*.sh and remote-*.sh.
# Source it after lib.sh (and filepolicy.sh when the test reads syslog).
# A test's plugins live in $VT_DIR/etc/plugins.d, their programs in
# $VT_DIR/bin (root-owned, 0750: what the daemon accepts to run as root).

PL_DIR=
PL_BIN=

pl_setup() {
	PL_DIR=$VT_DIR/etc/plugins.d
	PL_BIN=$VT_DIR/bin
	mkdir -p "$PL_DIR" "$PL_BIN"
}

# pl_plugin NAME LINE...: plugins.d/NAME.conf with these lines, mode 0640
pl_plugin() {
	local name=$1
	shift
	printf '%s\n' "$@" > "$PL_DIR/$name.conf"
	chmod 640 "$PL_DIR/$name.conf"
}

# pl_program NAME: a program for a plugin, its text on stdin
pl_program() {
	cat > "$PL_BIN/$1"
	chmod 750 "$PL_BIN/$1"
}

# pl_lines FILE PATTERN: how many lines of FILE match
pl_lines() {
	grep -ac -- "$2" "$1" 2>/dev/null
}

# pl_wait_lines FILE PATTERN N [tries]: vt_wait_lines (lib.sh)
pl_wait_lines() { vt_wait_lines "$@"; }

# pl_backlog SOCKET: the connections waiting for the daemon to accept them
# on its listening unix SOCKET (for a listener ss(8) shows them as Recv-Q).
# Found by its last name: the daemon binds in a private directory and
# renames the socket into place, so ss shows the name it was bound under
# (/proc/self/fd/N/NAME), which ends as the path does.
pl_backlog() {
	ss -xlnH | awk -v n="/${1##*/}" 'substr($5, length($5) - length(n) + 1) == n {print $3}'
}

# pl_state KEY: a value of a fresh state report (SIGCONT)
pl_state() {
	rm -f "$VT_STATE"
	kill -CONT "$VT_DAEMON_PID"
	local i
	for i in $(seq 50); do
		[ -s "$VT_STATE" ] && grep -q '^listening for network' "$VT_STATE" && break
		sleep 0.05
	done
	awk -v k="$1" 'index($0, k " = ") == 1 { print substr($0, length(k) + 4) }' "$VT_STATE"
}

# pl_rule KEY: audit the load generator's getppid calls with KEY
pl_rule() {
	auditctl -a always,exit -F arch=b64 -S getppid -F exe="$VT_LOADGEN" -k "$1" >/dev/null
}

# --- the network receiver (remote-*.sh) ---

RM_CLIENT=
# rm_port: a free TCP port for a receiver
rm_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])'
}

# rm_client HOST STEP...: tests/lib/remote-client.py against the receiver
rm_client() {
	local host=$1
	shift
	python3 "$VT_TOP/tests/lib/remote-client.py" "$host" "$RM_PORT" "$@"
}

# rm_remote_conf FILE [key = value...]: an audisp-remote.conf for the
# test's receiver: Debian's file with remote_server, port and the given
# keys replaced or added
# rm_receiver DIR PORT: DIR/etc/auditd.conf and DIR/log for a vigil that
# takes no kernel records (local_events = no) and listens on PORT
rm_receiver() {
	mkdir -p "$1/etc" "$1/log"
	chmod 700 "$1/log"
	cat > "$1/etc/auditd.conf" <<C
local_events = no
log_file = $1/log/audit.log
log_format = RAW
flush = INCREMENTAL_ASYNC
freq = 50
space_left = 75
admin_space_left = 50
max_log_file_action = IGNORE
tcp_listen_port = $2
C
	chmod 640 "$1/etc/auditd.conf"
}

rm_remote_conf() {
	local out=$1 kv k
	shift
	cp /etc/audit/audisp-remote.conf "$out"
	sed -i -e "s/^remote_server *=.*/remote_server = 127.0.0.1/" -e "s/^port *=.*/port = $RM_PORT/" "$out"
	for kv in "$@"; do
		k=${kv%% *}
		if grep -q "^$k *=" "$out"; then
			sed -i "s|^$k *=.*|$kv|" "$out"
		else
			echo "$kv" >> "$out"
		fi
	done
	chmod 640 "$out"
}

# rm_audisp_remote CONF CMD...: run CMD in a mount namespace where
# /etc/audit/audisp-remote.conf is CONF (audisp-remote reads no other path)
rm_with_remote_conf() {
	local conf=$1
	shift
	unshare -m --propagation private bash -c '
		mount --bind "$1" /etc/audit/audisp-remote.conf || exit 90
		shift
		exec "$@"' rm-ns "$conf" "$@"
}
