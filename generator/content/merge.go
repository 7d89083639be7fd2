package content

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// fingerprint hashes fields with their lengths, so that no two different
// lists of values can run together into the same bytes.
type fingerprint struct{ b strings.Builder }

func (f *fingerprint) str(s string) {
	f.b.WriteString(strconv.Itoa(len(s)))
	f.b.WriteByte(':')
	f.b.WriteString(s)
}

// num writes a float the way YAML round-trips it, so a value read back
// from the file hashes as it did when written.
func (f *fingerprint) num(x float64) {
	if math.IsNaN(x) {
		f.str("NaN")
		return
	}
	f.str(strconv.FormatFloat(x, 'g', -1, 64))
}

func (f *fingerprint) flag(b bool) { f.str(strconv.FormatBool(b)) }

func (f *fingerprint) sum() string {
	h := sha256.Sum256([]byte(f.b.String()))
	return hex.EncodeToString(h[:4])
}

// ProviderFingerprint is a short stable hash of the values extraction
// writes for a provider. Extracted and Reviewed are not among them: they
// record who owns the values, not the values.
func ProviderFingerprint(p Provider) string {
	var f fingerprint
	f.str("provider")
	f.str(p.ID)
	f.str(p.Name)
	f.str(p.Stance)
	f.str(strconv.Itoa(len(p.Measures)))
	for _, m := range p.Measures {
		f.str(m)
	}
	f.num(p.Confidence)
	f.num(p.StanceConfidence)
	f.str(strconv.Itoa(len(p.Evidence)))
	for _, e := range p.Evidence {
		f.str(e.Field)
		f.str(e.Text)
		f.num(e.Confidence)
	}
	f.flag(p.Unregistered)
	return f.sum()
}

// QuoteFingerprint is ProviderFingerprint for a quote.
func QuoteFingerprint(q Quote) string {
	var f fingerprint
	f.str("quote")
	f.str(q.Text)
	f.str(q.Speaker)
	f.str(q.Provider)
	f.str(q.Kind)
	f.num(q.Confidence)
	return f.sum()
}

// MachineMade reports whether the provider is still exactly what
// extraction wrote: an editor who reviews or edits it makes it theirs.
func (p Provider) MachineMade() bool {
	return p.Extracted != "" && !p.Reviewed && p.Extracted == ProviderFingerprint(p)
}

// MachineMade reports whether the quote is still exactly what extraction
// wrote.
func (q Quote) MachineMade() bool {
	return q.Extracted != "" && !q.Reviewed && q.Extracted == QuoteFingerprint(q)
}

// MergeProviders combines the providers of the front-matter with freshly
// extracted ones, keyed by id; see merge for the rules.
func MergeProviders(current, fresh []Provider, force bool) []Provider {
	return merge(current, fresh, force, providerOps(nil))
}

// MergeQuotes combines the quotes of the front-matter with freshly
// extracted ones, keyed by text; see merge for the rules.
func MergeQuotes(current, fresh []Quote, force bool) []Quote {
	return merge(current, fresh, force, quoteOps(nil))
}

func providerOps(stale func(Provider) bool) mergeOps[Provider] {
	return mergeOps[Provider]{
		key:     func(p Provider) string { return p.ID },
		machine: Provider.MachineMade,
		stamp: func(p Provider) Provider {
			p = cloneProvider(p)
			if p.Extracted == "" {
				p.Extracted = ProviderFingerprint(p)
			}
			return p
		},
		keep:  cloneProvider,
		carry: func(from, to Provider) Provider { to.Extra = slices.Clone(from.Extra); return to },
		stale: stale,
	}
}

func quoteOps(stale func(Quote) bool) mergeOps[Quote] {
	return mergeOps[Quote]{
		key:     func(q Quote) string { return q.Text },
		machine: Quote.MachineMade,
		stamp: func(q Quote) Quote {
			if q.Extracted == "" {
				q.Extracted = QuoteFingerprint(q)
			}
			return q
		},
		keep:  cloneQuote,
		carry: func(from, to Quote) Quote { to.Extra = slices.Clone(from.Extra); return to },
		stale: stale,
	}
}

type mergeOps[T any] struct {
	key     func(T) string
	machine func(T) bool
	// stamp copies a fresh item, fingerprinting it when the caller did not.
	stamp func(T) T
	// keep copies a current item so the result shares no slices with it.
	keep func(T) T
	// carry gives a fresh item that replaces a machine-made one the
	// editor's own keys of the old one (a note stays with its company).
	carry func(from, to T) T
	// stale reports a machine-made item whose evidence is no longer in the
	// body: it is refreshed (replaced or dropped) as under force.
	stale func(T) bool
}

