package events_test

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// TestWholeKBNameText: the source of an event is written with the whole
// name the resolver linked to its knowledge-base body, not the head noun the
// knowledge-base scan would keep after splitting the name at "and".
func TestWholeKBNameText(t *testing.T) {
	stages := fullPipeline(t)
	for _, c := range []struct {
		name, text, wantText, wantID string
	}{
		{"the body acts", "NAIROBI (Wire) - The Ethics and Anti-Corruption Commission arrested a county governor on Monday over the theft of public funds.",
			"Ethics and Anti-Corruption Commission", "KEN.GOV.EACC"},
		{"the body says it acted", "NAIROBI (Wire) - The Ethics and Anti-Corruption Commission said on Monday it had arrested a county governor over the theft of public funds.",
			"Ethics and Anti-Corruption Commission", "KEN.GOV.EACC"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := probeDocument(t, c.text, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
			if err := pipeline.Run(context.Background(), stages, doc); err != nil {
				t.Fatal(err)
			}
			found := false
			for _, e := range doc.Article.Events {
				if e.Type != "COERCE" || len(e.Source) == 0 {
					continue
				}
				found = true
				if s := e.Source[0]; s.Text != c.wantText || s.ActorID != c.wantID {
					t.Errorf("source %q %q, want %q %q", s.Text, s.ActorID, c.wantText, c.wantID)
				}
			}
			if !found {
				t.Fatalf("no COERCE event with a source: %s", describe(doc.Article.Events))
			}
		})
	}
}
