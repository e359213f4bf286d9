package events_test

import (
	"testing"
	"time"
)

// TestJourneyEndsNoTarget checks that the origin and destination of a
// journey the acted-on thing was on ("a flight from Aswan to Cairo", "a
// tanker sailing from Oman") are no target of the act, background events
// included, and that a participle on the sentence's subject takes no
// target from the main verb after it ("was diverted to Cyprus"). A trip
// that is itself the event keeps its destination (last row). Sentences
// written for this test.
func TestJourneyEndsNoTarget(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text    string
		typ     string
		notTgt  []string // texts that must not be a target of an event of typ
		wantTgt string   // a text that must be a target, or ""
	}{
		{"ATHENS (Wire) - A passenger jet hijacked on Monday during a domestic flight from Aswan to Cairo was diverted to Cyprus.", "ASSAULT", []string{"Aswan", "Cairo", "Cyprus"}, ""},
		{"NAIROBI (Wire) - Somali pirates seized a cargo ship sailing from Oman to Kenya on Sunday.", "COERCE", []string{"Oman", "Kenya"}, ""},
		{"KABUL (Wire) - Gunmen attacked a bus travelling from Herat to Kandahar on Monday.", "ASSAULT", []string{"Herat", "Kandahar"}, ""},
		{"NEW DELHI (Wire) - Modi's trip to Washington drew protests.", "CONSULT", nil, "Washington"},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		found := tc.wantTgt == ""
		for _, e := range art.Events {
			if e.Type != tc.typ {
				continue
			}
			for _, a := range e.Target {
				for _, bad := range tc.notTgt {
					if a.Text == bad {
						t.Errorf("%s\n\t%q is a target:%s", tc.text, bad, describe(art.Events))
					}
				}
				found = found || a.Text == tc.wantTgt
			}
		}
		if !found {
			t.Errorf("%s\n\twant target %q:%s", tc.text, tc.wantTgt, describe(art.Events))
		}
	}
}
