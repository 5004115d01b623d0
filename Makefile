# kaart: `make run` builds the example site into public/, `make test` runs every test.
# Both install what they need first (Debian packages, the Python venv), so they work
# on a fresh machine.

SWIFT   ?= swift
CONTENT ?= content
TEMPLATES ?= templates
OUTPUT  ?= public

.PHONY: run test deps test-deps test-browser serve clean

run: deps
	$(SWIFT) build -c release --product kaart
	.build/release/kaart plan token --alle --content $(CONTENT)
	.build/release/kaart build --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT)

test: deps test-deps
	SWIFT=$(SWIFT) bash scripts/run-tests.sh

deps:
	bash scripts/install-system-deps.sh

test-deps:
	bash scripts/install-test-deps.sh

# Only the Python browser suite, against an already built site (KAART_PUBLIC=dir overrides public/).
test-browser: test-deps
	.venv/bin/python -m pytest Tests/browser

# Serves public/ with nginx on 127.0.0.1 (a free port; the URL is printed).
serve: test-deps
	.venv/bin/python Tests/browser/nginx_server.py $(OUTPUT)

clean:
	rm -rf .build $(OUTPUT) .venv
