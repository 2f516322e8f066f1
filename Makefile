# thidua — common tasks. `make demo` and `make test` work on a fresh Debian machine.
SWIFT ?= swift
PKGS := libxlsxwriter-dev libzip-dev libdeflate-dev libarchive-dev libicu-dev pkg-config
BIN := .build/debug/thidua

.PHONY: deps build release test demo samples templates bench clean dist test-dist clean-dist

# Installs the C libraries when pkg-config cannot find them (needs root, as on CI).
deps:
	@if ! pkg-config --exists xlsxwriter libzip libdeflate libarchive icu-i18n 2>/dev/null; then \
	  echo "Installing $(PKGS)…"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PKGS) >/dev/null; \
	fi

build: deps
	$(SWIFT) build --product thidua

release: deps
	$(SWIFT) build -c release --product thidua

# Builds and runs every test (what .ci/run calls).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Consolidates the sample inbox; exit 1 only means some samples need fixing (on purpose).
demo: build
	@mkdir -p out
	@$(BIN) consolidate Samples/inbox --roster Samples/roster.csv -o out/BaoCaoTongHop.xlsx \
	  --json out/ket-qua.json --return-dir out/tra-lai --date 2024-06-25; \
	  status=$$?; [ $$status -le 1 ] || exit $$status

# Blank templates of the embedded plan, and one per sample roster unit.
templates: build
	$(BIN) template -o out/mau
	$(BIN) template -o out/mau-don-vi --roster Samples/roster.csv

# Regenerates Samples/inbox (needs openpyxl and LibreOffice: see Samples/make_samples.py).
samples: build
	python3 Samples/make_samples.py

# End-to-end speed and memory against the reference pipeline (release build).
bench: deps
	Benchmarks/consolidate.sh $(N)

clean:
	rm -rf .build out

# The Debian 12 package and a tarball of the same files (needs dpkg-dev): dist/thidua_VERSION_amd64.{deb,tar.gz}.
# The Swift runtime and Foundation are linked in (--static-swift-stdlib); Depends comes from dpkg-shlibdeps.
VERSION := $(shell sed -n 's/^ *static let current = "\(.*\)"$$/\1/p' Sources/thidua/Thidua.swift)
DIST_WORK := .build-dist
dist: deps
	@command -v dpkg-shlibdeps >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dpkg-dev >/dev/null; }
	$(SWIFT) build -c release --product thidua --static-swift-stdlib
	packaging/build-deb.sh "$$($(SWIFT) build -c release --static-swift-stdlib --show-bin-path)/thidua" $(VERSION) dist $(DIST_WORK)/deb

# Installs the package in a Debian 12 debootstrap chroot (root; network: Debian's mirror) and checks it.
# Not part of `make test`, which stays offline.
test-dist: dist
	packaging/test-deb.sh dist/thidua_$(VERSION)_amd64.deb $(VERSION) $(DIST_WORK)

clean-dist:
	rm -rf dist $(DIST_WORK)/deb $(DIST_WORK)/chroot
