package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The stances of shared/spec/extraction.md; the scorer compares them as
// strings, so a typo in a gold file would silently count every answer wrong.
var specStances = []string{"withdraws", "suspends", "restricts", "stays", "unclear"}

var (
	slugRE   = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	sha256RE = regexp.MustCompile(`^[0-9a-f]{64}$`)
	fileRE   = regexp.MustCompile(`^[0-9]{3}_[a-z0-9-]+\.txt$`)
	wordRE   = regexp.MustCompile(`[\p{L}\p{N}]+`)
)

type manifestEntry struct {
	File   string `json:"file"`
	URL    string `json:"url"`
	Query  string `json:"query"`
	SHA256 string `json:"sha256"`
}

type goldQuote struct {
	Text     string `json:"text"`
	Speaker  string `json:"speaker"`
	Provider string `json:"provider"`
}

type goldArticle struct {
	File      string `json:"file"`
	Lang      string `json:"lang"`
	Providers []struct {
		ID               string   `json:"id"`
		Stance           string   `json:"stance"`
		StanceOK         []string `json:"stance_ok"`
		Measures         []string `json:"measures"`
		MeasuresOptional []string `json:"measures_optional"`
	} `json:"providers"`
	Quotes   []goldQuote `json:"quotes"`
	Indirect []goldQuote `json:"indirect"`
	Clean    *struct {
		MustNotContain  []string `json:"must_not_contain"`
		MustContainOnce []string `json:"must_contain_once"`
	} `json:"clean"`
}

// measureIDs reads the canonical measure ids from content/data/measures.yaml.
func measureIDs(t *testing.T, root string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, "content", "data", "measures.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Measures []struct {
			ID string `yaml:"id"`
		} `yaml:"measures"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("measures.yaml: %v", err)
	}
	var ids []string
	for _, m := range doc.Measures {
		ids = append(ids, m.ID)
	}
	if len(ids) == 0 {
		t.Fatal("measures.yaml: no measure ids read")
	}
	return ids
}

func readJSONFile(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// TestRealSetsWellFormed checks what git holds of every real development set
// (testdata/real*/<lang>/): the texts are third-party and absent from a fresh
// clone, but the manifest and the gold must still let anyone fetch the texts
// again and let the scorer count what it should. It needs no text, so it runs
// everywhere, CI included.
func TestRealSetsWellFormed(t *testing.T) {
	root := filepath.Join("..", "..")
	manifests, err := filepath.Glob(filepath.Join(root, "testdata", "real*", "*", "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(manifests) < 37 {
		t.Fatalf("found %d real sets (%v), want at least testdata/real and testdata/real2 to testdata/real18 in both languages and testdata/real19/en (real19 has no Dutch half)", len(manifests), manifests)
	}
	measures := measureIDs(t, root)
	urlSet := map[string]string{} // url -> the set that has it
	for _, manifestPath := range manifests {
		dir := filepath.Dir(manifestPath)
		lang := filepath.Base(dir)
		t.Run(filepath.ToSlash(strings.TrimPrefix(dir, root+string(filepath.Separator))), func(t *testing.T) {
			var manifest struct {
				Articles []manifestEntry `json:"articles"`
			}
			readJSONFile(t, manifestPath, &manifest)
			var gold struct {
				Articles []goldArticle `json:"articles"`
			}
			goldPath := filepath.Join(dir, "gold.json")
			readJSONFile(t, goldPath, &gold)
			if len(manifest.Articles) == 0 {
				t.Fatalf("%s: no articles", manifestPath)
			}
			if len(gold.Articles) != len(manifest.Articles) {
				t.Fatalf("%s has %d articles, %s %d", manifestPath, len(manifest.Articles), goldPath, len(gold.Articles))
			}
			for i, e := range manifest.Articles {
				where := manifestPath + ": " + e.File
				if !fileRE.MatchString(e.File) {
					t.Errorf("%s: file name is not NNN_<outlet>-<slug>.txt", where)
				}
				if !sha256RE.MatchString(e.SHA256) {
					t.Errorf("%s: sha256 %q is not 64 lower-case hex digits", where, e.SHA256)
				}
				if !strings.HasPrefix(e.URL, "http") || e.Query == "" {
					t.Errorf("%s: without its url and query the text cannot be fetched again", where)
				}
				if other, dup := urlSet[e.URL]; dup {
					t.Errorf("%s: url also in %s (a held-out text must be new)", where, other)
				}
				urlSet[e.URL] = dir
				if g := gold.Articles[i]; g.File != e.File {
					t.Errorf("%s: article %d is %q in the manifest and %q in the gold", goldPath, i+1, e.File, g.File)
				}
			}
			for _, a := range gold.Articles {
				checkGoldArticle(t, goldPath+": "+a.File, a, lang, measures)
			}
		})
	}
}

func checkGoldArticle(t *testing.T, where string, a goldArticle, lang string, measures []string) {
	t.Helper()
	if a.Lang != lang {
		t.Errorf("%s: lang %q in a %q set", where, a.Lang, lang)
	}
	ids := map[string]bool{}
	for _, p := range a.Providers {
		if !slugRE.MatchString(p.ID) || ids[p.ID] {
			t.Errorf("%s: provider id %q is not a slug, or is listed twice", where, p.ID)
		}
		ids[p.ID] = true
		if !slices.Contains(specStances, p.Stance) {
			t.Errorf("%s: %s: stance %q is not one of %v", where, p.ID, p.Stance, specStances)
		}
		for _, s := range p.StanceOK {
			if !slices.Contains(specStances, s) || s == p.Stance {
				t.Errorf("%s: %s: stance_ok %q is unknown or repeats the stance", where, p.ID, s)
			}
		}
		for _, m := range append(slices.Clone(p.Measures), p.MeasuresOptional...) {
			if !slices.Contains(measures, m) {
				t.Errorf("%s: %s: measure %q is not in content/data/measures.yaml", where, p.ID, m)
			}
		}
		for _, m := range p.MeasuresOptional {
			if slices.Contains(p.Measures, m) {
				t.Errorf("%s: %s: measure %q is both required and optional", where, p.ID, m)
			}
		}
	}
	for _, q := range append(slices.Clone(a.Quotes), a.Indirect...) {
		// The scorer ignores predicted quotes under four words, so a
		// shorter gold quote could never be found.
		if n := len(wordRE.FindAllString(q.Text, -1)); n < 4 || strings.TrimSpace(q.Speaker) == "" {
			t.Errorf("%s: quote %.40q has %d words or no speaker", where, q.Text, n)
		}
		if q.Provider != "" && !slugRE.MatchString(q.Provider) {
			t.Errorf("%s: quote %.40q: provider %q is not an id", where, q.Text, q.Provider)
		}
	}
	if a.Clean != nil {
		for _, s := range append(slices.Clone(a.Clean.MustNotContain), a.Clean.MustContainOnce...) {
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s: empty clean check", where)
			}
		}
	}
}
