// Package publish writes a build's output so that the destination folder is
// only ever replaced whole, and only when it is one a build made.
//
// Every build, full or incremental, writes a complete new tree into a
// temporary folder beside the destination (.DEST-build-NNN) and swaps it in
// with one atomic rename: a reader, or a build killed at any moment, sees
// either the whole previous output or the whole new one, and the
// destination exists at every moment. A lock file beside the destination
// keeps two builds from publishing into it at once, and each build removes
// what earlier interrupted builds left behind. A marker file in every tree
// it makes says that a build made it: a folder without one is never
// replaced or deleted.
//
// No build copies or deletes the whole destination as a rule: the output
// a build replaces is kept as a spare beside it, and the next build starts
// from it, brought up to date with the paths the last build changed (see
// spare.go), so that publishing costs O(changes).
package publish

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Dir is one output in progress.
type Dir struct {
	dest   string // the destination, absolute, symlinks resolved
	name   string // the destination as the caller named it, for messages
	tmp    string // the new tree
	lock   *lock
	seeded bool // the tree started as a copy of dest (hard links)
	full   bool // Begin: what is not written is not in the output
	done   bool
	files  int
	bytes  int64
	// grown is how many bytes the tree gained over the one it started
	// from (negative when it shrank): what the build's writes and
	// removals changed, so that an incremental build knows the size of
	// its output without walking it.
	grown   int64
	linked  int             // files linked (or copied) from dest to start from
	changed map[string]bool // clean slash paths written or removed (seeded)
	written map[string]bool // clean slash paths written (full and seeded)
	// dirs are the folders of the tree known to exist (mkdirAll); nil
	// after anything that may remove folders.
	dirs map[string]bool
	// compare holds the previous output's file that Write compares
	// with a page (sameFile), reused from page to page.
	compare  []byte
	hook     hook
	warnings []string
}

// ErrDestinationChanged marks a failed Commit after which the destination
// is not what it was (both renames of the fallback swap failed): the
// caller must not say it was left as it was.
var ErrDestinationChanged = errors.New("the destination was changed")

// removeAll removes a tree; the tests replace it to simulate a tree that
// cannot be deleted.
var removeAll = os.RemoveAll

// Begin starts a full output that replaces dest on Commit: what is written
// and nothing else. It starts from what dest holds, as BeginIncremental
// does (a file whose bytes did not change keeps its link, and Commit
// removes what was not written), so that the output it replaces can be
// kept as the spare instead of deleted, which costs far more than linking.
func Begin(dest string) (*Dir, error) { return begin(dest, false) }

// BeginIncremental starts an output that holds what dest holds, in which a
// build rewrites only what changed and removes what vanished before the
// whole is swapped in on Commit. It is the spare (the output before dest)
// brought up to date when there is a usable one, else a hard-linked copy
// of dest; either way no file is copied and none shared with dest is
// written through.
func BeginIncremental(dest string) (*Dir, error) { return begin(dest, true) }

func begin(dest string, seed bool) (*Dir, error) {
	abs, err := resolve(dest)
	if err != nil {
		return nil, err
	}
	if err := checkReplaceable(dest, abs); err != nil {
		return nil, err
	}
	h, err := hookFromEnv()
	if err != nil {
		return nil, err
	}
	parent := filepath.Dir(abs)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	lk, err := acquireLock(lockPath(abs), dest)
	if err != nil {
		return nil, err
	}
	d := &Dir{dest: abs, name: dest, lock: lk, hook: h, full: !seed, changed: map[string]bool{}}
	d.removeLeftovers()
	if tmp, ok := d.takeSpare(); ok {
		d.tmp, d.seeded = tmp, true
		if d.full {
			d.written = map[string]bool{}
		}
		return d, nil
	}
	if err := d.newTree(); err != nil {
		lk.release()
		return nil, err
	}
	if _, err := os.Lstat(abs); err != nil {
		return d, nil // nothing to start from
	}
	if err := d.linkTree(abs, d.tmp); err != nil {
		if seed {
			d.Abort()
			return nil, fmt.Errorf("publish: copying %s for an incremental build: %w", dest, err)
		}
		// A full build does not need the copy: from an empty tree.
		if err := removeTree(d.tmp); err != nil {
			d.Abort()
			return nil, err
		}
		if err := d.newTree(); err != nil {
			lk.release()
			return nil, err
		}
		return d, nil
	}
	d.seeded = true
	if d.full {
		d.written = map[string]bool{}
	}
	return d, nil
}

