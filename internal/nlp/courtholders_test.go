package nlp

import (
	"strings"
	"testing"
)

// TestCourtOfficeHolders checks that "<court> Justice|Judge <name>" is split
// into the court and the judge, and that courts "of Justice", bodies after
// the title and spans running on are left alone.
func TestCourtOfficeHolders(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// One organisation of court, title and a name with a particle.
		{"Supreme Court Justice Alexandre de Moraes ordered", "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O",
			"B-ORG I-ORG O B-PER I-PER I-PER O"},
		{"The Constitutional Court Justice Ana Ruiz said", "O B-ORG I-ORG I-ORG I-ORG I-ORG O",
			"O B-ORG I-ORG O B-PER I-PER O"},
		// An untagged court and a name split by the tagger; "Judge", a
		// lower-case "justice".
		{"High Court Judge Mary Wanjiru Odhiambo said", "O O O B-PER I-PER I-PER O",
			"B-ORG I-ORG O B-PER I-PER I-PER O"},
		{"Supreme Court justice Ana Ruiz said", "B-ORG I-ORG O B-ORG B-PER O", "B-ORG I-ORG O B-PER I-PER O"},
		// Near misses: a court "of Justice"; a body after the title; the
		// title with no name; a span running on past the name.
		{"the European Court of Justice ruled", "O B-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG O"},
		{"the Supreme Court Justice Department said", "O B-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG O"},
		{"the Supreme Court Justice said", "O B-ORG I-ORG O O", "O B-ORG I-ORG O O"},
		{"the Supreme Court Judges Association met", "O B-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG O"},
		{"Court Justice Ana Ruiz said", "B-ORG I-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG I-ORG O"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		courtOfficeHolders(ws, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("courtOfficeHolders(%q) = %s, want %s", c.words, got, c.want)
		}
	}
}
