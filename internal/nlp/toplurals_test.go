package nlp

import (
	"strings"
	"testing"
)

func TestToPlurals(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A plural after "to" read as a base verb.
		{"the central bank sold bonds to banks on Monday", "DT JJ NN VBD NNS TO VB IN NNP", "DT JJ NN VBD NNS TO NNS IN NNP"},
		{"Kenya sold bonds to banks .", "NNP VBD NNS TO VB .", "NNP VBD NNS TO NNS ."},
		{"the firm lent money to farmers", "DT NN VBD NN TO VB", "DT NN VBD NN TO NNS"},
		{"the ministry gave grants to schools and clinics", "DT NN VBD NNS TO VB CC NNS", "DT NN VBD NNS TO NNS CC NNS"},
		{"loans to investors rose", "NNS IN VB VBD", "NNS IN NNS VBD"},
		{"sent aid to refugees", "VBD NN TO VB", "VBD NN TO NNS"},
		{"sold arms to rebels", "VBD NNS TO VB", "VBD NNS TO NNS"},
		// Kept: base verbs ending in "s" after the infinitive marker, a
		// capitalised word (a name), a short word, a word that is no VB,
		// a plural form after a word other than "to".
		{"the sides agreed to discuss the plan", "DT NNS VBD TO VB DT NN", "DT NNS VBD TO VB DT NN"},
		{"the firm wants to focus on sales", "DT NN VBZ TO VB IN NNS", "DT NN VBZ TO VB IN NNS"},
		{"plans to bias the vote", "NNS TO VB DT NN", "NNS TO VB DT NN"},
		{"it moved to access markets", "PRP VBD TO VB NNS", "PRP VBD TO VB NNS"},
		{"the army went to Yates", "DT NN VBD TO VB", "DT NN VBD TO VB"},
		{"he tried to pass", "PRP VBD TO VB", "PRP VBD TO VB"},
		{"they want to help banks", "PRP VBP TO VB NNS", "PRP VBP TO VB NNS"},
		{"banks will cuts", "NNS MD VB", "NNS MD VB"},
		{"it sold bonds to foreign banks", "PRP VBD NNS TO JJ NNS", "PRP VBD NNS TO JJ NNS"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		toPlurals(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

// TestToPluralsTagger runs the tagger itself: the plural after "to" it
// reads as a verb comes out a noun, the infinitives stay verbs.
func TestToPluralsTagger(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	st, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, word, want string }{
		{"The central bank sold bonds to banks on Monday.", "banks", "NNS"},
		{"The government sold bonds to banks.", "banks", "NNS"},
		{"The sides agreed to discuss the plan.", "discuss", "VB"},
		{"The firm wants to focus on sales.", "focus", "VB"},
	} {
		got := tagOf(t, st, c.text, c.word)
		if got != c.want {
			t.Errorf("%q: %q tagged %s, want %s", c.text, c.word, got, c.want)
		}
	}
}
