package build

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsdesk/ruscompare/generator/publish"
	"github.com/newsdesk/ruscompare/generator/render"
	"github.com/newsdesk/ruscompare/generator/site"
)

// plan is what the next render must make: everything the first time,
// then only the pages the changes since the last render reach (and the
// indexes, feeds and sitemap).
func (s *Session) plan() Plan {
	if s.last.Inputs == "" {
		return Plan{Full: true}
	}
	s.st.addEntries()
	return NewPlan(s.last, s.st.model)
}

// renderPages is the render of a PagesOnly plan: the pages of the articles
// it reaches, emitted in the site's order, and nothing else (nothing else
// can differ). The memo carries the last render's signatures over, less
// those of the pages made, which are signed again by the next full walk.
func (s *Session) renderPages(plan Plan, memo *render.Memo, emit func(path string, data []byte) error) error {
	memo.Next = maps.Clone(s.last.Pages)
	if memo.Next == nil {
		memo.Next = map[string]string{}
	}
	for _, a := range s.st.site.Articles {
		p := site.File(a.Path)
		if !plan.Pages[p] {
			continue
		}
		data, err := s.st.r.RenderArticle(s.st.site, a)
		if err != nil {
			return err
		}
		delete(memo.Next, p)
		if err := emit(p, data); err != nil {
			return err
		}
	}
	return nil
}

// renderPlan renders what plan wants, through emit.
func (s *Session) renderPlan(plan Plan, want func(string) bool, memo *render.Memo, emit func(path string, data []byte) error) error {
	if plan.PagesOnly && !plan.Full {
		return s.renderPages(plan, memo, emit)
	}
	return s.st.r.RenderMemo(s.st.site, want, memo, emit)
}

// memo is the memo of the next render: the listing signatures of the
// last one, unless the render is a full one.
func (s *Session) memo(plan Plan) *render.Memo {
	m := &render.Memo{}
	if !plan.Full {
		m.Prev = s.last.Pages
	}
	return m
}

// rendered records a render's outputs: made are the files rendered now;
// the others of the last render stay unless the plan wanted them and they
// were neither made again nor kept by the memo (the page of a deleted
// article). It returns the paths that are gone.
func (s *Session) rendered(plan Plan, made []string, memo *render.Memo) (gone []string) {
	emitted := make(map[string]bool, len(made))
	for _, p := range made {
		emitted[p] = true
	}
	kept := make(map[string]bool, len(memo.Kept))
	for _, p := range memo.Kept {
		kept[p] = true
	}
	outputs := make([]string, 0, len(s.last.Outputs)+len(made))
	if !plan.Full {
		for _, p := range s.last.Outputs {
			switch {
			case emitted[p]:
			case plan.Wants(p) && !kept[p]:
				gone = append(gone, p)
			default:
				outputs = append(outputs, p)
			}
		}
	}
	outputs = append(outputs, made...)
	sort.Strings(outputs)
	s.st.addEntries()
	s.last, s.lastInputs = s.st.model, s.st.inputs
	s.last.Outputs = outputs
	s.last.Pages = memo.Next
	s.stats.Rendered, s.stats.Full = len(made), plan.Full
	return gone
}

// RenderMemory renders into memory and returns every file of the site:
// slash paths (as render emits them, "en/index.html") to bytes. After the
// first call it renders only what the updates since the last one reach,
// and reuses the other files' bytes. The map is new on each call, so a
// server may keep serving the previous one meanwhile.
func (s *Session) RenderMemory() (map[string][]byte, error) {
	return s.RenderMemoryUnless(nil)
}

// ErrStopped is returned by RenderMemoryUnless when it was stopped.
var ErrStopped = errors.New("build: render stopped for a newer change")

