// Package ogimage draws the site's social preview images (Open Graph
// cards) and its favicon as PNG at build time, with the Go fonts shipped
// as a Go module, so they need no tool and no network and the same input
// always gives the same bytes.
//
// A build draws a card for every article, so a card must be cheap in
// bytes and in CPU: it is a paletted image of four colours (PNG then
// stores 2 bits a pixel, unfiltered, encode.go), antialiased text takes
// one half shade between paper and ink, and glyphs are rasterised once per
// process and then copied (glyphs.go).
package ogimage

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"strconv"
	"strings"
	"sync"
)

// Size is the card's size: the 1.91:1 shape social sites show, at half
// the 1200×630 they recommend, which they scale up well for flat text
// and which costs a quarter of the pixels to draw and compress.
var Size = image.Pt(600, 315)

// Card is what one preview image says.
type Card struct {
	Kicker   string // small line above the title ("Company", a source and date)
	Title    string
	Subtitle string // one or two lines under the title
	// Chips are the companies an article reports, each with its stance in
	// words ("Cloudflare: Stays"); those that do not fit on two rows are
	// counted ("+3").
	Chips  []string
	Footer string // the site's name
	// Accent colours the band at the top (a stance's colour); ink when
	// unset.
	Accent color.RGBA
}

var (
	paper = color.RGBA{0xfb, 0xfa, 0xf7, 0xff}
	ink   = color.RGBA{0x1c, 0x1c, 0x1c, 0xff}
)

// The palette has four colours, so that PNG stores 2 bits a pixel: paper
// (the zero pixel, so a new image is blank), the half shade of ink that
// antialiases text edges, ink, and the accent. Against 4 bits a pixel
// with two greys for text and a colour per stance, this made the cards of
// a 2,000-article corpus 13% smaller (median 3,435 bytes against 3,964)
// and a quarter cheaper to compress. Quantising edges to one half shade
// rather than three more steps saved another 12%.
const (
	idxPaper  = 0
	idxHalf   = 1
	idxInk    = 2
	idxAccent = 3
)

