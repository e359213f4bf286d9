package quotes

import (
	"strings"
	"testing"
)

// TestNamedConduitPipeline: an outlet named before its common noun ("the
// TASS news agency") is the conduit under its name, which the resolver
// gave the common noun too; an outlet named only by the common noun keeps
// that phrase.
func TestNamedConduitPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	f := newFinder(t)
	for _, c := range []struct {
		text, contains, conduit string
	}{
		{"Russia will answer the new sanctions, Kremlin spokesman Dmitry Peskov told the TASS news agency on Monday.",
			"answer the new sanctions", "TASS"},
		{"China would not accept the tariffs, a commerce ministry official told the Xinhua news agency on Friday.",
			"not accept the tariffs", "Xinhua"},
		{"The talks would resume next month, the minister told the state news agency on Friday.",
			"talks would resume", "state news agency"},
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
			if got != c.conduit {
				t.Errorf("%q: conduit %q, want %q", c.text, got, c.conduit)
			}
		}
		if !found {
			t.Errorf("%q: no quote containing %q in\n%s", c.text, c.contains, describe(qs))
		}
	}
}
