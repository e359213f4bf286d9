package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// An input that arrived cut short (model.HintTruncated, set by ingest on a
// WARC record cut by the end of its file or marked WARC-Truncated) keeps
// its article, and the article says it is incomplete (stage ingest).
func TestTruncatedHintNotedIncomplete(t *testing.T) {
	page := `<html><head><title>Harbour strike</title></head><body><article><h1>Harbour strike</h1>` +
		`<p>MOMBASA (Example Wire) - Dock workers walked out on Monday, union leader Amina Odhiambo said.</p><p>Talks with the port auth`
	for _, tc := range []struct{ name, hint, want string }{
		{"cut by the end of the file", "WARC record cut short by the end of the file: 300 of 900 bytes arrived", "WARC record cut short by the end of the file: 300 of 900 bytes arrived"},
		{"marked by the crawler", "WARC payload truncated by the crawler (length)", "WARC payload truncated by the crawler (length)"},
		{"no hint", "", ""},
	} {
		hints := map[string]string{}
		if tc.hint != "" {
			hints[model.HintTruncated] = tc.hint
		}
		doc := &model.Document{Source: "c.warc#r1", URL: "https://wire.example.ke/strike", Format: model.FormatHTML, Content: page, Hints: hints}
		if err := New().Process(context.Background(), doc); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var got []string
		for _, f := range doc.Article.Incomplete {
			if f.Stage == "ingest" {
				got = append(got, f.Error)
			}
		}
		if tc.want == "" && len(got) != 0 || tc.want != "" && (len(got) != 1 || got[0] != tc.want) {
			t.Errorf("%s: incomplete %q, want %q", tc.name, got, tc.want)
		}
		if !strings.Contains(doc.Article.Text, "Dock workers walked out") {
			t.Errorf("%s: text %q", tc.name, doc.Article.Text)
		}
	}
}
