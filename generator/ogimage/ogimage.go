// Package ogimage draws the site's social preview images (Open Graph
// cards) and its favicon as PNG at build time, with the Go fonts shipped
// as a Go module, so they need no tool and no network and the same input
// always gives the same bytes.
package ogimage

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomedium"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// Size is the card's size: the 1.91:1 shape social sites show, at half
// the 1200×630 they recommend, which they scale up well for flat text
// and which costs a quarter of the pixels to draw and compress.
var Size = image.Pt(600, 315)

// Card is what one preview image says.
type Card struct {
	Kicker   string // small line above the title ("Company", a source)
	Title    string
	Subtitle string // one or two lines under the title
	Footer   string // the site's name
	// Accent colours the band at the top (a stance's colour).
	Accent color.RGBA
}

var (
	paper = color.RGBA{0xfb, 0xfa, 0xf7, 0xff}
	ink   = color.RGBA{0x1c, 0x1c, 0x1c, 0xff}
	muted = color.RGBA{0x54, 0x54, 0x54, 0xff}
	rule  = color.RGBA{0xd9, 0xd5, 0xcc, 0xff}
)

type fonts struct{ bold, medium, regular *opentype.Font }

var (
	loadOnce sync.Once
	loaded   fonts
	loadErr  error
)

func goFonts() (fonts, error) {
	loadOnce.Do(func() {
		var f fonts
		for _, x := range []struct {
			dst **opentype.Font
			ttf []byte
		}{{&f.bold, gobold.TTF}, {&f.medium, gomedium.TTF}, {&f.regular, goregular.TTF}} {
			if *x.dst, loadErr = opentype.Parse(x.ttf); loadErr != nil {
				loadErr = fmt.Errorf("ogimage: go font: %w", loadErr)
				return
			}
		}
		loaded = f
	})
	return loaded, loadErr
}

func face(f *opentype.Font, size float64) (font.Face, error) {
	fc, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return nil, fmt.Errorf("ogimage: font face: %w", err)
	}
	return fc, nil
}

// PNG draws the card. Faces are made per call: a face caches glyphs and
// is not safe for concurrent use, and cards are drawn on every core.
func (c Card) PNG() ([]byte, error) {
	f, err := goFonts()
	if err != nil {
		return nil, err
	}
	w, h := Size.X, Size.Y
	accent := c.Accent
	if accent.A == 0 {
		accent = ink
	}
	// A paletted image (paper first, so it is the zero pixel): one byte a
	// pixel, and PNG does not filter it, which makes a card several times
	// faster to encode and smaller than RGBA; text edges take the nearest
	// of the shades between paper and each ink.
	img := image.NewPaletted(image.Rect(0, 0, w, h), palette(accent))
	fill(img, image.Rect(0, 0, w, 12), accent)
	const margin = 36
	width := w - 2*margin
	y := 12 + 38
	if c.Kicker != "" {
		fc, err := face(f.medium, 17)
		if err != nil {
			return nil, err
		}
		text(img, fc, 2, margin, y, fit(fc, strings.ToUpper(c.Kicker), width))
		y += 22
	}
	title, err := face(f.bold, 38)
	if err != nil {
		return nil, err
	}
	y += 30
	for _, line := range wrap(title, c.Title, width, 3) {
		text(img, title, 1, margin, y, line)
		y += 44
	}
	// The subtitle gets the lines left above the footer's rule.
	if room := (h - 56 - 8 - (y + 4)) / 28; c.Subtitle != "" && room > 0 {
		sub, err := face(f.regular, 21)
		if err != nil {
			return nil, err
		}
		y += 4
		for _, line := range wrap(sub, c.Subtitle, width, min(2, room)) {
			text(img, sub, 2, margin, y, line)
			y += 28
		}
	}
	fill(img, image.Rect(margin, h-56, w-margin, h-55), rule)
	foot, err := face(f.medium, 16)
	if err != nil {
		return nil, err
	}
	text(img, foot, 1, margin, h-26, fit(foot, c.Footer, width))
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed, BufferPool: encoderBuffers}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("ogimage: encode: %w", err)
	}
	return buf.Bytes(), nil
}

