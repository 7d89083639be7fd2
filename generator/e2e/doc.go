// Package e2e holds the end-to-end tests of the built site: they build the
// real content with the CLI into a temporary folder, index it with
// Pagefind, serve it over HTTP, and check it as a reader and a validator
// would (links, the W3C Nu HTML checker, axe-core in headless Chromium,
// browser behaviours, screenshots, reproducible builds).
//
// The tools come from Debian (chromium, a Java runtime) and npm (pagefind,
// vnu-jar, axe-core: `make test` runs `npm ci` at the repository root when
// node_modules is missing or stale). A test whose tool is missing fails,
// naming the command that installs it; none skips silently. Only
// `go test -short` skips the slow tests (Java, Chromium) and those whose
// tool is missing, saying so.
// CHROMIUM names the browser binary when it is not chromium on PATH.
// Screenshots go to testdata/screenshots/ at the repository root.
package e2e
