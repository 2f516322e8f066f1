# thidua — common tasks. `make demo` and `make test` work on a fresh Debian machine.
SWIFT ?= swift
PKGS := libxlsxwriter-dev libzip-dev libdeflate-dev libarchive-dev libicu-dev pkg-config
BIN := .build/debug/thidua

.PHONY: deps build release test demo samples templates bench clean

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
