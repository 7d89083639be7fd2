package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/newsdesk/ruscompare/generator/ingest"
	"github.com/newsdesk/ruscompare/generator/lexicon"
)

// lineModelFile holds the learnt line judge's weights; without it the judge
// is off, so a data folder from before it still works.
const lineModelFile = "lineshape-model.json"

var lineModels sync.Map // data folder -> *ingest.LineModel (nil when absent)

// protectedNames caches, per data folder, the lower-cased company names the
// judge must never drop: the same for every file of a run.
var protectedNames sync.Map // data folder -> []string

// withLineModel fills the learnt judge's data into opts: its weights, the
// stop words its features count and the company names it must never drop.
func withLineModel(opts ingest.Options, lx *lexicon.Lexicon) (ingest.Options, error) {
	m, err := loadLineModel(lx.Dir)
	if err != nil {
		return opts, err
	}
	if m == nil {
		return opts, nil
	}
	opts.LineModel, opts.Stopwords = m, lx.Stopwords
	if v, ok := protectedNames.Load(lx.Dir); ok {
		opts.Protected = v.([]string)
		return opts, nil
	}
	var names []string
	for _, p := range lx.Providers {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if n = strings.ToLower(strings.TrimSpace(n)); n != "" {
				names = append(names, n)
			}
		}
	}
	protectedNames.Store(lx.Dir, names)
	opts.Protected = names
	return opts, nil
}

func loadLineModel(dir string) (*ingest.LineModel, error) {
	if v, ok := lineModels.Load(dir); ok {
		return v.(*ingest.LineModel), nil
	}
	path := filepath.Join(dir, lineModelFile)
	data, err := os.ReadFile(path)
	var m *ingest.LineModel
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("%s: %w", path, err)
	default:
		var file struct {
			Comment string `json:"comment"`
			ingest.LineModel
		}
		if err := json.Unmarshal(data, &file); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if !file.LineModel.Usable() {
			return nil, fmt.Errorf("%s: the features are not those of this generator (retrain: go run ./tools/lineshape)", path)
		}
		m = &file.LineModel
	}
	lineModels.Store(dir, m)
	return m, nil
}
