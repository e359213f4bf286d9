package merge

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestGovernmentBodyMeetsItsState: a party the knowledge base names as a
// country's governing body ("the Taliban government", AFG.GOV.TALIBAN since
// the Taliban took Kabul) is part of the state, so it matches another
// outlet's "Afghanistan's government" and its "Afghan security forces" on
// the country, as the acts of one state's bodies do. The same movement as a
// rebel group (before 2021) matches the country named whole, which stands
// for any of its actors, but no body of the state it fought.
func TestGovernmentBodyMeetsItsState(t *testing.T) {
	govt := model.EventActor{Text: "Afghanistan's government", ActorID: "AFG", Country: "AFG", Sector: "government"}
	forces := model.EventActor{Text: "Afghan security forces", Country: "AFG", Sector: "military"}
	for _, c := range []struct {
		name         string
		a            model.EventActor
		govt, forces int
	}{
		{"the Taliban government", model.EventActor{Text: "Taliban government", ActorID: "AFG.GOV.TALIBAN", Country: "AFG", Sector: "government"}, sideCountry, sideCountry},
		{"the Taliban (2023)", model.EventActor{Text: "Taliban", ActorID: "AFG.GOV.TALIBAN", Country: "AFG", Sector: "government"}, sideCountry, sideCountry},
		{"the Taliban (2019)", model.EventActor{Text: "Taliban", ActorID: "AFG.REB.TALIBAN", Country: "AFG", Sector: "rebel"}, sideCountry, sideNone},
		{"the Pakistani Taliban", model.EventActor{Text: "Pakistani Taliban", ActorID: "PAK.REB.TTP", Country: "PAK", Sector: "rebel"}, sideNone, sideNone},
	} {
		p := eventParty([]model.EventActor{c.a})
		if got := sideMatch(p, eventParty([]model.EventActor{govt})); got != c.govt {
			t.Errorf("sideMatch(%s, %s) = %d, want %d", c.name, govt.Text, got, c.govt)
		}
		if got := sideMatch(p, eventParty([]model.EventActor{forces})); got != c.forces {
			t.Errorf("sideMatch(%s, %s) = %d, want %d", c.name, forces.Text, got, c.forces)
		}
	}
}
