package review

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/i18n"
	"github.com/newsdesk/ruscompare/generator/lexicon"
)

// errChanged is an action on an item that changed (or went) since the
// page was shown: acting on what the editor did not see would be a guess.
var errChanged = errors.New("the item changed since the page was shown; it is shown again as it is now")

// act applies one form's action to its article and sends the browser back
// to the list it came from, where the result shows at once.
func (d *Desk) act(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := d.sameSite(r); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	back := Prefix + "?" + r.PostFormValue("return")
	if !strings.HasPrefix(back, Prefix+"?") || strings.ContainsAny(r.PostFormValue("return"), "#\\") {
		back = Prefix
	}
	sep := "&"
	if strings.HasSuffix(back, "?") {
		sep = ""
	}
	did, err := d.apply(r)
	if err != nil {
		fmt.Fprintf(d.opts.Log, "review: %v\n", err)
		http.Redirect(w, r, back+sep+"failed="+url.QueryEscape(err.Error()), http.StatusSeeOther)
		return
	}
	if cat, err := d.catalog(); err == nil {
		fmt.Fprintf(d.opts.Log, "review: %s\n", did.text(cat, "en"))
	}
	q := url.Values{"done": {did.key}, "arg": did.args}
	http.Redirect(w, r, back+sep+q.Encode(), http.StatusSeeOther)
}

// outcome is what an action did, told in the UI's language by the
// review.did.<key> string with args (file first).
type outcome struct {
	key  string
	args []string
}

// outcomes are the keys an outcome may have; a done= the desk did not
// send is not shown.
var outcomes = []string{"provider.accept", "provider.reject", "provider.stance", "measure.change", "measure.reject",
	"quote.accept", "quote.reject", "quote.speaker"}

func (o outcome) text(cat *i18n.Catalog, ui string) string {
	if !slices.Contains(outcomes, o.key) {
		return ""
	}
	args := make([]any, len(o.args))
	for i, a := range o.args {
		args[i] = a
	}
	return cat.T(ui, "review.did."+o.key, args...)
}

// apply performs the action on the article file and says what it did.
func (d *Desk) apply(r *http.Request) (outcome, error) {
	file := r.PostFormValue("file")
	path, err := d.articlePath(file)
	if err != nil {
		return outcome{}, err
	}
	kind, key, fp := r.PostFormValue("kind"), r.PostFormValue("key"), r.PostFormValue("fp")
	action, value := r.PostFormValue("action"), strings.TrimSpace(r.PostFormValue("value"))
	measure := r.PostFormValue("measure")

	d.writeMu.Lock()
	defer d.writeMu.Unlock()
	a, err := content.ReadFile(path)
	if err != nil {
		return outcome{}, err
	}
	var did outcome
	switch kind {
	case "provider":
		i := slices.IndexFunc(a.Providers, func(p content.Provider) bool { return p.ID == key && p.Extracted == fp })
		if i < 0 {
			return outcome{}, fmt.Errorf("%s: provider %q: %w", file, key, errChanged)
		}
		did, err = d.providerAction(a, i, action, value, measure)
	case "quote":
		i := slices.IndexFunc(a.Quotes, func(q content.Quote) bool { return content.QuoteKey(q.Text) == key && q.Extracted == fp })
		if i < 0 {
			return outcome{}, fmt.Errorf("%s: quote: %w", file, errChanged)
		}
		did, err = quoteAction(a, i, action, value)
	default:
		return outcome{}, fmt.Errorf("unknown kind %q", kind)
	}
	if err != nil {
		return outcome{}, fmt.Errorf("%s: %w", file, err)
	}
	if err := a.WriteFile(); err != nil {
		return outcome{}, err
	}
	if d.opts.AfterWrite != nil {
		d.opts.AfterWrite(path)
	}
	did.args = append([]string{file}, did.args...)
	return did, nil
}

