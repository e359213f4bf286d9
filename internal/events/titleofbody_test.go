package events_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A title naming its body after "of" before a person's name ("Secretary of
// Homeland Security Alejandro Mayorkas") is the person's: the person is the
// event's party, with the body's country, not the title word alone; the
// title alone is the body's head in office, or the body, and its phrase
// the event actor's text.
func TestTitleOfBodyIsThePersons(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text, side, wantID, wantCountry string
	}{
		{"Secretary of Homeland Security Jane Roe criticised Mexico on Monday.", "source", "doc:person:jane_roe", "USA"},
		{"Mexico criticised Secretary of Homeland Security Jane Roe on Monday.", "target", "doc:person:jane_roe", "USA"},
		{"Secretary of Homeland Security Alejandro Mayorkas criticised Mexico on Monday.", "source", "person:alejandro_mayorkas", "USA"},
		// The title alone is the secretary in office on the article's
		// date (leaders.tsv lists the office), not the title word.
		{"The Secretary of Homeland Security criticised Mexico on Monday.", "source", "person:alejandro_mayorkas", "USA"},
		// A former secretary is no holder: the department's.
		{"The former Secretary of Homeland Security criticised Mexico on Monday.", "source", "USA.GOV.DHS", "USA"},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		if !hasParty(art, tt.side, func(a model.EventActor) bool {
			return a.ActorID == tt.wantID && a.Country == tt.wantCountry && strings.Contains(a.Text, "Secretary of Homeland Security")
		}) {
			t.Errorf("%q: no event with %s %s (%s); events %+v", tt.text, tt.side, tt.wantID, tt.wantCountry, art.Events)
		}
	}
}
