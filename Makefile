# vigil - a drop-in replacement for the Linux audit daemon.
# GNU make; no autotools.  `make help` lists the targets.

# LAYOUT=3x (default): Debian 12's paths and unit (audit 3.0.9).
# LAYOUT=4x: the 4.x family's (Debian 13, RHEL 10, Fedora, Ubuntu 26.04):
# merged /usr, run files under /run/audit, audit-rules.service loading
# the rules (auditd.conf(5), RUNNING UNDER SYSTEMD).
LAYOUT    ?= 3x
ifeq ($(LAYOUT),4x)
SBINDIR   ?= /usr/sbin
UNITDIR   ?= /usr/lib/systemd/system
else ifneq ($(LAYOUT),3x)
$(error LAYOUT must be 3x or 4x, not $(LAYOUT))
endif
PREFIX    ?= /usr
SBINDIR   ?= /sbin
BINDIR    ?= $(PREFIX)/bin
MANDIR    ?= $(PREFIX)/share/man
SYSCONFDIR ?= /etc
UNITDIR   ?= /lib/systemd/system
DESTDIR   ?=

CC        ?= cc
PKGS      := libcap-ng libsystemd
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS  := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CFLAGS    ?= -O2 -g
CFLAGS    += -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Iinclude $(PKG_CFLAGS)
LDLIBS    += $(PKG_LIBS) -lpthread
CHECK_LIBS := $(shell pkg-config --libs check 2>/dev/null)

