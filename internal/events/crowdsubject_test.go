package events_test

import (
	"testing"
	"time"
)

// TestCountedSubjectParticiple: a participle adjunct after a main clause
// whose subject is counted ("hundreds of protesters stormed ..., setting
// fire to ...") is the counted people's act, at any confidence: the "of"
// after the crowd's size governs no phrase, so the object of the main
// verb (the embassy stormed) never becomes the adjunct's actor.
// Sentences written for the test.
func TestCountedSubjectParticiple(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text    string
		sector  string // the sector every participle event's source must have
		notFrom string // a country no event may have as its source
	}{
		{"BAGHDAD (Wire) - Hundreds of protesters stormed the Swedish embassy in Baghdad on Thursday, setting fire to a guard post and tearing down the flag, witnesses said.", "protester", "SWE"},
		{"TEHRAN (Wire) - Thousands of demonstrators stormed the Saudi embassy in Tehran on Saturday, setting fire to the gate, police said.", "protester", "SAU"},
		{"KHARTOUM (Wire) - Dozens of protesters stormed the German embassy in Khartoum on Friday, throwing stones at the building, police said.", "protester", "DEU"},
	} {
		art := codeSentence(t, stages, c.text, pub)
		if len(art.Events) == 0 {
			t.Errorf("%q: no events coded", c.text)
			continue
		}
		for _, e := range art.Events {
			for _, a := range e.Source {
				if a.Country == c.notFrom {
					t.Errorf("%q: the stormed mission's country %s acts in %s %s; events %v", c.text, c.notFrom, e.Type, e.CAMEO, summarize(art.Events))
				}
				if a.Sector != c.sector {
					t.Errorf("%q: %s %s has source sector %q, want %q; events %v", c.text, e.Type, e.CAMEO, a.Sector, c.sector, summarize(art.Events))
				}
			}
			if len(e.Source) == 0 {
				t.Errorf("%q: %s %s has no source; events %v", c.text, e.Type, e.CAMEO, summarize(art.Events))
			}
		}
	}
}