// newTree makes d.tmp an empty tree with its marker.
func (d *Dir) newTree() error {
	tmp, err := os.MkdirTemp(filepath.Dir(d.dest), tempPrefix(d.dest))
	if err != nil {
		return err
	}
	d.tmp = tmp
	// The marker first, so that whatever a killed build leaves is
	// recognisably ours and removed by the next one.
	if err := d.put(Marker, []byte(markerText)); err != nil {
		removeTree(tmp)
		return err
	}
	return nil
}

// tempPrefix is the pattern of the temporary trees of dest; the random
// part os.MkdirTemp puts in place of * is digits only (see isLeftover).
func tempPrefix(dest string) string { return "." + filepath.Base(dest) + "-build-*" }

func lockPath(dest string) string {
	return filepath.Join(filepath.Dir(dest), "."+filepath.Base(dest)+".lock")
}

// Within returns the file path of rel (a slash path) inside root, or an
// error when rel is empty, absolute or would land outside root.
func Within(root, rel string) (string, error) {
	clean, err := cleanRel(rel)
	if err != nil {
		return "", err
	}
	return filepath.Join(root, filepath.FromSlash(clean)), nil
}

// cleanRel returns rel cleaned (a slash path), or an error when it is
// empty, absolute or would land outside the folder it is relative to.
func cleanRel(rel string) (string, error) {
	if rel == "" || strings.HasPrefix(rel, "/") || strings.Contains(rel, "\\") {
		return "", fmt.Errorf("publish: refusing output path %q", rel)
	}
	clean := filepath.Clean(filepath.FromSlash(rel))
	if clean == "." || clean == ".." || strings.HasPrefix(clean, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("publish: output path %q escapes the output folder", rel)
	}
	return filepath.ToSlash(clean), nil
}

// target checks that op (write, remove) on rel may go ahead: the output is
// still open, rel stays inside it and is not the publisher's own file. It
// returns rel's path in the new tree and its cleaned slash form.
func (d *Dir) target(op, rel string) (path, clean string, err error) {
	if d.done {
		return "", "", fmt.Errorf("publish: %s %s after Commit or Abort", op, rel)
	}
	clean, err = cleanRel(rel)
	if err != nil {
		return "", "", err
	}
	if reserved(clean) {
		return "", "", fmt.Errorf("publish: output path %q is the publisher's own file", rel)
	}
	return filepath.Join(d.tmp, filepath.FromSlash(clean)), clean, nil
}

// Write stores one file; rel is a slash path inside the output. A path that
// would land outside the output is refused. In an incremental output a
// file whose bytes did not change is left as it is (and not counted); a
// changed one replaces the hard link, so the previous output, which shares
// the link, is never written through.
func (d *Dir) Write(rel string, data []byte) error {
	path, clean, err := d.target("write", rel)
	if err != nil {
		return err
	}
	if d.full {
		// A full build counts (and may fail at) every page, changed or
		// not, as one from an empty tree does.
		if err := d.hook.beforeWrite(path, d.files); err != nil {
			return err
		}
		d.files++
		d.bytes += int64(len(data))
		if d.written != nil {
			d.written[clean] = true
		}
	}
	var was int64
	if d.seeded {
		same, size := d.sameFile(path, data)
		if same {
			return nil
		}
		was = size
	}
	if !d.full {
		if err := d.hook.beforeWrite(path, d.files); err != nil {
			return err
		}
		d.files++
		d.bytes += int64(len(data))
	}
	err = d.put(clean, data)
	if err != nil && d.full && d.seeded {
		// The previous output had a file where this page's folder goes,
		// or a folder where it goes: out of the way, unless this build
		// wrote it.
		if d.clearWay(clean) == nil {
			err = d.put(clean, data)
		}
	}
	if err != nil {
		return err
	}
	d.grown += int64(len(data)) - was
	if d.seeded {
		d.changed[clean] = true
	}
	return nil
}

// sameFile reports whether the file at path holds data, and the size of
// what is there (0 when it is not a regular file one can read). A full
// build from the spare compares every page it makes with the previous
// output's: a file of another size differs without a read, one of the
// same size is read into a buffer kept for the next page (os.ReadFile
// made a new one for each, a quarter of a gigabyte at 10,000 articles).
func (d *Dir) sameFile(path string, data []byte) (same bool, size int64) {
	f, err := os.Open(path)
	if err != nil {
		return false, 0
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return false, 0
	}
	size = st.Size()
	if size != int64(len(data)) {
		return false, size
	}
	// One byte more than expected, so that a file that grew since the
	// stat does not compare equal.
	if cap(d.compare) < len(data)+1 {
		d.compare = make([]byte, len(data)+1)
	}
	buf := d.compare[:len(data)+1]
	n, err := io.ReadFull(f, buf)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return false, size
	}
	return n == len(data) && bytes.Equal(buf[:n], data), size
}

