package timex

import (
	"context"
	"strconv"
	"strings"
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
	// The year the text last wrote out, and in which sentence: "that
	// year" and "two years later" count from it while it is near.
	anchor, anchorSent := 0, 0
	for _, s := range sents {
		if err := ctx.Err(); err != nil {
			return err
		}
		near := 0
		if anchor != 0 && s.Index-anchorSent <= 2 {
			near = anchor
		}
		found := find(a.Text[s.Start:s.End], s.Start, s.Index, ref, near)
		for _, te := range found {
			if y, ok := writtenYear(te); ok {
				anchor, anchorSent = y, s.Index
			}
		}
		a.Dates = append(a.Dates, found...)
	}
	return nil
}

// writtenYear is the year of an expression that names it ("in 1998",
// "May 2, 2010", or "two years later" after one): its value's year when its
// text holds that year's digits or counts from one.
func writtenYear(te model.TimeExpr) (int, bool) {
	if len(te.Value) < 4 || te.EndValue != "" {
		return 0, false
	}
	y, err := strconv.Atoi(te.Value[:4])
	if err != nil {
		return 0, false
	}
	if strings.Contains(te.Text, te.Value[:4]) || anaphoric.MatchString(te.Text) {
		return y, true
	}
	return 0, false
}