// Key identifies what the card draws (and how: the drawing's version), so
// that a build can tell a card it drew before from its inputs alone,
// without drawing it.
func (c Card) Key() string {
	h := sha256.New()
	fmt.Fprintf(h, "ogimage 3 %v\x00", Size)
	for _, s := range append([]string{c.Kicker, c.Title, c.Subtitle, c.Footer, rgb(c.Accent)}, c.Chips...) {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func rgb(c color.RGBA) string {
	return strconv.FormatUint(uint64(c.R)<<24|uint64(c.G)<<16|uint64(c.B)<<8|uint64(c.A), 16)
}

// PNG draws the card.
func (c Card) PNG() ([]byte, error) {
	img, err := c.draw()
	if err != nil {
		return nil, err
	}
	defer images.Put(img)
	return encode(img)
}

// images are the cards' pixels, reused: a card is 189,000 bytes of them,
// which the render's workers would otherwise allocate for every article.
var images = sync.Pool{New: func() any {
	return image.NewPaletted(image.Rectangle{Max: Size}, nil)
}}

// draw draws the card as a paletted image of Size, from the pool images.
func (c Card) draw() (*image.Paletted, error) {
	f, err := loadFaces()
	if err != nil {
		return nil, err
	}
	w, h := Size.X, Size.Y
	accent := c.Accent
	if accent.A == 0 {
		accent = ink
	}
	accent.A = 0xff
	img := images.Get().(*image.Paletted)
	clear(img.Pix)
	img.Palette = color.Palette{paper, blend(paper, ink, 1, 2), ink, accent}
	const band, margin = 10, 36
	fill(img, image.Rect(0, 0, w, band), idxAccent)
	width := w - 2*margin
	footRule := h - f.foot.line - 24
	y := band + 24 // the top of the next line
	if c.Kicker != "" {
		y += f.kicker.line
		f.kicker.draw(img, margin, y, f.kicker.fit(strings.ToUpper(c.Kicker), width))
		y += 14
	}
	// The title gets three lines, or two with chips to leave them room.
	most := 3
	if len(c.Chips) > 0 && f.title.measure(c.Title) > 2*width {
		most = 2
	}
	for _, line := range f.title.wrap(c.Title, width, most) {
		y += f.title.line
		f.title.draw(img, margin, y, line)
	}
	y += 12
	// The subtitle gets the lines left above the footer's rule.
	if room := (footRule - 12 - y) / f.sub.line; c.Subtitle != "" && room > 0 {
		for _, line := range f.sub.wrap(c.Subtitle, width, min(2, room)) {
			y += f.sub.line
			f.sub.draw(img, margin, y, line)
		}
	}
	if len(c.Chips) > 0 {
		c.drawChips(img, f.chip, margin, y, width, footRule-10)
	}
	fill(img, image.Rect(margin, footRule, w-margin, footRule+1), idxHalf)
	f.foot.draw(img, margin, h-22, f.foot.fit(c.Footer, width))
	return img, nil
}

// maxChipRows bounds the chips' rows: more would crowd the card and add
// to its bytes (an article naming ten companies is the largest card).
const maxChipRows = 2

// drawChips lays the chips out in rows from (x, top) down to bottom, at
// most maxChipRows: a square of the chip's colour, then its label. On
// the last row, the chips that do not fit are counted instead ("+3"), and
// a chip alone on a row too narrow for it is shortened.
func (c Card) drawChips(img *image.Paletted, fc *typeface, x, top, width, bottom int) {
	const gap = 24   // between chips
	const square = 7 // a bullet, centred on the lower-case letters
	lineH := fc.line
	more := func(n int) string { return "+" + strconv.Itoa(n) }
	cx, base, row := x, top+lineH, 1
	for i := 0; i < len(c.Chips); i++ {
		lastRow := row == maxChipRows || base+lineH > bottom
		rest := len(c.Chips) - i - 1
		reserve := 0 // room for the count of the chips after this one
		if lastRow && rest > 0 {
			reserve = gap + fc.measure(more(rest))
		}
		room := x + width - cx - square - 8 - reserve
		label := c.Chips[i]
		if fc.measure(label) > room {
			if cx > x && lastRow {
				fc.draw(img, cx, base, more(rest+1))
				return
			}
			if cx > x {
				cx, base, row = x, base+lineH, row+1
				i-- // again, at the start of the next row
				continue
			}
			label = fc.fit(label, room)
		}
		fill(img, image.Rect(cx, base-square-2, cx+square, base-2), idxInk)
		cx = fc.draw(img, cx+square+8, base, label) + gap
	}
}

func blend(a, b color.RGBA, i, n int) color.RGBA {
	mix := func(x, y uint8) uint8 { return uint8((int(x)*(n-i) + int(y)*i) / n) }
	return color.RGBA{mix(a.R, b.R), mix(a.G, b.G), mix(a.B, b.B), 0xff}
}

func fill(img *image.Paletted, r image.Rectangle, idx uint8) {
	r = r.Intersect(img.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := img.Pix[img.PixOffset(r.Min.X, y):img.PixOffset(r.Max.X, y)]
		for i := range row {
			row[i] = idx
		}
	}
}

// Favicon is the site's icon as an .ico file holding one 32×32 PNG (an
// .ico may hold PNG data; every current browser reads it): a dark tile
// with the four stance colours as bars, the site's subject at a glance.
func Favicon(bars []color.RGBA) ([]byte, error) {
	const n = 32
	img := image.NewRGBA(image.Rect(0, 0, n, n))
	draw.Draw(img, img.Bounds(), image.NewUniform(ink), image.Point{}, draw.Src)
	for i, c := range bars {
		x0 := 5 + i*23/max(1, len(bars))
		x1 := 5 + (i+1)*23/max(1, len(bars)) - 1
		top := 26 - (i+2)*18/(len(bars)+1)
		draw.Draw(img, image.Rect(x0, top, x1, 27), image.NewUniform(c), image.Point{}, draw.Src)
	}
	var pngData bytes.Buffer
	if err := png.Encode(&pngData, img); err != nil {
		return nil, fmt.Errorf("ogimage: favicon: %w", err)
	}
	// ICONDIR, one ICONDIRENTRY, then the PNG.
	var b bytes.Buffer
	le := binary.LittleEndian
	for _, v := range []any{uint16(0), uint16(1), uint16(1),
		uint8(n), uint8(n), uint8(0), uint8(0), uint16(1), uint16(32),
		uint32(pngData.Len()), uint32(6 + 16)} {
		if err := binary.Write(&b, le, v); err != nil {
			return nil, fmt.Errorf("ogimage: favicon: %w", err)
		}
	}
	b.Write(pngData.Bytes())
	return b.Bytes(), nil
}
