package extract

import "testing"

// The table holds the 50 states, each with its postal code, and the
// dateline forms read as the state they abbreviate.
func TestUSStateAbbrev(t *testing.T) {
	states := map[string]bool{}
	for _, s := range usStateAbbrevs() {
		states[s] = true
	}
	if len(states) != 50 {
		t.Errorf("the table names %d states, want 50", len(states))
	}
	for _, tc := range []struct {
		abbrev, state string
	}{
		{"NY", "New York"},
		{"N.Y.", "New York"},
		{"Ill.", "Illinois"},
		{"Calif.", "California"},
		{"W.Va.", "West Virginia"},
		{"Tex.", "Texas"},
		{"Ny", ""},
		{"ill.", ""},
		{"Texas", ""}, // spelt out: read as the state's own name
		{"", ""},
	} {
		got, ok := usStateAbbrev(tc.abbrev)
		if got != tc.state || ok != (tc.state != "") {
			t.Errorf("usStateAbbrev(%q) = %q, %v, want %q", tc.abbrev, got, ok, tc.state)
		}
	}
}
