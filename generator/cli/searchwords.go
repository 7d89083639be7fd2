package cli

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/fulltext"
)

// runSearchWords prints, as JSON, the distinct words of the full text of
// every article whose page shows an excerpt: what tools/search/index.mjs
// adds to those pages in the search index (make search), so a reader
// finds an article by a word of its body that the page does not show.
func runSearchWords(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("search-words", flag.ContinueOnError)
	fs.SetOutput(stderr)
	source := fs.String("source", ".", "folder holding content/ (articles and data/)")
	drafts := fs.Bool("drafts", false, "also list articles marked draft: true (as build --drafts publishes them)")
	out := fs.String("out", "", "file to write (default: standard output); outside the site's folder, since it is not for publishing")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "generator search-words: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	arts, err := content.LoadDir(filepath.Join(*source, "content"))
	if err != nil {
		fmt.Fprintln(stderr, "generator search-words:", err)
		return 1
	}
	var buf bytes.Buffer
	if err := fulltext.Write(&buf, fulltext.Pages(arts, *drafts)); err != nil {
		fmt.Fprintln(stderr, "generator search-words:", err)
		return 1
	}
	if *out == "" {
		_, err = stdout.Write(buf.Bytes())
	} else {
		if err = os.MkdirAll(filepath.Dir(*out), 0o755); err == nil {
			err = os.WriteFile(*out, buf.Bytes(), 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "generator search-words:", err)
		return 1
	}
	return 0
}
