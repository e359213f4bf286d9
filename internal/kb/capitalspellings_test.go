package kb

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestCapitalCitySpellings: a capital whose city of cities.tsv (the same
// id slug in the same country) is spelt otherwise ("Sanaa" beside the
// capital's "Sana'a") has that spelling as an alias, so that either
// spelling finds the capital and not a second actor for the same city.
func TestCapitalCitySpellings(t *testing.T) {
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, a := range k.Actors() {
		if !a.Capital {
			continue
		}
		slug := strings.TrimPrefix(a.ID, "place:"+a.Country+":")
		c, ok := k.Actor("city:" + a.Country + ":" + slug)
		if !ok {
			continue
		}
		checked++
		key := Normalize(c.Name)
		if key == Normalize(a.Name) || slices.ContainsFunc(a.Aliases, func(al string) bool { return Normalize(al) == key }) {
			continue
		}
		t.Errorf("capital %s %q: its city %s is spelt %q, which is no alias of it", a.ID, a.Name, c.ID, c.Name)
	}
	if checked < 100 {
		t.Fatalf("only %d capitals have a city of cities.tsv: the ids changed?", checked)
	}
	for _, name := range []string{"Sanaa", "Sana'a"} {
		got := k.Lookup(name, time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))
		if len(got) == 0 || got[0].ID != "place:YEM:sanaa" {
			t.Errorf("Lookup(%q) = %v, want place:YEM:sanaa first", name, got)
		}
	}
}
