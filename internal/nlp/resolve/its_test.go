package resolve

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestItsCountryBody: a body only a state has ("its foreign ministry",
// "its army") after "its" is the body of the country named last before it,
// in its sentence or the one before; an organisation named nearer, or no
// country at all, leaves it without a country, and a city is skipped.
func TestItsCountryBody(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string // the tagger's entities
		want       []string    // Mention|actor of each ministry
	}{
		{"same sentence", "Portugal will send two frigates to the strait, its foreign ministry said.",
			[][2]string{{"Portugal", "GPE"}}, []string{"foreign ministry|PRT.GOV"}},
		{"sentence before, past a city", "Chile recalled its envoy from Lima. Its foreign ministry said he would return.",
			[][2]string{{"Chile", "GPE"}, {"Lima", "GPE"}}, []string{"foreign ministry|CHL.GOV"}},
		{"no country", "The talks will resume next week, its foreign ministry said.",
			nil, nil},
		{"organisation nearer", "Ghana signed the loan with the World Bank, its foreign ministry said.",
			[][2]string{{"Ghana", "GPE"}, {"World Bank", "ORG"}}, nil},
		{"country two sentences back", "Portugal sent frigates. Rain fell on Monday. Its foreign ministry said they would stay.",
			[][2]string{{"Portugal", "GPE"}}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := article(c.text, "2025-03-12")
			for start := 0; start < len(c.text); {
				end := strings.Index(c.text[start:], ". ")
				if end < 0 {
					end = len(c.text)
				} else {
					end += start + 1
				}
				art.Sentences = append(art.Sentences, model.Sentence{Index: len(art.Sentences), Start: start, End: end, Text: c.text[start:end]})
				start = end + 1
			}
			from := 0
			for _, e := range c.ents {
				ent := entity(art, e[0], e[1], from)
				for k, st := range art.Sentences {
					if ent.Start >= st.Start && ent.Start < st.End {
						ent.Sentence = k
					}
				}
				from = ent.End
				art.Entities = append(art.Entities, ent)
			}
			if err := s.Process(context.Background(), &model.Document{Article: art}); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range art.Entities {
				if e.Type == EntityRole && e.ActorID != "" && strings.HasSuffix(e.Text, "ministry") {
					got = append(got, e.Text+"|"+e.ActorID)
				}
			}
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("got  %v\nwant %v", got, c.want)
			}
		})
	}
}
