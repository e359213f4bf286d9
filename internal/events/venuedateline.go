package events

import (
	"regexp"
	"slices"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// A dateline that is only a venue. "GENEVA (Wire) - Iranian and U.S.
// envoys met on Tuesday for talks on the nuclear programme": summits and
// talks are held in third countries' cities as often as at home, and a
// story filed from the host city about the visitors is not about the
// host. Its bare "the army" or "the government" is not Switzerland's. The
// resolver reads such a dateline the same way (resolve's venueDateline).

// venueLead matches the words of meeting that make a lead sentence the
// report of a meeting held where it was filed.
var venueLead = regexp.MustCompile(`(?i)\b(?:met|meet|meets|meeting|talks|summit|negotiations|negotiators|conference|convened)\b`)

// venueDateline reports whether the dateline's place, whose country is
// dateline, is only where a meeting of other states' people was held:
// the lead sentence tells of a meeting and names a state other than the
// dateline's, with no side before the word of meeting named by a bare
// title, and nothing in the article after the dateline names the
// dateline's country (its name, nationality, one of its state bodies or
// people) but the dateline's place itself again ("met in Geneva"). A story that
// names the host at all ("Swiss and Iranian envoys met", "Kenya hosted
// the talks") keeps the dateline's country.
func (c *Coder) venueDateline(a *model.Article, sents []model.Sentence, end int, dateline model.Entity) bool {
	if end <= 0 || dateline.Country == "" {
		return false
	}
	lead, meet := -1, -1
	var leadToks []model.Token
	for _, s := range sents {
		if s.End <= end {
			continue
		}
		from := max(s.Start, end)
		if s.End > len(a.Text) || from < 0 {
			return false
		}
		loc := venueLead.FindStringIndex(a.Text[from:s.End])
		if loc == nil {
			return false
		}
		lead, meet, leadToks = s.Index, from+loc[0], s.Tokens
		break
	}
	if lead < 0 {
		return false
	}
	// "GENEVA (Wire) - The foreign minister met the Chinese ambassador",
	// "ISLAMABAD - The government suspended talks with India": a side
	// of the meeting named by a bare title is the dateline's own, so the
	// city is no mere venue. A title the resolver gave another state
	// ("Iranian and U.S. envoys") is that state's side.
	// The opposition paired with another state's government ("Kenya's
	// government and the opposition met") is that state's side.
	paired := pairedOpposition(a)
	for _, t := range leadToks {
		if t.Start < end || t.Start >= meet || c.kb == nil {
			continue
		}
		ri, ok := c.kb.RoleNorm(kb.Normalize(t.Text))
		if !ok || ri.Sector == kb.SectorOpposition && paired != "" && paired != dateline.Country {
			continue
		}
		if !slices.ContainsFunc(a.Entities, func(e model.Entity) bool {
			return e.Start <= t.Start && t.Start < e.End && e.Country != "" && e.Country != dateline.Country
		}) {
			return false
		}
	}
	other := false
	for _, e := range a.Entities {
		if e.Start < end || e.Country == "" || !c.isState(e.Country) {
			continue
		}
		// The host's own people and titles name it too ("Xi Jinping
		// met Vladimir Putin for talks" in Moscow is Russia's story as
		// well); another state is named by its name, nationality or
		// bodies, as homeCountry counts them.
		host := e.Type == model.EntityPerson || e.Type == model.EntityRole
		if !host && e.Type != model.EntityGPE && e.Type != model.EntityNORP && !(e.Type == model.EntityOrg && stateBody(e.Sector)) {
			continue
		}
		if host && e.Country != dateline.Country {
			continue
		}
		if e.Country == dateline.Country {
			if e.Type == model.EntityGPE && dateline.ActorID != "" && e.ActorID == dateline.ActorID {
				continue
			}
			return false
		}
		if e.Sentence == lead {
			other = true
		}
	}
	return other
}

// venueHome is the home of a story filed from a venue: the state other
// than the dateline's that the article names most often by the names
// homeCountry counts, when one alone leads ("GENEVA - Libyan delegates
// met for talks ... Libya's parliament"); "" when two tie ("Iranian and
// U.S. envoys met"), as no one of them is the story's.
func (c *Coder) venueHome(ents []model.Entity, dateline string) string {
	counts := map[string]int{}
	for _, e := range ents {
		if e.Country == "" || e.Country == dateline || !c.isState(e.Country) {
			continue
		}
		if e.Type == model.EntityGPE || e.Type == model.EntityNORP || e.Type == model.EntityOrg && stateBody(e.Sector) {
			counts[e.Country]++
		}
	}
	best, n, tied := "", 0, false
	for cc, k := range counts {
		switch {
		case k > n:
			best, n, tied = cc, k, false
		case k == n:
			tied = true
		}
	}
	if tied {
		return ""
	}
	return best
}
