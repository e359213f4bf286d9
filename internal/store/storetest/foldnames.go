package storetest

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// WriteFoldedNames stores the actors and the event CheckFoldedNames looks
// up: names with capitals and letters outside ASCII ("Türkiye", "Mélanie
// Joly"), two actors whose names fold to one ("São Tomé", "Sao Tome"),
// and an event whose target is named only by its words. It returns the
// event, for a migration test that rewrites its keys as an older store
// wrote them.
func WriteFoldedNames(t *testing.T, s store.Store) *store.Event {
	t.Helper()
	a := article("https://fold.example/1", "fold.example", "Talks", "x", "2024-03-01T00:00:00Z")
	a.Data.Actors = []model.ActorRef{
		{ID: "TUR", Name: "Türkiye", Type: "country", Country: "TUR"},
		{ID: "CAN.GOV.FM", Name: "Mélanie Joly", Type: "person", Country: "CAN"},
		{ID: "STP", Name: "São Tomé", Type: "country", Country: "STP"},
		{ID: "STP.CITY", Name: "Sao Tome", Type: "place", Country: "STP"},
	}
	a.Data.Quotes = []model.Quote{quote("Nous verrons", "la ministre", "CAN.GOV.FM", "", "")}
	insert(t, s, a)
	e := &store.Event{Key: "fold-1", Date: "2024-03-01", Type: "CONSULT", Mode: "meet",
		SourceActor: "TUR", SourceName: "Türkiye", SourceCountry: "TUR", TargetName: "Ministre Mélanie Joly"}
	addEvent(t, s, e, a)
	return e
}

// CheckFoldedNames looks the actors WriteFoldedNames stored up by names
// typed in other cases and without their accents: each lookup that
// matches a name to an actor (Actor, Speakers' name way, the events'
// actor, source and target filters, an actor's counterparts) finds them,
// and a name two actors fold to lists both.
func CheckFoldedNames(t *testing.T, s store.Store) {
	t.Helper()
	ctx := context.Background()
	for _, c := range []struct{ name, want string }{
		{"TÜRKIYE", "TUR"}, {"turkiye", "TUR"}, {" Türkıye ", "TUR"},
		{"Melanie Joly", "CAN.GOV.FM"}, {"MÉLANIE JOLY", "CAN.GOV.FM"},
	} {
		if a, err := s.Actor(ctx, c.name); err != nil || a.ID != c.want {
			t.Errorf("Actor(%q) = %+v, %v; want %s", c.name, a, err, c.want)
		}
		if m, err := s.Speakers(ctx, c.name, nil); err != nil || len(m) != 1 || m[0].ID != c.want || m[0].By != store.MatchName {
			t.Errorf("Speakers(%q) = %+v, %v; want %s by name", c.name, m, err, c.want)
		}
	}
	// The words that named a quote's speaker, and a person's family name
	// alone, however cased or accented.
	for _, c := range []struct{ name, by string }{
		{"LA MINISTRE", store.MatchWording}, {"la ministre", store.MatchWording},
		{"JOLY", store.MatchFamily}, {"joly", store.MatchFamily},
	} {
		if m, err := s.Speakers(ctx, c.name, nil); err != nil || len(m) != 1 || m[0].ID != "CAN.GOV.FM" || m[0].By != c.by {
			t.Errorf("Speakers(%q) = %+v, %v; want CAN.GOV.FM by %s", c.name, m, err, c.by)
		}
	}
	// Two actors answer to "sao tome": both are candidates, by name.
	if m, err := s.Speakers(ctx, "SAO TOME", nil); err != nil || len(m) != 2 || m[0].By != store.MatchName || m[1].By != store.MatchName {
		t.Errorf("Speakers(SAO TOME) = %+v, %v; want STP and STP.CITY by name", m, err)
	}
	for _, q := range []store.EventQuery{
		{Actor: "TÜRKIYE"}, {Actor: "turkiye"}, {Source: "Turkiye"},
		{Target: "ministre melanie joly"}, {Actor: "MINISTRE MÉLANIE JOLY"},
	} {
		if evs, err := s.Events(ctx, q); err != nil || len(evs) != 1 || evs[0].Key != "fold-1" {
			t.Errorf("Events(%+v) = %d events, %v; want fold-1", q, len(evs), err)
		}
	}
	if cps, err := s.Actors(ctx, store.ActorQuery{Actor: "TURKIYE"}); err != nil || len(cps) != 1 || cps[0].Name != "Ministre Mélanie Joly" {
		t.Errorf("counterparts of TURKIYE = %+v, %v; want Ministre Mélanie Joly", cps, err)
	}
}

func testFoldedNames(t *testing.T, s store.Store) {
	WriteFoldedNames(t, s)
	CheckFoldedNames(t, s)
}
