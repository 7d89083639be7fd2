package ingest

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// detectable are the languages the detector chooses among: the site's
// (English, Dutch), the other languages of the European news a desk is
// likely to paste, and Russian, Chinese and Japanese, so that pages in
// them are named and refused rather than guessed as English. Each language
// costs memory (its n-gram models) and time, and a smaller set is more
// accurate on short texts (measured in lang_test.go's benchmark; figures
// in the commit that added it).
var detectable = []lingua.Language{
	lingua.English, lingua.Dutch, lingua.German, lingua.French, lingua.Spanish,
	lingua.Italian, lingua.Portuguese, lingua.Danish, lingua.Swedish, lingua.Polish,
	lingua.Russian, lingua.Chinese, lingua.Japanese,
}

// maxDetectRunes bounds the text the detector reads: the first few
// paragraphs tell the language as well as the whole, and detection time
// grows with the input.
const maxDetectRunes = 3000

// lowConfidence is the confidence below which a detection is reported as
// mixed or unclear.
const lowConfidence = 0.75

// minParagraphLetters is the length from which a paragraph is detected on
// its own; shorter lines (cross-heads, bylines) only count within the
// whole text.
const minParagraphLetters = 40

// minAccurateLetters is the fewest letters worth loading the
// high-accuracy models for: a word or two ("BBBBBB", a name) stays unclear
// with any model.
const minAccurateLetters = 20

// shortText is the length under which lingua's high-accuracy mode (all
// n-gram sizes) tells languages apart better than its trigrams; it uses
// them only below this length itself.
const shortText = 120

var (
	fastOnce, accurateOnce sync.Once
	fastDetector           lingua.LanguageDetector
	accurateDetector       lingua.LanguageDetector
)

// Lingua's two modes, measured on the 13 detectable languages
// (BenchmarkDetectLanguage, one process per mode, 2 shared cores):
//
//	mode                    first call   heap     max RSS   per text
//	low accuracy, trigrams    154 ms     10 MB     86 MB    0.2 ms short, 6.6 ms 5 KB
//	high accuracy, lazy      5961 ms    192 MB    397 MB    0.9 ms short (long texts use trigrams)
//	high accuracy, preloaded 4673 ms    214 MB    556 MB    1.0 ms short
//
// So every text goes through the trigram detector, paragraph by paragraph
// (which also shows mixed input); only a short text it finds unclear pays
// for the high-accuracy models, loaded then and kept for the process.

func fast() lingua.LanguageDetector {
	fastOnce.Do(func() {
		fastDetector = lingua.NewLanguageDetectorBuilder().FromLanguages(detectable...).WithLowAccuracyMode().Build()
	})
	return fastDetector
}

func accurate() lingua.LanguageDetector {
	accurateOnce.Do(func() {
		accurateDetector = lingua.NewLanguageDetectorBuilder().FromLanguages(detectable...).Build()
	})
	return accurateDetector
}

// Detection is a detected language.
type Detection struct {
	Code       string  // ISO 639-1, lower case: "en"; "" when nothing was detected
	Name       string  // English name: "English"
	Confidence float64 // 0..1, rounded to two decimals
	// RunnerUp names the second most likely language ("German (de)"), for
	// messages about mixed or unclear input; "" when there is none.
	RunnerUp           string
	RunnerUpConfidence float64
}

// Unclear reports a detection too weak to trust: mixed languages, or too
// little text.
func (d Detection) Unclear() bool { return d.Code == "" || d.Confidence < lowConfidence }

// String names the detection: "German (de)".
func (d Detection) String() string {
	if d.Code == "" {
		return "no language"
	}
	return label(d.Name, d.Code)
}

func label(name, code string) string { return fmt.Sprintf("%s (%s)", name, code) }

// DetectLanguage identifies the language of text among the detectable
// languages. A text of several paragraphs is detected paragraph by
// paragraph and the confidence is the share of its letters in the winning
// language, so that a text half in English, half in German is unclear;
// a short text is detected whole.
func DetectLanguage(text string) Detection {
	text = firstRunes(text, maxDetectRunes)
	weight := map[lingua.Language]float64{}
	total := 0.0
	for _, p := range strings.Split(text, "\n") {
		n := float64(letterCount(p))
		if n < minParagraphLetters {
			continue
		}
		if l, ok := fast().DetectLanguageOf(p); ok {
			weight[l] += n
		}
		total += n
	}
	if len(weight) == 0 || total < shortText {
		return detectWhole(text)
	}
	ranked := make([]lingua.Language, 0, len(weight))
	for _, l := range detectable { // a fixed order breaks ties the same way every time
		if weight[l] > 0 {
			ranked = append(ranked, l)
		}
	}
	sort.SliceStable(ranked, func(i, j int) bool { return weight[ranked[i]] > weight[ranked[j]] })
	d := detection(ranked[0], weight[ranked[0]]/total)
	if len(ranked) > 1 {
		d.RunnerUp = label(languageName(ranked[1]), isoCode(ranked[1]))
		d.RunnerUpConfidence = round2(weight[ranked[1]] / total)
	}
	return d
}

// detectWhole detects a short text as one, with the high-accuracy models
// when the trigrams leave it unclear.
func detectWhole(text string) Detection {
	values := fast().ComputeLanguageConfidenceValues(text)
	if n := letterCount(text); (len(values) == 0 || values[0].Value() < lowConfidence) && n >= minAccurateLetters && n < shortText {
		values = accurate().ComputeLanguageConfidenceValues(text)
	}
	if len(values) == 0 || values[0].Value() == 0 {
		return Detection{}
	}
	d := detection(values[0].Language(), values[0].Value())
	if len(values) > 1 && values[1].Value() > 0 {
		d.RunnerUp = label(languageName(values[1].Language()), isoCode(values[1].Language()))
		d.RunnerUpConfidence = round2(values[1].Value())
	}
	return d
}

func detection(l lingua.Language, confidence float64) Detection {
	return Detection{Code: isoCode(l), Name: languageName(l), Confidence: round2(confidence)}
}

// isoCode is the lower-case ISO 639-1 code of a language: "de".
func isoCode(l lingua.Language) string { return strings.ToLower(l.IsoCode639_1().String()) }

// firstRunes is s cut after n characters.
func firstRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}

// letterCount counts the letters of s.
func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// languageName is lingua's name of a language in title case: "German".
func languageName(l lingua.Language) string {
	s := strings.ToLower(l.String())
	return strings.ToUpper(s[:1]) + s[1:]
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }
