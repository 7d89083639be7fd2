package ogimage

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"io"
	"sync"
)

// compression is the zlib level of the cards' pixel data. Measured on a
// typical article card (BenchmarkCard, one core): level 4 gives 3,913
// bytes for about 0.37 ms of CPU a card, level 1 4,090 bytes (+4.5%) for
// 0.23 ms, level 6 3% fewer bytes than 4 for about twice the CPU, level 9
// 3% fewer again for ten times. Bytes count against the host's size limit
// at every build; the CPU only once per card and build.
const compression = 4

// encode writes img as a PNG of the least bit depth its palette allows:
// 2 bits a pixel for a card's 4 colours. image/png writes the same
// format, but it reads a low bit depth image pixel by pixel through
// ColorIndexAt, which took more time than the compression; packing the
// pixels from Pix directly does not. Rows are unfiltered: for a palette
// of text shades the PNG filters only made the cards larger (by 20-45% on
// the test cards).
func encode(img *image.Paletted) ([]byte, error) {
	if len(img.Palette) > 256 || len(img.Palette) == 0 {
		return nil, fmt.Errorf("ogimage: encode: %d colours", len(img.Palette))
	}
	w, h := img.Rect.Dx(), img.Rect.Dy()
	depth := 8
	for _, d := range []int{1, 2, 4} {
		if len(img.Palette) <= 1<<d {
			depth = d
			break
		}
	}
	e := encoders.Get().(*encoder)
	defer encoders.Put(e)
	e.out.Reset()
	e.out.WriteString("\x89PNG\r\n\x1a\n")
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8], ihdr[9] = byte(depth), 3 // paletted; compression, filter, interlace 0
	e.chunk("IHDR", ihdr[:])
	plte := e.plte[:0]
	for _, c := range img.Palette {
		r, g, b, _ := c.RGBA()
		plte = append(plte, byte(r>>8), byte(g>>8), byte(b>>8))
	}
	e.plte = plte
	e.chunk("PLTE", plte)

	e.idat.Reset()
	if e.z == nil {
		z, err := zlib.NewWriterLevel(&e.idat, compression)
		if err != nil {
			return nil, fmt.Errorf("ogimage: encode: %w", err)
		}
		e.z = z
	} else {
		e.z.Reset(&e.idat)
	}
	stride := 1 + (w*depth+7)/8
	if cap(e.row) < stride {
		e.row = make([]byte, stride)
	}
	row := e.row[:stride]
	if len(e.blank) != w {
		e.blank = make([]byte, w)
	}
	for y := range h {
		pix := img.Pix[img.PixOffset(img.Rect.Min.X, img.Rect.Min.Y+y):][:w]
		row[0] = 0 // filter: none
		switch {
		case depth == 8:
			copy(row[1:], pix)
		case len(e.blank) == w && bytes.Equal(pix, e.blank):
			// Most of a card's rows are paper (index 0): a compare is
			// cheaper than packing them.
			clear(row[1:])
		default:
			pack(row[1:], pix, depth)
		}
		if _, err := e.z.Write(row); err != nil {
			return nil, fmt.Errorf("ogimage: encode: %w", err)
		}
	}
	if err := e.z.Close(); err != nil {
		return nil, fmt.Errorf("ogimage: encode: %w", err)
	}
	e.chunk("IDAT", e.idat.Bytes())
	e.chunk("IEND", nil)
	return bytes.Clone(e.out.Bytes()), nil
}

// encoder holds one card's encoding buffers and its zlib writer, reused by
// the next card: a fresh deflate writer per card was about half of the
// cards' CPU in a 2,000-article profile.
type encoder struct {
	out, idat bytes.Buffer
	z         *zlib.Writer
	row, plte []byte
	blank     []byte // a row of index 0
}

var encoders = sync.Pool{New: func() any { return new(encoder) }}

// chunk writes one PNG chunk: length, type, data and the CRC of type and
// data.
func (e *encoder) chunk(kind string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	e.out.Write(n[:])
	crc := crc32.NewIEEE()
	io.WriteString(crc, kind)
	crc.Write(data)
	e.out.WriteString(kind)
	e.out.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	e.out.Write(n[:])
}

// pack packs pixels of depth bits (1, 2 or 4) into bytes, the leftmost
// pixel in the high bits. The cards' depths, 2 and 4, have loops of their
// own: packing bit by bit took a third of a card's time.
func pack(dst, pix []byte, depth int) {
	full := len(pix) * depth / 8 // bytes whose pixels are all there
	switch depth {
	case 2:
		for i := range full {
			p := pix[4*i : 4*i+4]
			dst[i] = p[0]<<6 | p[1]&3<<4 | p[2]&3<<2 | p[3]&3
		}
	case 4:
		for i := range full {
			p := pix[2*i : 2*i+2]
			dst[i] = p[0]<<4 | p[1]&0x0f
		}
	default:
		full = 0
	}
	per := 8 / depth
	mask := byte(1<<depth - 1)
	for i := full; i < len(dst); i++ {
		var b byte
		for j := range per {
			b <<= depth
			if k := i*per + j; k < len(pix) {
				b |= pix[k] & mask
			}
		}
		dst[i] = b
	}
}
