package quotes

import (
	"context"
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline/pipelinetest"
)

// A cancelled context stops the search for quotes in a long article
// partway through (it looks at ctx every few sentences): the article keeps
// no quotes and no goroutine runs on.
func TestProcessStopsOnCancel(t *testing.T) {
	f, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := pipelinetest.Story(60)
	live := &model.Document{Article: &model.Article{Text: text, Language: "en"}}
	if err := f.Process(context.Background(), live); err != nil || len(live.Article.Quotes) == 0 {
		t.Fatalf("live context: %d quotes, err %v; want quotes", len(live.Article.Quotes), err)
	}
	doc := &model.Document{Article: &model.Article{Text: text, Language: "en"}}
	before := runtime.NumGoroutine()
	err = f.Process(pipelinetest.CancelAfter(2), doc)
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "stopped at sentence") {
		t.Fatalf("err = %v, want context.Canceled with where it stopped", err)
	}
	t.Logf("stopped: %v", err)
	if strings.Contains(err.Error(), "stopped at sentence 1 of") {
		t.Errorf("err = %v: stopped before reading any sentence", err)
	}
	if doc.Article.Quotes != nil {
		t.Errorf("a stopped stage left %d quotes", len(doc.Article.Quotes))
	}
	pipelinetest.NoGoroutinesLeft(t, before)
}
