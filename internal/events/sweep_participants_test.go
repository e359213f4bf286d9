package events_test

import "testing"

// TestSweepParticipants runs testdata/sweep_participants.tsv: sentences
// written for this repository on who the source and the target of an
// event are (fronted participles, places and capitals, armed groups
// named by acronyms, visits and meetings with no political actor).
func TestSweepParticipants(t *testing.T) {
	runSweep(t, "testdata/sweep_participants.tsv", 10)
}
