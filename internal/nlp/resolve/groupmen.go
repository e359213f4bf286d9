package resolve

import (
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// groupCountryEndingAt reads an ethnic or religious group's word ending at
// token j before a role of sector ("Tigrayan forces", "Kurdish fighters",
// "Rohingya refugees") as the country the group's armed men or refugees
// are of: PLOVER and CAMEO code such actors with a country and the rebel
// or refugee sector, not as the state's army or people. The group's
// countries are kb.GroupHomes'; of several ("Kurdish": Turkey, Iraq, Syria,
// Iran) the one the sentence names, else the one the article names most,
// else the dateline's, else none. It returns the country and the group
// word's first token. Other roles ("Tigrayan leaders", "Kurdish
// officials") are left alone: whose government or party they speak for
// the group word does not say.
func (d *docState) groupCountryEndingAt(j int, sector, head string) (string, int, bool) {
	switch sector {
	case kb.SectorRebel, kb.SectorRefugee, kb.SectorCivilian:
	case kb.SectorMilitary:
		// "Tigrayan forces" fight for the group; "Chechen troops",
		// "Kurdish soldiers" serve in a state's army, whose country
		// the sentence gives (the one sending them), not the group.
		if head != "forces" {
			return "", 0, false
		}
	default:
		return "", 0, false
	}
	if j < 0 {
		return "", 0, false
	}
	e, ok := d.entByEnd[int(d.toks[j].end)]
	if !ok || e.Type != model.EntityNORP {
		return "", 0, false
	}
	homes := d.s.kb.GroupHomes(kb.Normalize(cleanName(e.Text)))
	if len(homes) == 0 {
		return "", 0, false
	}
	c := d.namedHome(homes, e.Sentence)
	if c == "" {
		return "", 0, false
	}
	return c, d.tokenAt(e.Start), true
}

// namedHome picks one of a group's countries: the only one listed, the one
// sentence sent names (alone), the one the article names most often
// (alone at the top), or the dateline's; "" when none is named.
func (d *docState) namedHome(homes []string, sent int) string {
	if len(homes) == 1 {
		return homes[0]
	}
	home := map[string]bool{}
	for _, c := range homes {
		home[c] = true
	}
	inSentence := ""
	counts := map[string]int{}
	for _, e := range d.art.Entities {
		switch e.Type {
		case model.EntityGPE, model.EntityLoc, model.EntityNORP:
		default:
			continue
		}
		if !home[e.Country] {
			continue
		}
		counts[e.Country]++
		if e.Sentence == sent {
			if inSentence != "" && inSentence != e.Country {
				inSentence = "-" // two of its countries: the sentence decides nothing
			} else if inSentence == "" {
				inSentence = e.Country
			}
		}
	}
	if inSentence != "" && inSentence != "-" {
		return inSentence
	}
	if best, _, tied := topCount(counts); best != "" && !tied {
		return best
	}
	if c := d.datelineCountry(); home[c] {
		return c
	}
	return ""
}
