package build

// A graph codec for the article cache: it writes a value and everything it
// points to, keeping shared and cyclic pointers shared (the site model is
// a graph: an article's reports point back to the article, a company's
// reports to the same reports). encoding/gob can do neither: it copies a
// shared value once per pointer and never ends on a cycle.
//
// It works by reflection over the Go types themselves, unexported fields
// included, so that a field added to the model is kept without a change
// here. Functions are not kept (they are state of the process that the
// session sets again: site.Article's body source). The format is only
// ever read by the executable that wrote it (the cache key holds the
// executable's hash), so it carries no type descriptions: the reader's
// types are the writer's.
//
// Strings are interned: each distinct string is written once and the
// decoded strings are slices of one copy of the file's bytes, so that
// loading allocates few objects besides the model's own.

import (
	"encoding"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"reflect"
	"sync"
	"time"
	"unsafe"
)

// graphEncoder writes one value graph.
type graphEncoder struct {
	buf  []byte
	ptrs map[ptrKey]uint64
	strs map[string]uint64
}

// ptrKey identifies a pointer: a struct and its first field share an
// address, not a type.
type ptrKey struct {
	addr uintptr
	typ  reflect.Type
}

// graphDecoder reads one value graph from data; str is data as one
// string, which the decoded strings are slices of.
type graphDecoder struct {
	data []byte
	str  string
	off  int
	ptrs []reflect.Value
	strs []string
}

// codec is how values of one type are written and read.
type codec struct {
	enc func(e *graphEncoder, v reflect.Value) error
	dec func(d *graphDecoder, v reflect.Value) error
}

var (
	binaryMarshaler   = reflect.TypeFor[encoding.BinaryMarshaler]()
	binaryUnmarshaler = reflect.TypeFor[encoding.BinaryUnmarshaler]()
	// interfaceTypes are the dynamic types an interface field may hold:
	// what YAML decodes an editor's own front-matter keys to. Another
	// type fails the encoding (the cache is then not written).
	interfaceTypes = []reflect.Type{
		reflect.TypeFor[string](), reflect.TypeFor[int](), reflect.TypeFor[int64](), reflect.TypeFor[uint64](),
		reflect.TypeFor[float64](), reflect.TypeFor[bool](), reflect.TypeFor[map[string]any](),
		reflect.TypeFor[[]any](), reflect.TypeFor[map[any]any](), reflect.TypeFor[time.Time](),
	}
)

// errGraph marks a graph that cannot be read: damaged or not ours.
var errGraph = errors.New("article cache: damaged graph")

// encodeGraph writes the value root points to.
func encodeGraph(root any) (data []byte, err error) {
	v := reflect.ValueOf(root)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return nil, fmt.Errorf("article cache: encode %T: not a pointer", root)
	}
	e := &graphEncoder{ptrs: map[ptrKey]uint64{}, strs: map[string]uint64{}}
	// The root is the first pointer: the graph may point back to it.
	e.ptrs[ptrKey{v.Pointer(), v.Type()}] = 0
	if err := codecFor(v.Type().Elem()).enc(e, v.Elem()); err != nil {
		return nil, err
	}
	return e.buf, nil
}

// decodeGraph reads into the value root points to what encodeGraph wrote
// from a value of the same type. Damaged data gives an error, never a
// panic.
func decodeGraph(data []byte, root any) (err error) {
	v := reflect.ValueOf(root)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return fmt.Errorf("article cache: decode into %T: not a pointer", root)
	}
	d := &graphDecoder{data: data, str: string(data), ptrs: []reflect.Value{v}}
	defer func() {
		// A damaged file can make reflection panic (a pointer of the
		// wrong type, say) where the bounds checks below do not see it.
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", errGraph, r)
		}
	}()
	if err := codecFor(v.Type().Elem()).dec(d, v.Elem()); err != nil {
		return err
	}
	if d.off != len(data) {
		return fmt.Errorf("%w: %d bytes after the value", errGraph, len(data)-d.off)
	}
	return nil
}

func (e *graphEncoder) uint(x uint64) { e.buf = binary.AppendUvarint(e.buf, x) }

// int writes x zig-zag encoded, as binary.AppendVarint does.
func (e *graphEncoder) int(x int64) { e.uint(uint64(x<<1) ^ uint64(x>>63)) }

