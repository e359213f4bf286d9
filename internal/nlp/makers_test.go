package nlp

import (
	"strings"
	"testing"
)

// A capitalised run after a product maker ("e-cigarette maker", "drugmaker")
// is one company, whatever the tagger called it; a person's trade ("policy
// maker", "wine maker"), a given name after a two-word cue, and a run the
// tagger already made an organisation or a place are left alone.
func TestMakerCompanies(t *testing.T) {
	given := func(w string) bool { return w == "Anna" || w == "John" }
	for _, c := range []tagCase{
		{"shares in e-cigarette maker Juul Labs fell", "O O O O B-PER O O", "O O O O B-ORG I-ORG O"},
		{"said drugmaker Biogen would buy it", "O O B-PER O O O", "O O B-ORG O O O"},
		{"Drugmaker Keller said profit rose", "O B-PER O O O", "O B-ORG O O O"},
		{"a stake in vaccine maker Orland Bio Works .", "O O O O O B-PER I-PER O O", "O O O O O B-ORG I-ORG I-ORG O"},
		{"Chipmaker Nvidia rose", "B-ORG I-ORG O", "O B-ORG O"},
		// Near misses: a person's trade; a given name after a two-word
		// cue; an organisation or place already; a lawmaker.
		{"the policy maker John Marsh said", "O O O B-PER I-PER O", "O O O B-PER I-PER O"},
		{"the cheese maker Anna Rossi said", "O O O B-PER I-PER O", "O O O B-PER I-PER O"},
		{"toy maker Anna Rossi said", "O O B-PER I-PER O", "O O B-PER I-PER O"},
		{"carmaker Toyota said", "O B-ORG O", "O B-ORG O"},
		{"lawmaker Ruth Keller said", "O B-PER I-PER O", "O B-PER I-PER O"},
		{"the maker Keller said", "O O B-PER O", "O O B-PER O"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		makerCompanies([][]string{ws}, [][]string{tags}, given)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("makerCompanies(%q) = %s, want %s", c.words, got, c.want)
		}
	}
	// The company's one-word mentions elsewhere the tagger called a
	// person are the company too; a two-word person is not.
	sents := [][]string{strings.Fields("drugmaker Biogen said profit rose"), strings.Fields("Biogen shares rose"), strings.Fields("Ann Biogen spoke")}
	tags := [][]string{strings.Fields("O B-PER O O O"), strings.Fields("B-PER O O"), strings.Fields("B-PER I-PER O")}
	makerCompanies(sents, tags, given)
	if got := strings.Join(tags[1], " ") + " | " + strings.Join(tags[2], " "); got != "B-ORG O O | B-PER I-PER O" {
		t.Errorf("propagation: got %s", got)
	}
}

// Company suffix words (Labs, Therapeutics, Biotech, Biosciences,
// Genomics) make the whole capitalised run before them one organisation.
func TestBiotechHeads(t *testing.T) {
	runTagCases(t, "markCompanyHeads", markCompanyHeads, []tagCase{
		{"Sage Therapeutics said it would sell", "O B-ORG O O O O", "B-ORG I-ORG O O O O"},
		{"the deal was backed by Tallis Biotech .", "O O O O O B-PER O O", "O O O O O B-ORG I-ORG O"},
		{"shares of Brand Labs fell", "O O O O O", "O O B-ORG I-ORG O"},
		{"Orland Biosciences and Pellam Genomics merged", "B-PER O O B-PER O O", "B-ORG I-ORG O B-ORG I-ORG O"},
		// Near misses: lower-case heads name no company.
		{"the Sage labs said", "O B-PER O O", "O B-PER O O"},
		{"Keller said biotech shares rose", "B-PER O O O O", "B-PER O O O O"},
	})
	runTagCases(t, "markCorporate", markCorporate, []tagCase{
		{"Juul Labs said", "B-PER I-PER O", "B-ORG I-ORG O"},
		{"Anna Therapeutics said", "B-PER I-PER O", "B-ORG I-ORG O"},
		{"Anna Keller said", "B-PER I-PER O", "B-PER I-PER O"},
	})
}
