package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestFormerKBHolderNoSector: a "former" or "ex-" title before a person the
// knowledge base knows drops the office's sector unless the dated terms
// put the person in office at the article's date; a story with no date
// has only the text to go by. Later mentions of the person follow, and so
// does the article's actor list.
func TestFormerKBHolderNoSector(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, published, person, sector string
	}{
		{"former, no date", "WASHINGTON (Wire) - Former President Donald Trump said the tariff plan would hurt farmers.", "", "Donald Trump", ""},
		{"ex-, no date", "WASHINGTON (Wire) - The plan was criticised by ex-President Donald Trump on Monday.", "", "Donald Trump", ""},
		{"former, dated out of office", "WASHINGTON (Wire) - Former President Donald Trump said the tariff plan would hurt farmers.", "2023-05-02", "Donald Trump", ""},
		// Near misses: in office at the article's date; a then-president.
		{"former, dated in office", "WASHINGTON (Wire) - Former President Donald Trump said the tariff plan would hurt farmers.", "2025-03-04", "Donald Trump", "government"},
		{"then-, no date", "WASHINGTON (Wire) - The deal was signed by then-President Donald Trump on Monday.", "", "Donald Trump", "government"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, c.published, []ent{{"WASHINGTON", "GPE"}, {"Wire", "ORG"}, {c.person, "PER"}})
			checkMention(t, art, c.person, "person:donald_trump", "USA", c.sector)
			for _, a := range art.Actors {
				if a.ID == "person:donald_trump" && a.Sector != c.sector {
					t.Errorf("actor %s sector %q, want %q", a.ID, a.Sector, c.sector)
				}
			}
		})
	}
}

// TestFormerKBHolderLaterMention: once named a former holder, the person's
// later bare mentions have no office sector either.
func TestFormerKBHolderLaterMention(t *testing.T) {
	s := newStage(t)
	art := resolveGiven(t, s, "WASHINGTON (Wire) - Former President Donald Trump criticised the bill. Trump said it would fail.", "",
		[]ent{{"WASHINGTON", "GPE"}, {"Wire", "ORG"}, {"Donald Trump", "PER"}, {"Trump", "PER"}})
	for _, e := range art.Entities {
		if e.Type == model.EntityPerson && e.Sector != "" {
			t.Errorf("%s -> sector %q, want none", e.Text, e.Sector)
		}
	}
}
