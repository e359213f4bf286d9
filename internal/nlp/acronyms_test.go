package nlp

import (
	"strings"
	"testing"
)

func TestMarkAcronyms(t *testing.T) {
	noPlace := func([]string) bool { return false }
	for _, c := range []struct{ words, tags, want string }{
		// The initials spell the acronym: the untagged name and its
		// acronym are one organisation, and so is the later use.
		{"The Greater Delmont Fair Housing Action Center ( GDFHAC ) sued . | GDFHAC said so .",
			"O O B-LOC O O O O O O O O O | O O O O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O B-ORG O O O | B-ORG O O O"},
		// Linking words may be skipped; a place inside the name is taken in.
		{"The Housing Authority of Port Ellis ( HAPE ) agreed .",
			"O B-ORG I-ORG O B-LOC I-LOC O O O O O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG O B-ORG O O O"},
		// One capitalised word may be left out.
		{"The European Centre for Disease Prevention and Control ( ECDC ) said .",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O O O O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O B-ORG O O O"},
		// A name the tagger found whole lends its type; a later use tagged
		// as a one-word place is retyped.
		{"Members of the Movement for Democratic Renewal ( MDR ) met . | The MDR leader spoke . | MDR won .",
			"O O O B-ORG I-ORG I-ORG I-ORG O O O O O | O O O O O | B-LOC O O",
			"O O O B-ORG I-ORG I-ORG I-ORG O B-ORG O O O | O B-ORG O O O | B-ORG O O"},
		// An organisation's name followed by an acronym that does not spell
		// it (another language's) still names the acronym.
		{"The Worldwide Nature Union ( UICN ) warned .", "O B-ORG I-ORG I-ORG O O O O O",
			"O B-ORG I-ORG I-ORG O B-ORG O O O"},
		// The tagger's span holds the spelt name and more: it stays whole.
		{"The United Nations Food and Agriculture Organization ( FAO ) warned .",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O O O O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O B-ORG O O O"},
		// A treaty's name: its head ("Convention" before "of") ends no
		// organisation's name, whatever the tagger found inside it.
		{"The Convention of the Conservation of Antarctic Marine Living Resources ( CCAMLR ) applies .",
			"O O O O O O B-ORG I-ORG O O O O O O O",
			"O O O O O O B-ORG I-ORG O O O O O O O"},
		// ", or ACRONYM," defines it as brackets do.
		{"The Northern Farmers Union , or NFU , called a strike . | The NFU said so .",
			"O O O O O O O O O O O O | O O O O O",
			"O B-ORG I-ORG I-ORG O O B-ORG O O O O O | O B-ORG O O O"},
		// ... but not after a term, a person, or a word that does not stand
		// like an acronym.
		{"Gross Domestic Product , or GDP , rose .", "O O O O O O O O O", "O O O O O O O O O"},
		{"John Fitzgerald Kennedy , or JFK , spoke .", "B-PER I-PER I-PER O O O O O O", "B-PER I-PER I-PER O O O O O O"},
		{"The Northern Farmers Union , or NFU members , met .", "O O O O O O O O O O O", "O O O O O O O O O O O"},
		// A person's initials.
		{"John Fitzgerald Kennedy ( JFK ) spoke .", "B-PER I-PER I-PER O O O O O", "B-PER I-PER I-PER O O O O O"},
		// Capitalised terms are no organisation.
		{"Gross Domestic Product ( GDP ) rose .", "O O O O O O O O", "O O O O O O O O"},
		{"The Chief Executive Officer ( CEO ) resigned .", "O O O O O O O O O", "O O O O O O O O O"},
		// A place before an acronym that is not its own ( a time zone ).
		{"Flights leave Portland ( PDT ) at noon .", "O O B-LOC O O O O O O", "O O B-LOC O O O O O O"},
		// A longer span holding the acronym is left alone.
		{"The Union of Farm Workers ( UFW ) met . | The UFW Youth League protested .",
			"O B-ORG I-ORG I-ORG I-ORG O O O O O | O B-ORG I-ORG I-ORG O O",
			"O B-ORG I-ORG I-ORG I-ORG O B-ORG O O O | O B-ORG I-ORG I-ORG O O"},
	} {
		var sents, tags [][]string
		for _, s := range strings.Split(c.words, " | ") {
			sents = append(sents, strings.Fields(s))
		}
		for _, s := range strings.Split(c.tags, " | ") {
			tags = append(tags, strings.Fields(s))
		}
		markAcronyms(sents, tags, noPlace)
		var got []string
		for _, ts := range tags {
			got = append(got, strings.Join(ts, " "))
		}
		if g := strings.Join(got, " | "); g != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, g, c.want)
		}
	}
}

func TestAcronymPlace(t *testing.T) {
	// A known place's name lends its acronym the place's type.
	place := func(ws []string) bool { return strings.Join(ws, " ") == "Republic of Verania" }
	sents := [][]string{strings.Fields("Fighting in the Republic of Verania ( RV ) went on ."), strings.Fields("RV troops advanced .")}
	tags := [][]string{strings.Fields("O O O B-ORG O B-LOC O O O O O O"), strings.Fields("O O O O")}
	markAcronyms(sents, tags, place)
	want := "O O O B-GPE I-GPE I-GPE O B-GPE O O O O | B-GPE O O O"
	if got := strings.Join(tags[0], " ") + " | " + strings.Join(tags[1], " "); got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

func TestInitialsMatch(t *testing.T) {
	for _, c := range []struct {
		name, acr string
		want      bool
	}{
		{"National Union of Mineworkers", "NUM", true},
		{"Organization for Security and Co-operation in Europe", "OSCE", true},
		{"US National Hurricane Center", "USNHC", true},
		{"National Association for the Advancement of Colored People", "NAACP", true},
		{"Procter & Gamble", "P&G", true},
		{"National Union of Mineworkers", "NUT", false},
		// The first and the last word must be spelt.
		{"Daily Mineworkers Union", "MU", false},
		{"National Mineworkers Union", "NM", false},
	} {
		if got := initialsMatch(strings.Fields(c.name), c.acr); got != c.want {
			t.Errorf("initialsMatch(%q, %q) = %v, want %v", c.name, c.acr, got, c.want)
		}
	}
}
