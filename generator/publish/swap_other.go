//go:build !linux

package publish

import "errors"

var errExchangeUnsupported = errors.New("atomic exchange not supported")

// exchange is Linux-only; elsewhere Commit falls back to two renames.
func exchange(a, b string) error { return errExchangeUnsupported }
