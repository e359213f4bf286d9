package quotes

import (
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
	pipelinetest.StopsOnCancel(t, f.Process, pipelinetest.StoryDoc(60),
		func(a *model.Article) bool { return len(a.Quotes) > 0 },
		pipelinetest.SentenceStop(2))
}
