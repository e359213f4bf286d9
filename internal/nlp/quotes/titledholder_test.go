package quotes

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// TestTitledHolder checks that a bare definite title as speaker ("the
// minister said") goes back to the person that title last stood before
// ("Turkish Foreign Minister Kemal Aydin"), keeping its own words, and that
// a title of another office ("Prime Minister", "Attorney General") or a
// missing modifier ("the Greek minister", which stays the resolver's Greek
// government) does not.
func TestTitledHolder(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	stages := probePipeline(t)
	cases := []struct {
		name, text, words, speaker, actor, country string
	}{
		{"minister named with his title before",
			"Turkish Foreign Minister Kemal Aydin met his Greek counterpart in Athens on Monday. The minister told reporters that Ankara opposed the plan.",
			"Ankara opposed the plan", "The minister", "doc:person:kemal_aydin", "TUR"},
		{"title with its modifier",
			"Turkish Foreign Minister Kemal Aydin met his Greek counterpart in Athens on Monday.\n\n\"We will not accept a solution imposed from outside,\" the foreign minister said.",
			"We will not accept a solution imposed from outside", "the foreign minister", "doc:person:kemal_aydin", "TUR"},
		{"modifier the title does not hold",
			"Turkish Foreign Minister Kemal Aydin arrived in Athens on Monday.\n\n\"The talks were frank,\" the Greek minister said.",
			"The talks were frank", "the Greek minister", "GRC.GOV", "GRC"},
		{"prime minister is no bare minister",
			"Turkish Prime Minister Kemal Aydin arrived in Athens on Monday.\n\n\"The talks were frank,\" the minister said.",
			"The talks were frank", "the minister", "", ""},
		{"known president named before",
			"President William Ruto on Tuesday defended a new tax law that has drawn protests across the country.\n\n\"We will not back down,\" the president said.",
			"We will not back down", "the president", "person:william_ruto", "KEN"},
	}
	for _, c := range cases {
		content := "Report\n\n" + c.text + "\n"
		doc := &model.Document{Source: "test", Raw: []byte(content), Content: content, Format: model.FormatText, Charset: "utf-8", Published: time.Date(2025, 11, 18, 0, 0, 0, 0, time.UTC)}
		if err := pipeline.Run(context.Background(), stages, doc); err != nil {
			t.Fatal(err)
		}
		var sp *model.Speaker
		for _, q := range doc.Article.Quotes {
			if q.Text == c.words {
				sp = q.Speaker
			}
		}
		if sp == nil {
			t.Errorf("%s: no speaker for %q in %+v", c.name, c.words, doc.Article.Quotes)
			continue
		}
		if sp.Text != c.speaker || sp.ActorID != c.actor || sp.Country != c.country {
			t.Errorf("%s: speaker %q actor %q country %q, want %q %q %q", c.name, sp.Text, sp.ActorID, sp.Country, c.speaker, c.actor, c.country)
		}
	}
}
