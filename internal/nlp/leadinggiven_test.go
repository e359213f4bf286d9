package nlp

import (
	"strings"
	"testing"
)

// TestLeadingGivenNames: an untagged proper noun (or a one-word
// organisation the knowledge base does not know) opening the sentence (or
// following a dateline's dash or the comma closing a fronted clause) joins the person after it when the person is
// the subject of a finite verb; a role, a place, a known body, a
// nationality, a weekday, a word the POS tagger reads as no proper noun,
// a word before a whole name (a title: "Fullback Andre Joubert") and a name
// followed by no verb are left alone.
func TestLeadingGivenNames(t *testing.T) {
	known := map[string]bool{"Gaza": true, "Hamas": true, "Iranian": true}
	notPerson := func(ws []string) bool { return known[strings.Join(ws, " ")] }
	place := func(ws []string) bool { return strings.Join(ws, " ") == "Gaza" }
	role := func(w string) bool { return w == "spokesman" || w == "coach" }
	for _, c := range []struct{ words, pos, tags, want string }{
		{"Avichay Adraee posted on X that residents must leave .", "NNP NNP VBD IN NNP IN NNS MD VB .",
			"O B-PER O O O O O O O O", "B-PER I-PER O O O O O O O O"},
		{"Yonit Bar-Lev wrote on Telegram that talks had failed .", "NNP NNP VBD IN NNP IN NNS VBD VBN .",
			"O B-PER O O B-ORG O O O O O", "B-PER I-PER O O B-ORG O O O O O"},
		{"JERUSALEM - Avichay Adraee warns residents .", "NNP : NNP NNP VBZ NNS .",
			"B-GPE O O B-PER O O O", "B-GPE O B-PER I-PER O O O"},
		// After the comma closing a fronted clause, and a one-word
		// organisation the knowledge base does not know.
		{"Speaking to the BBC , Hana Novak said talks had failed .", "VBG TO DT NNP , NNP NNP VBD NNS VBD VBN .",
			"O O O B-ORG O B-ORG B-PER O O O O O", "O O O B-ORG O B-PER I-PER O O O O O"},
		{"After the vote , Ilse Brandt said the party would regroup .", "IN DT NN , NNP NNP VBD DT NN MD VB .",
			"O O O O O B-PER O O O O O O", "O O O O B-PER I-PER O O O O O O"},
		// Kept: a known body before the name, a second comma before the
		// word (no fronted clause's end), a fronted clause opened by a
		// name.
		{"Speaking to reporters , Hamas Adraee said talks had failed .", "VBG TO NNS , NNP NNP VBD NNS VBD VBN .",
			"O O O O B-ORG B-PER O O O O O", "O O O O B-ORG B-PER O O O O O"},
		{"On Monday , in Rome , Ilse Brandt said talks had failed .", "IN NNP , IN NNP , NNP NNP VBD NNS VBD VBN .",
			"O O O O B-GPE O O B-PER O O O O O", "O O O O B-GPE O O B-PER O O O O O"},
		{"Rome , Ilse Brandt said talks had failed .", "NNP , NNP NNP VBD NNS VBD VBN .",
			"B-GPE O O B-PER O O O O O", "B-GPE O O B-PER O O O O O"},
		// Kept: a role, a place, a known body, a weekday, a word the
		// POS tagger reads as no proper noun, a name with no verb after
		// it, a word inside the sentence.
		{"Spokesman Adraee posted a map .", "NNP NNP VBD DT NN .", "O B-PER O O O O", "O B-PER O O O O"},
		{"Gaza Adraee posted a map .", "NNP NNP VBD DT NN .", "O B-PER O O O O", "O B-PER O O O O"},
		{"Hamas Adraee posted a map .", "NNP NNP VBD DT NN .", "O B-PER O O O O", "O B-PER O O O O"},
		{"Monday Adraee posted a map .", "NNP NNP VBD DT NN .", "O B-PER O O O O", "O B-PER O O O O"},
		{"Meanwhile Adraee posted a map .", "RB NNP VBD DT NN .", "O B-PER O O O O", "O B-PER O O O O"},
		{"Avichay Adraee , the spokesman , posted a map .", "NNP NNP , DT NN , VBD DT NN .",
			"O B-PER O O O O O O O O", "O B-PER O O O O O O O O"},
		{"Fullback Andre Joubert scored twice .", "NNP NNP NNP VBD RB .", "O B-PER I-PER O O O", "O B-PER I-PER O O O"},
		{"The map Avichay Adraee posted was old .", "DT NN NNP NNP VBD VBD JJ .",
			"O O O B-PER O O O O", "O O O B-PER O O O O"},
	} {
		words, tags, pos := strings.Fields(c.words), strings.Fields(c.tags), strings.Fields(c.pos)
		leadingGivenNames(words, tags, notPerson, place, role, func([]string) []string { return pos })
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
