package nlp

import (
	"strings"
	"testing"
)

// placeStub knows the places the tests name.
func placeStub(words []string) bool {
	switch strings.Join(words, " ") {
	case "The Hague", "Hague", "The Gambia", "Gambia", "Harare", "Nairobi":
		return true
	}
	return false
}

// TestTheOrgNames: a capital "The" inside a sentence and the capitalised
// words after it are one organisation where the tagger split them or the
// words before name an outlet or a body; a place, a work the tagger read
// whole, and a sentence's own first "The" stay as tagged.
func TestTheOrgNames(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// The tagger split the name.
		{"Police raided the offices of The Daily Voice in Harare", "O O O O O B-ORG O B-ORG O B-GPE", "O O O O O O B-ORG I-ORG O B-GPE"},
		{"a journalist with The Evening Ledger was held", "O O O B-ORG B-ORG I-ORG O O", "O O O O B-ORG I-ORG O O"},
		// The tagger took a piece of it: a cue before, or the ORG piece.
		{"Soldiers stormed the offices of The Citizen in Nairobi", "O O O O O O B-PER O B-GPE", "O O O O O O B-ORG O B-GPE"},
		{"the minister told The Daily Clarion that talks stalled", "O O O O O O O O O", "O O O O B-ORG I-ORG O O O"},
		{"police detained the editor of The Sentinel on Monday", "O O O O O O B-LOC O O", "O O O O O O B-ORG O O"},
		{"Li Wei told The Courier .", "B-PER I-PER O O B-LOC O", "B-PER I-PER O O B-ORG O"},
		{"in a statement , The Elders said", "O O O O B-ORG B-ORG O", "O O O O O B-ORG O"},
		// A name that goes on through "for" or "of" is the tagger's.
		{"a statement , The Coalition for Reform said", "O O O O B-ORG I-ORG I-ORG O", "O O O O B-ORG I-ORG I-ORG O"},
		// Near misses: places, works, no cue, a sentence's first word.
		{"talks were held in The Hague on Monday", "O O O O B-GPE I-GPE O O", "O O O O B-GPE I-GPE O O"},
		{"the offices of The Hague court", "O O O B-GPE I-GPE O", "O O O B-GPE I-GPE O"},
		{"the match was played at The Oval in London", "O O O O O O B-LOC O B-GPE", "O O O O O O B-LOC O B-GPE"},
		{"the film , The Great Escape , was shown", "O O O B-ORG B-MISC I-MISC O O O", "O O O B-ORG B-MISC I-MISC O O O"},
		{"the film , The Great Escape , was shown", "O O O B-ORG O O O O O", "O O O B-ORG O O O O O"},
		{"the film , The Great Escape , was shown", "O O O O B-MISC B-ORG O O O", "O O O O B-MISC B-ORG O O O"},
		{"she starred in The Crying Game in 1992", "O O O B-MISC I-MISC I-MISC O O", "O O O B-MISC I-MISC I-MISC O O"},
		{"The Daily Voice said on Monday", "B-ORG O B-ORG O O O", "B-ORG O B-ORG O O O"},
		{"he said : \" The Citizen deserves better \"", "O O O O O B-ORG O O O", "O O O O O B-ORG O O O"},
		{"Police Raid Offices Of The Daily Voice", "O O O O B-ORG O B-ORG", "O O O O B-ORG O B-ORG"},
		// Already one name: left as it is.
		{"told The New York Times on Monday", "O B-ORG I-ORG I-ORG I-ORG O O", "O B-ORG I-ORG I-ORG I-ORG O O"},
		{"Li Wei told The Courier .", "B-PER I-PER O O B-ORG O", "B-PER I-PER O O B-ORG O"},
		{"told The Evening Ledger on Monday", "O O B-ORG I-ORG O O", "O O B-ORG I-ORG O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		theOrgNames(words, tags, placeStub)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

// TestCuedMediaNames: capitalised words ending in a word for news media
// are one organisation after words that name an outlet or a body there;
// with no such words, with a person or a place in the run, they stay.
func TestCuedMediaNames(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"Police raided the offices of Nova Media in Lagos", "O O O O O O O O B-GPE", "O O O O O B-ORG I-ORG O B-GPE"},
		{"officers sealed the headquarters of Horizon Media Press in Kampala", "O O O O O O O O O B-GPE", "O O O O O B-ORG I-ORG I-ORG O B-GPE"},
		{"the editor of Sahel News was arrested", "O O O B-ORG O O O", "O O O B-ORG I-ORG O O"},
		{"according to Kivu Media , the army", "O O O O O O O", "O O B-ORG I-ORG O O O"},
		// Near misses: no cue, a person's or a place's name, one word.
		{"Nova Media said on Monday", "O O O O O", "O O O O O"},
		{"the critics of Western Media say", "O O O B-MISC O O", "O O O B-MISC O O"},
		{"the offices of Ruth Media Okafor", "O O O B-PER I-PER I-PER", "O O O B-PER I-PER I-PER"},
		{"the offices of Media in Lagos", "O O O O O B-GPE", "O O O O O B-GPE"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		cuedMediaNames(words, tags, placeStub)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}
