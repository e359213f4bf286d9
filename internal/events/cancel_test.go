package events_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/pipeline/pipelinetest"
)

// A cancelled context stops the coding of a long article partway through
// (the coder looks at it every few sentences), leaves the article without
// events and no goroutine running; the same article coded with a live
// context has events, so the stop is the context's doing.
func TestStageStopsOnCancel(t *testing.T) {
	stages := fullPipeline(t)
	coder := stages[len(stages)-1]
	prepared := &model.Document{Source: "cancel", Article: &model.Article{Text: pipelinetest.Story(60), Language: "en"}}
	// Every stage but extract (the text is the article) and events.
	if err := pipeline.Run(context.Background(), stages[1:len(stages)-1], prepared); err != nil {
		t.Fatal(err)
	}
	newDoc := func() *model.Document {
		a := *prepared.Article
		a.Events = nil
		return &model.Document{Source: prepared.Source, Article: &a}
	}
	// Live for the stage's own look and two of the coder's.
	pipelinetest.StopsOnCancel(t, coder.Process, newDoc,
		func(a *model.Article) bool { return len(a.Events) > 0 },
		pipelinetest.SentenceStop(3))
}
