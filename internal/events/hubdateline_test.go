package events_test

import (
	"strings"
	"testing"
	"time"
)

// TestUnnamedPlaceBehindDateline checks whose an attacked place named by
// a common noun is: the place the sentence names, else the country the
// story is about, else the dateline's unless the story was filed from a
// regional wire hub about elsewhere (see unnamedPlaceState). Near misses
// keep the dateline's country where the story is filed from the scene.
func TestUnnamedPlaceBehindDateline(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, typ string
		target    string // target countries, comma-joined; "" for none
	}{
		// A hub's dateline lends no country to a place the sentence puts
		// elsewhere.
		{"LONDON (Wire) - Russia said its missiles struck a power plant in Kharkiv.", "ASSAULT", "UKR"},
		{"PARIS (Wire) - Islamist militants in Mali attacked a village on Sunday.", "ASSAULT", "MLI"},
		{"GENEVA (Wire) - Gunmen in Nigeria stormed a school overnight.", "ASSAULT", "NGA"},
		// ... nor to one no word places.
		{"LONDON (Wire) - Rebels shelled the town overnight, residents said.", "ASSAULT", ""},
		{"WASHINGTON (Wire) - Russian forces shelled the town overnight.", "ASSAULT", ""},
		// Victims and facilities of an attack told by its nationality
		// alone are not of a hub's country either.
		{"LONDON (Wire) - Russian forces shelled the hospital.", "ASSAULT", ""},
		{"BRUSSELS (Wire) - A Russian drone strike killed four people.", "ASSAULT", ""},
		{"KYIV (Wire) - A Russian drone strike killed four people.", "ASSAULT", "UKR"},
		{"KYIV (Wire) - Russian forces shelled the hospital.", "ASSAULT", "UKR"},
		// The article's other sentences say where it is.
		{"LONDON (Wire) - Fighting in Sudan has displaced thousands. Rebels shelled the town overnight, residents said.", "ASSAULT", "SDN"},
		// A place the sentence names comes before any dateline, hub or
		// not.
		{"KABUL (Wire) - Islamist militants in Mali attacked a village on Sunday.", "ASSAULT", "MLI"},
		// Near misses: a story filed from the scene keeps its country.
		{"KABUL (Wire) - Taliban fighters attacked a checkpoint.", "ASSAULT", "AFG"},
		{"KYIV (Wire) - Russian forces shelled the town overnight.", "ASSAULT", "UKR"},
		{"YANGON (Wire) - The military bombed a village on Sunday.", "ASSAULT", "MMR"},
		{"NAIROBI (Wire) - Police fired tear gas at protesters.", "ASSAULT", "KEN"},
		{"LONDON (Wire) - Police arrested 12 protesters outside parliament.", "COERCE", "GBR"},
		// A hub files local news too: a story naming the hub's own state
		// at least as often as any other is about it; another state
		// named more is the story's.
		{"NAIROBI (Wire) - Kenyan police said gunmen attacked a village in the north.", "ASSAULT", "KEN"},
		{"LONDON (Wire) - British police said gunmen attacked a village.", "ASSAULT", "GBR"},
		{"NAIROBI (Wire) - Somali officials said al-Shabaab fighters attacked a village.", "ASSAULT", "SOM"},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		found := false
		for _, e := range art.Events {
			if e.Type != tc.typ {
				continue
			}
			found = true
			var got []string
			for _, a := range e.Target {
				got = append(got, a.Country)
			}
			if g := strings.Join(got, ","); g != tc.target {
				t.Errorf("%s\n\ttarget %q, want %q; got:%s", tc.text, g, tc.target, describe(art.Events))
			}
		}
		if !found {
			t.Errorf("%s\n\twant a %s event; got:%s", tc.text, tc.typ, describe(art.Events))
		}
	}
}

// TestHubRebelsTakeStoryState checks that rebels no word places, in a
// story filed from a wire hub that names one other state, fight in that
// state, not in the hub's country; stories filed from elsewhere keep the
// dateline's.
func TestHubRebelsTakeStoryState(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, source string // source country of the ASSAULT event
	}{
		{"LONDON (Wire) - Fighting in Sudan has displaced thousands. Rebels shelled the town overnight, residents said.", "SDN"},
		{"DUBAI (Wire) - Yemen's government accused the Houthis of blocking aid. Rebels attacked a checkpoint on Sunday.", "YEM"},
		// Near misses: a story filed from the scene keeps the dateline's
		// country.
		{"KAMPALA (Wire) - Rebels shelled the town overnight, residents said.", "UGA"},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		found := false
		for _, e := range art.Events {
			if e.Type != "ASSAULT" || len(e.Source) == 0 {
				continue
			}
			found = true
			if e.Source[0].Country != tc.source {
				t.Errorf("%s\n\tsource country %q, want %q; got:%s", tc.text, e.Source[0].Country, tc.source, describe(art.Events))
			}
		}
		if !found {
			t.Errorf("%s\n\twant an ASSAULT event; got:%s", tc.text, describe(art.Events))
		}
	}
}
