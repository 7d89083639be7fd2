// Package publish writes a build's output so that the destination folder is
// only ever replaced whole: files go to a temporary folder beside it, and
// only a build that finished swaps it in.
package publish

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Dir is one output in progress.
type Dir struct {
	dest  string
	tmp   string
	files int
	bytes int64
}

// Begin starts an output that will replace dest on Commit.
func Begin(dest string) (*Dir, error) {
	dest = filepath.Clean(dest)
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dest)+"-build-*")
	if err != nil {
		return nil, err
	}
	return &Dir{dest: dest, tmp: tmp}, nil
}

// Within returns the file path of rel (a slash path) inside root, or an
// error when rel is empty, absolute or would land outside root.
func Within(root, rel string) (string, error) {
	if rel == "" || strings.HasPrefix(rel, "/") || strings.Contains(rel, "\\") {
		return "", fmt.Errorf("publish: refusing output path %q", rel)
	}
	clean := filepath.Clean(filepath.FromSlash(rel))
	if clean == "." || clean == ".." || strings.HasPrefix(clean, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("publish: output path %q escapes the output folder", rel)
	}
	return filepath.Join(root, clean), nil
}

// Write stores one file; rel is a slash path inside the output. A path that
// would land outside the output is refused.
func (d *Dir) Write(rel string, data []byte) error {
	path, err := Within(d.tmp, rel)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return err
	}
	d.files++
	d.bytes += int64(len(data))
	return nil
}

// Stats returns the number of files and bytes written so far.
func (d *Dir) Stats() (files int, bytes int64) { return d.files, d.bytes }

// Commit swaps the finished output in for dest.
func (d *Dir) Commit() error {
	old := d.dest + ".old"
	_ = os.RemoveAll(old)
	hadDest := true
	if err := os.Rename(d.dest, old); err != nil {
		if !errors.Is(err, os.ErrNotExist) {
			return err
		}
		hadDest = false
	}
	if err := os.Rename(d.tmp, d.dest); err != nil {
		if hadDest {
			_ = os.Rename(old, d.dest)
		}
		return err
	}
	if err := os.Chmod(d.dest, 0o755); err != nil {
		return err
	}
	return os.RemoveAll(old)
}

// Abort drops the output in progress; dest is untouched.
func (d *Dir) Abort() error { return os.RemoveAll(d.tmp) }

// WriteFile writes one file atomically: to a temporary file in the same
// folder, then renamed over path, so that a reader (or an editor's file
// after a failure) never sees it half-written.
func WriteFile(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
