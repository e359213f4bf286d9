package events_test

import (
	"testing"
	"time"
)

// A company's workers named with the company ("Volkswagen workers",
// "workers at Samsung Electronics") are their country's labour, the
// resolver's actor for the role word, not the company they strike
// against; the company's executives stay the company's.
func TestCompanyWorkersAreLabour(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text, typ, wantID, wantSector string
	}{
		{"Volkswagen workers protested against plant closures on Monday.", "PROTEST", "DEU.LAB", "labour"},
		{"Workers at Samsung Electronics went on strike on Wednesday.", "PROTEST", "KOR.LAB", "labour"},
		{"Thousands of Hyundai Motor employees rallied in Seoul on Friday.", "PROTEST", "KOR.LAB", "labour"},
		// Near miss: executives are the company's.
		{"Volkswagen executives criticised the German government on Monday.", "ACCUSE", "DEU.BUS.VOLKSWAGEN", "business"},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		var n int
		for _, e := range art.Events {
			if e.Type != tt.typ {
				continue
			}
			n++
			if len(e.Source) != 1 || e.Source[0].ActorID != tt.wantID || e.Source[0].Sector != tt.wantSector {
				t.Errorf("%q: source %+v, want %s (%s)", tt.text, e.Source, tt.wantID, tt.wantSector)
			}
		}
		if n != 1 {
			t.Errorf("%q: %d %s events, want 1; events %+v", tt.text, n, tt.typ, art.Events)
		}
	}
}
