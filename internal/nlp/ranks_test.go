package nlp

import (
	"strings"
	"testing"
)

// testGiven stands for the knowledge base's given names.
func testGiven(w string) bool {
	return wordSet("tom ivan jane frank walter hans peter marc karl anne marie mercedes harley major general")[strings.ToLower(w)]
}

func TestRankedPersons(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A rank read as an organisation, the name after it too.
		{"Army spokesman Colonel Oleh Bondar said", "B-ORG O B-ORG B-PER B-ORG O", "B-ORG O O B-PER I-PER O"},
		{"Colonel Oleh Bondar said", "B-ORG I-ORG I-ORG O", "O B-PER I-PER O"},
		// Two ranks, or an ambiguous rank before a given name.
		{"Major General Dmytro Hale said", "B-ORG I-ORG I-ORG I-ORG O", "O O B-PER I-PER O"},
		{"Captain Tom Moore died", "B-LOC I-LOC I-LOC O", "O B-PER I-PER O"},
		{"Rear Admiral Rostova spoke", "B-ORG I-ORG I-ORG O", "O O B-PER O"},
		// An ambiguous rank before a name whose given name is unknown, the
		// tagger seeing a person in the rest of it; the air forces' ranks.
		{"General Sahir Shamshad Mirza met", "B-ORG B-ORG B-PER I-PER O", "O B-PER I-PER I-PER O"},
		{"General Amara Okonkwo said", "B-ORG I-ORG B-PER O", "O B-PER I-PER O"},
		{"Air Marshal Zaheer Ahmed Babar attended", "B-ORG I-ORG B-PER I-PER I-PER O", "O O B-PER I-PER I-PER O"},
		{"Air Chief Marshal Nattapong Rinsiri spoke", "B-ORG I-ORG I-ORG B-PER I-PER O", "O O O B-PER I-PER O"},
		// After a command title the ambiguous rank is one, whatever the
		// tagger made of the name.
		{"Pakistan 's army chief General Sahir Shamshad Mirza met", "B-GPE O O O B-ORG I-ORG I-ORG I-ORG O", "B-GPE O O O O B-PER I-PER I-PER O"},
		{"the junta leader General Tamu Orvan spoke", "O O O B-ORG I-ORG I-ORG O", "O O O O B-PER I-PER O"},
		// A spokesman's post before the rank is a command title too.
		{"army spokesman General Tamu Orvan told AFP", "O O B-ORG B-ORG I-ORG O B-ORG", "O O O B-PER I-PER O B-ORG"},
		{"the military spokeswoman Major Tamu Orvan said", "O O O B-ORG I-ORG I-ORG O", "O O O O B-PER I-PER O"},
		// A name the tagger read right keeps its tags.
		{"Colonel Oleh Bondar said", "O B-PER I-PER O", "O B-PER I-PER O"},
		// No rank: companies and leagues named with one.
		{"General Motors said", "B-ORG I-ORG O", "B-ORG I-ORG O"},
		{"Major League Baseball said", "B-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG O"},
		{"General Electric Company shares", "B-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG O"},
		{"General Motors Korea said", "B-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG O"},
		{"the former General Motors executive", "O O B-ORG I-ORG O", "O O B-ORG I-ORG O"},
		{"Major League Soccer said", "B-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG O"},
		// A name ending like a place's or a body's, another title after the rank.
		{"Admiral Nimitz Museum opened", "B-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG O"},
		{"Lieutenant Governor Kathy Hochul said", "O O B-PER I-PER O", "O O B-PER I-PER O"},
		// A rank with no name after it.
		{"the Colonel said", "O B-PER O", "O B-PER O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		rankedPersons(words, tags, testGiven)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestHyphenGivenPersons(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"President Frank-Walter Steinmeier criticised", "O O O O", "O B-PER I-PER O"},
		{"Hans-Peter Friedrich spoke", "O B-PER O", "B-PER I-PER O"},
		{"Jean-Marc Ayrault met", "B-ORG I-ORG O", "B-PER I-PER O"},
		{"Anne-Marie Le Roux said", "O B-PER I-PER O", "B-PER I-PER I-PER O"},
		// Already a person.
		{"Karl-Heinz Rummenigge said", "B-PER I-PER O", "B-PER I-PER O"},
		// Names of companies and places with one given name or none.
		{"Mercedes-Benz Group said", "B-ORG I-ORG O", "B-ORG I-ORG O"},
		{"Harley-Davidson Motor Company", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"},
		{"Baden-Wuerttemberg State said", "B-LOC I-LOC O", "B-LOC I-LOC O"},
		// A rank written with a hyphen, its halves given names in the list.
		{"Major-General Nikolai Sherbatov said", "O B-PER I-PER O", "O B-PER I-PER O"},
		// No name after it.
		{"Frank-Walter said", "O O", "O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		hyphenGivenPersons(words, tags, testGiven)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestSplitRolePersons(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"regional prefect Thierry Bonnier said", "O O B-ORG B-PER O", "O O B-PER I-PER O"},
		{"party spokesman Tom Ade said", "B-ORG O B-GPE B-PER O", "B-ORG O B-PER I-PER O"},
		// A three-word name the tagger split into two persons.
		{"parliament speaker Mahinda Yapa Abeywardena said", "B-ORG O B-PER I-PER B-PER O", "B-ORG O B-PER I-PER I-PER O"},
		{"spokesman Tom Ade Lunga said", "O B-PER B-PER I-PER O", "O B-PER I-PER I-PER O"},
		// A body's representative or official is named after the role.
		{"UNICEF representative Amina Lasso said", "B-ORG O B-ORG B-PER O", "B-ORG O B-PER I-PER O"},
		{"WFP official Amina Lasso said", "B-ORG O B-ORG B-PER O", "B-ORG O B-PER I-PER O"},
		// "official" after an article is the adjective: left alone.
		{"the official Xinhua Kinta said", "O O B-ORG B-PER O", "O O B-ORG B-PER O"},
		// Two persons of four words, or with an acronym, stay apart.
		{"spokesman Tom Ade Lunga Obi said", "O B-PER I-PER B-PER I-PER O", "O B-PER I-PER B-PER I-PER O"},
		{"spokesman Tom Ade KANU said", "O B-PER I-PER B-PER O", "O B-PER I-PER B-PER O"},
		// No role word before, an acronym, a longer run.
		{"told Reuters Jane Roe", "O B-ORG B-PER I-PER", "O B-ORG B-PER I-PER"},
		{"spokesman NATO Jane Roe", "O B-ORG B-PER I-PER", "O B-ORG B-PER I-PER"},
		{"spokesman Acme Jane Anne Roe", "O B-ORG B-PER I-PER I-PER", "O B-ORG B-PER I-PER I-PER"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		splitRolePersons(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
