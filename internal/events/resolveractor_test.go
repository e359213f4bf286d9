package events_test

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A demonym or a country's name before a role word the resolver made that
// country's body ("the Kenyan government": KEN.GOV) is that body in the
// event, as the resolver has it, not the bare country the demonym alone
// names; a country alone, a role the resolver gave no actor of the
// country, and a holder of an office the resolver found keep what they
// were.
func TestCountryRoleKeepsResolversBody(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text, side, wantID, wantCountry, wantSector string
	}{
		{"The Kenyan government accused the opposition of spreading lies on Monday.", "source", "KEN.GOV", "KEN", "government"},
		{"Kenya's government accused the opposition of spreading lies on Monday.", "source", "KEN.GOV", "KEN", "government"},
		{"Uganda criticised the Kenyan government on Monday.", "target", "KEN.GOV", "KEN", "government"},
		{"Nigerian troops attacked Boko Haram fighters on Monday.", "source", "NGA.MIL", "NGA", "military"},
		// Near misses.
		{"Kenya criticised Uganda on Monday.", "source", "KEN", "KEN", ""},
		{"The Kenyan president criticised Uganda on Monday.", "source", "person:william_ruto", "KEN", "government"},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		if !hasParty(art, tt.side, func(a model.EventActor) bool {
			return a.ActorID == tt.wantID && a.Country == tt.wantCountry && a.Sector == tt.wantSector
		}) {
			t.Errorf("%q: no event with %s %s (%s, %s); events %+v", tt.text, tt.side, tt.wantID, tt.wantCountry, tt.wantSector, art.Events)
		}
	}
}

// An armed group the knowledge base knows keeps its sector as an event's
// party, also under a name whose group has ended ("al-Nusra Front" after
// its 2017 merger is still the Syrian rebels of that name).
func TestArmedGroupTargetsKeepSector(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ text, wantID, wantCountry string }{
		{"Syrian government forces attacked al-Nusra Front positions near Idlib on Monday.", "SYR.REB.NUSRA", "SYR"},
		{"Russian jets bombed Nusra fighters on Monday.", "SYR.REB.NUSRA", "SYR"},
		{"Nigerian troops attacked ISWAP fighters on Monday.", "NGA.REB.ISWAP", "NGA"},
		{"Iraqi police arrested Kataib Hezbollah members on Monday.", "IRQ.REB.KATAIBHEZBOLLAH", "IRQ"},
		{"Israel struck Hezbollah targets on Monday.", "LBN.REB.HEZBOLLAH", "LBN"},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		found := false
		for _, e := range art.Events {
			for _, a := range e.Target {
				if a.ActorID == tt.wantID && a.Country == tt.wantCountry && a.Sector == "rebel" {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%q: no event with target %s (%s, rebel); events %+v", tt.text, tt.wantID, tt.wantCountry, art.Events)
		}
	}
}