B         := build
# src/lib: libvigil.a, what two programs or more use (config, log, netlink,
# tables, rules, the record library). src/daemon: auditd's modules, archived
# as libauditd.a (without main.c) so that unit tests and fuzz targets link
# them. src/tools/NAME: one folder per program; a new folder is a new
# program, found here without an edit.
LIB_SRC    := $(wildcard src/lib/*.c src/lib/*/*.c)
LIB_OBJ    := $(patsubst src/%.c,$(B)/obj/%.o,$(LIB_SRC))
DAEMON_SRC := $(filter-out src/daemon/main.c,$(wildcard src/daemon/*.c))
DAEMON_OBJ := $(patsubst src/%.c,$(B)/obj/%.o,$(DAEMON_SRC))
TOOL_NAMES := $(notdir $(patsubst %/,%,$(dir $(wildcard src/tools/*/*.c))))
TOOL_NAMES := $(sort $(TOOL_NAMES))
TOOLS      := $(addprefix $(B)/,$(TOOL_NAMES))
# Debian installs these to /usr/bin, for every user; the rest go to /sbin
BIN_TOOLS  := $(addprefix $(B)/,$(filter ausyscall aulast aulastlog auvirt,$(TOOL_NAMES)))
# the syslog plugin: /sbin, but every user may run it (mode 0755, as Debian)
PLUGIN_TOOLS := $(addprefix $(B)/,$(filter audisp-syslog,$(TOOL_NAMES)))
# 4.x's programs that 3.0.9 has not (its af_unix is built into auditd):
# installed with LAYOUT=4x only, their man pages too
TOOLS_4x   := $(addprefix $(B)/,$(filter audisp-af_unix,$(TOOL_NAMES)))
SBIN_TOOLS := $(filter-out $(BIN_TOOLS) $(PLUGIN_TOOLS) $(TOOLS_4x),$(TOOLS))
MAN8_3x    := $(filter-out $(patsubst $(B)/%,man/%.8,$(TOOLS_4x)),$(wildcard man/*.8))
UNIT_SRC   := $(wildcard tests/unit/test_*.c)
UNIT_BIN   := $(patsubst tests/unit/%.c,$(B)/tests/%,$(UNIT_SRC))
# test helpers the scenarios use, built once here
TESTHELP   := $(B)/tests/fake-immutable.so $(B)/tests/loadfile $(B)/tests/tlsclient
# header dependencies come from the compiler
DEPFLAGS   := -MMD -MP

.PHONY: all bench deps run check check-pkg check-unit check-tools check-fuzz fuzz check-asan check-tsan check-integration soak lint-man install units deb rpm clean help
all: $(B)/auditd $(TOOLS) $(B)/loadgen $(B)/execgen $(B)/latwatch $(B)/nullconsumer $(B)/formatbench $(TESTHELP)

$(B)/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(DEPFLAGS) -c -o $@ $<

$(B)/libvigil.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(B)/libauditd.a: $(DAEMON_OBJ)
	@rm -f $@
	ar rcs $@ $^

# libwrap (use_libwrap: hosts.allow, hosts.deny) for the daemon alone, as
# Debian's auditd links it; OpenSSL (transport = tls) for the daemon alone
$(B)/auditd: $(B)/obj/daemon/main.o $(B)/libauditd.a $(B)/libvigil.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS) -lwrap -lssl -lcrypto

define TOOL_RULE
$(B)/$(1): $(patsubst src/%.c,$(B)/obj/%.o,$(wildcard src/tools/$(1)/*.c)) $(B)/libvigil.a
	$$(CC) $$(CFLAGS) $$(LDFLAGS) -o $$@ $$^ $$(LDLIBS)
endef
$(foreach t,$(TOOL_NAMES),$(eval $(call TOOL_RULE,$(t))))

$(B)/loadgen: bench/loadgen.c
	@mkdir -p $(B)
	$(CC) $(CFLAGS) -o $@ $<

$(B)/execgen: bench/execgen.c
	@mkdir -p $(B)
	$(CC) $(CFLAGS) -o $@ $<

$(B)/latwatch: bench/latwatch.c
	@mkdir -p $(B)
	$(CC) $(CFLAGS) -o $@ $<

$(B)/nullconsumer: bench/nullconsumer.c $(B)/libvigil.a
	$(CC) $(CFLAGS) -o $@ $< $(B)/libvigil.a

$(B)/formatbench: bench/formatbench.c $(B)/libvigil.a
	$(CC) $(CFLAGS) -o $@ $< $(B)/libvigil.a

$(B)/tests/fake-immutable.so: tests/lib/fake-immutable.c
	@mkdir -p $(dir $@)
	$(CC) -O2 -Wall -shared -fPIC -o $@ $< -ldl

$(B)/tests/loadfile: tests/lib/loadfile.c $(B)/libvigil.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

$(B)/tests/tlsclient: tests/lib/tlsclient.c $(B)/libauditd.a $(B)/libvigil.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Isrc/daemon -o $@ $^ $(LDLIBS) -lssl -lcrypto

# The formatter's cost per record, then the full side-by-side benchmark
# (as root; about 10 minutes for run.sh, 3 for remote.sh; not in CI).
bench: all
	@./$(B)/formatbench
	@./bench/run.sh $(BENCH_ARGS)
	@./bench/lowrate.sh $(LOWRATE_BENCH_ARGS)
	@./bench/remote.sh $(REMOTE_BENCH_ARGS)
	@./bench/search.sh $(SEARCH_BENCH_ARGS)

# unit suites reach daemon modules' headers (src/daemon) and may include
# the module they test
$(B)/tests/%: tests/unit/%.c $(B)/libauditd.a $(B)/libvigil.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(DEPFLAGS) -Isrc/daemon -Itests/unit -o $@ $< $(B)/libauditd.a $(B)/libvigil.a $(CHECK_LIBS) $(LDLIBS)

-include $(shell find $(B) -name '*.d' -type f 2>/dev/null)

# Build and test dependencies from Debian; quiet and quick when all are present.
DEB_DEPS := build-essential pkg-config libcap-ng-dev libsystemd-dev check mandoc \
	auditd python3 clang libclang-rt-14-dev valgrind libfuse3-dev fuse3 audispd-plugins \
	libwrap0-dev libssl-dev dpkg-dev debhelper fakeroot lintian rpm rpmlint
deps:
	@missing=$$(for p in $(DEB_DEPS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | \
		grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "deps: installing$$(echo ' '$$missing)"; \
		./tests/lib/install-deps.sh $$missing; \
	fi
	@# Debian's auditd is the oracle of the differential tests: a `make
	@# install` on this machine replaces its binaries with vigil's, and the
	@# tests would then compare vigil with itself. Put the package back.
	@if dpkg -V auditd 2>/dev/null | grep -q -e ' /\(usr/\)\?sbin/\(auditd\|auditctl\|augenrules\|ausearch\|autrace\)$$' \
		-e ' /usr/bin/\(ausyscall\|aulast\|aulastlog\|auvirt\)$$' -e ' /sbin/audisp-syslog$$'; then \
		echo "deps: Debian's auditd binaries were replaced (make install?): reinstalling the oracle"; \
		./tests/lib/install-deps.sh --reinstall auditd; \
	fi

# a suite exits 77 when tests that need root were skipped: counted, not failed
check-unit: $(UNIT_BIN)
	@fail=0; skip=0; for t in $(UNIT_BIN); do \
		CK_DEFAULT_TIMEOUT=60 $$t; rc=$$?; \
		if [ $$rc -eq 77 ]; then skip=$$((skip + 1)); \
		elif [ $$rc -ne 0 ]; then fail=1; fi; done; \
	[ $$skip -eq 0 ] || echo "check-unit: $$skip suites skipped tests (exit 77)"; exit $$fail

# The tools against Debian's, byte for byte (skipped, 77, without them).
check-tools: all
	@./tests/tools/run-all.sh -b $(B)

# Instrumented copies of the whole build (build/asan, build/tsan): every unit
# suite, then every integration scenario against the instrumented daemon.
# Any sanitizer report fails the target (tests/lib/sanitized.sh).
ASAN_CC := clang -fsanitize=address,undefined -fno-sanitize-recover=undefined \
	-fno-omit-frame-pointer
TSAN_CC := clang -fsanitize=thread
check-asan: deps
	@./tests/lib/sanitized.sh asan "$(ASAN_CC)" $(SCENARIOS)

check-tsan: deps
	@./tests/lib/sanitized.sh tsan "$(TSAN_CC)" $(SCENARIOS)

# libFuzzer targets, one per parser: tests/fuzz/fuzz_NAME.c, linked against
# the library built again with ASan, UBSan and coverage in $(B)/fuzz.
# tests/fuzz/run.sh replays each target's seeds (tests/fuzz/corpus/NAME) and
# past crashes (tests/fuzz/regress/NAME), then fuzzes it for FUZZ_SECS
# seconds: check-fuzz FUZZ_SECS (default 15, make check gives 30); make fuzz
# FUZZ_TIME, default 60.
FUZZ_CC    := clang
FUZZ_FLAGS := -std=c11 -D_GNU_SOURCE -O1 -g -Wall -Wextra -Werror -Iinclude $(PKG_CFLAGS) \
	-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
FUZZ_NAMES := $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN   := $(patsubst %,$(B)/fuzz/fuzz_%,$(FUZZ_NAMES))
FUZZ_OBJ   := $(patsubst src/%.c,$(B)/fuzz/obj/%.o,$(LIB_SRC) $(DAEMON_SRC))
$(B)/fuzz/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_FLAGS) $(DEPFLAGS) -c -o $@ $<

$(B)/fuzz/libvigil.a: $(FUZZ_OBJ)
	@rm -f $@
	ar rcs $@ $^

# a target may include the module it tests (to reach its statics)
$(B)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(B)/fuzz/libvigil.a
	$(FUZZ_CC) $(FUZZ_FLAGS) $(DEPFLAGS) -Isrc/daemon -fsanitize=fuzzer -o $@ $< $(B)/fuzz/libvigil.a $(PKG_LIBS) -lpthread

FUZZ_SECS ?= 15
FUZZ_TIME ?= 60
# one target per fuzzer, so that make -j runs them side by side
check-fuzz: $(addprefix fuzz-run-,$(FUZZ_NAMES))
fuzz-run-%: $(B)/fuzz/fuzz_%
	@./tests/fuzz/run.sh -b $(B) -t $(FUZZ_SECS) $*

fuzz:
	@$(MAKE) -s -j$(shell nproc) check-fuzz FUZZ_SECS=$(FUZZ_TIME)

check-integration: all
	@./tests/integration/run-all.sh

# The packages (about 2 minutes): the .deb built and checked (lintian), then
# installed over Debian's auditd and Debian's put back (deb-install.sh, under
# the kernel lock: Debian's auditd is the other suites' oracle), the .rpm
# built and checked (rpmlint), the unit files. 77 (skipped) is not a failure.
check-pkg: all
	@fail=0; \
	./tests/pkg/deb-build.sh -b $(B); rc=$$?; [ $$rc = 0 ] || [ $$rc = 77 ] || fail=1; \
	if [ $$rc = 0 ]; then ./tests/pkg/deb-install.sh -b $(B) -d $$(ls $(B)/vigil_*.deb | head -1) || \
		[ $$? = 77 ] || fail=1; fi; \
	./tests/pkg/rpm-build.sh -b $(B) || [ $$? = 77 ] || fail=1; \
	./tests/pkg/unit-static.sh || [ $$? = 77 ] || fail=1; \
	exit $$fail

# Half the machine's ceiling for DURATION seconds (default 120; the README's
# figure is DURATION=1800), checked every minute (tests/soak/soak.sh).
DURATION ?= 120
soak: all
	@./tests/soak/soak.sh -d $(DURATION)

# make check is what CI runs (.ci/run), about 35 minutes on a 2-vCPU VM:
# the unit suites; the tools against Debian's; each fuzz target for 20 s, two at a time; the unit
# suites and the scenarios below on the ASan+UBSan and TSan builds (every
# thread and module of the daemon, about 75 s a build: the full runs,
# make check-asan / check-tsan, take 9 and 8 minutes and run by hand); the
# man pages; the packages (check-pkg); every integration scenario; a 2-minute soak.
CHECK_SAN_SCENARIOS := basic signals abort auditd-details config-errors daemon-rules differential \
	fault-kill9 filepolicy-diskerror filepolicy-rotate filepolicy-reload filepolicy-exec \
	hostile-records hostile-user plugins-afunix plugins-reload plugins-restart \
	plugins-syslog plugins-stop remote-audisp remote-restart remote-init remote-tls
check: deps
	@$(MAKE) -s all
	@$(MAKE) -s check-unit
	@$(MAKE) -s check-tools
	@$(MAKE) -s -j$(shell nproc) check-fuzz FUZZ_SECS=20
	@$(MAKE) -s check-asan SCENARIOS="$(CHECK_SAN_SCENARIOS)"
	@$(MAKE) -s check-tsan SCENARIOS="$(CHECK_SAN_SCENARIOS)"
	@$(MAKE) -s lint-man
	@$(MAKE) -s check-pkg
	@$(MAKE) -s check-integration
	@$(MAKE) -s soak DURATION=120

lint-man:
	@mandoc -Tlint -W warning man/*.[0-9] && echo "man pages: mandoc -Tlint clean"

run: deps all
	@./tests/lib/make-run.sh

install: all units
	install -d $(DESTDIR)$(SBINDIR) $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man8 $(DESTDIR)$(MANDIR)/man5 \
		$(DESTDIR)$(MANDIR)/man7 $(DESTDIR)$(SYSCONFDIR)/audit $(DESTDIR)$(UNITDIR)
	install -d -m 0750 $(DESTDIR)$(SYSCONFDIR)/audit/rules.d
	install -m 0750 $(B)/auditd $(DESTDIR)$(SBINDIR)/auditd
	install -m 0750 $(SBIN_TOOLS) $(DESTDIR)$(SBINDIR)/
	install -m 0755 $(BIN_TOOLS) $(DESTDIR)$(BINDIR)/
	install -m 0755 $(PLUGIN_TOOLS) $(DESTDIR)$(SBINDIR)/
	install -m 0644 $(if $(filter 4x,$(LAYOUT)),man/*.8,$(MAN8_3x)) $(DESTDIR)$(MANDIR)/man8/
	install -m 0644 man/*.5 $(DESTDIR)$(MANDIR)/man5/
	install -m 0644 man/*.7 $(DESTDIR)$(MANDIR)/man7/
	@# an existing configuration is the administrator's: never overwrite it
	@# (4x: audit-rules.service loads the rules, outside the daemon's namespace)
	[ -e $(DESTDIR)$(SYSCONFDIR)/audit/auditd.conf ] || \
		install -m 0640 conf/auditd.conf $(DESTDIR)$(SYSCONFDIR)/audit/auditd.conf.new
	[ ! -e $(DESTDIR)$(SYSCONFDIR)/audit/auditd.conf.new ] || [ $(LAYOUT) != 4x ] || \
		sed -i 's/^##vigil_load_rules = yes$$/vigil_load_rules = no/' $(DESTDIR)$(SYSCONFDIR)/audit/auditd.conf.new
	[ ! -e $(DESTDIR)$(SYSCONFDIR)/audit/auditd.conf.new ] || \
		mv $(DESTDIR)$(SYSCONFDIR)/audit/auditd.conf.new $(DESTDIR)$(SYSCONFDIR)/audit/auditd.conf
	@# 4x: the af_unix plugin program, and its plugins.d file (inactive,
	@# as 4.x ships it) unless the administrator has one
	[ $(LAYOUT) != 4x ] || [ -z "$(TOOLS_4x)" ] || install -m 0755 $(TOOLS_4x) $(DESTDIR)$(SBINDIR)/
	[ $(LAYOUT) != 4x ] || [ -e $(DESTDIR)$(SYSCONFDIR)/audit/plugins.d/af_unix.conf ] || { \
		install -d -m 0750 $(DESTDIR)$(SYSCONFDIR)/audit/plugins.d && \
		sed 's|^path = .*|path = $(SBINDIR)/audisp-af_unix|' conf/4x/af_unix.conf \
			>$(DESTDIR)$(SYSCONFDIR)/audit/plugins.d/af_unix.conf && \
		chmod 0640 $(DESTDIR)$(SYSCONFDIR)/audit/plugins.d/af_unix.conf; }
	@# the units run the daemon from where it is installed (SBINDIR)
	for u in $(UNITS_$(LAYOUT)); do \
		sed 's|^ExecStart=\(/usr\)\{0,1\}/sbin/auditd |ExecStart=$(SBINDIR)/auditd |' $$u \
			>$(DESTDIR)$(UNITDIR)/$$(basename $$u) && \
		chmod 0644 $(DESTDIR)$(UNITDIR)/$$(basename $$u) || exit 1; \
	done

# the service units of each layout: 3x's is systemd/auditd.service as it
# is; 4x's is made from it (systemd/4x/auditd.sed), plus audit-rules.service
UNITS_3x := systemd/auditd.service
UNITS_4x := $(B)/systemd/4x/auditd.service systemd/4x/audit-rules.service
units: $(UNITS_3x) $(UNITS_4x)
$(B)/systemd/4x/auditd.service: systemd/auditd.service systemd/4x/auditd.sed
	@mkdir -p $(dir $@)
	sed -f systemd/4x/auditd.sed $< > $@

# A Debian package `vigil` in place of Debian's auditd, built by
# dpkg-buildpackage from a copy of the tree (pkg/debian/, pkg/deb.sh); the
# .deb lands in $(B)/. tests/pkg/deb-build.sh checks it.
deb:
	@./pkg/deb.sh -b $(B)

# The same for RPM hosts (Fedora, RHEL): a package `vigil` in place of
# audit, built by rpmbuild from a tarball of the tree (pkg/rpm/, pkg/rpm.sh);
# the .rpm lands in $(B)/. tests/pkg/rpm-build.sh checks it.
rpm:
	@./pkg/rpm.sh -b $(B)

clean:
	rm -rf $(B) run

help:
	@echo "targets: all deps run check check-unit check-tools check-fuzz fuzz check-asan check-tsan check-integration soak lint-man install units deb rpm clean"
