//go:build unix

package publish

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// treeID names the tree at dir for as long as it lives, whatever it is
// renamed to: the device and inode of the folder and of its marker (a
// file each tree gets anew, never linked nor rewritten), and the marker's
// modification time, so that inode numbers reused after a deletion do
// not make another tree look like this one. Nothing is written into the
// tree: its bytes stay those of a full build.
func treeID(dir string) (string, error) {
	st, err := os.Lstat(dir)
	if err != nil {
		return "", err
	}
	mk, err := os.Lstat(filepath.Join(dir, Marker))
	if err != nil {
		return "", err
	}
	ds, ok1 := st.Sys().(*syscall.Stat_t)
	ms, ok2 := mk.Sys().(*syscall.Stat_t)
	if !ok1 || !ok2 || !st.IsDir() || !mk.Mode().IsRegular() {
		return "", fmt.Errorf("publish: %s is not an output tree", dir)
	}
	return fmt.Sprintf("%d:%d:%d:%d", ds.Dev, ds.Ino, ms.Ino, mk.ModTime().UnixNano()), nil
}

// sameDevice says whether a and b lie on one file system (hard links
// between them are possible).
func sameDevice(a, b string) bool {
	sa, err1 := os.Lstat(a)
	sb, err2 := os.Lstat(b)
	if err1 != nil || err2 != nil {
		return false
	}
	da, ok1 := sa.Sys().(*syscall.Stat_t)
	db, ok2 := sb.Sys().(*syscall.Stat_t)
	return ok1 && ok2 && da.Dev == db.Dev
}
