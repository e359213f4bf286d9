package resolve

import (
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// missionName reports whether normalised name words name a state's
// diplomatic mission abroad: an embassy, a consulate, a legation, or the
// high commission one Commonwealth country keeps in another ("the British
// High Commission", "the U.S. Embassy", "the Embassy of Japan", "the
// Indian Consulate General"). A mission is its government's organ abroad,
// so it takes the government sector, as the ministry that runs it does,
// and its government's actor (missionGovernment).
// A bare "High Commission" or a commission of another kind ("the
// European Commission", "the Election Commission") is no mission.
func missionName(words []string) bool {
	n := len(words)
	if n < 2 {
		return false
	}
	last := words[n-1]
	if missionHeads[last] {
		return true
	}
	if last == "general" && (words[n-2] == "consulate" || words[n-2] == "consulate-general") {
		return true
	}
	if last == "commission" && words[n-2] == "high" {
		return n >= 3
	}
	for i := 0; i+1 < n; i++ {
		if missionHeads[words[i]] && words[i+1] == "of" {
			return true
		}
	}
	return false
}

// missionHeads end (or head, before "of") the name of a diplomatic mission.
var missionHeads = map[string]bool{"embassy": true, "consulate": true, "consulate-general": true, "legation": true}

// widenMissions joins to a nationality or a country's name the mission
// word the tagger left outside it: in "the British embassy in Cairo said"
// it tags "British" alone, yet the speaker is the embassy, which is its
// state's government abroad. The entity becomes the organisation "British
// embassy", resolved as "the British Embassy" is (missionName). Only a
// mission word right after (one space) and in no entity of its own; a
// possessive ("Britain's embassy") is left to the role finder.
func (d *docState) widenMissions(ents []model.Entity) {
	k := d.s.kb
	for i := range ents {
		e := &ents[i]
		if e.Type != model.EntityNORP && e.Type != model.EntityGPE {
			continue
		}
		last := d.tokenAt(e.End) - 1
		t := last + 1
		if last < 0 || t >= len(d.toks) || int(d.toks[t].start) != e.End+1 || d.art.Text[e.End] != ' ' {
			continue
		}
		end := t // the mission's last word
		switch d.toks[t].norm {
		case "embassy", "consulate", "consulate-general", "legation":
			if end+1 < len(d.toks) && d.toks[end+1].norm == "general" && int(d.toks[end+1].start) == int(d.toks[end].end)+1 {
				end++ // "the Indian consulate general"
			}
		case "high":
			if end+1 >= len(d.toks) || d.toks[end+1].norm != "commission" {
				continue
			}
			end++
		default:
			continue
		}
		if i+1 < len(ents) && ents[i+1].Start < int(d.toks[end].end) {
			continue
		}
		name := kb.Normalize(cleanName(e.Text))
		if _, ok := k.DemonymNorm(name); !ok && !d.countryName(name) {
			continue
		}
		e.End = int(d.toks[end].end)
		e.Text = d.art.Text[e.Start:e.End]
		e.Type = model.EntityOrg
	}
}

// countryName reports whether the normalised name is a country's.
func (d *docState) countryName(name string) bool {
	for _, a := range d.s.kb.LookupNorm(name, d.date) {
		if a.Type == kb.TypeCountry {
			return true
		}
	}
	return false
}

// missionGovernment returns the actor a country's mission stands for: its
// government (RUS.GOV for "the Russian embassy"), as CAMEO codes an
// embassy or consulate as its state's government. The mission has no
// voice of its own apart from the government it represents, so the
// story's "the Russian embassy said" and "Moscow said" are one actor;
// the mention keeps the mission's name as its text. nil for a country the
// knowledge base does not know.
func (d *docState) missionGovernment(c string) *link {
	a, ok := d.s.kb.SectorActor(c, kb.SectorGovernment)
	if !ok {
		return nil
	}
	g := fromActor(&a)
	// The knowledge base curates most governments as organisations and
	// makes up the rest as roles; a mission is a body named in the text,
	// which "the embassy said" after it points back to (definiteOrg looks
	// for organisations only).
	g.typ = kb.TypeOrganisation
	return g
}