// articlePath turns the form's file into an article path, refusing any
// file that is not an article of the content folder.
func (d *Desk) articlePath(file string) (string, error) {
	paths, err := content.ArticlePaths(d.opts.ContentDir)
	if err != nil {
		return "", err
	}
	want := filepath.Join(d.opts.ContentDir, filepath.FromSlash(file))
	if file == "" || !slices.Contains(paths, want) {
		return "", fmt.Errorf("no article %q in %s", file, d.opts.ContentDir)
	}
	return want, nil
}

func (d *Desk) providerAction(a *content.Article, i int, action, value, measure string) (outcome, error) {
	p := &a.Providers[i]
	id := p.ID
	switch action {
	case "accept":
		p.Reviewed = true
		return outcome{"provider.accept", []string{id, p.Stance}}, nil
	case "reject":
		a.Providers = slices.Delete(a.Providers, i, i+1)
		addOnce(&a.Rejected.Providers, id)
		return outcome{"provider.reject", []string{id}}, nil
	case "stance":
		if !slices.Contains(content.Stances, value) {
			return outcome{}, fmt.Errorf("unknown stance %q: %s", value, content.UnknownID(value, content.Stances, ""))
		}
		p.Stance, p.Reviewed = value, true
		return outcome{"provider.stance", []string{id, value}}, nil
	case "reject-measure", "change-measure":
		j := slices.Index(p.Measures, measure)
		if j < 0 {
			return outcome{}, fmt.Errorf("provider %q has no measure %q: %w", id, measure, errChanged)
		}
		if action == "change-measure" && value == measure {
			return outcome{}, fmt.Errorf("%s already has measure %s: pick another one to change it to", id, measure)
		}
		if action == "change-measure" {
			lx, err := lexicon.Load(d.opts.DataDir)
			if err != nil {
				return outcome{}, err
			}
			if !lx.HasMeasure(value) {
				var ids []string
				for _, m := range lx.Measures {
					ids = append(ids, m.ID)
				}
				return outcome{}, fmt.Errorf("unknown measure %q: %s", value, content.UnknownID(value, ids, d.opts.DataDir))
			}
			if slices.Contains(p.Measures, value) {
				p.Measures = slices.Delete(p.Measures, j, j+1)
			} else {
				p.Measures[j] = value
			}
			for k := range p.Evidence {
				if p.Evidence[k].Field == "measure:"+measure {
					p.Evidence[k].Field = "measure:" + value
				}
			}
		} else {
			p.Measures = slices.Delete(p.Measures, j, j+1)
			p.Evidence = slices.DeleteFunc(p.Evidence, func(e content.Evidence) bool { return e.Field == "measure:"+measure })
		}
		if a.Rejected.Measures == nil {
			a.Rejected.Measures = map[string][]string{}
		}
		ms := a.Rejected.Measures[id]
		addOnce(&ms, measure)
		a.Rejected.Measures[id] = ms
		if action == "change-measure" {
			return outcome{"measure.change", []string{measure, id, value}}, nil
		}
		return outcome{"measure.reject", []string{measure, id}}, nil
	}
	return outcome{}, fmt.Errorf("unknown action %q", action)
}

func quoteAction(a *content.Article, i int, action, value string) (outcome, error) {
	q := &a.Quotes[i]
	switch action {
	case "accept":
		q.Reviewed = true
		return outcome{"quote.accept", []string{q.Speaker}}, nil
	case "reject":
		text, speaker := q.Text, q.Speaker
		a.Quotes = slices.Delete(a.Quotes, i, i+1)
		addOnce(&a.Rejected.Quotes, text)
		return outcome{"quote.reject", []string{speaker}}, nil
	case "speaker":
		if value == "" {
			return outcome{}, errors.New("the speaker is empty")
		}
		q.Speaker, q.Reviewed = value, true
		return outcome{"quote.speaker", []string{value}}, nil
	}
	return outcome{}, fmt.Errorf("unknown action %q", action)
}

func addOnce(list *[]string, s string) {
	if !slices.Contains(*list, s) {
		*list = append(*list, s)
	}
}
