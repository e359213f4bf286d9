package events

import (
	"context"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/timex"
)

// Stage is the "events" pipeline stage: it fills Article.Events.
type Stage struct{ c *Coder }

// NewStage wraps a coder as a pipeline stage.
func NewStage(c *Coder) Stage { return Stage{c: c} }

// Name implements pipeline.Stage.
func (Stage) Name() string { return "events" }

// Process implements pipeline.Stage.
func (s Stage) Process(ctx context.Context, doc *model.Document) error {
	a := doc.Article
	if a == nil {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	sents := a.Sentences
	if len(sents) == 0 || len(sents[0].Tokens) == 0 && sents[0].Text != "" {
		sents = segment.Sentences(a.Text)
	}
	// CodeContext looks at ctx every few sentences: a cancelled context
	// stops the coding of a long document, and the article keeps no events.
	evs, err := s.c.CodeContext(ctx, a, timex.Reference(doc), sents)
	if err != nil {
		return err
	}
	a.Events = evs
	return nil
}