// merge keeps every editor-owned item as it is and where it is: an
// editor's value always wins. Without force, machine-made items stay too
// and only fresh items with a new key are appended; with force, machine-made
// items are replaced by the fresh item of their key or dropped when there is
// none, and a fresh item whose key an editor owns is dropped. Fresh items
// are appended in their own order, the first of a key winning, which makes
// a second merge with the same items a no-op.
func merge[T any](current, fresh []T, force bool, ops mergeOps[T]) []T {
	freshByKey := map[string]T{}
	var freshOrder []string
	for _, f := range fresh {
		k := ops.key(f)
		if _, dup := freshByKey[k]; !dup {
			freshByKey[k] = ops.stamp(f)
			freshOrder = append(freshOrder, k)
		}
	}
	present := map[string]bool{}
	editorKey := map[string]bool{}
	for _, c := range current {
		present[ops.key(c)] = true
		if !ops.machine(c) {
			editorKey[ops.key(c)] = true
		}
	}
	out := make([]T, 0, len(current)+len(fresh))
	used := map[string]bool{}
	for _, c := range current {
		k := ops.key(c)
		switch {
		case !ops.machine(c), !force && (ops.stale == nil || !ops.stale(c)):
			out = append(out, ops.keep(c))
		case editorKey[k] || used[k]:
			// The editor's item of this key, or the one fresh item already
			// placed, stands for it.
		default:
			if f, ok := freshByKey[k]; ok {
				out = append(out, ops.carry(c, f))
				used[k] = true
			}
		}
	}
	for _, k := range freshOrder {
		if !present[k] {
			out = append(out, freshByKey[k])
		}
	}
	return out
}

// QuoteKey is the short hash by which the proposed key records a quote:
// the texts themselves are in the quotes list, and twice would be noise.
func QuoteKey(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:4])
}

// MergeOptions configure MergeExtraction.
type MergeOptions struct {
	// Force re-extracts machine-made items (never the editor's).
	Force bool
	// InBody reports whether a sentence (evidence, quote text) is in the
	// body as a reader sees it; nil takes every sentence to be there.
	InBody func(text string) bool
}

// MergeExtraction writes freshly extracted providers and quotes into the
// article, keeping every editor's decision:
//
//   - an item marked rejected: true, or one that extraction proposed
//     (the proposed key) and the editor since deleted, is recorded under
//     rejected; a measure deleted from a provider likewise;
//   - nothing under rejected is ever proposed again, with or without force;
//   - a quote the editor edited stands for the one extraction proposed:
//     that one is not added back beside it;
//   - a machine-made item whose evidence left the body (a body edit) is
//     refreshed; the editor's items stay, with a warning when their
//     evidence no longer matches the body.
//
// It returns those warnings, at the item's line.
func (a *Article) MergeExtraction(providers []Provider, quotes []Quote, opts MergeOptions) []Diagnostic {
	inBody := opts.InBody
	if inBody == nil {
		inBody = func(string) bool { return true }
	}
	a.recordRejections(quotes)
	rej := a.Rejected

	// What the editor rejected, or replaced by an edit, is not proposed.
	edited := map[string]bool{} // fingerprints of edited machine items' originals
	for _, q := range a.Quotes {
		if q.Extracted != "" && !q.MachineMade() {
			edited[q.Extracted] = true
		}
	}
	freshP, quotes := rej.Drop(providers, quotes)
	var freshQ []Quote
	var replaced []string // keys of proposals an edited quote stands for
	for _, q := range quotes {
		switch {
		case edited[QuoteFingerprint(q)]:
			replaced = append(replaced, QuoteKey(q.Text))
		default:
			freshQ = append(freshQ, q)
		}
	}
	// A machine-made item the editor has since listed as rejected goes.
	a.Providers = slices.DeleteFunc(a.Providers, func(p Provider) bool {
		return p.MachineMade() && slices.Contains(rej.Providers, p.ID)
	})
	a.Quotes = slices.DeleteFunc(a.Quotes, func(q Quote) bool {
		return q.MachineMade() && slices.Contains(rej.Quotes, q.Text)
	})

	var warnings []Diagnostic
	warn := func(line int, format string, args ...any) {
		warnings = append(warnings, Diagnostic{Path: a.Path, Line: line, Severity: Warning, Message: fmt.Sprintf(format, args...)})
	}
	providerStale := func(p Provider) bool {
		return slices.ContainsFunc(p.Evidence, func(e Evidence) bool { return strings.TrimSpace(e.Text) != "" && !inBody(e.Text) })
	}
	quoteStale := func(q Quote) bool { return strings.TrimSpace(q.Text) != "" && !inBody(q.Text) }
	for _, p := range a.Providers {
		if !p.MachineMade() && providerStale(p) {
			warn(p.Line, "provider %q is yours (reviewed or edited), but its evidence is no longer in the body: check it against the new text", p.ID)
		}
	}
	for _, q := range a.Quotes {
		if !q.MachineMade() && quoteStale(q) {
			warn(q.Line, "quote is yours (reviewed or edited), but it is no longer in the body verbatim: %q", clipText(q.Text))
		}
	}

	a.Providers = merge(a.Providers, freshP, opts.Force, providerOps(providerStale))
	a.Quotes = merge(a.Quotes, freshQ, opts.Force, quoteOps(quoteStale))
	a.HasExtraction = true
	a.Proposed = a.proposedRecord(replaced)
	return warnings
}

