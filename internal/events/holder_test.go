package events_test

import (
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A role the resolver read as the office's holder ("the Kenyan president"
// in 2024 is William Ruto) makes the event's party that person, with his
// country and sector, as "Kenyan President William Ruto" would; a deputy
// ("the Italian deputy prime minister") is no holder of the office he
// deputises in and stays his government.
func TestRoleHolderIsTheEventsParty(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text, side, wantID, wantCountry, wantSector string
	}{
		{"The Kenyan president criticised Uganda on Monday.", "source", "person:william_ruto", "KEN", "government"},
		{"Kenya's president criticised Uganda on Monday.", "source", "person:william_ruto", "KEN", "government"},
		{"Uganda criticised the Kenyan president on Monday.", "target", "person:william_ruto", "KEN", "government"},
		{"The South African deputy president met the Kenyan president on Monday.", "source", "person:paul_mashatile", "ZAF", "government"},
		{"The Italian deputy prime minister criticised France on Monday.", "source", "ITA.GOV", "ITA", "government"},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		if !hasParty(art, tt.side, func(a model.EventActor) bool {
			return a.ActorID == tt.wantID && a.Country == tt.wantCountry && a.Sector == tt.wantSector
		}) {
			t.Errorf("%q: no event with %s %s (%s, %s); events %+v", tt.text, tt.side, tt.wantID, tt.wantCountry, tt.wantSector, art.Events)
		}
	}
}

// hasParty says whether an event of art has on side ("source" or "target")
// a party that match accepts.
func hasParty(art *model.Article, side string, match func(model.EventActor) bool) bool {
	for _, e := range art.Events {
		parties := e.Source
		if side == "target" {
			parties = e.Target
		}
		if slices.ContainsFunc(parties, match) {
			return true
		}
	}
	return false
}
