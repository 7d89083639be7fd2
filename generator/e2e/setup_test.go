package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
	"time"
)

// TestMakeInstallsNpmTools checks the Makefile's plan (make -n, which runs
// nothing) on a copy of the repository's npm files: `make build` and
// `make test` run npm ci when node_modules is missing or older than
// package-lock.json, and not when it is up to date; the search index is
// always made, never skipped.
func TestMakeInstallsNpmTools(t *testing.T) {
	if _, err := exec.LookPath("make"); err != nil {
		t.Fatal("make is not installed: run `apt-get install make`")
	}
	dir := t.TempDir()
	for _, f := range []string{"Makefile", "package.json", "package-lock.json"} {
		data, err := os.ReadFile(filepath.Join(repoRoot, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	plan := func(target string) string {
		t.Helper()
		cmd := exec.Command("make", "-n", target)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("make -n %s: %v\n%s", target, err, out)
		}
		return string(out)
	}
	npmCI := regexp.MustCompile(`(?m)^npm ci\b`)
	searchWords := regexp.MustCompile(`(?m)^\S+ run \./generator search-words --out (\S+)`)
	pagefind := regexp.MustCompile(`(?m)^node tools/search/index\.mjs --site public --words (\S+)`)

	// A fresh clone: no node_modules.
	for _, target := range []string{"build", "test"} {
		if got := plan(target); !npmCI.MatchString(got) {
			t.Errorf("make %s on a fresh clone does not run npm ci:\n%s", target, got)
		}
	}
	if got := plan("build"); !pagefind.MatchString(got) {
		t.Errorf("make build does not index the site:\n%s", got)
	} else if w := searchWords.FindStringSubmatch(got); w == nil || w[1] != pagefind.FindStringSubmatch(got)[1] {
		t.Errorf("make build does not index the words generator search-words writes:\n%s", got)
	}

	// Installed and up to date: no npm ci, still the index.
	stamp := filepath.Join(dir, "node_modules", ".package-lock.json")
	if err := os.MkdirAll(filepath.Dir(stamp), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(stamp, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	for _, f := range []string{"package.json", "package-lock.json"} {
		if err := os.Chtimes(filepath.Join(dir, f), old, old); err != nil {
			t.Fatal(err)
		}
	}
	if got := plan("build"); npmCI.MatchString(got) || !pagefind.MatchString(got) {
		t.Errorf("make build with node_modules up to date:\n%s", got)
	}

	// The lockfile changed since: install again.
	if err := os.Chtimes(filepath.Join(dir, "package-lock.json"), time.Now().Add(time.Hour), time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if got := plan("build"); !npmCI.MatchString(got) {
		t.Errorf("make build with node_modules older than package-lock.json does not run npm ci:\n%s", got)
	}
}

// TestReadmeCommands: the README shows no command that reads outside the
// repository, and does not send readers to open the built files from disk
// (the site's links are root-relative, so the page shows without styles).
func TestReadmeCommands(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	blocks := regexp.MustCompile("(?s)```[a-z]*\n(.*?)```|`([^`\n]+)`").FindAllStringSubmatch(readme, -1)
	parent := regexp.MustCompile(`(^|[^.])\.\./`) // not the "..." of an elided URL
	for _, b := range blocks {
		code := b[1] + b[2]
		if parent.MatchString(code) {
			t.Errorf("README command reads outside the repository: %q", code)
		}
	}
	if regexp.MustCompile(`(?i)open\s+` + "`?" + `public/index\.html`).MatchString(readme) {
		t.Error("README still says to open public/index.html")
	}
	if _, err := os.Stat(filepath.Join(repoRoot, "templates", "ISSUE4.md")); err == nil {
		t.Error("templates/ISSUE4.md, a stray placeholder, is back")
	}
}
