package events_test

import (
	"context"
	"errors"
	"runtime"
	"strings"
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
	doc := &model.Document{Source: "cancel", Article: &model.Article{Text: pipelinetest.Story(60), Language: "en"}}
	// Every stage but extract (the text is the article) and events.
	if err := pipeline.Run(context.Background(), stages[1:len(stages)-1], doc); err != nil {
		t.Fatal(err)
	}
	if err := coder.Process(context.Background(), doc); err != nil || len(doc.Article.Events) == 0 {
		t.Fatalf("live context: %d events, err %v; want events", len(doc.Article.Events), err)
	}
	doc.Article.Events = nil
	before := runtime.NumGoroutine()
	// Live for the stage's own look and two of the coder's.
	err := coder.Process(pipelinetest.CancelAfter(3), doc)
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "stopped at sentence") {
		t.Fatalf("err = %v, want context.Canceled with where it stopped", err)
	}
	t.Logf("stopped: %v", err)
	if strings.Contains(err.Error(), "stopped at sentence 1 of") {
		t.Errorf("err = %v: stopped before coding any sentence", err)
	}
	if doc.Article.Events != nil {
		t.Errorf("a stopped coder left %d events", len(doc.Article.Events))
	}
	pipelinetest.NoGoroutinesLeft(t, before)
}
