package events_test

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestToldReportSubject checks that the one told and the subject of the
// report told to them, standing side by side with no "that" ("told
// parliament troops would be withdrawn"), are two phrases: the report's
// event has the report's own subject for its source, never a phrase run
// together with the one told ("parliament troops"), nor the one told as
// the owner of what the report names ("Karimi sanctions"). A report with
// "that", an order ("told the rebels to withdraw") and a possessor inside
// the report keep what they had. The probes hold the codes; this test
// holds the source's words, which no code tells apart. Sentences written
// for this test.
func TestToldReportSubject(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		typ  string
		src  string // the source's text; "" when no event of the type may be coded
	}{
		{"NAIROBI (Wire) - The minister told parliament troops on the northern border would be withdrawn.", "AGREE", "troops"},
		{"ABUJA (Wire) - The defence minister told the Senate troops would pull out of the disputed villages next month.", "AGREE", "troops"},
		{"NAIROBI (Wire) - The interior minister told opposition lawmakers police would withdraw from the university campus.", "AGREE", "police"},
		{"ABUJA (Wire) - The army chief told senators soldiers had killed 30 militants in Borno state.", "ASSAULT", "soldiers"},
		{"KAMPALA (Wire) - The Ugandan army chief told Amina Wanjiru soldiers had killed 12 rebels near the border.", "ASSAULT", "soldiers"},
		{"The U.S. envoy told Mahmoud Karimi sanctions on the state oil company would remain in place.", "SANCTION", ""},
		{"Britain's foreign secretary told Farid Haddad sanctions against the shipping firm would stay in force.", "SANCTION", ""},
		{"The EU envoy told Karim Nasser the embargo on the state airline would stay in place.", "SANCTION", ""},
		{"The French envoy told Omar Haddad that sanctions on the central bank would stay.", "SANCTION", ""},
		// Near misses: unchanged.
		{"NAIROBI (Wire) - The minister told reporters that troops would be withdrawn.", "AGREE", "troops"},
		{"NAIROBI (Wire) - The minister told parliament that the troops on the northern border would be withdrawn.", "AGREE", "troops"},
		{"NAIROBI (Wire) - The minister told the rebels to withdraw from the town.", "RETREAT", "rebels"},
		{"The U.S. envoy told Mahmoud Karimi to lift sanctions on the state oil company.", "RETREAT", "Mahmoud Karimi"},
		{"The U.S. envoy told reporters American sanctions on the state oil company would remain in place.", "SANCTION", "American"},
		{"The U.S. envoy said sanctions on the state oil company would remain in place.", "SANCTION", ""},
	}
	for _, tc := range tests {
		art := codeSentence(t, stages, tc.text, pub)
		var evs []model.Event
		for _, e := range art.Events {
			if e.Type == tc.typ && e.Confidence >= 0.5 {
				evs = append(evs, e)
			}
		}
		if tc.src == "" {
			if len(evs) > 0 {
				t.Errorf("%s\n\t%s coded, want none:%s", tc.text, tc.typ, describe(evs))
			}
			continue
		}
		if len(evs) != 1 {
			t.Errorf("%s\n\t%d %s events, want 1:%s", tc.text, len(evs), tc.typ, describe(evs))
			continue
		}
		if src := evs[0].Source; len(src) != 1 || src[0].Text != tc.src {
			t.Errorf("%s\n\t%s source %+v, want %q", tc.text, tc.typ, src, tc.src)
		}
	}
}
