package keywords

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline/pipelinetest"
)

// A cancelled context stops the keyphrase extraction of a long article
// between its passes over the words: the article keeps no keyphrases and
// no goroutine runs on.
func TestProcessStopsOnCancel(t *testing.T) {
	x := New(Config{})
	pipelinetest.StopsOnCancel(t, x.Process, pipelinetest.StoryDoc(60),
		func(a *model.Article) bool { return len(a.Keywords) > 0 },
		pipelinetest.Stop{Looks: 0, Want: "stopped after reading the words"},
		pipelinetest.Stop{Looks: 1, Want: "stopped after the candidates"},
		pipelinetest.Stop{Looks: 2, Want: "stopped after ranking the words"})
}
