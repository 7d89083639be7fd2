package build

// A manifest remembers what the last build was made from, so that the
// next one renders only what an edit changed. It records a hash of
// everything that is not an article (templates, data, configuration, the
// build's options), and for each article its content hash and the output
// paths that depend on it. build saves it under SOURCE/.cache/, which is
// git-ignored; serve keeps it in memory.

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"

	"github.com/newsdesk/ruscompare/generator/publish"
	"github.com/newsdesk/ruscompare/generator/site"
)

// version changes when the manifest's meaning does: an old manifest is
// then ignored and the next build is a full one.
const version = 3

// Entry is what the manifest knows of one article.
type Entry struct {
	Hash string
	// Deps are the output folders whose pages depend on the article: its
	// own page and the pages of its companies, measures, stances,
	// speakers, source, and of the articles that list it as other coverage.
	Deps []string
	// Listed identifies what the site shows of the article outside its
	// own page (site.Article.Listed); Page is that page's folder. An
	// edit that keeps Listed reaches that page alone.
	Listed string
	Page   string
}

// Manifest is the record of one build.
type Manifest struct {
	Version int
	// Inputs hashes everything but the articles; when it differs, every
	// page may differ and the build is a full one.
	Inputs   string
	Articles map[string]Entry
	// Outputs are the files the build wrote, so that the next one can
	// remove those that no longer exist.
	Outputs []string
	// Signatures summarise, per output folder, what its pages show of
	// other subjects (a company page lists related companies with their
	// stance): when one changes, the folder is rendered again even if no
	// article of its own changed.
	Signatures map[string]string
	// Pages are the signatures of the listing pages the build made
	// (render.Memo): the next build makes again only those whose
	// signature changed.
	Pages map[string]string
	// Bytes is the size of the output's files after the build (0:
	// unknown), kept so that an incremental build tells the size of the
	// whole output (Published.TreeBytes) without walking it.
	Bytes int64
}

// manifestFile is a manifest as saved: gob, with every folder the
// articles' entries name written once (Dirs) and named by its index, since
// each folder is the dependency of many articles. At 10,000 articles this
// is a few MB where the JSON of the Manifest was 16 MB.
type manifestFile struct {
	Version    int
	Inputs     string
	Dirs       []string
	Articles   []manifestArticle
	Outputs    []string
	Signatures map[string]string
	Pages      map[string]string
	Bytes      int64
}

type manifestArticle struct {
	Path, Hash, Listed string
	Page               int32   // index in Dirs, -1 for none
	Deps               []int32 // indexes in Dirs
}

// LoadManifest reads a manifest; a missing or unreadable one, or one of another
// version, is empty (the next build is a full one), which is never wrong.
func LoadManifest(path string) Manifest {
	f, err := os.Open(path)
	if err != nil {
		return Manifest{}
	}
	defer f.Close()
	var mf manifestFile
	if gob.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&mf) != nil || mf.Version != version {
		return Manifest{}
	}
	dir := func(i int32) (string, bool) {
		if i < 0 || int(i) >= len(mf.Dirs) {
			return "", false
		}
		return mf.Dirs[i], true
	}
	m := Manifest{Version: mf.Version, Inputs: mf.Inputs, Outputs: mf.Outputs, Signatures: mf.Signatures, Pages: mf.Pages, Bytes: mf.Bytes,
		Articles: make(map[string]Entry, len(mf.Articles))}
	for _, a := range mf.Articles {
		e := Entry{Hash: a.Hash, Listed: a.Listed, Deps: make([]string, len(a.Deps))}
		for i, d := range a.Deps {
			var ok bool
			if e.Deps[i], ok = dir(d); !ok {
				return Manifest{}
			}
		}
		e.Page, _ = dir(a.Page)
		m.Articles[a.Path] = e
	}
	return m
}

