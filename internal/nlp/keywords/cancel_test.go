package keywords

import (
	"context"
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline/pipelinetest"
)

// A cancelled context stops the keyphrase extraction of a long article
// between its passes over the words: the article keeps no keyphrases and
// no goroutine runs on.
func TestProcessStopsOnCancel(t *testing.T) {
	x := New(Config{})
	text := pipelinetest.Story(60)
	live := &model.Document{Article: &model.Article{Text: text, Language: "en"}}
	if err := x.Process(context.Background(), live); err != nil || len(live.Article.Keywords) == 0 {
		t.Fatalf("live context: %d keyphrases, err %v; want keyphrases", len(live.Article.Keywords), err)
	}
	for looks, where := range []string{"reading the words", "the candidates", "ranking the words"} {
		doc := &model.Document{Article: &model.Article{Text: text, Language: "en"}}
		before := runtime.NumGoroutine()
		err := x.Process(pipelinetest.CancelAfter(looks), doc)
		if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "stopped after "+where) {
			t.Errorf("live for %d looks: err = %v, want context.Canceled after %s", looks, err, where)
		}
		if doc.Article.Keywords != nil {
			t.Errorf("live for %d looks: a stopped stage left %d keyphrases", looks, len(doc.Article.Keywords))
		}
		pipelinetest.NoGoroutinesLeft(t, before)
	}
}
