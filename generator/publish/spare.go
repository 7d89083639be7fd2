package publish

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

// The spare: a build does not delete the output it replaces but keeps it
// beside the destination as .DEST-spare, with a state file (spareState)
// that names the tree that replaced it (its treeID) and the paths that
// build wrote or removed. The next build renames the spare to its own
// temporary tree, brings it up to date by linking or removing just those
// paths, and applies its own changes there (a full build then removes
// what it did not write): publishing costs O(changes), where a
// hard-linked copy of the whole destination and the deletion of the old
// tree cost O(site). Without a usable spare a build starts from such a
// copy (or, when dest is missing, an empty tree), and keeps a spare
// after it.
//
// The state lives in the spare, never in the published tree, so that an
// incremental output stays byte-identical to a full build's. Anything
// unexpected (no spare, a state file missing or unreadable, a destination
// that is not the tree the state names, another file system, an error
// while catching up) falls back to the full hard-linked copy. A spare is
// only ever a complete tree: the build that takes it renames it first,
// so a build killed while catching up leaves a .DEST-build-NNN leftover,
// which the next build removes, and no half-updated spare.

// spareState is the file in the spare's root that says what it is.
const spareState = ".generator-spare"

const spareHeader = "generator spare v1"

func sparePath(dest string) string {
	return filepath.Join(filepath.Dir(dest), "."+filepath.Base(dest)+"-spare")
}

// reserved says whether rel names a file of the publisher's own, which
// a build may not write.
func reserved(clean string) bool { return clean == Marker || clean == spareState }

// takeSpare renames the spare to a new temporary tree and brings it up to
// the destination's content; ok is false (and nothing is taken) when the
// spare cannot be used, or (the taken tree discarded) when catching up
// failed: the caller then makes the full copy.
func (d *Dir) takeSpare() (tmp string, ok bool) {
	spare := sparePath(d.dest)
	if st, err := os.Lstat(spare); err != nil || !st.IsDir() || !hasMarker(spare) || !sameDevice(spare, d.dest) {
		return "", false
	}
	destID, err := treeID(d.dest)
	if err != nil {
		return "", false
	}
	parentOf, changes, err := readSpareState(filepath.Join(spare, spareState))
	if err != nil || parentOf != destID {
		return "", false
	}
	tmp, err = d.leftoverName()
	if err != nil || os.Rename(spare, tmp) != nil {
		return "", false
	}
	d.hook.at(stageSpareTaken)
	if err := os.Remove(filepath.Join(tmp, spareState)); err != nil || d.catchUp(tmp, changes) != nil {
		d.discard(tmp)
		return "", false
	}
	d.hook.at(stageCaughtUp)
	return tmp, true
}

// leftoverName returns a free name of the destination's temporary trees
// (nothing is there when it returns; we hold the lock, so no other build
// takes it in between).
func (d *Dir) leftoverName() (string, error) {
	name, err := os.MkdirTemp(filepath.Dir(d.dest), tempPrefix(d.dest))
	if err != nil {
		return "", err
	}
	return name, os.Remove(name)
}

// catchUp makes tree, the output the destination was built from, equal
// to the destination: changes are the paths the destination's build
// wrote or removed. Removals go first, so that a file replaced by a
// folder of the same name (or the reverse) is out of the way.
func (d *Dir) catchUp(tree string, changes []string) error {
	var place []string
	for _, rel := range changes {
		st, err := os.Lstat(filepath.Join(d.dest, filepath.FromSlash(rel)))
		switch {
		case err == nil && !st.IsDir():
			place = append(place, rel)
			continue
		case err != nil && !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR):
			return err // ENOTDIR: a file where a folder above it was
		}
		path := filepath.Join(tree, filepath.FromSlash(rel))
		if st, err := os.Lstat(path); err == nil {
			// A folder goes only when empty, as Remove took it.
			if err := os.Remove(path); err != nil && !st.IsDir() {
				return err
			}
			pruneEmpty(tree, path)
		}
	}
	for _, rel := range place {
		src := filepath.Join(d.dest, filepath.FromSlash(rel))
		dst := filepath.Join(tree, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := os.Remove(dst); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		if err := d.linkFile(src, dst); err != nil {
			return err
		}
	}
	return nil
}

// pruneEmpty removes the folders above path, up to root, that are empty.
func pruneEmpty(root, path string) {
	for dir := filepath.Dir(path); dir != root && strings.HasPrefix(dir, root+string(filepath.Separator)); dir = filepath.Dir(dir) {
		if os.Remove(dir) != nil {
			break // not empty
		}
	}
}

// retire keeps old, the output Commit just replaced, as the spare of the
// new one (newID), or removes it when it cannot serve as one: after a
// build from an empty tree, whose changes are not listed. A spare already
// there belongs to an older output and goes.
func (d *Dir) retire(old, newID string) {
	d.hook.at(stageExchanged)
	d.discardSpare()
	changes := d.changeList()
	if !d.seeded || newID == "" || changes == nil {
		d.discard(old)
		return
	}
	if err := writeSpareState(filepath.Join(old, spareState), newID, changes); err != nil {
		d.discard(old)
		return
	}
	if err := os.Rename(old, sparePath(d.dest)); err != nil {
		d.discard(old)
	}
}