// Save writes the manifest atomically (a temporary file, then a rename).
func (m Manifest) Save(path string) error {
	mf := manifestFile{Version: version, Inputs: m.Inputs, Outputs: m.Outputs, Signatures: m.Signatures, Pages: m.Pages, Bytes: m.Bytes,
		Articles: make([]manifestArticle, 0, len(m.Articles))}
	index := map[string]int32{}
	dir := func(d string) int32 {
		i, ok := index[d]
		if !ok {
			i = int32(len(mf.Dirs))
			index[d] = i
			mf.Dirs = append(mf.Dirs, d)
		}
		return i
	}
	for _, p := range slices.Sorted(maps.Keys(m.Articles)) {
		e := m.Articles[p]
		a := manifestArticle{Path: p, Hash: e.Hash, Listed: e.Listed, Page: -1, Deps: make([]int32, len(e.Deps))}
		for i, d := range e.Deps {
			a.Deps[i] = dir(d)
		}
		if e.Page != "" {
			a.Page = dir(e.Page)
		}
		mf.Articles = append(mf.Articles, a)
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(mf); err != nil {
		return err
	}
	return publish.WriteFile(path, buf.Bytes())
}

// Hash returns the hex SHA-256 of data.
func Hash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// HashInputs hashes the given files and folders (recursively, in a stable
// order, names included) and the extra strings (build options); a path
// that does not exist counts as empty.
func HashInputs(paths []string, extra ...string) (string, error) {
	h := sha256.New()
	for _, e := range extra {
		fmt.Fprintf(h, "extra %q\n", e)
	}
	for _, root := range paths {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			if err != nil {
				return err
			}
			if d.IsDir() {
				return nil
			}
			f, err := os.Open(p)
			if err != nil {
				return err
			}
			defer f.Close()
			fmt.Fprintf(h, "file %q\n", filepath.ToSlash(p))
			_, err = io.Copy(h, f)
			return err
		})
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Plan is what an incremental build must redo.
type Plan struct {
	// Full is set when nothing can be reused (no manifest, other inputs).
	Full bool
	// Changed lists the articles added, edited or removed, sorted.
	Changed []string
	// Render are the per-article output folders to render again: the
	// dependents of the changed articles before and after the edit.
	Render map[string]bool
	// PerArticle are all output folders that depend on some article, old
	// or new; any other output (indexes, feeds, sitemap) is always rendered.
	PerArticle map[string]bool
	// PagesOnly is set when every change is an edit of an article's body
	// that keeps what the site shows of it elsewhere (Entry.Listed), and
	// no company's signature moved: nothing but those articles' own pages
	// (Pages, output files) can differ, so the rest of the site need not
	// be walked.
	PagesOnly bool
	Pages     map[string]bool
}

// NewPlan compares the last build's manifest with the current one.
func NewPlan(prev, cur Manifest) Plan {
	if prev.Version != version || prev.Inputs == "" || prev.Inputs != cur.Inputs {
		return Plan{Full: true}
	}
	p := Plan{Render: map[string]bool{}, PerArticle: map[string]bool{}, PagesOnly: true, Pages: map[string]bool{}}
	mark := func(e Entry) {
		for _, d := range e.Deps {
			p.Render[d] = true
		}
	}
	for path, e := range cur.Articles {
		old, ok := prev.Articles[path]
		switch {
		case ok && old.Hash == e.Hash:
		case ok && e.Listed != "" && old.Listed == e.Listed && old.Page == e.Page && e.Page != "":
			// The body alone changed, and with it nothing the other
			// pages show of the article.
			p.Changed = append(p.Changed, path)
			p.Render[e.Page] = true
			p.Pages[site.File(e.Page)] = true
		default:
			p.Changed = append(p.Changed, path)
			mark(e)
			mark(old)
			p.PagesOnly = false
		}
	}
	for path, old := range prev.Articles {
		if _, ok := cur.Articles[path]; !ok {
			p.Changed = append(p.Changed, path)
			mark(old)
			p.PagesOnly = false
		}
	}
	for dir, sig := range cur.Signatures {
		if prev.Signatures[dir] != sig {
			p.Render[dir], p.PerArticle[dir] = true, true
			p.PagesOnly = false
		}
	}
	for dir := range prev.Signatures {
		if _, ok := cur.Signatures[dir]; !ok {
			p.Render[dir], p.PerArticle[dir] = true, true
			p.PagesOnly = false
		}
	}
	sort.Strings(p.Changed)
	if p.PagesOnly {
		// Wants asks Pages alone: the folders every article's pages
		// depend on (200,000 of them at 10,000 articles) are not needed.
		return p
	}
	for _, m := range []Manifest{prev, cur} {
		for _, e := range m.Articles {
			for _, d := range e.Deps {
				p.PerArticle[d] = true
			}
		}
	}
	return p
}

// Wants reports whether an incremental build must render the output path.
// Dependencies are folders ("en/providers/cloudflare/"): the deepest
// folder of path that some article depends on decides; a path under no
// such folder (an index, a feed, the sitemap) is always rendered. A
// PagesOnly plan wants its Pages and nothing else.
func (p Plan) Wants(path string) bool {
	if p.Full {
		return true
	}
	if p.PagesOnly {
		return p.Pages[path]
	}
	for i := len(path); i > 0; i-- {
		if path[i-1] != '/' {
			continue
		}
		dir := path[:i]
		if p.Render[dir] {
			return true
		}
		if p.PerArticle[dir] {
			return false
		}
	}
	return true
}

// keepManifests is how many destinations keep their build cache: enough
// for an editor's public/ and a few preview or test folders, while builds
// into ever new temporary folders (tests, CI) no longer pile up one
// manifest each in .cache/.
const keepManifests = 8

// PruneManifests removes all but the keep most recently written build
// manifests in dir, and every manifest of the JSON format before them. A
// destination whose manifest went gets a full build next time, which is
// never wrong; errors are ignored for that reason.
func PruneManifests(dir string, keep int) {
	old, _ := filepath.Glob(filepath.Join(dir, "build-*.json"))
	for _, n := range old {
		os.Remove(n)
	}
	names, _ := filepath.Glob(filepath.Join(dir, "build-*.gob"))
	if len(names) <= keep {
		return
	}
	type manifestFile struct {
		name string
		mod  int64
	}
	files := make([]manifestFile, 0, len(names))
	for _, n := range names {
		if fi, err := os.Stat(n); err == nil {
			files = append(files, manifestFile{n, fi.ModTime().UnixNano()})
		}
	}
	sort.Slice(files, func(i, j int) bool {
		if files[i].mod != files[j].mod {
			return files[i].mod > files[j].mod
		}
		return files[i].name < files[j].name
	})
	for _, f := range files[min(keep, len(files)):] {
		os.Remove(f.name)
	}
}
