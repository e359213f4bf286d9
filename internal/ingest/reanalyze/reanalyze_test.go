package reanalyze

import (
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// Reanalysis starts from what extraction gave: the marks extraction and
// the input adapters set stay with the article, the later stages' do not
// (they are given again, or not, by the stages that run anew).
func TestDocumentKeepsReadingMarks(t *testing.T) {
	stored := &store.Article{Source: "feed.jsonl:3", Data: &model.Article{
		Source: "feed.jsonl:3", Title: "Bridge reopens", Text: "The bridge reopened.", Paragraphs: []string{"The bridge reopened."},
		Incomplete: []model.StageFailure{
			{Stage: "extract", Error: "no body text: only a title was found"},
			{Stage: "ingest", Error: `published: cannot read "someday" as a date; left unknown`},
			{Stage: "quotes", Error: "panic: index out of range"},
			{Stage: "nlp", Error: "text cut at the token limit"},
		},
	}}
	doc := Document(stored)
	want := []model.StageFailure{
		{Stage: "extract", Error: "no body text: only a title was found"},
		{Stage: "ingest", Error: `published: cannot read "someday" as a date; left unknown`},
	}
	if !reflect.DeepEqual(doc.Article.Incomplete, want) {
		t.Errorf("incomplete = %+v, want %+v", doc.Article.Incomplete, want)
	}
	if got := Document(&store.Article{Source: "a.txt", Data: &model.Article{Text: "x"}}).Article.Incomplete; got != nil {
		t.Errorf("an article with no marks got %+v", got)
	}
}
