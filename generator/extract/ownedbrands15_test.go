package extract_test

import (
	"testing"

	"github.com/newsdesk/ruscompare/generator/extract"
)

// TestOwnedBrandsAreProducts: a list of a company's own brands ("the owner
// of pet food brands including A, B and C") names products, not companies
// that responded; a list of brands with no owner before it ("big brands
// such as A and B have left") still names companies. Both languages.
func TestOwnedBrandsAreProducts(t *testing.T) {
	x := newExtractor(t)
	rows := []struct {
		name, lang, body   string
		brandsAreCompanies bool
	}{
		{"owner of brands", "en", "Unilever, the owner of pet food brands including Zorbo, Kittomix and Pawlo, is still operating in Russia.", false},
		{"its brands", "en", "Unilever said its chocolate brands such as Zorbo, Kittomix and Pawlo are still sold in Russia.", false},
		{"brands with no owner", "en", "Big brands such as Zorbo, Kittomix and Pawlo have pulled out of Russia.", true},
		{"eigenaar van merken", "nl", "Unilever, eigenaar van merken zoals Zorbo, Kittomix en Pawlo, blijft actief in Rusland.", false},
		{"zijn merken", "nl", "Unilever zegt dat zijn bekende merken zoals Zorbo, Kittomix en Pawlo in Rusland te koop blijven.", false},
	}
	for _, r := range rows {
		t.Run(r.lang+"/"+r.name, func(t *testing.T) {
			res := x.Extract(extract.Document{Lang: r.lang, Body: r.body})
			found := map[string]bool{}
			for _, p := range res.Providers {
				found[p.ID] = true
			}
			for _, id := range []string{"zorbo", "kittomix", "pawlo"} {
				if found[id] != r.brandsAreCompanies {
					t.Errorf("%s reported %v, want %v (providers %v)", id, found[id], r.brandsAreCompanies, found)
				}
			}
			if !r.brandsAreCompanies && !found["unilever"] {
				t.Errorf("the owner is not reported: %v", found)
			}
		})
	}
}
