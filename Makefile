# The generator's tasks. `make` builds the CLI; `make build` builds the site
# into public/; `make test` runs every test; `make bench` the benchmarks.
GO      ?= go
BASEURL ?=
BIN     := bin/generator
PAGEFIND := node_modules/.bin/pagefind

.PHONY: all generator build site search test test-short bench bench-go serve seeds fmt vet clean lint check score-ingest

all: generator

generator:
	$(GO) build -o $(BIN) ./generator

# The site, then its search index (Pagefind) when the npm tools are installed.
build: site search

site:
	$(GO) run ./generator build --base-url "$(BASEURL)"

# The search index of public/ (Pagefind reads <html lang> for each page's
# language and stemming); after the site, also under make -j. Without
# node_modules it is skipped, except under CI, which installs it.
search: site
	@if [ -x $(PAGEFIND) ]; then $(PAGEFIND) --site public --quiet; \
	elif [ -n "$$CI" ]; then echo "pagefind not installed: run npm ci" >&2; exit 1; \
	else echo "pagefind not installed (npm ci): search index skipped"; fi

test: vet lint
	$(GO) test ./...

# The GitHub Pages workflow, linted by actionlint at a pinned version.
ACTIONLINT := github.com/rhysd/actionlint/cmd/actionlint@v1.7.12
lint:
	$(GO) run $(ACTIONLINT) .github/workflows/*.yml

# What an editor must fix, as path:line: message.
check:
	$(GO) run ./generator check

test-short:
	$(GO) test -short ./...

vet:
	$(GO) vet ./...

# The benchmark table of bench/README.md: synthetic corpora of 1,000, 10,000
# and 100,000 articles, our build and Hugo's (when installed), medians of
# BENCH_RUNS runs. Corpora and outputs go to .cache/bench (git-ignored).
# BENCH_SIZES=1000,10000 make bench for a shorter run.
BENCH_SIZES ?= 1000,10000,100000
BENCH_RUNS  ?= 3
bench:
	$(GO) run ./bench -sizes $(BENCH_SIZES) -runs $(BENCH_RUNS)

# Go micro-benchmarks (site.Build and friends).
bench-go:
	$(GO) test -run '^$$' -bench . -benchmem ./generator/...

# The editors' preview with live reload: make serve [PORT=1313].
PORT ?= 1313
serve:
	$(GO) run ./generator serve --port $(PORT)

# Re-ingest the raw seed articles (testdata/seeds) into content/, replacing
# the committed files: run after changing ingest or extraction on purpose.
seeds:
	$(GO) test ./generator/cli -run TestSeedsReingest -update

fmt:
	gofmt -w generator

clean:
	rm -rf public bin .cache

# HTML extraction scored on the Mozilla readability suite, ours next to
# go-trafilatura (tools/scoreingest/README.md). Fetches nothing; without the
# pages in testdata/readability-pages it says so and exits 0.
score-ingest:
	$(GO) run ./tools/scoreingest
