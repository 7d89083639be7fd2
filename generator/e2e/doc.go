// Package e2e holds the end-to-end tests of the built site: they build the
// real content with the CLI into a temporary folder, index it with
// Pagefind, serve it over HTTP, and check it as a reader and a validator
// would (links, the W3C Nu HTML checker, axe-core in headless Chromium,
// browser behaviours, screenshots, reproducible builds).
//
// The tools come from Debian (chromium, a Java runtime) and npm (pagefind,
// vnu-jar, axe-core: `npm ci` at the repository root). A test whose tool is
// missing is skipped with the reason, except under CI (CI set in the
// environment), where a missing tool fails the test: .ci/run installs them.
// The slow tests (Java, Chromium) are skipped by `go test -short`.
// CHROMIUM names the browser binary when it is not chromium on PATH.
// Screenshots go to testdata/screenshots/ at the repository root.
package e2e
