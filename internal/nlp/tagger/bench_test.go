package tagger

import (
	"strings"
	"testing"
)

func BenchmarkPrepare(b *testing.B) {
	cfg, err := StandardFeatures(nil)
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields("South Korean President Moon Jae-in and North Korean leader Kim Jong Un agreed on Tuesday to restore a military hotline , officials in Seoul said .")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cfg.prepare(words)
	}
	b.ReportMetric(float64(len(words)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoadNER measures reading the embedded NER model (done once per
// process).
func BenchmarkLoadNER(b *testing.B) {
	cfg, err := StandardFeatures(nil)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		if _, err := LoadEmbedded("ner", cfg); err != nil {
			b.Fatal(err)
		}
	}
}
