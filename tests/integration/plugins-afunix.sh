#!/bin/bash
# plugins-afunix: the builtin af_unix plugin, as a local consumer (a SIEM
# agent) uses it: one socket in string format, one in binary, each with
# the mode and path of its args. Every record reaches the connected
# client exactly as auditd sends it (string: the log's line; binary:
# header + 8970-byte data, version 0 in RAW and 1 after a reload to
# ENRICHED), EOE included; one client at a time; the socket gets its mode
# before its name (a symlink planted at the path is replaced, not
# followed); the socket goes away with the daemon.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/plugins.sh"
vt_require_kernel
vt_setup plugins-afunix
command -v ss >/dev/null || vt_skip "ss (iproute2) not installed"
pl_setup
KEY=vigil_plaf
N=200
SSOCK=$VT_DIR/str.sock
BSOCK=$VT_DIR/bin.sock
CLIENT=$VT_TOP/tests/lib/afunix-client.py

vt_conf "plugin_dir = $PL_DIR"
pl_plugin str "active = yes" "direction = out" "path = builtin_af_unix" "type = builtin" \
	"args = 0600 $SSOCK" "format = string"
pl_plugin bin "active = yes" "direction = out" "path = builtin_af_unix" "type = builtin" \
	"args = $BSOCK" "format = binary"
# a symlink planted where the socket goes: replaced, never followed
echo precious > "$VT_DIR/precious"
chmod 0644 "$VT_DIR/precious"
ln -s "$VT_DIR/precious" "$SSOCK"
auditctl -D >/dev/null
auditctl -b 8192 >/dev/null
vt_start || exit 1
vt_eq "string socket: mode from args" 600 "$(stat -c %a "$SSOCK")"
vt_eq "the planted symlink's target keeps its mode" 644 "$(stat -c %a "$VT_DIR/precious")"
vt_check "... and its content" grep -qx precious "$VT_DIR/precious"
vt_eq "binary socket: default mode 0640" 640 "$(stat -c %a "$BSOCK")"
vt_eq "they are sockets" "socket socket" "$(stat -c %F "$SSOCK" "$BSOCK" | sed 's/ /_/g; s/.*_//' | xargs)"

# waiting S B: S clients wait to be accepted on the string socket, B on
# the binary one
waiting() {
	[ "$(pl_backlog "$SSOCK")" = "$1" ] && [ "$(pl_backlog "$BSOCK")" = "$2" ]
}

# client NAME SOCKET: a consumer in the background, connected on return
client() {
	python3 "$CLIENT" "$2" "$VT_DIR/$1" 30 > "$VT_DIR/$1.ready" &
	CLIENT_PID=$!
	vt_wait_for "$VT_DIR/$1.ready" connected
}

# client A on each socket, and a second client B waiting on the string one
client a.str "$SSOCK"
A=$CLIENT_PID
client a.bin "$BSOCK"
ABIN=$CLIENT_PID
client b.str "$SSOCK"
B=$CLIENT_PID
vt_check "the daemon took a client on each socket, the second string one waits" \
	vt_wait_until 50 waiting 1 0
pl_rule $KEY
"$VT_LOADGEN" -n $N >/dev/null
vt_check "string client: $N SYSCALL lines" pl_wait_lines "$VT_DIR/a.str" "^type=SYSCALL .*key=\"$KEY\"" $N
grep -a "^type=SYSCALL .*key=\"$KEY\"" "$VT_LOG" > "$VT_DIR/log.lines"
grep -a "^type=SYSCALL .*key=\"$KEY\"" "$VT_DIR/a.str" > "$VT_DIR/str.lines"
vt_check "string: the log's lines, byte for byte, in order" cmp -s "$VT_DIR/log.lines" "$VT_DIR/str.lines"
vt_eq "string: one EOE per event (none in the log)" $N \
	"$(grep -a "^type=SYSCALL .*key=\"$KEY\"" -A2 "$VT_DIR/a.str" | grep -ac '^type=EOE msg=audit([0-9.:]*): $')"
vt_eq "the second client got nothing while the first is connected" 0 \
	"$(cat "$VT_DIR/b.str" 2>/dev/null | wc -c)"

for i in $(seq 50); do
	python3 "$VT_TOP/tests/lib/dispatch-binary.py" "$VT_DIR/a.bin" > "$VT_DIR/bin.recs" 2>/dev/null &&
		[ "$(grep -ac "^0 16 1300 .*key=\"$KEY\"" "$VT_DIR/bin.recs")" -ge $N ] && break
	sleep 0.1
