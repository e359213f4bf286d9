package kb

import (
	"strings"
	"testing"
	"time"
)

// TestUSStatesBeatHomonymRegions checks that every US state named bare
// resolves first to the state rather than to a same-named region of a
// smaller country (Puerto Rico's Florida municipality, Liberia's Maryland
// County, Bulgaria's Montana province); Georgia stays the country, which
// countries outrank regions for.
func TestUSStatesBeatHomonymRegions(t *testing.T) {
	k := mustLoad(t)
	at := time.Date(2024, 10, 12, 0, 0, 0, 0, time.UTC)
	n := 0
	for i := range k.actors {
		a := &k.actors[i]
		if a.Country != "USA" || !strings.HasPrefix(a.ID, "place:USA-") {
			continue
		}
		n++
		got := k.Lookup(a.Name, at)
		if len(got) == 0 {
			t.Errorf("Lookup(%q) = nothing", a.Name)
			continue
		}
		var first *Actor
		for _, c := range got {
			if isRegionID(c.ID) {
				first = c
				break
			}
		}
		if first != a {
			t.Errorf("Lookup(%q): first region %s, want %s", a.Name, first.ID, a.ID)
		}
		if a.Name == "Georgia" && got[0].ID != "GEO" {
			t.Errorf("Lookup(Georgia)[0] = %s, want the country GEO", got[0].ID)
		}
	}
	if n < 50 {
		t.Fatalf("%d US regions, want at least the 50 states", n)
	}
}

func TestSameNamedRegionsLargerCountryFirst(t *testing.T) {
	k := mustLoad(t)
	tests := []struct{ name, want string }{
		{"Florida", "place:USA-FL"},
		{"Maryland", "place:USA-MD"},
		{"Montana", "place:USA-MT"},
		{"Punjab", "place:IND-PB"},
		{"Manchester", "place:GBR-MAN"},
		{"Mwanza", "place:TZA-18"},
	}
	for _, tt := range tests {
		var first string
		for _, c := range k.Lookup(tt.name, time.Time{}) {
			if isRegionID(c.ID) {
				first = c.ID
				break
			}
		}
		if first != tt.want {
			t.Errorf("Lookup(%q): first region %q, want %q", tt.name, first, tt.want)
		}
	}
}
