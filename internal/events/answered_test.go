package events_test

import (
	"testing"
	"time"
)

// An act answered "in retaliation for" another is aimed at that act's
// maker; where the sentence names the maker's country as the place hit,
// the target is told in those words ("northern Israel" names Israel), not
// in the demonym that makes the answered act the maker's. The answered
// act keeps the place it was made on as its own target.
func TestAnsweredActTargetWords(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	type want struct{ cameo, src, tgt string }
	for _, tt := range []struct {
		text  string
		wants []want
	}{
		{"Hezbollah fired rockets into northern Israel in retaliation for the Israeli strike on Tyre.",
			[]want{{"193", "Hezbollah", "Israel"}, {"195", "Israeli", "Tyre"}}},
		{"Hamas fired rockets in retaliation for the Israeli raid on Jenin.",
			[]want{{"195", "Hamas", "Israeli"}, {"190", "Israeli", "Jenin"}}},
		{"Islamic Jihad fired rockets at Israel in retaliation for the Israeli incursion into Nablus.",
			[]want{{"", "Islamic Jihad", "Israel"}, {"190", "Israeli", "Nablus"}}},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		for _, w := range tt.wants {
			found := false
			for _, e := range art.Events {
				if e.Type != "ASSAULT" || w.cameo != "" && e.CAMEO != w.cameo || len(e.Source) != 1 || len(e.Target) != 1 {
					continue
				}
				if e.Source[0].Text == w.src && e.Target[0].Text == w.tgt {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: no ASSAULT %s %s -> %s; events %+v", tt.text, w.cameo, w.src, w.tgt, art.Events)
			}
		}
	}
}
