package extract

import (
	"context"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestHintTags keeps the tags a JSONL record or a feed item gives (passed
// as the comma-joined "tags" hint): they were dropped, so a record's tags
// never reached the article, the store or its page. A page's own tags win.
func TestHintTags(t *testing.T) {
	const story = "Port workers strike\n\nSANTOS, Brazil (Wire) - Dock workers at the country's largest port walked off the job on Tuesday, halting soybean shipments, union officials said.\n"
	const taggedPage = `<html><head><title>Port workers strike</title><meta property="article:tag" content="Labour"></head><body><article><p>SANTOS, Brazil (Wire) - Dock workers at the country's largest port walked off the job on Tuesday, halting soybean shipments, union officials said.</p></article></body></html>`
	tests := []struct {
		name string
		doc  model.Document
		want []string
	}{
		{"record tags", model.Document{Format: model.FormatText, Content: story,
			Hints: map[string]string{"tags": "Brazil, Ports, Strikes"}}, []string{"Brazil", "Ports", "Strikes"}},
		{"repeated and empty tags", model.Document{Format: model.FormatText, Content: story,
			Hints: map[string]string{"tags": " Brazil ,, brazil, Ports "}}, []string{"Brazil", "Ports"}},
		{"no tags", model.Document{Format: model.FormatText, Content: story}, []string{}},
		{"the page's own tags win", model.Document{Format: model.FormatHTML, Content: taggedPage,
			Hints: map[string]string{"tags": "Feed category"}}, []string{"Labour"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := tt.doc
			if err := New().Process(context.Background(), &doc); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(doc.Article.Tags, tt.want) {
				t.Errorf("tags = %q, want %q", doc.Article.Tags, tt.want)
			}
		})
	}
}
