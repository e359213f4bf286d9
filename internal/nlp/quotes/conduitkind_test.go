package quotes

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestConduitKindPipeline: a quote's conduit_kind says what the conduit
// is: the document the speaker issued ("a letter", "a readout"), the
// occasion of the words ("in a statement", "channel"), or nothing for an
// outlet that carried them. An outlet named before its common noun ("the
// TASS news agency") is the conduit under its name, which the resolver
// gave the common noun too; an outlet named only by the common noun keeps
// that phrase.
func TestConduitKindPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	f := newFinder(t)
	for _, c := range []struct {
		text, contains, conduit, kind string
	}{
		{"Kenya will reopen the border crossing next week, according to a letter from the interior ministry.",
			"reopen the border", "a letter", model.ConduitDocument},
		{"A readout of the call released by the Elysee said the two leaders agreed to stay in close contact.",
			"stay in close contact", "A readout", model.ConduitDocument},
		{"The ministry said in a statement that the curfew would be lifted at midnight.",
			"curfew would be lifted", "in a statement", model.ConduitChannel},
		// A communique or declaration is issued as a statement is: the
		// channel of the words, whoever signed it.
		{"Kenya and Uganda said in a joint communique that the border crossing would reopen on Friday.",
			"border crossing would reopen", "in a joint communique", model.ConduitChannel},
		{"The foreign ministers said in a declaration that the talks would resume in March.",
			"talks would resume", "in a declaration", model.ConduitChannel},
		{"The talks would resume next month, the minister told Reuters on Friday.",
			"talks would resume", "Reuters", ""},
		{"Russia will answer the new sanctions, Kremlin spokesman Dmitry Peskov told the TASS news agency on Monday.",
			"answer the new sanctions", "TASS", ""},
		{"China would not accept the tariffs, a commerce ministry official told the Xinhua news agency on Friday.",
			"not accept the tariffs", "Xinhua", ""},
		{"The talks would resume next month, the minister told the state news agency on Friday.",
			"talks would resume", "state news agency", ""},
	} {
		qs := f.Find(tagged(t, c.text))
		found := false
		for _, q := range qs {
			if !strings.Contains(q.Text, c.contains) {
				continue
			}
			found = true
			got := ""
			if q.Conduit != nil {
				got = q.Conduit.Text
			}
			if got != c.conduit || q.ConduitKind != c.kind {
				t.Errorf("%q: conduit %q kind %q, want %q kind %q", c.text, got, q.ConduitKind, c.conduit, c.kind)
			}
		}
		if !found {
			t.Errorf("%q: no quote containing %q in\n%s", c.text, c.contains, describe(qs))
		}
	}
}
