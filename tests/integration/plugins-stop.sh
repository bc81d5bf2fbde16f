#!/bin/bash
# plugins-stop: a stopped daemon leaves no plugin running behind it. A
# plugin that goes on after end of file gets SIGTERM and the daemon waits
# for it to exit (a plugin that takes 0.3 s over it is gone when the
# daemon is); one that ignores SIGTERM is named in syslog after a second,
# and is the only one left.
. "$(dirname "$0")/../lib/lib.sh"
. "$(dirname "$0")/../lib/filepolicy.sh"
. "$(dirname "$0")/../lib/plugins.sh"
vt_require_kernel
fp_setup plugins-stop
pl_setup
LIFE=$VT_DIR/life.log
: > "$LIFE"

# stayer NAME TRAP: a plugin that reads to end of file, then stays; bash
# runs the TERM trap once the foreground sleep is over
stayer() {
	pl_program "$1.sh" <<P
#!/bin/bash
echo "start $1 \$\$" >> $LIFE
trap $2 TERM
while read -r line; do :; done
echo "eof $1 \$\$" >> $LIFE
while :; do sleep 0.05; done
P
}
stayer slowterm "'sleep 0.3; echo \"term slowterm \$\$\" >> $LIFE; exit 0'"
stayer deaf "''"
pl_plugin slowterm "active = yes" "path = $PL_BIN/slowterm.sh"
pl_plugin deaf "active = yes" "path = $PL_BIN/deaf.sh"
vt_conf "plugin_dir = $PL_DIR"
auditctl -D >/dev/null
fp_start || exit 1
vt_check "both plugins started" pl_wait_lines "$LIFE" '^start' 2
slow=$(awk '$1 == "start" && $2 == "slowterm" {print $3}' "$LIFE")
deaf=$(awk '$1 == "start" && $2 == "deaf" {print $3}' "$LIFE")

vt_stop
vt_check "the slow plugin got end of file" grep -q "^eof slowterm $slow$" "$LIFE"
vt_check "... then SIGTERM" grep -q "^term slowterm $slow$" "$LIFE"
vt_check "... and was gone when the daemon was" vt_gone "$slow"
vt_check "syslog names the plugin that ignored SIGTERM" \
	fp_syslog_wait "plugin $PL_BIN/deaf.sh (pid $deaf) is still running 1000 ms after SIGTERM"
vt_eq "and only that one" 1 "$(fp_syslog_count 'still running .* after SIGTERM')"
kill -KILL "$deaf" 2>/dev/null
vt_wait_gone "$deaf"
vt_finish
