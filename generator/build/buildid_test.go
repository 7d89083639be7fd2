package build

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestGoBuildID: the build ID read from the ELF note is the one `go tool
// buildid` prints for the same executable (here the test binary, which
// `go test` links like any other), and a file that is no Go executable
// has none, so that it is hashed whole.
func TestGoBuildID(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	head := make([]byte, 4)
	f, err := os.Open(exe)
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.ReadFull(f, head)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	// Only ELF notes are read: any other executable has no build ID here
	// and is hashed whole.
	want := ""
	if string(head) == "\x7fELF" {
		out, err := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "tool", "buildid", exe).Output()
		if err != nil {
			t.Fatalf("go tool buildid: %v", err)
		}
		want = strings.TrimSpace(string(out))
	}
	if got := goBuildID(exe); got != want {
		t.Errorf("goBuildID(test binary) = %q, want go tool buildid's %q", got, want)
	}
	other := filepath.Join(t.TempDir(), "script")
	if err := os.WriteFile(other, []byte("#!/bin/sh\necho not go\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if got := goBuildID(other); got != "" {
		t.Errorf("goBuildID(a shell script) = %q, want \"\"", got)
	}
}
