package quotes

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// TestDistinctBodyHeads checks that a definite description headed by one
// kind of state body ("the Danish ministry") speaks for that body, not for
// another body of the same country named before it ("the Danish
// embassy"), while the same description ("the Danish embassy") still
// points back to the body it names.
func TestDistinctBodyHeads(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	stages := probePipeline(t)
	cases := []struct {
		name, text, words, speaker, actor, country string
	}{
		{"a ministry after an embassy of the same country",
			"COPENHAGEN, July 14 (Wire) - Protesters stormed the Danish embassy in Baghdad on Thursday.\n\nNo embassy staff were hurt, the Danish ministry said.",
			"No embassy staff were hurt", "the Danish ministry", "DNK.GOV", "DNK"},
		{"a government after an embassy of the same country",
			"COPENHAGEN, July 14 (Wire) - Protesters stormed the Danish embassy in Baghdad on Thursday.\n\nNo one was hurt, the Danish government said.",
			"No one was hurt", "the Danish government", "DNK.GOV", "DNK"},
		{"the embassy after the embassy",
			"COPENHAGEN, July 14 (Wire) - Protesters stormed the Danish embassy in Baghdad on Thursday.\n\nNo one was hurt, the Danish embassy said.",
			"No one was hurt", "Danish embassy", "DNK.GOV", "DNK"},
	}
	for _, c := range cases {
		content := "Report\n\n" + c.text + "\n"
		doc := &model.Document{Source: "test", Raw: []byte(content), Content: content, Format: model.FormatText, Charset: "utf-8", Published: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)}
		if err := pipeline.Run(context.Background(), stages, doc); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, q := range doc.Article.Quotes {
			if q.Text != c.words {
				continue
			}
			found = true
			if q.Speaker == nil || q.Speaker.Text != c.speaker || q.Speaker.ActorID != c.actor || q.Speaker.Country != c.country {
				t.Errorf("%s: speaker %+v, want %q %q %q", c.name, q.Speaker, c.speaker, c.actor, c.country)
			}
		}
		if !found {
			t.Errorf("%s: no quote %q in %+v", c.name, c.words, doc.Article.Quotes)
		}
	}
}
