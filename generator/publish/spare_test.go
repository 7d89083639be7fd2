package publish

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// build is one build in a test's sequence: full (Begin) or incremental,
// its writes and removals, (wantLinked >= 0) how many files its output
// must have linked from dest to start from, and whether it leaves no
// spare (a full build that found no usable one).
type build struct {
	full       bool
	writes     map[string]string
	removes    []string
	wantLinked int
	noSpare    bool
}

// run makes b into dest and returns the Dir, committed.
func (b build) run(t testing.TB, dest string) *Dir {
	t.Helper()
	begin := BeginIncremental
	if b.full {
		begin = Begin
	}
	d, err := begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	rels := make([]string, 0, len(b.writes))
	for rel := range b.writes {
		rels = append(rels, rel)
	}
	sort.Strings(rels) // the order of a real build's writes is fixed, too
	for _, rel := range b.removes {
		if err := d.Remove(rel); err != nil {
			t.Fatal(err)
		}
	}
	for _, rel := range rels {
		if err := d.Write(rel, []byte(b.writes[rel])); err != nil {
			t.Fatal(err)
		}
	}
	if files, _ := d.Stats(); b.full && files != len(b.writes) {
		t.Fatalf("a full build counted %d files, want all %d written", files, len(b.writes))
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	return d
}

// apply returns what dest holds after b, given that it held before.
func (b build) apply(before map[string]string) map[string]string {
	after := map[string]string{}
	if !b.full {
		for rel, data := range before {
			after[rel] = data
		}
		for _, rel := range b.removes {
			delete(after, rel)
		}
	}
	for rel, data := range b.writes {
		after[rel] = data
	}
	return after
}

// checkLikeFull says whether dest holds want, exactly as a full build of
// want into a fresh folder does (marker included, byte for byte), and
// that nothing but the spare and the lock is beside it.
func checkLikeFull(t *testing.T, what, dest string, want map[string]string) {
	t.Helper()
	fresh := filepath.Join(t.TempDir(), "fresh")
	publishTree(t, fresh, want)
	sameTree(t, what, readTreeAll(t, dest), readTreeAll(t, fresh))
	if left := leftovers(t, dest); len(left) != 0 {
		t.Errorf("%s: temporary folders left behind: %v", what, left)
	}
}

// readTreeAll is readTree with the marker, and with the empty folders
// (as "dir/" -> "").
func readTreeAll(t *testing.T, dir string) map[string]string {
	t.Helper()
	got := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, e os.DirEntry, err error) error {
		if err != nil || path == dir {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		if e.IsDir() {
			if names, _ := os.ReadDir(path); len(names) == 0 {
				got[filepath.ToSlash(rel)+"/"] = ""
			}
			return nil
		}
		data, err := os.ReadFile(path)
		got[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// site returns n pages, every one with the same content.
func site(n int, content string) map[string]string {
	pages := map[string]string{}
	for i := range n {
		pages[fmt.Sprintf("p%02d/%d.html", i%10, i)] = content
	}
	return pages
}

func TestSpareMakesRebuildsCostChanges(t *testing.T) {
	for _, c := range []struct {
		name   string
		builds []build
	}{
		{"the second incremental build reuses the spare", []build{
			{full: true, writes: site(200, "v1"), wantLinked: 0, noSpare: true},
			{writes: map[string]string{"p01/1.html": "v2", "new/n.html": "n"}, removes: []string{"p02/2.html"}, wantLinked: 200},
			// Caught up: the 2 pages the last build wrote are linked
			// (the one it removed is removed).
			{writes: map[string]string{"p03/3.html": "v3"}, wantLinked: 2},
			{writes: map[string]string{"p04/4.html": "v4"}, removes: []string{"new/n.html"}, wantLinked: 1},
			{writes: map[string]string{"p04/4.html": "v4"}, wantLinked: 1}, // unchanged: not written
			{writes: map[string]string{"p05/5.html": "v5"}, wantLinked: 0},
			{writes: map[string]string{"p06/6.html": "v6"}, wantLinked: 1},
		}},
		{"a full build starts from the spare too", []build{
			{full: true, writes: site(50, "v1"), wantLinked: 0, noSpare: true},
			{writes: map[string]string{"p01/1.html": "v2"}, wantLinked: 50},
			// Every page changed, 10 gone: all 40 are linked next.
			{full: true, writes: site(40, "v3"), wantLinked: 1},
			{writes: map[string]string{"p01/1.html": "v4"}, wantLinked: 40},
			{writes: map[string]string{"p01/1.html": "v5"}, wantLinked: 1},
		}},
		{"full builds one after another", []build{
			{full: true, writes: site(10, "v1"), wantLinked: 0, noSpare: true},
			{full: true, writes: site(10, "v1"), wantLinked: 10}, // no spare yet: a copy of dest
			{full: true, writes: site(10, "v1"), wantLinked: 0},  // nothing changed
			{full: true, writes: site(9, "v2"), wantLinked: 0},
			{writes: map[string]string{"a.html": "a"}, wantLinked: 9},
		}},
		{"a full build keeps what did not change", []build{
			{full: true, writes: site(30, "v1"), wantLinked: 0, noSpare: true},
			{writes: map[string]string{"p01/1.html": "v2"}, wantLinked: 30},
			{full: true, writes: site(30, "v1"), wantLinked: 1}, // p01/1.html back to v1
			{writes: map[string]string{"p02/2.html": "v3"}, wantLinked: 1},
			{full: true, writes: site(20, "v1"), wantLinked: 1}, // p02/2.html back, 10 pages gone
			{writes: map[string]string{"a.html": "a"}, wantLinked: 1},
		}},
		{"a full build puts a folder where a file was, and the reverse", []build{
			{full: true, writes: map[string]string{"x": "file", "y/index.html": "y", "y/b/c.html": "c"}, wantLinked: 0, noSpare: true},
			{writes: map[string]string{"z": "z"}, wantLinked: 3},
			{full: true, writes: map[string]string{"x/index.html": "now a folder", "y": "now a file", "z": "z"}, wantLinked: 1},
			{writes: map[string]string{"w": "w"}, wantLinked: 2},
		}},
		{"a file becomes a folder and back", []build{
			{full: true, writes: map[string]string{"x": "file", "y/index.html": "y"}, wantLinked: 0, noSpare: true},
			{writes: map[string]string{"z": "z"}, wantLinked: 2},
			{removes: []string{"x"}, writes: map[string]string{"x/index.html": "now a folder"}, wantLinked: 1},
			{removes: []string{"y/index.html"}, writes: map[string]string{"y": "now a file"}, wantLinked: 1},
			{removes: []string{"x/index.html"}, writes: map[string]string{"x": "a file again"}, wantLinked: 1},
			{writes: map[string]string{"w": "w"}, wantLinked: 1},
		}},
		{"removing everything", []build{
			{full: true, writes: site(10, "v1"), wantLinked: 0, noSpare: true},
			{writes: map[string]string{"p01/1.html": "v2"}, wantLinked: 10},
			{removes: keys(site(10, "")), wantLinked: 1},
			{writes: map[string]string{"again.html": "a"}, wantLinked: 0},
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dest := filepath.Join(t.TempDir(), "public")
			want := map[string]string{}
			for i, b := range c.builds {
				d := b.run(t, dest)
				want = b.apply(want)
				if b.wantLinked >= 0 && d.LinkedFiles() != b.wantLinked {
					t.Errorf("build %d linked %d files, want %d", i, d.LinkedFiles(), b.wantLinked)
				}
				checkLikeFull(t, fmt.Sprintf("after build %d", i), dest, want)
				_, err := os.Stat(sparePath(dest))
				if hasSpare := err == nil; hasSpare == b.noSpare {
					t.Errorf("after build %d: spare there: %v, want %v", i, hasSpare, !b.noSpare)
				}
			}
		})
	}
}

func keys(m map[string]string) []string {
	var list []string
	for k := range m {
		list = append(list, k)
	}
	return list
}

// TestSpareNeverWrittenThrough: in a build that reuses the spare, dest
// stays the previous output until Commit, byte for byte, and so does the
// spare's next use.
func TestSpareNeverWrittenThrough(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	build{full: true, writes: site(20, "v1")}.run(t, dest)
	build{writes: map[string]string{"p01/1.html": "v2"}}.run(t, dest)
	before := readTreeAll(t, dest)
	d, err := BeginIncremental(dest)
	if err != nil {
		t.Fatal(err)
	}
	if d.LinkedFiles() != 1 {
		t.Fatalf("linked %d files; the spare was not reused", d.LinkedFiles())
	}
	for i := range 20 {
		if err := d.Write(fmt.Sprintf("p%02d/%d.html", i%10, i), []byte("v3")); err != nil {
			t.Fatal(err)
		}
	}
	sameTree(t, "dest before Commit", readTreeAll(t, dest), before)
	d.Abort()
	sameTree(t, "dest after Abort", readTreeAll(t, dest), before)
	for _, rel := range []string{Marker, spareState, "./" + spareState} {
		d, err := BeginIncremental(dest)
		if err != nil {
			t.Fatal(err)
		}
		if err := d.Write(rel, nil); err == nil || !strings.Contains(err.Error(), "publisher's own file") {
			t.Errorf("Write(%q): %v", rel, err)
		}
		if err := d.Remove(rel); err == nil {
			t.Errorf("Remove(%q) was accepted", rel)
		}
		d.Abort()
	}
}

// TestSpareFallback: whatever is wrong with the spare, the next
// incremental build makes the full copy, and its output is right.
func TestSpareFallback(t *testing.T) {
	for _, c := range []struct {
		name  string
		spoil func(t *testing.T, dest, spare string)
	}{
		{"no spare", func(t *testing.T, dest, spare string) { must(t, os.RemoveAll(spare)) }},
		{"no state", func(t *testing.T, dest, spare string) { must(t, os.Remove(filepath.Join(spare, spareState))) }},
		{"state unreadable", func(t *testing.T, dest, spare string) {
			must(t, os.WriteFile(filepath.Join(spare, spareState), []byte("generator spare v0\n"), 0o644))
		}},
		{"state with a path outside", func(t *testing.T, dest, spare string) {
			data, err := os.ReadFile(filepath.Join(spare, spareState))
			must(t, err)
			must(t, os.WriteFile(filepath.Join(spare, spareState), append(data, "../../etc/passwd\n"...), 0o644))
		}},
		{"state naming another tree", func(t *testing.T, dest, spare string) {
			// dest replaced by a copy (as a backup restored would be):
			// same files, but not the tree the spare's state names.
			copyDir := dest + "-copy"
			must(t, os.CopyFS(copyDir, os.DirFS(dest)))
			must(t, os.RemoveAll(dest))
			must(t, os.Rename(copyDir, dest))
		}},
		{"spare without marker", func(t *testing.T, dest, spare string) { must(t, os.Remove(filepath.Join(spare, Marker))) }},
		{"spare is a file", func(t *testing.T, dest, spare string) {
			must(t, os.RemoveAll(spare))
			must(t, os.WriteFile(spare, []byte("x"), 0o644))
		}},
		{"spare cannot be caught up", func(t *testing.T, dest, spare string) {
			// A folder where the last build's page has to go.
			must(t, os.Remove(filepath.Join(spare, "p01", "1.html")))
			must(t, os.MkdirAll(filepath.Join(spare, "p01", "1.html", "x"), 0o755))
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dest := filepath.Join(t.TempDir(), "public")
			pages := site(30, "v1")
			build{full: true, writes: pages}.run(t, dest)
			last := build{writes: map[string]string{"p01/1.html": "v2"}}
			last.run(t, dest)
			c.spoil(t, dest, sparePath(dest))
			next := build{writes: map[string]string{"p02/2.html": "v3"}, removes: []string{"p03/3.html"}}
			d := next.run(t, dest)
			if d.LinkedFiles() != 30 {
				t.Errorf("linked %d files, want the full copy's 30", d.LinkedFiles())
			}
			checkLikeFull(t, "after the build", dest, next.apply(last.apply(pages)))
			// A spare of its own was made (or, when one that is not
			// ours is in the way, none): the build after uses it,
			// linking the one page the last build wrote.
			d = build{writes: map[string]string{"p04/4.html": "v4"}}.run(t, dest)
			if c.name != "spare without marker" && c.name != "spare is a file" && d.LinkedFiles() != 1 {
				t.Errorf("the build after linked %d files, want 1", d.LinkedFiles())
			}
			if c.name == "spare is a file" {
				if data, err := os.ReadFile(sparePath(dest)); err != nil || string(data) != "x" {
					t.Errorf("a file in the spare's place was not left alone: %q %v", data, err)
				}
			}
		})
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestRandomBuildsMatchFull makes random sequences of full and
// incremental builds: after each, dest is what a full build of the same
// pages makes, and a run of incremental builds links only what changed.
func TestRandomBuildsMatchFull(t *testing.T) {
	for seed := range uint64(4) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 1))
			dest := filepath.Join(t.TempDir(), "public")
			want := map[string]string{}
			paths := []string{"index.html", "a/index.html", "a/b/index.html", "a/b/c.html", "b", "b/x.html", "c/d/e/f.html", "feed.xml"}
			prevIncremental, prevChanges := false, 0
			for i := range 25 {
				b := build{full: i == 0 || rng.IntN(6) == 0, writes: map[string]string{}}
				// Removals of pages there are, or of one never made.
				present := append(keys(want), "never/made.html")
				sort.Strings(present)
				for range rng.IntN(4) {
					b.removes = append(b.removes, present[rng.IntN(len(present))])
				}
				for range 1 + rng.IntN(4) {
					b.writes[paths[rng.IntN(len(paths))]] = fmt.Sprint(rng.IntN(3))
				}
				dropClashes(&b, want)
				d := b.run(t, dest)
				want = b.apply(want)
				checkLikeFull(t, fmt.Sprintf("build %d", i), dest, want)
				if !b.full && prevIncremental && d.LinkedFiles() > prevChanges {
					t.Errorf("build %d linked %d files; the one before changed at most %d", i, d.LinkedFiles(), prevChanges)
				}
				prevIncremental, prevChanges = !b.full, len(b.writes)+len(b.removes)
			}
		})
	}
}

// dropClashes keeps b from writing a file where a folder is (or the
// reverse) after its removals: a site never asks for both.
func dropClashes(b *build, before map[string]string) {
	after := b.apply(before)
	for rel := range b.writes {
		for other := range after {
			if strings.HasPrefix(other, rel+"/") || strings.HasPrefix(rel, other+"/") {
				delete(b.writes, rel)
				break
			}
		}
	}
}

// helperEnv makes the test binary, run again, one incremental build (the
// JSON build in it) into the dest it names: TestMain runs it instead of
// the tests, so that it can be killed where the test hook pauses it.
const helperEnv = "PUBLISH_TEST_HELPER_BUILD"

func TestMain(m *testing.M) {
	if spec := os.Getenv(helperEnv); spec != "" {
		var job struct {
			Dest    string
			Full    bool
			Writes  map[string]string
			Removes []string
		}
		if err := json.Unmarshal([]byte(spec), &job); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		build{full: job.Full, writes: job.Writes, removes: job.Removes}.run(helperTB{}, job.Dest)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// helperTB is the testing.TB of the helper process: a failure ends it.
type helperTB struct{ testing.TB }

func (helperTB) Helper() {}
func (helperTB) Fatal(args ...any) {
	fmt.Fprintln(os.Stderr, args...)
	os.Exit(1)
}

// TestKilledAtEachStage kills a build process at every stage of an
// incremental build that reuses the spare: dest is the whole previous
// output or (once swapped) the whole new one, and the next build removes
// what the killed one left, falls back to the full copy where the spare
// is gone, and publishes the right output; the build after it reuses
// the spare again.
func TestKilledAtEachStage(t *testing.T) {
	for _, c := range []struct {
		hook    string
		full    bool // the killed build is a full one
		swapped bool // the killed build's output is in dest
	}{
		{"pause-at=spare-taken", false, false},
		{"pause-at=caught-up", false, false},
		{"pause-after=1", false, false},
		{"pause-at=committing", false, false},
		{"pause-at=exchanged", false, true},
		{"pause-at=caught-up", true, false},
		{"pause-after=1", true, false},
		{"pause-at=committing", true, false},
		{"pause-at=exchanged", true, true},
	} {
		t.Run(fmt.Sprintf("%s full=%v", c.hook, c.full), func(t *testing.T) {
			dest := filepath.Join(t.TempDir(), "public")
			pages := site(40, "v1")
			build{full: true, writes: pages}.run(t, dest)
			last := build{writes: map[string]string{"p01/1.html": "v2"}, removes: []string{"p05/5.html"}}
			last.run(t, dest)
			before := last.apply(pages)

			killed := build{writes: map[string]string{"p02/2.html": "v3", "p03/3.html": "v3"}, removes: []string{"p06/6.html"}}
			if c.full {
				killed = build{full: true, writes: killed.apply(before)}
			}
			killBuildAt(t, dest, c.hook, killed)
			want := before
			if c.swapped {
				want = killed.apply(before)
			}
			sameTree(t, "dest after the kill", readTreeAll(t, dest), readTreeAll(t, freshTree(t, want)))
			if left := leftovers(t, dest); len(left) != 1 {
				t.Errorf("want the killed build's tree beside dest, got %v", left)
			}

			next := build{writes: map[string]string{"p04/4.html": "v4"}, removes: []string{"p07/7.html"}}
			d := next.run(t, dest)
			if got := d.LinkedFiles(); got != len(want) {
				t.Errorf("the next build linked %d files, want the full copy's %d", got, len(want))
			}
			want = next.apply(want)
			checkLikeFull(t, "after the next build", dest, want)
			d = build{writes: map[string]string{"p08/8.html": "v5"}}.run(t, dest)
			if d.LinkedFiles() != 1 {
				t.Errorf("the build after that linked %d files, want 1 (the spare reused)", d.LinkedFiles())
			}
		})
	}
}

func freshTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "fresh")
	publishTree(t, dir, files)
	return dir
}

// killBuildAt runs b in another process with the test hook set to hook,
// and kills it where it pauses.
func killBuildAt(t *testing.T, dest, hook string, b build) {
	t.Helper()
	spec, err := json.Marshal(map[string]any{"Dest": dest, "Full": b.full, "Writes": b.writes, "Removes": b.removes})
	must(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0])
	cmd.Env = append(os.Environ(), helperEnv+"="+string(spec), HookEnv+"="+hook)
	stderr, err := cmd.StderrPipe()
	must(t, err)
	must(t, cmd.Start())
	lines := bufio.NewScanner(stderr)
	paused := false
	var said []string
	for !paused && lines.Scan() {
		said = append(said, lines.Text())
		paused = strings.HasPrefix(lines.Text(), "publish: paused")
	}
	must(t, cmd.Process.Kill())
	cmd.Wait()
	if !paused {
		t.Fatalf("the build ended without pausing (%s): %q", hook, said)
	}
}

