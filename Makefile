# thidua — common tasks. `make demo` and `make test` work on a fresh Debian machine.
SWIFT ?= swift
PKGS := libxlsxwriter-dev libzip-dev libexpat1-dev pkg-config

.PHONY: deps build release test demo clean

# Installs the C libraries when pkg-config cannot find them (needs root, as on CI).
deps:
	@if ! pkg-config --exists xlsxwriter libzip expat 2>/dev/null; then \
	  echo "Installing $(PKGS)…"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PKGS); \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build out
