package build

import (
	"fmt"
	"os"
)

// dropBodies lets the collector have the articles' bodies, which a
// session that renders once (Options.Long unset) needs again only for the
// article pages: each is read again from its file when its page is made
// (site.Article.SetBodySource). At 10,000 articles the bodies were about
// 60 MB of a build's 250 MB live heap, and a smaller live heap is what
// lets the collector run less often under the build's memory limit. The
// docs keep the body's length; a later load reads the files again, and
// the docs an Update read again are let go at the next Publish. So are
// the docs' Facts.
func (st *state) dropBodies() {
	if st.opts.Long {
		return
	}
	for _, d := range st.docs {
		if d.bodyLen == 0 && d.Article.Body != "" {
			d.bodyLen = len(d.Article.Body)
			d.Article.Body = ""
		}
		// The model holds what the Facts found (site.Article's anchors
		// and texts); a later makeModel finds them again from the file
		// (doc.withBody). A map per article, about 85 MB at 100,000.
		d.Facts = nil
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
	return string(data[len(data)-n:]), nil
}
