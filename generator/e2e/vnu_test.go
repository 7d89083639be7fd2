package e2e

import (
	"encoding/json"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// vnuReport is the part of the Nu checker's --format json output we read.
type vnuReport struct {
	Messages []struct {
		Type     string `json:"type"`
		SubType  string `json:"subType"`
		URL      string `json:"url"`
		LastLine int    `json:"lastLine"`
		FirstCol int    `json:"firstColumn"`
		Message  string `json:"message"`
		Extract  string `json:"extract"`
	} `json:"messages"`
}

// TestHTMLValid runs the W3C Nu HTML checker (npm vnu-jar) over every HTML
// page of the built site in one Java run per base URL (the root and a
// sub-path), and wants no error.
func TestHTMLValid(t *testing.T) {
	slow(t)
	_, errJava := exec.LookPath("java")
	need(t, "java", "apt-get install default-jre-headless", errJava == nil)
	need(t, "vnu.jar", "npm ci", fileExists(vnuJar))
	for _, base := range []string{"/", "/sub/path/"} {
		t.Run(base, func(t *testing.T) { checkHTML(t, site(t, base, havePagefind())) })
	}
}

func checkHTML(t *testing.T, dir string) {
	pages := htmlFiles(t, dir)
	// Our own stylesheets go through the same run (--also-check-css).
	css, err := filepath.Glob(filepath.Join(dir, "assets", "*.css"))
	if err != nil || len(css) == 0 {
		t.Fatalf("no stylesheet in %s/assets (%v)", dir, err)
	}
	args := []string{"-Xss8m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", vnuJar,
		"--errors-only", "--also-check-css", "--format", "json"}
	for _, p := range pages {
		args = append(args, filepath.Join(dir, filepath.FromSlash(p)))
	}
	args = append(args, css...)
	cmd := exec.Command("java", args...)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	// vnu exits 1 when it reports errors; anything else is a failure to run.
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) {
		t.Fatalf("vnu: %v\n%s", err, stderr.String())
	}
	// The JSON report goes to stderr.
	out := stderr.String()
	if strings.TrimSpace(out) == "" {
		out = stdout.String()
	}
	var rep vnuReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("vnu output is not JSON: %v\n%.2000s", err, out)
	}
	errs := 0
	for _, m := range rep.Messages {
		if m.Type != "error" && m.Type != "non-document-error" {
			continue
		}
		errs++
		rel := strings.TrimPrefix(m.URL, "file:"+dir+"/")
		t.Errorf("%s:%d:%d: %s: %s\n\t%s", rel, m.LastLine, m.FirstCol, m.Type, m.Message, strings.TrimSpace(m.Extract))
	}
	t.Logf("Nu checker: %d pages and %d stylesheets, %d errors", len(pages), len(css), errs)
}
