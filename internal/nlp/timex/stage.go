package timex

import (
	"context"
	"time"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Stage fills Article.Dates.
type Stage struct{}

// NewStage returns the "timex" pipeline stage.
func NewStage() Stage { return Stage{} }

// Name implements pipeline.Stage.
func (Stage) Name() string { return "timex" }

// Reference returns the date relative expressions are read against: the
// article's publish date, else the one supplied from outside.
func Reference(doc *model.Document) time.Time {
	if doc.Article != nil && doc.Article.Published != nil && !doc.Article.Published.IsZero() {
		return *doc.Article.Published
	}
	return doc.Published
}

// Process implements pipeline.Stage.
func (Stage) Process(ctx context.Context, doc *model.Document) error {
	a := doc.Article
	if a == nil {
		return nil
	}
	ref := Reference(doc)
	sents := a.Sentences
	if len(sents) == 0 {
		sents = segment.Sentences(a.Text)
	}
	a.Dates = a.Dates[:0]
	for _, s := range sents {
		if err := ctx.Err(); err != nil {
			return err
		}
		a.Dates = append(a.Dates, Find(a.Text[s.Start:s.End], s.Start, s.Index, ref)...)
	}
	return nil
}
