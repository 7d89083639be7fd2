package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func sum(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

func TestCheck(t *testing.T) {
	const textA, textB = "An article in our own words.\n", "Another one, also ours."
	manifest := `{"articles": [
 {"file": "001_a.txt", "sha256": "` + sum(textA) + `"},
 {"file": "002_b.txt", "sha256": "` + strings.ToUpper(sum(textB)) + `"}]}`
	tests := []struct {
		name     string
		manifest string            // "" writes no manifest
		texts    map[string]string // file -> content under texts/
		want     []string          // text files returned, when no error
		absent   bool              // want errAbsent
		errHas   string            // want another error containing this
	}{
		{name: "all present and matching", manifest: manifest,
			texts: map[string]string{"001_a.txt": textA, "002_b.txt": textB},
			want:  []string{"001_a.txt", "002_b.txt"}},
		{name: "no texts folder", manifest: manifest, absent: true},
		{name: "empty texts folder", manifest: manifest, texts: map[string]string{}, absent: true},
		{name: "no manifest: a set not built yet", absent: true},
		{name: "one text missing", manifest: manifest,
			texts:  map[string]string{"001_a.txt": textA},
			errHas: "002_b.txt: missing"},
		{name: "one text differs", manifest: manifest,
			texts:  map[string]string{"001_a.txt": textA, "002_b.txt": textB + "\n"},
			errHas: "002_b.txt: sha256"},
		{name: "bare array manifest", manifest: `[{"file": "001_a.txt", "sha256": "` + sum(textA) + `"}]`,
			texts: map[string]string{"001_a.txt": textA},
			want:  []string{"001_a.txt"}},
		{name: "entry without sha256", manifest: `{"articles": [{"file": "001_a.txt"}]}`,
			texts:  map[string]string{"001_a.txt": textA},
			errHas: "entry 1 has no file or no sha256"},
		{name: "broken manifest", manifest: `{"articles": [`,
			errHas: "manifest.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.manifest != "" {
				if err := os.WriteFile(filepath.Join(dir, "manifest.json"), []byte(tt.manifest), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if tt.texts != nil {
				if err := os.Mkdir(filepath.Join(dir, "texts"), 0o755); err != nil {
					t.Fatal(err)
				}
				for name, content := range tt.texts {
					if err := os.WriteFile(filepath.Join(dir, "texts", name), []byte(content), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			paths, err := check(dir)
			switch {
			case tt.absent:
				if !errors.Is(err, errAbsent) {
					t.Fatalf("check = %v, %v; want errAbsent", paths, err)
				}
			case tt.errHas != "":
				if err == nil || errors.Is(err, errAbsent) || !strings.Contains(err.Error(), tt.errHas) {
					t.Fatalf("check error = %v; want one containing %q", err, tt.errHas)
				}
			default:
				if err != nil {
					t.Fatalf("check: %v", err)
				}
				var got []string
				for _, p := range paths {
					got = append(got, filepath.Base(p))
				}
				if strings.Join(got, ",") != strings.Join(tt.want, ",") {
					t.Fatalf("check = %v; want %v", got, tt.want)
				}
			}
		})
	}
}
