package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestBodyStaffTitles: the holder of a post of a body named right before
// it ("<Body> chairman Jane Roe") takes the body's country and sector,
// even when the body got them only from the home country (a commission
// named without its country); a body of no known country or sector gives
// nothing.
func TestBodyStaffTitles(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text          string
		ents                [][2]string
		person              string
		country, wantSector string
	}{
		{"an electoral commission's chairman",
			"KAMPALA, Nov 23 (Reuters) - Electoral Commission chairman Peter Okello said on Sunday that voting would go ahead.",
			[][2]string{{"KAMPALA", "GPE"}, {"Reuters", "ORG"}, {"Electoral Commission", "ORG"}, {"Peter Okello", "PER"}},
			"Peter Okello", "UGA", "government"},
		{"a revenue authority's deputy head",
			"KAMPALA, Nov 23 (Reuters) - Uganda Revenue Authority deputy head Peter Okello said on Sunday that taxes would rise.",
			[][2]string{{"KAMPALA", "GPE"}, {"Reuters", "ORG"}, {"Uganda Revenue Authority", "ORG"}, {"Peter Okello", "PER"}},
			"Peter Okello", "UGA", "government"},
		{"a company's chairman",
			"KAMPALA, Nov 23 (Reuters) - Acme Holdings chairman Peter Okello said on Sunday that profits would rise.",
			[][2]string{{"KAMPALA", "GPE"}, {"Reuters", "ORG"}, {"Acme Holdings", "ORG"}, {"Peter Okello", "PER"}},
			"Peter Okello", "", ""},
	} {
		art := resolveTagged(t, s, c.text, "2026-11-23", c.ents)
		found := false
		for _, e := range art.Entities {
			if e.Type == model.EntityPerson && e.Text == c.person {
				found = true
				if e.Country != c.country || e.Sector != c.wantSector {
					t.Errorf("%s: %q is %q/%q, want %q/%q", c.name, c.person, e.Country, e.Sector, c.country, c.wantSector)
				}
			}
		}
		if !found {
			t.Errorf("%s: no person %q in %v", c.name, c.person, art.Entities)
		}
	}
}

// TestMemberBodyTitles: a union's or a party's word in lower case before
// an office's title ("union secretary general") makes the holder the
// body's official, not the state's; a state body's word ("ministry
// secretary general") keeps the government's.
func TestMemberBodyTitles(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		wantSector string
	}{
		{"a union's secretary general",
			"NAIROBI, Nov 23 (Reuters) - Nurses will strike from Monday, union secretary general Peter Kamau told reporters.", "labour"},
		{"a union's president",
			"NAIROBI, Nov 23 (Reuters) - Nurses will strike from Monday, union president Peter Kamau told reporters.", "labour"},
		{"a party's secretary general",
			"NAIROBI, Nov 23 (Reuters) - The party will field a candidate, party secretary general Peter Kamau told reporters.", "party"},
		{"a ministry's secretary general",
			"NAIROBI, Nov 23 (Reuters) - Schools will reopen on Monday, ministry secretary general Peter Kamau told reporters.", "government"},
	} {
		ents := [][2]string{{"NAIROBI", "GPE"}, {"Reuters", "ORG"}, {"Peter Kamau", "PER"}}
		art := resolveTagged(t, s, c.text, "2026-11-23", ents)
		found := false
		for _, e := range art.Entities {
			if e.Type == model.EntityPerson && e.Text == "Peter Kamau" {
				found = true
				if e.Sector != c.wantSector {
					t.Errorf("%s: sector %q, want %q", c.name, e.Sector, c.wantSector)
				}
			}
		}
		if !found {
			t.Errorf("%s: no person in %v", c.name, art.Entities)
		}
	}
}

// TestRankAfterPost: a rank between a post and the holder's name ("army
// spokesman Major Jane Roe") leaves the post to say whose officer this
// is, the dateline's country included; a rank after no post gives
// nothing.
func TestRankAfterPost(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text          string
		country, wantSector string
	}{
		{"a rank the knowledge base has no role for",
			"KINSHASA, Nov 23 (Reuters) - Rebels attacked a base, army spokesman Major Paul Mbala told reporters.", "COD", "military"},
		{"two ranks",
			"KINSHASA, Nov 23 (Reuters) - Rebels attacked a base, army spokesman Lieutenant Colonel Paul Mbala told reporters.", "COD", "military"},
		{"no post",
			"KINSHASA, Nov 23 (Reuters) - Rebels attacked a base, said Major Paul Mbala.", "", ""},
	} {
		ents := [][2]string{{"KINSHASA", "GPE"}, {"Reuters", "ORG"}, {"Paul Mbala", "PER"}}
		art := resolveTagged(t, s, c.text, "2026-11-23", ents)
		found := false
		for _, e := range art.Entities {
			if e.Type == model.EntityPerson && e.Text == "Paul Mbala" {
				found = true
				if e.Country != c.country || e.Sector != c.wantSector {
					t.Errorf("%s: %q/%q, want %q/%q", c.name, e.Country, e.Sector, c.country, c.wantSector)
				}
			}
		}
		if !found {
			t.Errorf("%s: no person in %v", c.name, art.Entities)
		}
	}
}