// encoderBuffers lets successive cards reuse the PNG encoder's zlib
// writer and row buffers: a build draws one card per company and
// language, and allocating a fresh deflate writer for each was about half
// of the cards' CPU in a 2,000-article profile.
var encoderBuffers png.EncoderBufferPool = &cardBufferPool{}

// cardBufferPool is a png.EncoderBufferPool over a sync.Pool, safe for the
// render's concurrent workers.
type cardBufferPool struct{ pool sync.Pool }

func (p *cardBufferPool) Get() *png.EncoderBuffer {
	b, _ := p.pool.Get().(*png.EncoderBuffer)
	return b
}

func (p *cardBufferPool) Put(b *png.EncoderBuffer) { p.pool.Put(b) }

// shades is how many steps the antialiased edge of text has.
const shades = 12

func palette(accent color.RGBA) color.Palette {
	pal := color.Palette{paper, rule, accent}
	for _, inkc := range []color.RGBA{ink, muted} {
		for i := 1; i <= shades; i++ {
			pal = append(pal, blend(paper, inkc, i, shades))
		}
	}
	return pal
}

func blend(a, b color.RGBA, i, n int) color.RGBA {
	mix := func(x, y uint8) uint8 { return uint8((int(x)*(n-i) + int(y)*i) / n) }
	return color.RGBA{mix(a.R, b.R), mix(a.G, b.G), mix(a.B, b.B), 0xff}
}

func fill(img *image.Paletted, r image.Rectangle, c color.Color) {
	idx := uint8(img.Palette.Index(c))
	r = r.Intersect(img.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := img.Pix[img.PixOffset(r.Min.X, y):img.PixOffset(r.Max.X, y)]
		for i := range row {
			row[i] = idx
		}
	}
}

// text draws s with its baseline at (x, y) in the ramp of ink (1 for
// ink, 2 for muted): each pixel of a glyph takes the shade nearest its
// coverage. Writing palette indices directly is several times faster
// than image/draw, which looks up the nearest colour per pixel.
func text(dst *image.Paletted, fc font.Face, ramp, x, y int, s string) {
	base := 3 + (ramp-1)*shades // palette(): paper, rule, accent, ramps
	dot := fixed.P(x, y)
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			dot.X += fc.Kern(prev, r)
		}
		dr, mask, mp, adv, ok := fc.Glyph(dot, r)
		if !ok {
			dr, mask, mp, adv, _ = fc.Glyph(dot, '\ufffd')
		}
		if a, isAlpha := mask.(*image.Alpha); isAlpha {
			for py := dr.Min.Y; py < dr.Max.Y; py++ {
				for px := dr.Min.X; px < dr.Max.X; px++ {
					if !(image.Point{px, py}.In(dst.Rect)) {
						continue
					}
					cov := int(a.AlphaAt(mp.X+px-dr.Min.X, mp.Y+py-dr.Min.Y).A)
					level := (cov*shades + 127) / 255
					if level == 0 {
						continue
					}
					i := dst.PixOffset(px, py)
					idx := uint8(base + level - 1)
					if cur := dst.Pix[i]; cur < uint8(base) || cur >= uint8(base+shades) || cur < idx {
						dst.Pix[i] = idx
					}
				}
			}
		}
		dot.X += adv
		prev = r
	}
}

// wrap breaks s into at most max lines of width pixels, the last one
// shortened with an ellipsis when the text does not fit.
func wrap(fc font.Face, s string, width, most int) []string {
	var lines []string
	line := ""
	words := strings.Fields(s)
	for i, w := range words {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if font.MeasureString(fc, try).Ceil() <= width || line == "" {
			line = try
			continue
		}
		lines = append(lines, line)
		line = w
		if len(lines) == most {
			lines[most-1] = fit(fc, lines[most-1]+" "+strings.Join(words[i:], " "), width)
			return lines
		}
	}
	if line != "" {
		lines = append(lines, fit(fc, line, width))
	}
	return lines
}

// fit shortens s to width pixels, ending it with an ellipsis when cut.
func fit(fc font.Face, s string, width int) string {
	if font.MeasureString(fc, s).Ceil() <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && font.MeasureString(fc, string(r)+"…").Ceil() > width {
		r = r[:len(r)-1]
	}
	return strings.TrimRight(string(r), " ,.;:") + "…"
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
