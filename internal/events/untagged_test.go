package events

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/nlp/clusters"
)

// TestPlaceLike checks that the word clusters tell large cities' names
// from common words and given names spelt like cities.
func TestPlaceLike(t *testing.T) {
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	cl, err := clusters.Default()
	if err != nil {
		t.Fatal(err)
	}
	pw := newPlaceWords(k, cl)
	for w, want := range map[string]bool{
		"antwerp": true, "rotterdam": true, "kharkiv": true, "aleppo": true, "lviv": true,
		"nice": false, "split": false, "mobile": false, "bath": false, "reading": false, "eugene": false,
		"said": false, "": false,
	} {
		if got := pw.PlaceLike(w); got != want {
			t.Errorf("PlaceLike(%q) = %v, want %v", w, got, want)
		}
	}
	if (*clusters.PlaceWords)(nil).PlaceLike("antwerp") || newPlaceWords(nil, nil).PlaceLike("antwerp") {
		t.Error("no clusters, yet a place word")
	}
}

// TestUntaggedCity checks which capitalised words after a preposition are
// taken as an untagged city.
func TestUntaggedCity(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sentence string
		own      map[string]bool
		want     string // the city's actor id, "" for none
	}{
		{"ministers met in Antwerp on Monday", nil, "city:BEL:antwerpen"},
		{"ministers met in Antwerp", nil, "city:BEL:antwerpen"},
		{"ministers met in ANTWERP on Monday", nil, ""},
		{"ministers met in Antwerp Zoo on Monday", nil, ""},
		{"ministers met in Antwerp 's port", nil, ""},
		{"ministers met in Nice on Monday", nil, ""},
		{"ministers met in Split on Monday", nil, ""},
		{"ministers met in Paris-Nord on Monday", nil, ""},
		// A city of the acting country needs no place-word company.
		{"protesters held in Split on Monday", map[string]bool{"HRV": true}, "city:HRV:split"},
		{"protesters held in Split on Monday", map[string]bool{"SRB": true}, ""},
		{"protesters held in SPLIT on Monday", map[string]bool{"HRV": true}, ""},
		{"protesters held in Split Street on Monday", map[string]bool{"HRV": true}, ""},
	} {
		toks := words(tc.sentence, nil)
		got := ""
		if m := c.untaggedCity(toks, nil, 3, tc.own); m != nil {
			got = m.actorID
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sentence, got, tc.want)
		}
	}
}
