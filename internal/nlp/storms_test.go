package nlp

import (
	"strings"
	"testing"
)

// TestStormNames: a storm noun with a capitalised name after it is one MISC
// span; other things named with a storm noun, and a common-noun "storm"
// before a name, keep their tags.
func TestStormNames(t *testing.T) {
	for _, c := range []struct {
		name, words, tags, want string
	}{
		{"hurricane a person's name", "Hurricane Milton killed 20 people .", "O B-PER O O O O", "B-MISC I-MISC O O O O"},
		{"typhoon read as an organisation", "Typhoon Yagi struck Vietnam .", "B-ORG I-ORG O B-GPE O", "B-MISC I-MISC O B-GPE O"},
		{"qualifiers are part of the name", "Tropical Storm Alberto lashed Mexico .", "O O B-PER O B-GPE O", "B-MISC I-MISC I-MISC O B-GPE O"},
		{"a lower-case noun leaves only the name", "Residents fled as hurricane Helene neared .", "O O O O B-PER O O", "O O O O B-MISC O O"},
		{"tropical storm in lower case", "the tropical storm Beryl weakened", "O O O B-PER O", "O O O B-MISC O"},
		{"a common-noun storm keeps a person", "the storm Putin unleashed", "O O B-PER O", "O O B-PER O"},
		{"a missile", "Britain sent Storm Shadow missiles .", "B-GPE O B-MISC I-MISC O O", "B-GPE O B-MISC I-MISC O O"},
		{"inside an agency's name", "the National Hurricane Center said", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"a longer name after the noun", "the Storm Prediction Center said", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"a weekday after the noun", "the hurricane Monday destroyed", "O O O O", "O O O O"},
		{"a span cut by the name", "Storm Ciarán Brittany hit", "B-PER I-PER I-PER O", "B-PER I-PER I-PER O"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ws, ts := strings.Fields(c.words), strings.Fields(c.tags)
			stormNames(ws, ts)
			if g := strings.Join(ts, " "); g != c.want {
				t.Errorf("%q:\n got %s\nwant %s", c.words, g, c.want)
			}
		})
	}
}
