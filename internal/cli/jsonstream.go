package cli

import (
	"bufio"
	"bytes"
	"encoding"
	"encoding/json"
	"io"
	"reflect"
	"strings"
)

// streamJSON writes the struct v as a json.Encoder with SetEscapeHTML(false)
// (and, when indent, SetIndent("", "  ")) would, byte for byte, but encodes
// the elements of its slice fields one at a time. A long article's JSON is
// many times its text (every sentence, entity, quote and event with its
// text); encoding it whole held the output twice in memory (the compact
// form and the indented copy), the largest peak of analyze on a long input.
// Only v's own fields are split: each element of a slice field, and every
// other field, is encoded whole.
func streamJSON(w io.Writer, v any, indent bool) error {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return encodeWhole(w, v, indent)
		}
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return encodeWhole(w, v, indent)
	}
	fields, ok := jsonFields(rv.Type())
	if !ok {
		return encodeWhole(w, v, indent)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	e := &valueEncoder{out: bw, indent: indent}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	bw.WriteByte('{')
	n := 0
	for _, f := range fields {
		fv := rv.Field(f.index)
		if f.omitEmpty && isEmptyJSON(fv) {
			continue
		}
		if n > 0 {
			bw.WriteByte(',')
		}
		n++
		e.newline(1)
		if err := e.value(f.name, 1); err != nil {
			return err
		}
		bw.WriteByte(':')
		if indent {
			bw.WriteByte(' ')
		}
		if !f.split || fv.IsNil() || fv.Len() == 0 {
			if err := e.value(fv.Interface(), 1); err != nil {
				return err
			}
			continue
		}
		bw.WriteByte('[')
		for i := 0; i < fv.Len(); i++ {
			if i > 0 {
				bw.WriteByte(',')
			}
			e.newline(2)
			if err := e.value(fv.Index(i).Interface(), 2); err != nil {
				return err
			}
		}
		e.newline(1)
		bw.WriteByte(']')
	}
	if n > 0 {
		e.newline(0)
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// encodeWhole is the plain encoder, for what streamJSON does not split.
func encodeWhole(w io.Writer, v any, indent bool) error {
	enc := json.NewEncoder(w)
	if indent {
		enc.SetIndent("", "  ")
	}
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// valueEncoder encodes one value at a given depth of the indented output.
type valueEncoder struct {
	out    *bufio.Writer
	indent bool
	enc    *json.Encoder // writes compact JSON into buf
	buf    bytes.Buffer
	ind    bytes.Buffer
}

// newline starts a new line at depth (indented output only).
func (e *valueEncoder) newline(depth int) {
	if !e.indent {
		return
	}
	e.out.WriteByte('\n')
	for range depth {
		e.out.WriteString("  ")
	}
}

func (e *valueEncoder) value(v any, depth int) error {
	e.buf.Reset()
	if err := e.enc.Encode(v); err != nil {
		return err
	}
	b := bytes.TrimSuffix(e.buf.Bytes(), []byte{'\n'})
	if e.indent {
		e.ind.Reset()
		if err := json.Indent(&e.ind, b, strings.Repeat("  ", depth), "  "); err != nil {
			return err
		}
		b = e.ind.Bytes()
	}
	_, err := e.out.Write(b)
	if e.buf.Cap() > 1<<20 {
		// Do not keep a large buffer (the article's text) for the
		// small values that follow.
		e.buf = bytes.Buffer{}
		e.ind = bytes.Buffer{}
	}
	return err
}

// jsonField is one field of a struct as encoding/json names it.
type jsonField struct {
	name      string
	index     int
	omitEmpty bool
	// split: a slice encoded one element at a time.
	split bool
}

// customJSON reports whether t encodes itself (MarshalJSON or MarshalText).
func customJSON(t reflect.Type) bool {
	for _, m := range []reflect.Type{reflect.TypeFor[json.Marshaler](), reflect.TypeFor[encoding.TextMarshaler]()} {
		if t.Implements(m) || reflect.PointerTo(t).Implements(m) {
			return true
		}
	}
	return false
}

// jsonFields lists t's encoded fields in order. It reports false for a
// struct it does not handle as encoding/json does (embedded structs, a
// custom marshaller, string-quoted fields): those are encoded whole.
func jsonFields(t reflect.Type) ([]jsonField, bool) {
	if customJSON(t) {
		return nil, false
	}
	var out []jsonField
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Anonymous {
			return nil, false
		}
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		omit := false
		for _, o := range strings.Split(opts, ",") {
			switch o {
			case "":
			case "omitempty":
				omit = true
			default:
				return nil, false // ",string", ",omitzero"
			}
		}
		split := f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() != reflect.Uint8 && !customJSON(f.Type)
		out = append(out, jsonField{name: name, index: i, omitEmpty: omit, split: split})
	}
	return out, true
}

// isEmptyJSON is encoding/json's test for omitempty.
func isEmptyJSON(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64,
		reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}