// put writes a new file at rel, replacing (not writing through) whatever
// file was there. It creates the file exclusively and removes what was
// there only when that fails, so that a new file costs three system calls
// (open, write, close) and its folder, when new, one more: a full build
// of 10,000 articles writes 22,000 files.
func (d *Dir) put(rel string, data []byte) error {
	path := filepath.Join(d.tmp, filepath.FromSlash(rel))
	if err := d.mkdirAll(filepath.Dir(path)); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		// A link to the previous output's file (or an empty folder in
		// its place): removed, never written through.
		if err := os.Remove(path); err != nil {
			return err
		}
		f, err = os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Remove deletes a page that no longer exists from the output, and the
// folders it leaves empty.
func (d *Dir) Remove(rel string) error {
	path, clean, err := d.target("remove", rel)
	if err != nil {
		return err
	}
	info, err := os.Lstat(path)
	if err == nil {
		err = os.Remove(path)
	}
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if info.Mode().IsRegular() {
		d.grown -= info.Size()
	}
	if d.seeded {
		d.changed[clean] = true
	}
	if d.written != nil {
		delete(d.written, clean)
	}
	pruneEmpty(d.tmp, path)
	d.dirs = nil // pruneEmpty may have removed some
	return nil
}

// mkdirAll is os.MkdirAll(dir) that remembers the folders it made or
// found, so that a file in a known folder costs no system call for it, and
// one in a new folder under a known one a single mkdir.
func (d *Dir) mkdirAll(dir string) error {
	if d.dirs[dir] {
		return nil
	}
	if d.dirs == nil {
		d.dirs = map[string]bool{}
	}
	if !d.dirs[filepath.Dir(dir)] || os.Mkdir(dir, 0o755) != nil {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	d.dirs[dir] = true
	d.dirs[filepath.Dir(dir)] = true
	return nil
}

// Stats returns the number of files and bytes written so far.
func (d *Dir) Stats() (files int, bytes int64) { return d.files, d.bytes }

// TreeSize is the bytes of the regular files under dir: what a host
// publishes of an output.
func TreeSize(dir string) (int64, error) {
	var total int64
	err := filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		total += info.Size()
		return nil
	})
	return total, err
}

// TreeBytes is the size of the output's files (its marker included) once
// committed, without walking it: for a full output what was written, for
// an incremental one before (the size of dest, 0 when unknown) plus what
// the writes and removals added. It is 0 when unknown.
func (d *Dir) TreeBytes(before int64) int64 {
	switch {
	case d.full:
		return d.bytes + int64(len(markerText))
	case before > 0:
		return before + d.grown
	}
	return 0
}

// LinkedFiles is the number of files an incremental output linked (or
// copied) from dest to start from: every file of dest when it made a
// full copy, only those the previous build changed when it reused the
// spare.
func (d *Dir) LinkedFiles() int { return d.linked }

// Warnings are what went wrong without failing the build: leftovers or a
// previous output that could not be removed (and were left where they are).
func (d *Dir) Warnings() []string { return d.warnings }

