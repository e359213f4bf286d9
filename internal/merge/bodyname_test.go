package merge

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// A body an article names by a name of its own that resolves to its
// country's sector for want of an actor of its own keeps that name on the
// stored event ("Central Bank of Nigeria", actor NGA.GOV); a mention that
// says no more than the actor's name, a common noun, and a body with a
// curated actor of its own are named as the article's actor list names
// them.
func TestEventKeepsTheNameOfABodyStandingForItsSector(t *testing.T) {
	pub := time.Date(2026, 11, 3, 9, 0, 0, 0, time.UTC)
	actors := []model.ActorRef{
		{ID: "NGA.GOV", Name: "Nigeria government", Type: "role"}, {ID: "NGA.MIL", Name: "Nigeria military", Type: "role"},
		{ID: "GBR.GOV.BOE", Name: "Bank of England", Type: "organisation"}, {ID: "GHA", Name: "Ghana", Type: "country"},
	}
	for _, c := range []struct {
		name       string
		mention    string // the source's words in the event
		entityType string // the entity those words are ("" for none)
		id, sector string
		want       string
	}{
		{"a central bank of no actor of its own", "the Central Bank of Nigeria", model.EntityOrg, "NGA.GOV", "government", "Central Bank of Nigeria"},
		{"an army named by its country's demonym", "Nigerian Army", model.EntityOrg, "NGA.MIL", "military", "Nigerian Army"},
		{"the government as its actor is named", "the Nigerian Government", model.EntityOrg, "NGA.GOV", "government", "Nigeria government"},
		{"a common noun, not a name", "the finance ministry", "ROLE", "NGA.GOV", "government", "Nigeria government"},
		{"no entity of those words", "Central Bank of Nigeria", "", "NGA.GOV", "government", "Nigeria government"},
		{"a curated actor of its own", "the Bank of England", model.EntityOrg, "GBR.GOV.BOE", "government", "Bank of England"},
	} {
		t.Run(c.name, func(t *testing.T) {
			country := c.id[:3]
			a := &model.Article{URL: "https://w.example/1", Title: "t", Text: "x", Published: &pub, Actors: actors,
				Events: []model.Event{{ID: "e1", Type: "ACCUSE", Date: "2026-11-03", Confidence: 1,
					Source: []model.EventActor{{Text: c.mention, ActorID: c.id, Country: country, Sector: c.sector}},
					Target: []model.EventActor{{Text: "Ghana", ActorID: "GHA", Country: "GHA"}}}}}
			if c.entityType != "" {
				text := c.mention
				if len(text) > 4 && text[:4] == "the " {
					text = text[4:]
				}
				a.Entities = []model.Entity{{Text: text, Type: c.entityType, ActorID: c.id, Country: country, Sector: c.sector}}
			}
			s := openStore(t)
			applyAll(t, s, &model.Document{URL: a.URL, Raw: []byte(a.URL), Article: a})
			evs, err := s.Events(context.Background(), store.EventQuery{Actor: c.id})
			if err != nil || len(evs) != 1 {
				t.Fatalf("events of %s: %v, %v", c.id, evs, err)
			}
			if got := evs[0].SourceName; got != c.want {
				t.Errorf("source named %q, want %q", got, c.want)
			}
		})
	}
}

func TestNamesMoreThan(t *testing.T) {
	for _, c := range []struct {
		text, actor string
		want        bool
	}{
		{"Central Bank of Nigeria", "Nigeria government", true},
		{"Nigerian Government", "Nigeria government", false},
		{"Government of Nigeria", "Nigeria government", false},
		{"Nigerian Ports Authority", "Nigeria government", true},
		{"Ghanaian Armed Forces", "Ghana military", true},
		{"Central Bank of Nigeria", "", false},
	} {
		if got := namesMoreThan(c.text, c.actor); got != c.want {
			t.Errorf("namesMoreThan(%q, %q) = %v, want %v", c.text, c.actor, got, c.want)
		}
	}
}
