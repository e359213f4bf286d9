package events_test

import (
	"strings"
	"testing"
	"time"
)

// TestStruckObjectNotAgent: a participle of harm after a main clause
// (", killing 12") shares the main clause's subject; when that subject
// names no actor ("an air strike", "a shell"), the place the verb struck,
// its direct object, is no agent of the killing at any confidence. A
// subject that names an actor ("Rebels attacked the main hospital") still
// does the killing. Sentences written for the test.
func TestStruckObjectNotAgent(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		struck string // the object's head, never a source
		source string // country of some ASSAULT's source, or "" for none required
	}{
		{"An air strike hit the main hospital in Gaza City, killing 12.", "hospital", ""},
		{"A drone strike hit the district hospital in Kassala, wounding five.", "hospital", ""},
		{"A shell struck the main fuel depot in Kherson, injuring three workers.", "depot", ""},
		{"Rebels attacked the main hospital in Goma, killing 12.", "hospital", "COD"},
		{"Israeli jets bombed the main hospital in Gaza City, killing 12.", "hospital", "ISR"},
	} {
		art := codeSentence(t, stages, c.text, pub)
		found := c.source == ""
		for _, e := range art.Events {
			for _, s := range e.Source {
				if strings.Contains(strings.ToLower(s.Text), c.struck) {
					t.Errorf("%q: the struck %q is a source; events %v", c.text, c.struck, summarize(art.Events))
				}
				if e.Type == "ASSAULT" && s.Country == c.source {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%q: no ASSAULT by %s; events %v", c.text, c.source, summarize(art.Events))
		}
	}
}
