package events_test

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
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
		checkCountryPairs(t, tc.text, art.Events, func(e model.Event) bool { return e.CAMEO == "057" }, tc.want, tc.notWith)
	}
}
