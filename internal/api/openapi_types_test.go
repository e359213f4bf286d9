package api

import (
	"encoding"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// TestOpenAPIDocumentsResponseTypes checks every JSON field of each
// response's Go type against its documented schema, field by field of the
// type rather than of one answer: TestOpenAPIDocumentsFields sees only
// the fields its seeded store fills, and an omitempty field (an event
// report's date_from or location_country) that no seeded row sets would
// go undocumented unnoticed.
func TestOpenAPIDocumentsResponseTypes(t *testing.T) {
	spec := loadSpec(t)
	ops := spec.operations(t)
	// Page is shared by the listings, and some of its omitempty fields
	// are set by some of them only (prev by events; total by events and
	// searches): a listing's schema leaves out those it never sets.
	back := []string{".prev", ".prev_cursor"}
	counts := []string{".total", ".total_capped"}
	for _, c := range []struct {
		op    string
		v     any
		unset []string
	}{
		{"GET /api/articles", Page[store.SearchHit]{}, back},
		{"GET /api/articles/{id}", ArticleResponse{}, nil},
		{"GET /api/events", Page[store.Event]{}, nil},
		{"GET /api/events/{id}", EventResponse{}, nil},
		{"GET /api/actors", Page[store.ActorCount]{}, append(slices.Clone(back), counts...)},
		{"GET /api/actors/{id}", ActorResponse{}, nil},
		{"GET /api/quotes", Page[store.Quote]{}, append(slices.Clone(back), counts...)},
		{"GET /api/graph", Graph{}, nil},
		{"GET /api/timeline", Timeline{}, nil},
	} {
		resp, ok := ops[c.op].Responses["200"]
		if !ok {
			t.Errorf("%s: no documented 200", c.op)
			continue
		}
		for _, p := range undocumentedType(spec, resp.Content["application/json"].Schema, reflect.TypeOf(c.v), "", map[reflect.Type]bool{}) {
			if slices.Contains(c.unset, p) {
				continue
			}
			t.Errorf("%s: field %s of %T is not in openapi.json", c.op, p, c.v)
		}
	}
}

// undocumentedType lists the JSON fields of type typ that schema s does not
// name, as undocumented does for a decoded answer. A type that marshals
// itself (time.Time) and a map are leaves; seen stops a recursive type.
func undocumentedType(spec openAPISpec, s *schema, typ reflect.Type, at string, seen map[reflect.Type]bool) []string {
	for typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	for s != nil && s.Ref != "" {
		s = spec.Components.Schemas[strings.TrimPrefix(s.Ref, "#/components/schemas/")]
	}
	if s == nil {
		return nil
	}
	marshaler := reflect.TypeFor[json.Marshaler]()
	textMarshaler := reflect.TypeFor[encoding.TextMarshaler]()
	if typ.Implements(marshaler) || reflect.PointerTo(typ).Implements(marshaler) || typ.Implements(textMarshaler) || reflect.PointerTo(typ).Implements(textMarshaler) {
		return nil
	}
	switch typ.Kind() {
	case reflect.Slice, reflect.Array:
		if s.Items == nil {
			return nil
		}
		return undocumentedType(spec, s.Items, typ.Elem(), at+"[]", seen)
	case reflect.Struct:
	default:
		return nil
	}
	if seen[typ] {
		return nil
	}
	seen[typ] = true
	defer delete(seen, typ)
	props := map[string]*schema{}
	for _, sub := range append([]*schema{s}, s.AllOf...) {
		for sub != nil && sub.Ref != "" {
			sub = spec.Components.Schemas[strings.TrimPrefix(sub.Ref, "#/components/schemas/")]
		}
		if sub != nil {
			for k, p := range sub.Properties {
				props[k] = p
			}
		}
	}
	if len(props) == 0 {
		return nil // an object schema without properties documents any fields
	}
	var out []string
	var walk func(reflect.Type)
	walk = func(st reflect.Type) {
		for i := range st.NumField() {
			f := st.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, _, _ := strings.Cut(tag, ",")
			ft := f.Type
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if f.Anonymous && name == "" && ft.Kind() == reflect.Struct {
				walk(ft) // an embedded struct's fields are the object's own
				continue
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			p, ok := props[name]
			if !ok {
				out = append(out, at+"."+name)
				continue
			}
			out = append(out, undocumentedType(spec, p, f.Type, at+"."+name, seen)...)
		}
	}
	walk(typ)
	return out
}
