package main

import (
	"reflect"
	"testing"

	"github.com/newsdesk/ruscompare/generator/ingest"
)

// toy builds articles whose furniture lines have the feature "short" and
// whose content lines do not, in the order given.
func toy(n int) []*article {
	var arts []*article
	for i := 0; i < n; i++ {
		a := &article{group: "g", name: "a"}
		for j := 0; j < 4; j++ {
			f := make([]float64, len(ingest.LineFeatureNames))
			f[0] = 1
			f[6] = float64(j % 2) // short
			f[1] = float64(i%3) / 3
			a.feats = append(a.feats, f)
			a.labels = append(a.labels, j%2)
		}
		arts = append(arts, a)
	}
	return arts
}

// The fit is deterministic and learns what separates the classes.
func TestFitDeterministic(t *testing.T) {
	cases := []struct {
		name string
		n    int
	}{{"small", 3}, {"larger", 20}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, b := fit(toy(c.n), func(*article) bool { return true }), fit(toy(c.n), func(*article) bool { return true })
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("two fits differ:\n%v\n%v", a, b)
			}
			m := &ingest.LineModel{Features: ingest.LineFeatureNames, Weights: a}
			arts := toy(1)
			if p0, p1 := m.Prob(arts[0].feats[0]), m.Prob(arts[0].feats[1]); p1 <= 0.9 || p0 >= 0.1 {
				t.Errorf("furniture %.2f, content %.2f: not separated", p1, p0)
			}
		})
	}
}
