package nlp

import (
	"strings"
	"testing"
)

func TestOperationNames(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A single unknown name the tagger made a person.
		{"its naval force , Operation Atalanta , said", "O O O O O B-PER O O", "O O O O B-ORG I-ORG O O"},
		{"France ended Operation Barkhane in 2022", "B-GPE O O B-PER O O", "B-GPE O B-ORG I-ORG O O"},
		// Names of two and three words the tagger left out.
		{"Operation Inherent Resolve said", "O O O O", "B-ORG I-ORG I-ORG O"},
		{"veterans of Operation Desert Storm", "O O O B-MISC I-MISC", "O O B-ORG I-ORG I-ORG"},
		// A lower-case common noun, no name after it, a span going on.
		{"the operation Smith led", "O O B-PER O", "O O B-PER O"},
		{"the Operation was halted", "O O O O", "O O O O"},
		{"Special Operation Forces said", "B-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG O"},
		// A run of capitals longer than an operation's name.
		{"Operation Alpha Beta Gamma Delta", "O O O O O", "O O O O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		operationNames(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestNamedMissions(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A body named right after "naval force", "maritime mission".
		{"The European Union 's naval force Atalanta said", "O B-ORG I-ORG O O O B-PER O", "O B-ORG I-ORG O O O B-ORG O"},
		{"the EU 's maritime mission Aspides escorted", "O B-ORG O O O B-PER O", "O B-ORG O O O B-ORG O"},
		// A bare head noun, a person's full name, a name in capitals.
		{"the operation Smith led", "O O B-PER O", "O O B-PER O"},
		{"the naval force Ann Lee commands", "O O O B-PER I-PER O", "O O O B-PER I-PER O"},
		{"the naval force ATALANTA said", "O O O B-PER O", "O O O B-PER O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		namedMissions(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
