package nlp

import (
	"strings"
	"testing"
)

type tagCase struct{ words, tags, want string }

func runTagCases(t *testing.T, name string, fn func(ws, tags []string), cases []tagCase) {
	t.Helper()
	for _, c := range cases {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		if len(ws) != len(tags) {
			t.Fatalf("%q: %d words, %d tags", c.words, len(ws), len(tags))
		}
		fn(ws, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%s(%q) = %s, want %s", name, c.words, got, c.want)
		}
	}
}

// "The <Name> Foundation/Trust/Institute/Fund" is one organisation, never
// the person the tagger found in its name.
func TestFoundationNames(t *testing.T) {
	runTagCases(t, "foundationNames", foundationNames, []tagCase{
		{"The Gates Foundation funded the trial", "O B-PER O O O O", "O B-ORG I-ORG O O O"},
		{"a grant from the Ann Lee Trust , officials said", "O O O O B-PER I-PER O O O O", "O O O O B-ORG I-ORG I-ORG O O O"},
		{"funded by the Ann Lee Institute .", "O O O B-ORG B-PER I-PER O", "O O O B-ORG I-ORG I-ORG O"},
		// Near misses: a title before the name; the name going on after
		// the head; a lower-case head; a place before the head.
		{"said Minister Ann Lee Foundation", "O O B-PER I-PER O", "O O B-PER I-PER O"},
		{"the Ann Lee Trust Bank said", "O B-PER I-PER O O O", "O B-PER I-PER O O O"},
		{"Ann Lee 's foundation said", "B-PER I-PER O O O", "B-PER I-PER O O O"},
		{"the Qatar Foundation said", "O B-GPE O O", "O B-GPE O O"},
	})
}

// A street with a house number or a postcode is a place of its own (no
// organisation, no person), its number outside; a company named
// with a street word is left alone.
func TestStreetAddresses(t *testing.T) {
	runTagCases(t, "streetAddresses", streetAddresses, []tagCase{
		{"Inditex , Avenida de la Diputación , 15143 Arteixo , Spain", "B-PER O B-ORG I-ORG O O O O O O B-LOC",
			"B-PER O B-LOC I-LOC I-LOC I-LOC O O O O B-LOC"},
		{"offices at Calle Mayor 3 , La Paz", "O O B-PER I-PER O O B-LOC I-LOC", "O O B-LOC I-LOC O O B-LOC I-LOC"},
		{"based at Rua Augusta 24 , Lisbon", "O O B-ORG I-ORG O O B-LOC", "O O B-LOC I-LOC O O B-LOC"},
		{"at Harbour Road 15 , Wan Chai", "O B-ORG I-ORG O O B-LOC I-LOC", "O B-LOC I-LOC O O B-LOC I-LOC"},
		{"at Berliner Strasse 12 , Berlin", "O B-LOC I-LOC O O B-LOC", "O B-LOC I-LOC O O B-LOC"},
		// Near misses: no number after the name; an English number before
		// it.
		{"at 120 Lafayette Street , Manhattan", "O O B-ORG I-ORG O B-LOC", "O O B-ORG I-ORG O B-LOC"},
		{"Avenue Capital said it sold its stake", "B-ORG I-ORG O O O O O", "B-ORG I-ORG O O O O O"},
		{"Via Rail said trains would run", "B-ORG I-ORG O O O O", "B-ORG I-ORG O O O O"},
		{"Calle Mayor is a busy street", "B-LOC I-LOC O O O O", "B-LOC I-LOC O O O O"},
	})
}

// A body's name after a minister's "X of Y" title is no person's.
func TestPortfolioBodyTails(t *testing.T) {
	runTagCases(t, "portfolioTitles", portfolioTitles, []tagCase{
		{"The Minister of Interior Security Service said", "O O O B-ORG I-ORG I-ORG O", "O O O B-ORG I-ORG I-ORG O"},
		{"the Minister of Defence Border Guard said", "O O O B-ORG I-ORG I-ORG O", "O O O B-ORG I-ORG I-ORG O"},
		// Near miss: a person's name after the portfolio.
		{"the Minister of Interior Security Ann Lee said", "O O O B-ORG I-ORG I-ORG I-ORG O", "O O O O O B-PER I-PER O"},
	})
}

// A one-word "person" a sentence calls a company is an organisation.
func TestCompanyCuePersons(t *testing.T) {
	for _, c := range []struct{ text, tags, want string }{
		{"Safaricom apologised to customers after an outage .|Safaricom said service was restored .",
			"B-PER O O O O O O O|B-PER O O O O O O", "B-ORG O O O O O O O|B-ORG O O O O O O"},
		{"Ampex said quarterly profit fell .", "B-PER O O O O O", "B-ORG O O O O O"},
		{"Ampex , the telecoms operator , raised prices .", "B-PER O O O O O O O O", "B-ORG O O O O O O O O"},
		// Near misses: a person's pronoun; a given name; a family name of a
		// person named in full; "shares" a verb; a title before the name.
		{"Mwangi said he shares the view .", "B-PER O O O O O O", "B-PER O O O O O O"},
		{"Mary told customers she was sorry .", "B-PER O O O O O O", "B-PER O O O O O O"},
		{"Ann Ampex runs a shop .|Ampex told customers prices would rise .",
			"B-PER I-PER O O O O|B-PER O O O O O O", "B-PER I-PER O O O O|B-PER O O O O O O"},
		{"Ampex would profit from the deal .", "B-PER O O O O O O", "B-PER O O O O O O"},
		{"Minister Ampex told shareholders to wait .", "O B-PER O O O O O", "O B-PER O O O O O"},
	} {
		var sents, tags [][]string
		for _, s := range strings.Split(c.text, "|") {
			sents = append(sents, strings.Fields(s))
		}
		for _, s := range strings.Split(c.tags, "|") {
			tags = append(tags, strings.Fields(s))
		}
		given := func(w string) bool { return w == "Mary" || w == "Ann" }
		companyCuePersons(sents, tags, given, func(string) bool { return false })
		var got []string
		for _, ts := range tags {
			got = append(got, strings.Join(ts, " "))
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("companyCuePersons(%q) = %s, want %s", c.text, g, c.want)
		}
	}
}
