package events_test

import (
	"testing"
	"time"
)

// TestPlaceLendsNoSide checks that a place standing beside an act lends it
// no party: a town after "near", "outside" or "around" is where an attack
// struck, not whom (the target is its country, never the town as an
// actor); the venue of a summit lends its host country to none of the
// leaders meeting there, who are the bloc's when the summit is named for
// one; and a country named only as where goods come from ("against
// imports from Ukraine") lends its country to none of the protesters.
func TestPlaceLendsNoSide(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text       string
		trigger    string
		srcCountry string // "" : the source has no country
		tgtText    string // "" : not checked
		tgtCountry string // "-": not checked
	}{
		{"BAMAKO (Wire) - Militants attacked an army base near Gao on Sunday.", "attacked", "MLI", "Mali", "MLI"},
		{"BAMAKO (Wire) - Gunmen killed two soldiers and wounded nine near Gao on Sunday.", "wounded", "MLI", "Mali", "MLI"},
		{"BAMAKO (Wire) - Gunmen attacked a checkpoint outside Mopti on Sunday.", "attacked", "MLI", "Mali", "MLI"},
		{"KYIV (Wire) - Russian forces shelled villages near Kharkiv overnight.", "shelled", "RUS", "Ukraine", "UKR"},
		// A distance and direction from a town ("20 km north of") tells
		// where, as "near" does: the town is no side either.
		{"KYIV (Wire) - Russian forces shelled a village 20 km north of Kharkiv overnight.", "shelled", "RUS", "Ukraine", "UKR"},
		{"BAMAKO (Wire) - Militants attacked an army base southwest of Gao on Sunday.", "attacked", "MLI", "Mali", "MLI"},
		{"ABUJA (Wire) - Leaders meeting at an emergency summit in Abuja on Sunday suspended Niger from the bloc.", "suspended", "", "", "NER"},
		{"ABUJA (Wire) - Leaders meeting at an emergency ECOWAS summit in Abuja on Sunday froze the assets of the junta.", "froze the assets", "ECOWAS", "", "-"},
		{"WARSAW (Wire) - Farmers blocked roads on Sunday to protest against cheaper imports from Ukraine.", "blocked", "POL", "", "-"},
		{"WARSAW (Wire) - Farmers protested on Sunday over cheap grain from Ukraine.", "protested", "POL", "", "-"},
		{"SOFIA (Wire) - Farmers rallied on Monday against imports of Ukrainian grain.", "rallied", "BGR", "", "-"},
	}
	for _, tc := range tests {
		art := codeSentence(t, stages, tc.text, pub)
		found := false
		for _, e := range art.Events {
			if len(e.Evidence) == 0 || e.Evidence[0].Trigger != tc.trigger {
				continue
			}
			found = true
			src := ""
			if len(e.Source) > 0 {
				src = e.Source[0].Country
			}
			if src != tc.srcCountry {
				t.Errorf("%s: %q source country %q, want %q;%s", tc.text, tc.trigger, src, tc.srcCountry, describe(art.Events))
			}
			if tc.tgtCountry == "-" {
				continue
			}
			if len(e.Target) == 0 || e.Target[0].Country != tc.tgtCountry || tc.tgtText != "" && e.Target[0].Text != tc.tgtText {
				t.Errorf("%s: %q target%s, want %q %s", tc.text, tc.trigger, describe(art.Events), tc.tgtText, tc.tgtCountry)
			}
		}
		if !found {
			t.Errorf("%s: no event on %q:%s", tc.text, tc.trigger, describe(art.Events))
		}
	}
}
