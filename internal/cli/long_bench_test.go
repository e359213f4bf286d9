package cli

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// BenchmarkAnalyzeLongDocument runs every production stage, extraction
// included, on one long wire-style text at 0.5, 1, 2 and 10 MB (10 MB is
// the default --max-bytes) and reports seconds (wall and CPU) per MB of text and each
// stage's share, so a pass that grows faster than the text shows as a
// higher s/MB at the larger sizes. The text is made by growthParagraphs
// from testdata/growth-paragraphs.txt and
// testdata/long-document-paragraphs.txt (both written for this
// repository): pair phrases ("the two ministers"), courts, chambers,
// spokespeople and descriptions whose antecedents were once looked for
// back to the start of the text. Run: go test -run '^$' -bench
// AnalyzeLongDocument -benchtime 1x -cpu 1 ./internal/cli (add /10MB to
// the pattern for the largest size only). Before the scans were bounded
// (commit 5813e9a) 10 MB did not finish in 240 s.
func BenchmarkAnalyzeLongDocument(b *testing.B) {
	all, err := buildStages(stageConfig{SummarySentences: 3})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, size := range []int{500_000, 1_000_000, 2_000_000, 10_000_000} {
		paras := growthParagraphs(b, size, "testdata/growth-paragraphs.txt", "testdata/long-document-paragraphs.txt")
		text := strings.Join(paras, "\n\n")
		b.Run(fmt.Sprintf("%gMB", float64(size)/1e6), func(b *testing.B) {
			perStage := map[string]time.Duration{}
			sentences := 0
			var cpu time.Duration
			for i := 0; i < b.N; i++ {
				c := processCPU()
				doc := &model.Document{Source: "long.txt", Raw: []byte(text), Content: text, Format: model.FormatText, Charset: "utf-8"}
				for _, s := range all {
					t := time.Now()
					if err := pipeline.Run(ctx, []pipeline.Stage{s}, doc); err != nil {
						b.Fatal(err)
					}
					perStage[s.Name()] += time.Since(t)
				}
				if doc.Article == nil || len(doc.Article.Sentences) == 0 || len(doc.Article.Actors) == 0 {
					b.Fatalf("nothing analysed: %+v", doc.Article)
				}
				sentences = len(doc.Article.Sentences)
				cpu += processCPU() - c
			}
			mb := float64(len(text)) / 1e6
			b.ReportMetric(b.Elapsed().Seconds()/float64(b.N)/mb, "s/MB")
			if cpu > 0 {
				// CPU time, which a shared machine disturbs less.
				b.ReportMetric(cpu.Seconds()/float64(b.N)/mb, "cpu-s/MB")
			}
			b.ReportMetric(float64(sentences), "sentences")
			for name, d := range perStage {
				b.ReportMetric(d.Seconds()/float64(b.N), name+"-s")
			}
		})
	}
}
