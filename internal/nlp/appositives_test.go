package nlp

import (
	"strings"
	"testing"
)

// TestOrgAppositive: an appositive naming a kind of body after a name
// makes it an organisation; one naming a person's place in a body does
// not.
func TestOrgAppositive(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Gavi , the vaccine alliance , said it would send doses .", true},
		{"Frontex , the EU border agency , said arrivals fell .", true},
		{"Kelvex , a Norwegian shipping company , said on Monday it had sold two vessels .", true},
		{"Talvo , the consortium .", true},
		{"Smith , the head of the agency , said on Monday the plan was dead .", false},
		{"Jones , the group 's chief executive , resigned on Friday .", false},
		{"Brown , a company spokesman , declined to comment .", false},
		{"Lee , who founded the firm , said sales rose .", false},
		{"Garcia said the agency , not the ministry , was to blame .", false},
	} {
		ws := strings.Fields(c.text)
		if got := orgAppositive(ws, 0); got != c.want {
			t.Errorf("orgAppositive(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestSplitPossessiveOrgs: an organisation's span running over a known
// owner's possessive is cut into the owner and the body it owns, carried
// over the "for/of" phrases of the owned body's formal name.
func TestSplitPossessiveOrgs(t *testing.T) {
	knownBodies := map[string]bool{"World Bank": true, "United Nations": true, "IMF": true}
	owner := func(ws []string) bool { return knownBodies[strings.Join(ws, " ")] }
	known := func(ws []string) bool {
		s := strings.Join(ws, " ")
		return knownBodies[s] || s == "McDonald 's" || s == "Berkeley"
	}
	for _, c := range []struct{ text, tags, want string }{
		{"at the World Bank 's International Centre for Settlement of Investment Disputes against Peru .",
			"O O B-ORG I-ORG I-ORG I-ORG I-ORG O O O O O O B-GPE O",
			"O O B-ORG I-ORG O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O B-GPE O"},
		{"the United Nations ' International Court of Justice ruled .",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O",
			"O B-ORG I-ORG O B-ORG I-ORG I-ORG I-ORG O O"},
		{"the IMF 's Office of the Environment and Rural Affairs said .",
			"O B-ORG I-ORG I-ORG O O O O O O O",
			"O B-ORG O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O"},
		// An owner that is no known body (a place, often standing for its
		// university: Berkeley) is left whole.
		{"he joined Berkeley 's Department of Linguistics .",
			"O O B-ORG I-ORG I-ORG I-ORG I-ORG O",
			"O O B-ORG I-ORG I-ORG I-ORG I-ORG O"},
		// A name in the genitive the knowledge base knows stays whole.
		{"McDonald 's Golden Arches Foundation said .",
			"B-ORG I-ORG I-ORG I-ORG I-ORG O O",
			"B-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		// An owner the knowledge base does not know as a body is left.
		{"Acme 's Office of Compliance said .",
			"B-ORG I-ORG I-ORG O O O O",
			"B-ORG I-ORG I-ORG O O O O"},
		// One owned word is no formal name: "the World Bank's Board".
		{"the World Bank 's Board met .",
			"O B-ORG I-ORG I-ORG I-ORG O O",
			"O B-ORG I-ORG I-ORG I-ORG O O"},
	} {
		ws := strings.Fields(c.text)
		tags := strings.Fields(c.tags)
		splitPossessiveOrgs(ws, tags, owner, known)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}

// TestAppositivePersons: a two- or three-word name the tagger called an
// organisation is a person when an appositive naming a person's post
// follows it; a body's appositive, or a name shaped like a body's, stays.
func TestAppositivePersons(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"Meenakshi Ganguly , the group 's deputy Asia director , said", "B-ORG I-ORG O O O O O B-LOC O O O", "B-PER I-PER O O O O O B-LOC O O O"},
		{"Jane Roe , a spokeswoman for the ministry , said", "B-ORG I-ORG O O O O O O O O", "B-PER I-PER O O O O O O O O"},
		{"Ana Lucia Prado , the head of the agency , said", "B-ORG I-ORG I-ORG O O O O O O O O", "B-PER I-PER I-PER O O O O O O O O"},
		// No article: a post "of" a named body right after the comma.
		{"Raila Odinga , leader of the ODM party , said", "B-ORG I-ORG O O O O B-ORG O O O", "B-PER I-PER O O O O B-ORG O O O"},
		{"Jane Roe , secretary general of the union , said", "B-ORG I-ORG O O O O O O O O", "B-PER I-PER O O O O O O O O"},
		// No article and no "of" after the post: a body's description.
		{"Kelvex Shipping , leader in tankers , said", "B-ORG I-ORG O O O O O O", "B-ORG I-ORG O O O O O O"},
		{"Kelvex Shipping , chief supplier to the navy , said", "B-ORG I-ORG O O O O O O O O", "B-ORG I-ORG O O O O O O O O"},
		// A body's appositive, a body's name, one word, a role after "of".
		{"Kelvex Shipping , a Norwegian company , said", "B-ORG I-ORG O O O O O O", "B-ORG I-ORG O O O O O O"},
		{"Kestrel Holdings , the company 's chief executive , said", "B-ORG I-ORG O O O O O O O O", "B-ORG I-ORG O O O O O O O O"},
		{"Kelvex , the group 's director , said", "B-ORG O O O O O O O", "B-ORG O O O O O O O"},
		{"Talvo Group , a coalition of former ministers , said", "B-ORG I-ORG O O O O O O O O", "B-ORG I-ORG O O O O O O O O"},
		{"Amnesty International , the group whose director spoke", "B-ORG I-ORG O O O O O O", "B-ORG I-ORG O O O O O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		appositivePersons(words, tags, nil)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}
