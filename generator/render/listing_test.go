package render

import (
	"reflect"
	"testing"

	"github.com/newsdesk/ruscompare/generator/site"
)

func TestSliceNewest(t *testing.T) {
	items := []int{1, 2, 3, 4, 5, 6, 7} // oldest first
	for _, tt := range []struct {
		n, size int
		want    []int
	}{
		{1, 3, []int{7, 6, 5}},
		{2, 3, []int{4, 3, 2}},
		{3, 3, []int{1}},
		{4, 3, nil},
		{1, 10, []int{7, 6, 5, 4, 3, 2, 1}},
	} {
		if got := sliceNewest(items, tt.n, tt.size); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("sliceNewest(page %d of %d) = %v, want %v", tt.n, tt.size, got, tt.want)
		}
	}
}

// evidence makes a sentence of field ("stance" or a measure id) in a,
// on the article page or not.
func evidence(a *site.Article, field, id string, found bool) *site.Evidence {
	e := &site.Evidence{Field: "stance", ID: id, Found: found, Article: a}
	if field != "stance" {
		e.Field, e.Measure = "measure", field
	}
	return e
}

func TestEntryEvidence(t *testing.T) {
	a := &site.Article{Path: "en/articles/a/"}
	p := &Page{}
	for _, tt := range []struct {
		name string
		ev   []*site.Evidence
		want string // the chosen anchor; "" for none
	}{
		{"stance on the page", []*site.Evidence{evidence(a, "stance", "s1", true)}, "s1"},
		{"second stance sentence on the page", []*site.Evidence{evidence(a, "stance", "s1", false), evidence(a, "stance", "s2", true)}, "s2"},
		{"stance left out, a measure on the page", []*site.Evidence{evidence(a, "stance", "s1", false), evidence(a, "suspend-sales", "m1", true)}, "m1"},
		{"nothing on the page", []*site.Evidence{evidence(a, "stance", "s1", false)}, ""},
		{"no evidence", nil, ""},
	} {
		got := p.EntryEvidence(&site.Report{Article: a, Evidence: tt.ev})
		id := ""
		if got != nil {
			id = got.ID
		}
		if id != tt.want {
			t.Errorf("%s: EntryEvidence = %q, want %q", tt.name, id, tt.want)
		}
	}
}

func TestStanceLines(t *testing.T) {
	x, y := &site.Provider{ID: "x"}, &site.Provider{ID: "y"}
	newer, older := &site.Article{Path: "en/articles/new/"}, &site.Article{Path: "en/articles/old/"}
	// Newest first, as the model keeps a stance's reports.
	st := &site.Stance{Reports: []*site.Report{
		{Article: newer, Provider: x, Evidence: []*site.Evidence{evidence(newer, "stance", "left-out", false)}},
		{Article: older, Provider: x, Evidence: []*site.Evidence{evidence(older, "stance", "on-page", true)}},
		{Article: older, Provider: y, Evidence: []*site.Evidence{evidence(older, "stance", "only", false)}},
	}}
	got := (&Page{}).StanceLines(st)
	for _, tt := range []struct {
		p    *site.Provider
		n    int
		want string
	}{
		// The newest sentence that is on its page beats a newer one that is not.
		{x, 2, "on-page"},
		// With none on its page, the newest sentence is still linked (to its article).
		{y, 1, "only"},
	} {
		l := got[tt.p]
		if l == nil || l.N != tt.n || l.Evidence == nil || l.Evidence.ID != tt.want {
			t.Errorf("%s: line %+v, want %d articles and evidence %q", tt.p.ID, l, tt.n, tt.want)
		}
	}
}

func TestReviewState(t *testing.T) {
	for _, tt := range []struct {
		reviewed []bool
		want     string
	}{
		{nil, "none"},
		{[]bool{false, false}, "none"},
		{[]bool{true, true}, "all"},
		{[]bool{true, false}, "mixed"},
	} {
		a := &site.Article{}
		for _, r := range tt.reviewed {
			a.Reports = append(a.Reports, &site.Report{Reviewed: r})
		}
		if got := (&Page{}).ReviewState(a); got != tt.want {
			t.Errorf("reviewed %v: ReviewState = %q, want %q", tt.reviewed, got, tt.want)
		}
	}
}

func TestQuoteSpeakers(t *testing.T) {
	ann, bob := &site.Speaker{Name: "Ann"}, &site.Speaker{Name: "Bob"}
	pr := &site.Provider{Quotes: []*site.Quote{{Speaker: bob}, {Speaker: ann}, {Speaker: bob}, {}}}
	got := (&Page{}).QuoteSpeakers(pr)
	want := []SpeakerCount{{bob, 2}, {ann, 1}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("QuoteSpeakers = %+v, want Bob 2, Ann 1 (unknown speakers left out)", got)
	}
}
