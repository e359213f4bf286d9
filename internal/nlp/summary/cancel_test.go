package summary

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline/pipelinetest"
)

// A cancelled context stops the summary of a long article between its
// passes over the sentences: the article keeps no summary and no goroutine
// runs on.
func TestProcessStopsOnCancel(t *testing.T) {
	s := New(Config{})
	pipelinetest.StopsOnCancel(t, s.Process, pipelinetest.StoryDoc(60),
		func(a *model.Article) bool { return a.Summary != "" },
		pipelinetest.Stop{Looks: 0, Want: "stopped after reading the sentences"},
		pipelinetest.Stop{Looks: 1, Want: "stopped after the centroid"})
}
