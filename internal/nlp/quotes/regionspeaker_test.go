package quotes

import (
	"testing"
	"time"
)

// TestRegionSpeakerCountry checks that states, countries, nations or
// officials named by a regional group ("Nordic nations", "European
// officials") take the region's CAMEO code as their country, as the event
// coder codes them; a region with no code ("Baltic") and a group of no
// region ("several countries") give none, and a country's own modifier
// still wins ("EU member states").
func TestRegionSpeakerCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	stages := probePipeline(t)
	cases := []struct{ text, speaker, country string }{
		{"Nordic nations warned that the treaty would not be ratified before the summit.", "Nordic nations", "SCN"},
		{"African countries said the levy would hurt their exporters.", "African countries", "AFR"},
		{"European officials said the talks would resume in Brussels next week.", "European officials", "EUR"},
		{"The Balkan states said the border crossings would reopen on Friday.", "The Balkan states", "BLK"},
		{"EU member states told the commission the fishing quotas were too strict.", "EU member states", "EUR"},
		{"The Baltic states said the pipeline posed a risk to regional security.", "The Baltic states", ""},
		{"Several countries said on Tuesday that the embargo would be lifted in June.", "Several countries", ""},
	}
	for _, c := range cases {
		got, quotes := speakerByText(t, stages, c.text, time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), c.speaker)
		if got == nil {
			t.Errorf("%q: no quote by %q in %+v", c.text, c.speaker, quotes)
			continue
		}
		if got.Country != c.country || got.ActorID != "" {
			t.Errorf("%q: speaker %+v, want country %q and no actor", c.text, *got, c.country)
		}
	}
}
