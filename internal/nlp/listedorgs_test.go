package nlp

import (
	"strings"
	"testing"
)

func TestListedOrgNames(t *testing.T) {
	known := func(words []string) bool {
		return wordSet("oxfam care")[strings.ToLower(strings.Join(words, " "))]
	}
	for _, c := range []struct{ words, tags, want string }{
		// A union listing its members' trades, split at the comma.
		{"The Kenya Medical Practitioners , Pharmacists and Dentists Union said",
			"O B-ORG I-ORG I-ORG O B-ORG I-ORG I-ORG I-ORG O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"the Rail , Maritime and Transport Workers Federation called",
			"O B-ORG O B-ORG O B-ORG I-ORG I-ORG O",
			"O B-ORG O B-ORG O B-ORG I-ORG I-ORG O"}, // no plural items: "Rail", "Maritime"
		// The first item's organisation begins before the words read.
		{"National Union of Teachers , Lecturers and Allied Workers Association said",
			"B-ORG I-ORG I-ORG I-ORG O B-ORG O B-ORG I-ORG I-ORG O",
			"B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O"},
		// Lists of names keep their items: places, acronyms, known bodies.
		{"Germany , France and European Union officials",
			"B-GPE O B-GPE O B-ORG I-ORG O",
			"B-GPE O B-GPE O B-ORG I-ORG O"},
		{"Oxfam , CARE and Norwegian Refugee Council said",
			"B-ORG O B-ORG I-ORG I-ORG I-ORG I-ORG O",
			"B-ORG O B-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"Oxfam , Doctors and Norwegian Refugee Council said",
			"B-ORG O B-ORG O B-ORG I-ORG I-ORG O",
			"B-ORG O B-ORG O B-ORG I-ORG I-ORG O"}, // "Norwegian Refugee" ends in no plural
		// No comma: nothing to join.
		{"the Pharmacists and Dentists Union said", "O B-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		listedOrgNames(words, tags, known)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}
