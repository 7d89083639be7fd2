package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/newsdesk/ruscompare/generator/lexicon"
	"github.com/newsdesk/ruscompare/generator/synth"
)

// runSynth is the hidden `generator synth` command of the benchmarks: it
// writes a deterministic synthetic corpus laid out like this repository.
func runSynth(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("synth", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		o    synth.Options
		out  string
		data string
	)
	fs.IntVar(&o.N, "n", 1000, "number of articles")
	fs.Uint64Var(&o.Seed, "seed", 0, "corpus seed")
	fs.IntVar(&o.Words, "words", 700, "words per body")
	fs.BoolVar(&o.NoExtraction, "no-extraction", false, "write no providers or quotes, so a build extracts every article")
	fs.Float64Var(&o.Bare, "bare", 0.1, "share of articles without extraction (-1 for none)")
	fs.BoolVar(&o.Taxonomies, "taxonomies", true, "add companies/stances/measures lists for the Hugo comparison site")
	fs.StringVar(&out, "out", "", "folder to write (content/ goes inside; must not hold articles yet)")
	fs.StringVar(&data, "data", filepath.Join("content", "data"), "lexicon folder: companies, people and measures, copied to OUT/content/data")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if out == "" || o.N <= 0 {
		fmt.Fprintln(stderr, "generator synth: --out and a positive --n are required")
		return 2
	}
	if _, err := os.Stat(filepath.Join(out, "content", "en", "articles")); err == nil {
		fmt.Fprintf(stderr, "generator synth: %s already holds a corpus; remove it first\n", out)
		return 1
	}
	start := time.Now()
	lx, err := lexicon.Load(data)
	if err != nil {
		fmt.Fprintln(stderr, "generator:", err)
		return 1
	}
	c, err := synth.New(lx)
	if err != nil {
		fmt.Fprintln(stderr, "generator:", err)
		return 1
	}
	n, err := c.Write(out, o)
	if err != nil {
		fmt.Fprintln(stderr, "generator:", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %d articles (%d bytes) into %s in %s\n", o.N, n, out, time.Since(start).Round(time.Millisecond))
	return 0
}
