package nlp

import (
	"strings"
	"testing"
)

// TestMarkBarePartyPlurals: a bare capitalised "Democrats" or
// "Republicans" the tagger left untagged becomes a MISC span; a body's
// name going on past it, a lower-case word and a title-case line do not.
func TestMarkBarePartyPlurals(t *testing.T) {
	for _, c := range []struct {
		text, tags string
	}{
		{"The Democrats said they would oppose the bill .", "O B-MISC O O O O O O O"},
		{"Republicans blocked the vote on Tuesday .", "B-MISC O O O O O O"},
		{"He said the Democrats would lose .", "O O O B-MISC O O O"},
		{"Sunak said the Tories would win .", "O O O B-MISC O O O"},
		{"The Tories blocked the vote .", "O B-MISC O O O O"},
		// Near misses.
		{"Republicans Overseas said it would campaign .", "O O O O O O O"},
		{"the democrats of the village met .", "O O O O O O O"},
		{"Democrats Win Big In Key Races", "O O O O O O"},
		{"the tories of the shire met .", "O O O O O O O"},
		// "Conservatives" is the tagger's to read: the members of a
		// party as often as the party.
		{"Conservatives have only 10 seats .", "O O O O O O"},
		{"some conservatives in the party objected .", "O O O O O O O"},
	} {
		words := strings.Fields(c.text)
		tags := make([]string, len(words))
		for i := range tags {
			tags[i] = "O"
		}
		markBarePartyPlurals(words, tags)
		if got := strings.Join(tags, " "); got != c.tags {
			t.Errorf("%q:\n got %s\nwant %s", c.text, got, c.tags)
		}
	}
}
