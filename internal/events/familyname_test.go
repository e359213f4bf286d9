package events_test

import (
	"testing"
	"time"
)

// A lone family name after the article named its bearer in full is that
// person, as the resolver linked it, even where a holder of high office
// shares the family name: "Greta Scholz ... Scholz urged" is not the
// German chancellor. With no fuller name in the article the lone name
// is still the office holder's. A person the apposition makes an
// international organisation's ("a U.N. human rights investigator") is of
// the organisation's code, as "a U.N. spokeswoman" is.
func TestFamilyNameOfNamedPerson(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text, wantID, wantCountry string
	}{
		{"BERLIN (Wire) - Greta Scholz, who heads a refugee charity in Hamburg, criticised the deportations on Monday. Scholz urged the Bundestag to halt the flights.", "doc:person:greta_scholz", ""},
		{"GENEVA (Wire) - Laura Albanese, a U.N. human rights investigator, criticised the blockade on Monday. Albanese urged the Security Council to condemn the seizure.", "doc:person:laura_albanese", "UNO"},
		{"BERLIN (Wire) - Scholz urged the Bundestag on Monday to halt the deportation flights.", "person:olaf_scholz", "DEU"},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		var n int
		for _, e := range art.Events {
			if e.Type != "REQUEST" {
				continue
			}
			n++
			if len(e.Source) != 1 || e.Source[0].ActorID != tt.wantID || e.Source[0].Country != tt.wantCountry {
				t.Errorf("%q: REQUEST source = %+v, want one actor %s of country %q", tt.text, e.Source, tt.wantID, tt.wantCountry)
			}
		}
		if n != 1 {
			t.Errorf("%q: %d REQUEST events, want 1; events %+v", tt.text, n, art.Events)
		}
	}
}
