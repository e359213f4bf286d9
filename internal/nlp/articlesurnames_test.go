package nlp

import (
	"strings"
	"testing"
)

// TestArticleSurnames checks that a sentence-initial "Al-X"/"El-X" is a
// person when a person named in full in the document ends in "al-X"/"el-X",
// and that other words and other documents are left alone.
func TestArticleSurnames(t *testing.T) {
	for _, c := range []struct{ doc, tags, want string }{
		// Untagged, and taken for an organisation.
		{"President Ahmed al-Sharaa spoke . | Al-Sharaa thanked the kingdom .",
			"O B-PER I-PER O O | O O O O O", "O B-PER I-PER O O | B-PER O O O O"},
		{"Abdel Fattah el-Sisi met him . | El-Sisi said so .",
			"B-PER I-PER I-PER O O O | B-ORG O O O", "B-PER I-PER I-PER O O O | B-PER O O O"},
		{"lawmaker Hassan ash-Shammari spoke . | Ash-Shammari left .",
			"O B-PER I-PER O O | B-GPE O O", "O B-PER I-PER O O | B-PER O O"},
		// Near misses: no full name ending in the article form; a place
		// after a preposition; a word inside a longer span; a family name
		// with no article.
		{"Al-Sharaa thanked the kingdom .", "O O O O O", "O O O O O"},
		{"Karim al-Arish spoke . | He flew to Al-Arish .",
			"B-PER I-PER O O | O O O B-GPE O", "B-PER I-PER O O | O O O B-GPE O"},
		{"Ahmed al-Sharaa spoke . | The Al-Sharaa Foundation gave .",
			"B-PER I-PER O O | O B-ORG I-ORG O O", "B-PER I-PER O O | O B-ORG I-ORG O O"},
		{"Nabih Berri spoke . | Berri left .", "B-PER I-PER O O | O O O", "B-PER I-PER O O | O O O"},
	} {
		var sents, tags [][]string
		for _, s := range strings.Split(c.doc, " | ") {
			sents = append(sents, strings.Fields(s))
		}
		for _, s := range strings.Split(c.tags, " | ") {
			tags = append(tags, strings.Fields(s))
		}
		articleSurnames(sents, tags)
		var got []string
		for _, ts := range tags {
			got = append(got, strings.Join(ts, " "))
		}
		if g := strings.Join(got, " | "); g != c.want {
			t.Errorf("articleSurnames(%q) = %s, want %s", c.doc, g, c.want)
		}
	}
}
