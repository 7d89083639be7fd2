package render

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestMarshalEachMatchesOneArray: the rows encoded chunk by chunk
// (marshalEach) are the JSON array that encoding them all at once gives,
// one row a line, in a slice of exactly their size, whatever the rows.
func TestMarshalEachMatchesOneArray(t *testing.T) {
	type row struct {
		N    int    `json:"n"`
		Text string `json:"text"`
	}
	tests := []struct {
		name string
		rows int
		text int // bytes of each row's text
	}{
		{"no rows", 0, 0},
		{"one small row", 1, 10},
		{"rows under a chunk", 100, 100},
		{"rows of a kilobyte", 3000, 1000},
		{"rows of a megabyte", 3, 1 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := make([]row, tt.rows)
			for i := range rows {
				rows[i] = row{N: i, Text: strings.Repeat(string(rune('a'+i%26)), tt.text) + " <&>"}
			}
			got, err := marshalEach("x.json", len(rows), func(i int) row { return rows[i] })
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != cap(got) {
				t.Errorf("export of %d bytes holds %d", len(got), cap(got))
			}
			var back []row
			if err := json.Unmarshal(got, &back); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			if len(back) != len(rows) {
				t.Fatalf("%d rows back, want %d", len(back), len(rows))
			}
			for i := range rows {
				if back[i] != rows[i] {
					t.Fatalf("row %d = %+v, want %+v", i, back[i], rows[i])
				}
			}
			lines := strings.Split(string(got), "\n")
			if len(lines) != len(rows)+3 || lines[0] != "[" || lines[len(lines)-2] != "]" {
				t.Errorf("want \"[\", a line per row, \"]\"; got %d lines", len(lines))
			}
			if tt.rows > 0 && !strings.Contains(string(got), " <&>") {
				t.Error("HTML characters were escaped")
			}
		})
	}
}
