package weburl

import (
	"errors"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // "" when accepted, else a part of the message
	}{
		{"https://www.theregister.com/2022/03/08/cloudflare/", ""},
		{"http://example.org/a?b=c#d", ""},
		{"HTTPS://EXAMPLE.ORG/", ""},
		{"javascript:alert(1)", `scheme "javascript"`},
		{"JavaScript:alert(1)", `scheme "javascript"`},
		{"data:text/html,<script>alert(1)</script>", `scheme "data"`},
		{"vbscript:msgbox", `scheme "vbscript"`},
		{"file:///etc/passwd", `scheme "file"`},
		{"ftp://example.org/x", `scheme "ftp"`},
		{"//example.org/x", "no scheme"},
		{"example.org/x", "no scheme"},
		{"https://", "no host"},
		{"https:///path", "no host"},
		{"https://bank.example@evil.example/", "user name"},
		{" javascript:alert(1)", "space"},
		{"java\tscript:alert(1)", "control"},
		{"https://exa mple.org/", "space"},
		{"https://[::1", "not an http(s) URL"},
	} {
		err := Check(tc.in)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("Check(%q) = %v, want nil", tc.in, err)
		case tc.want != "" && err == nil:
			t.Errorf("Check(%q) = nil, want an error mentioning %q", tc.in, tc.want)
		case tc.want != "" && (!errors.Is(err, ErrNotWeb) || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("Check(%q) = %v, want ErrNotWeb mentioning %q", tc.in, err, tc.want)
		}
	}
}