// discardSpare removes the spare, first renamed to a temporary tree's name
// so that a removal that fails half-way leaves a leftover (removed by a
// later build), never a spare that lacks files.
func (d *Dir) discardSpare() {
	spare := sparePath(d.dest)
	if _, err := os.Lstat(spare); err != nil || !hasMarker(spare) {
		return // none, or not ours: left alone
	}
	tmp, err := d.leftoverName()
	if err == nil && os.Rename(spare, tmp) == nil {
		d.discard(tmp)
		return
	}
	if err := os.Remove(filepath.Join(spare, spareState)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		d.warnings = append(d.warnings, fmt.Sprintf("could not remove %s (%v); it was left there", spare, err))
		return
	}
	d.discard(spare)
}

// sweep removes from a full build's tree, started from the spare, every
// file the build did not write, and the folders that leaves empty.
func (d *Dir) sweep() error {
	var stale []string
	err := filepath.WalkDir(d.tmp, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, err := filepath.Rel(d.tmp, path)
		if err != nil {
			return err
		}
		if rel = filepath.ToSlash(rel); !d.written[rel] && !reserved(rel) {
			stale = append(stale, rel)
		}
		return nil
	})
	if err != nil {
		return err
	}
	d.dirs = nil // pruneEmpty removes the folders left empty
	for _, rel := range stale {
		path := filepath.Join(d.tmp, filepath.FromSlash(rel))
		if err := os.Remove(path); err != nil {
			return err
		}
		d.changed[rel] = true
		pruneEmpty(d.tmp, path)
	}
	return nil
}

// clearWay removes, in a full build's tree started from the spare, what
// the previous output had where rel goes: a file in place of one of its
// folders, or a folder in place of it. What this build wrote stays (the
// write then fails, as it would in an empty tree).
func (d *Dir) clearWay(rel string) error {
	parts := strings.Split(rel, "/")
	for i := range parts {
		prefix := strings.Join(parts[:i+1], "/")
		path := filepath.Join(d.tmp, filepath.FromSlash(prefix))
		st, err := os.Lstat(path)
		if err != nil {
			return nil // nothing further down either
		}
		switch {
		case i < len(parts)-1 && !st.IsDir(), i == len(parts)-1 && st.IsDir():
			return d.removeUnwritten(prefix)
		}
	}
	return nil
}

// removeUnwritten removes the file or folder at rel, recording every file
// as changed, unless this build wrote something there.
func (d *Dir) removeUnwritten(rel string) error {
	d.dirs = nil // the folders below rel go
	root := filepath.Join(d.tmp, filepath.FromSlash(rel))
	var files []string
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		r, err := filepath.Rel(d.tmp, path)
		if err != nil {
			return err
		}
		if r = filepath.ToSlash(r); d.written[r] {
			return fmt.Errorf("publish: %s was written by this build", r)
		}
		files = append(files, r)
		return nil
	})
	if err != nil {
		return err
	}
	if err := os.RemoveAll(root); err != nil {
		return err
	}
	for _, r := range files {
		d.changed[r] = true
	}
	return nil
}

// changeList is what this build wrote or removed, sorted; nil when a path
// cannot be written one to a line.
func (d *Dir) changeList() []string {
	list := make([]string, 0, len(d.changed))
	for rel := range d.changed {
		if strings.ContainsAny(rel, "\n\r") {
			return nil
		}
		list = append(list, rel)
	}
	sort.Strings(list)
	return list
}

func writeSpareState(path, newID string, changes []string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\nreplaced-by %s\n", spareHeader, newID)
	for _, rel := range changes {
		b.WriteString(rel)
		b.WriteByte('\n')
	}
	return WriteFile(path, []byte(b.String()))
}

// readSpareState returns the tree the spare was replaced by and the paths
// that build changed; an error for anything but a whole, well-formed file.
func readSpareState(path string) (newID string, changes []string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return "", nil, err
	}
	defer f.Close()
	lines := bufio.NewScanner(f)
	lines.Buffer(make([]byte, 0, 64*1024), 1<<20)
	if !lines.Scan() || lines.Text() != spareHeader {
		return "", nil, fmt.Errorf("%s:1: not a spare state", path)
	}
	if !lines.Scan() {
		return "", nil, fmt.Errorf("%s:2: no replaced-by line", path)
	}
	newID, ok := strings.CutPrefix(lines.Text(), "replaced-by ")
	if !ok || newID == "" {
		return "", nil, fmt.Errorf("%s:2: no replaced-by line", path)
	}
	for n := 3; lines.Scan(); n++ {
		rel := lines.Text()
		if clean, err := cleanRel(rel); err != nil || clean != rel || reserved(clean) {
			return "", nil, fmt.Errorf("%s:%d: bad path %q", path, n, rel)
		}
		changes = append(changes, rel)
	}
	if err := lines.Err(); err != nil {
		return "", nil, fmt.Errorf("%s: %w", path, err)
	}
	return newID, changes, nil
}
