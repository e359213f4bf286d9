package runner

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/analysis"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// countStage counts the documents that reach it.
type countStage struct{ n *atomic.Int64 }

func (countStage) Name() string { return "count" }
func (c countStage) Process(context.Context, *model.Document) error {
	c.n.Add(1)
	return nil
}

// Bytes stored under another URL are analysed past extraction only when
// their dates make them the story's original (they take the stored
// article's identity, and its analysis is theirs): a mirror published
// later is extracted, counted skipped and not analysed. Near misses: the
// same bytes published earlier are analysed and take the stored
// article's URL; other bytes are analysed; a document without an
// extractor among the stages is analysed as before.
func TestIngestAnalysesSameBytesOnlyWhenTheyAreTheOriginal(t *testing.T) {
	ctx := context.Background()
	all, err := analysis.Stages(analysis.Config{SummarySentences: analysis.DefaultSummarySentences})
	if err != nil {
		t.Fatal(err)
	}
	var after atomic.Int64
	// The counter stands after the extractor, where the NLP begins.
	stages := append([]pipeline.Stage{all[0], countStage{&after}}, all[1:]...)
	if extractStages(stages) != 1 || extractStages(all[1:]) != 0 {
		t.Fatalf("extractStages = %d, %d; want 1 (the extractor first), 0 (none)", extractStages(stages), extractStages(all[1:]))
	}
	text := "Niger and Nigeria sign security pact\n\nNiger and Nigeria signed a security pact on Monday to patrol their shared border, the two governments said.\n"
	doc := func(url, pub, text string) Item {
		p, err := time.Parse(time.RFC3339, pub)
		if err != nil {
			t.Fatal(err)
		}
		return Item{Source: url, Doc: &model.Document{Source: url, URL: url, Raw: []byte(text), Content: text, Format: model.FormatText, Published: p}}
	}
	st := openTemp(t)
	// One run per item, so that each finds the one before it stored.
	for _, c := range []struct {
		item            Item
		analysed        bool
		stored, skipped int
		url             string
	}{
		{doc("https://wire.example/pact", "2026-03-02T09:00:00Z", text), true, 1, 0, "https://wire.example/pact"},
		{doc("https://mirror.example/pact", "2026-03-02T15:00:00Z", text), false, 0, 1, "https://wire.example/pact"},
		{doc("https://early.example/pact", "2026-03-02T08:00:00Z", text), true, 0, 1, "https://early.example/pact"},
		{doc("https://late.example/pact", "2026-03-03T08:00:00Z", text), false, 0, 1, "https://early.example/pact"},
		{doc("https://other.example/pact", "2026-03-03T08:00:00Z", text+"Officials welcomed it.\n"), true, 1, 0, "https://early.example/pact"},
	} {
		before := after.Load()
		stats, err := Run(ctx, Config{Store: st, Stages: stages, Workers: 1}, func(yield func(Item) bool) { yield(c.item) })
		if err != nil {
			t.Fatal(err)
		}
		if got := after.Load() > before; got != c.analysed {
			t.Errorf("%s: analysed past extraction = %v, want %v", c.item.Source, got, c.analysed)
		}
		if stats.Stored != c.stored || stats.Skipped != c.skipped || stats.Failed != 0 {
			t.Errorf("%s: stored %d, skipped %d, failed %d; want %d, %d, 0", c.item.Source, stats.Stored, stats.Skipped, stats.Failed, c.stored, c.skipped)
		}
		a, err := st.Article(ctx, 1)
		if err != nil || a.URL != c.url || a.Data == nil || len(a.Data.Sentences) == 0 {
			t.Errorf("%s: article 1 is %v, %v; want %s, analysed", c.item.Source, a, err, c.url)
		}
	}

	// Without an extractor the stages give no dates to decide by: the
	// same bytes are analysed, and skipped by merge.Apply.
	var bare atomic.Int64
	stats, err := Run(ctx, Config{Store: st, Stages: []pipeline.Stage{countStage{&bare}}, Workers: 1},
		func(yield func(Item) bool) { yield(doc("https://bare.example/pact", "2026-03-04T08:00:00Z", text)) })
	if err != nil || bare.Load() != 1 || stats.Skipped != 1 {
		t.Errorf("without an extractor: analysed %d, skipped %d, %v; want 1, 1", bare.Load(), stats.Skipped, err)
	}
}
