package nlp

import (
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
	pipelinetest.StopsOnCancel(t, s.Process, pipelinetest.StoryDoc(60),
		func(a *model.Article) bool { return len(a.Sentences) > 0 || len(a.Entities) > 0 },
		pipelinetest.SentenceStop(2))
}
