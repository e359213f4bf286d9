package events_test

import (
	"testing"
	"time"
)

// TestBareOfficeAppositionKeepsPerson checks that a person renamed by an
// office without an article ("Jean Dupont, leader of the opposition
// Movement for Renewal,") stays the verb's subject, with the country and
// sector his body gives him, rather than the body named after "of"; the
// probes compare countries and sectors only, which the person and his
// party share. Sentences written for this test.
func TestBareOfficeAppositionKeepsPerson(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, typ, source, country, sector string
	}{
		{"TUNIS (Wire) - Jean Dupont, leader of the opposition Movement for Renewal, accused the government of fraud on Monday.", "ACCUSE", "Jean Dupont", "TUN", "opposition"},
		{"TUNIS (Wire) - Jean Dupont, the leader of the opposition Movement for Renewal, accused the government of fraud on Monday.", "ACCUSE", "Jean Dupont", "TUN", "opposition"},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		found := false
		for _, e := range art.Events {
			if e.Type != tc.typ || len(e.Source) == 0 {
				continue
			}
			found = true
			s := e.Source[0]
			if s.Text != tc.source || s.Country != tc.country || s.Sector != tc.sector {
				t.Errorf("%s\n\tsource %q %s/%s, want %q %s/%s; got:%s", tc.text, s.Text, s.Country, s.Sector, tc.source, tc.country, tc.sector, describe(art.Events))
			}
		}
		if !found {
			t.Errorf("%s\n\twant a %s event; got:%s", tc.text, tc.typ, describe(art.Events))
		}
	}
}
