package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/pemistahl/lingua-go"
)

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ lang, text string }{
		// Two-sentence articles: the shortest a desk ingests.
		{"en", "Cloudflare stays in Russia. The company says it will protect its customers."},
		{"en", "Apple, Google and Microsoft have withdrawn from Russia. Oracle has scaled back its operations."},
		{"en", "Encryption keys were moved out of the data centres. Sessions are now terminated elsewhere."},
		{"en", "Lumen is leaving Russia. It cited security risks for its staff."},
		{"en", "The hosting firm keeps its servers online. New customers from the region are refused."},
		{"nl", "Cloudflare blijft actief in Rusland. Het bedrijf zegt dat het zijn klanten beschermt."},
		{"nl", "Encryptie gebeurt nu met Keyless SSL technologie. De sleutels zijn uit het land gehaald."},
		{"nl", "Akamai schort alle verkoop op. Het bedrijf houdt zijn netwerk wel online."},
		{"nl", "De hoster laat zijn servers draaien. Nieuwe klanten uit de regio worden geweigerd."},
		{"nl", "Lumen trekt zich terug uit Rusland. Het noemt de veiligheid van zijn personeel."},
		// One sentence.
		{"en", "Akamai has suspended all sales in Russia and Belarus."},
		{"en", "AWS has no data centers in Russia and does not do business with the government."},
		{"nl", "Na Cogent trekt ook backbone provider Lumen zich terug uit Rusland."},
		{"nl", "Het wijst er op dat de overheid vaak heeft gedreigd om diensten te blokkeren."},
		{"nl", "Microsoft en Google trekken zich terug uit het land."},
	}
	for _, tt := range tests {
		d := DetectLanguage(tt.text)
		if d.Code != tt.lang {
			t.Errorf("DetectLanguage(%q) = %s %.2f, want %s", tt.text, d, d.Confidence, tt.lang)
		}
		if d.Confidence <= 0 || d.Confidence > 1 {
			t.Errorf("DetectLanguage(%q) confidence %v, want in (0, 1]", tt.text, d.Confidence)
		}
	}
	for _, text := range []string{"", "12345 !!! 678"} {
		if d := DetectLanguage(text); d.Code != "" || !d.Unclear() {
			t.Errorf("DetectLanguage(%q) = %s, want none", text, d)
		}
	}
}

// TestRefuseLanguages: articles in languages the site does not publish are
// refused with the language named, and the error is ErrLanguage.
func TestRefuseLanguages(t *testing.T) {
	opts := testOptions(t)
	tests := []struct{ file, name string }{
		{"de.txt", "German (de)"},
		{"fr.txt", "French (fr)"},
		{"es.txt", "Spanish (es)"},
		{"ru.txt", "Russian (ru)"},
		{"zh.txt", "Chinese (zh)"},
		{"ja.txt", "Japanese (ja)"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata/lang", tt.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Ingest(path, data, opts)
			if !errors.Is(err, ErrLanguage) {
				t.Fatalf("err = %v, want ErrLanguage", err)
			}
			want := path + ": detected " + tt.name
			if !strings.HasPrefix(err.Error(), want) || !strings.HasSuffix(err.Error(), "this site publishes en and nl; use --lang to override") {
				t.Errorf("message %q, want %q…; this site publishes en and nl; use --lang to override", err, want)
			}
			// The editor's --lang wins over detection.
			o := opts
			o.Lang = "en"
			if _, err := Ingest(path, data, o); err != nil {
				t.Errorf("with --lang en: %v", err)
			}
		})
	}
}

// TestMixedLanguage: a text half English, half German is ingested or
// refused, but never silently: the note says it is mixed or unclear.
func TestMixedLanguage(t *testing.T) {
	opts := testOptions(t)
	opts.Languages = nil
	in := "The hosting company keeps its servers in Moscow running for the time being.\n\n" +
		"Die Firma betreibt ihre Server in Moskau vorerst weiter, sagte die Geschäftsführung.\n"
	res, err := Ingest("mixed.txt", []byte(in), opts)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.LangNote, "mixed or unclear language") {
		t.Errorf("lang %s %.2f, note %q: want a mixed-language note", res.Lang, res.LangConfidence, res.LangNote)
	}
}

// BenchmarkDetectLanguage measures the detector as ingest builds it, and
// the alternatives lingua offers, on a two-sentence text and on a long one.
// The heap-MB metric is the live heap after the models are loaded.
func BenchmarkDetectLanguage(b *testing.B) {
	short := "Cloudflare blijft actief in Rusland. Het bedrijf zegt dat het zijn klanten beschermt."
	long := strings.Repeat("The hosting company said on Tuesday that it would keep its servers in Moscow running for now. ", 60)
	modes := []struct {
		name  string
		build func() lingua.LanguageDetector
	}{
		{"high-lazy", func() lingua.LanguageDetector {
			return lingua.NewLanguageDetectorBuilder().FromLanguages(detectable...).Build()
		}},
		{"high-preloaded", func() lingua.LanguageDetector {
			return lingua.NewLanguageDetectorBuilder().FromLanguages(detectable...).WithPreloadedLanguageModels().Build()
		}},
		{"low-accuracy", func() lingua.LanguageDetector {
			return lingua.NewLanguageDetectorBuilder().FromLanguages(detectable...).WithLowAccuracyMode().Build()
		}},
	}
	for _, m := range modes {
		for _, in := range []struct{ name, text string }{{"short", short}, {"long", long}} {
			b.Run(m.name+"/"+in.name, func(b *testing.B) {
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				start := time.Now()
				d := m.build()
				d.ComputeLanguageConfidenceValues(in.text) // first call loads the models
				first := time.Since(start)
				for b.Loop() {
					d.ComputeLanguageConfidenceValues(in.text)
				}
				runtime.GC()
				runtime.ReadMemStats(&after)
				runtime.KeepAlive(d)
				b.ReportMetric(float64(after.HeapAlloc)/(1<<20)-float64(before.HeapAlloc)/(1<<20), "heap-MB")
				b.ReportMetric(float64(first.Milliseconds()), "first-call-ms")
			})
		}
	}
}
