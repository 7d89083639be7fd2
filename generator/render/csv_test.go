package render

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

// readBack writes one row through writeCSVRecord and reads it back with
// encoding/csv, as a spreadsheet importer would.
func readBack(t *testing.T, cells ...string) []string {
	t.Helper()
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	if err := writeCSVRecord(cw, append([]string(nil), cells...)...); err != nil {
		t.Fatal(err)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		t.Fatal(err)
	}
	rec, err := csv.NewReader(&buf).Read()
	if err != nil {
		t.Fatalf("reading back %q: %v", buf.String(), err)
	}
	return rec
}

func TestSpreadsheetCell(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The Register", "The Register"},
		{"", ""},
		{"2022-03-08", "2022-03-08"},
		{`=HYPERLINK("https://evil.example","click")`, `'=HYPERLINK("https://evil.example","click")`},
		{"+1+2", "'+1+2"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1:A2)", "'@SUM(A1:A2)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"a=b", "a=b"},
		{"'quoted", "'quoted"},
	} {
		if got := readBack(t, tc.in, "x")[0]; got != tc.want {
			t.Errorf("cell %q reads back as %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzSpreadsheetCell: any string survives encoding/csv (up to the
// reader's documented folding of \r\n into \n) and never reads back as
// the start of a formula; only a quote is ever added in front.
func FuzzSpreadsheetCell(f *testing.F) {
	for _, s := range []string{"Cloudflare", "=1+1", "+", "-", "@", "\t", "\r\n=1", `"=1"`, "a,b", "a\nb", "\xff=", "'="} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// A second cell keeps a row of one empty cell from being an empty
		// line, which the reader skips.
		got := readBack(t, s, "x")
		if len(got) != 2 || got[1] != "x" {
			t.Fatalf("%q read back as %q", s, got)
		}
		cell := got[0]
		if cell != "" && strings.IndexByte(formulaStart, cell[0]) >= 0 {
			t.Fatalf("%q reads back as %q, which starts a formula", s, cell)
		}
		want := strings.ReplaceAll(s, "\r\n", "\n")
		if cell != want && cell != "'"+want {
			t.Fatalf("%q reads back as %q", s, cell)
		}
		if cell != want && (s == "" || strings.IndexByte(formulaStart, s[0]) < 0) {
			t.Fatalf("%q was changed to %q though it starts no formula", s, cell)
		}
	})
}
