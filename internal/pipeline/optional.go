package pipeline

import (
	"context"
	"errors"
	"log/slog"
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Optional wraps a stage whose output is an addition to the article
// (quotes, keywords, summary, events) rather than what later stages need.
// When it fails on a document (an error or a panic), reset clears what it
// may have written, the failure is noted in Article.Incomplete and logged
// (a panic's stack included), and the document goes on: the article is
// kept with the rest of its analysis instead of being lost to one stage's
// bug. A cancelled context still stops the document.
func Optional(s Stage, reset func(*model.Article), log *slog.Logger) Stage {
	return optional{Stage: s, reset: reset, log: log}
}

type optional struct {
	Stage
	reset func(*model.Article)
	log   *slog.Logger
}

func (o optional) Process(ctx context.Context, doc *model.Document) error {
	err := runStage(ctx, o.Stage, doc)
	if err == nil || doc.Article == nil || ctx.Err() != nil ||
		errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	if o.reset != nil {
		o.reset(doc.Article)
	}
	msg, _, _ := strings.Cut(err.Error(), "\n")
	doc.Article.Incomplete = append(doc.Article.Incomplete, model.StageFailure{Stage: o.Name(), Error: msg})
	if o.log != nil {
		o.log.Warn("optional stage failed; article kept without its output", "source", doc.Source, "stage", o.Name(), "err", err)
	}
	return nil
}
