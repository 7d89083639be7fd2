package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// toUTF8 converts raw input to UTF-8.
//
// forced is the editor's --charset and wins over everything. Otherwise
// text and markdown files must be UTF-8 (decode refuses them with the byte
// offset), and an HTML page is decoded as it declares itself (a byte-order
// mark, the HTTP header passed as declared, or <meta charset>), sniffed
// when it declares nothing. When the bytes contradict the declaration (a
// page "in UTF-8" written in windows-1252, or the reverse) the bytes win and
// a warning says so: a page full of replacement characters is worse than
// a page decoded against its label.
func toUTF8(format string, data []byte, forced, declared string) ([]byte, []string, error) {
	if forced != "" {
		enc, name := charset.Lookup(forced)
		if enc == nil {
			return nil, nil, fmt.Errorf("unknown character set %q (want e.g. utf-8, windows-1252 or iso-8859-1)", forced)
		}
		if name == "utf-8" {
			return data, nil, nil
		}
		out, err := decodeWith(enc, data)
		return out, nil, err
	}
	if format != "html" {
		return data, nil, nil
	}
	ctype := "text/html"
	if declared != "" {
		ctype += "; charset=" + declared
	}
	enc, name, certain := charset.DetermineEncoding(data, ctype)
	if !certain && metaDeclares(data) {
		certain = true // <meta charset> is a declaration, not a guess
	}
	var warnings []string
	valid := utf8.Valid(data)
	switch {
	case certain && name == "utf-8" && !valid:
		enc, _ = charset.Lookup("windows-1252")
		warnings = append(warnings, fmt.Sprintf("the page declares UTF-8 but byte %d is not UTF-8; decoded as windows-1252", invalidOffset(data)))
	case certain && name != "utf-8" && valid && hasMultibyte(data) && !strings.HasPrefix(name, "utf-16"):
		warnings = append(warnings, fmt.Sprintf("the page declares %s but its bytes are UTF-8; decoded as UTF-8", name))
		return data, warnings, nil
	case !certain && valid:
		return data, nil, nil
	case !certain:
		// DetermineEncoding sniffs only the first kilobyte.
		enc, _ = charset.Lookup("windows-1252")
		warnings = append(warnings, fmt.Sprintf("the page declares no character set and byte %d is not UTF-8; decoded as windows-1252", invalidOffset(data)))
	}
	if name == "utf-8" && valid {
		return data, warnings, nil
	}
	out, err := decodeWith(enc, data)
	return out, warnings, err
}

// metaDeclares reports a <meta charset> or http-equiv declaration in the
// first kilobyte. charset.DetermineEncoding reads it but does not say
// whether its answer came from there or from its guess, so it is asked
// twice about the ASCII of that kilobyte: once as is and once followed by
// a UTF-8 letter. Without a declaration it guesses windows-1252 the first
// time and UTF-8 the second; a declaration gives the same answer twice.
func metaDeclares(data []byte) bool {
	prefix := data[:min(len(data), 1000)]
	ascii := bytes.Map(func(r rune) rune {
		if r >= utf8.RuneSelf {
			return 'x'
		}
		return r
	}, prefix)
	_, plain, _ := charset.DetermineEncoding(ascii, "")
	_, withUTF8, _ := charset.DetermineEncoding(append(ascii, "é "...), "") // not last: a final multibyte rune is dropped as partial
	return plain == withUTF8
}

func decodeWith(enc encoding.Encoding, data []byte) ([]byte, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	return out, nil
}

// hasMultibyte reports a byte outside ASCII.
func hasMultibyte(data []byte) bool {
	return bytes.IndexFunc(data, func(r rune) bool { return r >= utf8.RuneSelf }) >= 0
}

// invalidOffset is the offset of the first byte that is not UTF-8.
func invalidOffset(data []byte) int {
	off := 0
	for off < len(data) {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	return off
}
