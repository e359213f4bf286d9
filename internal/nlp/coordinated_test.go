package nlp

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

func TestSplitCoordinatedNames(t *testing.T) {
	types := map[string]string{
		"European Union": "ORG", "Mexico": "GPE", "France": "GPE", "Germany": "GPE", "Italy": "GPE",
		"Bosnia and Herzegovina": "GPE", "Serbia": "GPE", "Ministry of Foreign Affairs": "ORG",
		"Kenya": "GPE", "Peace": "", "Rift Valley": "LOC", "Amina Odhiambo": "PER",
	}
	nameType := func(ws []string) string { return types[strings.Join(ws, " ")] }
	whole := map[string]bool{"Bosnia and Herzegovina": true, "Ministry of Foreign Affairs and Trade": true}
	knownWhole := func(ws []string) bool { return whole[strings.Join(ws, " ")] }
	for _, c := range []struct {
		name, words, tags, want string
	}{
		{"an organisation and a country",
			"The European Union and Mexico signed a deal .", "O B-LOC I-LOC I-LOC I-LOC O O O O",
			"O B-ORG I-ORG O B-GPE O O O O"},
		{"three countries with and and or",
			"France and Germany or Italy will host .", "B-GPE I-GPE I-GPE I-GPE I-GPE O O O",
			"B-GPE O B-GPE O B-GPE O O O"},
		{"a known name with and as one part",
			"Bosnia and Herzegovina and Serbia met .", "B-GPE I-GPE I-GPE I-GPE I-GPE O O",
			"B-GPE I-GPE I-GPE O B-GPE O O"},
		{"a country the knowledge base knows whole stays one",
			"Bosnia and Herzegovina voted .", "B-GPE I-GPE I-GPE O O", "B-GPE I-GPE I-GPE O O"},
		{"a ministry known whole stays one",
			"the Ministry of Foreign Affairs and Trade said", "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"an unknown second part keeps the span",
			"Kenya and Peace Institute said", "B-ORG I-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG I-ORG O"},
		{"a person and a place",
			"Amina Odhiambo and Rift Valley", "B-PER I-PER I-PER I-PER I-PER", "B-PER I-PER O B-LOC I-LOC"},
		{"an ampersand is no coordinator here",
			"France & Germany", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"},
	} {
		ws, ts := strings.Fields(c.words), strings.Fields(c.tags)
		splitCoordinatedNames(ws, ts, nameType, knownWhole)
		if got := strings.Join(ts, " "); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

// TestCoordinatedNamesResolve checks, with the real tagger and knowledge
// base, that a pair of known actors comes out as two entities and fixed
// names with "and" as one.
func TestCoordinatedNamesResolve(t *testing.T) {
	st, err := New(Config{NoPOS: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want []string // entities as "text/TYPE"
	}{
		{"The European Union and Mexico signed a trade deal on Tuesday.",
			[]string{"European Union/ORG", "Mexico/GPE"}},
		{"Officials from Bosnia and Herzegovina met envoys from Trinidad and Tobago on Monday.",
			[]string{"Bosnia and Herzegovina/GPE", "Trinidad and Tobago/GPE"}},
	} {
		a := &model.Article{Text: c.text, Paragraphs: []string{c.text}}
		if err := st.Process(context.Background(), &model.Document{Article: a}); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range a.Entities {
			if e.Type != model.EntityRole {
				got = append(got, e.Text+"/"+e.Type)
			}
		}
		if strings.Join(got, ", ") != strings.Join(c.want, ", ") {
			t.Errorf("%q:\n got %v\nwant %v", c.text, got, c.want)
		}
	}
}

// TestCoordinatedPartsRepeatedNames checks that names known both whole and
// in parts, repeated before a word that is no name, are searched in time
// that grows with the words, not with the groupings of the names: each
// repetition used to double the knowledge-base look-ups (a 200-word span
// would never end; 16 took millions).
func TestCoordinatedPartsRepeatedNames(t *testing.T) {
	types := map[string]string{"Sao Tome": "LOC", "Principe": "LOC", "Sao Tome and Principe": "GPE"}
	for _, c := range []struct {
		name  string
		last  string
		reps  int
		parts int // 0: no cut
	}{
		{"an unknown last word: no cut", "Xyzzy", 16, 0},
		{"a known last name: the longest known names first", "Principe", 16, 17},
	} {
		var ws []string
		for k := 0; k < c.reps; k++ {
			ws = append(ws, "Sao", "Tome", "and", "Principe", "and")
		}
		ws = append(ws, c.last)
		calls := 0
		nameType := func(w []string) string { calls++; return types[strings.Join(w, " ")] }
		ends, typs := coordinatedParts(ws, nameType)
		if len(ends) != c.parts || len(typs) != c.parts {
			t.Errorf("%s: %d ends, %d types, want %d parts", c.name, len(ends), len(typs), c.parts)
		}
		if limit := len(ws) * len(ws); calls > limit {
			t.Errorf("%s: %d look-ups for %d words, want at most %d", c.name, calls, len(ws), limit)
		}
		if c.parts > 0 && ends[len(ends)-1] != len(ws) {
			t.Errorf("%s: last part ends at %d, want %d", c.name, ends[len(ends)-1], len(ws))
		}
	}
}
