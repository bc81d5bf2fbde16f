# systemd/4x/auditd.sed - auditd.service for the 4.x family (make
# LAYOUT=4x): the 3.x unit with merged-/usr paths, run files under
# /run/audit (pid and state, as 4.x's runstatedir), the rules loaded by
# audit-rules.service as 4.x splits them, and 4.2's KillMode=mixed. The
# hardening is the 3.x unit's, unchanged. Applied by the Makefile to
# systemd/auditd.service; tests/pkg/unit-static.sh verifies the result.
s|^Description=Security Auditing Service (vigil)$|Description=Security Audit Logging Service (vigil)|
s|^Before=sysinit.target shutdown.target$|Before=sysinit.target shutdown.target audit-rules.service\
# 4.x: the rules are loaded by audit-rules.service once the daemon runs\
Wants=audit-rules.service|
s|^ExecStart=/sbin/auditd -n$|ExecStart=/usr/sbin/auditd -n --pid-file /run/audit/auditd.pid --state-file /run/audit/auditd.state\
# /run/audit, 0700 root:root as 4.x's tmpfiles make it; kept across\
# restarts (the state report, plugins' status files)\
RuntimeDirectory=audit\
RuntimeDirectoryMode=0700\
RuntimeDirectoryPreserve=yes|
s|^# No ExecStartPost=augenrules --load: the daemon merges rules.d and loads$|# No ExecStartPost either: audit-rules.service runs augenrules --load, in|
s|^# it itself before it reports ready (vigil_load_rules in auditd.conf(5)).$|# the host's namespace (the 4.x auditd.conf says vigil_load_rules = no).|
s|^RestartPreventExitStatus=2 4 6$|RestartPreventExitStatus=2 4 6\
# 4.2: SIGTERM to the daemon alone, which stops its plugins itself\
KillMode=mixed|
