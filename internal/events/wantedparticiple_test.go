package events_test

import (
	"testing"
	"time"
)

// TestWantedParticiple: "wanted for", "wanted by" and "wanted over" tell
// the police seeking someone for a crime, no request, at any confidence;
// "wanted" with an object and an infinitive still asks ("Kenya wanted
// Tanzania to hand over the suspects"). Sentences written for the test.
func TestWantedParticiple(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text    string
		request bool
	}{
		{"Kenya handed over two suspects wanted for fraud to Tanzania on Monday.", false},
		{"Two men wanted by Interpol for fraud were arrested in Nairobi on Monday.", false},
		{"Lawmakers approved a treaty that allows Kenya and Tanzania to hand over suspects wanted for terrorism.", false},
		{"Uganda extradited a banker wanted over the collapse of a Kenyan lender on Friday.", false},
		{"Kenya wanted Tanzania to hand over the suspects before the election.", true},
	} {
		art := codeSentence(t, stages, c.text, pub)
		got := false
		for _, e := range art.Events {
			if e.Type == "REQUEST" {
				got = true
			}
		}
		if got != c.request {
			t.Errorf("%q: request coded %v, want %v; events %v", c.text, got, c.request, summarize(art.Events))
		}
	}
}
