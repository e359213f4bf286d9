package events_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// An act only tried ("tried to seize power") is coded as the act, with a
// confidence below the same act reported as done but still that of a
// main-clause event (>= 0.5).
func TestAttemptLowersConfidence(t *testing.T) {
	stages := fullPipeline(t)
	conf := func(text string) float64 {
		t.Helper()
		doc := &model.Document{Source: "attempt", Article: &model.Article{Text: text, Language: "en"}}
		if err := pipeline.Run(context.Background(), stages[1:], doc); err != nil {
			t.Fatal(err)
		}
		for _, e := range doc.Article.Events {
			if e.Type == "COERCE" {
				return e.Confidence
			}
		}
		t.Fatalf("%q: no COERCE event in %+v", text, doc.Article.Events)
		return 0
	}
	done := conf("Army officers in Guinea-Bissau seized power by force on Monday.")
	tried := conf("Army officers in Guinea-Bissau tried to seize power by force on Monday.")
	attempted := conf("Army officers in Guinea-Bissau attempted to seize power by force on Monday.")
	for name, c := range map[string]float64{"tried": tried, "attempted": attempted} {
		if c >= done || c < 0.5 {
			t.Errorf("%s: confidence %.2f, want below %.2f (done) and at least 0.5", name, c, done)
		}
	}
}
