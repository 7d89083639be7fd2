//go:build !unix

package publish

import "errors"

// treeID has no inode to go by here: incremental builds always start
// from a full hard-linked copy (the spare is never reused).
func treeID(dir string) (string, error) {
	return "", errors.New("publish: tree identity needs inodes")
}

func sameDevice(a, b string) bool { return false }
