package nlp

import (
	"strings"
	"testing"
)

// stubPlaces stands in for the knowledge base's places in the tests.
func stubPlaces(names ...string) func([]string) bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return func(ws []string) bool { return m[strings.Join(ws, " ")] }
}

// TestArticlePlaces checks that a Romance article and a name the
// knowledge base knows as a place become one place where the tagger read
// the name as an organisation or left the article out, and that outlets,
// persons, longer names and sports reports are left alone.
func TestArticlePlaces(t *testing.T) {
	place := stubPlaces("A Coruña", "La Paz", "Las Palmas", "Spain", "Bolivia")
	for _, c := range []struct {
		name, words, tags, want string
		sports                  bool
	}{
		{"address line", "15143 Arteixo , A Coruña , Spain", "O O O O B-ORG O B-LOC", "O O O B-LOC I-LOC O B-LOC", false},
		{"article left out", "based in La Paz , Bolivia", "O O O B-PER O B-LOC", "O O B-LOC I-LOC O B-LOC", false},
		{"read as a person", "left Las Palmas on Friday", "O B-PER I-PER O O", "O B-LOC I-LOC O O", false},
		{"near miss: already a place", "in La Paz said", "O B-GPE I-GPE O", "O B-GPE I-GPE O", false},
		{"near miss: outlet", "Le Monde reported", "B-ORG I-ORG O", "B-ORG I-ORG O", false},
		{"near miss: longer name", "the La Paz Hospital said", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O", false},
		{"near miss: the club", "Las Palmas beat Getafe", "B-ORG I-ORG O B-ORG", "B-ORG I-ORG O B-ORG", true},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		articlePlaces(ws, tags, place, c.sports)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%s: articlePlaces(%q) = %s, want %s", c.name, c.words, got, c.want)
		}
	}
}

// TestSaintCommaPlaces checks that a saint's name followed by a comma and
// a country or region, or by a place noun, is a place, and that a saint
// with no such cue stays as the tagger read it.
func TestSaintCommaPlaces(t *testing.T) {
	place := stubPlaces("France", "Guadeloupe", "Canada")
	for _, c := range []struct{ name, words, tags, want string }{
		{"comma country", "St Francois , France , has a port", "O B-PER O B-LOC O O O O", "B-LOC I-LOC O B-LOC O O O O"},
		{"comma region", "Saint Francois , Guadeloupe , was flooded", "B-PER I-PER O B-LOC O O O", "B-LOC I-LOC O B-LOC O O O"},
		{"place noun", "St Pierre is a small fishing port", "B-PER I-PER O O O O O", "B-LOC I-LOC O O O O O"},
		{"near miss: no cue", "St Francis said in his sermon", "B-PER I-PER O O O O", "B-PER I-PER O O O O"},
		{"near miss: comma and a person", "St Francis , Pope Leo said", "B-PER I-PER O B-PER I-PER O", "B-PER I-PER O B-PER I-PER O"},
		{"near miss: hyphenated", "Saint-Etienne , France , won", "B-ORG O B-LOC O O", "B-ORG O B-LOC O O"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		saintCommaPlaces(ws, tags, place)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%s: saintCommaPlaces(%q) = %s, want %s", c.name, c.words, got, c.want)
		}
	}
}
