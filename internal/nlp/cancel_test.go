package nlp

import (
	"context"
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline/pipelinetest"
)

// A cancelled context stops the tagging of a long article partway through
// (the tagger's loop looks at it every few sentences): the article keeps no
// sentences or entities and no goroutine runs on.
func TestProcessStopsOnCancel(t *testing.T) {
	s, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	text := pipelinetest.Story(60)
	live := &model.Document{Article: &model.Article{Text: text, Language: "en"}}
	if err := s.Process(context.Background(), live); err != nil || len(live.Article.Entities) == 0 {
		t.Fatalf("live context: %d entities, err %v; want entities", len(live.Article.Entities), err)
	}
	doc := &model.Document{Article: &model.Article{Text: text, Language: "en"}}
	before := runtime.NumGoroutine()
	err = s.Process(pipelinetest.CancelAfter(2), doc)
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "stopped at sentence") {
		t.Fatalf("err = %v, want context.Canceled with where it stopped", err)
	}
	t.Logf("stopped: %v", err)
	if strings.Contains(err.Error(), "stopped at sentence 1 of") {
		t.Errorf("err = %v: stopped before tagging any sentence", err)
	}
	if doc.Article.Sentences != nil || doc.Article.Entities != nil {
		t.Errorf("a stopped stage left %d sentences, %d entities", len(doc.Article.Sentences), len(doc.Article.Entities))
	}
	pipelinetest.NoGoroutinesLeft(t, before)
}
