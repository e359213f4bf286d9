package events_test

import (
	"testing"
	"time"
)

// TestGivingNounFrom checks that a verb of giving used as a noun with
// "from" after it ("funding from the IMF") codes the one after "from" as
// the giver, whatever the confidence the clause gets (an object of "won" or
// of a relative clause's verb is below the main-clause threshold the probes
// use, so the probes cannot hold these rows).
func TestGivingNounFrom(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text       string
		want, deny string // probe specs, as in testdata/probes.txt
	}{
		{"Ghana won funding from the World Bank for its cocoa farmers on Monday.", "AID WBK>GHA cameo=071", "AID GHA>*"},
		{"The agreement unlocks further funding from the International Monetary Fund, the finance minister said.", "AID IMF>*", "AID *>IMF"},
		// A verb's object stays the recipient.
		{"The United States is funding the Ukrainian army.", "AID USA>UKR", "AID UKR>*"},
		{"Qatar provided funding to Hamas on Monday.", "AID QAT>PSE", "AID PSE>*"},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		evs := art.Events
		for _, p := range parseProbes(t, tc.want) {
			found := false
			for _, e := range evs {
				found = found || probeFits(p, e, false)
			}
			if !found {
				t.Errorf("%s\n\tmissing %+v; got:%s", tc.text, p, describe(evs))
			}
		}
		for _, p := range parseProbes(t, tc.deny) {
			for _, e := range evs {
				if probeFits(p, e, true) {
					t.Errorf("%s\n\tunwanted %+v; got:%s", tc.text, p, describe(evs))
				}
			}
		}
	}
}