// Commit swaps the finished output in for dest in one atomic step; the
// previous output becomes the spare (it is removed only after a build
// that started from an empty tree). When Commit fails, dest is as it
// was, unless the error wraps ErrDestinationChanged.
func (d *Dir) Commit() error {
	if d.done {
		return errors.New("publish: Commit after Commit or Abort")
	}
	defer d.finish()
	fail := func(err error) error {
		d.discard(d.tmp)
		return err
	}
	if d.full && d.seeded {
		if err := d.sweep(); err != nil {
			return fail(err)
		}
	}
	if err := os.Chmod(d.tmp, 0o755); err != nil {
		return fail(err)
	}
	d.hook.at(stageCommitting)
	// The new tree's identity, which the spare's state will name; inodes
	// move with the tree when it is renamed. Without one (no inodes on
	// this system) the previous output is removed instead of kept.
	newID, _ := treeID(d.tmp)
	if _, err := os.Lstat(d.dest); errors.Is(err, fs.ErrNotExist) {
		if err := os.Rename(d.tmp, d.dest); err != nil {
			return fail(err)
		}
		d.discardSpare() // of an output someone deleted: it is no one's parent
		return nil
	} else if err != nil {
		return fail(err)
	}
	err := exchange(d.tmp, d.dest)
	if err == nil {
		// d.tmp now holds the previous output.
		d.retire(d.tmp, newID)
		return nil
	}
	if !errors.Is(err, errExchangeUnsupported) {
		return fail(fmt.Errorf("publish: swapping in %s: %w", d.name, err))
	}
	// No atomic exchange here (not Linux, or a file system without it):
	// two renames, with a moment in between when dest does not exist.
	// A fresh name for the previous output (os.Rename will not replace
	// the empty folder MkdirTemp made; we hold the lock, so no other build
	// takes the name in between).
	old, err := os.MkdirTemp(filepath.Dir(d.dest), tempPrefix(d.dest))
	if err != nil {
		return fail(err)
	}
	if err := os.Remove(old); err != nil {
		return fail(err)
	}
	if err := os.Rename(d.dest, old); err != nil {
		return fail(err)
	}
	if err := os.Rename(d.tmp, d.dest); err != nil {
		if back := os.Rename(old, d.dest); back != nil {
			return fmt.Errorf("publish: %w: the new output could not be moved in (%v) nor the previous one back (%v); the previous output is at %s, the new one at %s",
				ErrDestinationChanged, err, back, old, d.tmp)
		}
		return fail(err)
	}
	d.retire(old, newID)
	return nil
}

// Abort drops the output in progress; dest is untouched.
func (d *Dir) Abort() error {
	if d.done {
		return nil
	}
	defer d.finish()
	d.discard(d.tmp)
	return nil
}

func (d *Dir) finish() {
	d.done = true
	d.lock.release()
}

// discard removes a tree this package made, keeping its marker until last
// so that a tree only partly removed is still recognised (and removed) by
// a later build; what cannot be removed becomes a warning.
func (d *Dir) discard(tree string) {
	if err := removeTree(tree); err != nil {
		d.warnings = append(d.warnings, fmt.Sprintf("could not remove %s (%v); it was left there, and the next build will try again", tree, err))
	}
}

func removeTree(tree string) error {
	entries, err := os.ReadDir(tree)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var errs []error
	for _, e := range entries {
		if e.Name() == Marker {
			continue
		}
		if err := removeAll(filepath.Join(tree, e.Name())); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	if err := os.Remove(filepath.Join(tree, Marker)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return os.Remove(tree)
}

// removeLeftovers removes the trees of earlier builds into the same
// destination that were killed or could not be removed: the caller holds
// the lock, so none of them is being written. Only trees with our marker
// (or empty ones) are touched.
func (d *Dir) removeLeftovers() {
	parent := filepath.Dir(d.dest)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	prefix := strings.TrimSuffix(tempPrefix(d.dest), "*")
	for _, e := range entries {
		if !e.IsDir() || !isLeftover(e.Name(), prefix) {
			continue
		}
		tree := filepath.Join(parent, e.Name())
		if hasMarker(tree) {
			d.discard(tree)
		} else {
			os.Remove(tree) // only when empty: a build killed before its marker
		}
	}
}

// isLeftover says whether name is prefix followed by the digits
// os.MkdirTemp adds, so that .public-build-1-build-5 (a tree of a folder
// named public-build-1) is not taken for one of public's.
func isLeftover(name, prefix string) bool {
	rest, ok := strings.CutPrefix(name, prefix)
	if !ok || rest == "" {
		return false
	}
	for _, r := range rest {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// linkTree fills dst with the tree of src: folders made anew, files as
// hard links (copies where the file system refuses links), symlinks as
// they are.
func (d *Dir) linkTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		switch {
		case rel == ".":
			return nil
		case e.IsDir():
			return os.MkdirAll(target, 0o755)
		case rel == Marker || rel == spareState:
			return nil // begin wrote a fresh marker
		}
		return d.linkFile(path, target)
	})
}

// linkFile makes dst (which does not exist) what src is: a hard link to a
// file (a copy where the file system refuses links), a symlink as it is.
func (d *Dir) linkFile(src, dst string) error {
	st, err := os.Lstat(src)
	if err != nil {
		return err
	}
	switch {
	case st.Mode()&fs.ModeSymlink != 0:
		link, err := os.Readlink(src)
		if err != nil {
			return err
		}
		return os.Symlink(link, dst)
	case st.Mode().IsRegular():
		d.linked++
		if os.Link(src, dst) == nil {
			return nil
		}
		return copyFile(src, dst)
	}
	return nil // sockets and such are not a site's
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

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
