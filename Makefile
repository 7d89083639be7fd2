# The generator's tasks. `make` builds the CLI; `make build` builds the site
# into public/; `make test` runs every test; `make bench` the benchmarks.
GO      ?= go
BASEURL ?=
BIN     := bin/generator
PAGEFIND := node_modules/.bin/pagefind

.PHONY: all generator build site search test test-short bench serve seeds fmt vet clean

all: generator

generator:
	$(GO) build -o $(BIN) ./generator

# The site, then its search index (Pagefind) when the npm tools are installed.
build: site search

site:
	$(GO) run ./generator build --base-url "$(BASEURL)"

search:
	@if [ -x $(PAGEFIND) ]; then $(PAGEFIND) --site public --quiet; \
	else echo "pagefind not installed (npm ci): search index skipped"; fi

test: vet
	$(GO) test ./...

test-short:
	$(GO) test -short ./...

vet:
	$(GO) vet ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./generator/...

serve:
	$(GO) run ./generator serve

# Re-ingest the raw seed articles (testdata/seeds) into content/, replacing
# the committed files: run after changing ingest or extraction on purpose.
seeds:
	$(GO) test ./generator/cli -run TestSeedsReingest -update

fmt:
	gofmt -w generator

clean:
	rm -rf public bin .cache
