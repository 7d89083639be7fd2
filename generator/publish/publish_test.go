package publish

import (
	"os"
	"path/filepath"
	"testing"
)

func TestCommitAbortAndPaths(t *testing.T) {
	root := t.TempDir()
	dest := filepath.Join(root, "public")
	if err := os.MkdirAll(dest, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dest, "old.html"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}

	// An aborted output leaves dest exactly as it was.
	d, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Write("new.html", []byte("new")); err != nil {
		t.Fatal(err)
	}
	if err := d.Abort(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dest, "new.html")); !os.IsNotExist(err) {
		t.Error("an aborted build wrote into dest")
	}
	if data, _ := os.ReadFile(filepath.Join(dest, "old.html")); string(data) != "old" {
		t.Error("an aborted build changed dest")
	}

	// Paths that would leave the output are refused.
	d, err = Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"", "/etc/passwd", "../x", "a/../../x", `a\\b`} {
		if err := d.Write(bad, nil); err == nil {
			t.Errorf("Write(%q) was accepted", bad)
		}
	}
	// A committed output replaces dest whole.
	if err := d.Write("en/index.html", []byte("home")); err != nil {
		t.Fatal(err)
	}
	if files, bytes := d.Stats(); files != 1 || bytes != 4 {
		t.Errorf("Stats = %d files, %d bytes", files, bytes)
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dest, "old.html")); !os.IsNotExist(err) {
		t.Error("the old output survived a commit")
	}
	if data, _ := os.ReadFile(filepath.Join(dest, "en", "index.html")); string(data) != "home" {
		t.Error("the new output is not in place")
	}
	left, _ := filepath.Glob(filepath.Join(root, ".public-build-*"))
	if len(left) != 0 || exists(dest+".old") {
		t.Errorf("temporary folders left behind: %v", left)
	}
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
