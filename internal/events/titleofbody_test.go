package events_test

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// A title naming its body after "of" before a person's name ("Secretary of
// Homeland Security Alejandro Mayorkas") is the person's: the person is the
// event's party, with the body's country, not the title word alone.
func TestTitleOfBodyIsThePersons(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text, side, wantID, wantCountry string
	}{
		{"Secretary of Homeland Security Alejandro Mayorkas criticised Mexico on Monday.", "source", "doc:person:alejandro_mayorkas", "USA"},
		{"Mexico criticised Secretary of Homeland Security Alejandro Mayorkas on Monday.", "target", "doc:person:alejandro_mayorkas", "USA"},
		// Must not: the title alone stays the body.
		{"The Secretary of Homeland Security criticised Mexico on Monday.", "source", "USA.GOV.DHS", "USA"},
	} {
		content := "Report\n\n" + tt.text + "\n"
		doc := &model.Document{Source: "test", Raw: []byte(content), Content: content, Format: model.FormatText, Charset: "utf-8", Published: pub}
		if err := pipeline.Run(context.Background(), stages, doc); err != nil {
			t.Fatalf("%s: %v", tt.text, err)
		}
		found := false
		for _, e := range doc.Article.Events {
			side := e.Source
			if tt.side == "target" {
				side = e.Target
			}
			for _, a := range side {
				if a.ActorID == tt.wantID && a.Country == tt.wantCountry {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%q: no event with %s %s (%s); events %+v", tt.text, tt.side, tt.wantID, tt.wantCountry, doc.Article.Events)
		}
	}
}
