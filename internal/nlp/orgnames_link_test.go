package nlp

import (
	"strings"
	"testing"
)

// TestOrgNameLinkTakesTaggedSpan: a body's name that goes on after "on" or
// "for" with a name the tagger made a span of its own ("Kenya National
// Commission on" | "Human Rights") is one name; a span begun before the
// link, or one that goes on into lower-case words, is left as tagged.
func TestOrgNameLinkTakesTaggedSpan(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"The Kenya National Commission on Human Rights said .", "O B-ORG I-ORG I-ORG O B-ORG I-ORG O O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		{"The Uganda National Council for Science and Technology met .", "O B-ORG I-ORG I-ORG O B-ORG O O O O",
			"O B-ORG I-ORG I-ORG O B-ORG O O O O"},
		{"The National Commission for Human Rights condemned it .", "O B-ORG I-ORG O B-MISC I-MISC O O O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG O O O"},
		{"The Electoral Commission on Monday rejected it .", "O B-ORG I-ORG O O O O O",
			"O B-ORG I-ORG O O O O O"},
		// Near miss: a person after the link is no part of the name.
		{"The Electoral Commission for John Kamau said .", "O B-ORG I-ORG O B-PER I-PER O O",
			"O B-ORG I-ORG O B-PER I-PER O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markOrgNames(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}
