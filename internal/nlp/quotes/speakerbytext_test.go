package quotes

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// speakerByText runs text, as the body of a plain-text article published on
// published, through stages and returns the speaker of the last quote whose
// speaker text is speaker (nil when none is), with all the article's quotes
// for the failure message.
func speakerByText(t *testing.T, stages []pipeline.Stage, text string, published time.Time, speaker string) (*model.Speaker, []model.Quote) {
	t.Helper()
	content := "Report\n\n" + text + "\n"
	doc := &model.Document{Source: "test", Raw: []byte(content), Content: content, Format: model.FormatText, Charset: "utf-8", Published: published}
	if err := pipeline.Run(context.Background(), stages, doc); err != nil {
		t.Fatal(err)
	}
	var got *model.Speaker
	for _, q := range doc.Article.Quotes {
		if q.Speaker != nil && q.Speaker.Text == speaker {
			got = q.Speaker
		}
	}
	return got, doc.Article.Quotes
}