// string writes 0 for "", 1 and the bytes for a string not written
// before, 2+i for the i-th one written before.
func (e *graphEncoder) string(s string) {
	if s == "" {
		e.uint(0)
		return
	}
	if i, ok := e.strs[s]; ok {
		e.uint(i + 2)
		return
	}
	e.strs[s] = uint64(len(e.strs))
	e.uint(1)
	e.uint(uint64(len(s)))
	e.buf = append(e.buf, s...)
}

func (d *graphDecoder) uint() (uint64, error) {
	x, n := binary.Uvarint(d.data[d.off:])
	if n <= 0 {
		return 0, errGraph
	}
	d.off += n
	return x, nil
}

func (d *graphDecoder) int() (int64, error) {
	ux, err := d.uint()
	return int64(ux>>1) ^ -int64(ux&1), err
}

// tag reads the number that starts a pointer or an interface; 0 is nil,
// and then v is set to nil (it may be a value reused by mapCodec).
func (d *graphDecoder) tag(v reflect.Value) (uint64, error) {
	x, err := d.uint()
	if err == nil && x == 0 {
		v.SetZero()
	}
	return x, err
}

// length reads a length of at most what is left to read.
func (d *graphDecoder) length() (int, error) {
	n, err := d.uint()
	if err != nil || n > uint64(len(d.data)-d.off) {
		return 0, errGraph
	}
	return int(n), nil
}

func (d *graphDecoder) string() (string, error) {
	x, err := d.uint()
	switch {
	case err != nil:
		return "", err
	case x == 0:
		return "", nil
	case x == 1:
		n, err := d.length()
		if err != nil {
			return "", err
		}
		s := d.str[d.off : d.off+n]
		d.off += n
		d.strs = append(d.strs, s)
		return s, nil
	case x-2 < uint64(len(d.strs)):
		return d.strs[x-2], nil
	}
	return "", errGraph
}

// codecFor is the codec of t, made once per type.
func codecFor(t reflect.Type) *codec {
	codecMu.Lock()
	defer codecMu.Unlock()
	return codecLocked(t)
}

// codecLocked is codecFor with codecMu held. A codec is stored before its
// parts are made, so that a type that contains itself (an article's
// related articles) finds its own; the codecs of the parts are looked up
// once, here, not for each value.
func codecLocked(t reflect.Type) *codec {
	if c := codecMap[t]; c != nil {
		return c
	}
	c := &codec{}
	codecMap[t] = c
	c.enc, c.dec = makeCodec(t)
	return c
}

var (
	codecMu  sync.Mutex
	codecMap = map[reflect.Type]*codec{}
)

func makeCodec(t reflect.Type) (func(*graphEncoder, reflect.Value) error, func(*graphDecoder, reflect.Value) error) {
	if t.Implements(binaryMarshaler) && reflect.PointerTo(t).Implements(binaryUnmarshaler) {
		return marshalerCodec()
	}
	switch t.Kind() {
	case reflect.Bool:
		return func(e *graphEncoder, v reflect.Value) error {
				b := uint64(0)
				if v.Bool() {
					b = 1
				}
				e.uint(b)
				return nil
			}, func(d *graphDecoder, v reflect.Value) error {
				b, err := d.uint()
				v.SetBool(b == 1)
				return err
			}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(e *graphEncoder, v reflect.Value) error { e.int(v.Int()); return nil },
			func(d *graphDecoder, v reflect.Value) error {
				x, err := d.int()
				v.SetInt(x)
				return err
			}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return func(e *graphEncoder, v reflect.Value) error { e.uint(v.Uint()); return nil },
			func(d *graphDecoder, v reflect.Value) error {
				x, err := d.uint()
				v.SetUint(x)
				return err
			}
	case reflect.Float32, reflect.Float64:
		return func(e *graphEncoder, v reflect.Value) error { e.uint(math.Float64bits(v.Float())); return nil },
			func(d *graphDecoder, v reflect.Value) error {
				x, err := d.uint()
				v.SetFloat(math.Float64frombits(x))
				return err
			}
	case reflect.String:
		return func(e *graphEncoder, v reflect.Value) error { e.string(v.String()); return nil },
			func(d *graphDecoder, v reflect.Value) error {
				s, err := d.string()
				v.SetString(s)
				return err
			}
	case reflect.Pointer:
		return pointerCodec(t)
	case reflect.Slice:
		return sliceCodec(t)
	case reflect.Array:
		return arrayCodec(t)
	case reflect.Map:
		return mapCodec(t)
	case reflect.Struct:
		return structCodec(t)
	case reflect.Interface:
		return interfaceCodec()
	case reflect.Func:
		// Not kept: decoded as nil (see the package comment).
		return func(*graphEncoder, reflect.Value) error { return nil },
			func(*graphDecoder, reflect.Value) error { return nil }
	}
	fail := fmt.Errorf("article cache: cannot keep a %s", t)
	return func(*graphEncoder, reflect.Value) error { return fail },
		func(*graphDecoder, reflect.Value) error { return fail }
}

