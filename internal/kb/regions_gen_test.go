package kb

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// sharedRegionAliases lists the normalised aliases of regions.tsv that
// more than one region answers to, each with the regions and why; every
// other alias names one region. A new shared alias after regeneration
// fails TestRegionsGenerated until it is listed here or fixed in the
// generator.
var sharedRegionAliases = map[string][]string{
	// None since the generator gives a city region no division word
	// ("Minsk Region" was both Minsk's and the Minsk oblast's) and drops a
	// name it derives for two regions of a country ("Hamgyong" for both
	// Hamgyong provinces); internal/kb/gen's tests hold those rules.
}

// TestRegionsGenerated checks what internal/kb/gen guarantees of the
// regions.tsv it writes, without npm: ids are unique, every row has a
// name, a row lists no alias twice, and an
// alias (as kb.Normalize folds it, which Lookup uses) names one
// region unless sharedRegionAliases documents it. Whether the committed
// file is the generator's output is checked by regenerating it (see
// data/README.md), not here.
func TestRegionsGenerated(t *testing.T) {
	data, err := os.ReadFile("data/regions.tsv")
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	byName := map[string][]string{}  // normalised listed name -> ids
	byAlias := map[string][]string{} // normalised alias -> ids
	rows := 0
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "id\t") {
			continue
		}
		rows++
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Fatalf("line %d: %d columns, want 4", i+1, len(f))
		}
		id, name := f[0], Normalize(f[2])
		if ids[id] {
			t.Errorf("line %d: duplicate id %s", i+1, id)
		}
		ids[id] = true
		if name == "" {
			t.Errorf("%s: empty name", id)
		}
		byName[name] = append(byName[name], id)
		// Curated exonyms may fold to the listed name ("Andalucia") or
		// repeat it ("Mecklenburg-Vorpommern"); an exact repeat of an
		// alias is the generator's fault.
		seen := map[string]bool{}
		for _, a := range list(f[3]) {
			if seen[a] {
				t.Errorf("%s: alias %q listed twice", id, a)
			}
			seen[a] = true
			k := Normalize(a)
			if !slices.Contains(byAlias[k], id) {
				byAlias[k] = append(byAlias[k], id)
			}
		}
	}
	if rows < 4000 {
		t.Fatalf("regions.tsv: %d rows, want the full generated list", rows)
	}
	for k, as := range byAlias {
		all := slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(as), byName[k]...))))
		want, documented := sharedRegionAliases[k]
		switch {
		case len(all) > 1 && !documented:
			t.Errorf("alias %q names %d regions %v: fix the generator or document it in sharedRegionAliases", k, len(all), all)
		case documented && !slices.Equal(all, want):
			t.Errorf("shared alias %q: regions %v, documented %v", k, all, want)
		}
	}
	for k := range sharedRegionAliases {
		if _, ok := byAlias[k]; !ok {
			t.Errorf("sharedRegionAliases lists %q, which no region has any more", k)
		}
	}
}

// TestDivisionKinds checks the division words the resolver reads from the
// knowledge base: every row of region_kinds.tsv, shown or not, normalised.
func TestDivisionKinds(t *testing.T) {
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ country, want string }{
		{"NGA", "state"},    // shown yes
		{"KEN", "county"},   // shown yes
		{"BGD", "division"}, // shown yes
		{"ISR", "district"}, // shown no: the generator's word only
		{"UKR", "oblast"},   // shown no
		{"USA", "state"},
		{"FRA", "region"},
		{"CHN", ""}, // left out: its municipalities are cities
		{"XYZ", ""}, // no such country
	} {
		if got := k.DivisionKind(tt.country); got != tt.want {
			t.Errorf("DivisionKind(%s) = %q, want %q", tt.country, got, tt.want)
		}
	}
	words := k.DivisionKinds()
	if !slices.IsSorted(words) || len(slices.Compact(slices.Clone(words))) != len(words) {
		t.Errorf("DivisionKinds() = %q, want sorted and unique", words)
	}
	for _, w := range []string{"county", "district", "division", "governorate", "oblast", "province", "region", "state"} {
		if !slices.Contains(words, w) {
			t.Errorf("DivisionKinds() = %q, lacks %q", words, w)
		}
	}
}