// recordRejections moves what the editor refused into a.Rejected: items
// marked rejected: true, and items of the proposed record that are no
// longer in the file. A deleted quote is recorded by its text, which only
// the fresh proposal of the same key still knows (the record holds a
// hash); one whose fresh proposal an edited quote stands for is not a
// rejection but a correction.
func (a *Article) recordRejections(fresh []Quote) {
	rej := &a.Rejected
	add := func(list *[]string, s string) {
		if s != "" && !slices.Contains(*list, s) {
			*list = append(*list, s)
		}
	}
	present := map[string]bool{}
	for _, p := range a.Providers {
		if p.Rejected {
			add(&rej.Providers, p.ID)
			continue
		}
		present[p.ID] = true
		for _, m := range a.Proposed.Measures[p.ID] {
			if !slices.Contains(p.Measures, m) {
				if rej.Measures == nil {
					rej.Measures = map[string][]string{}
				}
				ms := rej.Measures[p.ID]
				add(&ms, m)
				rej.Measures[p.ID] = ms
			}
		}
	}
	for _, id := range a.Proposed.Providers {
		if !present[id] {
			add(&rej.Providers, id)
		}
	}
	a.Providers = slices.DeleteFunc(a.Providers, func(p Provider) bool { return p.Rejected })

	edited := map[string]bool{}
	quoteKeys := map[string]bool{}
	for _, q := range a.Quotes {
		if q.Rejected {
			add(&rej.Quotes, q.Text)
			continue
		}
		quoteKeys[QuoteKey(q.Text)] = true
		if q.Extracted != "" && !q.MachineMade() {
			edited[q.Extracted] = true
		}
	}
	a.Quotes = slices.DeleteFunc(a.Quotes, func(q Quote) bool { return q.Rejected })
	for _, k := range a.Proposed.Quotes {
		if quoteKeys[k] {
			continue
		}
		for _, f := range fresh {
			if QuoteKey(f.Text) == k && !edited[QuoteFingerprint(f)] {
				add(&rej.Quotes, f.Text)
			}
		}
	}
	// Providers before their measures: a rejected company's measures need
	// no entry of their own.
	for _, id := range rej.Providers {
		delete(rej.Measures, id)
	}
}

// proposedRecord lists what came from extraction and is in the file now,
// plus the proposals an edited quote stands for, so that the next merge
// can tell a deletion from a new find.
func (a *Article) proposedRecord(replaced []string) Claims {
	var c Claims
	for _, p := range a.Providers {
		if p.Extracted == "" {
			continue
		}
		c.Providers = append(c.Providers, p.ID)
		if len(p.Measures) > 0 {
			if c.Measures == nil {
				c.Measures = map[string][]string{}
			}
			c.Measures[p.ID] = slices.Clone(p.Measures)
		}
	}
	for _, q := range a.Quotes {
		if q.Extracted != "" {
			c.Quotes = append(c.Quotes, QuoteKey(q.Text))
		}
	}
	for _, k := range replaced {
		if !slices.Contains(c.Quotes, k) {
			c.Quotes = append(c.Quotes, k)
		}
	}
	return c
}

// Drop leaves out of freshly extracted items what the set rejects:
// companies, measures (with their evidence; a provider keeps its other
// measures, re-fingerprinted) and quotes. A rejected company's indirect
// statements go with it: reported speech ("Lumen has withdrawn, the company
// said") is the very claim the editor rejected, while its direct quotes
// stay, being words it did say.
func (c Claims) Drop(providers []Provider, quotes []Quote) ([]Provider, []Quote) {
	var ps []Provider
	for _, p := range providers {
		if slices.Contains(c.Providers, p.ID) {
			continue
		}
		if drop := c.Measures[p.ID]; len(drop) > 0 {
			p = withoutMeasures(p, drop)
			if p.Extracted != "" {
				p.Extracted = ProviderFingerprint(p)
			}
		}
		ps = append(ps, p)
	}
	var qs []Quote
	for _, q := range quotes {
		if slices.Contains(c.Quotes, q.Text) || (q.Kind == "indirect" && q.Provider != "" && slices.Contains(c.Providers, q.Provider)) {
			continue
		}
		qs = append(qs, q)
	}
	return ps, qs
}

// withoutMeasures drops measures, and their evidence, from a provider.
func withoutMeasures(p Provider, drop []string) Provider {
	p = cloneProvider(p)
	p.Measures = slices.DeleteFunc(p.Measures, func(m string) bool { return slices.Contains(drop, m) })
	p.Evidence = slices.DeleteFunc(p.Evidence, func(e Evidence) bool {
		m, ok := strings.CutPrefix(e.Field, "measure:")
		return ok && slices.Contains(drop, m)
	})
	return p
}

func clipText(s string) string {
	if r := []rune(s); len(r) > 80 {
		return string(r[:77]) + "..."
	}
	return s
}

// Weakest is the lower of two confidences, a missing one (0) not
// counting: a claim is as weak as its weakest part (the company may be
// right and its stance a guess).
func Weakest(a, b float64) float64 {
	switch {
	case a == 0:
		return b
	case b == 0:
		return a
	}
	return min(a, b)
}
