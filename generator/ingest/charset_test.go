package ingest

import (
	"errors"
	"strings"
	"testing"
)

// TestCharsets: pages are decoded as they declare themselves, sniffed when
// they do not, and a declaration the bytes contradict is overruled with a
// warning; text files are UTF-8 unless the editor gives --charset.
func TestCharsets(t *testing.T) {
	// "Oekraïne" and "België" in windows-1252 and in UTF-8.
	const cp1252 = "De hoster in Oekra\xefne blijft zijn servers draaien. Klanten uit Belgi\xeb worden geweigerd."
	const utf = "De hoster in Oekraïne blijft zijn servers draaien. Klanten uit België worden geweigerd."
	page := func(meta, text string) string {
		return "<html><head>" + meta + "<title>Hoster blijft</title></head><body><article><p>" + text + "</p></article></body></html>"
	}
	tests := []struct {
		name, in         string
		charset, header  string
		warning, errText string
	}{
		{name: "meta windows-1252.html", in: page(`<meta charset="windows-1252">`, cp1252)},
		{name: "http-equiv latin-1.html", in: page(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`, cp1252)},
		{name: "header windows-1252.html", in: page("", cp1252), header: "windows-1252"},
		{name: "utf-8.html", in: page(`<meta charset="utf-8">`, utf)},
		{name: "undeclared utf-8.html", in: page("", utf)},
		{name: "mislabelled as utf-8.html", in: page(`<meta charset="utf-8">`, cp1252),
			warning: "the page declares UTF-8 but byte 105 is not UTF-8; decoded as windows-1252"},
		{name: "header utf-8, bytes windows-1252.html", in: page("", cp1252), header: "utf-8",
			warning: "the page declares UTF-8 but byte 83 is not UTF-8; decoded as windows-1252"},
		{name: "mislabelled as latin-1.html", in: page(`<meta charset="iso-8859-1">`, utf),
			warning: "the page declares windows-1252 but its bytes are UTF-8; decoded as UTF-8"},
		{name: "undeclared windows-1252.html", in: page("", cp1252),
			warning: "the page declares no character set and byte 83 is not UTF-8; decoded as windows-1252"},
		{name: "text windows-1252.txt", in: cp1252, charset: "windows-1252"},
		{name: "text latin-1.txt", in: cp1252, charset: "latin1"},
		{name: "text utf-8 given.txt", in: utf, charset: "utf-8"},
		{name: "text windows-1252 unsaid.txt", in: cp1252,
			errText: "text windows-1252 unsaid.txt: invalid UTF-8 at byte 18 (for a windows-1252 or Latin-1 file, give --charset windows-1252)"},
		{name: "unknown charset.txt", in: utf, charset: "klingon",
			errText: `unknown charset.txt: unknown character set "klingon" (want e.g. utf-8, windows-1252 or iso-8859-1)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := testOptions(t)
			opts.Charset, opts.DeclaredCharset = tt.charset, tt.header
			res, err := Ingest(tt.name, []byte(tt.in), opts)
			if tt.errText != "" {
				if err == nil || err.Error() != tt.errText {
					t.Fatalf("err = %v, want %q", err, tt.errText)
				}
				if strings.Contains(tt.errText, "invalid UTF-8") && !errors.Is(err, ErrInvalidUTF8) {
					t.Errorf("err is not ErrInvalidUTF8")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(res.Body, "Oekraïne") || !strings.Contains(res.Body, "België") || strings.ContainsRune(res.Body, '\uFFFD') {
				t.Errorf("body not decoded:\n%s", res.Body)
			}
			var want []string
			if tt.warning != "" {
				want = []string{tt.warning}
			}
			if strings.Join(res.Warnings, "|") != strings.Join(want, "|") {
				t.Errorf("warnings %q, want %q", res.Warnings, want)
			}
			checkInvariants(t, res.Body)
		})
	}
}
