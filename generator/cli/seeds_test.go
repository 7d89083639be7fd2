package cli

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"go.yaml.in/yaml/v3"
)

var update = flag.Bool("update", false, "rewrite golden files (and the seed articles in content/)")

// repoRoot is where the repository's content/ and testdata/ are.
const repoRoot = "../.."

type seedEntry struct {
	File    string   `yaml:"file"`
	Args    []string `yaml:"args"`
	Article string   `yaml:"article"`
}

// TestSeedsReingest re-ingests the raw seeds and compares the result byte
// for byte with the committed articles, so that a change to cleaning or
// extraction shows up as a diff an editor can review (`make seeds`).
func TestSeedsReingest(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot, "testdata/seeds/manifest.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var seeds []seedEntry
	if err := yaml.Unmarshal(data, &seeds); err != nil {
		t.Fatal(err)
	}
	if len(seeds) != 2 {
		t.Fatalf("manifest lists %d seeds, want 2", len(seeds))
	}
	for _, s := range seeds {
		t.Run(s.File, func(t *testing.T) {
			args := append([]string{"ingest", "--stdout", "--content", filepath.Join(repoRoot, "content")}, s.Args...)
			args = append(args, filepath.Join(repoRoot, "testdata/seeds", s.File))
			var out, errOut bytes.Buffer
			if code := Main(args, &out, &errOut); code != 0 {
				t.Fatalf("ingest exited %d: %s", code, errOut.String())
			}
			path := filepath.Join(repoRoot, s.Article)
			if *update {
				if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out.Bytes(), want) {
				t.Errorf("re-ingesting %s differs from %s (run `make seeds` if the change is intended)\n--- got\n%s", s.File, s.Article, out.String())
			}
		})
	}
}
