package events_test

import (
	"testing"
	"time"
)

// TestRelativeSigning checks signings told in a reduced relative ("the
// agreement signed by Sudan and South Sudan") at every confidence, the
// background ones included, which TestProbes leaves out: the agents sign
// with each other, and the main clause's subject before the noun is no
// signing partner.
func TestRelativeSigning(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text    string
		want    []string // "SRC>TGT" of the 057 events, in any order
		notWith string   // a country no 057 event may have as a side
	}{
		{"Chad welcomed the ceasefire agreement signed by Sudan and South Sudan on Monday.", []string{"SDN>SSD", "SSD>SDN"}, "TCD"},
		{"Sudan rejected the treaty signed by Egypt on Monday.", []string{"EGY>"}, "SDN"},
		{"A deal signed by Sudan and South Sudan took effect on Monday.", []string{"SDN>SSD", "SSD>SDN"}, ""},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		got := map[string]bool{}
		for _, e := range art.Events {
			if e.CAMEO != "057" {
				continue
			}
			var src, tgt string
			if len(e.Source) > 0 {
				src = e.Source[0].Country
			}
			if len(e.Target) > 0 {
				tgt = e.Target[0].Country
			}
			got[src+">"+tgt] = true
			if tc.notWith != "" && (src == tc.notWith || tgt == tc.notWith) {
				t.Errorf("%s: signing with %s:%s", tc.text, tc.notWith, describe(art.Events))
			}
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%s: no signing %s:%s", tc.text, w, describe(art.Events))
			}
		}
	}
}
