//go:build !unix

package publish

// lock does nothing where flock is missing: concurrent builds into one
// destination are not prevented there.
type lock struct{}

func acquireLock(path, dest string) (*lock, error) { return &lock{}, nil }

func (l *lock) release() {}
