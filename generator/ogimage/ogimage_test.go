package ogimage

import (
	"bytes"
	"flag"
	"image/color"
	"image/png"
	"path/filepath"
	"testing"

	"github.com/newsdesk/ruscompare/generator/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata/")

var cards = []struct {
	name string
	card Card
}{
	{"company", Card{Kicker: "Company", Title: "Cloudflare", Subtitle: "Stays in Russia with restrictions, according to 2 articles",
		Footer: "Who did what — tech companies and the invasion of Ukraine", Accent: color.RGBA{0xf9, 0xdc, 0xdc, 0xff}}},
	{"article-long", Card{Kicker: "The Register · 8 March 2022",
		Title:    "A very long headline that goes on and on about companies, networks, sanctions and everything else a reader might want to know about",
		Subtitle: "A standfirst that is also long enough that it needs more than one line and then more than two lines to be shown in full on the card",
		Footer:   "Wie deed wat — techbedrijven en de inval in Oekraïne"}},
	{"empty", Card{}},
}

// The cards are golden files: same input, same bytes, and a change to the
// drawing shows up as a diff to look at (go test -update, then open the
// PNGs in testdata/).
func TestCardGolden(t *testing.T) {
	for _, tt := range cards {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.card.PNG()
			if err != nil {
				t.Fatal(err)
			}
			again, err := tt.card.PNG()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, again) {
				t.Fatal("two drawings of the same card differ")
			}
			img, err := png.Decode(bytes.NewReader(got))
			if err != nil {
				t.Fatal(err)
			}
			if img.Bounds().Size() != Size {
				t.Errorf("size %v, want %v", img.Bounds().Size(), Size)
			}
			golden.Check(t, filepath.Join("testdata", tt.name+".png"), got, *update)
		})
	}
}

func TestFavicon(t *testing.T) {
	ico, err := Favicon([]color.RGBA{{0xdc, 0xef, 0xdc, 0xff}, {0xfc, 0xeb, 0xc9, 0xff}})
	if err != nil {
		t.Fatal(err)
	}
	// ICONDIR: reserved 0, type 1 (icon), one image; the PNG follows the
	// 6+16 header bytes.
	if !bytes.HasPrefix(ico, []byte{0, 0, 1, 0, 1, 0, 32, 32}) {
		t.Fatalf("not an .ico header: % x", ico[:8])
	}
	img, err := png.Decode(bytes.NewReader(ico[22:]))
	if err != nil {
		t.Fatal(err)
	}
	if img.Bounds().Dx() != 32 || img.Bounds().Dy() != 32 {
		t.Errorf("favicon is %v", img.Bounds())
	}
}

func BenchmarkCard(b *testing.B) {
	c := cards[1].card
	var n int
	for b.Loop() {
		data, err := c.PNG()
		if err != nil {
			b.Fatal(err)
		}
		n = len(data)
	}
	b.ReportMetric(float64(n), "bytes/card")
}
