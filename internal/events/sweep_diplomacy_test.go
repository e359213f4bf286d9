package events_test

import "testing"

// TestSweepDiplomacy runs testdata/sweep_diplomacy.tsv: sentences written
// for this repository on diplomacy (meetings, calls, visits, summits,
// envoys, summoned ambassadors and protests lodged, praise and
// condemnation, diplomatic ties made, cut and restored, recognition,
// joining and leaving alliances and blocs, mediation) and on the places
// such acts are told at, which are no party to them.
func TestSweepDiplomacy(t *testing.T) {
	runSweep(t, "testdata/sweep_diplomacy.tsv", 160)
}
