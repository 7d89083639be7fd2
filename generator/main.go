// Command generator builds the news-comparison site: ingest raw articles,
// extract who did what, and render the bilingual static site.
package main

import (
	"os"

	"github.com/newsdesk/ruscompare/generator/cli"
)

func main() { os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr)) }
