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
		if got := pw.placeLike(w); got != want {
			t.Errorf("placeLike(%q) = %v, want %v", w, got, want)
		}
	}
	if (*placeWords)(nil).placeLike("antwerp") || newPlaceWords(nil, nil).placeLike("antwerp") {
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
		want     string // the city's actor id, "" for none
	}{
		{"ministers met in Antwerp on Monday", "city:BEL:antwerpen"},
		{"ministers met in Antwerp", "city:BEL:antwerpen"},
		{"ministers met in ANTWERP on Monday", ""},
		{"ministers met in Antwerp Zoo on Monday", ""},
		{"ministers met in Antwerp 's port", ""},
		{"ministers met in Nice on Monday", ""},
		{"ministers met in Split on Monday", ""},
		{"ministers met in Paris-Nord on Monday", ""},
	} {
		toks := words(tc.sentence, nil)
		got := ""
		if m := c.untaggedCity(toks, nil, 3); m != nil {
			got = m.actorID
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sentence, got, tc.want)
		}
	}
}
