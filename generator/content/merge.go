package content

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
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
	return merge(current, fresh, force, mergeOps[Provider]{
		key:     func(p Provider) string { return p.ID },
		machine: Provider.MachineMade,
		stamp: func(p Provider) Provider {
			p = cloneProvider(p)
			if p.Extracted == "" {
				p.Extracted = ProviderFingerprint(p)
			}
			return p
		},
		keep: cloneProvider,
	})
}

// MergeQuotes combines the quotes of the front-matter with freshly
// extracted ones, keyed by text; see merge for the rules.
func MergeQuotes(current, fresh []Quote, force bool) []Quote {
	return merge(current, fresh, force, mergeOps[Quote]{
		key:     func(q Quote) string { return q.Text },
		machine: Quote.MachineMade,
		stamp: func(q Quote) Quote {
			if q.Extracted == "" {
				q.Extracted = QuoteFingerprint(q)
			}
			return q
		},
		keep: func(q Quote) Quote { return q },
	})
}

type mergeOps[T any] struct {
	key     func(T) string
	machine func(T) bool
	// stamp copies a fresh item, fingerprinting it when the caller did not.
	stamp func(T) T
	// keep copies a current item so the result shares no slices with it.
	keep func(T) T
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
		case !ops.machine(c), !force:
			out = append(out, ops.keep(c))
		case editorKey[k] || used[k]:
			// The editor's item of this key, or the one fresh item already
			// placed, stands for it.
		default:
			if f, ok := freshByKey[k]; ok {
				out = append(out, f)
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
