package publish

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
)

// publishTree makes dest as a build would: files (slash path -> content)
// committed through Begin, so that it carries the marker.
func publishTree(t *testing.T, dest string, files map[string]string) {
	t.Helper()
	d, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	for rel, data := range files {
		if err := d.Write(rel, []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
}

// readTree returns every file under dir (slash path -> content), marker
// excluded.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	got := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || e.Name() == Marker {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		got[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func sameTree(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("%s:\n got %v\nwant %v", what, got, want)
	}
}

// leftovers lists what builds left beside dest (the lock file excepted).
func leftovers(t *testing.T, dest string) []string {
	t.Helper()
	all, _ := filepath.Glob(filepath.Join(filepath.Dir(dest), "."+filepath.Base(dest)+"-build-*"))
	return all
}

func TestCommitAbortAndPaths(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	old := map[string]string{"old.html": "old"}
	publishTree(t, dest, old)
	if !hasMarker(dest) {
		t.Fatal("a published tree has no marker")
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
	sameTree(t, "after Abort", readTree(t, dest), old)

	// Paths that would leave the output are refused.
	d, err = Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"", "/etc/passwd", "../x", "a/../../x", `a\\b`, ".", ".."} {
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
	sameTree(t, "after Commit", readTree(t, dest), map[string]string{"en/index.html": "home"})
	if st, err := os.Stat(dest); err != nil || st.Mode().Perm() != 0o755 {
		t.Errorf("dest mode: %v %v", st.Mode(), err)
	}
	if left := leftovers(t, dest); len(left) != 0 {
		t.Errorf("temporary folders left behind: %v", left)
	}
	if err := d.Write("late.html", nil); err == nil {
		t.Error("a write after Commit was accepted")
	}
}

func TestCheckDestination(t *testing.T) {
	root := t.TempDir()
	src := filepath.Join(root, "site")
	for _, dir := range []string{"content/data", "templates", ".git", "foreign", "empty"} {
		if err := os.MkdirAll(filepath.Join(src, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"site.yaml", "content/a.md", "foreign/notes.txt"} {
		if err := os.WriteFile(filepath.Join(src, f), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	publishTree(t, filepath.Join(src, "public"), map[string]string{"index.html": "x"})
	if err := os.Symlink(filepath.Join(src, "content"), filepath.Join(root, "link-to-content")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(src)

	for _, c := range []struct {
		dest string
		why  string // "" when accepted
	}{
		{"public", ""},
		{"new-folder", ""},
		{"empty", ""},
		{filepath.Join(root, "elsewhere", "out"), ""},
		{".", "is the source folder"},
		{src, "is the source folder"},
		{src + "/", "is the source folder"},
		{"content/..", "is the source folder"},
		{root, "contains the source folder"},
		{"/", "contains the source folder"},
		{"content", "lies inside " + filepath.Join(src, "content")},
		{"content/out", "lies inside"},
		{"content/data", "lies inside"},
		{"templates/out", "lies inside " + filepath.Join(src, "templates")},
		{".git/out", "lies inside " + filepath.Join(src, ".git")},
		{filepath.Join(root, "link-to-content", "out"), "lies inside"},
		{"site.yaml", "is an existing file"},
		{"foreign", "has no .generator-output file"},
	} {
		t.Run(c.dest, func(t *testing.T) {
			err := CheckDestination(src, c.dest)
			if c.why == "" {
				if err != nil {
					t.Errorf("refused: %v", err)
				}
				return
			}
			var de *DestinationError
			if !errors.As(err, &de) || !strings.Contains(err.Error(), c.why) || !strings.Contains(err.Error(), c.dest) {
				t.Errorf("got %v, want a DestinationError naming %q and saying %q", err, c.dest, c.why)
			}
		})
	}
	// Begin itself refuses what CheckDestination calls foreign, whoever calls it.
	for _, dest := range []string{"site.yaml", "foreign"} {
		if _, err := Begin(dest); err == nil {
			t.Errorf("Begin(%q) was accepted", dest)
		}
	}
}

func TestLock(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	first, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	_, err = BeginIncremental(dest)
	var busy *BusyError
	if !errors.As(err, &busy) || busy.PID != fmt.Sprint(os.Getpid()) ||
		!strings.Contains(err.Error(), fmt.Sprintf("another build is running (pid %d)", os.Getpid())) {
		t.Fatalf("a second build into the same folder: %v", err)
	}
	// Another destination in the same folder is another lock.
	other, err := Begin(filepath.Join(filepath.Dir(dest), "public2"))
	if err != nil {
		t.Fatalf("a build into another folder: %v", err)
	}
	other.Abort()
	if err := first.Commit(); err != nil {
		t.Fatal(err)
	}
	// Commit released the lock.
	again, err := Begin(dest)
	if err != nil {
		t.Fatalf("after Commit: %v", err)
	}
	again.Abort()
	if again, err = Begin(dest); err != nil {
		t.Fatalf("after Abort: %v", err)
	}
	again.Abort()
}

func TestLeftoversRemoved(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	mk := func(name string, files ...string) string {
		dir := filepath.Join(parent, name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			p := filepath.Join(dir, filepath.FromSlash(f))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	killed := mk(".public-build-111", Marker, "en/index.html")
	empty := mk(".public-build-222")
	foreign := mk(".public-build-333", "notes.txt")           // no marker: not ours
	otherDest := mk(".public-build-1-build-444", Marker, "a") // public-build-1's tree
	named := mk(".public-build-old", Marker, "a")             // not a name we make
	d, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	for dir, keep := range map[string]bool{killed: false, empty: false, foreign: true, otherDest: true, named: true} {
		if _, err := os.Stat(dir); (err == nil) != keep {
			t.Errorf("%s: kept=%v, want %v", filepath.Base(dir), err == nil, keep)
		}
	}
}

func TestIncremental(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	publishTree(t, dest, map[string]string{"a.html": "a1", "b/c/gone.html": "gone", "same.html": "same"})
	aBefore, _ := os.Stat(filepath.Join(dest, "a.html"))

	d, err := BeginIncremental(dest)
	if err != nil {
		t.Fatal(err)
	}
	for rel, data := range map[string]string{"a.html": "a2", "same.html": "same", "new/n.html": "n"} {
		if err := d.Write(rel, []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Remove("b/c/gone.html"); err != nil {
		t.Fatal(err)
	}
	// Until Commit, dest is the previous output, byte for byte: the
	// rewritten a.html replaced its hard link instead of writing through.
	sameTree(t, "dest before Commit", readTree(t, dest), map[string]string{"a.html": "a1", "b/c/gone.html": "gone", "same.html": "same"})
	if files, bytes := d.Stats(); files != 2 || bytes != 3 {
		t.Errorf("Stats = %d files, %d bytes; want the 2 changed files, 3 bytes", files, bytes)
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	sameTree(t, "dest after Commit", readTree(t, dest), map[string]string{"a.html": "a2", "new/n.html": "n", "same.html": "same"})
	if _, err := os.Stat(filepath.Join(dest, "b")); !os.IsNotExist(err) {
		t.Error("a removed page left its empty folders")
	}
	if !hasMarker(dest) {
		t.Error("an incremental output lost the marker")
	}
	aAfter, _ := os.Stat(filepath.Join(dest, "a.html"))
	if os.SameFile(aBefore, aAfter) {
		t.Error("a.html was written through its hard link")
	}
	if left := leftovers(t, dest); len(left) != 0 {
		t.Errorf("temporary folders left behind: %v", left)
	}
}

// TestDestAlwaysExists commits again and again while another goroutine
// looks at dest: with the atomic exchange it never finds it missing or
// half-made (index.html and the marker are always both there).
func TestDestAlwaysExists(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	publishTree(t, dest, map[string]string{"index.html": "0"})
	var stop atomic.Bool
	var missing atomic.Int64
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for !stop.Load() {
			_, err1 := os.Stat(filepath.Join(dest, "index.html"))
			_, err2 := os.Stat(filepath.Join(dest, Marker))
			if err1 != nil || err2 != nil {
				missing.Add(1)
			}
		}
	}()
	for i := 1; i <= 100; i++ {
		// Mostly incremental builds, most of which reuse the spare.
		begin := BeginIncremental
		if i%5 == 0 {
			begin = Begin
		}
		d, err := begin(dest)
		if err != nil {
			t.Fatal(err)
		}
		if err := d.Write("index.html", []byte(fmt.Sprint(i))); err != nil {
			t.Fatal(err)
		}
		if err := d.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	stop.Store(true)
	wg.Wait()
	if n := missing.Load(); n > 0 {
		t.Errorf("dest was missing or incomplete %d times", n)
	}
	sameTree(t, "dest", readTree(t, dest), map[string]string{"index.html": "100"})
}

// TestFullDisk fails a write part-way through, as a full disk would: dest
// is unchanged and nothing is left beside it.
func TestFullDisk(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	old := map[string]string{"a.html": "a1", "b.html": "b1"}
	publishTree(t, dest, old)
	for _, begin := range []func(string) (*Dir, error){Begin, BeginIncremental} {
		t.Setenv(HookEnv, "fail-after=1")
		d, err := begin(dest)
		if err != nil {
			t.Fatal(err)
		}
		if err := d.Write("a.html", []byte("a2")); err != nil {
			t.Fatal(err)
		}
		err = d.Write("b.html", []byte("b2"))
		if !errors.Is(err, syscall.ENOSPC) || !strings.Contains(err.Error(), "b.html") {
			t.Fatalf("second write: %v, want no space left naming b.html", err)
		}
		d.Abort()
		sameTree(t, "dest after a failed write", readTree(t, dest), old)
		if left := leftovers(t, dest); len(left) != 0 {
			t.Errorf("temporary folders left behind: %v", left)
		}
	}
	t.Setenv(HookEnv, "fail-after=x")
	if _, err := Begin(dest); err == nil || !strings.Contains(err.Error(), HookEnv) {
		t.Errorf("a malformed hook: %v", err)
	}
}

// TestUndeletableOldTree: a tree that has to go (a spare that is no use
// any more) but cannot be removed is a warning, not a failure, for this
// build and the next ones; the first build that can removes it.
func TestUndeletableOldTree(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	publishTree(t, dest, map[string]string{"index.html": "0"})
	build{writes: map[string]string{"index.html": "1"}}.run(t, dest) // makes the spare
	removeAll = func(string) error { return syscall.EPERM }
	defer func() { removeAll = os.RemoveAll }()
	for i := 2; i <= 3; i++ {
		// Without its state the spare is of no use, and goes.
		must(t, os.Remove(filepath.Join(sparePath(dest), spareState)))
		d := build{full: i == 3, writes: map[string]string{"index.html": fmt.Sprint(i)}}.run(t, dest)
		if w := d.Warnings(); len(w) == 0 || !strings.Contains(w[len(w)-1], "was left there") {
			t.Errorf("build %d: warnings %q", i, w)
		}
		sameTree(t, "dest", readTree(t, dest), map[string]string{"index.html": fmt.Sprint(i)})
	}
	if left := leftovers(t, dest); len(left) != 2 {
		t.Fatalf("want the 2 old spares left, got %v", left)
	}
	removeAll = os.RemoveAll
	d, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	if left := leftovers(t, dest); len(left) != 0 || len(d.Warnings()) != 0 {
		t.Errorf("left %v, warnings %q", left, d.Warnings())
	}
}

// FuzzWithin: whatever the path, Within's answer lies inside the root.
func FuzzWithin(f *testing.F) {
	for _, s := range []string{"en/index.html", "../x", "a/../../b", "/etc", "a\\b", ".", "a/./b/", "..."} {
		f.Add(s)
	}
	root := filepath.FromSlash("/out")
	f.Fuzz(func(t *testing.T, rel string) {
		p, err := Within(root, rel)
		if err != nil {
			return
		}
		if !inside(p, root) {
			t.Errorf("Within(%q) = %q, outside %s", rel, p, root)
		}
	})
}

// benchOutput publishes an output of 40,000 files in 10,000 folders
// (about a 10,000-article site) and returns its folder and the page.
func benchOutput(b *testing.B) (string, []byte) {
	dest := filepath.Join(b.TempDir(), "public")
	d, err := Begin(dest)
	if err != nil {
		b.Fatal(err)
	}
	page := []byte(strings.Repeat("<p>page</p>\n", 100))
	for i := 0; i < 40000; i++ {
		if err := d.Write(benchPath(i), page); err != nil {
			b.Fatal(err)
		}
	}
	if err := d.Commit(); err != nil {
		b.Fatal(err)
	}
	return dest, page
}

func benchPath(i int) string { return fmt.Sprintf("a/%05d/p%d.html", i/4, i%4) }

// BenchmarkIncrementalOneChange is one rebuild that changes one page
// (BeginIncremental, one Write, Commit) of benchOutput. One incremental
// build before the timer makes the spare, as the first rebuild after a
// build from nothing does; linked/op is how many files each rebuild
// linked. Before the spare (a hard-linked copy of dest, then the old tree
// deleted): 14.2 s/op at load 16; with it: 7.2-13 ms/op at load 14-15.
func BenchmarkIncrementalOneChange(b *testing.B) {
	dest, _ := benchOutput(b)
	rebuild := func(i int) int {
		d, err := BeginIncremental(dest)
		if err != nil {
			b.Fatal(err)
		}
		if err := d.Write(benchPath(4+i%10*4), []byte(fmt.Sprint(i))); err != nil {
			b.Fatal(err)
		}
		if err := d.Commit(); err != nil {
			b.Fatal(err)
		}
		return d.LinkedFiles()
	}
	rebuild(-1)
	linked := 0
	b.ResetTimer()
	for i := range b.N {
		linked += rebuild(i)
	}
	b.ReportMetric(float64(linked)/float64(b.N), "linked/op")
}

// BenchmarkFullOneChange is a full build of benchOutput (Begin, 40,000
// Writes, Commit) in which one page changed: the publishing side of
// `build --full` after, say, a template edit that shows on one page.
// Before the spare (an empty tree, then the old tree deleted): 43.8 s/op
// at load 10; with it: 0.98 s/op at load 9-14.
func BenchmarkFullOneChange(b *testing.B) {
	dest, page := benchOutput(b)
	rebuild := func(i int) {
		d, err := Begin(dest)
		if err != nil {
			b.Fatal(err)
		}
		for n := 0; n < 40000; n++ {
			data := page
			if n == 4 {
				data = []byte(fmt.Sprint(i))
			}
			if err := d.Write(benchPath(n), data); err != nil {
				b.Fatal(err)
			}
		}
		if err := d.Commit(); err != nil {
			b.Fatal(err)
		}
	}
	rebuild(-1)
	b.ResetTimer()
	for i := range b.N {
		rebuild(i)
	}
}

// TestWriteAfterRemovePrunedFolders writes into folders that a Remove in
// the same output pruned, and over files written before: the folders put
// remembers must not outlive their removal, and a second write of a path
// replaces the first.
func TestWriteAfterRemovePrunedFolders(t *testing.T) {
	for _, begin := range []struct {
		name string
		fn   func(string) (*Dir, error)
	}{{"full", Begin}, {"incremental", BeginIncremental}} {
		t.Run(begin.name, func(t *testing.T) {
			dest := filepath.Join(t.TempDir(), "public")
			publishTree(t, dest, map[string]string{"old/x.html": "x", "keep.html": "k"})
			d, err := begin.fn(dest)
			if err != nil {
				t.Fatal(err)
			}
			steps := []struct{ op, rel, data string }{
				{"write", "a/b/c.html", "c"},
				{"write", "keep.html", "k"},
				{"remove", "a/b/c.html", ""},
				{"write", "a/b/d.html", "d"},
				{"write", "a/b/d.html", "d2"},
				{"write", "old/x.html", "x2"},
			}
			for _, s := range steps {
				if s.op == "remove" {
					err = d.Remove(s.rel)
				} else {
					err = d.Write(s.rel, []byte(s.data))
				}
				if err != nil {
					t.Fatalf("%s %s: %v", s.op, s.rel, err)
				}
			}
			if err := d.Commit(); err != nil {
				t.Fatal(err)
			}
			sameTree(t, "dest", readTree(t, dest), map[string]string{"a/b/d.html": "d2", "keep.html": "k", "old/x.html": "x2"})
		})
	}
}

// TestSeededWriteCompares checks what an output started from the previous
// one does with a page, by how the page compares with the file there: the
// same bytes keep the file (its hard link, not counted as written), other
// bytes (of the same size or not) replace it, and the tree's size follows.
func TestSeededWriteCompares(t *testing.T) {
	before := map[string]string{
		"same.html":    "unchanged page",
		"size.html":    "twelve bytes",
		"shorter.html": "a longer page than the new one",
		"longer.html":  "short",
		"empty.html":   "",
		"dir/x.html":   "a file in a folder",
	}
	tests := []struct {
		rel, data string
		changed   bool
	}{
		{"same.html", "unchanged page", false},
		{"size.html", "twelve BYTES", true},
		{"shorter.html", "short now", true},
		{"longer.html", "short, and now longer", true},
		{"empty.html", "", false},
		{"new.html", "a page the previous output lacks", true},
	}
	dest := filepath.Join(t.TempDir(), "public")
	publishTree(t, dest, before)
	d, err := BeginIncremental(dest)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for rel, data := range before {
		want[rel] = data
	}
	var files int
	var bytes, grown int64
	for _, tc := range tests {
		if err := d.Write(tc.rel, []byte(tc.data)); err != nil {
			t.Fatalf("Write(%s): %v", tc.rel, err)
		}
		want[tc.rel] = tc.data
		if tc.changed {
			files++
			bytes += int64(len(tc.data))
			grown += int64(len(tc.data) - len(before[tc.rel]))
		}
	}
	if f, b := d.Stats(); f != files || b != bytes {
		t.Errorf("Stats = %d files, %d bytes; want %d, %d (the changed pages only)", f, b, files, bytes)
	}
	// The size of dest before (its files and the marker) plus what changed.
	var size int64 = int64(len(markerText))
	for _, data := range before {
		size += int64(len(data))
	}
	if got := d.TreeBytes(size); got != size+grown {
		t.Errorf("TreeBytes = %d, want %d", got, size+grown)
	}
	old := map[string]os.FileInfo{}
	for _, tc := range tests {
		old[tc.rel], _ = os.Stat(filepath.Join(dest, tc.rel))
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	sameTree(t, "dest after Commit", readTree(t, dest), want)
	for _, tc := range tests {
		now, err := os.Stat(filepath.Join(dest, tc.rel))
		if err != nil {
			t.Fatal(err)
		}
		if kept := old[tc.rel] != nil && os.SameFile(old[tc.rel], now); kept == tc.changed {
			t.Errorf("%s: file kept = %v, want %v", tc.rel, kept, !tc.changed)
		}
	}
}
