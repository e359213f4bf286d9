package nlp

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/nlp/tagger"
)

func TestRelabelPlaces(t *testing.T) {
	gaz := tagger.NewGazetteer([]tagger.GazName{
		{Words: []string{"Turkey"}, Type: "GPE"},
		{Words: []string{"Sudan"}, Type: "GPE"},
		{Words: []string{"Darfur"}, Type: "LOC"},
		{Words: []string{"U.N."}, Type: "ORG"},
	})
	mk := func(src, words, tags string) tagger.TrainSentence {
		return tagger.TrainSentence{Words: strings.Fields(words), Tags: strings.Fields(tags), Source: src}
	}
	data := []tagger.TrainSentence{
		// A country standing for its government, a country typed gpe
		// (NORP), a region typed org: all become LOC.
		mk("gmb", "Turkey said Sudan and Darfur talks failed", "B-ORG O B-NORP O B-ORG O O"),
		// Not a whole known place ("Turkey 's army"), or a known
		// organisation: kept.
		mk("gmb", "Turkey 's army met U.N. envoys", "B-ORG I-ORG I-ORG O B-ORG O"),
		// Another corpus: kept.
		mk("btc", "Turkey said", "B-ORG O"),
	}
	if n := relabelPlaces(data, gaz, "gmb"); n != 3 {
		t.Errorf("relabelled %d spans, want 3", n)
	}
	want := []string{"B-LOC O B-LOC O B-LOC O O", "B-ORG I-ORG I-ORG O B-ORG O", "B-ORG O"}
	for i, s := range data {
		if got := strings.Join(s.Tags, " "); got != want[i] {
			t.Errorf("sentence %d: got %s, want %s", i, got, want[i])
		}
	}
}

func TestRelabelPersons(t *testing.T) {
	mk := func(src, words, tags string) tagger.TrainSentence {
		return tagger.TrainSentence{Words: strings.Fields(words), Tags: strings.Fields(tags), Source: src}
	}
	data := []tagger.TrainSentence{
		// The corpus's evidence: "Mr. Tarvo" twice, "Mrs. Orlan" twice,
		// "Yuri" begins two person spans.
		mk("gmb", "Mr. Tarvo met Mrs. Orlan", "O B-PER O O B-PER"),
		mk("gmb", "Mr. Tarvo and Mrs. Orlan left", "O B-PER O O B-PER O"),
		mk("gmb", "Yuri Lanz and Yuri Penk spoke", "B-PER I-PER O B-PER I-PER O"),
		// A politician's name typed ORG, with a given name or a title
		// before it: PER, the title O.
		mk("gmb", "Tarvo said Yuri Orlan and President Tarvo agreed", "B-ORG O B-ORG I-ORG O B-ORG I-ORG O"),
		// An organisation's head, an unknown first word, a family name
		// never after "Mr.", another corpus: kept.
		mk("gmb", "the Tarvo Foundation and Blue Orlan and Penk", "O B-ORG I-ORG O B-ORG I-ORG O B-ORG"),
		mk("btc", "Tarvo said", "B-ORG O"),
	}
	if n := relabelPersons(data, "gmb"); n != 3 {
		t.Errorf("relabelled %d spans, want 3", n)
	}
	want := []string{"B-PER O B-PER I-PER O O B-PER O", "O B-ORG I-ORG O B-ORG I-ORG O B-ORG", "B-ORG O"}
	for i, s := range data[3:] {
		if got := strings.Join(s.Tags, " "); got != want[i] {
			t.Errorf("sentence %d: got %s, want %s", i, got, want[i])
		}
	}
}
