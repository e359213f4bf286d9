package kb

import (
	"strings"
	"testing"
)

func TestPairPhrase(t *testing.T) {
	for _, c := range []struct {
		words string
		want  bool
	}{
		{"the two countries", true},
		{"both sides", true},
		{"said both governments", true},
		{"the two leaders", true},
		{"two countries", false}, // "two countries in Africa": a count, not the pair named before
		{"the three countries", false},
		{"the two officials", false},
		{"both", false},
	} {
		w := strings.Fields(c.words)
		if got := PairPhrase(w, len(w)-1); got != c.want {
			t.Errorf("PairPhrase(%q) = %v, want %v", c.words, got, c.want)
		}
	}
	if k, ok := PairHead("countries"); !ok || k != PairStates {
		t.Errorf("PairHead(countries) = %v, %v", k, ok)
	}
	if k, ok := PairHead("leaders"); !ok || k != PairPersons {
		t.Errorf("PairHead(leaders) = %v, %v", k, ok)
	}
}

func TestPairSector(t *testing.T) {
	for _, c := range []struct{ head, want string }{
		{"governments", SectorGovernment}, // "the two governments": the parties' governments
		{"countries", ""},                 // the parties themselves
		{"sides", ""},
		{"leaders", ""},
		{"officials", ""}, // no pair head at all
	} {
		if got := PairSector(c.head); got != c.want {
			t.Errorf("PairSector(%q) = %q, want %q", c.head, got, c.want)
		}
	}
}

func TestPairSide(t *testing.T) {
	for _, c := range []struct{ country, sector, want string }{
		{"SDN", SectorGovernment, "SDN"},
		{"SDN", SectorMilitary, "SDN"},
		{"SDN", SectorRebel, "SDN/rebel"},
		{"VEN", SectorOpposition, "VEN/opposition"},
		{"SDN", SectorCivilian, ""}, // "Sudanese people": caught between the sides, none of them
		{"SYR", SectorRefugee, ""},
		{"", SectorRebel, ""},
		{"CHN", "", "CHN"},
	} {
		if got := PairSide(c.country, c.sector); got != c.want {
			t.Errorf("PairSide(%q, %q) = %q, want %q", c.country, c.sector, got, c.want)
		}
	}
}

func TestLastPair(t *testing.T) {
	for _, c := range []struct {
		countries string // one per mention, "-" for none
		a, b      int
		ok        bool
	}{
		{"USA CHN", 0, 1, true},
		{"USA USA CHN", 0, 2, true},
		{"USA CHN USA", 0, 1, true}, // "Biden met Xi ... Biden said": still the two
		{"USA CHN RUS", 1, 2, true},
		{"- USA - CHN", 1, 3, true},
		{"USA USA", 0, 0, false},
		{"-", 0, 0, false},
		{"", 0, 0, false},
	} {
		cs := strings.Fields(c.countries)
		country := func(k int) string {
			if cs[k] == "-" {
				return ""
			}
			return cs[k]
		}
		a, b, ok := LastPair(len(cs), country)
		if ok != c.ok || ok && (a != c.a || b != c.b) {
			t.Errorf("LastPair(%q) = %d, %d, %v; want %d, %d, %v", c.countries, a, b, ok, c.a, c.b, c.ok)
		}
	}
}
