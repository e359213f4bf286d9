package nlp

import (
	"strings"
	"testing"
)

// TestEastAsianNames checks that a Korean or Chinese family name before a
// hyphenated given name becomes one person's span whatever the tagger made
// of it, that a title's span runs on over it, and that names without a
// hyphen, hyphenated English words and longer names are left alone.
func TestEastAsianNames(t *testing.T) {
	place := func(ws []string) bool { return strings.Join(ws, " ") == "Hong Kong" }
	for _, c := range []struct{ words, tags, want string }{
		{"The National Assembly impeached Park Sung-ho on Tuesday", "O B-ORG I-ORG O O O O O", "O B-ORG I-ORG O B-PER I-PER O O"},
		{"Park Sung-ho said he would appeal", "O B-PER O O O O", "B-PER I-PER O O O O"},
		{"Prosecutors questioned Choi Min-jae , a lawmaker", "O O B-LOC O O O O", "O O B-PER I-PER O O O"},
		{"Taiwan 's Lee Teng-hui died", "B-GPE O B-ORG I-ORG O", "B-GPE O B-PER I-PER O"},
		{"Hong Kong leader Leung Chun-ying said", "B-GPE I-GPE O B-PER O O", "B-GPE I-GPE O B-PER I-PER O"},
		{"President Yoon Suk-yeol said", "B-PER I-PER O O", "B-PER I-PER I-PER O"},
		// Near misses: no hyphen, a hyphenated English word, a longer name,
		// a family name in capitals, no family name of the list.
		{"Protesters marched down Park Avenue", "O O O B-LOC I-LOC", "O O O B-LOC I-LOC"},
		{"Kim Jong Un fired a missile", "B-PER I-PER I-PER O O O", "B-PER I-PER I-PER O O O"},
		{"Park Co-chair said", "O O O", "O O O"},
		{"the Lee Teng-hui Library opened", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"PARK Sung-ho said", "O O O", "O O O"},
		{"Green Jae-in said", "O O O", "O O O"},
		{"Han Well-known said", "O O O", "O O O"},
		{"a Hong Kong-listed firm", "O B-MISC I-MISC O", "O B-MISC I-MISC O"},
		{"a Hong Kong-based lender", "O B-MISC I-MISC O", "O B-MISC I-MISC O"},
		{"the Han Kang-area hotels", "O O O O", "O O O O"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		eastAsianNames(ws, tags, place)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("eastAsianNames(%q) = %s, want %s", c.words, got, c.want)
		}
	}
}
