package ogimage

import (
	"bytes"
	"flag"
	"image"
	"image/color"
	"image/png"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newsdesk/ruscompare/generator/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata/")

var cards = []struct {
	name string
	card Card
}{
	{"company", Card{Kicker: "Company", Title: "Cloudflare", Subtitle: "Stays in Russia with restrictions, according to 2 articles",
		Footer: "Who did what — tech companies and the invasion of Ukraine", Accent: color.RGBA{0x7f, 0x1d, 0x1d, 0xff}}},
	{"article-long", Card{Kicker: "The Register · 8 March 2022",
		Title:    "A very long headline that goes on and on about companies, networks, sanctions and everything else a reader might want to know about",
		Subtitle: "A standfirst that is also long enough that it needs more than one line and then more than two lines to be shown in full on the card",
		Footer:   "Wie deed wat — techbedrijven en de inval in Oekraïne"}},
	// An article's card: more companies than two rows hold, so the last
	// are counted.
	{"article", Card{Kicker: "Data News · 9 maart 2022",
		Title: "Cloudflare blijft in Rusland, maar neemt er geen nieuwe klanten meer aan",
		Chips: []string{"Cloudflare: Beperkt", "Amazon Web Services: Trekt zich terug", "Microsoft: Schort op",
			"Akamai: Onduidelijk", "Oracle: Schort op", "SAP: Schort op", "IBM: Schort op"},
		Footer: "Wie deed wat — techbedrijven en de inval in Oekraïne · newsdesk", Accent: color.RGBA{0x71, 0x3f, 0x12, 0xff}}},
	// One company whose name is wider than the card: shortened.
	{"article-one-company", Card{Kicker: "The Register · 8 March 2022",
		Title:  "A company with a name far too long to fit on a single row of the card, even alone",
		Chips:  []string{"An Extraordinarily Long Company Name Incorporated Worldwide Holdings: Stays"},
		Footer: "Who did what — tech companies and the invasion of Ukraine"}},
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

// Cards drawn at once on several goroutines (as the render's workers do,
// sharing the glyph caches) come out as they do one at a time.
func TestCardsConcurrent(t *testing.T) {
	want := make([][]byte, len(cards))
	for i, tt := range cards {
		var err error
		if want[i], err = tt.card.PNG(); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range cards {
				i := (g + k) % len(cards)
				got, err := cards[i].card.PNG()
				if err != nil {
					t.Error(err)
					return
				}
				if !bytes.Equal(got, want[i]) {
					t.Errorf("%s: differs when drawn concurrently", cards[i].name)
				}
			}
		})
	}
	wg.Wait()
}

// The encoder writes what image/png reads back, pixel for pixel, at
// every bit depth a palette size calls for, odd widths included.
func TestEncode(t *testing.T) {
	for _, tt := range []struct {
		colours, w, h int
	}{{2, 9, 3}, {4, 7, 5}, {4, 600, 315}, {16, 5, 2}, {17, 3, 3}, {256, 31, 4}, {1, 1, 1}} {
		pal := make(color.Palette, tt.colours)
		for i := range pal {
			pal[i] = color.RGBA{uint8(i), uint8(255 - i), uint8(i * 7), 0xff}
		}
		img := image.NewPaletted(image.Rect(0, 0, tt.w, tt.h), pal)
		for i := range img.Pix {
			img.Pix[i] = uint8((i*7 + i/3) % tt.colours)
		}
		data, err := encode(img)
		if err != nil {
			t.Fatal(err)
		}
		back, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%d colours, %d×%d: %v", tt.colours, tt.w, tt.h, err)
		}
		got, ok := back.(*image.Paletted)
		if !ok {
			t.Fatalf("%d colours: decoded as %T", tt.colours, back)
		}
		if !bytes.Equal(got.Pix, img.Pix) || len(got.Palette) != len(pal) {
			t.Errorf("%d colours, %d×%d: pixels or palette differ after a round trip", tt.colours, tt.w, tt.h)
		}
	}
	if _, err := encode(image.NewPaletted(image.Rect(0, 0, 1, 1), nil)); err == nil {
		t.Error("an image without a palette was encoded")
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

// FuzzCard draws cards of any text: each is a PNG of Size that image/png
// reads, the same bytes twice.
func FuzzCard(f *testing.F) {
	f.Add("The Register · 8 March 2022", "Cloudflare stays", "Cloudflare: Stays", "Site")
	f.Add("", "", "", "")
	f.Add("\u0301\u200b", "日本語のタイトル\x00", "\ufffd: ?", "\t\n")
	f.Fuzz(func(t *testing.T, kicker, title, chip, footer string) {
		// The site's strings are UTF-8 (content refuses anything else):
		// invalid bytes become U+FFFD, as they would on the way in.
		kicker, title = strings.ToValidUTF8(kicker, "\uFFFD"), strings.ToValidUTF8(title, "\uFFFD")
		chip, footer = strings.ToValidUTF8(chip, "\uFFFD"), strings.ToValidUTF8(footer, "\uFFFD")
		c := Card{Kicker: kicker, Title: title, Subtitle: title, Chips: []string{chip, chip, chip}, Footer: footer}
		a, err := c.PNG()
		if err != nil {
			t.Fatal(err)
		}
		b, err := c.PNG()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Fatal("two drawings differ")
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(a))
		if err != nil {
			t.Fatal(err)
		}
		if cfg.Width != Size.X || cfg.Height != Size.Y {
			t.Fatalf("%d×%d", cfg.Width, cfg.Height)
		}
	})
}

// BenchmarkCard draws and encodes a typical article card (a two-line
// title, two companies), then each half alone. bytes/card is its size.
func BenchmarkCard(b *testing.B) {
	c := Card{Kicker: "The Register · 8 March 2022", Title: "Internet firms split over Russia; Cloudflare takes a stand",
		Chips: []string{"Cloudflare: Stays", "Akamai: Withdraws or Restricts"}, Footer: "Who did what — tech companies and the invasion of Ukraine · newsdesk"}
	data, err := c.PNG()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("draw+encode", func(b *testing.B) {
		for b.Loop() {
			if _, err := c.PNG(); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(data)), "bytes/card")
	})
	b.Run("draw", func(b *testing.B) {
		for b.Loop() {
			if _, err := c.draw(); err != nil {
				b.Fatal(err)
			}
		}
	})
	img, err := c.draw()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("encode", func(b *testing.B) {
		for b.Loop() {
			if _, err := encode(img); err != nil {
				b.Fatal(err)
			}
		}
	})
}
