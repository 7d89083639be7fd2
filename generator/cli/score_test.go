package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractionScores runs `extract --json` over the raw seeds and over
// our five sets of test articles (each written by someone who had not seen
// the extractor), and scores each with tools/score (a copy of the
// team's scorer) against its gold, failing below the floors. The seed
// floors are the extraction issue's; the test-set floors sit a little under
// what extraction reaches today, so that a regression shows. Since round 9
// (named_once in stances.yaml) a registered company an article names with
// no claim is reported as unclear: on real articles nobody had tuned on
// that found far more companies than it wrongly added, while these sets,
// written to order, list only companies with a step, so their providers
// floors went down with it (heldout 0.90 -> 0.85, final 0.97 -> 0.92).
func TestExtractionScores(t *testing.T) {
	if testing.Short() {
		t.Skip("scores extraction on 18 articles; skipped with -short")
	}
	sets := []struct {
		name, gold, glob, floors string
	}{
		{"seeds", "testdata/seeds/gold.json", "testdata/seeds/*.txt",
			"providers=1,stance=1,measures=1,quotes=0.95,speaker=0.9,quote_provider=0.9,clean=1"},
		{"extraction", "testdata/extraction/gold.json", "testdata/extraction/articles/*",
			"providers=0.96,stance=0.88,measures=0.83,quotes=0.95,speaker=0.92,quote_provider=0.89,indirect=0.75,clean=1"},
		{"heldout", "testdata/heldout/gold.json", "testdata/heldout/articles/*",
			"providers=0.85,stance=0.92,measures=0.84,quotes=0.95,speaker=0.89,quote_provider=0.89,indirect=0.8,clean=1"},
		{"final", "testdata/final/gold.json", "testdata/final/articles/*",
			"providers=0.92,stance=0.9,measures=0.84,quotes=0.99,speaker=0.85,quote_provider=0.75,indirect=0.72,clean=1"},
		{"blind4", "testdata/blind4/gold.json", "testdata/blind4/articles/*",
			"providers=0.98,stance=0.91,measures=0.83,quotes=0.97,speaker=0.9,quote_provider=0.66,indirect=0.68,clean=1"},
		// Written for issue 14 before tuning; its first score is in its README.
		{"blind5", "testdata/blind5/gold.json", "testdata/blind5/articles/*",
			"providers=0.96,stance=0.95,measures=0.92,quotes=0.97,speaker=0.97,quote_provider=0.91,indirect=0.95,clean=1"},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			files, err := filepath.Glob(filepath.Join(repoRoot, set.glob))
			if err != nil || len(files) == 0 {
				t.Fatalf("no articles for %s: %v", set.glob, err)
			}
			args := append([]string{"extract", "--json", "--data", filepath.Join(repoRoot, "content/data")}, files...)
			var out, errOut bytes.Buffer
			if code := Main(args, &out, &errOut); code != 0 {
				t.Fatalf("extract exited %d: %s", code, errOut.String())
			}
			pred := filepath.Join(t.TempDir(), "pred.json")
			if err := os.WriteFile(pred, out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command("go", "run", "./tools/score", "-v", "-gold", set.gold, "-pred", pred, "-min", set.floors)
			cmd.Dir = repoRoot
			res, err := cmd.CombinedOutput()
			lines := strings.Split(strings.TrimSpace(string(res)), "\n")
			t.Log(lines[len(lines)-1])
			if err != nil {
				t.Errorf("below the floors:\n%s", res)
			}
		})
	}
}
