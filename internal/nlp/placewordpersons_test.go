package nlp

import (
	"strings"
	"testing"
)

func TestPlaceWordPersons(t *testing.T) {
	// The knowledge base of the test: places, one of them (Jordan) also a
	// given name, and a nationality.
	places := map[string]bool{"Kano": true, "Jordan": true, "Chad": true, "Kisumu": true, "Lagos": true, "Nigeria": true}
	place := func(ws []string) bool { return places[strings.Join(ws, " ")] }
	notPerson := func(ws []string) bool { return place(ws) || strings.Join(ws, " ") == "Nigerian" }
	firstName := func(w string) bool { return w == "Jordan" || w == "Chad" || w == "Grace" }
	role := func(w string) bool {
		return w == "lawyer" || w == "spokesman" || w == "nurse" || w == "people" || w == "governor"
	}
	demonym := func(w string) bool { return w == "Nigerian" }
	for _, c := range []struct {
		name  string
		sents []string // words, space separated, one sentence each
		tags  []string
		want  []string
	}{
		{name: "a family name that is a city's, before said",
			sents: []string{"Emeka Kano said the talks failed ."},
			tags:  []string{"B-LOC I-LOC O O O O O"},
			want:  []string{"B-PER I-PER O O O O O"}},
		{name: "split by the tagger, after a reporting verb",
			sents: []string{"\" We will strike , \" said Chinedu Kisumu ."},
			tags:  []string{"O O O O O O O B-ORG B-GPE O"},
			want:  []string{"O O O O O O O B-PER I-PER O"}},
		{name: "a given name that is a country's, in apposition",
			sents: []string{"Jordan Otieno , a spokesman for the opposition , criticised the plan ."},
			tags:  []string{"B-GPE I-GPE O O O O O O O O O O O"},
			want:  []string{"B-PER I-PER O O O O O O O O O O O"}},
		{name: "after a lower-case role, and an age in apposition",
			sents: []string{"lawyer Chad Mwangi filed the case .", "Amaka Lagos , 34 , was released ."},
			tags:  []string{"O B-LOC I-LOC O O O O", "B-LOC I-LOC O O O O O O"},
			want:  []string{"O B-PER I-PER O O O O", "B-PER I-PER O O O O O O"}},
		{name: "the object of an arrest; the name elsewhere and the family name follow",
			sents: []string{"Police arrested Emeka Kano on Monday .", "Emeka Kano condemned the arrest .", "Kano told reporters he was innocent ."},
			tags:  []string{"O O B-LOC I-LOC O O O", "B-LOC I-LOC O O O O", "B-GPE O O O O O O"},
			want:  []string{"O O B-PER I-PER O O O", "B-PER I-PER O O O O", "B-PER O O O O O O"}},
		// Near misses: what stays a place.
		{name: "no person's context",
			sents: []string{"Emeka Kano condemned the arrest ."},
			tags:  []string{"B-LOC I-LOC O O O O"},
			want:  []string{"B-LOC I-LOC O O O O"}},
		{name: "a place's first word is no given name unless known as one",
			sents: []string{"Kano Ibrahim said the talks failed ."},
			tags:  []string{"B-LOC I-LOC O O O O O"},
			want:  []string{"B-LOC I-LOC O O O O O"}},
		{name: "a word opening places' names, and a place's head",
			sents: []string{"Greater Kano said it would vote .", "Jordan Valley , the region 's people , voted ."},
			tags:  []string{"B-LOC I-LOC O O O O O", "B-LOC I-LOC O O O O O O O O"},
			want:  []string{"B-LOC I-LOC O O O O O", "B-LOC I-LOC O O O O O O O O"}},
		{name: "an apposition that describes a place",
			sents: []string{"Amaka Lagos , a city of people , voted ."},
			tags:  []string{"B-LOC I-LOC O O O O O O O O O"},
			want:  []string{"B-LOC I-LOC O O O O O O O O O"}},
		{name: "a nationality, and a word the tagger left out",
			sents: []string{"Nigerian Kano said it would vote .", "Later Kano said it would vote ."},
			tags:  []string{"B-NORP B-GPE O O O O O", "O B-GPE O O O O O"},
			want:  []string{"B-NORP B-GPE O O O O O", "O B-GPE O O O O O"}},
		{name: "the family name alone after a preposition of place or before a role stays the place",
			sents: []string{"Emeka Kano said he would stay in Kano .", "Kano governor Ali Musa met him ."},
			tags:  []string{"B-LOC I-LOC O O O O O B-GPE O", "B-GPE O B-PER I-PER O O O"},
			want:  []string{"B-PER I-PER O O O O O B-GPE O", "B-GPE O B-PER I-PER O O O"}},
	} {
		sents := make([][]string, len(c.sents))
		tags := make([][]string, len(c.sents))
		for i := range c.sents {
			sents[i] = strings.Fields(c.sents[i])
			tags[i] = strings.Fields(c.tags[i])
		}
		placeWordPersons(sents, tags, place, notPerson, firstName, role, demonym, false)
		for i := range tags {
			if got := strings.Join(tags[i], " "); got != c.want[i] {
				t.Errorf("%s: sentence %d\n got %s\nwant %s", c.name, i, got, c.want[i])
			}
		}
	}
}
