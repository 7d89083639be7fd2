package template_test

import (
	stdtemplate "html/template"
	"strings"
	"testing"

	template "github.com/newsdesk/ruscompare/generator/internal/tmpl/html"
)

// item is data with fields, methods (pointer and value receivers,
// variadic, erroring) and maps, for the calls the copy executes its own
// way (see text/exec.go, tmpl:).
type item struct {
	Name  string
	N     int
	Tags  []string
	Attrs map[string]string
	Any   any
	Inner *item
}

func (i *item) Upper(s string) string { return strings.ToUpper(s) }
func (i item) Twice() int             { return 2 * i.N }
func (i *item) Join(sep string, more ...any) string {
	var b strings.Builder
	b.WriteString(i.Name)
	for _, m := range more {
		b.WriteString(sep)
		b.WriteString(strings.TrimSpace(strings.ToLower(stdtemplate.HTMLEscapeString(toString(m)))))
	}
	return b.String()
}

// IsNil tells whether the variadic slice it got was nil (the standard
// library passes an empty one for no arguments).
func (i *item) IsNil(more ...any) bool { return more == nil }

func (i *item) Fail(ok bool) (string, error) {
	if !ok {
		return "", errFail
	}
	return "fine", nil
}

type failure struct{}

func (failure) Error() string { return "failed" }

var errFail = failure{}

func toString(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return ""
}

// sameAsStdlibTemplates exercise escapers in every context, the
// comparison builtins, index, len, not, and/or, methods, fields, maps,
// chains and errors.
var sameAsStdlibTemplates = []string{
	`<p title="{{.Name}}">{{.Name}} {{.N}} {{.Twice}} {{.Upper .Name}}</p>`,
	`<a href="/x/{{.Name}}?q={{.Name}}">{{len .Tags}} {{index .Tags 0}}</a>`,
	`{{if eq .N 1 2 3}}a{{else if ne .N 4}}b{{end}}{{if lt .N 5}}c{{end}}{{if not .Tags}}d{{end}}`,
	`{{range $i, $t := .Tags}}{{if $i}}, {{end}}<b>{{$t}}</b>{{end}}{{with .Inner}}{{.Name}}{{.Inner.Name}}{{end}}`,
	`{{.Attrs.k}}|{{index .Attrs "k"}}|{{.Any}}|{{and .N .Name}}|{{or .Any .Name}}`,
	`<script>var x = {{.Name}}; var y = {{.Tags}};</script><style>p { color: {{.Name}} }</style>`,
	`{{.Join ", " .Name "b" .N}}{{.Fail true}}{{.Join "-"}}{{.IsNil}}{{.IsNil 1}}`,
	`{{.Fail false}}`,
	`{{index .Tags 9}}`,
	`{{.Missing}}`,
	`{{slice .Name 1}}{{printf "%d-%s" .N .Name}}{{html .Name}}{{js .Name}}{{urlquery .Name}}`,
	`{{len .N}}`,
	`{{eq .Tags .Tags}}`,
	`<img srcset="{{.Name}} 1x" alt='{{.Name}}'>{{.Inner.Inner.Name}}`,
	`<p class={{.Name}} data-x={{.Any}}><textarea>{{.Name}}</textarea><title>{{.Any}}</title>`,
	`{{$x := .Name}}{{$x}} {{.Name | printf "%s!"}} {{.Upper .Name | printf "%q"}} <a href="{{.Any}}" title="{{$x}}">{{.N}}</a>`,
}

// FuzzSameAsStdlib checks that the copy writes exactly what the standard
// library's html/template writes, and fails where it fails, for data a
// fuzzer chooses.
func FuzzSameAsStdlib(f *testing.F) {
	f.Add("A <b>&\"'", 1, "x", "javascript:alert(1)", true)
	f.Add("", 0, "", "", false)
	f.Add("héllo/wörld?#", 4, "k", "<script>", true)
	f.Fuzz(func(t *testing.T, name string, n int, tag, attr string, deep bool) {
		data := &item{Name: name, N: n, Tags: []string{tag, name}, Attrs: map[string]string{"k": attr}, Any: attr}
		if deep {
			data.Inner = &item{Name: attr, Inner: &item{Name: tag}}
		}
		for _, src := range sameAsStdlibTemplates {
			var got, want strings.Builder
			errGot := template.Must(template.New("t").Parse(src)).Execute(&got, data)
			errWant := stdtemplate.Must(stdtemplate.New("t").Parse(src)).Execute(&want, data)
			if got.String() != want.String() {
				t.Errorf("%s:\ncopy   %q\nstdlib %q", src, got.String(), want.String())
			}
			if (errGot == nil) != (errWant == nil) || (errGot != nil && errGot.Error() != errWant.Error()) {
				t.Errorf("%s: error\ncopy   %v\nstdlib %v", src, errGot, errWant)
			}
		}
	})
}
