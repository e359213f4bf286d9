package kb

import (
	"testing"
	"time"
)

// TestWarPlaces: places of war reports the knowledge base lacked. "Gaza
// City" is the city of Gaza (a city alias), and "Gaza" alone stays the
// Strip; Kerem Shalom is the crossing, a place in Israel.
func TestWarPlaces(t *testing.T) {
	k := mustLoad(t)
	if a, ok := k.City(Normalize("Gaza City")); !ok || a.ID != "city:PSE:gaza" {
		t.Errorf("City(Gaza City) = %v, %v; want city:PSE:gaza", a, ok)
	}
	got := k.Lookup("Gaza", time.Time{})
	if len(got) == 0 || got[0].ID != "loc:gaza" {
		t.Errorf("Lookup(Gaza) = %v, want loc:gaza first", got)
	}
	for _, name := range []string{"Kerem Shalom", "kerem shalom"} {
		got := k.Lookup(name, time.Time{})
		if len(got) != 1 || got[0].ID != "loc:kerem_shalom" || got[0].Country != "ISR" || got[0].Type != TypePlace {
			t.Errorf("Lookup(%s) = %v, want the place loc:kerem_shalom of ISR", name, got)
		}
	}
}
