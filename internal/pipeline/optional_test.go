package pipeline

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// An optional stage that fails, by error or by panic, leaves its part of
// the article empty, notes the failure, and the document goes on through
// the later stages; a required stage's failure still fails the document,
// and so does a cancelled context.
func TestOptionalStageKeepsArticle(t *testing.T) {
	writeThenPanic := StageFunc{StageName: "keywords", Fn: func(_ context.Context, d *model.Document) error {
		d.Article.Keywords = []model.Keyword{{Phrase: "half", Score: 1}}
		var words []string
		_ = words[len(d.Article.Text)] // index out of range, as a stage bug would
		return nil
	}}
	failing := StageFunc{StageName: "summary", Fn: func(context.Context, *model.Document) error {
		return errors.New("no sentences\nsecond line")
	}}
	later := StageFunc{StageName: "events", Fn: func(_ context.Context, d *model.Document) error {
		d.Article.Events = append(d.Article.Events, model.Event{Type: "CONSULT"})
		return nil
	}}
	stages := []Stage{
		Optional(writeThenPanic, func(a *model.Article) { a.Keywords = nil }, nil),
		Optional(failing, func(a *model.Article) { a.Summary = "" }, nil),
		later,
	}
	doc := &model.Document{Source: "t", Article: &model.Article{Text: "Kenya met Ghana."}}
	if err := Run(context.Background(), stages, doc); err != nil {
		t.Fatalf("Run: %v", err)
	}
	a := doc.Article
	if a.Keywords != nil {
		t.Errorf("the failed stage's partial output was kept: %+v", a.Keywords)
	}
	if len(a.Events) != 1 {
		t.Errorf("the stage after the failures did not run: %+v", a.Events)
	}
	if len(a.Incomplete) != 2 || a.Incomplete[0].Stage != "keywords" || a.Incomplete[1].Stage != "summary" {
		t.Fatalf("incomplete = %+v, want keywords and summary", a.Incomplete)
	}
	if !strings.Contains(a.Incomplete[0].Error, "panic") || strings.Contains(a.Incomplete[0].Error, "\n") {
		t.Errorf("keywords failure %q: want the panic's first line only", a.Incomplete[0].Error)
	}
	if a.Incomplete[1].Error != "no sentences" {
		t.Errorf("summary failure %q, want its first line", a.Incomplete[1].Error)
	}

	// A required stage's failure still fails the document.
	doc = &model.Document{Source: "t", Article: &model.Article{Text: "x"}}
	if err := Run(context.Background(), []Stage{failing, later}, doc); err == nil {
		t.Error("a required stage's failure did not fail the document")
	}

	// A cancelled run is not a stage failure.
	ctx, cancel := context.WithCancel(context.Background())
	cancelling := StageFunc{StageName: "quotes", Fn: func(ctx context.Context, d *model.Document) error {
		cancel()
		return ctx.Err()
	}}
	doc = &model.Document{Source: "t", Article: &model.Article{Text: "x"}}
	if err := Run(ctx, []Stage{Optional(cancelling, nil, nil), later}, doc); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled run: err = %v, want context.Canceled", err)
	}
	if len(doc.Article.Incomplete) != 0 {
		t.Errorf("a cancellation was noted as a failure: %+v", doc.Article.Incomplete)
	}
}