// RenderMemoryUnless is RenderMemory that gives up, with ErrStopped, as
// soon as stop (when not nil) reports true: serve stops rendering what a
// save reaches when the editor saves again. A stopped render changes
// nothing, so the next one renders what both changes reach.
func (s *Session) RenderMemoryUnless(stop func() bool) (map[string][]byte, error) {
	plan := s.plan()
	if s.files == nil {
		plan = Plan{Full: true}
	}
	if err := s.st.fillBodies(plan.Wants); err != nil {
		return nil, err
	}
	files := make(map[string][]byte, len(s.files))
	var made []string
	memo := s.memo(plan)
	want := plan.Wants
	if stop != nil {
		// Once stopped, the pages not made yet are skipped rather than
		// made and thrown away: a render spends long stretches (a data
		// export, the listings' signatures) between two emitted files, and
		// the next save's first page waits for it to end.
		want = func(p string) bool { return !stop() && plan.Wants(p) }
		memo.Stop = stop
	}
	err := s.renderPlan(plan, want, memo, func(p string, data []byte) error {
		if stop != nil && stop() {
			return ErrStopped
		}
		if _, twice := files[p]; twice {
			return fmt.Errorf("render: %s emitted twice", p)
		}
		files[p] = data
		made = append(made, p)
		return nil
	})
	if stop != nil && stop() {
		// Pages were skipped, or the render ended early: nothing of it
		// is kept.
		return nil, ErrStopped
	}
	if err != nil {
		return nil, err
	}
	if !plan.Full {
		for p, data := range s.files {
			if _, ok := files[p]; !ok && !plan.Wants(p) {
				files[p] = data // kept: nothing it shows changed
			}
		}
		for _, p := range memo.Kept {
			files[p] = s.files[p] // kept: its signature is unchanged
		}
	}
	s.rendered(plan, made, memo)
	s.files = files
	return files, nil
}

// RenderFirst renders the pages of the articles added or edited since
// the last RenderMemory, and returns that render's files with these pages
// put in: what serve shows at once, while RenderMemory makes the rest (the
// companies, indexes and feeds an edit reaches). It returns nil when there
// is nothing to show first (no earlier render, or no article changed).
func (s *Session) RenderFirst() (map[string][]byte, error) {
	if s.files == nil || s.lastInputs != s.st.inputs {
		return nil, nil
	}
	s.st.addEntries()
	var pages []*site.Article
	for _, a := range s.st.site.Articles {
		if s.last.Articles[a.Src.Path].Hash != s.st.model.Articles[a.Src.Path].Hash {
			pages = append(pages, a)
		}
	}
	if len(pages) == 0 {
		return nil, nil
	}
	for _, a := range pages {
		if d := s.st.docs[a.Src.Path]; d != nil && d.body != nil && a.Src.Body == "" {
			body, err := d.loadBody()
			if err != nil {
				return nil, err
			}
			a.Src.Body = body
		}
	}
	files := maps.Clone(s.files)
	for _, a := range pages {
		data, err := s.st.r.RenderArticle(s.st.site, a)
		if err != nil {
			return nil, err
		}
		files[site.File(a.Path)] = data
	}
	return files, nil
}

// Published counts what Publish wrote, and the session's work.
type Published struct {
	Files int
	Bytes int64
	// TreeBytes is the size of all the output's files after the build,
	// those an incremental build left as they were included; 0 when
	// unknown (an incremental build from a manifest that did not record
	// it).
	TreeBytes int64
	Stats     Stats
	// Warnings are publish's: an old tree it could not remove, say.
	Warnings []string
}

// ManifestPath is where the cache of builds from source into dest lives:
// SOURCE/.cache/build-<hash of the destination>.gob, so that builds into
// different folders do not share one.
func ManifestPath(source, dest string) string {
	abs, err := filepath.Abs(dest)
	if err != nil {
		abs = dest
	}
	return filepath.Join(source, ".cache", "build-"+Hash([]byte(abs))[:12]+".gob")
}

// ArticleCachePath is the article cache of a source folder.
func ArticleCachePath(source string) string {
	return filepath.Join(source, ".cache", "articles.gob")
}

// Publish renders into dest. Unless full is set, it starts from the
// manifest the last build into dest left (SOURCE/.cache/) and renders
// only what changed since; a full build, or one with no usable manifest,
// renders every page. Either way the new output is a complete tree beside
// dest (an incremental one starts as a hard-linked copy of dest) swapped
// in whole by publish, so a failed or killed build leaves dest as it was.
// It saves the manifest of this build. A session that renders once
// (Options.Long unset) first lets the article bodies go (dropBodies) and
// reads each again for its page.
func (s *Session) Publish(dest string, full bool) (Published, error) {
	s.st.dropBodies()
	manifest := ManifestPath(s.st.opts.Source, dest)
	s.last = Manifest{}
	if _, err := os.Stat(dest); !full && err == nil {
		s.last = LoadManifest(manifest)
	}
	before := s.last.Bytes
	out, err := s.publishInto(dest, s.plan())
	if err != nil {
		return Published{}, err
	}
	s.last.Bytes = out.TreeBytes(before)
	return s.commit(out, manifest)
}

