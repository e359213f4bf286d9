package events_test

import (
	"testing"
	"time"
)

// TestAccidentParticiple: a harm told in a participle after a main clause
// whose verb tells a vessel, vehicle or structure failing by itself ("a
// bridge collapsed, killing 12") is no one's act, at any confidence; the
// same verb acting on an object, a vehicle driven into a crowd or a
// weapon crashing into a building may be an attack and keeps its
// killing. Sentences written for the test.
func TestAccidentParticiple(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text    string
		assault bool
	}{
		{"A motorway bridge collapsed in the Italian city of Genoa on Tuesday, killing at least 12 people.", false},
		{"An overcrowded ferry capsized off Sulawesi on Sunday, killing 31 passengers and injuring 40.", false},
		{"A military helicopter crashed near the Afghan city of Herat on Monday, killing all 10 soldiers on board.", false},
		{"The Sri Lankan navy sank a Tamil Tiger boat off Mullaittivu on Monday, killing 12 rebels.", true},
		{"A truck plunged into a crowd of shoppers in the French city of Nice on Thursday, killing 84 people.", true},
		{"A typhoon struck northern Vietnam on Saturday, killing 60 people.", false},
		{"A missile crashed into an apartment block in the Ukrainian city of Kharkiv on Sunday, killing two people.", true},
		{"Two drones crashed into a fuel depot in the Russian city of Bryansk on Friday, killing two people.", true},
	} {
		art := codeSentence(t, stages, c.text, pub)
		got := false
		for _, e := range art.Events {
			if e.Type == "ASSAULT" {
				got = true
			}
		}
		if got != c.assault {
			t.Errorf("%q: assault coded %v, want %v; events %v", c.text, got, c.assault, summarize(art.Events))
		}
	}
}
