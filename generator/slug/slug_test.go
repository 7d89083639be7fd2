package slug

import (
	"errors"
	"net/url"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // "" when safe, else a part of the message
	}{
		{"cloudflare", ""},
		{"deutsche-telekom", ""},
		{"cdn77", ""},
		{"oekraine_2022.v2", ""},
		{"cloudflare-blijft-actief-in-rusland", ""},
		{"ок-новости", ""}, // ingest keeps letters of other scripts
		{"Twice", ""},
		{"", "empty"},
		{".", "only dots"},
		{"..", "only dots"},
		{"...", "only dots"},
		{".hidden", "starts with a dot"},
		{"a/../../../x", "path separator"},
		{`a\b`, "path separator"},
		{"#frag", `'#'`},
		{"q?x=1", `'?'`},
		{"50%", `'%'`},
		{"two words", "a space"},
		{"tab\there", "invisible character U+0009"},
		{"nul\x00", "invisible character U+0000"},
		{"\xff", "not valid UTF-8"},
		{strings.Repeat("a", MaxBytes), ""},
		{strings.Repeat("a", MaxBytes+1), "longer than"},
	} {
		err := Check(tc.in)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("Check(%q) = %v, want nil", tc.in, err)
		case tc.want != "" && err == nil:
			t.Errorf("Check(%q) = nil, want an error mentioning %q", tc.in, tc.want)
		case tc.want != "" && (!errors.Is(err, ErrUnsafe) || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("Check(%q) = %v, want ErrUnsafe mentioning %q", tc.in, err, tc.want)
		}
	}
}

// FuzzCheck: whatever Check accepts stays one segment under its folder,
// both as a file path and as a URL path, and names no fragment or query.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{"aws", "..", "a/../x", "#frag", "q?x=1", "...md", "a.b", "é", "a\\b", "%2e%2e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if Check(s) != nil {
			return
		}
		root := filepath.Join("out", "en", "providers")
		if p := filepath.Join(root, s); filepath.Dir(p) != root || filepath.Base(p) != s {
			t.Fatalf("Check accepted %q, which leaves its folder as %q", s, p)
		}
		if p := path.Clean("/en/providers/" + s + "/"); p != "/en/providers/"+s {
			t.Fatalf("Check accepted %q, which cleans to %q", s, p)
		}
		u, err := url.Parse("https://example.org/en/providers/" + s + "/")
		if err != nil {
			t.Fatalf("Check accepted %q, which makes an unparsable URL: %v", s, err)
		}
		if u.Path != "/en/providers/"+s+"/" || u.RawQuery != "" || u.Fragment != "" {
			t.Fatalf("Check accepted %q, which a browser reads as path %q query %q fragment %q", s, u.Path, u.RawQuery, u.Fragment)
		}
	})
}
