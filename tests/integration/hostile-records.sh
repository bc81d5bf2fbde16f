#!/bin/bash
# hostile-records: records carrying every byte value, through the real
# kernel, in RAW and in ENRICHED. Two ways in: a user message (the kernel
# copies its text as sent, up to a NUL) and, from an unprivileged user, a
# connect() to an AF_UNIX path that holds the byte and a newline (ENRICHED
# decodes the path into SADDR=). Each record stays one line, a newline in a
# record never starts a forged one, a decoded path carries no CR, ESC or
# 0x1D, and ausearch reads every record back.
. "$(dirname "$0")/../lib/lib.sh"
. "$VT_TOP/tests/lib/reliability.sh"
vt_require_kernel
vt_setup hostile-records
HOSTILE="/usr/bin/python3 $VT_TOP/tests/lib/hostile.py"
KEY=vt_bytes
CDIR=$VT_DIR/c
mkdir -m 1777 "$CDIR"
forged() {	# lines that begin with the forged record's text
	grep -ac '^type=USER_LOGIN msg=audit(1700000000\.123:1)' "$VT_LOG"
}

vt_conf "max_log_file = 1000"
auditctl -D >/dev/null
vt_start || exit 1
auditctl -a always,exit -F arch=b64 -S connect -F uid=65534 -k $KEY >/dev/null

for format in RAW ENRICHED; do
	if [ $format = ENRICHED ]; then
		sed -i 's/^log_format = .*/log_format = ENRICHED/' "$VT_DIR/etc/auditd.conf"
		kill -HUP "$VT_DAEMON_PID"
		vt_wait_for "$VT_LOG" 'op=reconfigure state=changed' || vt_bad "reload to ENRICHED"
	fi
	n=$($HOSTILE usermsg 1100)
	vt_eq "$format: the kernel took a user message with each of the 256 byte values" 256 "$n"
	n=$(setpriv --reuid=65534 --regid=65534 --clear-groups $HOSTILE connect "$CDIR")
	vt_eq "$format: user nobody connect()ed to a path with each byte value 1-255" 255 "$n"
	want=$([ $format = RAW ] && echo 1 || echo 2)
	vt_wait_for "$VT_LOG" "vigil-byte=ff" || true
	for i in $(seq 50); do
		[ "$(grep -ac '^type=SOCKADDR ' "$VT_LOG")" -ge $((255 * want)) ] && break
		sleep 0.1
	done
	vt_eq "$format: one line per user message" $((256 * want)) "$(grep -ac 'vigil-byte=' "$VT_LOG")"
	vt_eq "$format: one line per socket address" $((255 * want)) "$(grep -ac '^type=SOCKADDR ' "$VT_LOG")"
	vt_eq "$format: no line begins with the forged record" 0 "$(forged)"
	vt_eq "$format: every line is one whole record" 0 "$(rl_bad_lines < "$VT_LOG")"
done
vt_eq "ENRICHED decoded every path into SADDR=" 255 \
	"$(grep -ac '^type=SOCKADDR .*SADDR={ saddr_fam=local path=' "$VT_LOG")"
vt_eq "ENRICHED: no line ends inside a decoded path" 0 \
	"$(grep -ac '^type=SOCKADDR .*SADDR={ saddr_fam=local path=[^}]*$' "$VT_LOG")"
vt_eq "ENRICHED: no CR, ESC or 0x1D of a path after the line's 0x1D" 0 \
	"$(LC_ALL=C grep -acP '^type=SOCKADDR .*\x1d[^\r\x1b\x1d]*[\r\x1b\x1d]' "$VT_LOG")"
vt_stop
vt_eq "ausearch reads every user message back" 512 \
	"$(LC_ALL=C ausearch -if "$VT_LOG" -m USER_AUTH --raw 2>/dev/null | grep -ac 'vigil-byte=')"
vt_eq "ausearch reads every socket address back" 510 \
	"$(LC_ALL=C ausearch -if "$VT_LOG" -k $KEY --raw 2>/dev/null | grep -ac '^type=SOCKADDR ')"
vt_finish
