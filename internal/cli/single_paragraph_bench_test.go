package cli

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// BenchmarkAnalyzeSingleParagraph runs every production stage on the text
// of BenchmarkAnalyzeLongDocument written as ONE paragraph (the sentences
// joined by spaces, no blank line anywhere), next to the same text in its
// paragraphs, at 0.5 to 4 MB. A stage that keeps per-paragraph structures
// or looks back to the start of the paragraph costs the same on both shapes
// at a small size and grows faster on the single paragraph. Compare
// cpu-us/sentence: the plain-text extractor keeps less of the paragraphs
// shape (about a tenth fewer bytes: it drops a paragraph repeated word for
// word, and growthParagraphs repeats some that carry no name), so the
// single paragraph has more sentences per MB of input.
// Run: go test -run '^$' -bench AnalyzeSingleParagraph -benchtime 1x -cpu 1
// ./internal/cli (a few minutes; add /one/ to the pattern for the single
// paragraph only). At d44e5e7 on a loaded machine: one 301 and 312
// cpu-us/sentence at 1 and 4 MB, paragraphs 299 and 296; peak-live-B/B
// 34-49 against 26-31 (the live peak moves by a fifth between runs).
func BenchmarkAnalyzeSingleParagraph(b *testing.B) {
	all, err := buildStages(stageConfig{SummarySentences: 3})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, size := range []int{500_000, 1_000_000, 2_000_000, 4_000_000} {
		paras := growthParagraphs(b, size, "testdata/growth-paragraphs.txt", "testdata/long-document-paragraphs.txt")
		shapes := []struct{ name, text string }{
			{"one", "Report\n\n" + strings.Join(paras, " ") + "\n"},
			{"paragraphs", "Report\n\n" + strings.Join(paras, "\n\n") + "\n"},
		}
		for _, sh := range shapes {
			b.Run(fmt.Sprintf("%s/%gMB", sh.name, float64(size)/1e6), func(b *testing.B) {
				perStage := map[string]time.Duration{}
				var cpu time.Duration
				var live uint64
				sentences := 0
				for b.Loop() {
					doc := &model.Document{Source: "one.txt", Raw: []byte(sh.text), Content: sh.text, Format: model.FormatText,
						Charset: "utf-8", Published: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)}
					runtime.GC()
					s := startHeapSampler()
					c := processCPU()
					for _, st := range all {
						t := time.Now()
						if err := pipeline.Run(ctx, []pipeline.Stage{st}, doc); err != nil {
							b.Fatal(err)
						}
						perStage[st.Name()] += time.Since(t)
					}
					cpu += processCPU() - c
					_, l := s.stop()
					live = max(live, l)
					if doc.Article == nil || len(doc.Article.Sentences) == 0 || len(doc.Article.Actors) == 0 {
						b.Fatalf("nothing analysed: %+v", doc.Article)
					}
					sentences = len(doc.Article.Sentences)
				}
				mb := float64(len(sh.text)) / 1e6
				b.ReportMetric(cpu.Seconds()/float64(b.N)/mb, "cpu-s/MB")
				b.ReportMetric(float64(live)/float64(len(sh.text)), "peak-live-B/B")
				b.ReportMetric(float64(sentences), "sentences")
				if sentences > 0 {
					b.ReportMetric(float64(cpu.Microseconds())/float64(b.N*sentences), "cpu-us/sentence")
				}
				for name, d := range perStage {
					b.ReportMetric(d.Seconds()/float64(b.N), name+"-s")
				}
			})
		}
	}
}