// pointerCodec writes 0 for nil, 1 and the value for a pointer not
// written before, 2+i for the i-th one written before.
func pointerCodec(t reflect.Type) (func(*graphEncoder, reflect.Value) error, func(*graphDecoder, reflect.Value) error) {
	elem := codecLocked(t.Elem())
	return func(e *graphEncoder, v reflect.Value) error {
			if v.IsNil() {
				e.uint(0)
				return nil
			}
			k := ptrKey{v.Pointer(), t}
			if i, ok := e.ptrs[k]; ok {
				e.uint(i + 2)
				return nil
			}
			e.ptrs[k] = uint64(len(e.ptrs))
			e.uint(1)
			return elem.enc(e, v.Elem())
		}, func(d *graphDecoder, v reflect.Value) error {
			x, err := d.tag(v)
			switch {
			case err != nil || x == 0:
				return err
			case x == 1:
				p := reflect.New(t.Elem())
				d.ptrs = append(d.ptrs, p)
				v.Set(p)
				return elem.dec(d, p.Elem())
			case x-2 < uint64(len(d.ptrs)) && d.ptrs[x-2].Type() == t:
				v.Set(d.ptrs[x-2])
				return nil
			}
			return errGraph
		}
}

// sliceCodec writes 0 for nil, else 1 + the length and the elements.
func sliceCodec(t reflect.Type) (func(*graphEncoder, reflect.Value) error, func(*graphDecoder, reflect.Value) error) {
	c := codecLocked(t.Elem())
	return func(e *graphEncoder, v reflect.Value) error {
			if e.nilOrLength(v) {
				return nil
			}
			return c.encElems(e, v)
		}, func(d *graphDecoder, v reflect.Value) error {
			n, err := d.nilOrLength(v)
			if err != nil || n < 0 {
				return err
			}
			s := reflect.MakeSlice(t, n, n)
			v.Set(s)
			return c.decElems(d, s)
		}
}

func arrayCodec(t reflect.Type) (func(*graphEncoder, reflect.Value) error, func(*graphDecoder, reflect.Value) error) {
	c := codecLocked(t.Elem())
	return c.encElems, c.decElems
}

// encElems writes the elements of v (a slice or an array) with c.
func (c *codec) encElems(e *graphEncoder, v reflect.Value) error {
	for i := range v.Len() {
		if err := c.enc(e, v.Index(i)); err != nil {
			return err
		}
	}
	return nil
}

// decElems reads the elements of v (a slice or an array) with c.
func (c *codec) decElems(d *graphDecoder, v reflect.Value) error {
	for i := range v.Len() {
		if err := c.dec(d, v.Index(i)); err != nil {
			return err
		}
	}
	return nil
}

// nilOrLength writes 0 for a nil slice or map (and reports true), else
// 1 + its length.
func (e *graphEncoder) nilOrLength(v reflect.Value) bool {
	if v.IsNil() {
		e.uint(0)
		return true
	}
	e.uint(uint64(v.Len()) + 1)
	return false
}

// nilOrLength reads what graphEncoder.nilOrLength wrote: -1 for nil, and
// then sets v to nil (v may be a value reused by mapCodec). A length is
// at most the bytes left, as every element takes one at least.
func (d *graphDecoder) nilOrLength(v reflect.Value) (int, error) {
	n, err := d.length()
	if err != nil || n == 0 {
		v.SetZero()
		return -1, err
	}
	return n - 1, nil
}