// publishInto renders what the plan wants into a new output tree: every
// page for a full plan, else the pages the changes reach into a copy of
// dest (publish writes only the files whose bytes changed), with the pages
// that are gone removed from it.
func (s *Session) publishInto(dest string, plan Plan) (*publish.Dir, error) {
	if err := s.st.fillBodies(plan.Wants); err != nil {
		return nil, err
	}
	begin := publish.BeginIncremental
	if plan.Full {
		begin = publish.Begin
	}
	out, err := begin(dest)
	if err != nil {
		return nil, err
	}
	memo := s.memo(plan)
	memo.Transient = true // out.Write keeps no page's bytes
	var made []string
	err = s.renderPlan(plan, plan.Wants, memo, func(path string, data []byte) error {
		made = append(made, path)
		return out.Write(path, data)
	})
	if err != nil {
		out.Abort()
		return nil, err
	}
	for _, p := range s.rendered(plan, made, memo) {
		// Gone: a page of a deleted article, or of a company no article
		// names any more.
		if err := out.Remove(p); err != nil {
			out.Abort()
			return nil, err
		}
	}
	return out, nil
}

// commit swaps the finished output in. The old manifest goes first: should
// the new one not be saved, the next build is a full one rather than an
// incremental one planned from a manifest of an output that is gone.
func (s *Session) commit(out *publish.Dir, manifest string) (Published, error) {
	if err := os.Remove(manifest); err != nil && !errors.Is(err, os.ErrNotExist) {
		out.Abort()
		return Published{}, err
	}
	files, bytes := out.Stats()
	res := Published{Files: files, Bytes: bytes, TreeBytes: s.last.Bytes, Stats: s.stats}
	err := out.Commit()
	res.Warnings = out.Warnings()
	if err != nil {
		return res, err
	}
	if err := s.last.Save(manifest); err != nil {
		res.Warnings = append(res.Warnings, fmt.Sprintf("the build cache could not be saved, so the next build will be a full one: %v", err))
	}
	PruneManifests(filepath.Dir(manifest), keepManifests)
	return res, nil
}

// ExecutableHash is the content hash of the running generator, so that a
// new version of the code never reuses pages or articles an old one made;
// when it cannot be read, the process id stands in (every build is then a
// full one, which is never wrong).
func ExecutableHash() string { return executableHash("") }

// executableHash is ExecutableHash. A Go executable is known by its build
// ID, whose last part hashes its content (goBuildID); another one is
// hashed whole. Then, when cacheDir is set, it keeps the
// hash there with the executable's path, size and modification time, so
// that a build after an edit does not read and hash the whole generator
// (over 100 MB) each time; a cached hash is trusted only for the same
// file, well after its last change (as doc.unchanged trusts an article).
func executableHash(cacheDir string) string {
	exe, err := os.Executable()
	if err != nil {
		return fmt.Sprint(os.Getpid())
	}
	if id := goBuildID(exe); id != "" {
		// Prefixed, so that it never equals a content hash of a file.
		return "go-build-id:" + id
	}
	return fileHash(exe, cacheDir)
}

// fileHash is the content hash of the file exe, cached in cacheDir (see
// executableHash).
func fileHash(exe, cacheDir string) string {
	info, err := os.Stat(exe)
	if err != nil {
		return fmt.Sprint(os.Getpid())
	}
	key := fmt.Sprintf("%s\x00%d\x00%d", exe, info.Size(), info.ModTime().UnixNano())
	cache := filepath.Join(cacheDir, "generator-hash")
	if cacheDir != "" && time.Since(info.ModTime()) > racyWindow {
		if data, err := os.ReadFile(cache); err == nil {
			if k, hash, ok := strings.Cut(string(data), "\n"); ok && k == key && len(hash) == 64 {
				return hash
			}
		}
	}
	hash, err := hashFile(exe)
	if err != nil {
		return fmt.Sprint(os.Getpid())
	}
	if cacheDir != "" && time.Since(info.ModTime()) > racyWindow {
		// A cache that cannot be written only makes the next build slower.
		_ = publish.WriteFile(cache, []byte(key+"\n"+hash))
	}
	return hash
}

// hashFile is Hash of the file's content, read through a small buffer:
// the generator is over 100 MB, which os.ReadFile would allocate whole
// at the start of every build.
func hashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
