package kb

import (
	"os"
	"strings"
	"testing"
)

// dataRowsForTest returns the rows of a committed data file after its
// comments and header, split into fields.
func dataRowsForTest(t *testing.T, path string) [][]string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	header := true
	for _, line := range strings.Split(string(raw), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows
}

// TestTownsGenerated checks what internal/kb/gen guarantees of towns.tsv
// against the files generated with it, without npm: no town has a name of
// cities.tsv (listed or short form, as Normalize folds them, the test
// townRows applies), ids are unique, and coords.tsv (generated from the same
// townRows) has a point for every town. A town that breaks this is a file
// generated under an older Normalize: towns.tsv kept "Ilām" (Nepal) after
// Normalize began folding "Ī", which made it Iran's city "Īlām" - dead data
// the loader skipped and coords.tsv left out, and a file the generator no
// longer reproduced.
func TestTownsGenerated(t *testing.T) {
	cityNames := map[string]string{}
	for _, f := range dataRowsForTest(t, "data/cities.tsv") {
		if len(f) != 7 {
			t.Fatalf("cities.tsv %s: %d columns, want 7", f[0], len(f))
		}
		if f[6] != "" {
			continue // a name no city has alone may be a town's
		}
		cityNames[Normalize(f[2])] = f[0]
		if f[4] != "" {
			cityNames[Normalize(f[4])] = f[0]
		}
	}
	coords := map[string]bool{}
	for _, f := range dataRowsForTest(t, "data/coords.tsv") {
		coords[f[0]] = true
	}
	ids := map[string]bool{}
	rows := dataRowsForTest(t, "data/towns.tsv")
	if len(rows) < 20000 {
		t.Fatalf("towns.tsv: %d rows, want the 26,000 the generator writes", len(rows))
	}
	for _, f := range rows {
		if len(f) != 3 {
			t.Fatalf("towns.tsv %q: %d columns, want 3", f, len(f))
		}
		key := Normalize(f[1])
		if city, ok := cityNames[key]; ok {
			t.Errorf("town %s %s: its name is city %s's (regenerate towns.tsv)", f[0], f[1], city)
			continue
		}
		id := townID(f[0], key)
		if ids[id] {
			t.Errorf("town %s %s: duplicate id %s", f[0], f[1], id)
		}
		ids[id] = true
		if !coords[id] {
			t.Errorf("town %s %s: no point for %s in coords.tsv (regenerate both)", f[0], f[1], id)
		}
	}
}

// TestIntlNamesGenerated checks the rule of country_names_intl.tsv that
// internal/kb/gen applies with Normalize: a foreign name that folds to the
// country's English name or an alias of countries.tsv is left out (the
// alias finds the country already). A row that breaks it was generated
// under an older Normalize: Spanish "Afganistán" stayed after Normalize
// began folding the "ġ" of the alias "Afġānistān".
func TestIntlNamesGenerated(t *testing.T) {
	english := map[string]map[string]bool{} // country -> normalised English names
	for _, f := range dataRowsForTest(t, "data/countries.tsv") {
		if len(f) != 7 {
			t.Fatalf("countries.tsv %s: %d columns, want 7", f[0], len(f))
		}
		names := map[string]bool{Normalize(f[2]): true}
		for _, a := range strings.Split(f[6], "|") {
			if a != "" {
				names[Normalize(a)] = true
			}
		}
		english[f[0]] = names
	}
	rows := dataRowsForTest(t, "data/country_names_intl.tsv")
	if len(rows) < 500 {
		t.Fatalf("country_names_intl.tsv: %d rows, want the ~700 the generator writes", len(rows))
	}
	for _, f := range rows {
		if len(f) != 3 {
			t.Fatalf("country_names_intl.tsv %q: %d columns, want 3", f, len(f))
		}
		for _, n := range strings.Split(f[2], "|") {
			if english[f[1]][Normalize(n)] {
				t.Errorf("%s %s %q: an English name or alias of the country (regenerate the file)", f[0], f[1], n)
			}
		}
	}
}
