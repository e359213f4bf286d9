package events_test

import (
	"testing"
	"time"
)

// An aid noun after an amount opened by a currency sign ("received $300
// million in loans") is the verb's object: the act is coded once, with
// its receiver, and the noun adds no second event of any confidence with
// the giver alone.
func TestAmountObjectCodedOnce(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text, src, tgt string
	}{
		{"KAMPALA - Uganda received $300 million in loans from the World Bank on Thursday.", "WBK", "UGA"},
		{"LILONGWE - The IMF approved €90 million in loans for Malawi on Thursday.", "IMF", "MWI"},
		{"ACCRA - Ghana received £40 million in grants from Britain on Tuesday.", "GBR", "GHA"},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		var aid []string
		found := false
		for _, e := range art.Events {
			if e.Type != "AID" {
				continue
			}
			aid = append(aid, e.CAMEO)
			if len(e.Source) == 1 && len(e.Target) == 1 && e.Source[0].ActorID == tt.src && e.Target[0].Country == tt.tgt {
				found = true
			}
		}
		if !found || len(aid) != 1 {
			t.Errorf("%q: want one AID %s -> %s, got %d (%v); events %+v", tt.text, tt.src, tt.tgt, len(aid), aid, art.Events)
		}
	}
}
