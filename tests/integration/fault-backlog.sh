#!/bin/bash
# fault-backlog: the kernel's backlog overflows (a tiny backlog, producers
# not allowed to wait) and the kernel drops records. Nothing tells the
# daemon but the counter AUDIT_GET reads: vigil must report it, in the
# state report and in syslog, without a line per lost record.
. "$(dirname "$0")/../lib/lib.sh"
. "$VT_TOP/tests/lib/filepolicy.sh"
. "$VT_TOP/tests/lib/reliability.sh"
vt_require_kernel
fp_setup fault-backlog
LIMIT0=$(rl_kernel backlog_limit)
WAIT0=$(rl_kernel backlog_wait_time)
trap 'vt_restore; fp_cleanup; auditctl -b "$LIMIT0" --backlog_wait_time "$WAIT0" >/dev/null 2>&1;
	[ -n "$VT_KEEP" ] || rm -rf "$VT_DIR"' EXIT

vt_conf "max_log_file = 1000"
auditctl -D >/dev/null
fp_start || { vt_bad "daemon start"; vt_finish; exit 1; }
rl_rule
lost0=$(rl_kernel lost)
auditctl -b 64 --backlog_wait_time 0 >/dev/null
# two floods: the report must come at once for the first (at the next
# read of the kernel's counter, every 5 s), and the second one, after it,
# must not bring another so soon
"$VT_LOADGEN" -d 2 > "$VT_DIR/flood1"
vt_check "syslog names the first flood's losses" fp_syslog_wait 'The kernel lost [0-9]* audit records' 60
"$VT_LOADGEN" -d 2 > "$VT_DIR/flood2"
auditctl -b 8192 --backlog_wait_time "$WAIT0" >/dev/null
lost=$(($(rl_kernel lost) - lost0))
vt_check "the kernel dropped records ($lost lost with a backlog of 64 and no wait)" test $lost -gt 0
state=$(rl_state 'kernel lost')
vt_eq "the state report shows the kernel's lost counter" "$(rl_kernel lost)" "$state"
vt_check "syslog names the kernel's losses (read every 5 s)" fp_syslog_wait 'The kernel lost [0-9]* audit records' 30
n=$(fp_syslog_count 'The kernel lost')
vt_check "syslog is rate-limited: $n report lines for $lost losses over 6 s" test "$n" -le 2
calls=$(($(sed -n 's/^calls=\([0-9]*\) .*/\1/p' "$VT_DIR/flood1") + \
	$(sed -n 's/^calls=\([0-9]*\) .*/\1/p' "$VT_DIR/flood2")))
logged=$(rl_count "$VT_LOG")
vt_log "logged $logged of $calls calls; the kernel counted $lost records lost"
vt_check "what the kernel did not drop is all in the log (at least $calls - $lost calls)" \
	test "$logged" -ge $((calls - lost))
vt_stop
vt_finish
