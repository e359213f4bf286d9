package nlp

import (
	"strings"
	"testing"
)

// TestLowerTails checks that lower-case words ending a name span are cut
// off it, and that particles before the rest of a name, names known as
// written and one-word spans stay.
func TestLowerTails(t *testing.T) {
	known := stubPlaces("Black Sea", "East China sea")
	for _, c := range []struct{ name, words, tags, want string }{
		{"city before airport", "landed at Harare airport on Monday", "O O B-LOC I-LOC O O", "O O B-LOC O O O"},
		{"body before adjective", "the EU high representative said", "O B-ORG I-ORG O O", "O B-ORG O O O"},
		{"two lower words", "the Nairobi stock exchange fell", "O B-ORG I-ORG I-ORG O", "O B-ORG O O O"},
		{"near miss: particle before the rest", "Duke of Norfolk 's XI", "B-ORG I-ORG B-LOC O O", "B-ORG I-ORG B-LOC O O"},
		{"near miss: link word at the end", "University of the US", "B-ORG I-ORG O B-LOC", "B-ORG I-ORG O B-LOC"},
		{"near miss: known as written", "in the East China sea today", "O O B-LOC I-LOC I-LOC O", "O O B-LOC I-LOC I-LOC O"},
		{"near miss: one word", "the navy said", "O B-ORG O", "O B-ORG O"},
		{"near miss: species after an initial", "traces of E. coli were found", "O O B-MISC I-MISC O O", "O O B-MISC I-MISC O O"},
		{"near miss: capital inside", "sold on eBay today", "O O B-ORG O", "O O B-ORG O"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		lowerTails(ws, tags, known)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%s: lowerTails(%q) = %s, want %s", c.name, c.words, got, c.want)
		}
	}
}

// TestSplitDemonyms checks that a nationality of two words the tagger read
// as a name, whole or with its last word left out, becomes NORP.
func TestSplitDemonyms(t *testing.T) {
	nationality := stubPlaces("Sri Lankan", "South Sudanese", "Costa Rican")
	for _, c := range []struct{ name, words, tags, want string }{
		{"first word a person", "Sri Lankan President Ranil Wickremesinghe", "B-PER O O B-PER I-PER", "B-NORP I-NORP O B-PER I-PER"},
		{"whole a person", "Sri Lankan troops crossed", "B-PER I-PER O O", "B-NORP I-NORP O O"},
		{"first word a place", "South Sudanese officials said", "B-LOC O O O", "B-NORP I-NORP O O"},
		{"first word a nationality", "Costa Rican police", "B-NORP O O", "B-NORP I-NORP O"},
		{"near miss: already whole", "Costa Rican police", "B-NORP I-NORP O", "B-NORP I-NORP O"},
		{"near miss: a name's nationality", "Costa Rican Airlines", "B-MISC O O", "B-MISC O O"},
		{"near miss: not a nationality", "South Korea said", "B-LOC O O", "B-LOC O O"},
		{"near miss: next word tagged", "Sri Lankan Airlines", "B-PER B-ORG I-ORG", "B-PER B-ORG I-ORG"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		splitDemonyms(ws, tags, nationality)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%s: splitDemonyms(%q) = %s, want %s", c.name, c.words, got, c.want)
		}
	}
}

// TestTitleFirstWords checks that a one-word name span that begins a
// capitalised office written after it is dropped, and that known names
// and spans before other words stay.
func TestTitleFirstWords(t *testing.T) {
	roles := map[string]bool{"high commissioner": true, "labour minister": true, "vice president": true}
	isRole := func(p string) bool { return roles[p] }
	known := stubPlaces("Labour")
	for _, c := range []struct{ name, words, tags, want string }{
		{"high commissioner", "Britain 's High Commissioner to Kenya", "B-GPE O B-ORG O O B-GPE", "B-GPE O O O O B-GPE"},
		{"vice president", "Vice President Kamala Harris", "B-PER O B-PER I-PER", "O O B-PER I-PER"},
		{"near miss: known name", "Labour Minister Jane Doe", "B-ORG O B-PER I-PER", "B-ORG O B-PER I-PER"},
		{"near miss: no office", "High Court judge", "B-ORG O O", "B-ORG O O"},
		{"near miss: lower-case word after", "High commissioner", "B-ORG O", "B-ORG O"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		titleFirstWords(ws, tags, isRole, known)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%s: titleFirstWords(%q) = %s, want %s", c.name, c.words, got, c.want)
		}
	}
}
