package build

import (
	"fmt"
	"os"
	"unsafe"

	"github.com/newsdesk/ruscompare/generator/content"
)

// dropBodies lets the collector have what a session that renders once
// (Options.Long unset) needs no more once the model is made. The
// articles' bodies are needed again only for the article pages: each is
// read again from its file when its page is made
// (site.Article.SetBodySource). At 10,000 articles the bodies were about
// 60 MB of a build's 250 MB live heap, and a smaller live heap is what
// lets the collector run less often under the build's memory limit. The
// front-matter's lists as parsed (companies with their evidence, quotes,
// extra keys) and the Facts found in the bodies are in the model by now
// (reports, evidence, quotes, anchors, with the same strings): about
// 3 KB an article, 300 MB at 100,000. The docs keep the body's length;
// any later load or Update reads the files again.
func (st *state) dropBodies() {
	if st.opts.Long {
		return
	}
	for _, d := range st.docs {
		if d.bodyLen == 0 && d.Article.Body != "" {
			d.bodyLen = len(d.Article.Body)
			d.Article.Body = ""
		}
		lightenFront(d.Article)
		// Front was for the model's listing hashes (listedHash), made.
		d.Facts, d.Diags, d.Front = nil, nil, ""
	}
	if st.site != nil {
		for _, a := range st.site.Articles {
			lightenFront(a.Src)
			// Lightened, the doc's article and the model's are the same
			// but for the author, which no page shows: one copy is kept
			// (about 400 bytes an article). A dropped doc is never
			// compared or reused again (see Session.load).
			if d := st.docs[a.Src.Path]; d != nil {
				d.Article = a.Src
			}
		}
	}
	st.dropped = true
	st.readBodies()
}

// readBodies points the model's articles whose docs' bodies were dropped
// to their files.
func (st *state) readBodies() {
	if !st.dropped || st.site == nil {
		return
	}
	for _, a := range st.site.Articles {
		d := st.docs[a.Src.Path]
		if d == nil || d.bodyLen == 0 {
			continue
		}
		path, hash, n := a.Src.Path, d.Hash, d.bodyLen
		a.SetBodySource(func() (string, error) { return readBody(path, hash, n) })
	}
}

// readBody is the body of the article file at path, its last n bytes,
// when the file still has the content hash it was loaded with.
func readBody(path, hash string, n int) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	if Hash(data) != hash || n > len(data) {
		return "", fmt.Errorf("%s: changed while the site was being built; build again", path)
	}
	if n == 0 {
		return "", nil
	}
	// The body is the file's tail: a string over data, which nothing
	// writes again, rather than a copy of it (the front-matter it keeps
	// alive goes with the body once its page is made).
	return unsafe.String(&data[len(data)-n], n), nil
}

// lightenFront drops the lists of an article's front-matter, which the
// site model holds in its own form once made.
func lightenFront(a *content.Article) {
	a.Providers, a.Quotes, a.Extra = nil, nil, nil
	a.Rejected, a.Proposed = content.Claims{}, content.Claims{}
}
