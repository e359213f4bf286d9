package quotes

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// TestMinistersBody checks that a closing "the ministry said" after a
// minister, with no ministry named since, is the minister's ministry (their
// country and sector), not a ministry of another country named paragraphs
// before; that a ministry named after the minister still wins; and that a
// minister of no known country leaves the older reading.
func TestMinistersBody(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	stages := probePipeline(t)
	cases := []struct {
		name, text, words, actor, country, sector string
	}{
		{"minister of another country than the ministry before",
			"Russia's defence ministry said on Monday that its forces had taken two villages in the east.\n\nThe interior ministry said separately that 14 people had been detained in Moscow.\n\nTurkish Foreign Minister Kemal Aydin met his Greek counterpart in Athens on Tuesday.\n\nThe minister told his counterpart that Ankara opposed the plan, the ministry said.",
			"Ankara opposed the plan", "", "TUR", "government"},
		{"office holder of the knowledge base",
			"Russian Foreign Minister Sergei Lavrov met his Chinese counterpart in Beijing on Monday. The minister said the talks had been useful, the ministry said.",
			"the talks had been useful", "RUS.GOV", "RUS", "government"},
		{"ministry named after the minister",
			"Turkish Foreign Minister Kemal Aydin met his Greek counterpart in Athens on Tuesday. Greece's foreign ministry said the talks were frank. The two sides would meet again in May, the ministry said.",
			"The two sides would meet again in May", "GRC.GOV", "GRC", "government"},
		{"minister of no known country",
			"Russia's defence ministry said on Monday that its forces had taken two villages.\n\nThe minister told reporters the offensive would continue, the ministry said.",
			"the offensive would continue", "RUS.GOV.MOD", "RUS", "military"},
	}
	for _, c := range cases {
		content := "Report\n\n" + c.text + "\n"
		doc := &model.Document{Source: "test", Raw: []byte(content), Content: content, Format: model.FormatText, Charset: "utf-8", Published: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)}
		if err := pipeline.Run(context.Background(), stages, doc); err != nil {
			t.Fatal(err)
		}
		var body *model.Speaker
		for _, q := range doc.Article.Quotes {
			if q.Text != c.words {
				continue
			}
			// The ministry is the conduit of the minister's words, or the
			// speaker when it says the words itself.
			body = q.Conduit
			if q.Speaker != nil && strings.EqualFold(q.Speaker.Text, "the ministry") {
				body = q.Speaker
			}
		}
		if body == nil {
			t.Errorf("%s: no quote %q with a ministry in %+v", c.name, c.words, doc.Article.Quotes)
			continue
		}
		if body.Text != "the ministry" || body.ActorID != c.actor || body.Country != c.country || body.Sector != c.sector {
			t.Errorf("%s: ministry %+v, want \"the ministry\" actor %q country %q sector %q", c.name, *body, c.actor, c.country, c.sector)
		}
	}
}
