package render

import (
	"fmt"
	"reflect"

	template "github.com/newsdesk/ruscompare/generator/internal/tmpl/html"
	tmpltext "github.com/newsdesk/ruscompare/generator/internal/tmpl/text"
	"github.com/newsdesk/ruscompare/generator/site"
)

// The templates call methods of the page and of the site model (.T,
// .URL, .Provider.Path, .Fragment) on every page; called through
// reflect.Value.Call, each cost several times a small method's own work
// (argument frames, a result slice, the receiver's method table). The
// signatures below are called directly instead (tmpltext.RegisterMethod),
// with the arguments the template engine evaluated and checked. A method
// of another signature still works, through reflection: this list only
// makes the common ones cheaper (TestMethodCallsAsReflection renders the
// test site both ways).
func init() {
	register(call0[*Page, string])
	register(call0[*Page, bool])
	register(call0[*Page, int])
	register(call0[*Page, template.HTML])
	register(call0[*Page, []Alt])
	register(call0[*Page, []*site.Provider])
	register(call0[*Page, []*site.Speaker])
	register(callS[*Page, string])
	register(callS[*Page, bool])
	register(callSI[*Page, string])
	register(callSB[*Page, template.HTML])
	register(callSVariadic[*Page, string])
	register(callSVariadicE[*Page, template.HTML])
	register(callSAnyE[*Page, template.HTML])
	register(call1[*Page, *site.Provider, string])
	register(call1[*Page, *site.Provider, template.HTML])
	register(call1[*Page, *site.Provider, []Moment])
	register(call1[*Page, *site.Provider, []SpeakerCount])
	register(call1[*Page, *site.Article, string])
	register(call1[*Page, Moment, string])
	register(call1[*Page, CompareRow, []CompareCell])
	register(call1E[*Page, []*site.Report, []ReportEntry])
	register(callS[*site.Provider, string])
	register(callS[*site.Measure, string])
	register(callS[*site.Stance, string])
	register(callS[*site.Speaker, string])
	register(callS[*site.Source, string])
	register(callS[*site.Report, []*site.Evidence])
	register(call0[*site.Report, []*site.Evidence])
	register(call0[*site.Evidence, string])
	register(call0[*site.Quote, bool])
	register(call0[*site.Provider, int])
	register(call0[*Part, bool])
	register(call0[*Compare, []CompareRow])
}

// register registers call for the methods of type F (see
// tmpltext.RegisterMethod). F's first result must not be of an interface
// type: a nil interface would be an invalid reflect.Value here (result),
// a Value of the interface type through reflection.
func register[F any](call func(f F, recv reflect.Value, args []reflect.Value) (reflect.Value, error)) {
	if t := reflect.TypeFor[F](); t.NumOut() == 0 || t.Out(0).Kind() == reflect.Interface {
		panic(fmt.Sprintf("render: no MethodCall for %s: its result must be of a concrete type", t))
	}
	tmpltext.RegisterMethod(call)
}

// result is what reflection returns for a method's result v.
func result[Out any](v Out) reflect.Value { return reflect.ValueOf(v) }

// call0 calls a method without arguments.
func call0[R, Out any](f func(R) Out, recv reflect.Value, _ []reflect.Value) (reflect.Value, error) {
	return result(f(recv.Interface().(R))), nil
}

// callS calls a method of one string argument.
func callS[R, Out any](f func(R, string) Out, recv reflect.Value, args []reflect.Value) (reflect.Value, error) {
	return result(f(recv.Interface().(R), args[0].String())), nil
}

// callSI calls a method of a string and an int.
func callSI[R, Out any](f func(R, string, int) Out, recv reflect.Value, args []reflect.Value) (reflect.Value, error) {
	return result(f(recv.Interface().(R), args[0].String(), int(args[1].Int()))), nil
}

// callSB calls a method of a string and a bool.
func callSB[R, Out any](f func(R, string, bool) Out, recv reflect.Value, args []reflect.Value) (reflect.Value, error) {
	return result(f(recv.Interface().(R), args[0].String(), args[1].Bool())), nil
}

// callSAnyE calls a method of a string and any value that returns an error.
func callSAnyE[R, Out any](f func(R, string, any) (Out, error), recv reflect.Value, args []reflect.Value) (reflect.Value, error) {
	v, err := f(recv.Interface().(R), args[0].String(), args[1].Interface())
	return result(v), err
}

// variadic is the slice a variadic ...any parameter gets for args: empty,
// not nil, when there are none, as through reflection.
func variadic(args []reflect.Value) []any {
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = a.Interface()
	}
	return out
}

// callSVariadic calls a method of a string and ...any.
func callSVariadic[R, Out any](f func(R, string, ...any) Out, recv reflect.Value, args []reflect.Value) (reflect.Value, error) {
	return result(f(recv.Interface().(R), args[0].String(), variadic(args[1:])...)), nil
}

// callSVariadicE calls a method of a string and ...any that returns an
// error.
func callSVariadicE[R, Out any](f func(R, string, ...any) (Out, error), recv reflect.Value, args []reflect.Value) (reflect.Value, error) {
	v, err := f(recv.Interface().(R), args[0].String(), variadic(args[1:])...)
	return result(v), err
}

// call1 calls a method of one argument of type A.
func call1[R, A, Out any](f func(R, A) Out, recv reflect.Value, args []reflect.Value) (reflect.Value, error) {
	return result(f(recv.Interface().(R), args[0].Interface().(A))), nil
}

// call1E calls a method of one argument of type A that returns an error.
func call1E[R, A, Out any](f func(R, A) (Out, error), recv reflect.Value, args []reflect.Value) (reflect.Value, error) {
	v, err := f(recv.Interface().(R), args[0].Interface().(A))
	return result(v), err
}
