package nlp

import (
	"strings"
	"testing"
)

// TestConjunctNamePasts checks that a regular "-ed" participle after a
// name opening a clause joined by ", and" becomes a simple past when an
// object or a to-infinitive follows, and that participles with an agent,
// a place, no clause-opening ", and", or a later finite verb of their own
// stay as the tagger read them.
func TestConjunctNamePasts(t *testing.T) {
	for _, c := range []struct {
		words, tags string
		at          int
		want        string
	}{
		// ", and China promised to send food"
		{"aid , and China promised to send food", "NN , CC NNP VBN TO VB NN", 4, "VBD"},
		// ", and Japan/JJ promised a further sum"
		{"aid , and Japan promised a further sum", "NN , CC JJ VBN DT JJ NN", 4, "VBD"},
		// ", but the European Union pledged 20 million"
		{"aid , but the European Union pledged 20 million", "NN , CC DT NNP NNP VBN CD CD", 6, "VBD"},
		// negative: an agent follows ("occupied by rebels")
		{"towns , and Chad occupied by rebels", "NNS , CC NNP VBN IN NNS", 4, "VBN"},
		// negative: no comma before "and" (a compound inside a phrase)
		{"aid and China promised to send food", "NN CC NNP VBN TO VB NN", 3, "VBN"},
		// negative: "to" and a noun phrase, a participle's complement
		{"talks , and Japan invited to the talks", "NNS , CC NNP VBN TO DT NNS", 4, "VBN"},
		// negative: the clause has its own finite verb later
		{"aid , and Japan invited to send troops said no", "NN , CC NNP VBN TO VB NNS VBD DT", 4, "VBN"},
		// negative: a lower-case noun is no name
		{"aid , and food promised to refugees", "NN , CC NN VBN TO NNS", 4, "VBN"},
	} {
		ws, ts := strings.Fields(c.words), strings.Fields(c.tags)
		if len(ws) != len(ts) {
			t.Fatalf("%q: %d words, %d tags", c.words, len(ws), len(ts))
		}
		conjunctNamePasts(ws, ts)
		if ts[c.at] != c.want {
			t.Errorf("%q: %s tagged %s, want %s", c.words, ws[c.at], ts[c.at], c.want)
		}
	}
}
