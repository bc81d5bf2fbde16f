#!/bin/sh
# seed-config.sh: (re)write tests/fuzz/corpus/config/ and tests/fuzz/config.dict.
# Seeds: the shipped auditd.conf, Debian's, a base file with each refused
# line of tests/integration/config-errors.sh, and one line per keyword.
# The dictionary holds every keyword and word of src/lib/config-options.c's tables.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
out=$top/tests/fuzz/corpus/config
mkdir -p "$out"
seed() {	# CONTENT on stdin
	t=$(mktemp)
	cat > "$t"
	mv "$t" "$out/$(sha1sum < "$t" | cut -c1-40)"
}
base='log_file = /tmp/vigil-fuzz/audit.log
space_left = 75
admin_space_left = 50
'
seed < "$top/conf/auditd.conf"
[ -r /usr/share/doc/auditd/examples/auditd.conf ] &&
	seed < /usr/share/doc/auditd/examples/auditd.conf
for line in "no_such_option = 1" "flush =none" "flush=none" "flush = sometimes" \
	"freq = 12a" "num_logs = 1000" "flush = none extra" "disk_full_action = email" \
	"space_left = 100%" "log_group = no-such-group-vigil" \
	"space_left_action = exec relative/path" "flush = incremental
freq = 0" "tcp_client_ports = 900-100" "space_left = 10%" \
	"space_left_action = exec /bin/true" "action_mail_acct = root@localhost" \
	"report_interval = 5m" "transport = tls
tls_psk_file = /etc/k
tls_psk_identity = me" "enable_krb5 = yes" "log_format = nolog" \
	"name_format = user
name = node1" "plugin_dir = /etc/audit/plugins.d" "vigil_ring_size = 1024" \
	"$(printf 'name = %0170d' 0)" "# comment only"; do
	printf '%s%s\n' "$base" "$line" | seed
done
# every keyword with a value of the right kind
sed -n 's/.*OPT("\([a-z_0-9]*\)".*/\1/p' "$top/src/lib/config-options.c" | while read -r k; do
	printf '%s = 1\n' "$k"
done | seed
# the dictionary: keywords and words, quoted for libFuzzer
{
	sed -n 's/.*OPT("\([a-z_0-9]*\)".*/"\1"/p' "$top/src/lib/config-options.c"
	grep -o '{ "[a-z_0-9]*", [A-Z_0-9]* }' "$top/src/lib/config-options.c" | sed 's/{ \("[^"]*"\).*/\1/'
	printf '"%s"\n' " = " "%" "exec " "/" '\x0a' "#"
} | sort -u > "$top/tests/fuzz/config.dict"
echo "$(ls "$out" | wc -l) seeds in $out, $(wc -l < "$top/tests/fuzz/config.dict") dictionary entries"
