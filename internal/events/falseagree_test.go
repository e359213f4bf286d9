package events_test

import (
	"testing"
	"time"
)

// TestNoFalseAgreement checks two readings that made agreements out of
// nothing, at any confidence (background events count here): easing a
// condition ("a shortage of foreign currency", "pressure on households")
// yields to no one, unlike easing a measure imposed on others; and a
// claim told to an audience about a measure ("telling parliament it
// would help the country move on") is neither the audience's nor anyone's
// pledge of aid, unlike a state that says it will help another.
// Sentences written for this test.
func TestNoFalseAgreement(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text    string
		typ     string // the event type checked
		wantSrc string // the country of its source, "" when none must be coded
	}{
		{"ABUJA (Wire) - The central bank devalued the naira by 30 percent as it sought to ease a severe shortage of foreign currency.", "AGREE", ""},
		{"ACCRA (Wire) - The government said it would ease pressure on households by cutting fuel prices.", "AGREE", ""},
		{"NAIROBI (Wire) - Kenya said it would ease restrictions on Somali refugees.", "AGREE", "KEN"},
		{"NAIROBI (Wire) - Kenya eased restrictions on Somali refugees on Monday.", "CONCEDE", "KEN"},
		{"COLOMBO (Wire) - Justice Minister Perera defended the measure, telling parliament it would help the country move on.", "AGREE", ""},
		{"NAIROBI (Wire) - The government defended the new tax, assuring lawmakers it would help the economy recover.", "AGREE", ""},
		{"COLOMBO (Wire) - Justice Minister Keheliya Perera told parliament it would help the country move on.", "AGREE", ""},
		{"COLOMBO (Wire) - India said it would help Sri Lanka rebuild its ports.", "AGREE", "IND"},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		found := false
		for _, e := range art.Events {
			if e.Type != tc.typ {
				continue
			}
			if tc.wantSrc == "" {
				t.Errorf("%s\n\t%s coded, want none:%s", tc.text, tc.typ, describe(art.Events))
				continue
			}
			if len(e.Source) > 0 && e.Source[0].Country == tc.wantSrc {
				found = true
			}
		}
		if tc.wantSrc != "" && !found {
			t.Errorf("%s\n\tno %s by %s coded:%s", tc.text, tc.typ, tc.wantSrc, describe(art.Events))
		}
	}
}
