package nlp

import (
	"strings"
	"testing"
)

func TestNameSubjectPasts(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"The Gambia cut ties with Taiwan in 2013 .", "DT NNP NN NNS IN NNP IN CD .", "DT NNP VBD NNS IN NNP IN CD ."},
		{"The Netherlands set a deadline", "DT NNPS NN DT NN", "DT NNPS VBD DT NN"},
		{"Burkina Faso cut its aid", "NNP NNP JJ PRP$ NN", "NNP NNP VBD PRP$ NN"},
		// Kept: a compound with a finite verb of its own later in the
		// clause, a name inside the sentence, a name as the object, a
		// lower-case "the", a word no unchanged verb.
		{"The UN cost estimates for 2024 were revised .", "DT NNP NN NNS IN CD VBD VBN .", "DT NNP NN NNS IN CD VBD VBN ."},
		{"talks on the Gambia cut ties", "NNS IN DT NNP NN NNS", "NNS IN DT NNP NN NNS"},
		{"Nigeria beat Ghana 2-1", "NNP NN NNP CD", "NNP NN NNP CD"},
		{"The Gambia rally drew crowds", "DT NNP NN VBD NNS", "DT NNP NN VBD NNS"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		nameSubjectPasts(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

// TestCollectivePluralSubjectVerbs: "police" heads a plural subject though
// tagged NN, and "beat" is an unchanged past as "cut" is.
func TestCollectivePluralSubjectVerbs(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"Police beat protesters outside the stadium", "NN NN NNS IN DT NN", "NN VBD NNS IN DT NN"},
		{"Riot police beat demonstrators with batons", "NNP NN NN NNS IN NNS", "NNP NN VBD NNS IN NNS"},
		{"Security forces beat students at the university", "NN NNS JJ NNS IN DT NN", "NN NNS VBD NNS IN DT NN"},
		// Kept: a singular head, a compound followed by its verb, a
		// noun "beat" after a determiner.
		{"the police beat reporter was", "DT NN NN NN VBD", "DT NN NN NN VBD"},
		{"a patrol beat the", "DT NN NN DT", "DT NN NN DT"},
		{"on the police beat", "IN DT NN NN", "IN DT NN NN"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		pluralSubjectVerbs(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
