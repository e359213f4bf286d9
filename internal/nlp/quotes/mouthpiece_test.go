package quotes

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// TestMouthpieceCountry checks that "his office" and "her spokeswoman"
// take the country and sector of the person the pronoun points back to,
// and no actor, while "its spokeswoman" after a body no one tagged takes
// nothing (the nearest tagged body would be a guess).
func TestMouthpieceCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	stages := probePipeline(t)
	cases := []struct {
		text, speaker, country, sector string
	}{
		{"Brazilian President Luiz Inacio Lula da Silva will skip the summit in Kazan, his office said on Sunday.", "his office", "BRA", "government"},
		{"Russian President Vladimir Putin spoke with the Turkish president by telephone. His spokesman said the call was useful.", "His spokesman", "RUS", "government"},
		{"Russian President Vladimir Putin met the Turkish president. The airline fired its chief executive on Monday. Its spokeswoman said the board acted alone.", "Its spokeswoman", "", ""},
	}
	for _, c := range cases {
		content := "Report\n\n" + c.text + "\n"
		doc := &model.Document{Source: "test", Raw: []byte(content), Content: content, Format: model.FormatText, Charset: "utf-8", Published: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)}
		if err := pipeline.Run(context.Background(), stages, doc); err != nil {
			t.Fatal(err)
		}
		var got *model.Speaker
		for _, q := range doc.Article.Quotes {
			if q.Speaker != nil && q.Speaker.Text == c.speaker {
				got = q.Speaker
			}
		}
		if got == nil {
			t.Errorf("%q: no quote by %q in %+v", c.text, c.speaker, doc.Article.Quotes)
			continue
		}
		if got.Country != c.country || got.Sector != c.sector || got.ActorID != "" {
			t.Errorf("%q: speaker %+v, want country %q sector %q and no actor", c.text, *got, c.country, c.sector)
		}
	}
}
