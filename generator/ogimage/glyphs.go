package ogimage

import (
	"fmt"
	"image"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomedium"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// A typeface is one font at one size with its glyphs rasterised once per
// process and kept as shade levels: rasterising the outlines again for
// every card was most of a card's drawing time. With full hinting the
// advances and kerns are whole pixels, so every glyph is drawn at a whole
// pixel and one bitmap per rune serves every position, which also keeps
// the bytes of a card independent of what was drawn before it.
type typeface struct {
	line   int // the distance between baselines
	mu     sync.Mutex
	face   font.Face // not safe for concurrent use: only under mu
	glyphs sync.Map  // rune -> *glyph
	kerns  sync.Map  // [2]rune -> int
}

// glyph is a rasterised glyph: levels (0 = paper, 1 = half, 2 = ink) of
// the w×h box whose top left is (dx, dy) from the dot, and the advance.
type glyph struct {
	dx, dy, w, h int
	level        []uint8
	advance      int
}

// faces are the typefaces of a card.
type faces struct {
	kicker, title, sub, chip, foot *typeface
}

var (
	facesOnce sync.Once
	loaded    faces
	loadErr   error
)

// loadFaces parses the Go fonts once and makes the card's typefaces.
func loadFaces() (*faces, error) {
	facesOnce.Do(func() {
		parse := func(ttf []byte) *opentype.Font {
			f, err := opentype.Parse(ttf)
			if err != nil && loadErr == nil {
				loadErr = fmt.Errorf("ogimage: go font: %w", err)
			}
			return f
		}
		bold, medium, regular := parse(gobold.TTF), parse(gomedium.TTF), parse(goregular.TTF)
		if loadErr != nil {
			return
		}
		at := func(f *opentype.Font, size float64, line int) *typeface {
			fc, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
			if err != nil && loadErr == nil {
				loadErr = fmt.Errorf("ogimage: font face: %w", err)
			}
			return &typeface{face: fc, line: line}
		}
		loaded = faces{
			kicker: at(medium, 15, 15),
			title:  at(bold, 30, 36),
			sub:    at(regular, 19, 25),
			chip:   at(medium, 17, 27),
			foot:   at(medium, 14, 14),
		}
	})
	return &loaded, loadErr
}

// glyph returns r's glyph, rasterising it on first use; a rune the font
// lacks is drawn as U+FFFD.
func (t *typeface) glyph(r rune) *glyph {
	if g, ok := t.glyphs.Load(r); ok {
		return g.(*glyph)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if g, ok := t.glyphs.Load(r); ok {
		return g.(*glyph)
	}
	dr, mask, mp, adv, ok := t.face.Glyph(fixed.Point26_6{}, r)
	if !ok {
		dr, mask, mp, adv, _ = t.face.Glyph(fixed.Point26_6{}, '\ufffd')
	}
	g := &glyph{dx: dr.Min.X, dy: dr.Min.Y, w: dr.Dx(), h: dr.Dy(), advance: adv.Round()}
	g.level = make([]uint8, g.w*g.h)
	// The face reuses its mask for the next glyph: copy the coverage.
	if a, isAlpha := mask.(*image.Alpha); isAlpha {
		for y := range g.h {
			for x := range g.w {
				cov := int(a.AlphaAt(mp.X+x, mp.Y+y).A)
				g.level[y*g.w+x] = uint8((cov*2 + 127) / 255)
			}
		}
	}
	t.glyphs.Store(r, g)
	return g
}

// kern is the kerning between a and b, in whole pixels.
func (t *typeface) kern(a, b rune) int {
	key := [2]rune{a, b}
	if k, ok := t.kerns.Load(key); ok {
		return k.(int)
	}
	t.mu.Lock()
	k := t.face.Kern(a, b).Round()
	t.mu.Unlock()
	t.kerns.Store(key, k)
	return k
}

// measure is the width of s in pixels.
func (t *typeface) measure(s string) int {
	w := 0
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			w += t.kern(prev, r)
		}
		w += t.glyph(r).advance
		prev = r
	}
	return w
}

// draw draws s with its baseline at (x, y) and returns the x after it.
// Each pixel keeps the darkest shade drawn on it (the palette's text
// shades are in order of darkness, and the accent comes after them), so
// overlapping glyph edges do not lighten each other; writing palette
// indices directly is several times faster than image/draw, which looks
// up the nearest colour per pixel.
func (t *typeface) draw(dst *image.Paletted, x, y int, s string) int {
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			x += t.kern(prev, r)
		}
		g := t.glyph(r)
		for gy := range g.h {
			py := y + g.dy + gy
			if py < dst.Rect.Min.Y || py >= dst.Rect.Max.Y {
				continue
			}
			row := g.level[gy*g.w : (gy+1)*g.w]
			for gx, level := range row {
				px := x + g.dx + gx
				if level == 0 || px < dst.Rect.Min.X || px >= dst.Rect.Max.X {
					continue
				}
				if i := dst.PixOffset(px, py); dst.Pix[i] < level {
					dst.Pix[i] = level // idxHalf, idxInk
				}
			}
		}
		x += g.advance
		prev = r
	}
	return x
}

// wrap breaks s into at most most lines of width pixels, the last one
// shortened with an ellipsis when the text does not fit.
func (t *typeface) wrap(s string, width, most int) []string {
	var lines []string
	line := ""
	words := strings.Fields(s)
	for i, w := range words {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if t.measure(try) <= width || line == "" {
			line = try
			continue
		}
		lines = append(lines, line)
		line = w
		if len(lines) == most {
			lines[most-1] = t.fit(lines[most-1]+" "+strings.Join(words[i:], " "), width)
			return lines
		}
	}
	if line != "" {
		lines = append(lines, t.fit(line, width))
	}
	return lines
}

// fit shortens s to width pixels, ending it with an ellipsis when cut.
// It measures each rune once: the width of a prefix is the sum of its
// advances and kerns.
func (t *typeface) fit(s string, width int) string {
	if t.measure(s) <= width {
		return s
	}
	avail := width - t.measure("…")
	w, cut := 0, 0
	prev := rune(-1)
	for i, r := range s {
		if prev >= 0 {
			w += t.kern(prev, r)
		}
		w += t.glyph(r).advance
		if w > avail {
			break
		}
		cut = i + len(string(r))
		prev = r
	}
	return strings.TrimRight(s[:cut], " ,.;:") + "…"
}
