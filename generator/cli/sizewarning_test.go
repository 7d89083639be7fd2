package cli

import (
	"strings"
	"testing"
)

// build warns past the host's limit, and also when the output is under
// it but the search index that `make search` adds after would take it
// over (916 MB of pages at 100,000 articles: 1.03 GB with the index).
func TestSizeWarning(t *testing.T) {
	const limit = 1_000_000_000
	for _, tc := range []struct {
		name  string
		total int64
		want  string // a part of the warning; "" for none
	}{
		{"well under", 500_000_000, ""},
		{"under with the index", 880_000_000, ""},
		{"over with the index", 916_214_364, "with the search index that `make search` adds (about 119107867 more) it passes the 1000000000"},
		{"over", 1_009_366_882, "holds 1009366882 bytes, over the 1000000000 the host accepts"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := sizeWarning("public", tc.total, limit)
			if tc.want == "" {
				if got != "" {
					t.Errorf("warning %q, want none", got)
				}
				return
			}
			if !strings.Contains(got, tc.want) || !strings.Contains(got, `see "Deploying" in README.md`) {
				t.Errorf("warning %q, want it to hold %q and where to look", got, tc.want)
			}
		})
	}
}