done
vt_check "binary: whole records of header + 8970 bytes" \
	python3 "$VT_TOP/tests/lib/dispatch-binary.py" "$VT_DIR/a.bin" > /dev/null
awk '$3 == 1300' "$VT_DIR/bin.recs" | grep -a "key=\"$KEY\"" | \
	sed 's/^0 16 1300 [0-9]* /type=SYSCALL msg=/' > "$VT_DIR/bin.lines"
vt_check "binary version 0: raw payloads, the log's records in order" \
	cmp -s "$VT_DIR/log.lines" "$VT_DIR/bin.lines"
vt_eq "binary: size is the payload's length" 0 \
	"$(awk '$3 == 1300 { n = $4; sub(/^[^ ]* [^ ]* [^ ]* [^ ]* /, ""); if (length($0) != n) bad++ } END { print bad + 0 }' "$VT_DIR/bin.recs")"
vt_check "binary: EOE records (type 1320) are sent" grep -aq '^0 16 1320 ' "$VT_DIR/bin.recs"

# the first string client leaves: the waiting one is served
kill $A
vt_check "once it left, the daemon took the waiting one" vt_wait_until 50 waiting 0 0
"$VT_LOADGEN" -n 20 >/dev/null
vt_check "after the first client left, the second gets the records" \
	pl_wait_lines "$VT_DIR/b.str" "^type=SYSCALL .*key=\"$KEY\"" 20

# a reload to ENRICHED: binary becomes version 1, data the line without newline
sed -i 's/^log_format = .*/log_format = ENRICHED/' "$VT_DIR/etc/auditd.conf"
kill -HUP "$VT_DAEMON_PID"
vt_wait_for "$VT_LOG" 'op=reconfigure state=changed' >/dev/null
"$VT_LOADGEN" -n 20 >/dev/null
vt_check "ENRICHED: the string client gets enriched lines" \
	pl_wait_lines "$VT_DIR/b.str" "^type=SYSCALL .*key=\"$KEY\".*SYSCALL=getppid" 20
for i in $(seq 50); do
	python3 "$VT_TOP/tests/lib/dispatch-binary.py" "$VT_DIR/a.bin" > "$VT_DIR/bin.recs" 2>/dev/null &&
		[ "$(grep -ac "^1 16 1300 [0-9]* type=SYSCALL .*key=\"$KEY\".*SYSCALL=getppid" "$VT_DIR/bin.recs")" -ge 20 ] && break
	sleep 0.1
done
grep -a "^type=SYSCALL .*key=\"$KEY\".*SYSCALL=getppid" "$VT_LOG" > "$VT_DIR/log.lines"
grep -a "^1 16 1300 [0-9]* type=SYSCALL .*key=\"$KEY\"" "$VT_DIR/bin.recs" | sed 's/^1 16 1300 [0-9]* //' > "$VT_DIR/bin.lines"
vt_check "binary version 1: the enriched log lines" cmp -s "$VT_DIR/log.lines" "$VT_DIR/bin.lines"

# a new mode on reload: the socket is made again, and never bound or
# chmod'ed through its public path (it gets its mode in a private
# directory, then its name by rename)
strace -f -qq -e trace=bind,chmod,fchmodat,rename,renameat,renameat2 \
	-o "$VT_DIR/afunix.trace" -p "$VT_DAEMON_PID" 2>"$VT_DIR/strace.err" &
STRACE=$!
sleep 1
sed -i "s|^args = .*|args = 0660 $SSOCK|" "$PL_DIR/str.conf"
kill -HUP "$VT_DAEMON_PID"
for i in $(seq 50); do
	[ "$(stat -c %a "$SSOCK" 2>/dev/null)" = 660 ] && break
	sleep 0.1
done
kill $STRACE 2>/dev/null
wait $STRACE 2>/dev/null
vt_eq "reload: the socket has the new mode" 660 "$(stat -c %a "$SSOCK")"
vt_check "reload: the socket was renamed into place" grep -q "rename.*\"$SSOCK\"" "$VT_DIR/afunix.trace"
vt_eq "reload: no bind or chmod through the public path" 0 \
	"$(grep -E 'bind|chmod' "$VT_DIR/afunix.trace" | grep -c "$SSOCK")"

vt_stop
vt_check "the sockets are removed at shutdown" test ! -e "$SSOCK" -a ! -e "$BSOCK"
kill $B $ABIN 2>/dev/null
vt_finish
