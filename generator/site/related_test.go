package site

import (
	"fmt"
	"slices"
	"sort"
	"testing"

	"github.com/newsdesk/ruscompare/generator/site/sitetest"
)

// TestRelatedMatchesRanking checks related's top-8 selection against the
// plain ranking it stands for: every company scored (2 per measure both
// take among its first candidates, 1 per shared definite stance, 1 per
// article reporting both), all sorted by score then id, the first 8 kept
// with the measures they share.
func TestRelatedMatchesRanking(t *testing.T) {
	lx, err := sitetest.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{10, 300, 3000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			// Several measures per company, so that companies share some.
			arts := synthetic(n)
			for i, a := range arts {
				for j := range a.Providers {
					a.Providers[j].Measures = []string{lx.Measures[(i+j)%len(lx.Measures)].ID, lx.Measures[(i*3+j)%len(lx.Measures)].ID}
				}
			}
			s, err := Build(arts, lx, DefaultConfig())
			if err != nil {
				t.Fatal(err)
			}
			co := map[string]map[string]int{}
			for _, a := range s.Articles {
				for _, r1 := range a.Reports {
					for _, r2 := range a.Reports {
						if r1 != r2 {
							if co[r1.Provider.ID] == nil {
								co[r1.Provider.ID] = map[string]int{}
							}
							co[r1.Provider.ID][r2.Provider.ID]++
						}
					}
				}
			}
			linked, shared := 0, 0
			for _, p := range s.Providers {
				want := rankRelated(s, p, co[p.ID])
				linked += len(want)
				for _, r := range want {
					shared += len(r.Shared)
				}
				if !slices.EqualFunc(p.Related, want, func(a, b Related) bool {
					return a.Provider == b.Provider && a.N == b.N && slices.Equal(a.Shared, b.Shared)
				}) {
					t.Fatalf("%s: related %v, want %v", p.ID, describeRelated(p.Related), describeRelated(want))
				}
			}
			if linked == 0 || shared == 0 {
				t.Fatalf("%d links, %d shared measures: the corpus tests too little", linked, shared)
			}
		})
	}
}

func rankRelated(s *Site, p *Provider, co map[string]int) []Related {
	score := map[*Provider]int{}
	shared := map[*Provider][]*Measure{}
	for _, u := range p.Measures {
		for i, q := range u.Measure.Providers {
			if i == relatedCandidates {
				break
			}
			if q != p {
				score[q] += 2
				shared[q] = append(shared[q], u.Measure)
			}
		}
	}
	for id, n := range co {
		score[s.Provider(id)] += n
	}
	if p.Stance != "" && p.Stance != "unclear" {
		for i, q := range s.Stance(p.Stance).Providers {
			if i == relatedCandidates {
				break
			}
			if q != p {
				score[q]++
			}
		}
	}
	var out []Related
	for q, n := range score {
		out = append(out, Related{Provider: q, N: n, Shared: shared[q]})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].Provider.ID < out[j].Provider.ID
	})
	return out[:min(len(out), maxRelated)]
}

func describeRelated(rs []Related) []string {
	var out []string
	for _, r := range rs {
		out = append(out, fmt.Sprintf("%s:%d:%d", r.Provider.ID, r.N, len(r.Shared)))
	}
	return out
}
