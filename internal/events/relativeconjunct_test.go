package events_test

import (
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A predicate joined by "and" to a subject relative clause's own
// ("demonstrators who threw stones and set fire to a post") is the
// relative's antecedent's act, not the main clause's subject's; after a
// comma, or joined to a predicate of another form ("who were throwing
// stones and arrested"), it is the main clause's. Events of every
// confidence are checked. Fixtures written for this test.
func TestRelativeConjunctDoer(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, trigger, sector string
	}{
		{"set fire after a relative", "Police in Nairobi used water cannon to disperse demonstrators who threw stones and set fire to a security post.", "set fire to", "protester"},
		{"torched after a relative", "Police in Lagos dispersed protesters who blocked roads and torched a police station.", "torched", "protester"},
		{"attacked after a relative", "Police in Nairobi arrested demonstrators who threw stones and attacked a police station.", "attacked", "protester"},
		// Near misses: the main clause's predicate.
		{"another verb form", "Police in Nairobi dispersed demonstrators who were throwing stones and arrested 20 people.", "arrested", "police"},
		{"a comma before and", "Police in Nairobi dispersed demonstrators who threw stones, and arrested 20 people.", "arrested", "police"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := codeSentence(t, stages, tt.text, pub).Events
			found := false
			for _, e := range evs {
				// One riot told by two verbs ("threw stones and set fire
				// to") is one event with both as evidence, in order.
				if !slices.ContainsFunc(e.Evidence, func(v model.Evidence) bool { return v.Trigger == tt.trigger }) {
					continue
				}
				found = true
				if len(e.Source) != 1 || e.Source[0].Sector != tt.sector {
					t.Errorf("%q by %s, want %s: %+v", tt.trigger, describe([]model.Event{e}), tt.sector, describe(evs))
				}
			}
			if !found {
				t.Errorf("no event triggered by %q in %+v", tt.trigger, describe(evs))
			}
		})
	}
}
