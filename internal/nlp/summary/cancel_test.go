package summary

import (
	"context"
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline/pipelinetest"
)

// A cancelled context stops the summary of a long article between its
// passes over the sentences: the article keeps no summary and no goroutine
// runs on.
func TestProcessStopsOnCancel(t *testing.T) {
	s := New(Config{})
	text := pipelinetest.Story(60)
	live := &model.Document{Article: &model.Article{Text: text, Language: "en"}}
	if err := s.Process(context.Background(), live); err != nil || live.Article.Summary == "" {
		t.Fatalf("live context: summary %q, err %v; want a summary", live.Article.Summary, err)
	}
	for looks, where := range []string{"reading the sentences", "the centroid"} {
		doc := &model.Document{Article: &model.Article{Text: text, Language: "en"}}
		before := runtime.NumGoroutine()
		err := s.Process(pipelinetest.CancelAfter(looks), doc)
		if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "stopped after "+where) {
			t.Errorf("live for %d looks: err = %v, want context.Canceled after %s", looks, err, where)
		}
		if doc.Article.Summary != "" {
			t.Errorf("live for %d looks: a stopped stage left the summary %q", looks, doc.Article.Summary)
		}
		pipelinetest.NoGoroutinesLeft(t, before)
	}
}
