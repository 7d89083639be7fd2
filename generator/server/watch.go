package server

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Watcher reports changed files under some folders, and some single files.
//
// It watches folders, never files: editors (and our own tools) save by
// writing a temporary file and renaming it over the old one, which a
// watch on the file itself loses after the first save.
type Watcher struct {
	w     *fsnotify.Watcher
	files map[string]bool // single files, by clean path
	dirs  map[string]bool // folders watched because of a single file
	trees map[string]bool // folders watched as part of a tree
	// Debounce gathers the events of one save (a create, a write and a
	// rename) into one rebuild. The events of one save (os.WriteFile, or
	// a temporary file renamed over the article) were measured at most
	// 0.09 ms apart over 100 saves at load ~11, so 30 ms leaves a wide
	// margin; a save whose events come later still rebuilds, as a new
	// change that stops the build under way.
	Debounce time.Duration
}

// Watch starts watching the folders trees (recursively, including folders
// created later) and the single files.
func Watch(trees, files []string) (*Watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watch: %w", err)
	}
	w := &Watcher{w: fw, files: map[string]bool{}, dirs: map[string]bool{}, trees: map[string]bool{}, Debounce: 30 * time.Millisecond}
	for _, t := range trees {
		if err := w.addTree(t); err != nil {
			fw.Close()
			return nil, err
		}
	}
	for _, f := range files {
		f = filepath.Clean(f)
		w.files[f] = true
		dir := filepath.Dir(f)
		if !w.dirs[dir] {
			if err := fw.Add(dir); err != nil {
				fw.Close()
				return nil, fmt.Errorf("watch %s: %w", dir, err)
			}
			w.dirs[dir] = true
		}
	}
	return w, nil
}

func (w *Watcher) addTree(root string) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil // a folder removed while we walk
			}
			return fmt.Errorf("watch %s: %w", p, err)
		}
		if !d.IsDir() {
			return nil
		}
		if p != root && ignored(d.Name()) {
			return filepath.SkipDir
		}
		if err := w.w.Add(p); err != nil {
			return fmt.Errorf("watch %s: %w", p, err)
		}
		w.trees[filepath.Clean(p)] = true
		return nil
	})
}

// Close stops watching.
func (w *Watcher) Close() error { return w.w.Close() }

// ignored are names of editor swap and backup files and of temporary
// files (ours start with "."), whose events are not edits.
func ignored(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") ||
		strings.HasSuffix(name, ".swp") || strings.HasSuffix(name, ".swx") ||
		name == "4913" // vim's write test
}

// relevant reports whether an event is an edit of an input: anything in
// a watched tree, or one of the single files (and not, say, the other
// files of the source root beside site.yaml).
func (w *Watcher) relevant(p string) bool {
	p = filepath.Clean(p)
	if ignored(filepath.Base(p)) {
		return false
	}
	return w.trees[filepath.Dir(p)] || w.files[p]
}

// Run calls onChange with the sorted, distinct paths changed in each
// burst of events until ctx ends. Watch errors are reported to onError and
// do not stop the watch: serve must keep running.
func (w *Watcher) Run(ctx context.Context, onChange func([]string), onError func(error)) {
	pending := map[string]bool{}
	var timer *time.Timer
	var fire <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			if timer != nil {
				timer.Stop()
			}
			return
		case err, ok := <-w.w.Errors:
			if !ok {
				return
			}
			onError(err)
		case ev, ok := <-w.w.Events:
			if !ok {
				return
			}
			if ev.Has(fsnotify.Create) {
				// A new folder (a new language, an editor's mkdir) is
				// watched from now on.
				if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() && !ignored(filepath.Base(ev.Name)) && w.trees[filepath.Dir(ev.Name)] {
					if err := w.addTree(ev.Name); err != nil {
						onError(err)
					}
				}
			}
			if ev.Has(fsnotify.Chmod) && !ev.Has(fsnotify.Write) {
				continue // touch, or an indexer changing atime
			}
			if !w.relevant(ev.Name) {
				continue
			}
			pending[filepath.Clean(ev.Name)] = true
			if timer == nil {
				timer = time.NewTimer(w.Debounce)
			} else {
				timer.Reset(w.Debounce)
			}
			fire = timer.C
		case <-fire:
			fire = nil
			paths := make([]string, 0, len(pending))
			for p := range pending {
				paths = append(paths, p)
			}
			sort.Strings(paths)
			clear(pending)
			onChange(paths)
		}
	}
}