// mapCodec writes 0 for nil, else 1 + the length and the pairs. Map
// values are not addressable: each is copied into one that is, so that
// a struct's unexported fields can be read.
func mapCodec(t reflect.Type) (func(*graphEncoder, reflect.Value) error, func(*graphDecoder, reflect.Value) error) {
	kt, vt := t.Key(), t.Elem()
	kc, vc := codecLocked(kt), codecLocked(vt)
	return func(e *graphEncoder, v reflect.Value) error {
			if e.nilOrLength(v) {
				return nil
			}
			k, val := reflect.New(kt).Elem(), reflect.New(vt).Elem()
			for it := v.MapRange(); it.Next(); {
				k.SetIterKey(it)
				val.SetIterValue(it)
				if err := kc.enc(e, k); err != nil {
					return err
				}
				if err := vc.enc(e, val); err != nil {
					return err
				}
			}
			return nil
		}, func(d *graphDecoder, v reflect.Value) error {
			n, err := d.nilOrLength(v)
			if err != nil || n < 0 {
				return err
			}
			m := reflect.MakeMapWithSize(t, n)
			// One key and one value for all the pairs: SetMapIndex copies
			// them, and decoding sets every part of a value (a nil slice,
			// map, pointer or interface included).
			k, val := reflect.New(kt).Elem(), reflect.New(vt).Elem()
			for range n {
				if err := kc.dec(d, k); err != nil {
					return err
				}
				if err := vc.dec(d, val); err != nil {
					return err
				}
				m.SetMapIndex(k, val)
			}
			v.Set(m)
			return nil
		}
}

// structCodec writes the fields in order, unexported ones included:
// those are reached through their address, which reflection allows
// reading and setting only that way.
func structCodec(t reflect.Type) (func(*graphEncoder, reflect.Value) error, func(*graphDecoder, reflect.Value) error) {
	n := t.NumField()
	fields := make([]*codec, n)
	exported := make([]bool, n)
	for i := range n {
		fields[i] = codecLocked(t.Field(i).Type)
		exported[i] = t.Field(i).IsExported()
	}
	open := func(v reflect.Value, i int) reflect.Value {
		f := v.Field(i)
		if exported[i] {
			return f
		}
		return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
	}
	return func(e *graphEncoder, v reflect.Value) error {
			if !v.CanAddr() {
				c := reflect.New(t).Elem()
				c.Set(v)
				v = c
			}
			for i := range n {
				if err := fields[i].enc(e, open(v, i)); err != nil {
					return err
				}
			}
			return nil
		}, func(d *graphDecoder, v reflect.Value) error {
			for i := range n {
				if err := fields[i].dec(d, open(v, i)); err != nil {
					return err
				}
			}
			return nil
		}
}

// interfaceCodec writes 0 for nil, else 1 + the index of the dynamic
// type in interfaceTypes and the value.
func interfaceCodec() (func(*graphEncoder, reflect.Value) error, func(*graphDecoder, reflect.Value) error) {
	cs := make([]*codec, len(interfaceTypes))
	for i, it := range interfaceTypes {
		cs[i] = codecLocked(it)
	}
	return func(e *graphEncoder, v reflect.Value) error {
			if v.IsNil() {
				e.uint(0)
				return nil
			}
			c := v.Elem()
			for i, it := range interfaceTypes {
				if c.Type() == it {
					e.uint(uint64(i) + 1)
					return cs[i].enc(e, c)
				}
			}
			return fmt.Errorf("article cache: cannot keep a %s in an interface", c.Type())
		}, func(d *graphDecoder, v reflect.Value) error {
			x, err := d.tag(v)
			switch {
			case err != nil || x == 0:
				return err
			case x-1 < uint64(len(interfaceTypes)):
				c := reflect.New(interfaceTypes[x-1]).Elem()
				if err := cs[x-1].dec(d, c); err != nil {
					return err
				}
				v.Set(c)
				return nil
			}
			return errGraph
		}
}

// marshalerCodec keeps a value that marshals itself (time.Time, whose
// location is not plain data).
func marshalerCodec() (func(*graphEncoder, reflect.Value) error, func(*graphDecoder, reflect.Value) error) {
	return func(e *graphEncoder, v reflect.Value) error {
			b, err := v.Interface().(encoding.BinaryMarshaler).MarshalBinary()
			if err != nil {
				return err
			}
			e.uint(uint64(len(b)))
			e.buf = append(e.buf, b...)
			return nil
		}, func(d *graphDecoder, v reflect.Value) error {
			n, err := d.length()
			if err != nil {
				return err
			}
			b := d.data[d.off : d.off+n]
			d.off += n
			return v.Addr().Interface().(encoding.BinaryUnmarshaler).UnmarshalBinary(b)
		}
}