// FuzzSpareState: a state file read back is the one written, and any
// bytes read as a state give only clean paths inside the output that are
// not the publisher's own files (or an error).
func FuzzSpareState(f *testing.F) {
	f.Add("1:2:3:4", "a/index.html\nfeed.xml")
	f.Add("x", "../up\n/abs")
	f.Add("", ".generator-output")
	f.Add("id", "a//b\n./c\nd/")
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, id, paths string) {
		path := filepath.Join(dir, "state")
		changes := strings.Split(paths, "\n")
		must(t, writeSpareState(path, id, changes))
		gotID, got, err := readSpareState(path)
		valid := id != "" && !strings.ContainsAny(id, "\n\r")
		for _, rel := range changes {
			if clean, err := cleanRel(rel); err != nil || clean != rel || reserved(rel) || strings.Contains(rel, "\r") {
				valid = false
			}
		}
		if valid && (err != nil || gotID != id || fmt.Sprint(got) != fmt.Sprint(changes)) {
			t.Errorf("wrote %q %q, read %q %q %v", id, changes, gotID, got, err)
		}
		for _, rel := range got {
			if clean, err := cleanRel(rel); err != nil || clean != rel || reserved(rel) {
				t.Errorf("read a bad path %q", rel)
			}
		}
		// Any bytes at all.
		must(t, os.WriteFile(path, []byte(id+"\n"+paths), 0o644))
		if _, got, err := readSpareState(path); err == nil {
			for _, rel := range got {
				if clean, err := cleanRel(rel); err != nil || clean != rel || reserved(rel) {
					t.Errorf("read a bad path %q from %q", rel, id+"\n"+paths)
				}
			}
		}
	})
}
