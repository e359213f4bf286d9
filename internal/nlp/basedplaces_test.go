package nlp

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestPlaceCompounds runs the whole tagger: the place before "-based" or
// "-headquartered" is a GPE mention ending at the hyphen; a name that is no
// place, and a lower-case compound, give none; the word's own tags
// (CoNLL's MISC for the compound) are not changed.
func TestPlaceCompounds(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, text, want string }{
		{"a city of two words", "A Kuala Lumpur-based analyst said the vote was close.", "GPE:Kuala Lumpur"},
		{"a city of one word", "A Geneva-based rights group condemned the arrests.", "GPE:Geneva"},
		{"a country", "The Kenya-based charity said it would resume deliveries.", "GPE:Kenya"},
		{"headquartered", "The Nairobi-headquartered lender raised rates on Monday.", "GPE:Nairobi"},
		{"a lower-case compound is no place", "The community-based programme ended in March.", ""},
		{"a word that is no known place", "The Zorblat-based firm said profits rose.", ""},
	} {
		a := &model.Article{Text: c.text}
		var got []string
		for _, e := range an.Tag(c.text, Sentences(a), false) {
			if e.Type == model.EntityGPE || e.Type == model.EntityLoc || e.Type == model.EntityMisc {
				got = append(got, e.Type+":"+e.Text)
			}
			if c.text[e.Start:e.End] != e.Text {
				t.Errorf("%s: entity %q at %d-%d is not the text there", c.name, e.Text, e.Start, e.End)
			}
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%s: %q:\n got %s\nwant %s", c.name, c.text, g, c.want)
		}
	}
	// The tags of the words stay the tagger's: the compound is one word,
	// which the CoNLL guidelines tag MISC, and no GPE.
	words := strings.Fields("A Kuala Lumpur-based analyst said the vote was close .")
	tags := an.TagDocument([][]string{words})[0]
	if tags[2] == "B-"+model.EntityGPE || tags[2] == "I-"+model.EntityGPE {
		t.Errorf("TagDocument tagged the compound %q %s; want the tagger's reading", words[2], tags[2])
	}
}
