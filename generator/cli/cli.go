// Package cli holds the generator's subcommands and their flags.
package cli

import (
	"fmt"
	"io"
)

// Main runs one subcommand and returns the process exit status.
func Main(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	switch args[0] {
	case "extract":
		return runExtract(args[1:], stdout, stderr)
	case "build":
		return runBuild(args[1:], stdout, stderr)
	case "ingest":
		return runIngest(args[1:], stdout, stderr)
	case "synth": // hidden: the benchmarks' synthetic corpus
		return runSynth(args[1:], stdout, stderr)
	case "check":
		return runCheck(args[1:], stdout, stderr)
	case "new":
		return runNew(args[1:], stdout, stderr)
	case "serve":
		return runServe(args[1:], stdout, stderr)
	case "search-words":
		return runSearchWords(args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprintln(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "generator: unknown command %q\n%s\n", args[0], usage)
	return 2
}

const usage = `usage: generator <command> [flags]

commands:
  new       start an article from the archetype: new article --lang nl "Titel"
  ingest    turn a raw file, a web page (URL) or a feed (--feed URL) into articles in content/
  extract   print (--json) or write (--write) what an article reports
  check     report what an editor must fix, as path:line: message (--format json)
  build     render the site into public/
  serve     build into memory, serve on localhost:1313 and reload on every edit
  search-words
            write the distinct words of each excerpt-mode article's body, for the
            search index (make search runs it; --out FILE, outside public/)`
