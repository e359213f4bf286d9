package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// streamJSON prints exactly what json.Encoder prints, indented and compact,
// for full, sparse and empty articles, an analysed article and an error
// record.
func TestStreamJSONMatchesEncoder(t *testing.T) {
	pub := time.Date(2021, 7, 30, 0, 0, 0, 0, time.UTC)
	full := &model.Article{
		Source: "a <b> & c", Title: "Q\u2028\"x\"", Published: &pub, Text: "x\n\ny",
		Paragraphs: []string{"x", "y"}, Captions: []string{}, Tags: []string{"t"},
		Sentences: []model.Sentence{{Index: 0, Text: "x", Tokens: []model.Token{{Text: "x"}}}},
		Entities:  []model.Entity{{Text: "Kim", Type: "PER"}},
		Actors:    []model.ActorRef{{ID: "k", Name: "Kim", Mentions: 2}},
		Quotes:    []model.Quote{{Text: "\"hi\"", Kind: "direct"}, {Text: "yes", Speaker: &model.Speaker{Text: "Kim"}}},
		Keywords:  []model.Keyword{{Phrase: "k", Score: 0.125}},
		Summary:   "s",
		Events: []model.Event{{ID: "e1", Context: []string{}, Source: []model.EventActor{{Text: "A"}},
			Evidence: []model.Evidence{{Text: "<ev>"}}, Goldstein: -2.5}},
	}
	cases := []any{
		full,
		&model.Article{},
		&model.Article{Paragraphs: []string{}, Sentences: []model.Sentence{}},
		errorRecord{Source: "x", Error: "boom & <bust>"},
	}
	stages, err := buildStages(stageConfig{SummarySentences: 3})
	if err != nil {
		t.Fatal(err)
	}
	doc := &model.Document{Source: "one.txt", Content: articleOne, Format: model.FormatText, Charset: "utf-8"}
	if err := pipeline.Run(context.Background(), stages, doc); err != nil {
		t.Fatal(err)
	}
	cases = append(cases, doc.Article)
	for i, v := range cases {
		for _, indent := range []bool{true, false} {
			var want, got bytes.Buffer
			enc := json.NewEncoder(&want)
			if indent {
				enc.SetIndent("", "  ")
			}
			enc.SetEscapeHTML(false)
			if err := enc.Encode(v); err != nil {
				t.Fatal(err)
			}
			if err := streamJSON(&got, v, indent); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("case %d indent %v:\ngot  %s\nwant %s", i, indent, got.Bytes(), want.Bytes())
			}
		}
	}
}
