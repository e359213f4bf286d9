package cli

import (
	"context"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// Articles written for this repository, in several styles (wire copy,
// feature, summit report, a magazine-style piece).
var benchArticles = []string{
	"../../examples/seoul-tokyo-talks.txt",
	"../nlp/testdata/fixture-summit.txt",
	"../events/testdata/wire.txt",
	"../events/testdata/feature.txt",
	"../nlp/resolve/testdata/seoul-2019-talks.txt",
	"../nlp/resolve/testdata/tehran-2023-drones.txt",
}

// productionStages builds the stages as analyze wires them (buildStages,
// 3 summary sentences) and returns them by name, for the benchmarks that
// time stages one at a time.
func productionStages(b *testing.B) map[string]pipeline.Stage {
	b.Helper()
	all, err := buildStages(stageConfig{SummarySentences: 3})
	if err != nil {
		b.Fatal(err)
	}
	byName := map[string]pipeline.Stage{}
	for _, s := range all {
		byName[s.Name()] = s
	}
	return byName
}

// BenchmarkStages times the production stages (as wired by buildStages, POS
// tagging included) on extracted articles and reports the throughput that
// the issues' speed targets are stated in: tokens/s for tokenising,
// splitting, tagging and resolution, and sentences/s for splitting, tagging
// and event coding. Run on one core: go test -run '^$' -bench Stages -cpu 1
// ./internal/cli (on a quiet machine; other load lowers the figures).
func BenchmarkStages(b *testing.B) {
	byName := productionStages(b)
	ctx := context.Background()
	// Extract once, outside the timed loops, and count what the later
	// stages see.
	var articles []model.Article
	tokens, sentences := 0, 0
	for _, p := range benchArticles {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		doc := &model.Document{Source: p, Raw: raw, Content: string(raw), Format: model.FormatText, Charset: "utf-8"}
		if err := pipeline.Run(ctx, []pipeline.Stage{byName["extract"], byName["nlp"]}, doc); err != nil {
			b.Fatal(err)
		}
		for _, s := range doc.Article.Sentences {
			tokens += len(s.Tokens)
		}
		sentences += len(doc.Article.Sentences)
		a := *doc.Article
		a.Sentences, a.Entities = nil, nil
		articles = append(articles, a)
	}
	run := func(b *testing.B, names ...string) {
		var stages []pipeline.Stage
		for _, n := range names {
			stages = append(stages, byName[n])
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			for _, a := range articles {
				a := a
				if err := pipeline.Run(ctx, stages, &model.Document{Article: &a}); err != nil {
					b.Fatal(err)
				}
			}
		}
		secs := b.Elapsed().Seconds()
		b.ReportMetric(float64(tokens*b.N)/secs, "tokens/s")
		b.ReportMetric(float64(sentences*b.N)/secs, "sentences/s")
	}
	b.Run("nlp+resolve", func(b *testing.B) { run(b, "nlp", "resolve") })
	b.Run("nlp+resolve+timex+events", func(b *testing.B) { run(b, "nlp", "resolve", "timex", "events") })
	b.Run("all-after-extract", func(b *testing.B) {
		run(b, "nlp", "resolve", "timex", "quotes", "keywords", "summary", "events")
	})
}
