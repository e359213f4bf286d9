package cli

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// TestSingleParagraphAnalysedAlike runs the stages after extraction on the
// same 60 KB of wire-style paragraphs (growthParagraphs, written for this
// repository) twice: once in its paragraphs, once as ONE paragraph, the
// blank lines between them replaced by two spaces so that every byte
// offset stays the same. No stage may read the text differently because
// its paragraph is long: sentences, entities, actors, dates, quotes,
// keywords, summary and events must come out the same. (A paragraph's
// opening is read by a few rules, such as a year carried over within a
// paragraph or a disaster country let go at a new paragraph; this text
// does not reach them, so a difference here is a stage that behaves
// differently on a long paragraph, as a look-back bounded by the
// paragraph would.) BenchmarkAnalyzeSingleParagraph measures the cost of
// the same shape.
func TestSingleParagraphAnalysedAlike(t *testing.T) {
	all, err := buildStages(stageConfig{SummarySentences: 3})
	if err != nil {
		t.Fatal(err)
	}
	paras := growthParagraphs(t, 60_000)
	published := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	analyse := func(sep string, one bool) *model.Article {
		a := &model.Article{Title: "Report", Text: strings.Join(paras, sep), Paragraphs: paras, Language: "en", Published: &published}
		if one {
			a.Paragraphs = []string{a.Text}
		}
		if err := pipeline.Run(context.Background(), all[1:], &model.Document{Article: a}); err != nil {
			t.Fatal(err)
		}
		return a
	}
	many, one := analyse("\n\n", false), analyse("  ", true)
	if len(many.Sentences) < 500 || len(many.Quotes) == 0 || len(many.Events) == 0 || len(many.Dates) == 0 {
		t.Fatalf("too little analysed to compare: %d sentences, %d quotes, %d events, %d dates",
			len(many.Sentences), len(many.Quotes), len(many.Events), len(many.Dates))
	}
	// Sentences carry their paragraph's number and text; compare the rest.
	type sentence struct {
		Start, End int
		Tokens     []model.Token
	}
	sentences := func(a *model.Article) []sentence {
		var out []sentence
		for _, s := range a.Sentences {
			out = append(out, sentence{s.Start, s.End, s.Tokens})
		}
		return out
	}
	parts := []struct {
		name string
		of   func(*model.Article) any
	}{
		{"sentences", func(a *model.Article) any { return sentences(a) }},
		{"entities", func(a *model.Article) any { return a.Entities }},
		{"actors", func(a *model.Article) any { return a.Actors }},
		{"dates", func(a *model.Article) any { return a.Dates }},
		{"quotes", func(a *model.Article) any { return a.Quotes }},
		{"keywords", func(a *model.Article) any { return a.Keywords }},
		{"summary", func(a *model.Article) any { return a.Summary }},
		{"events", func(a *model.Article) any { return a.Events }},
	}
	for _, p := range parts {
		m, err := json.Marshal(p.of(many))
		if err != nil {
			t.Fatal(err)
		}
		o, err := json.Marshal(p.of(one))
		if err != nil {
			t.Fatal(err)
		}
		if string(m) != string(o) {
			t.Errorf("%s differ between the text in paragraphs and as one paragraph:\nparagraphs: %.600s\none:        %.600s", p.name, m, o)
		}
	}
}
