package events_test

import (
	"strings"
	"testing"
	"time"
)

// TestTrailingReportPronoun checks who "he" or "she" is inside a clause
// whose speaker is named only after it: a person the clause names before
// the pronoun, not the later speaker ("The party expelled X after he
// criticised Y, Z said" is X criticising Y). With the speaker first, or no
// earlier person, the speaker stays. Events of every confidence count: the
// pronoun's clause is often subordinate. Sentences written for this test.
func TestTrailingReportPronoun(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, wantSource string
	}{
		{"earlier person before a trailing speaker",
			"NAIROBI (Wire) - The committee voted to expel lawmaker Samuel Otieno after he criticised President William Ruto's tax proposals, Hassan Omar said.",
			"Otieno"},
		{"she, trailing speaker told a news conference",
			"NAIROBI (Wire) - The party suspended senator Grace Wanjiru after she criticised President William Ruto in parliament, party chairman Hassan Omar told reporters.",
			"Wanjiru"},
		{"speaker first keeps the speaker",
			"NAIROBI (Wire) - Hassan Omar said he criticised President William Ruto's tax proposals.",
			"Omar"},
		{"no earlier person keeps the trailing speaker",
			"NAIROBI (Wire) - He criticised President William Ruto's tax proposals, Hassan Omar said.",
			"Omar"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			art := codeSentence(t, stages, tc.text, pub)
			found := false
			for _, e := range art.Events {
				if e.Type != "ACCUSE" || len(e.Target) == 0 || !strings.Contains(e.Target[0].Text, "Ruto") {
					continue
				}
				found = true
				if len(e.Source) == 0 || !strings.Contains(e.Source[0].Text, tc.wantSource) {
					t.Errorf("ACCUSE against Ruto has source %+v, want %s\n%s", e.Source, tc.wantSource, describe(art.Events))
				}
			}
			if !found {
				t.Errorf("no ACCUSE against Ruto coded\n%s", describe(art.Events))
			}
		})
	}
}
