package cli

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// jsonNames lists the JSON names of t's fields, and for each the struct
// type its value holds (through pointers and slices), if any.
func jsonNames(t reflect.Type) (names []string, nested map[string]reflect.Type) {
	nested = map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		names = append(names, name)
		ft := f.Type
		for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Struct && ft.PkgPath() == reflect.TypeFor[model.Article]().PkgPath() {
			nested[name] = ft
		}
	}
	return names, nested
}

// The README's "Output fields" table documents every field analyze prints:
// each field of model.Article has a row naming it, and each field of the
// objects inside it (a quote's speaker, an event's evidence) is named in
// that row. The table is written by hand, and fields were added to the
// model (an entity's actor_ids) without a word in it.
func TestREADMEDocumentsOutputFields(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(b), "\n### Output fields\n")
	if !ok {
		t.Fatal("README has no ### Output fields section")
	}
	table, _, _ = strings.Cut(table, "\n### ")
	rows := map[string]string{} // field -> its row
	for _, line := range strings.Split(table, "\n") {
		cells := strings.Split(line, " | ")
		if !strings.HasPrefix(line, "| `") || len(cells) < 3 {
			continue
		}
		for _, name := range strings.Split(strings.TrimPrefix(cells[0], "| "), ", ") {
			rows[strings.Trim(name, "`")] = line
		}
	}
	if len(rows) < 20 {
		t.Fatalf("only %d rows read from the Output fields table: its format changed?", len(rows))
	}
	names, nested := jsonNames(reflect.TypeFor[model.Article]())
	for _, name := range names {
		row, ok := rows[name]
		if !ok {
			t.Errorf("analyze prints %q, which has no row in the README's Output fields table", name)
			continue
		}
		// The fields of nested objects, at any depth, are named in the row
		// of the top-level field that holds them.
		seen := map[reflect.Type]bool{}
		var walk func(path string, st reflect.Type)
		walk = func(path string, st reflect.Type) {
			if seen[st] {
				return
			}
			seen[st] = true
			sub, subNested := jsonNames(st)
			for _, n := range sub {
				if !strings.Contains(row, "`"+n+"`") {
					t.Errorf("analyze prints %s.%s, which the README's row of %q does not name", path, n, name)
				}
				if s, ok := subNested[n]; ok {
					walk(path+"."+n, s)
				}
			}
		}
		if st, ok := nested[name]; ok {
			walk(name, st)
		}
	}
	for name := range rows {
		found := false
		for _, n := range names {
			found = found || n == name
		}
		if !found {
			t.Errorf("the README's Output fields table has a row for %q, which analyze does not print", name)
		}
	}
}
