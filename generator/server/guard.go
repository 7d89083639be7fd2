package server

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
)

// sameHostPath makes a Location for a site-relative path ("en/about/")
// that a browser can only read as a path of this host: one leading slash,
// and no backslash, which browsers read as a slash ("/\evil.example").
func sameHostPath(rel string) string {
	rel = strings.ReplaceAll(rel, `\`, "/")
	return "/" + strings.TrimLeft(rel, "/")
}

// LocalHosts lists the Host header values a browser sends to a server
// listening on host:port: localhost, 127.0.0.1 and [::1] with the port;
// the host itself when it names one address (--host 192.168.1.5); and
// every address of this machine's interfaces when it listens on all of
// them (0.0.0.0, ::). Names other than localhost are never listed: a page
// that rebinds its own domain name to 127.0.0.1 (DNS rebinding) sends that
// name, and must not read the preview, drafts included.
func LocalHosts(host string, port int) []string {
	p := strconv.Itoa(port)
	hosts := []string{net.JoinHostPort("localhost", p), net.JoinHostPort("127.0.0.1", p), net.JoinHostPort("::1", p)}
	switch ip := net.ParseIP(host); {
	case host == "" || ip != nil && ip.IsUnspecified():
		addrs, _ := net.InterfaceAddrs()
		for _, a := range addrs {
			if n, ok := a.(*net.IPNet); ok {
				hosts = append(hosts, net.JoinHostPort(n.IP.String(), p))
			}
		}
	case host != "localhost":
		hosts = append(hosts, net.JoinHostPort(host, p))
	}
	if port == 80 {
		// A browser leaves the default port out of Host.
		for _, h := range hosts[:len(hosts):len(hosts)] {
			name, _, _ := net.SplitHostPort(h)
			if strings.Contains(name, ":") {
				name = "[" + name + "]"
			}
			hosts = append(hosts, name)
		}
	}
	return hosts
}

// CheckHost answers 421 Misdirected Request to a request whose Host
// header is not one of allowed (compared without case), so that a page of
// another site that rebinds its name to this machine cannot read it.
func CheckHost(allowed []string, next http.Handler) http.Handler {
	ok := map[string]bool{}
	for _, h := range allowed {
		ok[strings.ToLower(h)] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !ok[strings.ToLower(r.Host)] {
			http.Error(w, fmt.Sprintf("misdirected request: this preview answers only to %s, not to Host %q", strings.Join(allowed[:min(3, len(allowed))], ", "), r.Host), http.StatusMisdirectedRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// WriteGuard protects the handlers of serve that change files (the review
// desk under /_review/) from cross-site requests: a page on another site
// that the editor has open must not be able to post to the preview.
//
// GET, HEAD and OPTIONS pass (they must not change anything). Any other
// method is refused with 403 when the browser says it is cross-site
// (Sec-Fetch-Site, else an Origin that is not this host; see
// net/http.CrossOriginProtection), and when it does not carry the
// per-process token in the TokenHeader header or the TokenField form
// field. Pages of the desk embed Token() in their forms or scripts; a page
// of another site cannot read it, since it cannot read the preview.
//
// Use:
//
//	guard, err := server.NewWriteGuard()
//	mux.Handle("/_review/", guard.Handler(desk))
//	// in the desk's form: <input type="hidden" name="token" value="{{.Token}}">
type WriteGuard struct {
	token  string
	origin *http.CrossOriginProtection
}

// The names a token travels under.
const (
	TokenHeader = "X-Review-Token"
	TokenField  = "token"
)

// NewWriteGuard makes a guard with a fresh random token, valid until the
// process ends.
func NewWriteGuard() (*WriteGuard, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return nil, fmt.Errorf("write guard token: %w", err)
	}
	g := &WriteGuard{token: hex.EncodeToString(b), origin: http.NewCrossOriginProtection()}
	g.origin.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "forbidden: a cross-site request cannot change the preview's files", http.StatusForbidden)
	}))
	return g, nil
}

// Token is the value a page of the desk sends back with every write.
func (g *WriteGuard) Token() string { return g.token }

// Valid reports whether r carries the token (header or form field),
// compared in constant time.
func (g *WriteGuard) Valid(r *http.Request) bool {
	got := r.Header.Get(TokenHeader)
	if got == "" {
		got = r.PostFormValue(TokenField)
	}
	return subtle.ConstantTimeCompare([]byte(got), []byte(g.token)) == 1
}

// Handler wraps next with the cross-site and token checks.
func (g *WriteGuard) Handler(next http.Handler) http.Handler {
	return g.origin.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions:
		default:
			if !g.Valid(r) {
				http.Error(w, "forbidden: the request does not carry this preview's token (reload the page)", http.StatusForbidden)
				return
			}
		}
		next.ServeHTTP(w, r)
	}))
}
