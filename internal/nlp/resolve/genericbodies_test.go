package resolve

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// TestGenericBodyName: a name of common words around a body noun is
// generic; one with a proper name, a coinage or no body noun is not.
func TestGenericBodyName(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Interior Ministry", true},
		{"the Foreign Ministry", true},
		{"Ministry of Finance", true},
		{"Electoral Commission", true},
		{"Independent National Electoral Commission", true},
		{"Supreme Court", true},
		{"Constitutional Court", true},
		{"Central Bank", true},
		{"Attorney General's Office", true},
		{"National Police Service", true},
		{"Kenya Revenue Authority", false}, // a country's name in it
		{"Kenya Wildlife Service", false},
		{"Acme Holdings", false},      // no body noun
		{"Parliament", false},         // a lone body word: other rules'
		{"Nairobi High Court", false}, // a city's court
		{"Red Cross", false},
	} {
		if got := genericBodyName(strings.Fields(kb.Normalize(c.name))); got != c.want {
			t.Errorf("genericBodyName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestGenericBodiesTakeTheirCountrysID: a generic body the article gives a
// country gets that country's id, the knowledge base's as after a
// possessive country or one qualified by the country, so that two
// countries' bodies never share one; with no country it keeps its id, and
// a body with a proper name keeps its own.
func TestGenericBodiesTakeTheirCountrysID(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, mention string
		ents                []ent
		id, country, sector string
	}{
		{"a ministry under a dateline is the government, as after a possessive",
			"BAGHDAD - The Interior Ministry said on Monday that police had arrested 12 protesters.", "Interior Ministry",
			[]ent{{"BAGHDAD", model.EntityGPE}, {"Interior Ministry", model.EntityOrg}},
			"IRQ.GOV", "IRQ", "government"},
		{"the same ministry under another dateline is that country's",
			"NAIROBI - The Interior Ministry said on Tuesday that police had detained five activists.", "Interior Ministry",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Interior Ministry", model.EntityOrg}},
			"KEN.GOV", "KEN", "government"},
		{"a ministry written after of",
			"NAIROBI - The Ministry of Finance said on Monday it would cut spending.", "Ministry of Finance",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Ministry of Finance", model.EntityOrg}},
			"KEN.GOV", "KEN", "government"},
		{"an electoral commission under a dateline gets an id qualified by its country",
			"NAIROBI - The Electoral Commission said on Monday it would publish the results.", "Electoral Commission",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Electoral Commission", model.EntityOrg}},
			"doc:org:KEN:electoral_commission", "KEN", "government"},
		{"a national court under a dateline",
			"LIMA - The Constitutional Court said on Monday it would hear the case.", "Constitutional Court",
			[]ent{{"LIMA", model.EntityGPE}, {"Constitutional Court", model.EntityOrg}},
			"doc:org:PER:constitutional_court", "PER", "judiciary"},
		{"a court after a possessive country gets the same qualified id",
			"NAIROBI - Kenya's Supreme Court said on Monday it would hear the case.", "Supreme Court",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Kenya", model.EntityGPE}, {"Supreme Court", model.EntityOrg}},
			"doc:org:KEN:supreme_court", "KEN", "judiciary"},
		{"a generic body with no country keeps the id of its name",
			"The Supreme Court said on Monday it would hear the case.", "Supreme Court",
			[]ent{{"Supreme Court", model.EntityOrg}},
			"doc:org:supreme_court", "", "judiciary"},
		{"a body with a proper name keeps its own id",
			"NAIROBI - The Kenya Wildlife Service said on Monday it had moved 20 rhinos.", "Kenya Wildlife Service",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Kenya Wildlife Service", model.EntityOrg}},
			"doc:org:kenya_wildlife_service", "KEN", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2026-11-23", c.ents)
			checkMention(t, art, c.mention, c.id, c.country, c.sector)
			for _, a := range art.Actors {
				if a.ID == c.id && a.Country != c.country {
					t.Errorf("actor %s has country %q, want %q", a.ID, a.Country, c.country)
				}
			}
		})
	}
}

// TestGenericBodiesOfTwoCountriesInOneArticle: one generic name written
// with two countries in one article is two bodies, not the first one's.
func TestGenericBodiesOfTwoCountriesInOneArticle(t *testing.T) {
	s := newStage(t)
	text := "NAIROBI - Kenya's Supreme Court upheld the result on Monday. Uganda's Supreme Court will rule on a similar petition next week."
	art := resolveInOrder(t, s, text, "2026-11-23", []ent{{"NAIROBI", model.EntityGPE}, {"Kenya", model.EntityGPE},
		{"Supreme Court", model.EntityOrg}, {"Uganda", model.EntityGPE}, {"Supreme Court", model.EntityOrg}})
	var got []string
	for _, e := range art.Entities {
		if e.Text == "Supreme Court" {
			got = append(got, e.ActorID+"/"+e.Country)
		}
	}
	want := []string{"doc:org:KEN:supreme_court/KEN", "doc:org:UGA:supreme_court/UGA"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Supreme Court mentions = %v, want %v", got, want)
	}
}
