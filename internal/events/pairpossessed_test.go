package events_test

import (
	"testing"
	"time"
)

// "prompting the two countries' interior ministers to meet": the ministers
// are one from each of the two states the sentence named before, meeting
// one another, not the herders of the earlier clause's object.
func TestPairPossessedRolesMeetOneAnother(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2025, 6, 4, 0, 0, 0, 0, time.UTC)
	text := "Raiders from South Sudan killed 14 Kenyan herders in a cattle raid, police said, prompting the two countries' interior ministers to meet on the border."
	art := codeSentence(t, stages, text, pub)
	want := map[string]bool{"KEN>SSD": false, "SSD>KEN": false}
	for _, e := range art.Events {
		if e.Type != "CONSULT" || len(e.Source) != 1 || len(e.Target) != 1 {
			continue
		}
		s, g := e.Source[0], e.Target[0]
		if s.Sector != "government" || g.Sector != "government" {
			t.Errorf("CONSULT %s(%s) > %s(%s): want both sides government", s.Country, s.Sector, g.Country, g.Sector)
			continue
		}
		want[s.Country+">"+g.Country] = true
	}
	for k, ok := range want {
		if !ok {
			t.Errorf("no CONSULT %s between the two governments; events %+v", k, art.Events)
		}
	}
}
