package template

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// tmpl: viaCall and viaReflect have the same methods; templates call
// viaCall's through the MethodCalls registered below, viaReflect's
// through reflect.Value.Call. Each template must give the same output
// and the same error with either.
type viaCall struct {
	prefix string
	List   []string
}

type viaReflect struct {
	prefix string
	List   []string
}

func (r *viaCall) Wrap(s string) string    { return r.prefix + s }
func (r *viaReflect) Wrap(s string) string { return r.prefix + s }

func (r *viaCall) Join(sep string, xs ...any) string    { return joinAny(r.prefix, sep, xs) }
func (r *viaReflect) Join(sep string, xs ...any) string { return joinAny(r.prefix, sep, xs) }

func (r *viaCall) Check(n int) (string, error)    { return check(n) }
func (r *viaReflect) Check(n int) (string, error) { return check(n) }

func (r *viaCall) Boom(s string) string    { panic("boom " + s) }
func (r *viaReflect) Boom(s string) string { panic("boom " + s) }

func joinAny(prefix, sep string, xs []any) string {
	parts := []string{prefix, fmt.Sprint(len(xs), xs == nil)}
	for _, x := range xs {
		parts = append(parts, fmt.Sprint(x))
	}
	return strings.Join(parts, sep)
}

func check(n int) (string, error) {
	if n < 0 {
		return "negative", errors.New("a negative number")
	}
	return fmt.Sprint("n=", n), nil
}

func init() {
	RegisterMethod(func(f func(*viaCall, string) string, recv reflect.Value, args []reflect.Value) (reflect.Value, error) {
		return reflect.ValueOf(f(recv.Interface().(*viaCall), args[0].String())), nil
	})
	RegisterMethod(func(f func(*viaCall, string, ...any) string, recv reflect.Value, args []reflect.Value) (reflect.Value, error) {
		rest := make([]any, len(args)-1) // empty, not nil, when none
		for i, a := range args[1:] {
			rest[i] = a.Interface()
		}
		return reflect.ValueOf(f(recv.Interface().(*viaCall), args[0].String(), rest...)), nil
	})
	RegisterMethod(func(f func(*viaCall, int) (string, error), recv reflect.Value, args []reflect.Value) (reflect.Value, error) {
		s, err := f(recv.Interface().(*viaCall), int(args[0].Int()))
		return reflect.ValueOf(s), err
	})
}

func TestRegisteredMethodsAsReflection(t *testing.T) {
	tests := []struct{ name, text string }{
		{"one argument", `{{.Wrap "x"}}`},
		{"pipeline argument", `{{"y" | .Wrap}}`},
		{"chained", `{{.Wrap "a" | .Wrap}}`},
		{"variadic none", `{{.Join ","}}`},
		{"variadic some", `{{.Join "," 1 "two" true}}`},
		{"variadic from pipeline", `{{3 | .Join "-" 1 2}}`},
		{"result and nil error", `{{.Check 4}}`},
		{"error result", `{{.Check -1}}`},
		{"panic", `{{.Boom "now"}}`},
		{"wrong argument type", `{{.Wrap 3}}`},
		{"too few arguments", `{{.Wrap}}`},
		{"too many arguments", `{{.Wrap "a" "b"}}`},
		{"in a range", `{{range $i, $s := .List}}{{$.Wrap $s}}{{end}}`},
	}
	run := func(text string, data any) (string, string) {
		tmpl, err := New("t").Parse(text)
		if err != nil {
			return "", "parse: " + err.Error()
		}
		var b strings.Builder
		err = tmpl.Execute(&b, data)
		if err == nil {
			return b.String(), ""
		}
		// The error names the receiver's type; the rest must match.
		return b.String(), strings.ReplaceAll(err.Error(), "viaReflect", "viaCall")
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errText := run(tc.text, &viaCall{prefix: "p:", List: []string{"a", "b"}})
			wantOut, wantErr := run(tc.text, &viaReflect{prefix: "p:", List: []string{"a", "b"}})
			if out != wantOut || errText != wantErr {
				t.Errorf("registered: %q, error %q\nreflection: %q, error %q", out, errText, wantOut, wantErr)
			}
		})
	}
	// The registered calls were used: a method of viaCall has one.
	if m := lookupMember(reflect.TypeFor[*viaCall](), reflect.TypeFor[*viaCall](), "Wrap"); m.call == nil {
		t.Error("viaCall.Wrap has no MethodCall")
	}
	if m := lookupMember(reflect.TypeFor[*viaReflect](), reflect.TypeFor[*viaReflect](), "Wrap"); m.call != nil {
		t.Error("viaReflect.Wrap has a MethodCall")
	}
}
