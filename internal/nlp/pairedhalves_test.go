package nlp

import (
	"strings"
	"testing"
)

func TestPairedHalves(t *testing.T) {
	for _, c := range []struct{ doc, tags, want string }{
		// A half named: the other, bare after "the", is a place.
		{"North Korea fired a missile . | The South condemned the launch .",
			"B-GPE I-GPE O O O O | O O O O O O", "B-GPE I-GPE O O O O | O B-LOC O O O O"},
		{"South Sudan closed its border . | The North accused the South 's army .",
			"B-GPE I-GPE O O O O | O O O O O O O O", "B-GPE I-GPE O O O O | O B-LOC O O B-LOC O O O"},
		// No half named: a region of the country stays as the tagger read it.
		{"Nigeria 's army fought in the North .", "B-GPE O O O O O O O", "B-GPE O O O O O O O"},
		// A longer name after "the" is left alone.
		{"North Korea sent ships to the South China Sea .", "B-GPE I-GPE O O O O O O O O",
			"B-GPE I-GPE O O O O O O O O"},
	} {
		var sents, tags [][]string
		for k, s := range strings.Split(c.doc, " | ") {
			sents = append(sents, strings.Fields(s))
			tags = append(tags, strings.Fields(strings.Split(c.tags, " | ")[k]))
		}
		pairedHalves(sents, tags)
		var got []string
		for _, ts := range tags {
			got = append(got, strings.Join(ts, " "))
		}
		if g := strings.Join(got, " | "); g != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.doc, g, c.want)
		}
	}
}
