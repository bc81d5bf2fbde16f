#!/bin/sh
# capture.sh - regenerate what Debian 12's ausearch (audit 3.0.9) prints for
# the logs tests/unit/test_searchfmt.c checks: -i, --format csv, --format
# text. Run from anywhere on a machine with Debian's auditd package:
#   sh tests/data/search/oracle-B/capture.sh
# Names: ausearch -i looks uids/gids up in this machine's passwd/group, so
# the capture also writes names.txt (every id -> name here), and the test
# answers its lookups from that file instead of from its own machine.
# Time: TZ=UTC and the C locale, as the test sets them.
set -e
here=$(cd "$(dirname "$0")" && pwd)
data=$(cd "$here/../.." && pwd)
export TZ=UTC LC_ALL=C
: > "$here/names.txt"
getent passwd | awk -F: '{ print "uid " $3 " " $1 }' | sort -k2,2n >> "$here/names.txt"
getent group | awk -F: '{ print "gid " $3 " " $1 }' | sort -k2,2n >> "$here/names.txt"
for log in "$data"/oracle/raw.log "$data"/oracle/enr.log \
	   "$data"/oracle/enrhost.log "$data"/search/fmt/*.log; do
	b=$(basename "$log" .log)
	/sbin/ausearch -i -if "$log" > "$here/$b.i" 2> "$here/$b.i.err" || true
	/sbin/ausearch --format csv -if "$log" > "$here/$b.csv" 2> "$here/$b.csv.err" || true
	/sbin/ausearch --format csv --extra-keys --extra-labels --extra-obj2 \
		--extra-time -if "$log" > "$here/$b.xcsv" 2> "$here/$b.xcsv.err" || true
	/sbin/ausearch --format text -if "$log" > "$here/$b.text" 2> "$here/$b.text.err" || true
done
# --escape: every mode on the log made for it
for mode in raw tty shell shell_quote; do
	/sbin/ausearch -i --escape $mode -if "$data/search/fmt/escape.log" \
		> "$here/escape.i.$mode" 2> "$here/escape.i.$mode.err" || true
	/sbin/ausearch --format csv --escape $mode \
		-if "$data/search/fmt/escape.log" > "$here/escape.csv.$mode" \
		2> "$here/escape.csv.$mode.err" || true
done
