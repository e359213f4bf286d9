package quotes

import (
	"testing"
	"time"
)

// TestMouthpieceCountry checks that a mouthpiece ("his office", "its
// spokesman", "the president's office", "the ministry's spokesman") speaks
// for whom its possessive points back to: a knowledge-base office holder's
// office is their country's sector actor, a body's spokesman is the body,
// a person the article alone names gives country and sector and, for
// their own staff (office, spokesman, aides), that person's own actor, never
// a national one (their office may be local), a deputy speaks in their own
// name, "his lawyers" speak as their client (its own actor), and "its spokeswoman" after a body no one
// tagged takes nothing (the nearest tagged body would be a guess).
func TestMouthpieceCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	stages := probePipeline(t)
	cases := []struct {
		text, speaker, actor, country, sector string
	}{
		{"Brazilian President Luiz Inacio Lula da Silva will skip the summit in Kazan, his office said on Sunday.", "his office", "BRA.GOV", "BRA", "government"},
		{"Russian President Vladimir Putin spoke with the Turkish president by telephone. His spokesman said the call was useful.", "His spokesman", "RUS.GOV", "RUS", "government"},
		{"President William Ruto toured the port on Monday. The president's office said the visit would last two days.", "The president's office", "KEN.GOV", "KEN", "government"},
		{"Texas Governor Greg Abbott toured the border on Monday. His office said the visit would last two days.", "His office", "doc:person:greg_abbott", "USA", "government"},
		{"France's foreign ministry condemned the attack. Its spokesman said Paris would summon the ambassador.", "Its spokesman", "FRA.GOV", "FRA", "government"},
		{"The European Commission fined a carmaker 200 million euros on Monday. Its spokesman said the firm had 30 days to appeal.", "Its spokesman", "EUR.COM", "EUR", "igo"},
		// Staff and deputies are of the owner's office; lawyers speak
		// for the client itself, its own actor.
		{"Russian President Vladimir Putin met the envoy on Thursday. His advisers said the talks had been useful.", "His advisers", "RUS.GOV", "RUS", "government"},
		{"Carmen Vidal, the Chilean finance minister, flew to Geneva on Tuesday. Her deputy said the budget would be presented in June.", "Her deputy", "", "CHL", "government"},
		{"Lima mayor Ricardo Salas was charged with bribery on Monday. His lawyers said he would plead not guilty.", "His lawyers", "doc:person:ricardo_salas", "PER", "government"},
		{"Norvik Shipping denied the claims on Wednesday. Its lawyers said the contract had been signed lawfully.", "Its lawyers", "doc:org:norvik_shipping", "", ""},
		{"Russian President Vladimir Putin met the Turkish president. The airline fired its chief executive on Monday. Its spokeswoman said the board acted alone.", "Its spokeswoman", "", "", ""},
	}
	for _, c := range cases {
		got, quotes := speakerByText(t, stages, c.text, time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), c.speaker)
		if got == nil {
			t.Errorf("%q: no quote by %q in %+v", c.text, c.speaker, quotes)
			continue
		}
		if got.ActorID != c.actor || got.Country != c.country || got.Sector != c.sector {
			t.Errorf("%q: speaker %+v, want actor %q country %q sector %q", c.text, *got, c.actor, c.country, c.sector)
		}
	}
}
